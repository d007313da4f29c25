#pragma once

// The evidence files written beside the raw results: the k6 --summary-export shape, the per-second time
// series, the diagnosis with next steps, and the checkpoint update the seed asks for.

#include "core/metrics/GateVerdict.h"
#include "core/metrics/RunMetrics.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace canary {

struct Finding
{
    QString title;     // "Server saturation"
    QString evidence;  // what in the run triggered it
    QString nextSteps; // what to do
};

struct CheckpointInput
{
    QString headline; // "auto_com_center 250 rps · 30m · Gate 1"
    QString target;   // URL without credentials
    QString runId;
    QString started; // ISO-8601 with zone
    QString finished;
    QJsonObject canarySummary;
    const GateVerdict *verdict = nullptr;
    QList<Finding> findings;
};

class EvidenceFiles
{
public:
    // k6's --summary-export: values flattened into each metric, Rates as value/passes/fails, thresholds as
    // booleans that are true when the threshold FAILED (k6's polarity), checks keyed by name.
    static QJsonObject summaryExport(const QJsonObject &handleSummary);
    // One row per second: the Snapshots of the run.
    static QByteArray timeseriesCsv(const QList<Snapshot> &timeline);
    // Rules from the seed's failure scenarios, each citing what triggered it.
    // logLines: the application's matching log lines inside the canary window, cited where they explain a finding.
    // provider: the e-mail provider's stats record (before/after/delta), cited for delivery problems.
    // pauses: when the load generator did not run (RunRecord::pauses).
    static QList<Finding> diagnose(const GateProfile &gate, const GateVerdict &verdict, const IntervalStats &total,
                                   const QList<Snapshot> &timeline, const QStringList &logLines = {},
                                   const QJsonObject &provider = {}, const QList<ClientPause> &pauses = {});
    static QByteArray checkpointMarkdown(const CheckpointInput &in);
};

} // namespace canary
