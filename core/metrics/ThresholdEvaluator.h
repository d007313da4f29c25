#pragma once

// Measures what a k6-syntax threshold names from the run's cumulative stats and says whether it holds.

#include "core/metrics/IntervalStats.h"
#include "core/scenario/GateProfile.h"

#include <QList>

namespace canary {

struct ThresholdResult
{
    Threshold threshold;
    double measured = 0; // NaN when CanaryDesk does not measure that metric
    bool ok = false;
    // Holds, but within 20 % of its limit (a success rate: its failures use 80 % of what the limit allows).
    bool near = false;
    bool decided = false; // its failure can no longer be undone (Decider), however the run goes on
};

class ThresholdEvaluator
{
public:
    // The value of threshold's aggregation on its metric: ms for trends, 0..1 for rates, counts or per-second
    // rates for counters.
    static double measure(const Threshold &threshold, const IntervalStats &total, double elapsedSeconds);
    static QList<ThresholdResult> evaluate(const GateProfile &gate, const IntervalStats &total, double elapsedSeconds);
    // The histogram a trend metric is measured on (tag selector included), or null when it is not a trend here.
    static const LatencyHistogram *histogram(const QString &metric, const IntervalStats &total);
};

} // namespace canary
