#include "core/metrics/GateVerdict.h"

#include "core/common/Duration.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace canary {

namespace {

// The verdict speaks the reader's language, numbers included ("47,23 ms" in German); lupdate finds the
// texts by their context "Verdict".
QString num(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

QString formatMeasured(const Threshold &t, double v)
{
    if (std::isnan(v))
        return QCoreApplication::translate("Verdict", "no data");
    switch (metrics::typeOf(t.metric).value_or(MetricType::Trend)) {
    case MetricType::Trend:
        return QCoreApplication::translate("Verdict", "%1 ms").arg(num(v, 2));
    case MetricType::Rate:
        return QCoreApplication::translate("Verdict", "%1 %").arg(num(v * 100.0, 3));
    case MetricType::Counter:
        return t.expression.aggregation() == ThresholdExpression::Aggregation::Rate
                   ? QCoreApplication::translate("Verdict", "%1 /s").arg(num(v, 2))
                   : num(v, 0);
    case MetricType::Gauge:
        break;
    }
    return QLocale().toString(v);
}

QString unitOf(const Threshold &t)
{
    switch (metrics::typeOf(t.metric).value_or(MetricType::Trend)) {
    case MetricType::Trend:
        return QStringLiteral("ms");
    case MetricType::Rate:
        return QStringLiteral("%");
    case MetricType::Counter:
        return t.expression.aggregation() == ThresholdExpression::Aggregation::Rate ? QStringLiteral("/s") : QString();
    case MetricType::Gauge:
        break;
    }
    return {};
}

double shownValue(const Threshold &t, double v)
{
    if (std::isnan(v))
        return v;
    auto round = [](double x, int decimals) {
        const double f = std::pow(10.0, decimals);
        return std::round(x * f) / f;
    };
    switch (metrics::typeOf(t.metric).value_or(MetricType::Trend)) {
    case MetricType::Trend:
        return round(v, 2);
    case MetricType::Rate:
        return round(v * 100.0, 3);
    case MetricType::Counter:
        return round(v, t.expression.aggregation() == ThresholdExpression::Aggregation::Rate ? 2 : 0);
    case MetricType::Gauge:
        break;
    }
    return v;
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
    const MetricType type = metrics::typeOf(t.metric).value_or(MetricType::Trend);
    if (type == MetricType::Rate) { // percentage points: 0.1 % against 0.5 % is 0.4 points of room
        const double points = std::abs(v - limit) * 100;
        const QString n = num(points, points < 1 ? 2 : 1);
        return upper ? (held ? QCoreApplication::translate("Verdict", "%1 pts under the limit").arg(n)
                             : QCoreApplication::translate("Verdict", "%1 pts over the limit").arg(n))
                     : (held ? QCoreApplication::translate("Verdict", "%1 pts above the limit").arg(n)
                             : QCoreApplication::translate("Verdict", "%1 pts below the limit").arg(n));
    }
    if (upper && held && v > 0 && limit / v >= 2)
        return QCoreApplication::translate("Verdict", "%1 × under the limit").arg(num(limit / v, 1));
    const double diff = std::abs(v - limit);
    const QString amount = type == MetricType::Trend ? QCoreApplication::translate("Verdict", "%1 ms").arg(num(diff, 1))
                           : e.aggregation() == ThresholdExpression::Aggregation::Rate
                               ? QCoreApplication::translate("Verdict", "%1 /s").arg(num(diff, 0))
                               : num(diff, 0);
    const QString share = limit != 0 ? QStringLiteral(" (%1 %)").arg(num(diff / std::abs(limit) * 100, 0)) : QString();
    return (upper ? (held ? QCoreApplication::translate("Verdict", "%1 under the limit%2")
                          : QCoreApplication::translate("Verdict", "%1 over the limit%2"))
                  : (held ? QCoreApplication::translate("Verdict", "%1 above the limit%2")
                          : QCoreApplication::translate("Verdict", "%1 below the limit%2")))
        .arg(amount, share);
}

GateVerdict GateVerdict::judge(const GateProfile &gate, const IntervalStats &total,
                               const QList<ThresholdResult> &thresholds, const RunFacts &facts,
                               const QList<Decision> &decisions)
{
    GateVerdict v;
    v.gateTitle = gate.title;
    if (facts.tlsUnverified)
        v.caveats << QCoreApplication::translate(
            "Verdict", "TLS certificates were not verified (target.insecure): whatever answered at the target's "
                       "address was measured, and nothing proves it was the service");
    QStringList failures;
    for (const ThresholdResult &r : thresholds) {
        const GateCriterion c = GateProfile::describe(r.threshold);
        CriterionResult result;
        result.label = c.label;
        result.target = c.target;
        result.measured = formatMeasured(r.threshold, r.measured);
        result.pass = r.ok;
        result.margin = marginOf(r.threshold, r.measured);
        result.key = Decider::keyOf(r.threshold);
        result.value = shownValue(r.threshold, r.measured);
        result.limit = shownValue(r.threshold, r.threshold.expression.limit());
        result.unit = unitOf(r.threshold);
        v.criteria << result;
        if (!r.ok)
            failures << QCoreApplication::translate("Verdict", "%1 %2 (needs %3)")
                            .arg(c.label, formatMeasured(r.threshold, r.measured), c.target);
    }
    const double plannedS = static_cast<double>(facts.plannedMs) / 1000.0;
    const double target = plannedS > 0 ? facts.expectedRequests / plannedS : 0.0;
    // Labels and targets of the run-level criteria as the gate describes them (Duration?, Rate?, Dropped).
    const QList<GateCriterion> runLevel = gate.criteria(target, facts.plannedMs).mid(gate.thresholds.size());
    qsizetype next = 0;
    auto add = [&](bool pass, const QString &measured, const QString &margin, const char *key, double value,
                   double limit, const char *unit) {
        const GateCriterion &c = runLevel.at(next++);
        CriterionResult result;
        result.label = c.label;
        result.target = c.target;
        result.measured = measured;
        result.pass = pass;
        result.margin = margin;
        result.key = QString::fromLatin1(key);
        result.value = value;
        result.limit = limit;
        result.unit = QString::fromLatin1(unit);
        v.criteria << result;
    };
    auto rounded = [](double x, int decimals) {
        const double f = std::pow(10.0, decimals);
        return std::round(x * f) / f;
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
        const QString ran = QCoreApplication::translate("Verdict", "%1 of %2")
                                .arg(duration::clock(facts.actualMs), duration::clock(facts.plannedMs));
        add(full,
            facts.aborted ? QCoreApplication::translate("Verdict", "stopped at %1 (%2)").arg(ran, facts.abortReason)
            : full        ? duration::clock(std::min(facts.actualMs, facts.plannedMs))
                          : QCoreApplication::translate("Verdict", "ran %1").arg(ran),
            QString(), "duration", std::floor(static_cast<double>(std::min(facts.actualMs, facts.plannedMs)) / 1000.0),
            std::floor(static_cast<double>(facts.plannedMs) / 1000.0), "s");
        if (!full)
            failures << (facts.aborted
                             ? QCoreApplication::translate("Verdict", "stopped at %1 (%2)").arg(ran, facts.abortReason)
                             : QCoreApplication::translate("Verdict", "ran %1").arg(ran));
    }
    if (gate.minRateRatio > 0) {
        const double achieved = ranS > 0 ? static_cast<double>(total.requests) / ranS : 0.0;
        const double asked = ranS > 0 ? expectedRan / ranS : 0.0;
        const bool ok = static_cast<double>(total.requests) >= gate.minRateRatio * expectedRan;
        v.achievedRate = achieved;
        v.askedRate = asked;
        v.ratePassed = ok;
        add(ok,
            early ? QCoreApplication::translate("Verdict", "%1 /s over the %2 that ran (%3 requests)")
                        .arg(num(achieved, 2), duration::clock(ranMs), QLocale().toString(total.requests))
                  : QCoreApplication::translate("Verdict", "%1 /s (%2 requests)")
                        .arg(num(achieved, 2), QLocale().toString(total.requests)),
            expectedRan > 0 ? QCoreApplication::translate("Verdict", "%1 % of the rate asked for")
                                  .arg(num(static_cast<double>(total.requests) / expectedRan * 100, 1))
                            : QString(),
            "rate", rounded(achieved, 2), rounded(asked * gate.minRateRatio, 2), "/s");
        // The rate tiles, the checkpoint and the viewer show these: the same two decimals as the criterion.
        v.achievedRate = rounded(achieved, 2);
        v.askedRate = rounded(asked, 2);
        if (!ok)
            failures << QCoreApplication::translate("Verdict", "request rate %1 /s of %2 /s")
                            .arg(num(achieved, 1), QLocale().toString(asked, 'g', 6));
    }
    const bool droppedOk = static_cast<qint64>(total.dropped) <= gate.maxDropped;
    add(droppedOk, QLocale().toString(total.dropped),
        droppedOk ? QString()
                  : QCoreApplication::translate("Verdict", "%1 over the limit")
                        .arg(QLocale().toString(static_cast<qint64>(total.dropped) - gate.maxDropped)),
        "dropped", static_cast<double>(total.dropped), static_cast<double>(gate.maxDropped), "");
    if (!droppedOk) {
        // A pause of the client leaves a hole in the run: said as such, not as the cap.
        const quint64 capped = total.dropped - std::min(total.dropped, total.droppedPaused);
        if (capped > 0)
            failures << QCoreApplication::translate("Verdict", "%1 requests dropped at the in-flight cap")
                            .arg(QLocale().toString(capped));
        if (total.droppedPaused > 0)
            failures << QCoreApplication::translate("Verdict", "a hole: %1 arrivals not sent while the client was "
                                                               "paused")
                            .arg(QLocale().toString(total.droppedPaused));
    }

    // When each criterion was decided, and the gate with the first of them.
    for (CriterionResult &c : v.criteria)
        for (const Decision &d : decisions)
            if (d.key == c.key && !c.pass) {
                c.decidedAtMs = d.atMs;
                c.decidedWhy = d.why;
            }
    for (const Decision &d : decisions)
        if (std::any_of(v.criteria.cbegin(), v.criteria.cend(),
                        [&d](const CriterionResult &c) { return c.key == d.key && !c.pass; })) {
            v.decidedAtMs = d.atMs;
            v.decidedWhy = d.why;
            break;
        }
    v.stoppedWhenDecided = facts.stoppedWhenDecided && v.decidedAtMs >= 0;
    if (v.stoppedWhenDecided) // said first: it is why the run is short
        failures.prepend(QCoreApplication::translate("Verdict", "decided at %1 and stopped then (%2)")
                             .arg(duration::clock(v.decidedAtMs), v.decidedWhy));

    v.passed = failures.isEmpty() && !facts.incomplete;
    v.summary = failures.join(QStringLiteral("; "));
    v.setOutcome(facts.incomplete       ? RunOutcome::Incomplete
                 : v.stoppedWhenDecided ? RunOutcome::Fail // the gate was lost, not the run cut short
                 : facts.aborted        ? (facts.cutOff ? RunOutcome::Aborted : RunOutcome::Stopped)
                 : v.passed             ? RunOutcome::Pass
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
