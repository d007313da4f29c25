#include "tests/e2e/E2eSupport.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestUtil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary::test;

TEST(Cli, VersionNeedsNoDisplay)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CANARYDESK_BIN), {QStringLiteral("--version")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_EQ(p.readAllStandardOutput().trimmed(), QByteArray("canarydesk " CANARYDESK_VERSION));

    // --help names every subcommand a user has, and needs no README to be read.
    p.start(QStringLiteral(CANARYDESK_BIN), {QStringLiteral("--help")});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QByteArray help = p.readAllStandardOutput();
    for (const char *command : {"run SCENARIO", "k6 script|run", "history", "export RUN", "import FILE", "compare A B",
                                "verify PACKAGE", "view PACKAGE", "credentials", "sandbox"})
        EXPECT_TRUE(help.contains(command)) << command << " missing from --help:\n" << help.constData();
    EXPECT_FALSE(help.contains("see the README")) << help.constData();
}

TEST(Cli, DemoConsoleLaunchesOffscreenAndRenders)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("console.png"));
    const ProcessRun r = canarydesk({QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QByteArray bytes = readFile(png);
    EXPECT_TRUE(bytes.startsWith("\x89PNG\r\n\x1a\n")) << "a real PNG";
    EXPECT_GT(bytes.size(), 20000) << "a rendered window, not an empty image";
}

TEST(Cli, BrokenScenarioIsRejectedWithItsProblem)
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    writeFile(bad, R"({"schemaVersion": 1, "name": "x", "target": {"baseUrl": "http://127.0.0.1:1"},
                      "load": {"stages": [{"rate": -5, "duration": "1m"}]}})");
    const ProcessRun r = canarydesk({bad, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
    EXPECT_EQ(r.exitCode, 104);
    EXPECT_TRUE(r.err.contains("load.stages[0].rate: must be > 0, got -5")) << r.err.constData();
}

TEST(Cli, EverySubcommandNamesAMissingInput)
{
    const ProcessRun k6 = canarydesk({QStringLiteral("k6"), QStringLiteral("run"), QStringLiteral("missing.json")});
    EXPECT_EQ(k6.exitCode, 104);
    EXPECT_TRUE(k6.err.contains("missing.json")) << k6.err.constData();
    const ProcessRun script =
        canarydesk({QStringLiteral("k6"), QStringLiteral("script"), QStringLiteral("missing.json")});
    EXPECT_EQ(script.exitCode, 104);
    EXPECT_TRUE(script.err.contains("missing.json")) << script.err.constData();
    const ProcessRun view = canarydesk({QStringLiteral("view"), QStringLiteral("/nonexistent/package")});
    EXPECT_EQ(view.exitCode, 104);
    EXPECT_TRUE(view.err.contains("no such package")) << view.err.constData();
    const ProcessRun import = canarydesk({QStringLiteral("import"), QStringLiteral("/nonexistent/k6.json"),
                                          QStringLiteral("--out"), QStringLiteral("/tmp/never-written")});
    EXPECT_EQ(import.exitCode, 104);
    EXPECT_TRUE(import.err.contains("no such file")) << import.err.constData();
}

TEST(Cli, K6ScriptTakesTheOverridesRunAndK6RunTake)
{
    const QString seed = sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json"));
    const ProcessRun r = canarydesk({QStringLiteral("k6"), QStringLiteral("script"), seed, QStringLiteral("--rate"),
                                     QStringLiteral("40"), QStringLiteral("--duration"), QStringLiteral("20s"),
                                     QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("rate: 40,")) << r.out.left(3000).constData();
    EXPECT_TRUE(r.out.contains("duration: '20s',"));
    EXPECT_TRUE(r.out.contains("__ENV.CANARY_BASE_URL || \"http://127.0.0.1:9\"")) << "the base URL replaced";
    EXPECT_FALSE(r.out.contains("rate: 250,")) << "the seed's own rate is replaced";

    const ProcessRun bad = canarydesk(
        {QStringLiteral("k6"), QStringLiteral("script"), seed, QStringLiteral("--rate"), QStringLiteral("fast")});
    EXPECT_EQ(bad.exitCode, 104);
    EXPECT_TRUE(bad.err.contains("--rate")) << bad.err.constData();
    EXPECT_TRUE(bad.out.isEmpty()) << "no script for a bad override";
}

TEST(Cli, SandboxRejectsBadSettingsByName)
{
    ProcessRun r = canarydesk({QStringLiteral("sandbox"), QStringLiteral("--error-ratio"), QStringLiteral("2")});
    EXPECT_EQ(r.exitCode, 104);
    EXPECT_TRUE(r.err.contains("error ratio must be between 0 and 1, got 2")) << r.err.constData();
    r = canarydesk({QStringLiteral("sandbox"), QStringLiteral("--latency"), QStringLiteral("fast")});
    EXPECT_EQ(r.exitCode, 104);
    EXPECT_TRUE(r.err.contains("--latency: expected a number, got \"fast\"")) << r.err.constData();
    r = canarydesk({QStringLiteral("sandbox"), QStringLiteral("--stall-every"), QStringLiteral("10")});
    EXPECT_EQ(r.exitCode, 104);
    EXPECT_TRUE(r.err.contains("--stall-every: \"10\" is not a duration")) << r.err.constData();
}

TEST(Cli, SandboxServesOverLoopbackAndStopsGracefully)
{
    QProcess p;
    const QString base = startSandbox(p);
    ASSERT_FALSE(base.isEmpty()) << p.readAllStandardError().constData();

    QNetworkAccessManager nam;
    const HttpReply token = http(nam, "POST", QUrl(base + QStringLiteral("/oauth/token")),
                                 "grant_type=client_credentials&client_id=auto_com_center_client"
                                 "&client_secret=canarydesk-demo-secret",
                                 {{"Content-Type", "application/x-www-form-urlencoded"}});
    ASSERT_EQ(token.status, 200) << token.body.constData();
    const QByteArray bearer =
        "Bearer " +
        QJsonDocument::fromJson(token.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
    for (int i = 0; i < 5; ++i) {
        const HttpReply r = http(nam, "POST", QUrl(base + QStringLiteral("/api/v1/notifications")), "{}",
                                 {{"Content-Type", "application/json"}, {"Authorization", bearer}});
        EXPECT_EQ(r.status, 202);
    }
    const HttpReply counts = http(nam, "GET", QUrl(base + QStringLiteral("/_sandbox/counts")));
    EXPECT_EQ(QJsonDocument::fromJson(counts.body).object().value(QStringLiteral("delivered")).toInt(), 5);

    p.terminate(); // SIGTERM: the sandbox reports what it served and exits 0
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_TRUE(p.readAllStandardOutput().contains("sandbox stopped; served {"));
}

// An import's bad input is named: an override without the scenario it would change, a summary among several
// runners' files, a scenario that is not one.
TEST(Cli, ImportSaysWhatIsWrongWithItsInput)
{
    QTemporaryDir dir;
    const QString points = sourcePath(QStringLiteral("tests/data/k6/points-head.ndjson"));
    const QString summary = sourcePath(QStringLiteral("tests/data/k6/handle-summary.json"));
    const ProcessRun rate = canarydesk({QStringLiteral("import"), points, QStringLiteral("--rate"), QStringLiteral("5"),
                                        QStringLiteral("--out"), dir.filePath(QStringLiteral("a"))});
    EXPECT_EQ(rate.exitCode, 104);
    EXPECT_TRUE(rate.err.contains("--rate changes a scenario: name it with --scenario FILE")) << rate.err.constData();
    const ProcessRun mixed = canarydesk(
        {QStringLiteral("import"), points, summary, QStringLiteral("--out"), dir.filePath(QStringLiteral("b"))});
    EXPECT_EQ(mixed.exitCode, 104);
    EXPECT_TRUE(mixed.err.contains("handle-summary.json: a k6 summary holds a whole run's numbers and imports alone"))
        << mixed.err.constData();
    const ProcessRun badScenario = canarydesk({QStringLiteral("import"), points, QStringLiteral("--scenario"), points,
                                               QStringLiteral("--out"), dir.filePath(QStringLiteral("c"))});
    EXPECT_EQ(badScenario.exitCode, 104);
    EXPECT_TRUE(badScenario.err.contains("is not a valid scenario")) << badScenario.err.constData();
    const ProcessRun planned = canarydesk({QStringLiteral("import"), summary, QStringLiteral("--scenario"),
                                           sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json")),
                                           QStringLiteral("--out"), dir.filePath(QStringLiteral("d"))});
    EXPECT_EQ(planned.exitCode, 104);
    EXPECT_TRUE(planned.err.contains("a k6 summary has no time series to judge against the scenario's plan"))
        << planned.err.constData();
    for (const char *folder : {"a", "b", "c", "d"})
        EXPECT_FALSE(
            QFileInfo::exists(dir.filePath(QString::fromLatin1(folder)) + QStringLiteral("/results.ndjson.gz")))
            << folder;
}
