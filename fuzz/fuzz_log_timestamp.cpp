// The log-timestamp reader on arbitrary lines (binary garbage included): never crashes, never invents a
// date outside what a log can carry.
#include "core/monitor/LogTimestamp.h"

#include <QTimeZone>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime reference(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());
    const QByteArray line(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const QTimeZone &zone : {QTimeZone::utc(), QTimeZone(3600)}) {
        const auto stamp = canary::LogTimestamp::parse(line, zone, reference);
        if (stamp && (!stamp->isValid() || stamp->date().year() < 1970 || stamp->date().year() > 2200))
            std::abort();
    }
    return 0;
}
