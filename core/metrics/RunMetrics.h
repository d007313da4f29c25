#pragma once

// The run's metrics: cumulative stats and one immutable Snapshot per second (what the UI charts and the
// CLI progress line show), kept in a SnapshotTimeline whose memory is bounded whatever the run's length.

#include "core/metrics/Decider.h"
#include "core/metrics/IntervalStats.h"
#include "core/metrics/ThresholdEvaluator.h"

#include <array>
#include <deque>

#include <QList>
#include <QMetaType>

namespace canary {

struct LatencySummary
{
    double p50 = 0, p90 = 0, p95 = 0, p99 = 0, max = 0; // ms

    static LatencySummary of(const LatencyHistogram &h);
};

struct Snapshot
{
    int second = 0; // 1-based index of the interval (of a joined point: its last one)
    // Intervals this point stands for: 1 as it was measured; more once a long run's past is joined (SnapshotTimeline):
    // then its counts are the sum of its seconds and its per-second figures their envelope — the worst second's
    // latency percentiles and failure rates, the lowest delivery and rate — so a spike stays visible.
    int span = 1;
    qint64 elapsedMs = 0;
    qint64 plannedMs = 0;
    double targetRate = 0;      // arrivals per second the profile asks for now
    double achievedRate = 0;    // requests completed in this interval, per second (joined: their mean)
    double achievedRateLow = 0; // the lowest second's (= achievedRate as measured)
    int inFlight = 0;
    quint64 dropped = 0;     // this interval
    quint64 interrupted = 0; // this interval: cut off in flight by an abort
    quint64 droppedTotal = 0;
    quint64 requestsTotal = 0;
    quint64 expectedTotal = 0; // the planned arrivals of the whole run (0: not known, e.g. a k6 file alone)
    LatencySummary service;    // this interval
    LatencySummary corrected;  // this interval
    double p95Low = 0;         // ms: the lowest second's service p95 (= service.p95 as measured)
    double errorRate = 0, deliveryRate = 0, httpFailedRate = 0;                // this interval
    double errorRateTotal = 0, deliveryRateTotal = 0, httpFailedRateTotal = 0; // whole run so far
    double p95Total = 0;                                                       // ms, whole run so far
    // Requests of this interval whose TLS handshake failed, and the kind most of them failed with.
    quint64 tlsFailures = 0;
    ErrorClass tlsKind = ErrorClass::Tls;
    quint64 requests = 0;                                 // completed in this interval
    std::array<quint64, kErrorClassCount> errorClasses{}; // this interval's requests by what went wrong
    QList<ThresholdResult> thresholds;                    // live evaluation on the whole run so far
    // The criteria decided so far (their failure can no longer be undone), in the order they were decided.
    QList<Decision> decisions;
    qint64 decidedAtMs() const { return decisions.isEmpty() ? -1 : decisions.first().atMs; }
    quint64 errors(ErrorClass c) const { return errorClasses[static_cast<size_t>(c)]; }
    // The point standing for `older` and the interval(s) right after it; the run-so-far figures are newer's.
    static Snapshot joined(const Snapshot &older, const Snapshot &newer);
};

// The per-second record of a run in memory that does not grow with its length. The last `recent` points stay as
// they were measured; older ones move to the past, which holds at most `past` points of one length (a power of two
// of seconds: when it would hold more, neighbours are joined and the length doubles). A 30-minute canary keeps every
// second; 72 hours keep the last hour per second and the rest as 128-s envelopes (Snapshot::joined), about 5,600
// points. Only the sequence decides the cut, so a live run and the re-read of its results keep the same points.
class SnapshotTimeline
{
public:
    static constexpr int kRecent = 3600;
    static constexpr int kPast = 3600;
    static constexpr int kKeepCriteria = 300; // the last points that keep their thresholds and decisions
    explicit SnapshotTimeline(int recent = kRecent, int past = kPast) : m_recentMax(recent), m_pastMax(past) {}
    void append(const Snapshot &s);
    QList<Snapshot> points() const;               // the past, then the recent points: oldest first
    template <typename F> void visit(F &&f) const // each point, oldest first, without a copy
    {
        for (const Snapshot &s : m_past)
            f(s);
        for (const Snapshot &s : m_recent)
            f(s);
    }
    const Snapshot *last() const { return m_recent.empty() ? nullptr : &m_recent.back(); }
    qsizetype size() const { return m_past.size() + static_cast<qsizetype>(m_recent.size()); }
    bool isEmpty() const { return size() == 0; }
    quint64 added() const { return m_added; } // every interval ever appended
    // The points appended after the first `count`, as measured (at most the recent ones: a reader that falls
    // further behind than that sees only them).
    QList<Snapshot> since(quint64 count) const;
    int pastSpan() const { return m_span; } // the length of a past point, in intervals (1: nothing joined yet)

private:
    int m_recentMax, m_pastMax;
    QList<Snapshot> m_past;
    std::deque<Snapshot> m_recent;
    int m_span = 1;
    quint64 m_added = 0;
};

// A stretch of time the load generator did not run at all — the machine slept, the process was stopped, the VM was
// paused — seen as a gap in its own activity: the arrivals due in it were not sent (CatchUp), never sent at once.
struct ClientPause
{
    qint64 atMs = 0; // since the run's start
    qint64 lengthMs = 0;
    quint64 arrivals = 0; // the plan's arrivals due in it, not sent
    friend bool operator==(const ClientPause &, const ClientPause &) = default;
};

// A stretch of the run (a thirtieth of the planned duration, whole seconds): what the confidence of a judged figure
// and the comparison of two runs are computed from. Requests a second apart are not independent on a real service;
// stretches this long nearly are (batch means), so their spread says how much a figure would move in another run.
struct RunBatch
{
    static constexpr int kCount = 30; // batches in a planned run
    static constexpr int kMax = 60;   // never more: past it, neighbours are joined (constant memory)
    qint64 fromMs = 0, toMs = 0;
    LatencyHistogram service;
    quint64 requests = 0;
    quint64 checkFailures = 0, errorsSamples = 0;
    quint64 delivered = 0, deliverySamples = 0;
    quint64 httpFailed = 0, httpFailedSamples = 0;
    void add(const IntervalStats &interval); // one interval's counts and latencies
    void merge(const RunBatch &other);       // its counts and latencies; the end is the later one
};

class RunMetrics
{
public:
    // Folds one merged interval into the run and returns its Snapshot. plannedTotal: the arrivals the whole run
    // plans (0: not known); it bounds what is still to come, so criteria are decided against it (Decider).
    // span: the seconds the interval stands for (more than 1 only for a long stretch without any point at all, read
    // from a file: one point for it, not one per empty second).
    const Snapshot &add(const IntervalStats &interval, qint64 elapsedMs, double targetRate, int inFlight,
                        const GateProfile &gate, qint64 plannedMs, quint64 plannedTotal, int span = 1);
    const IntervalStats &total() const { return m_total; }
    // Every point kept (see SnapshotTimeline), oldest first: a copy, made when asked.
    QList<Snapshot> timeline() const { return m_timeline.points(); }
    const SnapshotTimeline &record() const { return m_timeline; }
    const Snapshot *last() const { return m_timeline.last(); }
    // Every criterion decided, with when and why, in the order they were decided.
    const QList<Decision> &decisions() const { return m_decisions; }
    // The run in RunBatch::kCount stretches of its planned time (constant memory whatever its length).
    const QList<RunBatch> &batches() const { return m_batches; }

private:
    void addToBatch(const IntervalStats &interval, qint64 elapsedMs, qint64 plannedMs);
    QList<RunBatch> m_batches;
    qint64 m_batchMs = 0;
    IntervalStats m_total;
    SnapshotTimeline m_timeline;
    int m_seconds = 0; // the seconds added so far (the last point's `second`)
    QList<Decision> m_decisions;
};

} // namespace canary

Q_DECLARE_METATYPE(canary::Snapshot)
