#pragma once

// How a worker that fell behind its schedule catches up without harming the service it measures: pure, no timers.
// On time, every arrival goes out at its moment. After a delay — a busy event loop, a paused process, a machine
// that slept — an arrival whose moment passed more than kLateNs ago is not sent (a hole, counted as dropped with
// its own reason: what fell into the pause stays in the pause), and the ones still within the tolerance go out no
// faster than kSpeedup × the plan's pace after a burst of at most kBurstNs of the plan (a token bucket filled by
// the arrivals as they fall due). So a resumed client never sends more than a small multiple of the plan in any
// 100 ms, where a plain catch-up sent the whole backlog at once (471 requests in a second after a 10-s stop at
// 100/s, 401 of them within 100 ms).

#include <QtGlobal>

namespace canary {

class CatchUp
{
public:
    static constexpr qint64 kLateNs = 1'000'000'000; // later than this: not sent (the hole)
    static constexpr double kSpeedup = 2.0;          // catching up at most twice the plan's pace
    static constexpr qint64 kBurstNs = 50'000'000;   // and at once no more than 50 ms of the plan

    // Time has come to nowNs, with ratePerSecond this worker's share of the plan: the bucket fills at kSpeedup ×
    // that pace, up to kBurstNs of the plan (a pause of any length fills it to the burst, never beyond).
    void refill(qint64 nowNs, double ratePerSecond);
    // Whether an arrival due at dueNs is too late to be sent at nowNs: it fell into a pause (skip it, count it).
    static bool tooLate(qint64 dueNs, qint64 nowNs) { return nowNs - dueNs > kLateNs; }
    // Takes one send from the bucket; false when it is empty.
    bool take();
    double tokens() const { return m_tokens; }
    // Nanoseconds until the bucket holds one send again at ratePerSecond.
    static qint64 nsPerSend(double ratePerSecond);

private:
    double m_tokens = 1;
    qint64 m_lastNs = -1;
};

} // namespace canary
