#include "core/judge/Confidence.h"

#include "core/metrics/RunMetricCatalog.h"

#include <algorithm>
#include <cmath>

namespace canary {

namespace {

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

} // namespace

double Confidence::t95(int df)
{
    static constexpr double kTable[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                                        2.201,  2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
                                        2.080,  2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
    if (df < 1)
        return std::numeric_limits<double>::infinity();
    if (df <= 30)
        return kTable[df - 1];
    return 1.96 + 2.4 / df; // close to the table's tail
}

QList<RunBatch> Confidence::grouped(const QList<RunBatch> &batches, int groups)
{
    const auto n = batches.size();
    if (groups <= 0 || n <= groups)
        return batches;
    QList<RunBatch> out;
    for (int g = 0; g < groups; ++g) {
        const qsizetype from = n * g / groups, to = n * (g + 1) / groups;
        RunBatch joined = batches[from];
        for (qsizetype i = from + 1; i < to; ++i)
            joined.merge(batches[i]);
        out << joined;
    }
    return out;
}

double Confidence::correlationFactor(const QList<double> &values)
{
    const auto n = values.size();
    if (n < 4)
        return 1.0;
    double mean = 0;
    for (double v : values)
        mean += v;
    mean /= static_cast<double>(n);
    double c0 = 0, c1 = 0;
    for (qsizetype i = 0; i < n; ++i) {
        c0 += (values[i] - mean) * (values[i] - mean);
        if (i + 1 < n)
            c1 += (values[i] - mean) * (values[i + 1] - mean);
    }
    const double rho = c0 > 0 ? std::clamp(c1 / c0, 0.0, 0.6) : 0.0;
    return (1 + rho) / (1 - rho);
}

std::optional<BatchValues> Confidence::valuesOf(const Threshold &t, const QList<RunBatch> &ungrouped, int groups)
{
    const QList<RunBatch> batches = grouped(ungrouped, groups);
    BatchValues out;
    const auto aggregation = t.expression.aggregation();
    if (t.metric == QLatin1String("http_req_duration")) {
        double percentile = -1;
        switch (aggregation) {
        case ThresholdExpression::Aggregation::Percentile:
            percentile = t.expression.percentile();
            break;
        case ThresholdExpression::Aggregation::Med:
            percentile = 50;
            break;
        default:
            return std::nullopt;
        }
        for (const RunBatch &b : batches)
            if (b.service.count() >= kMinSamples) {
                out.values << b.service.valueAtPercentile(percentile) / 1000.0;
                out.weights << static_cast<double>(b.service.count());
            }
        return out;
    }
    if (aggregation != ThresholdExpression::Aggregation::Rate ||
        metrics::typeOf(t.metric).value_or(MetricType::Trend) != MetricType::Rate)
        return std::nullopt;
    for (const RunBatch &b : batches) {
        quint64 hits = 0, samples = 0;
        if (t.metric == QLatin1String("errors")) {
            hits = b.checkFailures;
            samples = b.errorsSamples;
        } else if (t.metric == QLatin1String("delivery_success")) {
            hits = b.delivered;
            samples = b.deliverySamples;
        } else if (t.metric == QLatin1String("http_req_failed")) {
            hits = b.httpFailed;
            samples = b.httpFailedSamples;
        } else {
            return std::nullopt;
        }
        if (samples >= kMinSamples) {
            out.values << static_cast<double>(hits) / static_cast<double>(samples);
            out.weights << static_cast<double>(samples);
        }
    }
    return out;
}

Interval Confidence::interval(const Threshold &t, double value, const QList<RunBatch> &batches)
{
    const auto values = valuesOf(t, batches);
    if (!values || values->values.size() < kMinBatches || std::isnan(value))
        return {};
    const auto n = values->values.size();
    const double k = static_cast<double>(n);
    double half = 0;
    if (t.metric == QLatin1String("http_req_duration")) {
        // Batch means: the whole run's percentile varies like the batches' around it, over √batches.
        double mean = 0;
        for (double v : values->values)
            mean += v;
        mean /= k;
        double ss = 0;
        for (double v : values->values)
            ss += (v - mean) * (v - mean);
        half = t95(static_cast<int>(n - 1)) * std::sqrt(ss / (k - 1.0) / k * correlationFactor(values->values));
    } else {
        // A rate is a ratio of sums: its variance from the batches' residuals (the cluster estimator), so failures
        // that come in bursts widen it as they should.
        double hits = 0, samples = 0;
        for (qsizetype i = 0; i < n; ++i) {
            hits += values->values[i] * values->weights[i];
            samples += values->weights[i];
        }
        const double r = hits / samples;
        double ss = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double residual = values->values[i] * values->weights[i] - r * values->weights[i];
            ss += residual * residual;
        }
        half =
            t95(static_cast<int>(n - 1)) * std::sqrt(k / (k - 1.0) * ss * correlationFactor(values->values)) / samples;
    }
    Interval out{value - half, value + half};
    if (t.metric != QLatin1String("http_req_duration")) { // a rate stays a rate
        out.lo = std::max(0.0, out.lo);
        out.hi = std::min(1.0, out.hi);
    } else {
        out.lo = std::max(0.0, out.lo);
    }
    return out;
}

std::optional<double> Confidence::lengthToSettle(const Interval &ci, double value, double limit)
{
    if (!ci.holds(limit) || std::isnan(value))
        return std::nullopt;
    const double half = std::max(ci.hi - value, value - ci.lo);
    const double distance = std::abs(value - limit);
    if (distance <= 0 || half <= 0)
        return std::nullopt;
    return (half / distance) * (half / distance);
}

std::optional<Confidence::Shift> Confidence::shift(const QList<double> &a, const QList<double> &b)
{
    const qsizetype m = a.size(), n = b.size();
    if (m < kMinBatches || n < kMinBatches)
        return std::nullopt;
    // Mann-Whitney U of b against a, ties as halves, with the tie-corrected variance.
    struct Ranked
    {
        double v;
        bool fromB;
    };
    QList<Ranked> all;
    for (double v : a)
        all << Ranked{v, false};
    for (double v : b)
        all << Ranked{v, true};
    std::sort(all.begin(), all.end(), [](const Ranked &x, const Ranked &y) { return x.v < y.v; });
    double rankSumB = 0, tieTerm = 0;
    for (qsizetype i = 0; i < all.size();) {
        qsizetype j = i;
        while (j < all.size() && all[j].v == all[i].v)
            ++j;
        const double rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (qsizetype k = i; k < j; ++k)
            if (all[k].fromB)
                rankSumB += rank;
        const double tied = static_cast<double>(j - i);
        tieTerm += tied * tied * tied - tied;
        i = j;
    }
    const double dm = static_cast<double>(m), dn = static_cast<double>(n), N = dm + dn;
    const double u = rankSumB - dn * (dn + 1) / 2.0;
    const double mean = dm * dn / 2.0;
    const double variance = dm * dn / 12.0 * ((N + 1) - tieTerm / (N * (N - 1)));
    Shift out;
    if (variance > 0) {
        const double z = (std::abs(u - mean) - 0.5) / std::sqrt(variance); // continuity correction
        out.p = std::min(1.0, 2.0 * (1.0 - normalCdf(std::max(0.0, z))));
    }
    // Hodges-Lehmann: the median of the m·n differences, and Moses' interval from their order statistics.
    QList<double> d;
    d.reserve(m * n);
    for (double y : b)
        for (double x : a)
            d << y - x;
    std::sort(d.begin(), d.end());
    const qsizetype total = d.size();
    out.estimate = total % 2 ? d[total / 2] : (d[total / 2 - 1] + d[total / 2]) / 2.0;
    const double c = std::floor(mean - 1.96 * std::sqrt(dm * dn * (N + 1) / 12.0));
    const qsizetype k = std::clamp<qsizetype>(static_cast<qsizetype>(c), 1, total);
    out.ci = Interval{d[k - 1], d[total - k]};
    return out;
}

} // namespace canary
