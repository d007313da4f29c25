#pragma once

// The evidence files written beside the raw results: the k6 --summary-export shape, the per-second time
// series and the checkpoint update the seed asks for (the diagnosis is the Judge's).

#include "core/judge/Judgement.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace canary {

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
    static QByteArray checkpointMarkdown(const CheckpointInput &in);
};

} // namespace canary
