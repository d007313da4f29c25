// `canarydesk k6 run` against a stand-in k6 (tests/k6/fake_k6.cpp) that writes k6's JSON output at the real
// pace and exits with the code it is told: the progress, the verdict, the exit code and the evidence follow.
#include "tests/e2e/E2eSupport.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary::test;

namespace {

ProcessRun k6(const QStringList &args, const QMap<QString, QString> &extra)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CANARYDESK_K6"), QStringLiteral(FAKE_K6_BIN));
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        env.insert(it.key(), it.value());
    return canarydesk(QStringList{QStringLiteral("k6")} + args, 120000, env);
}

QStringList runArgs(const QString &out)
{
    return {QStringLiteral("run"),        sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json")),
            QStringLiteral("--url"),      QStringLiteral("http://127.0.0.1:18080"),
            QStringLiteral("--rate"),     QStringLiteral("20"),
            QStringLiteral("--duration"), QStringLiteral("3s"),
            QStringLiteral("--out"),      out};
}

} // namespace

TEST(K6Run, K6sPointsAreFollowedLiveJudgedAndPackagedAndTheSecretStaysOffItsCommandLine)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("pass"));
    const QString log = dir.filePath(QStringLiteral("k6.log"));
    const ProcessRun r =
        k6(runArgs(out), {{QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("k6-secret-value")},
                          {QStringLiteral("FAKE_K6_LOG"), log}});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData() << r.out.constData();
    EXPECT_GE(r.out.count(" req/s  p95 "), 2) << "a progress line a second while k6 runs: " << r.out.constData();
    EXPECT_TRUE(r.out.contains("k6 exit code 0: passed"));
    EXPECT_TRUE(r.out.contains("Gate 1 — PASS")) << r.out.constData();
    EXPECT_EQ(summaryCount(out, "http_reqs"), 60.0) << "every point k6 wrote, counted";
    EXPECT_EQ(canarydesk({QStringLiteral("verify"), out}).exitCode, 0);
    EXPECT_TRUE(QFileInfo::exists(QDir(out).filePath(QStringLiteral("canary.k6.js"))));
    const QByteArray args = readFile(log);
    EXPECT_TRUE(args.contains("args: run --out json=")) << args.constData();
    EXPECT_TRUE(args.contains("client secret given: yes"));
    EXPECT_FALSE(args.contains("k6-secret-value"));
    EXPECT_TRUE(filesContaining(out, "k6-secret-value").isEmpty()) << "nor anywhere in the evidence";
}

TEST(K6Run, K6sExitCodesMapToTheVerdict)
{
    QTemporaryDir dir;
    const QMap<QString, QString> secret{{QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("s")}};

    QMap<QString, QString> failing = secret;
    failing.insert(QStringLiteral("FAKE_K6_EXIT"), QStringLiteral("99"));
    failing.insert(QStringLiteral("FAKE_K6_FAIL_EVERY"), QStringLiteral("5"));
    const ProcessRun crossed = k6(runArgs(dir.filePath(QStringLiteral("crossed"))), failing);
    EXPECT_EQ(crossed.exitCode, 99) << crossed.err.constData();
    EXPECT_TRUE(crossed.out.contains("k6 exit code 99: thresholds crossed"));
    EXPECT_TRUE(crossed.out.contains("✗ Error rate (errors)")) << crossed.out.constData();

    QMap<QString, QString> aborted = secret;
    aborted.insert(QStringLiteral("FAKE_K6_EXIT"), QStringLiteral("105"));
    const ProcessRun signalled = k6(runArgs(dir.filePath(QStringLiteral("aborted"))), aborted);
    EXPECT_EQ(signalled.exitCode, 105);
    EXPECT_TRUE(signalled.out.contains("aborted by a signal"));
    EXPECT_EQ(canarydesk({QStringLiteral("verify"), dir.filePath(QStringLiteral("aborted"))}).exitCode, 0)
        << "the evidence is still written";

    const ProcessRun noSecret = k6(runArgs(dir.filePath(QStringLiteral("nosecret"))), {});
    EXPECT_EQ(noSecret.exitCode, 104);
    EXPECT_TRUE(noSecret.err.contains("no client secret for k6")) << noSecret.err.constData();

    const ProcessRun missing = k6(runArgs(dir.filePath(QStringLiteral("missing"))),
                                  {{QStringLiteral("CANARYDESK_K6"), QStringLiteral("/nonexistent/k6")}});
    EXPECT_EQ(missing.exitCode, 104);
    EXPECT_TRUE(missing.err.contains("k6 is not installed")) << missing.err.constData();
    EXPECT_TRUE(missing.err.contains("grafana.com/docs/k6")) << "and says how to install it";
}

TEST(K6Run, ACloudRunShowsItsCostCapturesItsUrlAndGetsTheTokenOnlyThroughTheEnvironment)
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("k6.log"));
    QStringList args = runArgs(dir.filePath(QStringLiteral("cloud")));
    args << QStringLiteral("--cloud");
    const ProcessRun r = k6(args, {{QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("s")},
                                   {QStringLiteral("K6_CLOUD_TOKEN"), QStringLiteral("cloud-token-value")},
                                   {QStringLiteral("FAKE_K6_LOG"), log}});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("VU-hours")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("k6 Cloud run https://app.k6.io/runs/4242")) << r.out.constData();
    const QByteArray seen = readFile(log);
    EXPECT_TRUE(seen.contains("args: cloud run ")) << seen.constData();
    EXPECT_TRUE(seen.contains("cloud token given: yes"));
    EXPECT_FALSE(seen.contains("cloud-token-value"));

    // The points stay in k6 Cloud; the package carries its verdict and the run's URL, also in the checkpoint.
    const QString cloud = dir.filePath(QStringLiteral("cloud"));
    EXPECT_TRUE(r.out.contains("Gate 1 — PASS")) << r.out.constData();
    EXPECT_TRUE(
        readFile(QDir(cloud).filePath(QStringLiteral("checkpoint.md"))).contains("https://app.k6.io/runs/4242"));
    EXPECT_TRUE(
        readFile(QDir(cloud).filePath(QStringLiteral("slack_message.json"))).contains("https://app.k6.io/runs/4242"));
    const QJsonObject record =
        QJsonDocument::fromJson(readFile(QDir(cloud).filePath(QStringLiteral("run.json")))).object();
    EXPECT_EQ(record.value(QStringLiteral("k6_cloud")).toObject().value(QStringLiteral("url")).toString(),
              QStringLiteral("https://app.k6.io/runs/4242"));
    EXPECT_EQ(canarydesk({QStringLiteral("verify"), cloud}).exitCode, 0);
    EXPECT_EQ(canarydesk({QStringLiteral("view"), cloud, QStringLiteral("--screenshot"),
                          dir.filePath(QStringLiteral("cloud.png"))})
                  .exitCode,
              0)
        << "the viewer opens it";

    // k6 Cloud says the thresholds were not met: the package says FAIL, the exit code is the gate's.
    args[args.indexOf(QStringLiteral("--out")) + 1] = dir.filePath(QStringLiteral("cloud-fail"));
    const ProcessRun failedRun = k6(args, {{QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("s")},
                                           {QStringLiteral("K6_CLOUD_TOKEN"), QStringLiteral("cloud-token-value")},
                                           {QStringLiteral("FAKE_K6_EXIT"), QStringLiteral("99")}});
    EXPECT_EQ(failedRun.exitCode, 99) << failedRun.err.constData();
    EXPECT_TRUE(failedRun.out.contains("Gate 1 — FAIL")) << failedRun.out.constData();
    EXPECT_TRUE(failedRun.out.contains("not all met (k6 exit code 99)")) << failedRun.out.constData();

    const ProcessRun noToken = k6(args, {{QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("s")}});
    EXPECT_EQ(noToken.exitCode, 104);
    EXPECT_TRUE(noToken.err.contains("k6 Cloud: no token")) << noToken.err.constData();
}

TEST(K6Run, WithTheRealK6OnPathTheGeneratedScriptRunsAgainstTheSandboxAndItsResultsImport)
{
    const QString realK6 = QStandardPaths::findExecutable(QStringLiteral("k6"));
    if (realK6.isEmpty())
        GTEST_SKIP() << "k6 is not on PATH (it is not a Debian package); the stand-in covers the protocol";
    QProcess sandbox;
    const QString base = startSandbox(sandbox);
    ASSERT_FALSE(base.isEmpty());
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("k6"));
    QStringList args = runArgs(out);
    args[args.indexOf(QStringLiteral("http://127.0.0.1:18080"))] = base;
    const ProcessRun r =
        k6(args, {{QStringLiteral("CANARYDESK_K6"), realK6},
                  {QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("canarydesk-demo-secret")}});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData() << r.out.constData();
    EXPECT_EQ(summaryCount(out, "http_reqs"), 60.0) << "20/s for 3 s on k6's constant-arrival-rate executor";

    const QString imported = dir.filePath(QStringLiteral("imported"));
    const ProcessRun imp =
        canarydesk({QStringLiteral("import"), QDir(out).filePath(QStringLiteral("results.ndjson.gz")),
                    QStringLiteral("--out"), imported});
    ASSERT_TRUE(imp.exitCode == 0 || imp.exitCode == 99) << imp.err.constData();
    EXPECT_EQ(summaryCount(imported, "http_reqs"), summaryCount(out, "http_reqs"));
    sandbox.terminate();
    sandbox.waitForFinished(10000);
}
