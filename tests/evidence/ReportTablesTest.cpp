// #31: the report prints what the package holds and what k6's report shows — percentiles, phases, answers by status
// code, traffic, checks and the error log's lines — from the package's own files, and nothing it does not have.

#include "core/common/Redactor.h"
#include "core/evidence/ReportTables.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace canary;

namespace {

QJsonObject trend(double avg, double min, double med, double p90, double p95, double p99, double max)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("trend")},
                       {QStringLiteral("values"), QJsonObject{{QStringLiteral("avg"), avg},
                                                              {QStringLiteral("min"), min},
                                                              {QStringLiteral("med"), med},
                                                              {QStringLiteral("p(90)"), p90},
                                                              {QStringLiteral("p(95)"), p95},
                                                              {QStringLiteral("p(99)"), p99},
                                                              {QStringLiteral("max"), max}}}};
}

QJsonObject counter(double count, double rate)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("counter")},
        {QStringLiteral("values"), QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("rate"), rate}}}};
}

// A handleSummary of a 2-minute run at 250/s, shaped like k6's (and like summary.json).
QJsonObject summary()
{
    QJsonObject m;
    m.insert(QStringLiteral("http_req_duration"), trend(41.24, 3.5, 38.0, 60.4, 82.5, 140.0, 2350.0));
    m.insert(QStringLiteral("canary_corrected_latency"), trend(0, 0, 0, 0, 0, 0, 0)); // a k6 run: no send plan
    m.insert(QStringLiteral("http_req_waiting"), trend(40.0, 3.0, 37.0, 59.0, 80.0, 138.0, 2300.0));
    m.insert(QStringLiteral("http_req_tls_handshaking"), trend(0.42, 0, 0, 0, 0, 12.5, 31.0));
    m.insert(QStringLiteral("http_reqs"), counter(30000, 250.0));
    m.insert(QStringLiteral("data_sent"), counter(12'345'678, 102'880));
    m.insert(QStringLiteral("data_received"), counter(812, 6.7));
    m.insert(QStringLiteral("checks"),
             QJsonObject{{QStringLiteral("values"),
                          QJsonObject{{QStringLiteral("passes"), 29990}, {QStringLiteral("fails"), 10}}}});
    const QJsonObject root{
        {QStringLiteral("checks"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("status is 202")},
                                                          {QStringLiteral("passes"), 29990},
                                                          {QStringLiteral("fails"), 10}}}},
        {QStringLiteral("groups"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("auth")},
                                {QStringLiteral("checks"),
                                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("token \x1b[31mred")},
                                                        {QStringLiteral("passes"), 1},
                                                        {QStringLiteral("fails"), 0}}}}}}}};
    return QJsonObject{{QStringLiteral("metrics"), m}, {QStringLiteral("root_group"), root}};
}

const ReportTable *find(const QList<ReportTable> &tables, const char *id)
{
    for (const ReportTable &t : tables)
        if (t.id == QLatin1String(id))
            return &t;
    return nullptr;
}

} // namespace

TEST(ReportTables, PercentilesAndPhasesAreK6sNumbersInTheirOrderWithUnits)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QList<ReportTable> tables = report_tables::build(summary(), nullptr, {}, {}, {});
    const ReportTable *latency = find(tables, "latency");
    ASSERT_NE(latency, nullptr);
    EXPECT_EQ(latency->headers, (QStringList{QString(), QStringLiteral("avg"), QStringLiteral("min"),
                                             QStringLiteral("med"), QStringLiteral("p90"), QStringLiteral("p95"),
                                             QStringLiteral("p99"), QStringLiteral("max")}));
    ASSERT_EQ(latency->rows.size(), 1) << "only the trends the summary has: no expected-response or corrected row";
    EXPECT_EQ(latency->rows[0],
              (QStringList{QStringLiteral("All answers"), QStringLiteral("41.2 ms"), QStringLiteral("3.50 ms"),
                           QStringLiteral("38.0 ms"), QStringLiteral("60.4 ms"), QStringLiteral("82.5 ms"),
                           QStringLiteral("140.0 ms"), QStringLiteral("2.35 s")}));
    EXPECT_EQ(latency->widths.size(), latency->headers.size());
    const ReportTable *phases = find(tables, "phases");
    ASSERT_NE(phases, nullptr);
    ASSERT_EQ(phases->rows.size(), 2);
    EXPECT_EQ(phases->rows[0][0], QStringLiteral("TLS handshake")) << "k6's order: TLS before waiting";
    EXPECT_EQ(phases->rows[0][7], QStringLiteral("31.0 ms"));
    EXPECT_EQ(phases->rows[1][0], QStringLiteral("Waiting (time to first byte)"));
    EXPECT_EQ(find(tables, "status"), nullptr) << "no totals, no status table — never an empty one";

    // A k6 file filtered to http_req_duration: its phases are all zero, which is no data, not a 0-ms phase.
    QJsonObject unphased = summary();
    QJsonObject metrics = unphased.value(QStringLiteral("metrics")).toObject();
    for (const char *m : {"http_req_waiting", "http_req_tls_handshaking"})
        metrics.insert(QLatin1String(m), trend(0, 0, 0, 0, 0, 0, 0));
    unphased.insert(QStringLiteral("metrics"), metrics);
    EXPECT_EQ(find(report_tables::build(unphased, nullptr, {}, {}, {}), "phases"), nullptr);
    EXPECT_EQ(find(tables, "log"), nullptr);
}

TEST(ReportTables, StatusCodesTrafficAndChecksAreCountedWithTheirShares)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    IntervalStats total;
    total.statusCounts[202] = 29970;
    total.statusCounts[503] = 20;
    total.statusCounts[0] = 10;
    QList<Snapshot> timeline;
    for (int i = 0; i < 4; ++i) {
        Snapshot s;
        s.second = i + 1;
        s.inFlight = i == 2 ? 37 : 9;
        timeline << s;
    }
    const QList<ReportTable> tables = report_tables::build(summary(), &total, timeline, {}, {});
    const ReportTable *status = find(tables, "status");
    ASSERT_NE(status, nullptr);
    ASSERT_EQ(status->rows.size(), 3);
    EXPECT_EQ(status->rows[0],
              (QStringList{QStringLiteral("—"), QStringLiteral("no answer (timed out, refused, reset or cut short)"),
                           QStringLiteral("10"), QStringLiteral("0.03 %")}));
    EXPECT_EQ(status->rows[1], (QStringList{QStringLiteral("202"), QStringLiteral("Accepted"), QStringLiteral("29,970"),
                                            QStringLiteral("99.90 %")}));
    EXPECT_EQ(status->rows[2][1], QStringLiteral("Service Unavailable"));
    EXPECT_EQ(report_tables::statusMeaning(418), QStringLiteral("client error"));
    EXPECT_EQ(report_tables::statusMeaning(299), QStringLiteral("success"));

    const ReportTable *traffic = find(tables, "traffic");
    ASSERT_NE(traffic, nullptr);
    QMap<QString, QStringList> rows;
    for (const QStringList &r : traffic->rows)
        rows.insert(r[0], r);
    EXPECT_EQ(rows.value(QStringLiteral("Requests")),
              (QStringList{QStringLiteral("Requests"), QStringLiteral("30,000"), QStringLiteral("250.00 /s")}));
    EXPECT_EQ(rows.value(QStringLiteral("Data sent")).value(1), QStringLiteral("12.3 MB"));
    EXPECT_EQ(rows.value(QStringLiteral("Data sent")).value(2), QStringLiteral("102.9 kB/s"));
    EXPECT_EQ(rows.value(QStringLiteral("Data received")).value(1), QStringLiteral("812 B"));
    const QStringList inFlight =
        rows.value(QStringLiteral("Requests in flight (the most in a charted second; the mean)"));
    EXPECT_EQ(inFlight.value(1), QStringLiteral("37"));
    EXPECT_EQ(inFlight.value(2), QStringLiteral("16.0")) << "(9 + 9 + 37 + 9) / 4";
    EXPECT_EQ(rows.value(QStringLiteral("Checks passed")).value(1), QStringLiteral("29,990 of 30,000"));
    EXPECT_FALSE(rows.contains(QStringLiteral("Iterations"))) << "not in this summary";

    const ReportTable *checks = find(tables, "checks");
    ASSERT_NE(checks, nullptr);
    ASSERT_EQ(checks->rows.size(), 2);
    EXPECT_EQ(checks->rows[0], (QStringList{QStringLiteral("status is 202"), QStringLiteral("29,990"),
                                            QStringLiteral("10"), QStringLiteral("99.97 %")}));
    EXPECT_TRUE(checks->rows[1][0].startsWith(QStringLiteral("auth › token "))) << "named with its group";
    EXPECT_FALSE(checks->rows[1][0].contains(QChar(0x1b))) << "a check's name never drives a terminal or a page";
}

TEST(ReportTables, TheErrorLogsLinesAreShownCappedMaskedAndNeverObeyed)
{
    redaction::remember("s3cr3t-token-value");
    QJsonArray lines;
    for (int i = 0; i < 55; ++i)
        lines.append(QJsonObject{
            {QStringLiteral("file"), QStringLiteral("app.log")},
            {QStringLiteral("text"),
             i == 0 ? QStringLiteral("2026-12-07T10:00:01Z ERROR \x1b]0;owned\x07 auth s3cr3t-token-value rejected")
                    : QStringLiteral("2026-12-07T10:00:%1Z ERROR timeout").arg(i + 1, 2, 10, QLatin1Char('0'))}});
    const QJsonObject logs{{QStringLiteral("filter"), QStringLiteral("ERROR|FATAL")},
                           {QStringLiteral("inside"), 55},
                           {QStringLiteral("window_from"), QStringLiteral("2026-12-07T10:00:00Z")},
                           {QStringLiteral("window_to"), QStringLiteral("2026-12-07T10:02:00Z")},
                           {QStringLiteral("lines"), lines}};
    const QList<ReportTable> tables = report_tables::build({}, nullptr, {}, logs, QStringLiteral("error_logs_x.log"));
    ASSERT_EQ(tables.size(), 1) << "an empty summary gives no number tables";
    const ReportTable &log = tables[0];
    EXPECT_EQ(log.id, QStringLiteral("log"));
    ASSERT_EQ(log.rows.size(), report_tables::kLogLines);
    EXPECT_TRUE(log.intro.contains(QStringLiteral("40 of 55"))) << log.intro.toStdString();
    EXPECT_TRUE(log.intro.contains(QStringLiteral("error_logs_x.log"))) << log.intro.toStdString();
    EXPECT_FALSE(log.rows[0][0].contains(QStringLiteral("s3cr3t-token-value"))) << log.rows[0][0].toStdString();
    EXPECT_FALSE(log.rows[0][0].contains(QChar(0x1b)));
    EXPECT_FALSE(log.rows[0][0].contains(QChar(0x07)));
    EXPECT_TRUE(log.rows[0][0].contains(QStringLiteral("rejected")));

    const QJsonObject quiet{{QStringLiteral("filter"), QStringLiteral("ERROR")},
                            {QStringLiteral("inside"), 0},
                            {QStringLiteral("window_from"), QStringLiteral("10:00")},
                            {QStringLiteral("window_to"), QStringLiteral("10:02")},
                            {QStringLiteral("lines"), QJsonArray{}}};
    const QList<ReportTable> none = report_tables::build({}, nullptr, {}, quiet, QStringLiteral("x.log"));
    ASSERT_EQ(none.size(), 1);
    EXPECT_TRUE(none[0].rows.isEmpty());
    EXPECT_TRUE(none[0].intro.startsWith(QStringLiteral("No line matched /ERROR/"))) << none[0].intro.toStdString();
}
