#include "core/run/PackageReader.h"

#include "core/evidence/PackageArchive.h"
#include "core/evidence/ResultsReader.h"
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

// The judgement the package was made with (diagnosis.json) — never a second computation. Without it the package
// carries no verdict, and the viewer says so instead of judging on its own.
void useStoredJudgement(OpenedPackage &p)
{
    QFile f(QDir(p.dir).filePath(QStringLiteral("diagnosis.json")));
    const bool opened = f.open(QIODevice::ReadOnly);
    const auto judged = opened ? Judgement::fromJson(QJsonDocument::fromJson(f.readAll()).object()) : std::nullopt;
    if (judged) {
        p.verdict = judged->verdict;
        p.findings = judged->findings;
        p.episodes = judged->episodes;
        p.judged = true;
        return;
    }
    const QString why = opened ? QStringLiteral("its diagnosis.json is not a judgement CanaryDesk wrote")
                               : QStringLiteral("it has no diagnosis.json");
    p.notes << QStringLiteral("no verdict: %1, and a viewer never judges a run itself (export the run again to judge "
                              "it: canarydesk export)")
                   .arg(why);
    p.verdict = GateVerdict{};
    p.verdict.gateTitle = p.record.scenario.gate.resolve().title;
    p.verdict.summary = QStringLiteral("no verdict in the package (%1)").arg(why);
    p.verdict.setOutcome(RunOutcome::Incomplete);
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
        p.notes = p.record.notes;
        useStoredJudgement(p);
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
    useStoredJudgement(p);
    p.files = filesIn(p.dir);
    return p;
}

CompareSide PackageReader::compareSide(const OpenedPackage &p, const QString &letter)
{
    CompareSide side;
    side.name = QStringLiteral("%1: %2 · %3 · %4")
                    .arg(letter, p.record.scenario.headline(),
                         p.record.startedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), p.verdict.word());
    side.runId = p.record.runId;
    side.gate = p.record.scenario.gate.resolve();
    side.verdict = p.verdict;
    side.total = p.metrics.total();
    side.batches = p.metrics.batches();
    side.timeline = p.metrics.timeline();
    const RunFacts facts = p.record.facts();
    side.ranS = static_cast<double>(facts.aborted ? facts.actualMs : p.record.plannedMs) / 1000.0;
    return side;
}

} // namespace canary
