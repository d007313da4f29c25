#include "core/metrics/GateVerdict.h"

#include "core/common/Duration.h"

#include <cmath>

namespace canary {

QString formatMeasured(const Threshold &t, double v)
{
    if (std::isnan(v))
        return QStringLiteral("no data");
    switch (metrics::typeOf(t.metric).value_or(MetricType::Trend)) {
    case MetricType::Trend:
        return QString::number(v, 'f', 2) + QStringLiteral(" ms");
    case MetricType::Rate:
        return QString::number(v * 100.0, 'f', 3) + QStringLiteral(" %");
    case MetricType::Counter:
        return t.expression.aggregation() == ThresholdExpression::Aggregation::Rate
                   ? QString::number(v, 'f', 2) + QStringLiteral(" /s")
                   : QString::number(v, 'f', 0);
    case MetricType::Gauge:
        break;
    }
    return QString::number(v);
}

GateVerdict GateVerdict::judge(const GateProfile &gate, const IntervalStats &total,
                               const QList<ThresholdResult> &thresholds, const RunFacts &facts)
{
    GateVerdict v;
    v.gateTitle = gate.title;
    QStringList failures;
    for (const ThresholdResult &r : thresholds) {
        const GateCriterion c = GateProfile::describe(r.threshold);
        v.criteria << CriterionResult{c.label, c.target, formatMeasured(r.threshold, r.measured), r.ok};
        if (!r.ok)
            failures
                << QStringLiteral("%1 %2 (needs %3)").arg(c.label, formatMeasured(r.threshold, r.measured), c.target);
    }
    const double plannedS = static_cast<double>(facts.plannedMs) / 1000.0;
    const double target = plannedS > 0 ? facts.expectedRequests / plannedS : 0.0;
    // Labels and targets of the run-level criteria as the gate describes them (Duration?, Rate?, Dropped).
    const QList<GateCriterion> runLevel = gate.criteria(target, facts.plannedMs).mid(gate.thresholds.size());
    qsizetype next = 0;
    auto add = [&](bool pass, const QString &measured) {
        const GateCriterion &c = runLevel.at(next++);
        v.criteria << CriterionResult{c.label, c.target, measured, pass};
    };
    if (gate.requireFullDuration) {
        // The schedule ran to its end (the drain after it does not count against it) and nobody stopped it.
        const bool full = !facts.aborted && facts.actualMs + 1000 >= facts.plannedMs;
        add(full, duration::format(facts.actualMs) +
                      (facts.aborted ? QStringLiteral(" (stopped: %1)").arg(facts.abortReason) : QString()));
        if (!full)
            failures << QStringLiteral("ran %1 of %2")
                            .arg(duration::format(facts.actualMs), duration::format(facts.plannedMs));
    }
    if (gate.minRateRatio > 0) {
        const double achieved = plannedS > 0 ? static_cast<double>(total.requests) / plannedS : 0.0;
        const bool ok = static_cast<double>(total.requests) >= gate.minRateRatio * facts.expectedRequests;
        add(ok, QStringLiteral("%1 /s (%2 requests)").arg(achieved, 0, 'f', 2).arg(total.requests));
        if (!ok)
            failures << QStringLiteral("request rate %1 /s of %2 /s").arg(achieved, 0, 'f', 1).arg(target, 0, 'g', 6);
    }
    const bool droppedOk = static_cast<qint64>(total.dropped) <= gate.maxDropped;
    add(droppedOk, QString::number(total.dropped));
    if (!droppedOk)
        failures << QStringLiteral("%1 requests dropped at the in-flight cap").arg(total.dropped);

    v.passed = failures.isEmpty();
    v.summary = v.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL: ") + failures.join(QStringLiteral("; "));
    return v;
}

} // namespace canary
