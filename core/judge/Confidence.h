#pragma once

// How sure a judged figure is, and whether two runs differ — from the run's batches (RunBatch: thirtieths of its
// planned time), never from the naive per-request formulas, which assume requests independent and give intervals
// far too narrow on a real service whose latency drifts over seconds and minutes.
//
// A percentile or a failure rate of the whole run gets a 95 % interval by batch means: the spread of the figure
// between batches, over √batches, times Student's t. Two runs are compared as Kayenta compares canaries: the
// per-batch values of each, a Mann-Whitney rank test for "is there a change" and the Hodges-Lehmann shift with its
// rank-based 95 % interval for "how much".

#include "core/metrics/RunMetrics.h"
#include "core/scenario/Threshold.h"

#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace canary {

struct Interval
{
    double lo = std::numeric_limits<double>::quiet_NaN();
    double hi = std::numeric_limits<double>::quiet_NaN();
    bool known() const { return lo == lo && hi == hi; } // not NaN
    bool holds(double v) const { return known() && v >= lo && v <= hi; }
};

// What a criterion's figure is made of, per batch, in the criterion's own units (ms, a fraction for a rate).
struct BatchValues
{
    QList<double> values;  // one per batch with enough data
    QList<double> weights; // the samples behind each value (a rate's denominator, a percentile's count)
};

class Confidence
{
public:
    // Batches with fewer samples than this do not count (a percentile of three requests says little).
    static constexpr quint64 kMinSamples = 20;
    // Fewer usable batches than this: no interval (an interval from 4 values would be a guess).
    static constexpr int kMinBatches = 5;
    // The variance of a mean of k correlated values is that of independent ones times (1 + ρ)/(1 − ρ) (ρ: their
    // lag-1 correlation, estimated, bounded to [0, 0.6]).
    static double correlationFactor(const QList<double> &values);

    // The run's batches joined into this many stretches for intervals and comparisons: ten of them (three minutes
    // each in a 30-minute run) are long against how long a real service's slow spell lasts, and enough for
    // Student's t with nine degrees of freedom.
    static constexpr int kGroups = 10;
    // The figure a threshold judges, stretch by stretch (http_req_duration percentiles and the three Rates;
    // others: nothing); the batches joined into groups stretches first.
    static std::optional<BatchValues> valuesOf(const Threshold &threshold, const QList<RunBatch> &batches,
                                               int groups = kGroups);
    static QList<RunBatch> grouped(const QList<RunBatch> &batches, int groups);
    // A 95 % interval around value (the whole run's figure, in the threshold's units) for the threshold's figure.
    static Interval interval(const Threshold &threshold, double value, const QList<RunBatch> &batches);
    // Student's t for a two-sided 95 % interval with df degrees of freedom.
    static double t95(int df);
    // How many times longer a run would have to be for the interval to no longer hold limit (its half-width falls
    // as 1/√length); nullopt when it already does not hold it or nothing can be said.
    static std::optional<double> lengthToSettle(const Interval &interval, double value, double limit);

    struct Shift
    {
        double estimate = 0; // Hodges-Lehmann: the median of every b − a
        Interval ci;         // 95 %, rank-based (Moses)
        double p = 1;        // Mann-Whitney, two-sided, normal approximation with ties
    };
    // Whether b's values are shifted against a's (b − a), with its interval; nullopt with fewer than kMinBatches
    // values on either side.
    static std::optional<Shift> shift(const QList<double> &a, const QList<double> &b);
};

} // namespace canary
