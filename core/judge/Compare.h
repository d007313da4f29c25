#pragma once

// Two runs compared the way a stakeholder asks: per judged figure A, B, the change with its 95 % interval and a
// call — faster / slower / no detectable change (better / worse for a rate) — from the per-stretch values of each
// run (Confidence: Mann-Whitney and the Hodges-Lehmann shift, as Kayenta does, on stretches long enough that a
// real service's drift does not pass for a change); then each run judged against its own gate, and one sentence
// that says what differs ("B failed only because its limit is 120 ms; its latency is the same as A's within
// ±1.5 %").

#include "core/judge/Confidence.h"
#include "core/metrics/GateVerdict.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace canary {

struct CompareSide
{
    QString name; // "A: Gate 1 · 2026-12-07 10:00 UTC"
    QString runId;
    GateProfile gate;
    GateVerdict verdict; // as its package judged it
    IntervalStats total;
    QList<RunBatch> batches;
    QList<Snapshot> timeline; // for the chart
    double ranS = 0;          // the time that ran
};

struct CompareRow
{
    QString metric; // k6's name and stat: "http_req_duration p(95)", "errors rate", "http_reqs rate"
    QString label;  // in words: "Latency p95"
    QString unit;   // "ms", "%", "/s"
    double a = 0, b = 0;
    double change = 0;    // b − a, in unit (percentage points for a rate)
    double changePct = 0; // of a (NaN when a is 0)
    Interval ci;          // of the change, in unit
    double p = 1;
    QString call;               // "faster", "slower", "better", "worse", "higher", "lower", "no detectable change",
                                // "not enough data"
    bool spreadChanged = false; // a tail percentile moved while the median did not
};

struct Comparison
{
    CompareSide a, b;
    QList<CompareRow> rows;
    QString sentence;
    bool bWorse = false; // a figure got worse with confidence, or B fails where A passes

    QJsonObject toJson() const;
    // A self-contained page: the sentence, the table, both verdicts with their own gates, and p95 over time with
    // each run's own limit.
    QString toHtml() const;
};

class Compare
{
public:
    static Comparison compare(CompareSide a, CompareSide b);
    // The gate's p95 latency limit, drawn beside each run's p95 (none: the gate has no p(95) criterion).
    static std::optional<double> p95Limit(const GateProfile &gate);
};

} // namespace canary
