#pragma once

// The run's metrics: cumulative stats and one immutable Snapshot per second (what the UI charts and the
// CLI progress line show). A Snapshot is small, so 30 minutes of them stay a few hundred KB.

#include "core/metrics/IntervalStats.h"
#include "core/metrics/ThresholdEvaluator.h"

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
    int second = 0; // 1-based index of the interval
    qint64 elapsedMs = 0;
    qint64 plannedMs = 0;
    double targetRate = 0;   // arrivals per second the profile asks for now
    double achievedRate = 0; // requests completed in this interval, per second
    int inFlight = 0;
    quint64 dropped = 0;     // this interval
    quint64 interrupted = 0; // this interval: cut off in flight by an abort
    quint64 droppedTotal = 0;
    quint64 requestsTotal = 0;
    quint64 expectedTotal = 0;
    LatencySummary service;                                                    // this interval
    LatencySummary corrected;                                                  // this interval
    double errorRate = 0, deliveryRate = 0, httpFailedRate = 0;                // this interval
    double errorRateTotal = 0, deliveryRateTotal = 0, httpFailedRateTotal = 0; // whole run so far
    double p95Total = 0;                                                       // ms, whole run so far
    // Requests of this interval whose TLS handshake failed, and the kind most of them failed with.
    quint64 tlsFailures = 0;
    ErrorClass tlsKind = ErrorClass::Tls;
    quint64 requests = 0;              // completed in this interval
    QList<ThresholdResult> thresholds; // live evaluation on the whole run so far
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

class RunMetrics
{
public:
    // Folds one merged interval into the run and returns its Snapshot.
    const Snapshot &add(const IntervalStats &interval, qint64 elapsedMs, double targetRate, int inFlight,
                        const GateProfile &gate, qint64 plannedMs, quint64 expectedTotal);
    const IntervalStats &total() const { return m_total; }
    const QList<Snapshot> &timeline() const { return m_timeline; }

private:
    IntervalStats m_total;
    QList<Snapshot> m_timeline;
};

} // namespace canary

Q_DECLARE_METATYPE(canary::Snapshot)
