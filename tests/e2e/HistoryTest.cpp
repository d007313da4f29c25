// History, export and import through the real binary: the package rebuilt from stored raw results says
// what the live run said; k6 results from elsewhere become the same kind of package.
#include "tests/e2e/E2eSupport.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary::test;

namespace {

QJsonObject json(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

QByteArray pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

} // namespace

TEST(History, AStoredRunExportsToTheSamePackageNumbers)
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live"));
    const ProcessRun r =
        canarydesk({QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--rate"), QStringLiteral("40"),
                    QStringLiteral("--duration"), QStringLiteral("3s"), QStringLiteral("--out"), live},
                   120000);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QString runId =
        QRegularExpression(QStringLiteral("run ([0-9a-f-]{36})")).match(QString::fromUtf8(r.out)).captured(1);
    ASSERT_FALSE(runId.isEmpty());

    const ProcessRun history = canarydesk({QStringLiteral("history")});
    ASSERT_EQ(history.exitCode, 0);
    EXPECT_TRUE(history.out.contains(runId.left(8).toUtf8() + "  ")) << history.out.constData();
    EXPECT_TRUE(history.out.contains(live.toUtf8())) << "the run's folder is listed";

    const QString again = dir.filePath(QStringLiteral("again"));
    const ProcessRun exp =
        canarydesk({QStringLiteral("export"), runId, QStringLiteral("--out"), again, QStringLiteral("--zip")}, 120000);
    ASSERT_EQ(exp.exitCode, 0) << exp.err.constData();
    // One run, one set of numbers: every file the live run wrote is rebuilt from its raw results to the byte —
    // the summaries, timeseries.csv (in flight, the last interval's real length), the charts, report.html,
    // checkpoint.md, the diagnosis. Only the signature differs (a new one, at a new time) and report.pdf's
    // creation date, so the PDF is compared by its text.
    QDirIterator files(live, QDir::Files, QDirIterator::Subdirectories);
    int compared = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        const QString name = QDir(live).relativeFilePath(path);
        const QString copy = QDir(again).filePath(name);
        ASSERT_TRUE(QFileInfo::exists(copy)) << name.toStdString() << " is not in the re-export";
        if (name == QLatin1String("manifest.json"))
            continue;
        ++compared;
        if (name == QLatin1String("report.pdf")) {
            EXPECT_EQ(pdfText(path), pdfText(copy)) << name.toStdString();
            continue;
        }
        EXPECT_TRUE(readFile(path) == readFile(copy)) << name.toStdString() << " differs in the re-export";
    }
    EXPECT_GE(compared, 20) << "every evidence file, screenshots included";
    QJsonObject signedLive = json(QDir(live).filePath(QStringLiteral("manifest.json")));
    QJsonObject signedAgain = json(QDir(again).filePath(QStringLiteral("manifest.json")));
    EXPECT_EQ(signedLive.value(QStringLiteral("files")).toArray().size(),
              signedAgain.value(QStringLiteral("files")).toArray().size());
    EXPECT_EQ(json(QDir(again).filePath(QStringLiteral("run.json"))).value(QStringLiteral("run_id")).toString(), runId);
    for (const char *file : {"report.pdf", "report.html", "screenshots/p95_latency.png", "checkpoint.md",
                             "summary-export.json", "timeseries.csv", "health.json", "provider_stats.json"})
        EXPECT_TRUE(QFileInfo::exists(QDir(again).filePath(QString::fromLatin1(file)))) << file;
    EXPECT_EQ(canarydesk({QStringLiteral("verify"), again + QStringLiteral(".zip")}).exitCode, 0);
    const ProcessRun viewZip = canarydesk({QStringLiteral("view"), again + QStringLiteral(".zip"),
                                           QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("zip.png"))},
                                          120000);
    EXPECT_EQ(viewZip.exitCode, 0) << "the viewer opens the zip too: " << viewZip.err.constData();
    EXPECT_FALSE(QImage(dir.filePath(QStringLiteral("zip.png"))).isNull());

    // Names what is wrong: an unknown run, a folder that is no run, an export over existing results.
    const ProcessRun unknown = canarydesk({QStringLiteral("export"), QStringLiteral("ffffffff")});
    EXPECT_EQ(unknown.exitCode, 104);
    EXPECT_TRUE(unknown.err.contains("is not in the history")) << unknown.err.constData();
    const ProcessRun notARun = canarydesk({QStringLiteral("export"), dir.path()});
    EXPECT_EQ(notARun.exitCode, 104);
    EXPECT_TRUE(notARun.err.contains("no run record here")) << notARun.err.constData();
    const ProcessRun over = canarydesk({QStringLiteral("export"), runId, QStringLiteral("--out"), again});
    EXPECT_EQ(over.exitCode, 104);
    EXPECT_TRUE(over.err.contains("already holds a run's results")) << over.err.constData();
}

TEST(History, K6ResultsImportIntoAVerifiedPackageAndAHistoryEntry)
{
    QTemporaryDir dir;
    const QString fixture = sourcePath(QStringLiteral("tests/data/k6/points-head.ndjson"));
    const QString out = dir.filePath(QStringLiteral("imported"));
    const ProcessRun r = canarydesk({QStringLiteral("import"), fixture, QStringLiteral("--out"), out}, 120000);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const double requests = static_cast<double>(readFile(fixture).count("\"metric\":\"http_reqs\",\"type\":\"Point\""));
    ASSERT_GT(requests, 10);
    EXPECT_EQ(summaryCount(out, "http_reqs"), requests);
    EXPECT_TRUE(r.out.contains("k6's own thresholds in that run: http_req_duration: p(95)<250")) << r.out.constData();
    EXPECT_EQ(canarydesk({QStringLiteral("verify"), out}).exitCode, 0);
    EXPECT_TRUE(canarydesk({QStringLiteral("history")}).out.contains(out.toUtf8()));

    // A copy cut off mid-line imports its complete lines and says so; garbage is refused by line number.
    const QByteArray whole = readFile(fixture);
    const QString cut = dir.filePath(QStringLiteral("cut.ndjson"));
    writeFile(cut, whole.left(whole.size() / 2 + 17));
    const ProcessRun partial = canarydesk(
        {QStringLiteral("import"), cut, QStringLiteral("--out"), dir.filePath(QStringLiteral("cut"))}, 120000);
    // Judged on what it holds (a request cut from its delivery point reads undelivered), its exit code the verdict.
    ASSERT_EQ(partial.exitCode, partial.out.contains("Gate 1 — PASS") ? 0 : 99) << partial.err.constData();
    EXPECT_TRUE(partial.out.contains("ends inside a line")) << partial.out.constData();
    EXPECT_LT(summaryCount(dir.filePath(QStringLiteral("cut")), "http_reqs"), requests);

    const QString garbage = dir.filePath(QStringLiteral("garbage.csv"));
    writeFile(garbage, "time,value\n1,2\n");
    const ProcessRun refused =
        canarydesk({QStringLiteral("import"), garbage, QStringLiteral("--out"), dir.filePath(QStringLiteral("g"))});
    EXPECT_EQ(refused.exitCode, 104);
    EXPECT_TRUE(refused.err.contains("not k6 output: line 1")) << refused.err.constData();
}

TEST(History, K6SummariesImportWithTheValuesK6GaveAndOpenInTheViewer)
{
    QTemporaryDir dir;
    for (const char *name : {"handle-summary.json", "summary-export.json"}) {
        const QString out = dir.filePath(QString::fromLatin1(name));
        const ProcessRun r =
            canarydesk({QStringLiteral("import"), sourcePath(QStringLiteral("tests/data/k6/") + QLatin1String(name)),
                        QStringLiteral("--out"), out},
                       120000);
        ASSERT_EQ(r.exitCode, 0) << name << r.err.constData();
        EXPECT_TRUE(r.out.contains("Gate 1 — PASS")) << r.out.constData();
        EXPECT_TRUE(r.out.contains("no time series")) << "says what a summary cannot show";
        const QJsonObject summary = json(QDir(out).filePath(QStringLiteral("canary_summary.json")));
        EXPECT_EQ(summary.value(QStringLiteral("total_requests")).toDouble(), 5001.0) << name;
        EXPECT_GT(summary.value(QStringLiteral("p95_latency_ms")).toDouble(), 0.1) << name;
        EXPECT_FALSE(QFileInfo::exists(QDir(out).filePath(QStringLiteral("timeseries.csv"))));
        EXPECT_EQ(canarydesk({QStringLiteral("verify"), out}).exitCode, 0);
        const ProcessRun view = canarydesk(
            {QStringLiteral("view"), out, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("view.png"))});
        EXPECT_EQ(view.exitCode, 0) << view.err.constData();
    }
    const QJsonObject hs =
        json(QDir(dir.filePath(QStringLiteral("handle-summary.json"))).filePath(QStringLiteral("canary_summary.json")));
    EXPECT_DOUBLE_EQ(hs.value(QStringLiteral("p95_latency_ms")).toDouble(), 0.156022) << "k6's own p(95), as given";
}

// Garbage is never a PASS: a k6 file whose durations are NaN or Infinity imports as INCOMPLETE with a finding and
// exit 99 — never "PASS, p95 0.00 ms"; the same file named twice is refused, a copy of it is another runner's.
TEST(Import, InvalidPointsAreNeverAPassAndAFileNamedTwiceIsRefused)
{
    QTemporaryDir dir;
    auto point = [](const char *metric, const QString &time, const char *value) {
        return QByteArray("{\"metric\":\"") + metric + "\",\"type\":\"Point\",\"data\":{\"time\":\"" + time.toLatin1() +
               "\",\"value\":" + value + ",\"tags\":{\"status\":\"202\",\"expected_response\":\"true\"}}}\n";
    };
    QByteArray k6;
    for (int i = 0; i < 100; ++i) {
        const QString t =
            QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC).addMSecs(i * 100).toString(Qt::ISODateWithMs);
        k6 += point("http_reqs", t, "1");
        k6 += point("http_req_duration", t, i % 2 ? "NaN" : "12.5");
        for (const char *rate : {"http_req_failed", "errors"})
            k6 += point(rate, t, "0");
        k6 += point("delivery_success", t, "1");
    }
    const QString file = dir.filePath(QStringLiteral("k6.json"));
    writeFile(file, k6);
    const ProcessRun r =
        canarydesk({QStringLiteral("import"), file, QStringLiteral("--out"), dir.filePath(QStringLiteral("nan"))});
    EXPECT_EQ(r.exitCode, 99) << r.out.constData() << r.err.constData();
    EXPECT_TRUE(r.out.contains("INCOMPLETE")) << r.out.constData();
    EXPECT_FALSE(r.out.contains("— PASS")) << r.out.constData();
    const QJsonObject diagnosis =
        QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("nan/diagnosis.json")))).object();
    EXPECT_EQ(diagnosis.value(QStringLiteral("findings")).toArray().first().toObject().value(QStringLiteral("title")),
              QStringLiteral("The results hold invalid data"));

    const ProcessRun twice = canarydesk(
        {QStringLiteral("import"), file, file, QStringLiteral("--out"), dir.filePath(QStringLiteral("twice"))});
    EXPECT_EQ(twice.exitCode, 104);
    EXPECT_TRUE(twice.err.contains("is named twice")) << twice.err.constData();
    const QString copy = dir.filePath(QStringLiteral("runner2.json"));
    ASSERT_TRUE(QFile::copy(file, copy));
    const ProcessRun two = canarydesk(
        {QStringLiteral("import"), file, copy, QStringLiteral("--out"), dir.filePath(QStringLiteral("two-runners"))});
    EXPECT_NE(two.exitCode, 104) << "a copy is another runner's file: " << two.err.constData();
}
