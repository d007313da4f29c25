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
                                const GateProfile &gate, qint64 plannedMs, quint64 plannedTotal)
{
    m_total.merge(interval);
    addToBatch(interval, elapsedMs, plannedMs);
    Snapshot s;
    s.second = static_cast<int>(m_timeline.size()) + 1;
    s.elapsedMs = elapsedMs;
    s.plannedMs = plannedMs;
    s.targetRate = targetRate;
    // Per second of this interval: the last interval of a run is often shorter than a second, and its
    // count alone would draw a drop to near 0 at the very end of the rate chart.
    const qint64 previousMs = m_timeline.isEmpty() ? 0 : m_timeline.last().elapsedMs;
    const qint64 lengthMs = elapsedMs - previousMs;
    s.achievedRate = lengthMs >= 250 && lengthMs < 1000
                         ? static_cast<double>(interval.requests) * 1000.0 / static_cast<double>(lengthMs)
                         : static_cast<double>(interval.requests);
    s.inFlight = inFlight;
    s.dropped = interval.dropped;
    s.interrupted = interval.interrupted;
    s.droppedTotal = m_total.dropped;
    s.requestsTotal = m_total.requests;
    s.expectedTotal = plannedTotal;
    s.service = LatencySummary::of(interval.service);
    s.corrected = LatencySummary::of(interval.corrected);
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
    return m_timeline.last();
}

} // namespace canary
