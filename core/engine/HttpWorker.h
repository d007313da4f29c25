#pragma once

// One load-generating worker: lives on its own named thread, owns its transport (its connections),
// schedules its share of the arrivals (every count-th arrival, starting at its index), records each result
// into its own interval stats (no locks) and hands each second of the run over once it has passed.

#include "core/engine/CatchUp.h"
#include "core/engine/Pacer.h"
#include "core/engine/QnamTransport.h"
#include "core/engine/RequestPlan.h"
#include "core/common/Clock.h"
#include "core/common/TokenSource.h"
#include "core/metrics/IntervalStats.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

namespace canary {

struct WorkerInterval
{
    int worker = 0;
    int index = 0; // 0-based second of the run
    bool last = false;
    int inFlight = 0;
    IntervalStats stats;
    QVector<RequestResult> results;
    // Gaps in this worker's own activity longer than CatchUp::kLateNs (ns since the run's start): it was paused.
    QVector<std::pair<qint64, qint64>> pauses;
};
using WorkerIntervalPtr = std::shared_ptr<const WorkerInterval>;

struct WorkerSettings
{
    int index = 0;
    int count = 1;
    int maxInFlight = 400; // this worker's share of the cap
    qint64 gracefulStopNs = 30'000'000'000;
    const Clock *clock = &SystemClock::instance(); // the run's clock: scheduling, deadlines, every timed phase
};

class HttpWorker : public QObject
{
    Q_OBJECT
public:
    HttpWorker(std::shared_ptr<const RequestPlan> plan, std::shared_ptr<const Pacer> pacer,
               std::shared_ptr<const TokenSource> tokens, WorkerSettings settings, NetworkFactory factory = {});
    ~HttpWorker() override;

    // The pool of connections: grows with the requests in flight (up to this worker's share of maxInFlight)
    // and shrinks once connections have been idle LoadTransport::kIdleCloseNs. 0 before start.
    int connections() const { return m_transport ? m_transport->connections() : 0; }

    static constexpr qint64 kMaxBodyBytes = LoadTransport::kMaxBodyBytes;

public Q_SLOTS:
    void start(qint64 startMonotonicNs, const QDateTime &startUtc);
    // No new arrivals; in-flight requests get until the graceful-stop deadline.
    void stop();
    // Abort everything in flight now.
    void abortNow();

Q_SIGNALS:
    void interval(canary::WorkerIntervalPtr interval);
    void finished(int worker);

private:
    qint64 monotonicNs() const { return m_settings.clock->monotonic().count(); }
    struct Pending
    {
        quint64 seq = 0;
        qint64 intendedNs = 0;
        qint64 sentNs = 0; // handed to the transport (the scenario's timeout counts from here)
        bool abortedByUs = false;
        bool deadlineHit = false; // aborted by us at the scenario's timeout (whole request, not idle time)
    };

    qint64 elapsedNs() const;
    void tick();
    void send(quint64 seq, qint64 intendedNs);
    void onAnswer(quint64 id, TransportAnswer &&answer);
    void enforceDeadlines();
    void flush(bool last);
    void scheduleTick();
    void advanceTo(qint64 nowNs);
    static constexpr qint64 kSecondNs = 1'000'000'000;
    void beginDrain(qint64 deadlineNs);
    void maybeFinish();
    // Every handler that runs on the worker's thread says it ran: a gap longer than CatchUp::kLateNs is a pause.
    void noteAlive(qint64 nowNs);

    std::shared_ptr<const RequestPlan> m_plan;
    std::shared_ptr<const Pacer> m_pacer;
    std::shared_ptr<const TokenSource> m_tokens;
    WorkerSettings m_settings;
    NetworkFactory m_factory;
    std::unique_ptr<LoadTransport> m_transport;
    QHash<quint64, Pending> m_pending;
    QTimer *m_schedule = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_drain = nullptr;
    QTimer *m_deadlines = nullptr;
    qint64 m_startNs = 0;
    QDateTime m_startUtc;
    quint64 m_nextSeq = 0;
    int m_intervalIndex = 0;
    bool m_scheduling = false;
    bool m_started = false;
    bool m_finished = false;
    IntervalStats m_stats;
    QVector<RequestResult> m_results;
    CatchUp m_catchUp;
    qint64 m_lastAliveNs = -1;
    quint64 m_waitsReported = 0;
    QVector<std::pair<qint64, qint64>> m_pauses;
};

} // namespace canary

Q_DECLARE_METATYPE(canary::WorkerIntervalPtr)
