#include "core/evidence/ReportTables.h"

#include "core/common/Encode.h"
#include "core/common/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace canary::report_tables {

namespace {

QJsonObject valuesOf(const QJsonObject &summary, const QString &metric)
{
    return summary.value(QStringLiteral("metrics"))
        .toObject()
        .value(metric)
        .toObject()
        .value(QStringLiteral("values"))
        .toObject();
}

// A row of a trend's statistics in the order of the headers below; empty when the summary lacks the metric.
QStringList trendRow(const QJsonObject &summary, const QString &metric, const QString &label)
{
    const QJsonObject v = valuesOf(summary, metric);
    if (v.isEmpty())
        return {};
    QStringList row{label};
    for (const char *key : {"avg", "min", "med", "p(90)", "p(95)", "p(99)", "max"}) {
        const QJsonValue x = v.value(QLatin1String(key));
        row << (x.isDouble() ? milliseconds(x.toDouble()) : QStringLiteral("—"));
    }
    return row;
}

QStringList trendHeaders()
{
    return {QString(),
            QCoreApplication::translate("ReportTables", "avg"),
            QCoreApplication::translate("ReportTables", "min"),
            QCoreApplication::translate("ReportTables", "med"),
            QStringLiteral("p90"),
            QStringLiteral("p95"),
            QStringLiteral("p99"),
            QCoreApplication::translate("ReportTables", "max")};
}

const QList<double> kTrendWidths{0.30, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10};

QString count(double n)
{
    return QLocale().toString(static_cast<qint64>(std::llround(n)));
}

QString perSecond(double rate, int decimals)
{
    return QCoreApplication::translate("ReportTables", "%1 /s").arg(QLocale().toString(rate, 'f', decimals));
}

QString share(double part, double whole)
{
    return whole > 0 ? QStringLiteral("%1 %").arg(QLocale().toString(100.0 * part / whole, 'f', 2))
                     : QStringLiteral("—");
}

// Every check of a group and its subgroups, named with its group path ("::group::check" reads "group › check").
void collectChecks(const QJsonObject &group, const QString &prefix, QList<QStringList> &rows)
{
    for (const QJsonValue &c : group.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject o = c.toObject();
        const double passes = o.value(QStringLiteral("passes")).toDouble();
        const double fails = o.value(QStringLiteral("fails")).toDouble();
        rows << QStringList{encode::visible(prefix + o.value(QStringLiteral("name")).toString()), count(passes),
                            count(fails), share(passes, passes + fails)};
    }
    for (const QJsonValue &g : group.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject o = g.toObject();
        collectChecks(o, prefix + o.value(QStringLiteral("name")).toString() + QStringLiteral(" › "), rows);
    }
}

} // namespace

QString milliseconds(double ms)
{
    if (!std::isfinite(ms))
        return QStringLiteral("—");
    if (std::abs(ms) >= 1000.0)
        return QStringLiteral("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 2));
    return QStringLiteral("%1 ms").arg(QLocale().toString(ms, 'f', std::abs(ms) < 10.0 ? 2 : 1));
}

QString bytes(double n)
{
    if (n < 1000.0)
        return QStringLiteral("%1 B").arg(QLocale().toString(static_cast<qint64>(std::llround(n))));
    const char *units[] = {"kB", "MB", "GB", "TB"};
    int u = 0;
    n /= 1000.0;
    while (n >= 1000.0 && u < 3) {
        n /= 1000.0;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(QLocale().toString(n, 'f', n < 10.0 ? 2 : 1), QLatin1String(units[u]));
}

QString statusMeaning(int code)
{
    switch (code) {
    case 0:
        return QCoreApplication::translate("ReportTables", "no answer (timed out, refused, reset or cut short)");
    case 200:
        return QCoreApplication::translate("ReportTables", "OK");
    case 201:
        return QCoreApplication::translate("ReportTables", "Created");
    case 202:
        return QCoreApplication::translate("ReportTables", "Accepted");
    case 204:
        return QCoreApplication::translate("ReportTables", "No Content");
    case 301:
    case 308:
        return QCoreApplication::translate("ReportTables", "Moved Permanently");
    case 302:
    case 307:
        return QCoreApplication::translate("ReportTables", "Redirect");
    case 400:
        return QCoreApplication::translate("ReportTables", "Bad Request");
    case 401:
        return QCoreApplication::translate("ReportTables", "Unauthorized (the token)");
    case 403:
        return QCoreApplication::translate("ReportTables", "Forbidden");
    case 404:
        return QCoreApplication::translate("ReportTables", "Not Found");
    case 408:
        return QCoreApplication::translate("ReportTables", "Request Timeout");
    case 409:
        return QCoreApplication::translate("ReportTables", "Conflict");
    case 413:
        return QCoreApplication::translate("ReportTables", "Payload Too Large");
    case 422:
        return QCoreApplication::translate("ReportTables", "Unprocessable Content");
    case 429:
        return QCoreApplication::translate("ReportTables", "Too Many Requests (rate-limited)");
    case 500:
        return QCoreApplication::translate("ReportTables", "Internal Server Error");
    case 502:
        return QCoreApplication::translate("ReportTables", "Bad Gateway");
    case 503:
        return QCoreApplication::translate("ReportTables", "Service Unavailable");
    case 504:
        return QCoreApplication::translate("ReportTables", "Gateway Timeout");
    default:
        break;
    }
    if (code >= 200 && code < 300)
        return QCoreApplication::translate("ReportTables", "success");
    if (code >= 300 && code < 400)
        return QCoreApplication::translate("ReportTables", "redirect");
    if (code >= 400 && code < 500)
        return QCoreApplication::translate("ReportTables", "client error");
    if (code >= 500 && code < 600)
        return QCoreApplication::translate("ReportTables", "server error");
    return QCoreApplication::translate("ReportTables", "not an HTTP status");
}

QList<ReportTable> build(const QJsonObject &summary, const IntervalStats *total, const QList<Snapshot> &timeline,
                         const QJsonObject &logs, const QString &logFileName)
{
    QList<ReportTable> tables;

    ReportTable latency{QStringLiteral("latency"),
                        QCoreApplication::translate("ReportTables", "Response times"),
                        QCoreApplication::translate(
                            "ReportTables",
                            "From the first byte sent to the last byte received, as k6 reports them. \"From the "
                            "schedule\" also counts the time a request waited past its planned start (coordinated "
                            "omission corrected)."),
                        trendHeaders(),
                        {},
                        kTrendWidths};
    for (const auto &[metric, label] :
         {std::pair{"http_req_duration", QCoreApplication::translate("ReportTables", "All answers")},
          std::pair{"http_req_duration{expected_response:true}",
                    QCoreApplication::translate("ReportTables", "Expected answers (2xx, 3xx)")},
          std::pair{"canary_corrected_latency", QCoreApplication::translate("ReportTables", "From the schedule")}})
        // A k6 run has no planned send times: its "from the schedule" trend is empty (all zero), not a 0-ms latency.
        if (const QStringList row = trendRow(summary, QLatin1String(metric), label);
            !row.isEmpty() && !(std::strcmp(metric, "canary_corrected_latency") == 0 &&
                                valuesOf(summary, QLatin1String(metric)).value(QStringLiteral("max")).toDouble() <= 0))
            latency.rows << row;
    if (!latency.rows.isEmpty())
        tables << latency;

    ReportTable phases{QStringLiteral("phases"),
                       QCoreApplication::translate("ReportTables", "Where the time went"),
                       QCoreApplication::translate(
                           "ReportTables",
                           "Each request's time in k6's phases: a long wait for a connection or a TLS handshake is the "
                           "client's or the network's; \"Waiting\" is the service working on the request."),
                       trendHeaders(),
                       {},
                       kTrendWidths};
    for (const auto &[metric, label] :
         {std::pair{"http_req_blocked",
                    QCoreApplication::translate("ReportTables", "Blocked (waiting for a connection)")},
          std::pair{"http_req_connecting", QCoreApplication::translate("ReportTables", "Connecting (TCP)")},
          std::pair{"http_req_tls_handshaking", QCoreApplication::translate("ReportTables", "TLS handshake")},
          std::pair{"http_req_sending", QCoreApplication::translate("ReportTables", "Sending")},
          std::pair{"http_req_waiting", QCoreApplication::translate("ReportTables", "Waiting (time to first byte)")},
          std::pair{"http_req_receiving", QCoreApplication::translate("ReportTables", "Receiving")}})
        if (const QStringList row = trendRow(summary, QLatin1String(metric), label); !row.isEmpty())
            phases.rows << row;
    // A file that names no phase (a k6 --out json filtered to http_req_duration) gives all-zero trends: left out.
    bool phased = false;
    for (const char *metric : {"http_req_blocked", "http_req_connecting", "http_req_tls_handshaking",
                               "http_req_sending", "http_req_waiting", "http_req_receiving"})
        phased = phased || valuesOf(summary, QLatin1String(metric)).value(QStringLiteral("max")).toDouble() > 0;
    if (phased)
        tables << phases;

    if (total && !total->statusCounts.isEmpty()) {
        ReportTable status{QStringLiteral("status"),
                           QCoreApplication::translate("ReportTables", "Answers by status code"),
                           {},
                           {QCoreApplication::translate("ReportTables", "Status"),
                            QCoreApplication::translate("ReportTables", "Meaning"),
                            QCoreApplication::translate("ReportTables", "Requests"),
                            QCoreApplication::translate("ReportTables", "Share")},
                           {},
                           {0.12, 0.50, 0.20, 0.18}};
        double all = 0;
        for (auto it = total->statusCounts.constBegin(); it != total->statusCounts.constEnd(); ++it)
            all += static_cast<double>(it.value());
        for (auto it = total->statusCounts.constBegin(); it != total->statusCounts.constEnd(); ++it)
            status.rows << QStringList{it.key() == 0 ? QStringLiteral("—") : QString::number(it.key()),
                                       statusMeaning(it.key()), count(static_cast<double>(it.value())),
                                       share(static_cast<double>(it.value()), all)};
        tables << status;
    }

    ReportTable traffic{QStringLiteral("traffic"),
                        QCoreApplication::translate("ReportTables", "Traffic"),
                        {},
                        {QCoreApplication::translate("ReportTables", "Measure"),
                         QCoreApplication::translate("ReportTables", "Total"),
                         QCoreApplication::translate("ReportTables", "Rate")},
                        {},
                        {0.50, 0.25, 0.25}};
    auto counter = [&](const char *metric, const QString &label, bool data) {
        const QJsonObject v = valuesOf(summary, QLatin1String(metric));
        if (v.isEmpty())
            return;
        const double n = v.value(QStringLiteral("count")).toDouble();
        const double rate = v.value(QStringLiteral("rate")).toDouble();
        traffic.rows << QStringList{label, data ? bytes(n) : count(n),
                                    data ? bytes(rate) + QStringLiteral("/s") : perSecond(rate, 2)};
    };
    counter("http_reqs", QCoreApplication::translate("ReportTables", "Requests"), false);
    counter("iterations", QCoreApplication::translate("ReportTables", "Iterations"), false);
    counter("dropped_iterations",
            QCoreApplication::translate("ReportTables", "Arrivals not started (dropped iterations)"), false);
    counter("data_sent", QCoreApplication::translate("ReportTables", "Data sent"), true);
    counter("data_received", QCoreApplication::translate("ReportTables", "Data received"), true);
    if (!timeline.isEmpty()) {
        int most = 0;
        double sum = 0, span = 0;
        for (const Snapshot &s : timeline) {
            most = std::max(most, s.inFlight);
            sum += s.inFlight * s.span;
            span += s.span;
        }
        if (most > 0) // a k6 file does not say how many were in flight
            traffic.rows << QStringList{
                QCoreApplication::translate("ReportTables",
                                            "Requests in flight (the most in a charted second; the mean)"),
                count(most), span > 0 ? QLocale().toString(sum / span, 'f', 1) : QString()};
    }
    if (const QJsonObject v = valuesOf(summary, QStringLiteral("checks")); !v.isEmpty()) {
        const double passes = v.value(QStringLiteral("passes")).toDouble();
        const double fails = v.value(QStringLiteral("fails")).toDouble();
        traffic.rows << QStringList{
            QCoreApplication::translate("ReportTables", "Checks passed"),
            QCoreApplication::translate("ReportTables", "%1 of %2").arg(count(passes), count(passes + fails)),
            share(passes, passes + fails)};
    }
    if (!traffic.rows.isEmpty())
        tables << traffic;

    ReportTable checks{QStringLiteral("checks"),
                       QCoreApplication::translate("ReportTables", "Checks"),
                       {},
                       {QCoreApplication::translate("ReportTables", "Check"),
                        QCoreApplication::translate("ReportTables", "Passed"),
                        QCoreApplication::translate("ReportTables", "Failed"),
                        QCoreApplication::translate("ReportTables", "Share passed")},
                       {},
                       {0.46, 0.18, 0.18, 0.18}};
    collectChecks(summary.value(QStringLiteral("root_group")).toObject(), QString(), checks.rows);
    if (!checks.rows.isEmpty())
        tables << checks;

    const QJsonArray lines = logs.value(QStringLiteral("lines")).toArray();
    if (!logs.isEmpty()) {
        const qint64 inside = logs.value(QStringLiteral("inside")).toInteger(lines.size());
        ReportTable log{QStringLiteral("log"),
                        QCoreApplication::translate("ReportTables", "Application error log of the run's window"),
                        {},
                        {},
                        {},
                        {1.0}};
        const qsizetype shown = std::min<qsizetype>(lines.size(), kLogLines);
        log.intro =
            lines.isEmpty()
                ? QCoreApplication::translate("ReportTables", "No line matched /%1/ between %2 and %3 (UTC).")
                      .arg(logs.value(QStringLiteral("filter")).toString(),
                           logs.value(QStringLiteral("window_from")).toString(),
                           logs.value(QStringLiteral("window_to")).toString())
            : shown < inside
                ? QCoreApplication::translate(
                      "ReportTables",
                      "The first %L1 of %L2 lines matching /%3/ in the run's window; every one is in %4 in this "
                      "package.")
                      .arg(shown)
                      .arg(inside)
                      .arg(logs.value(QStringLiteral("filter")).toString(), logFileName)
                : QCoreApplication::translate(
                      "ReportTables", "All %L1 lines matching /%2/ in the run's window (also in %3 in this package).")
                      .arg(shown)
                      .arg(logs.value(QStringLiteral("filter")).toString(), logFileName);
        for (qsizetype i = 0; i < shown; ++i) {
            const QJsonObject line = lines.at(i).toObject();
            // A log line is the application's words: escapes and control characters are shown, never obeyed, and a
            // secret it repeats is masked as in the log file.
            log.rows << QStringList{
                encode::visible(redaction::redact(line.value(QStringLiteral("text")).toString()).left(400))};
        }
        tables << log;
    }
    return tables;
}

} // namespace canary::report_tables
