#include "core/metrics/GateVerdict.h"

#include "core/common/Duration.h"

#include <algorithm>
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

QString marginOf(const Threshold &t, double v)
{
    if (std::isnan(v))
        return {};
    const ThresholdExpression &e = t.expression;
    using Op = ThresholdExpression::Op;
    const bool upper = e.op() == Op::Less || e.op() == Op::LessEqual;
    const bool lower = e.op() == Op::Greater || e.op() == Op::GreaterEqual;
    if (!upper && !lower)
        return {};
    const double limit = e.limit();
    const bool held = e.holds(v);
    const QString side = upper ? (held ? QStringLiteral("under") : QStringLiteral("over"))
                               : (held ? QStringLiteral("above") : QStringLiteral("below"));
    const MetricType type = metrics::typeOf(t.metric).value_or(MetricType::Trend);
    if (type == MetricType::Rate) { // percentage points: 0.1 % against 0.5 % is 0.4 points of room
        const double points = std::abs(v - limit) * 100;
        return QStringLiteral("%1 pts %2 the limit").arg(QString::number(points, 'f', points < 1 ? 2 : 1), side);
    }
    if (upper && held && v > 0 && limit / v >= 2)
        return QStringLiteral("%1 × under the limit").arg(QString::number(limit / v, 'f', 1));
    const QString unit = type == MetricType::Trend                                   ? QStringLiteral(" ms")
                         : e.aggregation() == ThresholdExpression::Aggregation::Rate ? QStringLiteral(" /s")
                                                                                     : QString();
    const double diff = std::abs(v - limit);
    const QString share =
        limit != 0 ? QStringLiteral(" (%1 %)").arg(QString::number(diff / std::abs(limit) * 100, 'f', 0)) : QString();
    return QStringLiteral("%1%2 %3 the limit%4")
        .arg(QString::number(diff, 'f', type == MetricType::Trend ? 1 : 0), unit, side, share);
}

GateVerdict GateVerdict::judge(const GateProfile &gate, const IntervalStats &total,
                               const QList<ThresholdResult> &thresholds, const RunFacts &facts)
{
    GateVerdict v;
    v.gateTitle = gate.title;
    QStringList failures;
    for (const ThresholdResult &r : thresholds) {
        const GateCriterion c = GateProfile::describe(r.threshold);
        v.criteria << CriterionResult{c.label, c.target, formatMeasured(r.threshold, r.measured), r.ok,
                                      marginOf(r.threshold, r.measured)};
        if (!r.ok)
            failures
                << QStringLiteral("%1 %2 (needs %3)").arg(c.label, formatMeasured(r.threshold, r.measured), c.target);
    }
    const double plannedS = static_cast<double>(facts.plannedMs) / 1000.0;
    const double target = plannedS > 0 ? facts.expectedRequests / plannedS : 0.0;
    // Labels and targets of the run-level criteria as the gate describes them (Duration?, Rate?, Dropped).
    const QList<GateCriterion> runLevel = gate.criteria(target, facts.plannedMs).mid(gate.thresholds.size());
    qsizetype next = 0;
    auto add = [&](bool pass, const QString &measured, const QString &margin = QString()) {
        const GateCriterion &c = runLevel.at(next++);
        v.criteria << CriterionResult{c.label, c.target, measured, pass, margin};
    };
    // The time that ran: the whole schedule, or up to an early end. The rate is judged over that time
    // alone, so a run stopped at 0:21 of 2:00 that held 50/s reads 50/s — its early end is the duration
    // criterion's failure, not a second one dressed up as a low rate.
    const bool early = facts.aborted && facts.actualMs < facts.plannedMs;
    const qint64 ranMs = early ? std::max<qint64>(1, facts.actualMs) : facts.plannedMs;
    const double ranS = static_cast<double>(ranMs) / 1000.0;
    const double expectedRan = !early                   ? facts.expectedRequests
                               : facts.expectedRan >= 0 ? facts.expectedRan
                                                        : facts.expectedRequests * ranS / std::max(1e-9, plannedS);
    if (gate.requireFullDuration) {
        // The schedule ran to its end (the drain after it does not count against it) and nobody stopped it.
        const bool full = !facts.aborted && facts.actualMs + 1000 >= facts.plannedMs;
        const QString ran =
            QStringLiteral("%1 of %2").arg(duration::clock(facts.actualMs), duration::clock(facts.plannedMs));
        add(full, facts.aborted ? QStringLiteral("stopped at %1 (%2)").arg(ran, facts.abortReason)
                  : full        ? duration::clock(std::min(facts.actualMs, facts.plannedMs))
                                : QStringLiteral("ran %1").arg(ran));
        if (!full)
            failures << (facts.aborted ? QStringLiteral("stopped at %1 (%2)").arg(ran, facts.abortReason)
                                       : QStringLiteral("ran %1").arg(ran));
    }
    if (gate.minRateRatio > 0) {
        const double achieved = ranS > 0 ? static_cast<double>(total.requests) / ranS : 0.0;
        const double asked = ranS > 0 ? expectedRan / ranS : 0.0;
        const bool ok = static_cast<double>(total.requests) >= gate.minRateRatio * expectedRan;
        v.achievedRate = achieved;
        v.askedRate = asked;
        v.ratePassed = ok;
        add(ok,
            early ? QStringLiteral("%1 /s over the %2 that ran (%3 requests)")
                        .arg(achieved, 0, 'f', 2)
                        .arg(duration::clock(ranMs))
                        .arg(total.requests)
                  : QStringLiteral("%1 /s (%2 requests)").arg(achieved, 0, 'f', 2).arg(total.requests),
            expectedRan > 0 ? QStringLiteral("%1 % of the rate asked for")
                                  .arg(QString::number(static_cast<double>(total.requests) / expectedRan * 100, 'f', 1))
                            : QString());
        if (!ok)
            failures << QStringLiteral("request rate %1 /s of %2 /s").arg(achieved, 0, 'f', 1).arg(asked, 0, 'g', 6);
    }
    const bool droppedOk = static_cast<qint64>(total.dropped) <= gate.maxDropped;
    add(droppedOk, QString::number(total.dropped),
        droppedOk ? QString()
                  : QStringLiteral("%1 over the limit").arg(static_cast<qint64>(total.dropped) - gate.maxDropped));
    if (!droppedOk)
        failures << QStringLiteral("%1 requests dropped at the in-flight cap").arg(total.dropped);

    v.passed = failures.isEmpty() && !facts.incomplete;
    v.summary = failures.join(QStringLiteral("; "));
    v.setOutcome(facts.incomplete ? RunOutcome::Incomplete
                 : facts.aborted  ? (facts.cutOff ? RunOutcome::Aborted : RunOutcome::Stopped)
                 : v.passed       ? RunOutcome::Pass
                                  : RunOutcome::Fail);
    return v;
}

QString GateVerdict::wordOf(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Pass:
        return QStringLiteral("PASS");
    case RunOutcome::Fail:
        break;
    case RunOutcome::Stopped:
        return QStringLiteral("STOPPED");
    case RunOutcome::Aborted:
        return QStringLiteral("ABORTED");
    case RunOutcome::Incomplete:
        return QStringLiteral("INCOMPLETE");
    }
    return QStringLiteral("FAIL");
}

QString GateVerdict::wordIn(const QString &summary)
{
    const QString first = summary.section(QLatin1Char(':'), 0, 0).trimmed();
    for (RunOutcome o :
         {RunOutcome::Pass, RunOutcome::Fail, RunOutcome::Stopped, RunOutcome::Aborted, RunOutcome::Incomplete})
        if (first == wordOf(o))
            return first;
    return {};
}

void GateVerdict::setOutcome(RunOutcome o)
{
    const QString rest = wordIn(summary).isEmpty() ? summary : details();
    outcome = o;
    if (o != RunOutcome::Pass)
        passed = false;
    summary = rest.isEmpty() ? word() : word() + QStringLiteral(": ") + rest;
}

} // namespace canary
