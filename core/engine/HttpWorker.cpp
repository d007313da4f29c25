#include "core/engine/HttpWorker.h"

#include "core/common/Clock.h"
#include "core/engine/Http1Transport.h"

#include <algorithm>
#include <cmath>

namespace canary {

HttpWorker::HttpWorker(std::shared_ptr<const RequestPlan> plan, std::shared_ptr<const Pacer> pacer,
                       std::shared_ptr<const TokenSource> tokens, WorkerSettings settings, NetworkFactory factory)
    : m_plan(std::move(plan)), m_pacer(std::move(pacer)), m_tokens(std::move(tokens)), m_settings(settings),
      m_factory(std::move(factory))
{
    setObjectName(QStringLiteral("HttpWorker-%1").arg(m_settings.index));
}

HttpWorker::~HttpWorker() = default;

qint64 HttpWorker::elapsedNs() const
{
    return monotonicNs() - m_startNs;
}

void HttpWorker::start(qint64 startMonotonicNs, const QDateTime &startUtc)
{
    // Timers are created here, on the worker's own thread.
    m_startNs = startMonotonicNs;
    m_startUtc = startUtc;
    // Created here, so its sockets live on the worker's own thread. HTTP/1.1 (the load's default) on the lean
    // transport; HTTP/2, or a network injected for a test, through QNAM.
    auto done = [this](quint64 id, TransportAnswer &&answer) { onAnswer(id, std::move(answer)); };
    if (m_plan->http2 || m_factory)
        m_transport = std::make_unique<QnamTransport>(m_plan, done, this, m_settings.maxInFlight, m_factory);
    else
        m_transport = std::make_unique<Http1Transport>(m_plan, done, this);
    m_transport->setClock(*m_settings.clock);
    m_nextSeq = static_cast<quint64>(m_settings.index);
    m_schedule = new QTimer(this);
    m_schedule->setSingleShot(true);
    m_schedule->setTimerType(Qt::PreciseTimer);
    connect(m_schedule, &QTimer::timeout, this, &HttpWorker::tick);
    m_tick = new QTimer(this);
    m_tick->setTimerType(Qt::PreciseTimer);
    connect(m_tick, &QTimer::timeout, this, [this]() {
        flush(false);
        m_transport->trim(monotonicNs());
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

void HttpWorker::send(quint64 seq, qint64 intendedNs)
{
    if (static_cast<int>(m_pending.size()) >= m_settings.maxInFlight) {
        m_stats.recordDropped(); // counted, never queued inside the client and never silent
        return;
    }
    const qint64 now = elapsedNs();
    const QByteArray body = m_plan->body.render(seq, m_settings.index, m_startUtc.addMSecs(now / 1'000'000));
    Pending pending;
    pending.seq = seq;
    pending.intendedNs = intendedNs;
    pending.sentNs = now;
    m_pending.insert(m_transport->send(m_tokens ? m_tokens->bearer() : QByteArray(), body), pending);
}

void HttpWorker::enforceDeadlines()
{
    const qint64 now = elapsedNs();
    const qint64 limitNs = static_cast<qint64>(m_plan->timeoutMs) * 1'000'000;
    QList<quint64> late;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (!it->abortedByUs && !it->deadlineHit && now - it->sentNs >= limitNs)
            late << it.key();
    for (const quint64 id : late) {
        m_pending[id].deadlineHit = true;
        m_transport->abort(id); // answers synchronously
    }
}

void HttpWorker::onAnswer(quint64 id, TransportAnswer &&answer)
{
    const qint64 finishedNs = elapsedNs();
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending p = *it;
    m_pending.erase(it);
    const bool timedOut = p.deadlineHit || m_plan->timedOut(answer.error, finishedNs - p.sentNs);
    // A request that timed out has no answer, even when its status line had arrived (k6 reports status 0).
    const int status = timedOut ? 0 : answer.status;
    // A body cut at kMaxBodyBytes is not the whole answer: the delivery predicate must not read it.
    const QByteArray body = answer.bodyBytes > answer.body.size() ? QByteArray() : std::move(answer.body);

    if (p.abortedByUs) {
        ++m_stats.interrupted; // cut off by the graceful-stop deadline or an abort: not a request result
    } else {
        const Outcome o = m_plan->classify(answer.error, timedOut, status, body, answer.sslError);
        if (status == 401 && m_tokens)
            m_tokens->reportUnauthorized(); // the failure still counts; the source may refresh early
        RequestResult r;
        r.seq = p.seq;
        r.worker = m_settings.index;
        r.intendedNs = p.intendedNs;
        // k6's http_req_duration runs from the request's first byte on its connection to the answer's last;
        // connecting to the target (or waiting for it) is not the service's latency.
        r.sentNs = answer.writtenNs > 0 ? std::clamp(answer.writtenNs - m_startNs, p.sentNs, finishedNs) : p.sentNs;
        r.finishedNs = finishedNs;
        // k6's phases: blocked (waiting for and opening a connection) before the write; after it sending, waiting
        // for the first byte, receiving. The QNAM transport knows no first byte: all of it is waiting there.
        r.blockedNs = r.sentNs - p.sentNs;
        r.connectingNs = answer.connectingNs;
        r.tlsNs = answer.tlsNs;
        r.sendingNs = std::clamp<qint64>(answer.sendingNs, 0, r.serviceNs());
        r.waitingNs = answer.firstByteNs > 0
                          ? std::clamp<qint64>(answer.firstByteNs - m_startNs - r.sentNs - r.sendingNs, 0,
                                               r.serviceNs() - r.sendingNs)
                          : r.serviceNs() - r.sendingNs;
        // An answer cut short has no status, as in k6 (status 0, "unexpected EOF"): its bytes are still counted.
        r.status = o.errorClass == ErrorClass::IncompleteBody ? 0 : status;
        r.bytesOut = answer.bytesOut;
        r.bytesIn = answer.bytesIn;
        r.errorClass = o.errorClass;
        r.checkOk = o.checkOk;
        r.delivered = o.delivered;
        m_stats.record(r);
        m_results.append(r);
    }
    maybeFinish();
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
    const QList<quint64> ids = m_pending.keys();
    for (const quint64 id : ids) {
        m_pending[id].abortedByUs = true;
        m_transport->abort(id); // answers synchronously
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
