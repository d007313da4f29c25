#pragma once

// The verdict of a run against its gate: every criterion with its target, what was measured, and
// pass/fail — thresholds plus full duration, achieved rate and dropped requests.

#include "core/metrics/Decider.h"
#include "core/metrics/IntervalStats.h"
#include "core/metrics/ThresholdEvaluator.h"
#include "core/scenario/GateProfile.h"

#include <QList>
#include <QString>

#include <limits>

namespace canary {

struct CriterionResult
{
    CriterionResult() = default;
    CriterionResult(QString label, QString target, QString measured, bool pass, QString margin)
        : label(std::move(label)), target(std::move(target)), measured(std::move(measured)), pass(pass),
          margin(std::move(margin))
    {
    }

    QString label;
    QString target;
    QString measured;
    bool pass = false;
    QString margin; // how far from the limit, in words: "10.0 × under the limit", "2.3 pts over the limit"
    // The same in numbers, each rounded once as `measured` shows it (every view shows these, never its own): the
    // criterion's key (Decider::keyOf, "duration", "rate", "dropped"), the value and the limit in unit ("ms", "%",
    // "/s", "s" or "" for a count; NaN: none).
    QString key;
    double value = std::numeric_limits<double>::quiet_NaN();
    double limit = std::numeric_limits<double>::quiet_NaN();
    QString unit;
    // When its failure could no longer be undone (ms since the run's start; -1: not decided early) and why.
    qint64 decidedAtMs = -1;
    QString decidedWhy;
    // The value's 95 % interval (in unit, rounded as value; NaN: none), whether it holds the limit (the outcome is
    // the gate's, but not proven at this run length), and both in words.
    double ciLo = std::numeric_limits<double>::quiet_NaN();
    double ciHi = std::numeric_limits<double>::quiet_NaN();
    bool uncertain = false;
    QString confidence;
};

struct RunFacts
{
    qint64 plannedMs = 0;
    qint64 actualMs = 0;
    double expectedRequests = 0;
    bool aborted = false;
    QString abortReason;
    // Arrivals the schedule asked for in the time that ran (< 0: unknown, taken in proportion to the time).
    double expectedRan = -1;
    bool cutOff = false; // the early end cut the run off (Abort, a guard rail, abortOnFail), not the operator's Stop
    bool incomplete = false; // the process died: judged on what the raw results hold
    // It stopped because the gate was decided (--stop-when-decided): a FAIL, said as decided and stopped early.
    bool stoppedWhenDecided = false;
    // TLS certificates were not verified (target.insecure): whoever answered at the address was measured.
    bool tlsUnverified = false;
};

// How a run ended, in the one vocabulary every surface uses — console, History, viewer, report, checkpoint,
// Slack, the command line — and the same word in every language (the words are names, like exit codes; the
// text beside them is translated).
enum class RunOutcome
{
    Pass,       // every criterion held
    Fail,       // ran to its end; a criterion did not hold
    Stopped,    // ended early by the operator (Stop, or SIGINT/SIGTERM)
    Aborted,    // cut off: Abort, a guard rail, an abortOnFail threshold, a second signal
    Incomplete, // the process died before the run ended
};

struct GateVerdict
{
    bool passed = false;
    QString gateTitle;
    QList<CriterionResult> criteria;
    QString summary; // "PASS", or the word and what failed: "FAIL: p95 latency 312 ms > 250 ms, ..."
    RunOutcome outcome = RunOutcome::Fail;
    // The request-rate criterion as judged (over the time that ran), for whoever shows it beside the verdict:
    // achieved and asked requests per second, and whether it passed. NaN when the gate has no rate criterion.
    double achievedRate = std::numeric_limits<double>::quiet_NaN();
    double askedRate = std::numeric_limits<double>::quiet_NaN();
    bool ratePassed = false;
    // When the gate was lost beyond recovery (the first criterion decided, ms since the start; -1: never), and
    // whether the run stopped there (--stop-when-decided).
    qint64 decidedAtMs = -1;
    QString decidedWhy;
    bool stoppedWhenDecided = false;
    // What a reader must know beside the word, whatever it is (TLS not verified): said next to the verdict in
    // every surface — diagnosis.json, checkpoint.md, the Slack message, the report, the viewer, the console.
    QStringList caveats;

    QString word() const { return wordOf(outcome); }
    QString details() const { return summary.section(QStringLiteral(": "), 1); } // the summary after the word
    static QString wordOf(RunOutcome outcome);
    // The word a stored summary starts with ("FAIL: …" → FAIL); empty when it starts with none.
    static QString wordIn(const QString &summary);
    // Says the verdict's word once its outcome changed (an interrupted run, a k6 run).
    void setOutcome(RunOutcome o);

    // decisions: when each criterion was decided (RunMetrics::decisions), carried into its result.
    static GateVerdict judge(const GateProfile &gate, const IntervalStats &total,
                             const QList<ThresholdResult> &thresholds, const RunFacts &facts,
                             const QList<Decision> &decisions = {});
};

// Human format of a measured value for a metric type: "138.2 ms", "0.12 %", "15000".
QString formatMeasured(const Threshold &threshold, double value);
// How far a measured value lies from its threshold's limit: "10.0 × under the limit" (latency well within),
// "38.0 ms under the limit (15 %)", "0.40 pts under the limit" (a failure rate), "2.3 pts below the limit"
// (a success rate that failed). Empty without a value or for a threshold without a limit direction.
QString marginOf(const Threshold &threshold, double value);
// A measured value in the unit and with the rounding formatMeasured shows it: ms to 2 decimals, a rate in % to 3,
// a per-second rate to 2, a count whole. unitOf names that unit.
double shownValue(const Threshold &threshold, double value);
QString unitOf(const Threshold &threshold);

} // namespace canary
