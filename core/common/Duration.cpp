#include "core/common/Duration.h"

#include <QCoreApplication>
#include <algorithm>

#include <cmath>

namespace canary::duration {

namespace {

struct Unit
{
    const char *name;
    double ms;
};

// Longest names first so "ms" is not read as "m".
constexpr Unit kUnits[] = {{"ms", 1.0}, {"us", 0.001}, {"µs", 0.001}, {"h", 3600000.0}, {"m", 60000.0}, {"s", 1000.0}};

} // namespace

Result<qint64> parseMs(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Result<qint64>::failure(
            QCoreApplication::translate("Scenario", "empty duration (expected e.g. \"30s\", \"30m\", \"1h30m\")"));
    double total = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype numberStart = i;
        while (i < text.size() && (text[i].isDigit() || text[i] == QLatin1Char('.')))
            ++i;
        if (i == numberStart)
            return Result<qint64>::failure(
                QCoreApplication::translate("Scenario", "\"%1\" is not a duration: expected a number at position %2")
                    .arg(input)
                    .arg(i + 1));
        bool ok = false;
        const double number = text.mid(numberStart, i - numberStart).toDouble(&ok);
        if (!ok)
            return Result<qint64>::failure(
                QCoreApplication::translate("Scenario", "\"%1\" is not a duration: bad number \"%2\"")
                    .arg(input, text.mid(numberStart, i - numberStart)));
        const Unit *unit = nullptr;
        for (const Unit &u : kUnits) {
            const QString name = QString::fromUtf8(u.name);
            if (text.mid(i, name.size()) == name) {
                unit = &u;
                i += name.size();
                break;
            }
        }
        if (!unit)
            return Result<qint64>::failure(
                QCoreApplication::translate(
                    "Scenario", "\"%1\" is not a duration: missing or unknown unit after %2 (use h, m, s or ms)")
                    .arg(input, text.mid(numberStart, i - numberStart)));
        total += number * unit->ms;
    }
    if (!std::isfinite(total) || total > 1e15)
        return Result<qint64>::failure(
            QCoreApplication::translate("Scenario", "\"%1\" is too long a duration").arg(input));
    return static_cast<qint64>(std::llround(total));
}

QString format(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    QString out;
    if (ms < 0) {
        out += QLatin1Char('-');
        ms = -ms;
    }
    const qint64 hours = ms / 3600000;
    const qint64 minutes = (ms / 60000) % 60;
    const qint64 seconds = (ms / 1000) % 60;
    const qint64 millis = ms % 1000;
    if (hours)
        out += QString::number(hours) + QLatin1Char('h');
    if (minutes)
        out += QString::number(minutes) + QLatin1Char('m');
    if (seconds)
        out += QString::number(seconds) + QLatin1Char('s');
    if (millis)
        out += QString::number(millis) + QStringLiteral("ms");
    return out;
}

QString clock(qint64 ms)
{
    const qint64 total = std::max<qint64>(0, ms) / 1000;
    const qint64 h = total / 3600, m = (total / 60) % 60, s = total % 60;
    const QString mmss = QStringLiteral("%1:%2")
                             .arg(h ? QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0')) : QString::number(m))
                             .arg(s, 2, 10, QLatin1Char('0'));
    return h ? QStringLiteral("%1:%2").arg(h).arg(mmss) : mmss;
}

const QList<double> &axisSteps()
{
    static const QList<double> steps{1,   2,    5,    10,   15,    30,    60,    120,   300,    600,
                                     900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800};
    return steps;
}

double axisStep(double spanS, double maxTicks)
{
    maxTicks = std::max(1.0, maxTicks);
    for (const double candidate : axisSteps())
        if (spanS / candidate <= maxTicks)
            return candidate;
    return 604800.0 * std::ceil(spanS / 604800.0 / maxTicks);
}

QString axisLabel(qint64 seconds, double stepS, double spanS)
{
    if (spanS > 86400 && stepS >= 3600) {
        const qint64 d = seconds / 86400, h = (seconds % 86400) / 3600;
        if (d == 0)
            return QStringLiteral("%1 h").arg(h);
        return h == 0 ? QStringLiteral("%1 d").arg(d) : QStringLiteral("%1 d %2 h").arg(d).arg(h);
    }
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    if (spanS >= 3600)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace canary::duration
