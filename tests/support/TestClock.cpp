#include "tests/support/TestClock.h"

#include <QTimeZone>

namespace canary::test {

TestClock::TestClock(QDateTime start) : m_start(std::move(start)) {}

} // namespace canary::test
