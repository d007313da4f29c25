#include "core/metrics/ThresholdEvaluator.h"

#include <cmath>
#include <limits>

namespace canary {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double trendValue(const ThresholdExpression &e, const LatencyHistogram &h)
{
    if (h.count() == 0)
        return kNaN;
    switch (e.aggregation()) {
    case ThresholdExpression::Aggregation::Avg:
        return h.mean() / 1000.0;
    case ThresholdExpression::Aggregation::Min:
        return static_cast<double>(h.min()) / 1000.0;
    case ThresholdExpression::Aggregation::Max:
        return static_cast<double>(h.max()) / 1000.0;
    case ThresholdExpression::Aggregation::Med:
        return h.valueAtPercentile(50) / 1000.0;
    case ThresholdExpression::Aggregation::Percentile:
        return h.valueAtPercentile(e.percentile()) / 1000.0;
    default:
        return kNaN;
    }
}

double rateOf(quint64 passes, quint64 total)
{
    return total ? static_cast<double>(passes) / static_cast<double>(total) : kNaN;
}

double counterValue(const ThresholdExpression &e, quint64 count, double elapsedSeconds)
{
    if (e.aggregation() == ThresholdExpression::Aggregation::Count)
        return static_cast<double>(count);
    return elapsedSeconds > 0 ? static_cast<double>(count) / elapsedSeconds : 0.0;
}

} // namespace

double ThresholdEvaluator::measure(const Threshold &t, const IntervalStats &s, double elapsedSeconds)
{
    const QString metric = t.metric;
    const ThresholdExpression &e = t.expression;
    if (metric == QLatin1String("http_req_duration{expected_response:true}"))
        return trendValue(e, s.serviceExpected);
    const QString base = metrics::baseName(metric);
    if (base == QLatin1String("http_req_duration") || base == QLatin1String("iteration_duration"))
        return trendValue(e, s.service);
    if (base == QLatin1String("canary_corrected_latency"))
        return trendValue(e, s.corrected);
    for (const auto &[name, histogram] : phaseHistograms(s))
        if (base == QLatin1String(name))
            return trendValue(e, *histogram);
    if (base == QLatin1String("http_req_failed"))
        return rateOf(s.httpFailed, s.httpFailedSamples);
    if (base == QLatin1String("errors"))
        return rateOf(s.checkFailures, s.errorsSamples);
    if (base == QLatin1String("checks"))
        return rateOf(s.errorsSamples - s.checkFailures, s.errorsSamples);
    if (base == QLatin1String("delivery_success"))
        return rateOf(s.delivered, s.deliverySamples);
    if (base == QLatin1String("http_reqs") || base == QLatin1String("iterations"))
        return counterValue(e, s.requests, elapsedSeconds);
    if (base == QLatin1String("dropped_iterations"))
        return counterValue(e, s.dropped, elapsedSeconds);
    if (base == QLatin1String("data_sent"))
        return counterValue(e, s.bytesOut, elapsedSeconds);
    if (base == QLatin1String("data_received"))
        return counterValue(e, s.bytesIn, elapsedSeconds);
    return kNaN;
}

QList<ThresholdResult> ThresholdEvaluator::evaluate(const GateProfile &gate, const IntervalStats &total,
                                                    double elapsedSeconds)
{
    QList<ThresholdResult> out;
    for (const Threshold &t : gate.thresholds) {
        const double v = measure(t, total, elapsedSeconds);
        out << ThresholdResult{t, v, t.expression.holds(v)};
    }
    return out;
}

} // namespace canary
