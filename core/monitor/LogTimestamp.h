#pragma once

// The time a log line was written, read from the line itself: ISO-8601/RFC 3339 (with or without zone and
// fraction, 'T' or space), "YYYY-MM-DD HH:MM:SS,mmm", syslog "Mon DD HH:MM:SS" (year taken from the
// reference time), or epoch seconds/millis in a JSON "ts"/"time"/"timestamp" field. Times without a zone
// are read in the zone the caller assumes (UTC unless told otherwise).

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace canary {

class LogTimestamp
{
public:
    static std::optional<QDateTime> parse(const QByteArray &line, const QTimeZone &assumedZone,
                                          const QDateTime &reference);
};

} // namespace canary
