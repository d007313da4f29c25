#include "core/metrics/RunMetrics.h"

#include <algorithm>

namespace canary {

LatencySummary LatencySummary::of(const LatencyHistogram &h)
{
    LatencySummary s;
    if (h.count() == 0)
        return s;
    s.p50 = h.valueAtPercentile(50) / 1000.0;
    s.p90 = h.valueAtPercentile(90) / 1000.0;
    s.p95 = h.valueAtPercentile(95) / 1000.0;
    s.p99 = h.valueAtPercentile(99) / 1000.0;
    s.max = static_cast<double>(h.max()) / 1000.0;
    return s;
}

Snapshot Snapshot::joined(const Snapshot &a, const Snapshot &b)
{
    Snapshot s = b; // the run so far, the plan, the thresholds: as of the later one
    s.span = a.span + b.span;
    const double wa = a.span, wb = b.span, w = wa + wb;
    s.targetRate = (a.targetRate * wa + b.targetRate * wb) / w;
    s.achievedRate = (a.achievedRate * wa + b.achievedRate * wb) / w;
    s.achievedRateLow = std::min(a.achievedRateLow, b.achievedRateLow);
    s.inFlight = static_cast<int>(std::lround((a.inFlight * wa + b.inFlight * wb) / w)); // their mean
    s.dropped = a.dropped + b.dropped;
    s.interrupted = a.interrupted + b.interrupted;
    s.requests = a.requests + b.requests;
    for (size_t i = 0; i < s.errorClasses.size(); ++i)
        s.errorClasses[i] = a.errorClasses[i] + b.errorClasses[i];
    s.tlsFailures = a.tlsFailures + b.tlsFailures;
    s.tlsKind = a.tlsFailures > b.tlsFailures ? a.tlsKind : b.tlsKind;
    // The envelope: the worst second of either. A second without requests has no latency or rates to speak of.
    const bool both = a.requests > 0 && b.requests > 0;
    const Snapshot &only = a.requests > 0 ? a : b;
    auto high = [](const LatencySummary &x, const LatencySummary &y) {
        return LatencySummary{std::max(x.p50, y.p50), std::max(x.p90, y.p90), std::max(x.p95, y.p95),
                              std::max(x.p99, y.p99), std::max(x.max, y.max)};
    };
    s.service = both ? high(a.service, b.service) : only.service;
    s.corrected = both ? high(a.corrected, b.corrected) : only.corrected;
    s.p95Low = both ? std::min(a.p95Low, b.p95Low) : only.p95Low;
    s.errorRate = both ? std::max(a.errorRate, b.errorRate) : only.errorRate;
    s.httpFailedRate = both ? std::max(a.httpFailedRate, b.httpFailedRate) : only.httpFailedRate;
    s.deliveryRate = both ? std::min(a.deliveryRate, b.deliveryRate) : only.deliveryRate;
    return s;
}

void SnapshotTimeline::append(const Snapshot &s)
{
    ++m_added;
    m_recent.push_back(s);
    // What the criteria said each second is for whoever watches it live (the tiles, abortOnFail, the guard rails);
    // five minutes on, a point keeps its figures only — half of a point's memory. The decisions are in the last one.
    if (static_cast<qsizetype>(m_recent.size()) > kKeepCriteria) {
        Snapshot &older = m_recent[m_recent.size() - kKeepCriteria - 1];
        older.thresholds = {};
        older.decisions = {};
    }
    if (static_cast<qsizetype>(m_recent.size()) <= m_recentMax)
        return;
    Snapshot old = std::move(m_recent.front());
    m_recent.pop_front();
    if (!m_past.isEmpty() && m_past.last().span < m_span)
        m_past.last() = Snapshot::joined(m_past.last(), old);
    else
        m_past.append(std::move(old));
    if (m_past.size() <= m_pastMax)
        return;
    QList<Snapshot> joined;
    joined.reserve(m_past.size() / 2 + 1);
    for (qsizetype i = 0; i < m_past.size(); i += 2)
        joined << (i + 1 < m_past.size() ? Snapshot::joined(m_past[i], m_past[i + 1]) : m_past[i]);
    m_past = std::move(joined);
    m_span *= 2;
}

QList<Snapshot> SnapshotTimeline::points() const
{
    QList<Snapshot> out;
    out.reserve(size());
    out << m_past;
    for (const Snapshot &s : m_recent)
        out << s;
    return out;
}

QList<Snapshot> SnapshotTimeline::since(quint64 count) const
{
    const quint64 fresh = std::min<quint64>(m_added - std::min(count, m_added), m_recent.size());
    QList<Snapshot> out;
    for (auto it = m_recent.cend() - static_cast<std::ptrdiff_t>(fresh); it != m_recent.cend(); ++it)
        out << *it;
    return out;
}

void RunBatch::add(const IntervalStats &s)
{
    service.merge(s.service);
    requests += s.requests;
    checkFailures += s.checkFailures;
    errorsSamples += s.errorsSamples;
    delivered += s.delivered;
    deliverySamples += s.deliverySamples;
    httpFailed += s.httpFailed;
    httpFailedSamples += s.httpFailedSamples;
}

void RunBatch::merge(const RunBatch &other)
{
    toMs = std::max(toMs, other.toMs);
    service.merge(other.service);
    requests += other.requests;
    checkFailures += other.checkFailures;
    errorsSamples += other.errorsSamples;
    delivered += other.delivered;
    deliverySamples += other.deliverySamples;
    httpFailed += other.httpFailed;
    httpFailedSamples += other.httpFailedSamples;
}

// Whole seconds per batch, so a live run and a re-read of its raw results cut the same stretches. A run that goes on
// past its plan (or has none: a k6 file alone, 10-s batches) never holds more than kMax batches: neighbours are joined
// and the batch length doubles — constant memory whatever the run's length, and still the same cut for the same
// seconds.
void RunMetrics::addToBatch(const IntervalStats &interval, qint64 elapsedMs, qint64 plannedMs)
{
    if (m_batchMs == 0)
        m_batchMs = plannedMs > 0 ? std::max<qint64>(1000, (plannedMs / RunBatch::kCount + 999) / 1000 * 1000) : 10000;
    qint64 index = std::max<qint64>(0, (elapsedMs - 1) / m_batchMs);
    while (index >= RunBatch::kMax) {
        QList<RunBatch> joined;
        for (qsizetype i = 0; i < m_batches.size(); i += 2) {
            RunBatch b = m_batches[i];
            b.toMs = b.fromMs + 2 * m_batchMs;
            if (i + 1 < m_batches.size())
                b.merge(m_batches[i + 1]);
            joined << b;
        }
        m_batches = joined;
        m_batchMs *= 2;
        index = std::max<qint64>(0, (elapsedMs - 1) / m_batchMs);
    }
    while (m_batches.size() <= index) {
        RunBatch b;
        b.fromMs = static_cast<qint64>(m_batches.size()) * m_batchMs;
        b.toMs = b.fromMs + m_batchMs;
        m_batches << b;
    }
    RunBatch &b = m_batches[index];
    b.toMs =
        elapsedMs >= b.fromMs + m_batchMs ? b.fromMs + m_batchMs : std::min(b.toMs, std::max(elapsedMs, b.fromMs + 1));
    b.add(interval);
}

const Snapshot &RunMetrics::add(const IntervalStats &interval, qint64 elapsedMs, double targetRate, int inFlight,
                                const GateProfile &gate, qint64 plannedMs, quint64 plannedTotal, int span)
{
    m_total.merge(interval);
    addToBatch(interval, elapsedMs, plannedMs);
    Snapshot s;
    s.span = std::max(1, span);
    m_seconds += s.span;
    s.second = m_seconds;
    s.elapsedMs = elapsedMs;
    s.plannedMs = plannedMs;
    s.targetRate = targetRate;
    // Per second of this interval: the last interval of a run is often shorter than a second, and its
    // count alone would draw a drop to near 0 at the very end of the rate chart.
    const qint64 previousMs = m_timeline.last() ? m_timeline.last()->elapsedMs : 0;
    const qint64 lengthMs = elapsedMs - previousMs;
    s.achievedRate = lengthMs >= 250 && lengthMs < 1000
                         ? static_cast<double>(interval.requests) * 1000.0 / static_cast<double>(lengthMs)
                         : static_cast<double>(interval.requests);
    s.achievedRateLow = s.achievedRate;
    s.inFlight = inFlight;
    s.dropped = interval.dropped;
    s.interrupted = interval.interrupted;
    s.droppedTotal = m_total.dropped;
    s.requestsTotal = m_total.requests;
    s.expectedTotal = plannedTotal;
    s.service = LatencySummary::of(interval.service);
    s.corrected = LatencySummary::of(interval.corrected);
    s.p95Low = s.service.p95;
    s.errorRate = interval.errorRate();
    s.deliveryRate = interval.deliveryRate();
    s.httpFailedRate = interval.httpFailedRate();
    s.errorRateTotal = m_total.errorRate();
    s.deliveryRateTotal = m_total.deliveryRate();
    s.httpFailedRateTotal = m_total.httpFailedRate();
    s.p95Total = m_total.service.valueAtPercentile(95) / 1000.0;
    s.requests = interval.requests;
    s.errorClasses = interval.errorClasses;
    for (const ErrorClass c :
         {ErrorClass::Tls, ErrorClass::TlsUnknownIssuer, ErrorClass::TlsHostname, ErrorClass::TlsExpired}) {
        const quint64 n = interval.errorClasses[static_cast<size_t>(c)];
        if (n > interval.errorClasses[static_cast<size_t>(s.tlsKind)] || (n > 0 && s.tlsFailures == 0))
            s.tlsKind = c;
        s.tlsFailures += n;
    }
    s.thresholds = ThresholdEvaluator::evaluate(gate, m_total, static_cast<double>(elapsedMs) / 1000.0);
    // A criterion is decided once; the first moment it could no longer hold is the one that counts.
    for (const auto &decided : Decider::decide(gate, m_total, plannedTotal)) {
        const QString &key = decided.first; // a name, not a structured binding: clang < 16 cannot capture those
        const bool known =
            std::any_of(m_decisions.cbegin(), m_decisions.cend(), [&key](const Decision &d) { return d.key == key; });
        if (!known)
            m_decisions.append(Decision{key, elapsedMs, decided.second});
    }
    for (ThresholdResult &r : s.thresholds) {
        const QString key = Decider::keyOf(r.threshold);
        r.decided =
            std::any_of(m_decisions.cbegin(), m_decisions.cend(), [&key](const Decision &d) { return d.key == key; });
    }
    s.decisions = m_decisions;
    m_timeline.append(s);
    return *m_timeline.last();
}

} // namespace canary
