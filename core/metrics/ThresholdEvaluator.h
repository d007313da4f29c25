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
};

class ThresholdEvaluator
{
public:
    // The value of threshold's aggregation on its metric: ms for trends, 0..1 for rates, counts or per-second
    // rates for counters.
    static double measure(const Threshold &threshold, const IntervalStats &total, double elapsedSeconds);
    static QList<ThresholdResult> evaluate(const GateProfile &gate, const IntervalStats &total, double elapsedSeconds);
};

} // namespace canary
