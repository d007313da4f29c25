#pragma once

// The run's end-of-test summary in k6's handleSummary data shape (FORMATS.md), so the seed's jq filter
// and existing k6 tooling read CanaryDesk's results unchanged.

#include "core/metrics/IntervalStats.h"
#include "core/metrics/ThresholdEvaluator.h"

#include <QJsonObject>
#include <QList>

namespace canary {

struct SummaryInput
{
    const IntervalStats *total = nullptr;
    QList<ThresholdResult> thresholds;
    qint64 durationMs = 0;
    QList<int> expectedStatus;
};

class Summary
{
public:
    // Trend stats: avg, min, med, max, p(90), p(95), p(99) (ms).
    static QJsonObject handleSummary(const SummaryInput &input);
    // The seed's jq filter, computed from a handleSummary object: what canary_summary.json holds.
    static QJsonObject canarySummary(const QJsonObject &handleSummary);
};

} // namespace canary
