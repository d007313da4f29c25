#include "core/metrics/IntervalStats.h"

namespace canary {

void IntervalStats::record(const RequestResult &r)
{
    ++requests;
    if (!r.checkOk)
        ++checkFailures;
    if (r.delivered)
        ++delivered;
    if (r.httpFailed())
        ++httpFailed;
    bytesIn += static_cast<quint64>(r.bytesIn);
    bytesOut += static_cast<quint64>(r.bytesOut);
    service.record(r.serviceNs() / 1000);
    if (!r.httpFailed())
        serviceExpected.record(r.serviceNs() / 1000);
    corrected.record(r.correctedNs() / 1000);
    ++statusCounts[r.status];
    ++errorClasses[static_cast<size_t>(r.errorClass)];
}

void IntervalStats::merge(const IntervalStats &o)
{
    requests += o.requests;
    checkFailures += o.checkFailures;
    delivered += o.delivered;
    httpFailed += o.httpFailed;
    dropped += o.dropped;
    interrupted += o.interrupted;
    bytesIn += o.bytesIn;
    bytesOut += o.bytesOut;
    service.merge(o.service);
    serviceExpected.merge(o.serviceExpected);
    corrected.merge(o.corrected);
    for (auto it = o.statusCounts.constBegin(); it != o.statusCounts.constEnd(); ++it)
        statusCounts[it.key()] += it.value();
    for (size_t i = 0; i < errorClasses.size(); ++i)
        errorClasses[i] += o.errorClasses[i];
}

} // namespace canary
