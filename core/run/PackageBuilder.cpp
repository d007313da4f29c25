#include "core/run/PackageBuilder.h"

#include "core/common/AtomicFile.h"
#include "core/common/Interrupt.h"
#include "core/common/Redactor.h"

#include "core/evidence/Manifest.h"
#include "core/k6/K6Summary.h"
#include "core/evidence/SlackMessage.h"
#include "core/evidence/Summary.h"
#include "core/judge/Judgement.h"
#include "core/metrics/ThresholdEvaluator.h"
#include "core/scenario/ScenarioLoader.h"

#include <QDir>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace canary {

namespace {

class Writer
{
public:
    Writer(QString dir, QStringList &problems) : m_dir(std::move(dir)), m_problems(problems) {}

    // Every evidence text file passes the redactor on its way to disk (a server's quoted words, a log line).
    void bytes(const QString &name, const QByteArray &raw)
    {
        if (const Status written = atomic::writeFile(QDir(m_dir).filePath(name), redaction::redact(raw)); !written)
            m_problems << written.error().message;
    }
    void json(const QString &name, const QJsonObject &content)
    {
        bytes(name, QJsonDocument(content).toJson(QJsonDocument::Indented));
    }

private:
    QString m_dir;
    QStringList &m_problems;
};

QByteArray errorLog(const QJsonObject &logs)
{
    const QJsonArray files = logs.value(QStringLiteral("files")).toArray();
    QStringList fileNames;
    for (const QJsonValue &f : files)
        fileNames << f.toString();
    const qint64 dropped = logs.value(QStringLiteral("dropped")).toInteger();
    QByteArray text =
        QStringLiteral(
            "# CanaryDesk error log: lines matching /%1/ in %2\n"
            "# canary window %3 → %4 (UTC); timestamps without a zone read as %5\n"
            "# %6 lines in the window, %7 matching lines outside it, %8 without any timestamp (left out)%9\n")
            .arg(logs.value(QStringLiteral("filter")).toString(), fileNames.join(QStringLiteral(", ")),
                 logs.value(QStringLiteral("window_from")).toString(),
                 logs.value(QStringLiteral("window_to")).toString(),
                 logs.value(QStringLiteral("zone")).toString(QStringLiteral("UTC")))
            .arg(logs.value(QStringLiteral("inside")).toInteger())
            .arg(logs.value(QStringLiteral("outside")).toInteger())
            .arg(logs.value(QStringLiteral("undated")).toInteger())
            .arg(dropped ? QStringLiteral(", %1 beyond the in-memory cap").arg(dropped) : QString())
            .toUtf8();
    for (const QJsonValue &v : logs.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = v.toObject();
        const QString content = line.value(QStringLiteral("text")).toString();
        text += (fileNames.size() > 1 ? line.value(QStringLiteral("file")).toString().toUtf8() + ": " : QByteArray()) +
                content.toUtf8() + '\n';
    }
    return text;
}

} // namespace

QString PackageBuilder::errorLogFileName(const RunRecord &record)
{
    return QStringLiteral("error_logs_%1.log").arg(record.startedUtc.toString(QStringLiteral("yyyyMMdd_HHmm")));
}

JudgeInput PackageBuilder::judgeInput(const RunRecord &record, const IntervalStats &total,
                                      const QList<Snapshot> *timeline, const QList<Decision> &decisions)
{
    JudgeInput in;
    in.gate = record.scenario.gate.resolve();
    in.total = &total;
    in.timeline = timeline;
    in.decisions = decisions;
    in.facts = record.facts();
    in.startedUtc = record.startedUtc;
    in.health = record.health;
    in.events = record.events;
    in.logs = record.logs;
    in.provider = record.provider;
    in.pauses = record.pauses;
    in.interrupted = record.state == RunRecord::State::Interrupted;
    in.dataProblems = record.dataProblems;
    in.elapsedMs = record.durationMs;
    return in;
}

Judgement PackageBuilder::judgementFor(const RunRecord &record, const RunMetrics &metrics)
{
    const QList<Snapshot> timeline = metrics.timeline();
    JudgeInput in = judgeInput(record, metrics.total(), &timeline, metrics.decisions());
    in.batches = &metrics.batches();
    return Judge::judge(in);
}

PackageOutcome PackageBuilder::write(PackageDraft c, ReportRenderer *renderer)
{
    RunRecord record = std::move(c.record);
    PackageOutcome out;
    out.dir = QDir(c.dir).absolutePath();
    out.problems = c.problems;
    out.verdict = c.verdict;
    out.findings = c.findings;
    out.episodes = c.episodes;
    // Whatever was signed here before no longer vouches for what is about to be written.
    if (QFile::exists(QDir(out.dir).filePath(QLatin1String(Manifest::kFileName))) &&
        !QFile::remove(QDir(out.dir).filePath(QLatin1String(Manifest::kFileName))))
        out.problems
            << QStringLiteral("cannot replace %1").arg(QDir(out.dir).filePath(QLatin1String(Manifest::kFileName)));
    Writer write(out.dir, out.problems);
    const Scenario &scenario = record.scenario;
    const GateProfile gate = scenario.gate.resolve();
    record.passed = out.verdict.passed;
    record.verdictSummary = out.verdict.summary;

    write.json(QStringLiteral("summary.json"), c.summary);
    write.json(scenario.expandEvidence(scenario.evidence.fileStem, record.startedUtc) + QStringLiteral(".json"),
               c.summary);
    out.canarySummary = Summary::canarySummary(c.summary);
    write.json(QStringLiteral("canary_summary.json"), out.canarySummary);
    write.json(QStringLiteral("summary-export.json"), EvidenceFiles::summaryExport(c.summary));
    if (c.timeline)
        write.bytes(QStringLiteral("timeseries.csv"), EvidenceFiles::timeseriesCsv(*c.timeline));
    if (!record.sandboxCounts.isEmpty())
        write.json(QStringLiteral("sandbox_counts.json"), record.sandboxCounts);
    if (!record.provider.isEmpty())
        write.json(QStringLiteral("provider_stats.json"), record.provider);
    if (!record.health.isEmpty())
        write.json(QStringLiteral("health.json"), record.health);
    write.json(QStringLiteral("timeline.json"), QJsonObject{{QStringLiteral("events"), record.events}});
    if (!record.logs.isEmpty())
        write.bytes(PackageBuilder::errorLogFileName(record), errorLog(record.logs));

    QUrl shownTarget = scenario.target.requestUrl();
    shownTarget.setUserInfo(QString());
    const CheckpointInput checkpoint{scenario.headline(),
                                     shownTarget.toString(),
                                     record.runId,
                                     record.startedUtc.toString(Qt::ISODate),
                                     record.finishedUtc().toString(Qt::ISODate),
                                     out.canarySummary,
                                     &out.verdict,
                                     out.findings};
    write.json(QStringLiteral("diagnosis.json"), Judgement{out.verdict, out.episodes, out.findings}.toJson());
    write.bytes(QStringLiteral("checkpoint.md"), EvidenceFiles::checkpointMarkdown(checkpoint));
    out.slackMessage = SlackMessage::build(checkpoint);
    write.json(QStringLiteral("slack_message.json"), out.slackMessage);

    if (renderer && interrupt::evidenceCutShort()) {
        out.problems << QStringLiteral("evidence cut short by a second signal: the charts, report.html and report.pdf "
                                       "were not drawn");
    } else if (renderer) {
        const QList<Snapshot> none;
        ReportInput report;
        report.title = scenario.headline();
        report.runId = record.runId;
        report.target = shownTarget.toString();
        report.started = record.startedUtc.toString(Qt::ISODateWithMs);
        report.finished = record.finishedUtc().toString(Qt::ISODateWithMs);
        report.operatorName = record.operatorName;
        report.machine = record.host;
        report.environment = record.environment;
        report.gate = &gate;
        report.verdict = &out.verdict;
        report.timeline = c.timeline ? &*c.timeline : &none;
        report.findings = out.findings;
        report.episodes = out.episodes;
        report.events = record.events;
        report.canarySummary = out.canarySummary;
        report.scenarioJson = QString::fromUtf8(ScenarioLoader::toBytes(scenario));
        report.notes = record.notes;
        report.provider = record.provider;
        report.verdictWord = out.verdict.word();
        report.keyFingerprint = c.keyFingerprint;
        report.keySource = c.keySource;
        report.tables = report_tables::build(c.summary, &c.total, *report.timeline, record.logs,
                                             PackageBuilder::errorLogFileName(record));
        if (const Status rendered = renderer->render(report, out.dir); !rendered)
            out.problems << rendered.error().message;
    }
    record.evidenceProblems = out.problems;
    if (const Status saved = record.save(out.dir); !saved)
        out.problems << saved.error().message;
    record.evidenceProblems = out.problems;
    out.record = std::move(record);
    out.total = c.total;
    return out;
}

void PackageBuilder::sign(PackageOutcome &outcome, const SigningKey &key, const QDateTime &signedAt)
{
    if (interrupt::evidenceCutShort() && outcome.problems.isEmpty())
        outcome.problems << QStringLiteral("evidence cut short by a second signal before it was signed");
    if (!outcome.problems.isEmpty()) { // a manifest vouches for a whole package only
        outcome.problems << QStringLiteral("%1 not written: the package is incomplete (%2 problem(s) above), so it "
                                           "is not signed; the raw results are kept in %3")
                                .arg(QLatin1String(Manifest::kFileName))
                                .arg(outcome.problems.size())
                                .arg(outcome.dir);
        outcome.record.evidenceProblems = outcome.problems;
        return;
    }
    const auto manifest =
        Manifest::write(outcome.dir,
                        ManifestInfo{outcome.record.runId, QStringLiteral("CanaryDesk " CANARYDESK_VERSION), key.source,
                                     key.note, signedAt},
                        key.privateKey);
    if (manifest.ok()) {
        outcome.manifest = manifest.value();
    } else {
        outcome.problems << manifest.error().message;
        outcome.record.evidenceProblems = outcome.problems;
    }
}

PackageDraft PackageBuilder::derive(RunRecord record, const RunMetrics &metrics, const QString &dir)
{
    const GateProfile gate = record.scenario.gate.resolve();
    const IntervalStats &total = metrics.total();
    const double elapsedS = static_cast<double>(record.durationMs) / 1000.0;
    PackageDraft c;
    c.dir = dir;
    Judgement judged = judgementFor(record, metrics);
    c.verdict = std::move(judged.verdict);
    c.findings = std::move(judged.findings);
    c.episodes = std::move(judged.episodes);
    c.summary = Summary::handleSummary(SummaryInput{&total, ThresholdEvaluator::evaluate(gate, total, elapsedS),
                                                    record.durationMs, record.scenario.checks.expectedStatus});
    c.timeline = metrics.timeline();
    c.total = total;
    c.record = std::move(record);
    return c;
}

Judgement PackageBuilder::judgementFromSummary(const RunRecord &record, const QJsonObject &handleSummary,
                                               IntervalStats *total, QStringList *notes)
{
    const GateProfile gate = record.scenario.gate.resolve();
    const QJsonObject metrics = handleSummary.value(QStringLiteral("metrics")).toObject();
    auto value = [&](const char *metric, const char *key) {
        return metrics.value(QString::fromLatin1(metric))
            .toObject()
            .value(QStringLiteral("values"))
            .toObject()
            .value(QString::fromLatin1(key))
            .toDouble();
    };
    // Only the counts: a summary has no per-request data to rebuild distributions from.
    IntervalStats t;
    t.requests = static_cast<quint64>(value("http_reqs", "count"));
    t.dropped = static_cast<quint64>(value("dropped_iterations", "count"));
    t.httpFailed = static_cast<quint64>(value("http_req_failed", "passes"));
    t.checkFailures = static_cast<quint64>(value("errors", "passes"));
    t.delivered = static_cast<quint64>(value("delivery_success", "passes"));
    t.httpFailedSamples = t.httpFailed + static_cast<quint64>(value("http_req_failed", "fails"));
    t.errorsSamples = t.checkFailures + static_cast<quint64>(value("errors", "fails"));
    t.deliverySamples = t.delivered + static_cast<quint64>(value("delivery_success", "fails"));
    QList<ThresholdResult> thresholds;
    for (const Threshold &th : gate.thresholds) {
        const auto measured = K6Summary::measure(handleSummary, th);
        thresholds << ThresholdResult{th, measured.value_or(std::numeric_limits<double>::quiet_NaN()),
                                      measured && th.expression.holds(*measured)};
        if (!measured && notes)
            *notes << QStringLiteral("%1 %2 is not in the summary: judged as not met")
                          .arg(th.metric, th.expression.aggregationName());
    }
    JudgeInput in = judgeInput(record, t, nullptr, {});
    in.thresholds = thresholds;
    if (total)
        *total = t;
    return Judge::judge(in);
}

PackageDraft PackageBuilder::deriveFromSummary(RunRecord record, const QJsonObject &handleSummary, const QString &dir)
{
    PackageDraft c;
    c.dir = dir;
    QStringList notes;
    Judgement judged = judgementFromSummary(record, handleSummary, &c.total, &notes);
    c.verdict = std::move(judged.verdict);
    c.findings = std::move(judged.findings);
    c.episodes = std::move(judged.episodes);
    for (const QString &n : notes)
        if (!record.notes.contains(n))
            record.notes << n;
    c.summary = handleSummary;
    c.record = std::move(record);
    return c;
}

GateVerdict PackageBuilder::cloudVerdict(const RunRecord &record)
{
    const int exitCode = record.k6Cloud.value(QStringLiteral("exit_code")).toInt(-1);
    const QString url = record.k6Cloud.value(QStringLiteral("url")).toString();
    GateVerdict v;
    v.gateTitle = record.scenario.gate.resolve().title;
    v.passed = exitCode == 0;
    QStringList thresholds;
    for (const Threshold &t : record.scenario.gate.resolve().thresholds)
        thresholds << t.metric + QLatin1Char(' ') + t.expression.text();
    v.criteria << CriterionResult{QStringLiteral("Gate thresholds, judged by k6 Cloud"),
                                  thresholds.join(QStringLiteral("; ")),
                                  v.passed ? QStringLiteral("all met (k6 exit code 0)")
                                           : QStringLiteral("not all met (k6 exit code %1): see %2")
                                                 .arg(exitCode)
                                                 .arg(url.isEmpty() ? QStringLiteral("the k6 Cloud run") : url),
                                  v.passed, QString()};
    if (exitCode == 97) { // k6 v1+: the cloud run was aborted for a reason other than its thresholds
        v.summary = QStringLiteral("k6 Cloud aborted the run (exit code 97): %1")
                        .arg(record.k6Cloud.value(QStringLiteral("reason")).toString());
        v.criteria.last().measured = QStringLiteral("not judged: the run was aborted (k6 exit code 97): see %1")
                                         .arg(url.isEmpty() ? QStringLiteral("the k6 Cloud run") : url);
        v.setOutcome(RunOutcome::Aborted);
        return v;
    }
    v.summary = v.passed
                    ? QString()
                    : QStringLiteral("k6 Cloud reports the gate's thresholds not met (exit code %1)").arg(exitCode);
    v.setOutcome(v.passed ? RunOutcome::Pass : RunOutcome::Fail);
    return v;
}

QList<Finding> PackageBuilder::cloudFindings(const RunRecord &record)
{
    const QString url = record.k6Cloud.value(QStringLiteral("url")).toString();
    return {Finding{QStringLiteral("Results in k6 Cloud"),
                    url.isEmpty()
                        ? QStringLiteral("k6 did not print the run's URL")
                        : QStringLiteral("the run's points, charts and per-threshold results are at %1").arg(url),
                    QStringLiteral("Open %1 for the numbers; for a package with every number, run locally or with "
                                   "the k6-operator and import the --out json results.")
                        .arg(url.isEmpty() ? QStringLiteral("the k6 Cloud run") : url)}};
}

PackageDraft PackageBuilder::deriveFromCloud(RunRecord record, const QString &dir)
{
    PackageDraft c;
    c.dir = dir;
    c.verdict = cloudVerdict(record);
    c.findings = cloudFindings(record);
    c.summary =
        QJsonObject{{QStringLiteral("state"), QJsonObject{{QStringLiteral("testRunDurationMs"), record.durationMs}}},
                    {QStringLiteral("metrics"), QJsonObject{}},
                    {QStringLiteral("k6_cloud"), record.k6Cloud}};
    c.record = std::move(record);
    return c;
}

} // namespace canary
