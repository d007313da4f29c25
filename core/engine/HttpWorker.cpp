#include "core/engine/HttpWorker.h"

#include "core/common/Clock.h"
#include "core/engine/Http1Transport.h"
#include "core/engine/Http2Transport.h"

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
    // transport; HTTP/2 over https on the lean HTTP/2 one (over plain http HTTP/2 is never negotiated — as in k6,
    // the request goes as HTTP/1.1); a network injected for a test through QNAM.
    auto done = [this](quint64 id, TransportAnswer &&answer) { onAnswer(id, std::move(answer)); };
    if (m_factory)
        m_transport = std::make_unique<QnamTransport>(m_plan, done, this, m_settings.maxInFlight, m_factory);
    else if (m_plan->http2 && m_plan->url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        m_transport = std::make_unique<Http2Transport>(m_plan, done, this);
    else
        m_transport = std::make_unique<Http1Transport>(m_plan, done, this);
    m_transport->setClock(*m_settings.clock);
    m_nextSeq = static_cast<quint64>(m_settings.index);
    m_schedule = new QTimer(this);
    m_schedule->setSingleShot(true);
    m_schedule->setTimerType(Qt::PreciseTimer);
    connect(m_schedule, &QTimer::timeout, this, &HttpWorker::tick);
    m_tick = new QTimer(this);
    m_tick->setSingleShot(true);
    m_tick->setTimerType(Qt::PreciseTimer);
    connect(m_tick, &QTimer::timeout, this, [this]() {
        const qint64 now = elapsedNs();
        advanceTo(now);
        noteAlive(now);
        m_transport->trim(monotonicNs());
        scheduleTick();
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
    scheduleTick();
    tick();
}

// Interval boundaries at whole seconds since the run's start, whatever the start lag of this thread: the timer
// wakes just after the next one, and a late wake (a stalled thread, a stopped process) hands over every second
// it missed.
void HttpWorker::scheduleTick()
{
    const qint64 toNextSecondNs = (static_cast<qint64>(m_intervalIndex) + 1) * kSecondNs - elapsedNs();
    m_tick->start(static_cast<int>(std::max<qint64>(0, toNextSecondNs / 1'000'000) + 1));
}

// An interval holds what happened in its second of the run: a result in the second it finished, a drop in the
// second its arrival was given up — so the live figures and the ones rebuilt from the raw results (where each
// point carries its time) are the same, however late this thread ran.
void HttpWorker::advanceTo(qint64 nowNs)
{
    while (!m_finished && nowNs >= (static_cast<qint64>(m_intervalIndex) + 1) * kSecondNs)
        flush(false);
}

void HttpWorker::noteAlive(qint64 nowNs)
{
    if (m_lastAliveNs >= 0 && nowNs - m_lastAliveNs > CatchUp::kLateNs)
        m_pauses.append({m_lastAliveNs, nowNs});
    m_lastAliveNs = std::max(m_lastAliveNs, nowNs);
}

void HttpWorker::tick()
{
    if (!m_scheduling)
        return;
    // What is due goes out carrying its intended time, so a late timer never lowers the achieved rate (the
    // lateness shows in the corrected latency) — but never as a burst: what fell into a pause is a hole, counted,
    // and the rest catches up at a bounded pace (CatchUp).
    const qint64 now = elapsedNs();
    advanceTo(now);
    noteAlive(now);
    const quint64 due = m_pacer->arrivalsBy(now);
    const auto step = static_cast<quint64>(m_settings.count);
    const auto shareOf = [this](qint64 atNs) { return m_pacer->ratePerSecondAt(atNs) / m_settings.count; };
    bool held = false;
    while (m_nextSeq < due) {
        const qint64 dueNs = m_pacer->dueNs(m_nextSeq);
        if (CatchUp::tooLate(dueNs, now)) {
            m_stats.recordDropped(true);
            m_nextSeq += step;
            continue;
        }
        m_catchUp.refill(now, shareOf(dueNs));
        if (!m_catchUp.take()) {
            held = true;
            break;
        }
        send(m_nextSeq, dueNs);
        m_nextSeq += step;
    }
    if (m_nextSeq >= m_pacer->totalArrivals()) {
        m_scheduling = false;
        beginDrain(m_pacer->durationNs() + m_settings.gracefulStopNs);
        return;
    }
    // Wake at the next due time (or, held back, when the bucket has the next send), at millisecond resolution and
    // never sooner than 1 ms: a 0-ms timer would spin the event loop (and starve a target on the same cores).
    const qint64 waitNs =
        held ? CatchUp::nsPerSend(shareOf(m_pacer->dueNs(m_nextSeq))) : m_pacer->dueNs(m_nextSeq) - elapsedNs();
    m_schedule->start(static_cast<int>(std::max<qint64>(1, (waitNs + 999'999) / 1'000'000)));
}

void HttpWorker::send(quint64 seq, qint64 intendedNs)
{
    if (static_cast<int>(m_pending.size()) >= m_settings.maxInFlight) {
        m_stats.recordDropped(); // counted, never queued inside the client and never silent
        return;
    }
    const qint64 now = elapsedNs();
    advanceTo(now);
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
    advanceTo(now);
    noteAlive(now);
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
    advanceTo(finishedNs);
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
        r.http2 = answer.http2;
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
    m_stats.connectionWaits = m_transport->waits() - m_waitsReported;
    m_waitsReported = m_transport->waits();
    out->stats = std::move(m_stats);
    out->results = std::move(m_results);
    out->pauses = std::move(m_pauses);
    m_stats = IntervalStats{};
    m_results = {};
    m_pauses = {};
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
    advanceTo(elapsedNs());
    m_finished = true;
    m_tick->stop();
    m_drain->stop();
    m_deadlines->stop();
    flush(true);
    Q_EMIT finished(m_settings.index);
}

} // namespace canary
