#pragma once

// The verdict of a run against its gate: every criterion with its target, what was measured, and
// pass/fail — thresholds plus full duration, achieved rate and dropped requests.

#include "core/metrics/IntervalStats.h"
#include "core/metrics/ThresholdEvaluator.h"
#include "core/scenario/GateProfile.h"

#include <QList>
#include <QString>

namespace canary {

struct CriterionResult
{
    QString label;
    QString target;
    QString measured;
    bool pass = false;
};

struct RunFacts
{
    qint64 plannedMs = 0;
    qint64 actualMs = 0;
    double expectedRequests = 0;
    bool aborted = false;
    QString abortReason;
};

struct GateVerdict
{
    bool passed = false;
    QString gateTitle;
    QList<CriterionResult> criteria;
    QString summary; // "PASS" or "FAIL: p95 latency 312 ms > 250 ms, ..."

    static GateVerdict judge(const GateProfile &gate, const IntervalStats &total,
                             const QList<ThresholdResult> &thresholds, const RunFacts &facts);
};

// Human format of a measured value for a metric type: "138.2 ms", "0.12 %", "15000".
QString formatMeasured(const Threshold &threshold, double value);

} // namespace canary
