// What stopping costs: a run's end follows what it recorded, not what it planned, and a second signal means
// "now" — for the in-flight requests and for the evidence still to be drawn.
#include "tests/e2e/E2eSupport.h"
#include "tests/support/TestHttp.h"

#include <QNetworkAccessManager>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace canary::test;

namespace {

// Starts `canarydesk run` of the demo scenario against the sandbox at base (its client secret bound to it) at rate/s
// for duration, with room for maxInFlight requests in flight, writing to out.
void startRun(QProcess &p, const QString &base, const char *rate, const char *duration, const char *maxInFlight,
              const QString &out)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("canarydesk-demo-secret"));
    env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), base);
    p.setProcessEnvironment(canarydeskEnvironment(env));
    p.start(QStringLiteral(CANARYDESK_BIN),
            {QStringLiteral("run"), QStringLiteral(CANARYDESK_SOURCE_DIR "/resources/scenarios/demo_sandbox.json"),
             QStringLiteral("--url"), base, QStringLiteral("--rate"), QLatin1String(rate), QStringLiteral("--duration"),
             QLatin1String(duration), QStringLiteral("--max-in-flight"), QLatin1String(maxInFlight),
             QStringLiteral("--out"), out});
}

bool waitForError(QProcess &p, QByteArray &err, const char *text)
{
    return waitUntil(
        [&] {
            err += p.readAllStandardError();
            return err.contains(text);
        },
        60000);
}

} // namespace

TEST(Stop, A720HourRunStoppedAfterSecondsEndsWithinFiveSecondsWithAWholePackage)
{
    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(canarydeskEnvironment());
    p.start(QStringLiteral(CANARYDESK_BIN),
            {QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--rate"), QStringLiteral("20"),
             QStringLiteral("--duration"), QStringLiteral("720h"), QStringLiteral("--out"), dir.path()});
    ASSERT_TRUE(p.waitForStarted());
    QByteArray out;
    ASSERT_TRUE(waitForProgress(p, out, 3));
    QElapsedTimer stopping;
    stopping.start();
    p.terminate();
    // Was minutes and 1.2 GB of RSS: the report's time axis laid out a tick a second over 720 h.
    ASSERT_TRUE(p.waitForFinished(5000)) << "still writing the evidence 5 s after SIGTERM";
    const qint64 tookMs = stopping.elapsed();
    out += p.readAllStandardOutput();
    EXPECT_EQ(p.exitCode(), 105) << out.right(1500).constData();
    EXPECT_TRUE(out.contains("of 720:00:00 (stopped by a request to end the process (SIGTERM))"))
        << out.right(1500).constData();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("manifest.json")))) << "whole and signed";
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("report.pdf"))));
    std::printf("SIGTERM to exit of a 720h run: %lld ms\n", static_cast<long long>(tookMs));
}

TEST(Stop, ARunPlannedLongerThanAMonthIsRefusedWithTheBoundNamed)
{
    const ProcessRun r = canarydesk(
        {QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--duration"), QStringLiteral("999999h")});
    EXPECT_EQ(r.exitCode, 104);
    EXPECT_TRUE(r.err.contains("--duration: the planned duration 999999h is longer than one run may be (at most 744h)"))
        << r.err.constData();
}

TEST(Stop, ASecondSignalCutsOffTheInFlightRequestsAndTheEvidenceAndSaysHowManyReachedTheService)
{
    // Every answer takes 3 s, so at 50/s about 150 POSTs are in flight when the first SIGTERM comes.
    QProcess sandbox;
    const QString base = startSandbox(sandbox, {QStringLiteral("--latency"), QStringLiteral("3000")});
    ASSERT_FALSE(base.isEmpty());
    QTemporaryDir dir;
    QProcess p;
    startRun(p, base, "50", "5m", "1000", dir.path());
    ASSERT_TRUE(p.waitForStarted());
    QByteArray out, err;
    ASSERT_TRUE(waitForProgress(p, out, 5));
    p.terminate();
    ASSERT_TRUE(waitForError(p, err, "stopping gracefully"));
    p.terminate();
    ASSERT_TRUE(p.waitForFinished(30000));
    out += p.readAllStandardOutput();
    err += p.readAllStandardError();
    EXPECT_EQ(p.exitCode(), 105) << out.right(1500).constData() << err.right(1500).constData();
    EXPECT_TRUE(err.contains("evidence cut short by a second signal")) << err.constData();
    EXPECT_TRUE(out.contains("evidence    INCOMPLETE")) << out.right(800).constData();
    EXPECT_TRUE(out.contains("cut short by a second signal")) << out.right(800).constData();
    EXPECT_FALSE(out.contains("Free the space")) << "the disk was not the reason";
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("manifest.json")))) << "a cut package is not signed";
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("report.pdf")))) << "the slow part was left out";

    // The numbers that were written say what reached the service: answered requests + the ones cut off.
    const QJsonObject summary = jsonFile(dir.filePath(QStringLiteral("summary.json")));
    const double answered = metricValue(summary, "http_reqs", "count", -1);
    const double cutOff = metricValue(summary, "canary_interrupted_requests", "count", -1);
    EXPECT_GT(cutOff, 50) << "about 150 were in flight";
    QNetworkAccessManager nam;
    const HttpReply counts = http(nam, "GET", QUrl(base + QStringLiteral("/_sandbox/counts")));
    const double received =
        QJsonDocument::fromJson(counts.body).object().value(QStringLiteral("notifications_received")).toDouble(-1);
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    EXPECT_EQ(received, answered + cutOff) << "every POST the service received is either an answer or said cut off";
    const QByteArray checkpoint = readFile(dir.filePath(QStringLiteral("checkpoint.md")));
    EXPECT_TRUE(checkpoint.contains("Requests cut off in flight")) << checkpoint.constData();
    EXPECT_TRUE(
        checkpoint.contains(QByteArray::number(static_cast<qint64>(cutOff)) + " requests were sent and cut off"))
        << checkpoint.constData();
    // History knows.
    const ProcessRun history = canarydesk({QStringLiteral("history")});
    EXPECT_TRUE(history.out.contains("evidence incomplete")) << history.out.constData();
}

// A client stopped for seconds (kill -STOP, then -CONT — a laptop lid, a paused VM) leaves a hole in the run, never a
// burst at the service (#27): the service's own count of notifications per 100 ms stays a small multiple of the
// plan, what fell into the pause is counted as dropped for that reason, and the package says so in its words.
TEST(Stop, AClientStoppedForSecondsLeavesAHoleAndNeverBurstsAtTheService)
{
    QProcess sandbox;
    const QString base = startSandbox(sandbox, {QStringLiteral("--latency"), QStringLiteral("5")});
    ASSERT_FALSE(base.isEmpty());
    QTemporaryDir dir;
    QProcess p;
    startRun(p, base, "100", "8s", "400", dir.path());
    QByteArray out;
    ASSERT_TRUE(waitForProgress(p, out, 2)) << out.constData() << p.readAllStandardError().constData();
    ::kill(static_cast<pid_t>(p.processId()), SIGSTOP);
    QElapsedTimer stopped;
    stopped.start();
    waitUntil([&] { return stopped.elapsed() >= 3000; }, 3000); // the pause itself: three seconds of nothing
    ::kill(static_cast<pid_t>(p.processId()), SIGCONT);
    ASSERT_TRUE(p.waitForFinished(60000));
    out += p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    EXPECT_EQ(p.exitCode(), 99) << err.constData();

    QNetworkAccessManager nam;
    const QJsonObject counts =
        QJsonDocument::fromJson(http(nam, "GET", QUrl(base + QStringLiteral("/_sandbox/counts"))).body).object();
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    EXPECT_LE(counts.value(QStringLiteral("max_per_100ms")).toInteger(), 30)
        << "what the service saw after the resume: at most a small multiple of the plan (10 per 100 ms)";
    const double dropped = summaryCount(dir.path(), "dropped_iterations");
    EXPECT_NEAR(dropped, 200.0, 80.0) << "the pause's 3 s less the 1-s tolerance, at 100/s";
    EXPECT_EQ(summaryCount(dir.path(), "http_reqs") + dropped, 800.0) << "every arrival sent or counted";
    const QJsonObject record = jsonFile(QDir(dir.path()).filePath(QStringLiteral("run.json")));
    const QJsonArray pauses = record.value(QStringLiteral("client_pauses")).toArray();
    ASSERT_EQ(pauses.size(), 1) << QJsonDocument(record).toJson().left(2000).constData();
    EXPECT_NEAR(pauses[0].toObject().value(QStringLiteral("length_ms")).toDouble(), 3000.0, 600.0);
    const QByteArray checkpoint = readFile(QDir(dir.path()).filePath(QStringLiteral("checkpoint.md")));
    EXPECT_TRUE(checkpoint.contains("The load generator was paused")) << checkpoint.constData();
    EXPECT_FALSE(checkpoint.contains("Raise load.maxInFlight")) << "the cap had nothing to do with it";
    EXPECT_TRUE(err.contains("the load generator was paused")) << err.constData();

    // One run, one set of numbers: the seconds the live run reported — the pause's empty ones, the drops in the
    // second they were given up — are the ones rebuilt from the raw results, however late the threads woke.
    const QString runId =
        QRegularExpression(QStringLiteral("run ([0-9a-f-]{36})")).match(QString::fromUtf8(out)).captured(1);
    ASSERT_FALSE(runId.isEmpty()) << out.constData();
    const QString again = QDir(dir.path()).filePath(QStringLiteral("again"));
    const ProcessRun exp = canarydesk({QStringLiteral("export"), runId, QStringLiteral("--out"), again}, 120000);
    ASSERT_EQ(exp.exitCode, 0) << exp.err.constData();
    for (const char *file : {"timeseries.csv", "summary-export.json", "checkpoint.md"})
        EXPECT_EQ(readFile(QDir(dir.path()).filePath(QLatin1String(file))),
                  readFile(QDir(again).filePath(QLatin1String(file))))
            << file << " differs in the re-export";
}
