#include "core/run/PackageBuilder.h"

#include "core/evidence/Manifest.h"
#include "core/evidence/SlackMessage.h"
#include "core/evidence/Summary.h"
#include "core/metrics/ThresholdEvaluator.h"
#include "core/scenario/ScenarioLoader.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace canary {

namespace {

class Writer
{
public:
    Writer(QString dir, QStringList &problems) : m_dir(std::move(dir)), m_problems(problems) {}

    void bytes(const QString &name, const QByteArray &content)
    {
        QSaveFile f(QDir(m_dir).filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
            m_problems << QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
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
        QStringLiteral("# CanaryDesk error log: lines matching /%1/ in %2\n"
                       "# canary window %3 → %4 (UTC); timestamps without a zone read as %5\n"
                       "# %6 lines in the window, %7 matching lines outside it, %8 without any timestamp (left out)%9\n")
            .arg(logs.value(QStringLiteral("filter")).toString(), fileNames.join(QStringLiteral(", ")),
                 logs.value(QStringLiteral("window_from")).toString(), logs.value(QStringLiteral("window_to")).toString(),
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

GateVerdict PackageBuilder::verdictFor(const RunRecord &record, const RunMetrics &metrics)
{
    const GateProfile gate = record.scenario.gate.resolve();
    const double elapsedS = static_cast<double>(record.durationMs) / 1000.0;
    GateVerdict verdict = GateVerdict::judge(
        gate, metrics.total(), ThresholdEvaluator::evaluate(gate, metrics.total(), elapsedS), record.facts());
    if (record.state == RunRecord::State::Interrupted) { // never judged as if it had ended normally
        const QString rest = verdict.passed ? QString() : QStringLiteral("; ") + verdict.summary.mid(6);
        verdict.passed = false;
        verdict.summary = QStringLiteral("FAIL: run interrupted, the evidence is incomplete") + rest;
    }
    return verdict;
}

QStringList PackageBuilder::windowLines(const RunRecord &record)
{
    QStringList lines;
    for (const QJsonValue &v : record.logs.value(QStringLiteral("lines")).toArray())
        lines << v.toObject().value(QStringLiteral("text")).toString();
    return lines;
}

QList<Finding> PackageBuilder::findingsFor(const RunRecord &record, const RunMetrics &metrics, const GateVerdict &verdict)
{
    return EvidenceFiles::diagnose(record.scenario.gate.resolve(), verdict, metrics.total(), metrics.timeline(),
                                   windowLines(record));
}

PackageOutcome PackageBuilder::build(RunRecord record, const RunMetrics &metrics, const QString &dir,
                                     ReportRenderer *renderer, const SigningKey &key)
{
    PackageOutcome out;
    out.dir = QDir(dir).absolutePath();
    Writer write(out.dir, out.problems);
    const Scenario &scenario = record.scenario;
    const GateProfile gate = scenario.gate.resolve();
    const IntervalStats &total = metrics.total();
    const double elapsedS = static_cast<double>(record.durationMs) / 1000.0;
    const QList<ThresholdResult> thresholds = ThresholdEvaluator::evaluate(gate, total, elapsedS);
    out.verdict = verdictFor(record, metrics);
    record.passed = out.verdict.passed;
    record.verdictSummary = out.verdict.summary;

    const QJsonObject summary =
        Summary::handleSummary(SummaryInput{&total, thresholds, record.durationMs, scenario.checks.expectedStatus});
    write.json(QStringLiteral("summary.json"), summary);
    write.json(scenario.expandEvidence(scenario.evidence.fileStem, record.startedUtc) + QStringLiteral(".json"),
               summary);
    out.canarySummary = Summary::canarySummary(summary);
    write.json(QStringLiteral("canary_summary.json"), out.canarySummary);
    write.json(QStringLiteral("summary-export.json"), EvidenceFiles::summaryExport(summary));
    write.bytes(QStringLiteral("timeseries.csv"), EvidenceFiles::timeseriesCsv(metrics.timeline()));
    if (!record.sandboxCounts.isEmpty())
        write.json(QStringLiteral("sandbox_counts.json"), record.sandboxCounts);
    if (!record.provider.isEmpty())
        write.json(QStringLiteral("provider_stats.json"), record.provider);
    if (!record.health.isEmpty())
        write.json(QStringLiteral("health.json"), record.health);
    write.json(QStringLiteral("timeline.json"), QJsonObject{{QStringLiteral("events"), record.events}});

    if (!record.logs.isEmpty())
        write.bytes(errorLogFileName(record), errorLog(record.logs));
    out.findings = findingsFor(record, metrics, out.verdict);

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
    write.bytes(QStringLiteral("checkpoint.md"), EvidenceFiles::checkpointMarkdown(checkpoint));
    out.slackMessage = SlackMessage::build(checkpoint);
    write.json(QStringLiteral("slack_message.json"), out.slackMessage);

    if (renderer) {
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
        report.timeline = &metrics.timeline();
        report.findings = out.findings;
        report.events = record.events;
        report.canarySummary = out.canarySummary;
        report.scenarioJson = QString::fromUtf8(ScenarioLoader::toBytes(scenario));
        report.notes = record.notes;
        report.verdictWord = record.state == RunRecord::State::Interrupted ? QStringLiteral("INCOMPLETE") : QString();
        if (const Status rendered = renderer->render(report, out.dir); !rendered)
            out.problems << rendered.error().message;
    }
    if (const Status saved = record.save(out.dir); !saved)
        out.problems << saved.error().message;
    const auto manifest =
        Manifest::write(out.dir, ManifestInfo{record.runId, QStringLiteral("CanaryDesk " CANARYDESK_VERSION), key.source},
                        key.privateKey);
    if (manifest.ok())
        out.manifest = manifest.value();
    else
        out.problems << manifest.error().message;
    out.record = std::move(record);
    out.total = total;
    return out;
}

} // namespace canary
