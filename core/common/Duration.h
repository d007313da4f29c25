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

// A time axis for people: ticks at whole seconds, minutes, hours or days. axisSteps() are the candidates in
// seconds (1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h, 1, 2, 7 d); axisStep() the smallest
// that keeps at most maxTicks ticks over spanS (beyond a week: whole weeks); axisLabel() a tick's words for that
// step and span: "2:30", "1:15:00", and past a day "6 h", "1 d 6 h", "3 d".
const QList<double> &axisSteps();
double axisStep(double spanS, double maxTicks);
QString axisLabel(qint64 seconds, double stepS, double spanS);

} // namespace canary::duration
