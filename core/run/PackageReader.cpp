#include "core/run/PackageReader.h"

#include "core/evidence/PackageArchive.h"
#include "core/evidence/ResultsReader.h"
#include "core/run/PackageBuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace canary {

Result<OpenedPackage> PackageReader::open(const QString &folderOrZip)
{
    using R = Result<OpenedPackage>;
    OpenedPackage p;
    p.source = QFileInfo(folderOrZip).absoluteFilePath();
    const QFileInfo info(folderOrZip);
    if (info.isFile()) {
        p.extracted = std::make_shared<QTemporaryDir>();
        if (const Status unzipped = PackageArchive::unzip(info.absoluteFilePath(), p.extracted->path()); !unzipped)
            return R::failure(QStringLiteral("%1: %2").arg(folderOrZip, unzipped.error().message));
        p.dir = p.extracted->path();
    } else if (info.isDir()) {
        p.dir = info.absoluteFilePath();
    } else {
        return R::failure(QStringLiteral("%1: no such package (a folder or .zip written by CanaryDesk)").arg(folderOrZip));
    }
    auto record = RunRecord::load(p.dir);
    if (!record.ok())
        return R::failure(QStringLiteral("%1 is not a CanaryDesk evidence package: %2").arg(folderOrZip, record.error().message));
    p.record = record.value();
    p.verification = Manifest::verify(p.dir);

    ResultsReadOptions options;
    options.gate = p.record.scenario.gate.resolve();
    options.originUtc = p.record.startedUtc;
    options.targetRate = p.record.targetRate();
    options.plannedMs = p.record.plannedMs;
    auto read = ResultsReader::read(QDir(p.dir).filePath(QLatin1String(RunRecord::kResultsFileName)), options);
    if (!read.ok())
        return R::failure(QStringLiteral("%1: %2").arg(folderOrZip, read.error().message));
    p.metrics = read.value().metrics;
    p.notes = p.record.notes;
    for (const QString &n : read.value().notes)
        if (!p.notes.contains(n))
            p.notes << n;
    p.verdict = PackageBuilder::verdictFor(p.record, p.metrics);
    p.findings = PackageBuilder::findingsFor(p.record, p.metrics, p.verdict);

    QDirIterator it(p.dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        p.files << QDir(p.dir).relativeFilePath(it.next());
    p.files.sort();
    return p;
}

} // namespace canary
