#include "core/monitor/LogTimestamp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace canary {

namespace {

QDateTime build(int y, int mo, int d, int h, int mi, int s, int ms, const QString &zone, const QTimeZone &assumed)
{
    const QDate date(y, mo, d);
    const QTime time(h, mi, s, ms);
    if (!date.isValid() || !time.isValid() || y < 1970 || y > 2200) // no log line is dated outside these
        return {};
    if (zone.isEmpty())
        return QDateTime(date, time, assumed).toUTC();
    if (zone == QLatin1String("Z") || zone == QLatin1String("z"))
        return QDateTime(date, time, Qt::UTC);
    const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    const int offset = sign * (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

int fractionToMs(const QString &fraction)
{
    if (fraction.isEmpty())
        return 0;
    return (fraction + QStringLiteral("00")).left(3).toInt();
}

} // namespace

std::optional<QDateTime> LogTimestamp::parse(const QByteArray &raw, const QTimeZone &assumed,
                                             const QDateTime &reference)
{
    const QString line = QString::fromUtf8(raw.left(512));
    // ISO-8601 / RFC 3339 and "YYYY-MM-DD HH:MM:SS,mmm" anywhere near the start.
    static const QRegularExpression iso(QStringLiteral(
        "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2}):(\\d{2})(?:[.,](\\d{1,9}))?\\s?(Z|z|[+-]\\d{2}:?\\d{2})?"));
    if (const auto m = iso.match(line); m.hasMatch() && m.capturedStart() < 64) {
        const QDateTime t =
            build(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                  m.captured(5).toInt(), m.captured(6).toInt(), fractionToMs(m.captured(7)), m.captured(8), assumed);
        if (t.isValid())
            return t;
    }
    // Syslog: "Nov 27 10:00:01" at the start; the year is the reference's (or the one before, around new year).
    static const QRegularExpression syslog(QStringLiteral(
        "^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})"));
    if (const auto m = syslog.match(line); m.hasMatch()) {
        static const QStringList months = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                           QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                           QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                           QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
        const int month = static_cast<int>(months.indexOf(m.captured(1))) + 1;
        const QDate ref = reference.toTimeZone(assumed).date();
        QDateTime t = build(ref.year(), month, m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                            m.captured(5).toInt(), 0, QString(), assumed);
        if (t.isValid() && t > reference.addDays(1))
            t = build(ref.year() - 1, month, m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                      m.captured(5).toInt(), 0, QString(), assumed);
        if (t.isValid())
            return t;
    }
    // JSON lines with an epoch "ts"/"time"/"timestamp" (seconds or milliseconds) or an ISO string there.
    if (line.trimmed().startsWith(QLatin1Char('{'))) {
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        for (const char *key : {"ts", "time", "timestamp", "@timestamp"}) {
            const QJsonValue v = o.value(QString::fromLatin1(key));
            if (v.isDouble()) {
                const double n = v.toDouble();
                const double ms = n > 1e11 ? n : n * 1000.0;
                if (!(ms > 0 && ms < 7258118400000.0)) // 1970 … 2200, and never a cast of a huge double
                    continue;
                return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC);
            }
            if (v.isString()) {
                if (auto t = parse(v.toString().toUtf8(), assumed, reference))
                    return t;
            }
        }
    }
    return std::nullopt;
}

} // namespace canary
