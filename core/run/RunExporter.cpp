#include "core/run/RunExporter.h"

#include "core/common/Duration.h"
#include "core/evidence/PackageArchive.h"
#include "core/evidence/ResultsMerge.h"
#include "core/evidence/ResultsReader.h"
#include "core/k6/K6Summary.h"
#include "core/run/RunStore.h"
#include "core/scenario/ScenarioLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QUuid>

#include <cmath>

namespace canary {

namespace {

Status copyInto(const QString &from, const QString &dir)
{
    const QString to = QDir(dir).filePath(QLatin1String(RunRecord::kResultsFileName));
    if (QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath())
        return Done{};
    if (QFileInfo::exists(to))
        return Status::failure(QStringLiteral("%1 already holds results; export into an empty folder").arg(dir));
    if (!QFile::copy(from, to))
        return Status::failure(QStringLiteral("cannot copy %1 to %2").arg(from, to));
    return Done{};
}

QString environment()
{
    return QStringLiteral("CanaryDesk %1 · Qt %2 · %3 · kernel %4")
        .arg(QStringLiteral(CANARYDESK_VERSION), QString::fromLatin1(qVersion()), QSysInfo::prettyProductName(),
             QSysInfo::kernelVersion());
}

} // namespace

Result<StoredRun> RunExporter::loadStoredRun(const QString &runDir)
{
    using R = Result<StoredRun>;
    auto loaded = RunRecord::load(runDir);
    if (!loaded.ok())
        return R::failure(loaded.error().message);
    RunRecord record = loaded.value();
    if (record.state == RunRecord::State::Running && record.pid != QCoreApplication::applicationPid() &&
        !RunStore::processAlive(record.pid)) {
        record.state = RunRecord::State::Interrupted;
        record.stopReason =
            QStringLiteral("interrupted: the CanaryDesk process (pid %1) ended before the run did").arg(record.pid);
    }
    if (record.state == RunRecord::State::Running)
        return R::failure(QStringLiteral("run %1 is still running (pid %2); open it when it has ended")
                              .arg(record.runId)
                              .arg(record.pid));
    ResultsReadOptions options;
    options.gate = record.scenario.gate.resolve();
    options.originUtc = record.startedUtc;
    options.targetRate = record.targetRate();
    options.plannedMs = record.plannedMs;
    options.plannedTotal = static_cast<quint64>(std::llround(record.expectedRequests));
    auto read = ResultsReader::read(QDir(runDir).filePath(QLatin1String(RunRecord::kResultsFileName)), options);
    if (!read.ok())
        return R::failure(read.error().message);
    record.dataProblems = read.value().dataProblems;
    if (record.state == RunRecord::State::Interrupted && record.durationMs == 0) {
        record.durationMs = read.value().durationMs;
        if (read.value().truncated)
            record.notes << QStringLiteral("the raw results end inside a line (written up to the moment the "
                                           "process ended): everything before it is counted");
        record.notes << QStringLiteral("the run was interrupted after %1 of %2 s: the verdict covers the part that ran")
                            .arg(record.durationMs / 1000)
                            .arg(record.plannedMs / 1000);
    }
    return StoredRun{record, read.value()};
}

Result<PackageDraft> RunExporter::prepareExport(const QString &runDir, const QString &outDir)
{
    using R = Result<PackageDraft>;
    auto stored = loadStoredRun(runDir);
    if (!stored.ok())
        return R::failure(stored.error().message);
    const RunRecord &record = stored.value().record;
    const QString results = QDir(runDir).filePath(QLatin1String(RunRecord::kResultsFileName));
    if (!QDir().mkpath(outDir))
        return R::failure(QStringLiteral("cannot create the folder %1").arg(outDir));
    if (const Status copied = copyInto(results, outDir); !copied)
        return R::failure(copied.error().message);
    return PackageBuilder::derive(record, stored.value().results.metrics, outDir);
}

namespace {

Result<PackageDraft> prepareSummaryImport(const QString &file, K6FileKind kind, const QString &outDir,
                                          const QString &gateId)
{
    using R = Result<PackageDraft>;
    QStringList formatNotes;
    const auto loaded = K6Summary::loadAsHandleSummary(file, &formatNotes);
    if (!loaded.ok())
        return R::failure(loaded.error().message);
    const QJsonObject hs = loaded.value();
    const QJsonObject reqs = hs.value(QStringLiteral("metrics"))
                                 .toObject()
                                 .value(QStringLiteral("http_reqs"))
                                 .toObject()
                                 .value(QStringLiteral("values"))
                                 .toObject();
    const double requests = reqs.value(QStringLiteral("count")).toDouble();
    const qint64 durationMs = std::llround(
        hs.value(QStringLiteral("state")).toObject().value(QStringLiteral("testRunDurationMs")).toDouble());
    if (requests <= 0 || durationMs <= 0)
        return R::failure(QStringLiteral("%1: the summary counts no requests").arg(file));

    Scenario scenario;
    scenario.service = QStringLiteral("k6");
    scenario.name = QStringLiteral("k6 summary import");
    scenario.target.baseUrl = QStringLiteral("https://target-not-in-the-summary.invalid");
    scenario.load.executor = LoadProfile::Executor::ConstantArrivalRate;
    scenario.load.stages = {LoadStage{std::max(1.0, std::round(reqs.value(QStringLiteral("rate")).toDouble())),
                                      std::max<qint64>(1000, durationMs / 1000 * 1000)}};
    scenario.gate.profile = gateId;
    RunRecord record;
    record.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.state = RunRecord::State::Imported;
    record.scenario = scenario;
    record.source = QStringLiteral("k6 import: %1 (%2)").arg(QFileInfo(file).fileName(), K6Summary::kindName(kind));
    record.startedUtc = QFileInfo(file).lastModified().toUTC().addMSecs(-durationMs);
    record.plannedMs = durationMs;
    record.durationMs = durationMs;
    record.expectedRequests = requests;
    record.host = QSysInfo::machineHostName();
    record.operatorName = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    record.environment = environment();
    record.notes << QStringLiteral("imported from %1: the values k6 computed are used as given. A summary has no time "
                                   "series and no per-request data: no timeseries.csv, charts without data, no latency "
                                   "from the intended send time, and the target is not named in it")
                        .arg(K6Summary::kindName(kind));
    record.notes << QStringLiteral("the start time is the file's modification time minus the run's duration");
    record.notes << formatNotes;
    const QStringList outcomes = K6Summary::thresholdOutcomes(hs);
    if (!outcomes.isEmpty())
        record.notes << QStringLiteral("k6's own thresholds in that run: %1").arg(outcomes.join(QStringLiteral("; ")));
    if (!QDir().mkpath(outDir))
        return R::failure(QStringLiteral("cannot create the folder %1").arg(outDir));
    const QString copy =
        QDir(outDir).filePath(kind == K6FileKind::HandleSummary     ? QStringLiteral("k6-handle-summary.json")
                              : kind == K6FileKind::MachineReadable ? QStringLiteral("k6-summary.json")
                                                                    : QStringLiteral("k6-summary-export.json"));
    if (QFileInfo::exists(copy) || QFileInfo::exists(QDir(outDir).filePath(QStringLiteral("summary.json"))))
        return R::failure(QStringLiteral("%1 already holds a package; import into an empty folder").arg(outDir));
    if (!QFile::copy(file, copy))
        return R::failure(QStringLiteral("cannot copy %1 to %2").arg(file, copy));
    record.outDir = QDir(outDir).absolutePath();
    return PackageBuilder::deriveFromSummary(record, hs, outDir);
}

} // namespace

Result<PackageDraft> RunExporter::prepareImport(const ImportRequest &request)
{
    using R = Result<PackageDraft>;
    const QString &outDir = request.outDir;
    const QString gateId = !request.gateId.isEmpty() ? request.gateId
                           : request.scenario        ? request.scenario->gate.profile
                                                     : QStringLiteral("gate1");
    std::optional<GateProfile> gate = GateProfile::builtin(gateId);
    if (request.scenario && request.gateId.isEmpty())
        gate = request.scenario->gate.resolve(); // a custom gate's own thresholds
    if (!gate)
        return R::failure(QStringLiteral("--gate: unknown gate \"%1\" (known: %2)")
                              .arg(gateId, GateProfile::builtinIds().join(QStringLiteral(", "))));
    if (request.files.isEmpty())
        return R::failure(QStringLiteral("name at least one k6 results file"));
    // One runner's file named twice would count its requests twice (a copy under another name is another runner's
    // file as far as anyone can tell, and is read).
    QStringList seen;
    for (const QString &file : request.files) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (!canonical.isEmpty() && seen.contains(canonical))
            return R::failure(
                QStringLiteral("%1 is named twice: each runner's results file is imported once").arg(file));
        seen << canonical;
    }
    for (const QString &file : request.files) {
        const auto kind = K6Summary::detect(file);
        if (!kind.ok())
            return R::failure(kind.error().message);
        if (kind.value() != K6FileKind::OutJson) {
            if (request.files.size() > 1)
                return R::failure(QStringLiteral("%1: a k6 summary holds a whole run's numbers and imports alone; "
                                                 "several files are the --out json files of one run's runners")
                                      .arg(file));
            if (request.scenario)
                return R::failure(QStringLiteral("%1: a k6 summary has no time series to judge against the "
                                                 "scenario's plan; import k6's --out json file with --scenario, or "
                                                 "this summary without it")
                                      .arg(file));
            return prepareSummaryImport(file, kind.value(), outDir, gateId);
        }
    }
    if (!QDir().mkpath(outDir))
        return R::failure(QStringLiteral("cannot create the folder %1").arg(outDir));
    // k6's file is kept, gzip-compressed under our name (several runners' merged by time), so verify and
    // re-export read what was judged.
    const QString target = QDir(outDir).filePath(QLatin1String(RunRecord::kResultsFileName));
    if (QFileInfo::exists(target))
        return R::failure(QStringLiteral("%1 already holds results; import into an empty folder").arg(outDir));
    QStringList mergedNotes;
    if (request.files.size() > 1) {
        const auto merged = ResultsMerge::byTime(request.files, target);
        if (!merged.ok())
            return R::failure(merged.error().message);
        QStringList parts;
        for (const MergedInput &m : merged.value())
            parts << QStringLiteral("%1 (%2 points%3)")
                         .arg(QFileInfo(m.path).fileName())
                         .arg(m.points)
                         .arg(m.truncated ? QStringLiteral(", cut short") : QString());
        mergedNotes << QStringLiteral("%1 runners' results merged by time into one run: %2")
                           .arg(merged.value().size())
                           .arg(parts.join(QStringLiteral(", ")));
    } else {
        const QString &resultsFile = request.files.first();
        QFile in(resultsFile);
        if (!in.open(QIODevice::ReadOnly))
            return R::failure(QStringLiteral("%1: %2").arg(resultsFile, in.errorString()));
        const QByteArray head = in.peek(2);
        in.close();
        if (head == QByteArrayLiteral("\x1f\x8b")) {
            if (!QFile::copy(resultsFile, target))
                return R::failure(QStringLiteral("cannot copy %1 to %2").arg(resultsFile, target));
        } else if (const Status gz = PackageArchive::gzipFile(resultsFile, target); !gz) {
            return R::failure(gz.error().message);
        }
    }
    ResultsReadOptions options;
    options.gate = *gate;
    auto read = ResultsReader::read(target, options);
    if (!read.ok()) {
        QFile::remove(target);
        QString message = read.error().message; // names the file the operator gave, not our copy of it
        if (request.files.size() == 1)
            message.replace(target, request.files.first());
        return R::failure(message);
    }
    const ReadResults &r = read.value();

    // The run's real length, not rounded up to whole seconds: the rate is requests ÷ this, as k6 computes it.
    const qint64 durationMs = std::max<qint64>(1, r.durationMs);
    const auto requests = static_cast<double>(r.metrics.total().requests);
    RunRecord record;
    record.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.state = RunRecord::State::Imported;
    QStringList names;
    for (const QString &file : request.files)
        names << QFileInfo(file).fileName();
    record.source = QStringLiteral("k6 import: %1").arg(names.join(QStringLiteral(", ")));
    record.startedUtc = r.originUtc;
    record.durationMs = durationMs;
    record.host = QSysInfo::machineHostName();
    record.operatorName = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    record.environment = environment();
    record.notes = r.notes + mergedNotes;
    record.dataProblems = r.dataProblems;
    if (request.scenario) {
        // Judged against what was planned: the scenario's duration and the arrivals its profile asks for. A file
        // cut short (or a runner missing) falls short of both and cannot pass "full duration".
        record.scenario = *request.scenario;
        record.scenario.gate.profile = gate->id;
        record.plannedMs = record.scenario.load.totalDurationMs();
        record.expectedRequests = record.scenario.load.expectedRequests();
        record.notes << QStringLiteral("imported from k6 results (%1 lines), judged against the scenario \"%2\": "
                                       "%3 planned, %4 arrivals asked for; the results span %5")
                            .arg(r.lines)
                            .arg(record.scenario.name, duration::clock(record.plannedMs))
                            .arg(record.expectedRequests, 0, 'f', 0)
                            .arg(duration::clock(durationMs));
    } else {
        // A scenario that describes what k6 ran, as far as its results tell: target, method, rate, duration.
        Scenario scenario;
        scenario.service = QStringLiteral("k6");
        const QUrl url(r.url);
        if (url.isValid() && !url.host().isEmpty()) {
            QUrl base = url;
            base.setPath(QString());
            base.setQuery(QString());
            scenario.target.baseUrl = base.toString(QUrl::RemoveUserInfo);
            scenario.target.path = url.path().isEmpty() ? QStringLiteral("/") : url.path();
        } else {
            // No request in the file names its URL (a hand-made or filtered file): a reserved name says so, and the
            // package's run.json stays one the viewer, History and export can read back.
            scenario.target.baseUrl = QStringLiteral("http://url-not-in-the-results.invalid");
            scenario.target.path = QStringLiteral("/");
            record.notes << QStringLiteral("no request in the results names its URL (k6 tags http_reqs with url=): "
                                           "the target is shown as url-not-in-the-results.invalid");
        }
        if (!r.method.isEmpty())
            scenario.target.method = r.method;
        scenario.load.executor = LoadProfile::Executor::ConstantArrivalRate;
        scenario.load.timeUnitMs = 1000;
        scenario.load.startRate = 0;
        scenario.load.stages = {
            LoadStage{std::max(1.0, std::round(requests * 1000.0 / static_cast<double>(durationMs))), durationMs}};
        scenario.gate.profile = gateId;
        scenario.name = QStringLiteral("k6 import");
        record.scenario = scenario;
        record.plannedMs = durationMs;
        record.expectedRequests = requests; // k6's own schedule is not in the file
        record.notes << QStringLiteral("imported from k6 results (%1 lines): the arrival schedule k6 followed is not "
                                       "in the file, so the run is judged against itself (its own duration and "
                                       "rate); give the scenario with --scenario to judge it against the plan")
                            .arg(r.lines);
    }
    if (!r.thresholdExpressions.isEmpty())
        record.notes << QStringLiteral("k6's own thresholds in that run: %1")
                            .arg(r.thresholdExpressions.join(QStringLiteral("; ")));
    record.outDir = QDir(outDir).absolutePath();
    return PackageBuilder::derive(record, r.metrics, outDir);
}

} // namespace canary
