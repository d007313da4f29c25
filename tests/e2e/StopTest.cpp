// What stopping costs: a run's end follows what it recorded, not what it planned, and a second signal means
// "now" — for the in-flight requests and for the evidence still to be drawn.
#include "tests/e2e/E2eSupport.h"
#include "tests/support/TestHttp.h"

#include <QNetworkAccessManager>

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace canary::test;

namespace {

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
    EXPECT_TRUE(out.contains("of 720:00:00 (stopped by SIGTERM)")) << out.right(1500).constData();
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
    QProcessEnvironment env;
    env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("canarydesk-demo-secret"));
    env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), base);
    p.setProcessEnvironment(canarydeskEnvironment(env));
    p.start(QStringLiteral(CANARYDESK_BIN),
            {QStringLiteral("run"), QStringLiteral(CANARYDESK_SOURCE_DIR "/resources/scenarios/demo_sandbox.json"),
             QStringLiteral("--url"), base, QStringLiteral("--rate"), QStringLiteral("50"),
             QStringLiteral("--duration"), QStringLiteral("5m"), QStringLiteral("--max-in-flight"),
             QStringLiteral("1000"), QStringLiteral("--out"), dir.path()});
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
