// kill -9 of the console halfway through a run: the raw results written so far are readable, the next start
// lists the run as interrupted, and its evidence exports as incomplete. (The headless twin is in RunTest.)
#include "tests/e2e/E2eSupport.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <csignal>

using namespace canary::test;

TEST(GuiCrash, KillNineOfTheConsoleMidRunLeavesAnInterruptedRunThatStillExports)
{
    QTemporaryDir data;
    QProcessEnvironment ownData;
    ownData.insert(QStringLiteral("CANARYDESK_DATA_DIR"), data.path());
    QProcess gui;
    gui.setProcessEnvironment(canarydeskEnvironment(ownData));
    gui.setStandardOutputFile(data.filePath(QStringLiteral("gui.log")));
    gui.setStandardErrorFile(data.filePath(QStringLiteral("gui.log")), QIODevice::Append);
    gui.start(QStringLiteral(CANARYDESK_BIN), {QStringLiteral("--demo"), QStringLiteral("--start")});
    ASSERT_TRUE(gui.waitForStarted());

    // The console's run folder appears under the data directory; wait for two seconds' worth of results
    // (the files are polled: nothing else wakes this process).
    QTimer poll;
    poll.start(100);
    QString results;
    QByteArray raw;
    ASSERT_TRUE(waitUntil(
        [&] {
            if (results.isEmpty()) {
                QDirIterator it(data.filePath(QStringLiteral("runs")), {QStringLiteral("results.ndjson.gz")},
                                QDir::Files, QDirIterator::Subdirectories);
                if (it.hasNext())
                    results = it.next();
            }
            raw = results.isEmpty() ? QByteArray() : zcat(results);
            return raw.count("\"http_reqs\",\"type\":\"Point\"") >= 100;
        },
        60000))
        << "the demo run did not start writing results: "
        << readFile(data.filePath(QStringLiteral("gui.log"))).constData();
    ::kill(static_cast<pid_t>(gui.processId()), SIGKILL);
    ASSERT_TRUE(gui.waitForFinished(30000));
    EXPECT_EQ(gui.exitStatus(), QProcess::CrashExit);

    raw = zcat(results);
    raw.truncate(raw.lastIndexOf('\n') + 1); // a kill inside zlib's buffer may cut the last line
    const qsizetype points = raw.count("\"http_reqs\",\"type\":\"Point\"");
    EXPECT_GE(points, 100);
    for (const QByteArray &line : raw.trimmed().split('\n'))
        ASSERT_FALSE(QJsonDocument::fromJson(line).isNull()) << "every complete line is whole JSON";

    // The next start lists it as interrupted…
    const ProcessRun history = canarydesk({QStringLiteral("history")}, 60000, ownData);
    ASSERT_EQ(history.exitCode, 0) << history.err.constData();
    const QString line =
        QString::fromUtf8(history.out).split(QLatin1Char('\n')).filter(QStringLiteral("interrupted")).value(0);
    ASSERT_FALSE(line.isEmpty()) << history.out.constData();
    EXPECT_TRUE(line.contains(QStringLiteral("INCOMPLETE"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral(" · %1 requests · ").arg(points)))
        << "History counts what the raw results hold, never 0: " << line.toStdString();
    EXPECT_FALSE(line.contains(QStringLiteral("p95 0.00 ms"))) << line.toStdString();

    // …and its evidence exports: incomplete, with every flushed request counted, signed.
    const QString runId = line.trimmed().section(QLatin1Char(' '), 0, 0);
    const QString pkg = data.filePath(QStringLiteral("pkg"));
    const ProcessRun exported =
        canarydesk({QStringLiteral("export"), runId, QStringLiteral("--out"), pkg}, 120000, ownData);
    ASSERT_EQ(exported.exitCode, 0) << exported.err.constData() << exported.out.constData();
    EXPECT_TRUE(exported.out.contains("INCOMPLETE: run interrupted, the evidence is incomplete"))
        << exported.out.constData();
    EXPECT_EQ(summaryCount(pkg, "http_reqs"), static_cast<double>(points));
    EXPECT_EQ(canarydesk({QStringLiteral("verify"), pkg}, 60000, ownData).exitCode, 0);
}
