#pragma once

// A Clock that only moves when a test advances it.

#include "core/common/Clock.h"

#include <QDateTime>

#include <chrono>

namespace canary::test {

class TestClock final : public Clock
{
public:
    explicit TestClock(QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));

    std::chrono::nanoseconds monotonic() const override { return m_monotonic; }
    QDateTime utcNow() const override
    {
        return m_start.addMSecs(std::chrono::duration_cast<std::chrono::milliseconds>(m_monotonic).count());
    }

    void advance(std::chrono::nanoseconds by) { m_monotonic += by; }

private:
    QDateTime m_start;
    std::chrono::nanoseconds m_monotonic{0};
};

} // namespace canary::test
