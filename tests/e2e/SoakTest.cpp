// #32: long soaks, as the seed budgets them. A k6 run of days is read whole — every second, every request — judged
// on all of it, and drawn with its last day's outage where it happened.

#include "tests/e2e/E2eSupport.h"
#include "tests/support/K6Soak.h"

#include <QTemporaryDir>

using namespace canary::test;

TEST(Soak, AMultiDayK6RunIsImportedWholeAndFailsOnAnOutageInItsLastDay)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("soak.json.gz"));
    // 49 hours at 1/s; every request of hour 47 to 48 answered 503: 2.0 % errors, past Gate 1's 0.5 %.
    const QDateTime start = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 4 * 86400, Qt::UTC);
    const K6Soak soak = writeK6Soak(file, 49, 47 * 3600, 48 * 3600, start);
    ASSERT_EQ(soak.requests, 49 * 3600);
    const QString out = dir.filePath(QStringLiteral("package"));
    const ProcessRun import = canarydesk({QStringLiteral("import"), file, QStringLiteral("--out"), out}, 240000);
    const QString said = QString::fromUtf8(import.out + import.err);
    EXPECT_EQ(import.exitCode, 99) << "FAIL: " << said.toStdString();
    EXPECT_FALSE(said.contains(QStringLiteral("not k6 JSON output"))) << said.toStdString();
    EXPECT_FALSE(said.contains(QStringLiteral("24:00:00"))) << "not cut at a day";

    const QJsonObject summary = jsonFile(QDir(out).filePath(QStringLiteral("summary.json")));
    EXPECT_EQ(summaryCount(out, "http_reqs"), 49.0 * 3600) << "every request of the 49 hours";
    const QJsonObject diagnosis = jsonFile(QDir(out).filePath(QStringLiteral("diagnosis.json")));
    EXPECT_EQ(diagnosis.value(QStringLiteral("verdict")).toString(), QStringLiteral("FAIL"));
    bool errorsFailed = false;
    for (const QJsonValue &c : diagnosis.value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(QStringLiteral("key")).toString().startsWith(QLatin1String("errors:"))) {
            errorsFailed = !o.value(QStringLiteral("pass")).toBool();
            EXPECT_NEAR(o.value(QStringLiteral("value")).toDouble(), 100.0 * 3600 / (49 * 3600), 0.01);
        }
    }
    EXPECT_TRUE(errorsFailed) << "the outage's 3,600 errors of 176,400 requests";
    // The outage is an episode at its time in the last day: the past is kept at a coarser step, within minutes.
    bool found = false;
    for (const QJsonValue &e : diagnosis.value(QStringLiteral("episodes")).toArray()) {
        const QJsonObject o = e.toObject();
        if (o.value(QStringLiteral("kind")).toString() != QLatin1String("server_errors"))
            continue;
        found = true;
        EXPECT_NEAR(o.value(QStringLiteral("start_s")).toDouble(), 47 * 3600, 300) << "47 h";
        EXPECT_NEAR(o.value(QStringLiteral("end_s")).toDouble(), 48 * 3600, 300) << "48 h";
        EXPECT_NEAR(o.value(QStringLiteral("requests")).toDouble(), 3600, 300);
    }
    EXPECT_TRUE(found) << QJsonDocument(diagnosis).toJson().constData();
    // The record stays small: every hour drawn, a few thousand points, not 176,400.
    const QByteArray csv = readFile(QDir(out).filePath(QStringLiteral("timeseries.csv")));
    const qsizetype rows = csv.count('\n') - 1;
    EXPECT_GT(rows, 49);
    EXPECT_LT(rows, 8000) << "the last hour per second, the past as envelopes";
    EXPECT_LT(QFileInfo(QDir(out).filePath(QStringLiteral("report.html"))).size(), 5 << 20);

    // The package reads back as it was written — its file names no URL (as a filtered k6 file may not).
    const ProcessRun verify = canarydesk({QStringLiteral("verify"), out});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.constData() << verify.err.constData();
    // The viewer reads all 176,400 seconds back, as import did: 5 s here, 90 s under AddressSanitizer.
    const ProcessRun view = canarydesk(
        {QStringLiteral("view"), out, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("viewer.png"))},
        240000);
    EXPECT_EQ(view.exitCode, 0) << view.err.constData();
    EXPECT_FALSE(view.err.contains("not a CanaryDesk evidence package")) << view.err.constData();
    EXPECT_TRUE(said.contains(QStringLiteral("url-not-in-the-results.invalid"))) << said.toStdString();
}
