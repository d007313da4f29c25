#include "core/metrics/IntervalStats.h"

#include <type_traits>

namespace canary {

void IntervalStats::record(const RequestResult &r)
{
    ++requests;
    ++errorsSamples;
    ++deliverySamples;
    ++httpFailedSamples;
    if (!r.checkOk)
        ++checkFailures;
    if (r.delivered)
        ++delivered;
    if (r.httpFailed())
        ++httpFailed;
    bytesIn += static_cast<quint64>(r.bytesIn);
    bytesOut += static_cast<quint64>(r.bytesOut);
    const auto us = &RequestResult::micros;
    service.record(us(r.serviceNs()));
    if (!r.httpFailed())
        serviceExpected.record(us(r.serviceNs()));
    corrected.record(us(r.correctedNs()));
    blocked.record(us(r.blockedNs));
    connecting.record(us(r.connectingNs));
    tlsHandshaking.record(us(r.tlsNs));
    sending.record(us(r.sendingNs));
    waiting.record(us(r.waitingNs));
    receiving.record(us(r.receivingNs()));
    ++statusCounts[r.status];
    ++errorClasses[static_cast<size_t>(r.errorClass)];
}

void IntervalStats::merge(const IntervalStats &o)
{
    requests += o.requests;
    checkFailures += o.checkFailures;
    delivered += o.delivered;
    httpFailed += o.httpFailed;
    errorsSamples += o.errorsSamples;
    deliverySamples += o.deliverySamples;
    httpFailedSamples += o.httpFailedSamples;
    dropped += o.dropped;
    droppedPaused += o.droppedPaused;
    connectionWaits += o.connectionWaits;
    interrupted += o.interrupted;
    bytesIn += o.bytesIn;
    bytesOut += o.bytesOut;
    service.merge(o.service);
    serviceExpected.merge(o.serviceExpected);
    corrected.merge(o.corrected);
    blocked.merge(o.blocked);
    connecting.merge(o.connecting);
    tlsHandshaking.merge(o.tlsHandshaking);
    sending.merge(o.sending);
    waiting.merge(o.waiting);
    receiving.merge(o.receiving);
    for (auto it = o.statusCounts.constBegin(); it != o.statusCounts.constEnd(); ++it)
        statusCounts[it.key()] += it.value();
    for (size_t i = 0; i < errorClasses.size(); ++i)
        errorClasses[i] += o.errorClasses[i];
}

} // namespace canary
