#pragma once

// The scenario's guard rails on a live run, one per-second snapshot at a time, whichever source measured it
// (CanaryDesk's engine or k6's points read as k6 writes them): a value over its limit for `for` ms in a row
// gives the reason the load must stop. And one rail every run has: when every request of the first
// kTlsWindowMs failed its TLS handshake, nothing can reach the service and the load stops, saying which refusal.
// Pure: no clock, no signals.

#include "core/metrics/RunMetrics.h"
#include "core/scenario/Scenario.h"

#include <QString>

#include <optional>

namespace canary {

class GuardRailWatch
{
public:
    explicit GuardRailWatch(GuardRails rails) : m_rails(std::move(rails)) {}
    // The reason to stop the load, once: the first snapshot that crosses a rail; nothing after it.
    std::optional<QString> check(const Snapshot &s);

    static constexpr qint64 kTlsWindowMs = 5000;

private:
    GuardRails m_rails;
    qint64 m_errorSinceMs = -1; // when the per-second error rate went over its rail
    qint64 m_p95SinceMs = -1;
    bool m_crossed = false;
    quint64 m_earlyRequests = 0; // completed in the first kTlsWindowMs
    quint64 m_earlyTls = 0;      // of them, failed TLS
    ErrorClass m_earlyTlsKind = ErrorClass::Tls;
};

} // namespace canary
