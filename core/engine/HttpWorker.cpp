#include "core/engine/HttpWorker.h"

#include "core/common/Clock.h"
#include "core/common/SendOnce.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cmath>

namespace canary {

namespace {

qint64 monotonicNs()
{
    return SystemClock::instance().monotonic().count();
}

qint64 headerBytes(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    qint64 n = 0;
    for (const auto &[k, v] : headers)
        n += k.size() + v.size() + 4; // "k: v\r\n"
    return n;
}

} // namespace

HttpWorker::HttpWorker(std::shared_ptr<const RequestPlan> plan, std::shared_ptr<const Pacer> pacer,
                       std::shared_ptr<const TokenSource> tokens, WorkerSettings settings, NetworkFactory factory)
    : m_plan(std::move(plan)), m_pacer(std::move(pacer)), m_tokens(std::move(tokens)), m_settings(settings),
      m_factory(std::move(factory))
{
    setObjectName(QStringLiteral("HttpWorker-%1").arg(m_settings.index));
    if (!m_factory)
        m_factory = [](QObject *parent) { return new QNetworkAccessManager(parent); };
}

HttpWorker::~HttpWorker() = default;

int HttpWorker::connectionsPerManager() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return std::clamp(m_settings.maxInFlight, 6, 1024);
#else
    return 6;
#endif
}

qint64 HttpWorker::elapsedNs() const
{
    return monotonicNs() - m_startNs;
}

void HttpWorker::start(qint64 startMonotonicNs, const QDateTime &startUtc)
{
    // Timers are created here, on the worker's own thread.
    m_startNs = startMonotonicNs;
    m_startUtc = startUtc;
    m_nextSeq = static_cast<quint64>(m_settings.index);
    m_schedule = new QTimer(this);
    m_schedule->setSingleShot(true);
    m_schedule->setTimerType(Qt::PreciseTimer);
    connect(m_schedule, &QTimer::timeout, this, &HttpWorker::tick);
    m_tick = new QTimer(this);
    m_tick->setTimerType(Qt::PreciseTimer);
    connect(m_tick, &QTimer::timeout, this, [this]() {
        flush(false);
        shrinkPool();
    });
    m_drain = new QTimer(this);
    m_drain->setSingleShot(true);
    connect(m_drain, &QTimer::timeout, this, &HttpWorker::abortNow);
    // Qt's transfer timeout counts idle time only: a target trickling one byte a second would hold a request
    // forever. The scenario's timeout is for the whole request, so a sweep aborts what has outlived it.
    m_deadlines = new QTimer(this);
    connect(m_deadlines, &QTimer::timeout, this, &HttpWorker::enforceDeadlines);
    m_deadlines->start(static_cast<int>(std::clamp<qint64>(m_plan->timeoutMs / 20, 10, 250)));
    m_scheduling = true;
    m_started = true;
    // Interval boundaries at whole seconds since the run's start, whatever the start lag of this thread.
    const qint64 toNextSecondMs = (1'000'000'000 - elapsedNs() % 1'000'000'000) / 1'000'000;
    QTimer::singleShot(static_cast<int>(toNextSecondMs), this, [this]() {
        if (m_finished)
            return;
        flush(false);
        m_tick->start(1000);
    });
    tick();
}

void HttpWorker::tick()
{
    if (!m_scheduling)
        return;
    // Catch up: everything due by now goes out now, carrying its intended time, so a late timer
    // never lowers the achieved rate (and the lateness shows in the corrected latency).
    const quint64 due = m_pacer->arrivalsBy(elapsedNs());
    const auto step = static_cast<quint64>(m_settings.count);
    while (m_nextSeq < due) {
        send(m_nextSeq, m_pacer->dueNs(m_nextSeq));
        m_nextSeq += step;
    }
    if (m_nextSeq >= m_pacer->totalArrivals()) {
        m_scheduling = false;
        beginDrain(m_pacer->durationNs() + m_settings.gracefulStopNs);
        return;
    }
    // Wake at the next due time, at millisecond resolution and never sooner than 1 ms: a 0-ms timer
    // would spin the event loop (and starve a target on the same cores); catch-up keeps the rate exact.
    const qint64 waitNs = m_pacer->dueNs(m_nextSeq) - elapsedNs();
    m_schedule->start(static_cast<int>(std::max<qint64>(1, (waitNs + 999'999) / 1'000'000)));
}

int HttpWorker::pickManager()
{
    const int capacity = connectionsPerManager();
    int best = -1;
    for (int i = 0; i < static_cast<int>(m_managers.size()); ++i) {
        if (m_managers[static_cast<size_t>(i)].load < capacity)
            return i;
        if (best < 0 || m_managers[static_cast<size_t>(i)].load < m_managers[static_cast<size_t>(best)].load)
            best = i;
    }
    // Little's law sizing: the pool grows while the requests in flight exceed what its connections carry
    // (rate × latency), bounded by this worker's share of maxInFlight alone, so a due request never waits
    // inside Qt for a connection: that wait would be timed as latency and would lower the rate.
    const int maxManagers = std::max(1, (m_settings.maxInFlight + capacity - 1) / capacity);
    if (static_cast<int>(m_managers.size()) < maxManagers || best < 0) {
        QNetworkAccessManager *nam = m_factory(this);
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.push_back(Manager{nam, 0});
        return static_cast<int>(m_managers.size()) - 1;
    }
    return best;
}

void HttpWorker::send(quint64 seq, qint64 intendedNs)
{
    if (static_cast<int>(m_pending.size()) >= m_settings.maxInFlight) {
        m_stats.recordDropped(); // counted, never queued inside QNAM and never silent
        return;
    }
    const QNetworkRequest request =
        m_plan->networkRequest(m_tokens ? m_tokens->bearer() : QByteArray(), connectionsPerManager());
    const qint64 now = elapsedNs();
    const QByteArray body = m_plan->body.render(seq, m_settings.index, m_startUtc.addMSecs(now / 1'000'000));
    const int manager = pickManager();
    QNetworkAccessManager &nam = *m_managers[static_cast<size_t>(manager)].nam;
    QNetworkReply *reply = m_plan->idempotent ? nam.sendCustomRequest(request, m_plan->method, body)
                                              : sendOnce(nam, request, m_plan->method, body);
    ++m_managers[static_cast<size_t>(manager)].load;
    Pending pending;
    pending.seq = seq;
    pending.intendedNs = intendedNs;
    pending.sentNs = now;
    pending.bytesOut = body.size() + headerBytes(m_plan->headers) + 64;
    pending.manager = manager;
    m_pending.insert(reply, std::move(pending));
    connect(reply, &QNetworkReply::readyRead, this, [this, reply]() { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply]() { onFinished(reply); });
}

void HttpWorker::onReadyRead(QNetworkReply *reply)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    const QByteArray chunk = reply->readAll();
    it->bodyBytes += chunk.size();
    const qint64 room = kMaxBodyBytes - it->body.size();
    if (room > 0)
        it->body.append(chunk.left(room));
}

void HttpWorker::enforceDeadlines()
{
    const qint64 now = elapsedNs();
    const qint64 limitNs = static_cast<qint64>(m_plan->timeoutMs) * 1'000'000;
    QList<QNetworkReply *> late;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (!it->abortedByUs && !it->deadlineHit && now - it->sentNs >= limitNs)
            late << it.key();
    for (QNetworkReply *reply : late) {
        m_pending[reply].deadlineHit = true;
        reply->abort(); // emits finished synchronously
    }
}

void HttpWorker::onFinished(QNetworkReply *reply)
{
    const qint64 finishedNs = elapsedNs();
    if (reply->isOpen())
        onReadyRead(reply); // what arrived with the last event
    Pending p = m_pending.take(reply);
    Manager &manager = m_managers[static_cast<size_t>(p.manager)];
    if (--manager.load == 0)
        manager.idleSinceNs = finishedNs;
    const QNetworkReply::NetworkError error = reply->error();
    const bool timedOut = p.deadlineHit || m_plan->timedOut(error, finishedNs - p.sentNs);
    // A request that timed out has no answer, even when its status line had arrived (k6 reports status 0).
    const int status = timedOut ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A body cut at kMaxBodyBytes is not the whole answer: the delivery predicate must not read it.
    const QByteArray body = p.bodyBytes > p.body.size() ? QByteArray() : std::move(p.body);
    reply->deleteLater();

    if (p.abortedByUs) {
        ++m_stats.interrupted; // cut off by the graceful-stop deadline or an abort: not a request result
    } else {
        const Outcome o = m_plan->classify(error, timedOut, status, body);
        if (status == 401 && m_tokens)
            m_tokens->reportUnauthorized(); // the failure still counts; the source may refresh early
        RequestResult r;
        r.seq = p.seq;
        r.worker = m_settings.index;
        r.intendedNs = p.intendedNs;
        r.sentNs = p.sentNs;
        r.finishedNs = finishedNs;
        // An answer cut short has no status, as in k6 (status 0, "unexpected EOF"): its bytes are still counted.
        r.status = o.errorClass == ErrorClass::IncompleteBody ? 0 : status;
        r.bytesOut = p.bytesOut;
        r.bytesIn = p.bodyBytes + (status ? headerBytes(reply->rawHeaderPairs()) + 17 : 0);
        r.errorClass = o.errorClass;
        r.checkOk = o.checkOk;
        r.delivered = o.delivered;
        m_stats.record(r);
        m_results.append(r);
    }
    maybeFinish();
}

void HttpWorker::shrinkPool()
{
    // From the end only: a pending request keeps its manager's index, and the first managers carry the load.
    const qint64 now = elapsedNs();
    while (m_managers.size() > 1 && m_managers.back().load == 0 &&
           now - m_managers.back().idleSinceNs >= kIdleCloseNs) {
        m_managers.back().nam->deleteLater();
        m_managers.pop_back();
    }
}

void HttpWorker::flush(bool last)
{
    auto out = std::make_shared<WorkerInterval>();
    out->worker = m_settings.index;
    out->index = m_intervalIndex++;
    out->last = last;
    out->inFlight = static_cast<int>(m_pending.size());
    out->stats = std::move(m_stats);
    out->results = std::move(m_results);
    m_stats = IntervalStats{};
    m_results = {};
    Q_EMIT interval(out);
}

void HttpWorker::beginDrain(qint64 deadlineNs)
{
    m_scheduling = false;
    if (m_schedule)
        m_schedule->stop();
    if (m_drain && !m_pending.isEmpty())
        m_drain->start(static_cast<int>(std::max<qint64>(0, (deadlineNs - elapsedNs()) / 1'000'000)));
    maybeFinish();
}

void HttpWorker::stop()
{
    if (!m_started || m_finished)
        return;
    beginDrain(elapsedNs() + m_settings.gracefulStopNs);
}

void HttpWorker::abortNow()
{
    if (!m_started || m_finished)
        return;
    m_scheduling = false;
    if (m_schedule)
        m_schedule->stop();
    const QList<QNetworkReply *> replies = m_pending.keys();
    for (QNetworkReply *reply : replies) {
        m_pending[reply].abortedByUs = true;
        reply->abort(); // emits finished synchronously
    }
    maybeFinish();
}

void HttpWorker::maybeFinish()
{
    if (m_scheduling || !m_pending.isEmpty() || m_finished)
        return;
    m_finished = true;
    m_tick->stop();
    m_drain->stop();
    m_deadlines->stop();
    flush(true);
    Q_EMIT finished(m_settings.index);
}

} // namespace canary
