#pragma once

// The numbers of a run as tables for people — what k6's own end-of-test summary and web-dashboard report show,
// from the same package files: response-time percentiles, where the time went (k6's phases), the answers by
// status code, the traffic (requests, data, requests in flight, checks) and the application's error-log lines of
// the run's window. Pure: the report renderer only prints them (report.html and report.pdf alike).

#include "core/metrics/IntervalStats.h"
#include "core/metrics/RunMetrics.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace canary {

struct ReportTable
{
    QString id;    // stable, for the page and tests: "latency", "phases", "status", "traffic", "checks", "log"
    QString title; // translated
    QString intro; // a sentence under the title; may be empty
    QStringList headers;
    QList<QStringList> rows;
    QList<double> widths; // each column's share of a printed page's width
};

namespace report_tables {

// Every table the package's data allows, in reading order. handleSummary: summary.json (k6's handleSummary data);
// total: the run's totals (status codes; null when there are none, as for a k6 summary imported alone); timeline:
// the charted seconds (requests in flight); logs: RunRecord::logs (the windowed error log) and the file it is
// written to in the package. A table without data is left out, never printed empty.
QList<ReportTable> build(const QJsonObject &handleSummary, const IntervalStats *total, const QList<Snapshot> &timeline,
                         const QJsonObject &logs, const QString &logFileName);

// At most this many error-log lines are printed; the rest are in the package's log file.
inline constexpr int kLogLines = 40;

// "42.9 ms", "0.35 ms", "1.24 s" — a k6 trend value (milliseconds) for reading.
QString milliseconds(double ms);
// "812 B", "12.3 kB", "4.56 MB" — decimal units, as k6 prints data.
QString bytes(double count);
// What a status code means, in a few words ("Accepted", "Service Unavailable"); 0: no answer at all.
QString statusMeaning(int code);

} // namespace report_tables

} // namespace canary
