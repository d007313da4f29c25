#pragma once

// Everything measured over one interval (one second of one worker, or merged: of all workers, or of
// the whole run). Recording touches only this object, so each worker records without locks.

#include "core/metrics/LatencyHistogram.h"
#include "core/metrics/RequestResult.h"

#include <QMap>

#include <array>
#include <utility>

namespace canary {

struct IntervalStats
{
    quint64 requests = 0;      // answered or failed (http_reqs)
    quint64 checkFailures = 0; // errors
    quint64 delivered = 0;     // delivery_success passes
    quint64 httpFailed = 0;    // http_req_failed passes
    // How many points each Rate got (passes and fails): its own denominator, as k6 counts a Rate. The engine
    // gives each request one of each; a k6 script may give a Rate more or fewer points than requests.
    quint64 errorsSamples = 0;
    quint64 deliverySamples = 0;
    quint64 httpFailedSamples = 0;
    quint64 dropped = 0;         // dropped_iterations
    quint64 droppedPaused = 0;   // of them: due while the client was paused (a hole, never a burst: CatchUp)
    quint64 interrupted = 0;     // in flight when the graceful stop ran out; not requests (k6 does the same)
    quint64 connectionWaits = 0; // requests that waited for a connection (the client limiting itself); not in the file
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    LatencyHistogram service;         // µs, http_req_duration
    LatencyHistogram serviceExpected; // µs, http_req_duration{expected_response:true}
    LatencyHistogram corrected;       // µs, from the intended send time
    // µs, k6's phases of each request: http_req_blocked, _connecting, _tls_handshaking, _sending, _waiting,
    // _receiving (the last three add up to http_req_duration).
    LatencyHistogram blocked, connecting, tlsHandshaking, sending, waiting, receiving;
    QMap<int, quint64> statusCounts; // 0 = no response
    std::array<quint64, kErrorClassCount> errorClasses{};

    void record(const RequestResult &r);
    void recordDropped(bool paused = false)
    {
        ++dropped;
        droppedPaused += paused ? 1 : 0;
        ++errorClasses[static_cast<size_t>(ErrorClass::Dropped)];
    }
    void merge(const IntervalStats &other);

    double errorRate() const { return errorsSamples ? double(checkFailures) / double(errorsSamples) : 0.0; }
    double deliveryRate() const { return deliverySamples ? double(delivered) / double(deliverySamples) : 0.0; }
    double httpFailedRate() const { return httpFailedSamples ? double(httpFailed) / double(httpFailedSamples) : 0.0; }
};

} // namespace canary
