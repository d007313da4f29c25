#include "core/metrics/Decider.h"

#include "core/metrics/GateVerdict.h"
#include "core/metrics/RunMetricCatalog.h"
#include "core/metrics/ThresholdEvaluator.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace canary {

namespace {

using Op = ThresholdExpression::Op;
using Aggregation = ThresholdExpression::Aggregation;

bool isUpper(Op op)
{
    return op == Op::Less || op == Op::LessEqual;
}

bool isLower(Op op)
{
    return op == Op::Greater || op == Op::GreaterEqual;
}

QString count(quint64 n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

// A trend's decided failure: what is already recorded can only move its aggregate further from the limit.
std::optional<QString> trend(const Threshold &t, const LatencyHistogram &h, quint64 atMost)
{
    const ThresholdExpression &e = t.expression;
    if (!isUpper(e.op()) || h.count() == 0 || atMost == 0)
        return std::nullopt; // a lower bound (or no data yet) can always still be met by what comes
    const double limit = e.limit();
    switch (e.aggregation()) {
    case Aggregation::Max: {
        const double max = static_cast<double>(h.max()) / 1000.0;
        if (e.holds(max))
            return std::nullopt;
        return QCoreApplication::translate("Verdict", "a request already took %1").arg(formatMeasured(t, max));
    }
    case Aggregation::Avg: {
        // The points still to come are ≥ 0: the mean can only end at the sum so far over the most points there
        // can be, or above it.
        const double least = static_cast<double>(h.sum()) / 1000.0 / static_cast<double>(atMost);
        if (e.holds(least))
            return std::nullopt;
        return QCoreApplication::translate("Verdict", "at least %1 whatever the rest of the run brings")
            .arg(formatMeasured(t, least));
    }
    case Aggregation::Med:
    case Aggregation::Percentile: {
        // p(N) of n points (k6: between the points at ranks ⌊N/100·(n−1)⌋ and ⌈…⌉) is over the limit once the point
        // at the lower rank is: once a ≥ n − N/100·(n−1) + 1 points are over it. That grows with n, so the most
        // points the run can have decides. Counted conservatively: only points whose bucket lies wholly over it.
        const double p = e.aggregation() == Aggregation::Med ? 50.0 : e.percentile();
        const auto overFrom =
            static_cast<qint64>(e.op() == Op::LessEqual ? std::floor(limit * 1000.0) + 1 : std::ceil(limit * 1000.0));
        const quint64 over = h.countAtLeast(overFrom);
        const double needed = static_cast<double>(atMost) * (1.0 - p / 100.0) + p / 100.0 + 1.0;
        if (static_cast<double>(over) < needed)
            return std::nullopt;
        return QCoreApplication::translate("Verdict",
                                           "%1 requests already took longer than %2 — more than the %3 % of the at "
                                           "most %4 requests of the run that p(%5) lets through")
            .arg(count(over), formatMeasured(t, limit), QLocale().toString(100.0 - p, 'g', 4), count(atMost),
                 QLocale().toString(p, 'g', 4));
    }
    default:
        return std::nullopt;
    }
}

} // namespace

QString Decider::keyOf(const Threshold &t)
{
    return t.metric + QLatin1Char(':') + t.expression.text();
}

std::optional<QString> Decider::threshold(const Threshold &t, const IntervalStats &s, quint64 plannedTotal)
{
    if (plannedTotal == 0)
        return std::nullopt;
    // Each request still to come adds at most one point: the arrivals not yet sent or dropped.
    const quint64 settled = s.requests + s.dropped;
    const quint64 toCome = plannedTotal > settled ? plannedTotal - settled : 0;
    if (const LatencyHistogram *h = ThresholdEvaluator::histogram(t.metric, s))
        return trend(t, *h, h->count() + toCome);
    const RunMetric *m = runMetric(QStringView(metrics::baseName(t.metric)));
    if (!m)
        return std::nullopt;
    const ThresholdExpression &e = t.expression;
    if (m->samples) {
        const auto [passes, samples] = m->rate(s);
        const quint64 atMost = samples + toCome;
        if (atMost == 0)
            return std::nullopt;
        if (isUpper(e.op())) { // the rate ends lowest when every point still to come is a miss
            const double least = static_cast<double>(passes) / static_cast<double>(atMost);
            if (e.holds(least))
                return std::nullopt;
            return QCoreApplication::translate("Verdict", "at least %1 whatever the rest of the run brings (%2 of at "
                                                          "most %3 requests)")
                .arg(formatMeasured(t, least), count(passes), count(atMost));
        }
        if (isLower(e.op())) { // and highest when every point still to come is a hit
            const double most = static_cast<double>(passes + toCome) / static_cast<double>(atMost);
            if (e.holds(most))
                return std::nullopt;
            return QCoreApplication::translate("Verdict", "at most %1 whatever the rest of the run brings (%2 of at "
                                                          "most %3 requests already missing)")
                .arg(formatMeasured(t, most), count(samples - passes), count(atMost));
        }
        return std::nullopt;
    }
    if (m->count && e.aggregation() == Aggregation::Count && isUpper(e.op())) {
        const auto n = static_cast<double>(s.*m->count);
        if (e.holds(n)) // a count only grows
            return std::nullopt;
        return QCoreApplication::translate("Verdict", "already %1").arg(formatMeasured(t, n));
    }
    return std::nullopt;
}

QList<std::pair<QString, QString>> Decider::decide(const GateProfile &gate, const IntervalStats &total,
                                                   quint64 plannedTotal)
{
    QList<std::pair<QString, QString>> out;
    const QList<GateCriterion> words = gate.criteria(0, 0);
    for (qsizetype i = 0; i < gate.thresholds.size(); ++i)
        if (const auto why = threshold(gate.thresholds[i], total, plannedTotal))
            out.append({keyOf(gate.thresholds[i]), QCoreApplication::translate("Verdict", "%1 can no longer be %2: %3")
                                                       .arg(words[i].label, words[i].target, *why)});
    // An arrival dropped is never sent: against "≤ N dropped" the drops decide at once, and against the rate they
    // decide once the rest of the schedule could no longer make up for them.
    if (static_cast<qint64>(total.dropped) > gate.maxDropped)
        out.append({QStringLiteral("dropped"),
                    QCoreApplication::translate("Verdict", "%1 arrivals dropped, more than the %2 allowed")
                        .arg(count(total.dropped), QLocale().toString(gate.maxDropped))});
    if (gate.minRateRatio > 0 && plannedTotal > 0 &&
        static_cast<double>(plannedTotal - std::min(plannedTotal, total.dropped)) <
            gate.minRateRatio * static_cast<double>(plannedTotal))
        out.append({QStringLiteral("rate"),
                    QCoreApplication::translate("Verdict", "%1 arrivals dropped: at most %2 of the %3 planned "
                                                           "requests can still be sent, fewer than the %4 % the "
                                                           "rate needs")
                        .arg(count(total.dropped), count(plannedTotal - std::min(plannedTotal, total.dropped)),
                             count(plannedTotal), QLocale().toString(gate.minRateRatio * 100.0, 'g', 4))});
    return out;
}

} // namespace canary
