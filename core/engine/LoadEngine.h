#pragma once

// Runs one load profile: starts the HttpWorkers on named threads, merges their per-second intervals
// into RunMetrics (one Snapshot a second, in order), evaluates the thresholds live (abortOnFail),
// forwards the raw results, and stops gracefully on request.

#include "core/engine/HttpWorker.h"
#include "core/metrics/GateVerdict.h"
#include "core/metrics/GuardRailWatch.h"
#include "core/metrics/RunMetrics.h"
#include "core/scenario/Scenario.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QVector>

#include <memory>
#include <vector>

class QThread;

namespace canary {

using ResultBatch = std::shared_ptr<const QVector<RequestResult>>;

struct EngineOptions
{
    int workers = 2;
    NetworkFactory networkFactory; // empty = plain QNetworkAccessManager
    // The run's clock, read by the engine, its workers and their transports alike (services are injected).
    const Clock *clock = &SystemClock::instance();
};

class LoadEngine : public QObject
{
    Q_OBJECT
public:
    LoadEngine(const Scenario &scenario, std::shared_ptr<const RequestPlan> plan,
               std::shared_ptr<const TokenSource> tokens, EngineOptions options = {}, QObject *parent = nullptr);
    ~LoadEngine() override;

    void start();
    // Graceful: no new arrivals, in-flight requests finish within the graceful stop. Reason goes in the verdict.
    // byOperator: the operator's Stop (STOPPED); false for an automatic end — guard rails, abortOnFail (ABORTED).
    void stop(const QString &reason, bool byOperator = true);
    // Immediate: in-flight requests are cut off.
    void abort(const QString &reason);

    bool isRunning() const { return m_running; }
    bool wasStopped() const { return !m_stopReason.isEmpty(); }
    QString stopReason() const { return m_stopReason; }
    bool thresholdAbort() const { return m_thresholdAbort; }
    bool cutOff() const { return m_cutOff; } // the early end was an abort, not the operator's Stop
    const RunMetrics &metrics() const { return m_metrics; }
    const GateProfile &gate() const { return m_gate; }
    const Pacer &pacer() const { return *m_pacer; }
    QDateTime startedUtc() const { return m_startUtc; }
    qint64 durationMs() const { return m_durationMs; }
    // When the load stopped early: the moment of the stop (arrivals end there; the drain after it is not
    // load). -1: it was not stopped.
    qint64 stoppedAtMs() const { return m_stoppedAtMs; }
    int workerCount() const { return static_cast<int>(m_workers.size()); }
    // Every pause of the client in the run (the workers' views of one pause merged), with the arrivals in it.
    QList<ClientPause> pauses() const { return m_pauses; }
    RunFacts facts() const;
    GateVerdict verdict() const;

Q_SIGNALS:
    void snapshot(const canary::Snapshot &snapshot);
    void resultsReady(canary::ResultBatch batch);
    // Arrivals dropped during one second of one worker (k6's dropped_iterations): paused of them because they fell
    // into a pause of the client, the others at the in-flight cap.
    void droppedReady(quint64 count, quint64 paused, qint64 atNs);
    // The load generator did not run for a while (ClientPause): said as soon as a worker sees it.
    void clientPaused(const canary::ClientPause &pause);
    void finished();

private:
    void onInterval(const WorkerIntervalPtr &interval);
    void onWorkerFinished(int worker);
    void mergeReady(bool final);
    void checkAbortThresholds(const Snapshot &s);
    void notePause(qint64 fromNs, qint64 toNs);
    quint64 arrivalsIn(const ClientPause &pause) const;

    const Clock *m_clock; // first: the members after it may read the time
    Scenario m_scenario;
    GateProfile m_gate;
    std::shared_ptr<const Pacer> m_pacer;
    std::vector<HttpWorker *> m_workers;
    std::vector<QThread *> m_threads;
    struct Pending
    {
        IntervalStats stats;
        QVector<RequestResult> results; // every worker's, handed on in the order of the seconds
        int reports = 0;
    };
    QMap<int, Pending> m_pendingIntervals;
    std::vector<int> m_lastIndex;
    std::vector<int> m_inFlight;
    int m_finishedWorkers = 0;
    int m_nextIndex = 0;
    RunMetrics m_metrics;
    qint64 m_startNs = 0;
    QDateTime m_startUtc;
    qint64 m_durationMs = 0;
    qint64 m_stoppedAtMs = -1;
    bool m_running = false;
    bool m_thresholdAbort = false;
    bool m_cutOff = false;
    GuardRailWatch m_guardRails;
    QString m_stopReason;
    QList<ClientPause> m_pauses;
};

} // namespace canary

Q_DECLARE_METATYPE(canary::ResultBatch)
