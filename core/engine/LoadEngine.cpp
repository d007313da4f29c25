#include "core/engine/LoadEngine.h"

#include "core/common/Clock.h"
#include "core/common/Duration.h"

#include <QLocale>
#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace canary {

LoadEngine::LoadEngine(const Scenario &scenario, std::shared_ptr<const RequestPlan> plan,
                       std::shared_ptr<const TokenSource> tokens, EngineOptions options, QObject *parent)
    : QObject(parent), m_clock(options.clock ? options.clock : &SystemClock::instance()), m_scenario(scenario),
      m_gate(scenario.gate.resolve()), m_pacer(std::make_shared<Pacer>(scenario.load)),
      m_guardRails(scenario.guardRails)
{
    qRegisterMetaType<canary::WorkerIntervalPtr>();
    qRegisterMetaType<canary::ResultBatch>();
    qRegisterMetaType<canary::Snapshot>();
    const int count = std::max(1, options.workers);
    const int share = std::max(1, (scenario.load.maxInFlight + count - 1) / count);
    for (int i = 0; i < count; ++i) {
        auto *worker = new HttpWorker(
            plan, m_pacer, tokens, WorkerSettings{i, count, share, scenario.load.gracefulStopMs * 1'000'000, m_clock},
            options.networkFactory);
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("canary-http-%1").arg(i));
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &HttpWorker::interval, this, &LoadEngine::onInterval, Qt::QueuedConnection);
        connect(worker, &HttpWorker::finished, this, &LoadEngine::onWorkerFinished, Qt::QueuedConnection);
        m_workers.push_back(worker);
        m_threads.push_back(thread);
    }
    m_lastIndex.assign(static_cast<size_t>(count), -1);
    m_inFlight.assign(static_cast<size_t>(count), 0);
}

LoadEngine::~LoadEngine()
{
    for (QThread *t : m_threads) {
        t->quit();
        t->wait();
    }
}

void LoadEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    for (QThread *t : m_threads)
        t->start();
    m_startUtc = m_clock->utcNow();
    m_startNs = m_clock->monotonic().count();
    for (HttpWorker *w : m_workers)
        QMetaObject::invokeMethod(w, "start", Qt::QueuedConnection, Q_ARG(qint64, m_startNs),
                                  Q_ARG(QDateTime, m_startUtc));
}

void LoadEngine::stop(const QString &reason, bool byOperator)
{
    if (!m_running)
        return;
    if (m_stopReason.isEmpty()) {
        m_stopReason = reason;
        m_cutOff = !byOperator;
        m_stoppedAtMs = (m_clock->monotonic().count() - m_startNs) / 1'000'000;
    }
    for (HttpWorker *w : m_workers)
        QMetaObject::invokeMethod(w, "stop", Qt::QueuedConnection);
}

void LoadEngine::abort(const QString &reason)
{
    if (!m_running)
        return;
    if (m_stopReason.isEmpty()) {
        m_stopReason = reason;
        m_stoppedAtMs = (m_clock->monotonic().count() - m_startNs) / 1'000'000;
    }
    m_cutOff = true; // in-flight requests are cut off, whatever began the end
    for (HttpWorker *w : m_workers)
        QMetaObject::invokeMethod(w, "abortNow", Qt::QueuedConnection);
}

void LoadEngine::onInterval(const WorkerIntervalPtr &interval)
{
    for (const auto &[fromNs, toNs] : interval->pauses)
        notePause(fromNs, toNs);
    Pending &p = m_pendingIntervals[interval->index];
    p.stats.merge(interval->stats);
    p.results += interval->results;
    ++p.reports;
    m_lastIndex[static_cast<size_t>(interval->worker)] = interval->index;
    m_inFlight[static_cast<size_t>(interval->worker)] = interval->inFlight;
    mergeReady(false);
}

// Each worker sees the same pause from its own thread: one pause, however many workers saw it.
void LoadEngine::notePause(qint64 fromNs, qint64 toNs)
{
    const qint64 fromMs = fromNs / 1'000'000, toMs = toNs / 1'000'000;
    for (ClientPause &p : m_pauses) {
        if (fromMs <= p.atMs + p.lengthMs + 1000 && toMs + 1000 >= p.atMs) {
            const qint64 end = std::max(p.atMs + p.lengthMs, toMs);
            p.atMs = std::min(p.atMs, fromMs);
            p.lengthMs = end - p.atMs;
            p.arrivals = arrivalsIn(p);
            return;
        }
    }
    ClientPause p{fromMs, toMs - fromMs, 0};
    p.arrivals = arrivalsIn(p);
    m_pauses.append(p);
    Q_EMIT clientPaused(p);
}

// The plan's arrivals that fell due in a pause and more than the catch-up's tolerance before its end: not sent.
quint64 LoadEngine::arrivalsIn(const ClientPause &p) const
{
    const qint64 fromNs = p.atMs * 1'000'000, lastNs = (p.atMs + p.lengthMs) * 1'000'000 - CatchUp::kLateNs;
    return lastNs > fromNs ? m_pacer->arrivalsBy(lastNs) - m_pacer->arrivalsBy(fromNs) : 0;
}

void LoadEngine::mergeReady(bool final)
{
    // An interval is complete when every worker has reported it or has finished before it.
    const int complete = final ? (m_pendingIntervals.isEmpty() ? m_nextIndex - 1 : m_pendingIntervals.lastKey())
                               : *std::min_element(m_lastIndex.begin(), m_lastIndex.end());
    while (m_nextIndex <= complete) {
        Pending p = m_pendingIntervals.take(m_nextIndex);
        int inFlight = 0;
        for (int n : m_inFlight)
            inFlight += n;
        const qint64 sinceStartNs = m_clock->monotonic().count() - m_startNs;
        const qint64 elapsedMs =
            std::min<qint64>((static_cast<qint64>(m_nextIndex) + 1) * 1000, sinceStartNs / 1'000'000);
        // The raw results in the order of the seconds, so a reader folding them by time sees no stragglers; the
        // drops stamped inside their own second.
        if (!p.results.isEmpty())
            Q_EMIT resultsReady(std::make_shared<const QVector<RequestResult>>(std::move(p.results)));
        if (p.stats.dropped > 0)
            Q_EMIT droppedReady(p.stats.dropped, p.stats.droppedPaused,
                                std::min<qint64>((static_cast<qint64>(m_nextIndex) + 1) * 1'000'000'000 - 1,
                                                 std::max<qint64>(sinceStartNs, m_nextIndex * 1'000'000'000LL)));
        const Snapshot &s = m_metrics.add(
            p.stats, elapsedMs, m_pacer->ratePerSecondAt(static_cast<qint64>(m_nextIndex) * 1'000'000'000), inFlight,
            m_gate, m_pacer->durationNs() / 1'000'000, m_pacer->totalArrivals());
        ++m_nextIndex;
        Q_EMIT snapshot(s);
        checkAbortThresholds(s);
    }
}

void LoadEngine::checkAbortThresholds(const Snapshot &s)
{
    if (m_thresholdAbort || !m_running)
        return;
    // Guard rails: a per-second value over its limit for `for` ms in a row stops the run: an automatic end
    // (ABORTED), like the health rail and abortOnFail.
    if (const auto reason = m_guardRails.check(s)) {
        m_thresholdAbort = true;
        stop(*reason, false);
        return;
    }
    for (const ThresholdResult &r : s.thresholds) {
        if (r.threshold.abortOnFail && !r.ok && s.elapsedMs >= r.threshold.delayAbortEvalMs &&
            m_metrics.total().requests > 0) {
            m_thresholdAbort = true;
            stop(QCoreApplication::translate("Run", "threshold %1 %2 crossed (abortOnFail)")
                     .arg(r.threshold.metric, r.threshold.expression.text()),
                 false);
            return;
        }
    }
}

void LoadEngine::onWorkerFinished(int worker)
{
    m_lastIndex[static_cast<size_t>(worker)] = std::numeric_limits<int>::max();
    if (++m_finishedWorkers < static_cast<int>(m_workers.size()))
        return;
    mergeReady(true);
    m_durationMs = (m_clock->monotonic().count() - m_startNs) / 1'000'000;
    for (QThread *t : m_threads)
        t->quit();
    for (QThread *t : m_threads)
        t->wait();
    m_running = false;
    Q_EMIT finished();
}

RunFacts LoadEngine::facts() const
{
    RunFacts f;
    f.plannedMs = m_pacer->durationNs() / 1'000'000;
    f.actualMs = m_stoppedAtMs >= 0 ? m_stoppedAtMs : m_durationMs;
    f.expectedRequests = static_cast<double>(m_pacer->totalArrivals());
    f.expectedRan = static_cast<double>(m_pacer->arrivalsBy(f.actualMs * 1'000'000));
    f.aborted = !m_stopReason.isEmpty();
    f.abortReason = m_stopReason;
    f.cutOff = m_cutOff;
    return f;
}

GateVerdict LoadEngine::verdict() const
{
    const double elapsedS = static_cast<double>(m_durationMs) / 1000.0;
    return GateVerdict::judge(m_gate, m_metrics.total(),
                              ThresholdEvaluator::evaluate(m_gate, m_metrics.total(), elapsedS), facts());
}

} // namespace canary
