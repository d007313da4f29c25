#include "core/run/PackageReader.h"

#include "core/evidence/PackageArchive.h"
#include "core/evidence/ResultsReader.h"
#include "core/run/PackageBuilder.h"
#include "core/run/RunExporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace canary {

namespace {

QStringList filesIn(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

namespace {

// The verdict and findings the package was judged with (diagnosis.json), never a second computation; a package
// written before diagnosis.json existed keeps the ones computed from its record, and says so.
void useStoredDiagnosis(OpenedPackage &p)
{
    QFile f(QDir(p.dir).filePath(QStringLiteral("diagnosis.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        p.notes << QStringLiteral("the verdict and diagnosis are judged from the package's records by this viewer "
                                  "(the package has no diagnosis.json)");
        return;
    }
    if (!PackageBuilder::readDiagnosis(QJsonDocument::fromJson(f.readAll()).object(), p.verdict, p.findings))
        p.notes << QStringLiteral("diagnosis.json is not readable; the verdict and diagnosis shown are judged from "
                                  "the package's records by this viewer");
}

} // namespace

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
        return R::failure(
            QStringLiteral("%1: no such package (a folder or .zip written by CanaryDesk)").arg(folderOrZip));
    }
    const QString summaryPath = QDir(p.dir).filePath(QStringLiteral("summary.json"));
    if (!QFileInfo::exists(QDir(p.dir).filePath(QLatin1String(RunRecord::kResultsFileName))) &&
        QFileInfo::exists(summaryPath)) {
        // A package imported from a k6 summary (the values as given) or of a k6 Cloud run: no time series.
        auto record = RunRecord::load(p.dir);
        if (!record.ok())
            return R::failure(
                QStringLiteral("%1 is not a CanaryDesk evidence package: %2").arg(folderOrZip, record.error().message));
        p.record = record.value();
        p.verification = Manifest::verify(p.dir);
        QFile f(summaryPath);
        f.open(QIODevice::ReadOnly);
        const QJsonObject hs = QJsonDocument::fromJson(f.readAll()).object();
        IntervalStats total;
        if (!p.record.k6Cloud.isEmpty()) { // a k6 Cloud run: k6 Cloud's verdict, its numbers are there
            p.verdict = PackageBuilder::cloudVerdict(p.record);
            p.findings = PackageBuilder::cloudFindings(p.record);
        } else {
            p.verdict = PackageBuilder::verdictFromSummary(p.record, hs, &total);
            p.findings = EvidenceFiles::diagnose(p.record.scenario.gate.resolve(), p.verdict, total, {},
                                                 PackageBuilder::windowLines(p.record));
        }
        p.notes = p.record.notes;
        useStoredDiagnosis(p);
        p.files = filesIn(p.dir);
        return p;
    }
    auto stored = RunExporter::loadStoredRun(p.dir);
    if (!stored.ok())
        return R::failure(
            QStringLiteral("%1 is not a CanaryDesk evidence package: %2").arg(folderOrZip, stored.error().message));
    p.record = stored.value().record;
    p.verification = Manifest::verify(p.dir);
    p.metrics = stored.value().results.metrics;
    p.notes = p.record.notes;
    for (const QString &n : stored.value().results.notes)
        if (!p.notes.contains(n))
            p.notes << n;
    p.verdict = PackageBuilder::verdictFor(p.record, p.metrics);
    p.findings = PackageBuilder::findingsFor(p.record, p.metrics, p.verdict);
    useStoredDiagnosis(p);
    p.files = filesIn(p.dir);
    return p;
}

} // namespace canary
