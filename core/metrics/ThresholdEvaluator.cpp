#include "core/metrics/ThresholdEvaluator.h"

#include "core/metrics/RunMetricCatalog.h"

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

const LatencyHistogram *ThresholdEvaluator::histogram(const QString &metric, const IntervalStats &s)
{
    if (metric == QLatin1String("http_req_duration{expected_response:true}"))
        return &s.serviceExpected;
    const QString base = metrics::baseName(metric);
    if (base == QLatin1String("iteration_duration")) // one request an iteration
        return &s.service;
    const RunMetric *m = runMetric(QStringView(base));
    return m && m->histogram ? &(s.*m->histogram) : nullptr;
}

double ThresholdEvaluator::measure(const Threshold &t, const IntervalStats &s, double elapsedSeconds)
{
    const ThresholdExpression &e = t.expression;
    if (const LatencyHistogram *h = histogram(t.metric, s))
        return trendValue(e, *h);
    const RunMetric *m = runMetric(QStringView(metrics::baseName(t.metric)));
    if (!m)
        return kNaN;
    if (m->samples)
        return rateOf(m->rate(s).first, m->rate(s).second);
    if (m->count)
        return counterValue(e, s.*m->count, elapsedSeconds);
    return kNaN;
}

QList<ThresholdResult> ThresholdEvaluator::evaluate(const GateProfile &gate, const IntervalStats &total,
                                                    double elapsedSeconds)
{
    QList<ThresholdResult> out;
    for (const Threshold &t : gate.thresholds) {
        const double v = measure(t, total, elapsedSeconds);
        ThresholdResult r{t, v, t.expression.holds(v)};
        const ThresholdExpression &e = t.expression;
        const double limit = e.limit();
        const bool upper = e.op() == ThresholdExpression::Op::Less || e.op() == ThresholdExpression::Op::LessEqual;
        const bool lower =
            e.op() == ThresholdExpression::Op::Greater || e.op() == ThresholdExpression::Op::GreaterEqual;
        r.near = r.ok &&
                 ((upper && limit > 0 && v >= 0.8 * limit) ||
                  (lower && e.aggregation() == ThresholdExpression::Aggregation::Rate && (1 - v) >= 0.8 * (1 - limit)));
        out << r;
    }
    return out;
}

} // namespace canary
