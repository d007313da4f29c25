#pragma once

// k6/Go-style duration strings ("30m", "1h30m", "500ms", "1.5s") to milliseconds and back.

#include "core/common/Result.h"

#include <QString>

namespace canary::duration {

// Parses a duration such as "30m", "1h30m", "90s", "250ms" or "1.5s". A bare number is rejected
// (k6 requires a unit) so that "30" is never silently read as 30 ms.
Result<qint64> parseMs(const QString &text);

// Canonical form used when saving: the largest units first, no zero parts ("1h30m", "500ms", "0s").
QString format(qint64 ms);

// A clock reading for people: "0:21", "2:00", "1:02:03" (whole seconds, rounded down).
QString clock(qint64 ms);

} // namespace canary::duration
