#pragma once

// Time source injected into everything that reads the time, so tests can advance it by hand.

#include <QDateTime>

#include <chrono>

namespace canary {

class Clock
{
public:
    virtual ~Clock() = default;
    // Monotonic time since an arbitrary epoch; use for durations and deadlines.
    virtual std::chrono::nanoseconds monotonic() const = 0;
    // Wall-clock time in UTC; use for timestamps people read.
    virtual QDateTime utcNow() const = 0;

    qint64 monotonicMs() const { return std::chrono::duration_cast<std::chrono::milliseconds>(monotonic()).count(); }
};

class SystemClock final : public Clock
{
public:
    std::chrono::nanoseconds monotonic() const override;
    QDateTime utcNow() const override;

    // The process-wide instance for production wiring.
    static SystemClock &instance();
};

} // namespace canary
