// `canarydesk k6 run` against a stand-in k6 (tests/k6/fake_k6.cpp) that writes k6's JSON output at the real
// pace and exits with the code it is told: the progress, the verdict, the exit code and the evidence follow.
#include "tests/e2e/E2eSupport.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestUtil.h"

#include "core/evidence/ResultsReader.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include <string_view>
#include <QTemporaryDir>

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cstdio>

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

// The real k6 a variable names: CANARYDESK_K6 (what .ci/run sets to ../shared/peers/k6, v0.47; else k6 on PATH)
// or CANARYDESK_K6_V2 (../shared/peers/k6-v2, v2.2); empty when there is none. Every real-k6 test runs with each.
QString realK6Named(const char *variable)
{
    const QString given = qEnvironmentVariable(variable);
    if (!given.isEmpty() && given != QStringLiteral(FAKE_K6_BIN))
        return given;
    return std::string_view(variable) == "CANARYDESK_K6" ? QStandardPaths::findExecutable(QStringLiteral("k6"))
                                                         : QString();
}

class RealK6 : public ::testing::TestWithParam<const char *>
{
};

// The environment a real k6 runs the generated script in: the demo's client secret, no usage report, and this
// runner's share of the load.
QProcessEnvironment k6Environment(const QString &share = QStringLiteral("1"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CANARY_CLIENT_SECRET"), QStringLiteral("canarydesk-demo-secret"));
    env.insert(QStringLiteral("K6_NO_USAGE_REPORT"), QStringLiteral("true"));
    env.insert(QStringLiteral("CANARY_LOAD_SHARE"), share);
    return env;
}

} // namespace

TEST(K6Run, K6sPointsAreFollowedLiveJudgedAndPackagedAndTheSecretStaysOffItsCommandLine)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("pass"));
    const QString log = dir.filePath(QStringLiteral("k6.log"));
    const ProcessRun r =
        k6(runArgs(out), {{QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("k6-secret-value")},
                          {QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), QStringLiteral("http://127.0.0.1:18080")},
                          {QStringLiteral("K6_FAKE_LOG"), log}});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData() << r.out.constData();
    EXPECT_GE(r.out.count(" · whole run: p95 "), 2) << "a progress line a second while k6 runs: " << r.out.constData();
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
    // The scenario's monitors watch k6's load as they watch the engine's (their numbers: the real-k6 test below).
    const QJsonObject record = jsonFile(QDir(out).filePath(QStringLiteral("run.json")));
    EXPECT_EQ(record.value(QStringLiteral("health")).toObject().value(QStringLiteral("url")).toString(),
              QStringLiteral("http://127.0.0.1:18080/health"));
    EXPECT_FALSE(
        record.value(QStringLiteral("health")).toObject().value(QStringLiteral("samples")).toArray().isEmpty());
    EXPECT_FALSE(record.value(QStringLiteral("provider")).toObject().isEmpty()) << "the provider monitor ran too";
}

TEST(K6Run, K6sExitCodesMapToTheVerdict)
{
    QTemporaryDir dir;
    const QMap<QString, QString> secret{
        {QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("s")},
        {QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), QStringLiteral("http://127.0.0.1:18080")}};

    QMap<QString, QString> failing = secret;
    failing.insert(QStringLiteral("K6_FAKE_EXIT"), QStringLiteral("99"));
    failing.insert(QStringLiteral("K6_FAKE_FAIL_EVERY"), QStringLiteral("5"));
    const ProcessRun crossed = k6(runArgs(dir.filePath(QStringLiteral("crossed"))), failing);
    EXPECT_EQ(crossed.exitCode, 99) << crossed.err.constData();
    EXPECT_TRUE(crossed.out.contains("k6 exit code 99: thresholds crossed"));
    EXPECT_TRUE(crossed.out.contains("✗ Error rate (errors)")) << crossed.out.constData();

    QMap<QString, QString> aborted = secret;
    aborted.insert(QStringLiteral("K6_FAKE_EXIT"), QStringLiteral("105"));
    const ProcessRun signalled = k6(runArgs(dir.filePath(QStringLiteral("aborted"))), aborted);
    EXPECT_EQ(signalled.exitCode, 105);
    EXPECT_TRUE(signalled.out.contains("aborted by a signal"));
    EXPECT_EQ(canarydesk({QStringLiteral("verify"), dir.filePath(QStringLiteral("aborted"))}).exitCode, 0)
        << "the evidence is still written";

    const ProcessRun noSecret = k6(runArgs(dir.filePath(QStringLiteral("nosecret"))), {});
    EXPECT_EQ(noSecret.exitCode, 104);
    EXPECT_TRUE(noSecret.err.contains("auth: ")) << noSecret.err.constData();
    EXPECT_TRUE(noSecret.err.contains("sandbox-demo-client")) << "names the keychain entry it looked for";

    const ProcessRun missing = k6(runArgs(dir.filePath(QStringLiteral("missing"))),
                                  {{QStringLiteral("CANARYDESK_K6"), QStringLiteral("/nonexistent/k6")}});
    EXPECT_EQ(missing.exitCode, 104);
    EXPECT_TRUE(missing.err.contains("k6 is not installed")) << missing.err.constData();
    EXPECT_TRUE(missing.err.contains("grafana.com/docs/k6")) << "and says how to install it";
}

// The scenario's log commands run beside k6 as beside the engine, and only when allowed: a scenario file from
// someone else must not run programs on this machine unasked.
TEST(K6Run, TheScenariosLogCommandsRunBesideK6OnlyWhenAllowed)
{
    QTemporaryDir dir;
    const QString file = scenarioWithLogCommand(dir.path());
    const QMap<QString, QString> secret{
        {QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("s")},
        {QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), QStringLiteral("http://127.0.0.1:18080")}};

    QStringList args = runArgs(dir.filePath(QStringLiteral("refused")));
    args[1] = file;
    const ProcessRun refused = k6(args, secret);
    EXPECT_EQ(refused.exitCode, 104);
    EXPECT_TRUE(refused.err.contains("monitors.logs.commands: the scenario wants to run sh -c"))
        << refused.err.constData();
    EXPECT_TRUE(refused.out.contains("(from the scenario)")) << refused.out.constData();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("refused/canary.k6.js")))) << "k6 was not started";

    const QString out = dir.filePath(QStringLiteral("allowed"));
    args = runArgs(out);
    args[1] = file;
    args << QStringLiteral("--allow-log-commands");
    const ProcessRun allowed = k6(args, secret);
    ASSERT_EQ(allowed.exitCode, 0) << allowed.err.constData();
    const QStringList logs = QDir(out).entryList({QStringLiteral("error_logs_*.log")});
    ASSERT_EQ(logs.size(), 1);
    EXPECT_TRUE(readFile(QDir(out).filePath(logs.first())).contains("ERROR from_the_log_command"));
}

TEST(K6Run, ACloudRunShowsItsCostCapturesItsUrlAndGetsTheTokenOnlyThroughTheEnvironment)
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("k6.log"));
    QStringList args = runArgs(dir.filePath(QStringLiteral("cloud")));
    args << QStringLiteral("--cloud");
    const ProcessRun r =
        k6(args, {{QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("s")},
                  {QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), QStringLiteral("http://127.0.0.1:18080")},
                  {QStringLiteral("K6_CLOUD_TOKEN"), QStringLiteral("cloud-token-value")},
                  {QStringLiteral("K6_FAKE_LOG"), log}});
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
    const ProcessRun failedRun =
        k6(args, {{QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("s")},
                  {QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), QStringLiteral("http://127.0.0.1:18080")},
                  {QStringLiteral("K6_CLOUD_TOKEN"), QStringLiteral("cloud-token-value")},
                  {QStringLiteral("K6_FAKE_EXIT"), QStringLiteral("99")}});
    EXPECT_EQ(failedRun.exitCode, 99) << failedRun.err.constData();
    EXPECT_TRUE(failedRun.out.contains("Gate 1 — FAIL")) << failedRun.out.constData();
    EXPECT_TRUE(failedRun.out.contains("not all met (k6 exit code 99)")) << failedRun.out.constData();

    // k6 v2 (the stand-in says v2.2.0 by default): `cloud run`, the scenario's stack handed over, and exit 97 — the
    // cloud aborted the run, not its thresholds — is ABORTED with k6's reason, exit 105.
    const QString stacked = dir.filePath(QStringLiteral("stacked.json"));
    QJsonObject scenario = QJsonDocument::fromJson(
                               readFile(QStringLiteral(CANARYDESK_SOURCE_DIR "/resources/scenarios/demo_sandbox.json")))
                               .object();
    scenario.insert(QStringLiteral("k6"), QJsonObject{{QStringLiteral("cloudStackId"), QStringLiteral("424242")}});
    writeFile(stacked, QJsonDocument(scenario).toJson());
    QStringList stackArgs = args;
    stackArgs[stackArgs.indexOf(QStringLiteral(CANARYDESK_SOURCE_DIR "/resources/scenarios/demo_sandbox.json"))] =
        stacked;
    stackArgs[stackArgs.indexOf(QStringLiteral("--out")) + 1] = dir.filePath(QStringLiteral("cloud-aborted"));
    const QString abortLog = dir.filePath(QStringLiteral("k6-aborted.log"));
    const ProcessRun aborted =
        k6(stackArgs, {{QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("s")},
                       {QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), QStringLiteral("http://127.0.0.1:18080")},
                       {QStringLiteral("K6_CLOUD_TOKEN"), QStringLiteral("cloud-token-value")},
                       {QStringLiteral("K6_FAKE_LOG"), abortLog},
                       {QStringLiteral("K6_FAKE_EXIT"), QStringLiteral("97")}});
    EXPECT_EQ(aborted.exitCode, 105) << aborted.out.constData() << aborted.err.constData();
    EXPECT_TRUE(aborted.out.contains("Gate 1 — ABORTED")) << aborted.out.constData();
    EXPECT_TRUE(aborted.out.contains("load zone amazon:de:frankfurt became unavailable")) << aborted.out.constData();
    EXPECT_TRUE(readFile(abortLog).contains("stack: 424242")) << readFile(abortLog).constData();
    const QJsonObject abortedRecord =
        QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("cloud-aborted/run.json")))).object();
    EXPECT_TRUE(abortedRecord.value(QStringLiteral("environment")).toString().contains(QStringLiteral("k6 v2.2.0")))
        << "the package records the k6 that ran";

    // k6 v0.47: the positional `k6 cloud script.js` (its `cloud run` came with v0.52).
    args[args.indexOf(QStringLiteral("--out")) + 1] = dir.filePath(QStringLiteral("cloud-047"));
    const QString oldLog = dir.filePath(QStringLiteral("k6-047.log"));
    const ProcessRun old = k6(
        args, {{QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("s")},
               {QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), QStringLiteral("http://127.0.0.1:18080")},
               {QStringLiteral("K6_CLOUD_TOKEN"), QStringLiteral("cloud-token-value")},
               {QStringLiteral("K6_FAKE_LOG"), oldLog},
               {QStringLiteral("K6_FAKE_VERSION"), QStringLiteral("k6 v0.47.0 (commit/fake, go1.19.8, linux/amd64)")}});
    EXPECT_EQ(old.exitCode, 0) << old.err.constData();
    EXPECT_TRUE(readFile(oldLog).contains("args: cloud /")) << readFile(oldLog).constData();
    EXPECT_FALSE(readFile(oldLog).contains("args: cloud run"));

    args[args.indexOf(QStringLiteral("--out")) + 1] = dir.filePath(QStringLiteral("cloud-no-token"));
    const ProcessRun noToken =
        k6(args, {{QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("s")},
                  {QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), QStringLiteral("http://127.0.0.1:18080")}});
    EXPECT_EQ(noToken.exitCode, 104);
    EXPECT_TRUE(noToken.err.contains("k6 Cloud: no token")) << noToken.err.constData();
}

TEST_P(RealK6, WithTheRealK6OnPathTheGeneratedScriptRunsAgainstTheSandboxAndItsResultsImport)
{
    const QString realK6 = realK6Named(GetParam());
    if (realK6.isEmpty())
        GTEST_SKIP()
            << "no real k6 in " << GetParam()
            << " (nor k6 on PATH for CANARYDESK_K6); .ci/run points "
               "CANARYDESK_K6 at ../shared/peers/k6 (v0.47) and CANARYDESK_K6_V2 at ../shared/peers/k6-v2 (v2.2)";
    // Was (k6 v0.47, 2026-12-01): exit 99, "delivery 98.387 %" and 62 http_reqs where k6 itself said
    // delivery 100 % (61/61) and exit 0 — the token request of setup() was counted as load and in the
    // denominators. Token requests (tagged name=oauth-token) are now left out of every metric, as the built-in
    // engine leaves them out, and said in a note.
    QProcess sandbox;
    const QString base = startSandbox(sandbox);
    ASSERT_FALSE(base.isEmpty());
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("k6"));
    QStringList args = runArgs(out);
    args[args.indexOf(QStringLiteral("http://127.0.0.1:18080"))] = base;
    const ProcessRun r =
        k6(args, {{QStringLiteral("CANARYDESK_K6"), realK6},
                  {QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("canarydesk-demo-secret")},
                  {QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), base}});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData() << r.out.constData();
    EXPECT_TRUE(r.out.contains("Gate 1 — PASS")) << r.out.constData();
    // k6's own count of the canary's requests: its iterations (20/s for 3 s makes 60, sometimes 61 — one on the
    // boundary); its http_reqs holds the token request too.
    const QRegularExpressionMatch iterations =
        QRegularExpression(QStringLiteral("[^_a-z]iterations\\.*: (\\d+)")).match(QString::fromUtf8(r.err + r.out));
    ASSERT_TRUE(iterations.hasMatch()) << r.out.constData();
    const double k6Iterations = iterations.captured(1).toDouble();
    EXPECT_GE(k6Iterations, 60.0);
    EXPECT_EQ(summaryCount(out, "http_reqs"), k6Iterations) << "the canary's requests, as k6 counted them";
    const QByteArray record = QJsonDocument(jsonFile(QDir(out).filePath(QStringLiteral("run.json")))).toJson();
    EXPECT_TRUE(record.contains("1 token request (tagged name=oauth-token) left out of the metrics"))
        << record.constData();

    const QString imported = dir.filePath(QStringLiteral("imported"));
    const ProcessRun imp =
        canarydesk({QStringLiteral("import"), QDir(out).filePath(QStringLiteral("results.ndjson.gz")),
                    QStringLiteral("--out"), imported});
    ASSERT_TRUE(imp.exitCode == 0 || imp.exitCode == 99) << imp.err.constData();
    EXPECT_EQ(summaryCount(imported, "http_reqs"), summaryCount(out, "http_reqs"));
    sandbox.terminate();
    sandbox.waitForFinished(10000);
}

TEST_P(RealK6, WithTheRealK6ASecretHeaderReachesTheTargetThroughK6sEnvironmentAndNeverTheScript)
{
    const QString realK6 = realK6Named(GetParam());
    if (realK6.isEmpty())
        GTEST_SKIP()
            << "no real k6 in " << GetParam()
            << " (nor k6 on PATH for CANARYDESK_K6); .ci/run points "
               "CANARYDESK_K6 at ../shared/peers/k6 (v0.47) and CANARYDESK_K6_V2 at ../shared/peers/k6-v2 (v2.2)";
    // A target that notes the X-Api-Key of every request it gets, and accepts it.
    QTemporaryDir dir;
    const QString seen = dir.filePath(QStringLiteral("seen.txt"));
    QProcess target;
    target.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import http.server,sys\n"
                                 "class H(http.server.BaseHTTPRequestHandler):\n"
                                 "  def do_POST(self):\n"
                                 "    self.rfile.read(int(self.headers.get('Content-Length',0)))\n"
                                 "    open(sys.argv[1],'a').write(str(self.headers.get('X-Api-Key'))+'\\n')\n"
                                 "    b=b'{\"status\":\"queued\"}'\n"
                                 "    "
                                 "self.send_response(202);self.send_header('Content-Length',str(len(b)));self.end_"
                                 "headers();self.wfile.write(b)\n"
                                 "  def log_message(self,*a): pass\n"
                                 "s=http.server.ThreadingHTTPServer(('127.0.0.1',0),H)\n"
                                 "print(s.server_address[1],flush=True)\n"
                                 "s.serve_forever()\n"),
                  seen});
    ASSERT_TRUE(target.waitForStarted());
    ASSERT_TRUE(waitUntil([&] { return target.canReadLine(); }, 20000));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(target.readLine().trimmed()));

    QJsonObject scenario =
        QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json")))).object();
    QJsonObject t = scenario.value(QStringLiteral("target")).toObject();
    t.insert(QStringLiteral("headers"),
             QJsonObject{{QStringLiteral("X-Api-Key"),
                          QJsonObject{{QStringLiteral("secretKey"), QStringLiteral("acme-api-key")}}}});
    scenario.insert(QStringLiteral("target"), t);
    scenario.insert(QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("none")}});
    scenario.remove(QStringLiteral("monitors"));
    const QString file = dir.filePath(QStringLiteral("secret-header.json"));
    writeFile(file, QJsonDocument(scenario).toJson());
    const QByteArray apiKey = "acme-k6-9c2e71f04b";
    const QString out = dir.filePath(QStringLiteral("k6"));
    const ProcessRun r =
        k6({QStringLiteral("run"), file, QStringLiteral("--url"), base, QStringLiteral("--rate"), QStringLiteral("10"),
            QStringLiteral("--duration"), QStringLiteral("2s"), QStringLiteral("--out"), out},
           {{QStringLiteral("CANARYDESK_K6"), realK6},
            {QStringLiteral("CANARYDESK_HEADER_X_API_KEY"), QString::fromLatin1(apiKey)},
            {QStringLiteral("CANARYDESK_HEADER_X_API_KEY_ORIGIN"), base}});
    target.kill();
    target.waitForFinished();
    EXPECT_EQ(r.exitCode, 0) << r.err.right(1500).constData() << r.out.right(1500).constData();
    const QByteArray keys = readFile(seen);
    // As many as k6 itself counted (20, or 21 when k6 starts one on the 2-s boundary), every one carrying it.
    const double counted = summaryCount(out, "http_reqs");
    EXPECT_GE(counted, 20.0);
    EXPECT_EQ(keys.count('\n'), static_cast<qsizetype>(counted)) << keys.left(400).constData();
    EXPECT_EQ(keys.count(apiKey + '\n'), keys.count('\n')) << "every request carried it";
    EXPECT_TRUE(filesContaining(out, apiKey).isEmpty())
        << filesContaining(out, apiKey).join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(r.out.contains(apiKey) || r.err.contains(apiKey));
    EXPECT_TRUE(readFile(QDir(out).filePath(QStringLiteral("canary.k6.js"))).contains("CANARYDESK_HEADER_X_API_KEY"));
}

namespace {

// demo_sandbox.json pointed at a running sandbox, its monitors and guard rails as given.
QString scenarioFor(const QString &dir, const QString &base, const QJsonObject &monitors, const QJsonObject &rails = {})
{
    QJsonObject scenario =
        QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json")))).object();
    QJsonObject t = scenario.value(QStringLiteral("target")).toObject();
    t.insert(QStringLiteral("baseUrl"), base);
    scenario.insert(QStringLiteral("target"), t);
    scenario.insert(QStringLiteral("monitors"), monitors);
    if (!rails.isEmpty())
        scenario.insert(QStringLiteral("guardRails"), rails);
    const QString file = QDir(dir).filePath(QStringLiteral("scenario.json"));
    writeFile(file, QJsonDocument(scenario).toJson());
    return file;
}

} // namespace

// Every live source is watched alike: with the real k6 making the load, /health is polled (once more after the
// load), the e-mail provider's stats are read before and after, and the service's log is tailed — the package
// holds health.json, provider_stats.json whose delta equals what the sandbox delivered, and exactly the 5xx
// lines the service logged in the run's window. Was: "not watched during this k6 run".
TEST_P(RealK6, WithTheRealK6TheMonitorsWatchK6sLoadAsTheyWatchTheEngines)
{
    const QString realK6 = realK6Named(GetParam());
    if (realK6.isEmpty())
        GTEST_SKIP()
            << "no real k6 in " << GetParam()
            << " (nor k6 on PATH for CANARYDESK_K6); .ci/run points "
               "CANARYDESK_K6 at ../shared/peers/k6 (v0.47) and CANARYDESK_K6_V2 at ../shared/peers/k6-v2 (v2.2)";
    QTemporaryDir dir;
    const QString appLog = dir.filePath(QStringLiteral("app.log"));
    QProcess sandbox;
    const QString base = startSandbox(
        sandbox, {QStringLiteral("--error-ratio"), QStringLiteral("0.1"), QStringLiteral("--log"), appLog});
    ASSERT_FALSE(base.isEmpty());
    const QString scenario = scenarioFor(
        dir.path(), base,
        QJsonObject{{QStringLiteral("health"), QJsonObject{{QStringLiteral("url"), QStringLiteral("/health")},
                                                           {QStringLiteral("interval"), QStringLiteral("1s")}}},
                    {QStringLiteral("provider"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("sendgrid")},
                                 {QStringLiteral("baseUrl"), base},
                                 {QStringLiteral("apiKeySecretKey"), QStringLiteral("sandbox-demo-sendgrid")}}},
                    {QStringLiteral("logs"), QJsonObject{{QStringLiteral("files"), QJsonArray{appLog}},
                                                         {QStringLiteral("filter"), QStringLiteral("ERROR")}}}});
    const QString out = dir.filePath(QStringLiteral("k6"));
    const ProcessRun r = k6({QStringLiteral("run"), scenario, QStringLiteral("--rate"), QStringLiteral("20"),
                             QStringLiteral("--duration"), QStringLiteral("4s"), QStringLiteral("--out"), out},
                            {{QStringLiteral("CANARYDESK_K6"), realK6},
                             {QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("canarydesk-demo-secret")},
                             {QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), base},
                             {QStringLiteral("CANARYDESK_SENDGRID_API_KEY"), QStringLiteral("SG.canarydesk-demo-key")},
                             {QStringLiteral("CANARYDESK_SENDGRID_API_KEY_ORIGIN"), base},
                             {QStringLiteral("K6_NO_USAGE_REPORT"), QStringLiteral("true")}});
    QNetworkAccessManager nam;
    const QJsonObject counts =
        QJsonDocument::fromJson(http(nam, "GET", QUrl(base + QStringLiteral("/_sandbox/counts"))).body).object();
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    ASSERT_TRUE(QFileInfo::exists(QDir(out).filePath(QStringLiteral("summary.json"))))
        << r.err.right(2000).constData() << r.out.right(2000).constData();
    EXPECT_EQ(r.exitCode, 99) << "10 % of answers 503: the gate fails\n" << r.out.constData() << r.err.constData();
    const ProcessRun verified = canarydesk({QStringLiteral("verify"), out});
    EXPECT_EQ(verified.exitCode, 0) << verified.out.constData() << verified.err.constData() << r.err.constData();

    const QJsonObject record = jsonFile(QDir(out).filePath(QStringLiteral("run.json")));
    // The package records which k6 ran, as that k6 says it.
    QProcess version;
    version.start(realK6, {QStringLiteral("version")});
    ASSERT_TRUE(version.waitForFinished(30000));
    const QString said = QString::fromUtf8(version.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
    ASSERT_TRUE(said.startsWith(QLatin1Char('v'))) << said.toStdString();
    EXPECT_TRUE(record.value(QStringLiteral("environment")).toString().contains(QStringLiteral("k6 ") + said))
        << record.value(QStringLiteral("environment")).toString().toStdString();
    const QJsonArray samples =
        jsonFile(QDir(out).filePath(QStringLiteral("health.json"))).value(QStringLiteral("samples")).toArray();
    ASSERT_GE(samples.size(), 4) << "a sample a second for 4 s, and one after the load";
    const QDateTime end = QDateTime::fromString(record.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs)
                              .addMSecs(record.value(QStringLiteral("duration_ms")).toInteger());
    EXPECT_GE(
        QDateTime::fromString(samples.last().toObject().value(QStringLiteral("time")).toString(), Qt::ISODateWithMs),
        end)
        << "the settle sample comes after k6's load";

    const QJsonObject provider = jsonFile(QDir(out).filePath(QStringLiteral("provider_stats.json")));
    const qint64 delivered = counts.value(QStringLiteral("delivered")).toInteger();
    ASSERT_GT(delivered, 50);
    EXPECT_EQ(provider.value(QStringLiteral("delta")).toObject().value(QStringLiteral("delivered")).toInteger(),
              delivered)
        << QJsonDocument(provider).toJson().constData();
    EXPECT_EQ(provider.value(QStringLiteral("engine_delivered")).toInteger(), delivered)
        << "k6's delivered points, counted as the provider counted them";

    const QStringList logs = QDir(out).entryList({QStringLiteral("error_logs_*.log")});
    ASSERT_EQ(logs.size(), 1);
    const int serverErrors = counts.value(QStringLiteral("server_errors")).toInt();
    ASSERT_GT(serverErrors, 0);
    EXPECT_EQ(readFile(QDir(out).filePath(logs.first())).count(" ERROR notification_failed"), serverErrors)
        << "every 5xx the service logged while k6 ran, and only those";
    EXPECT_FALSE(record.value(QStringLiteral("notes"))
                     .toVariant()
                     .toStringList()
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("not watched")));
}

// The guard rails judge k6's points as k6 writes them: half of the answers 503 stops k6 (as Stop does) two
// seconds later, and the package says why — the same reason and ABORTED verdict as on the engine.
TEST_P(RealK6, WithTheRealK6AGuardRailStopsK6WithTheEnginesReason)
{
    const QString realK6 = realK6Named(GetParam());
    if (realK6.isEmpty())
        GTEST_SKIP()
            << "no real k6 in " << GetParam()
            << " (nor k6 on PATH for CANARYDESK_K6); .ci/run points "
               "CANARYDESK_K6 at ../shared/peers/k6 (v0.47) and CANARYDESK_K6_V2 at ../shared/peers/k6-v2 (v2.2)";
    QTemporaryDir dir;
    QProcess sandbox;
    const QString base = startSandbox(sandbox, {QStringLiteral("--error-ratio"), QStringLiteral("0.5")});
    ASSERT_FALSE(base.isEmpty());
    const QString scenario = scenarioFor(
        dir.path(), base, {},
        QJsonObject{{QStringLiteral("errorRatePercent"), 10}, {QStringLiteral("for"), QStringLiteral("2s")}});
    const QString out = dir.filePath(QStringLiteral("k6"));
    const ProcessRun r = k6({QStringLiteral("run"), scenario, QStringLiteral("--rate"), QStringLiteral("20"),
                             QStringLiteral("--duration"), QStringLiteral("60s"), QStringLiteral("--out"), out},
                            {{QStringLiteral("CANARYDESK_K6"), realK6},
                             {QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("canarydesk-demo-secret")},
                             {QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), base},
                             {QStringLiteral("K6_NO_USAGE_REPORT"), QStringLiteral("true")}});
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    EXPECT_EQ(r.exitCode, 99) << "the verdict's code, not k6's 105 for the SIGINT it was stopped with\n"
                              << r.err.right(2000).constData() << r.out.right(2000).constData();
    const QJsonObject record = jsonFile(QDir(out).filePath(QStringLiteral("run.json")));
    EXPECT_EQ(record.value(QStringLiteral("stop_reason")).toString(),
              QStringLiteral("guard rail: error rate above 10 % for 2s"));
    EXPECT_LT(record.value(QStringLiteral("duration_ms")).toInteger(), 20000) << "stopped, not run for 60 s";
    EXPECT_TRUE(r.out.contains("Gate 1 — ABORTED")) << r.out.right(2000).constData();
    EXPECT_EQ(canarydesk({QStringLiteral("verify"), out}).exitCode, 0) << "the evidence is whole and signed";
}

// The generated script is the whole gate for k6 alone (k6 run, k6 cloud, the k6-operator): a run that drops
// arrivals at its VU cap — CanaryDesk's "dropped requests" and "request rate" criteria — fails k6's own
// thresholds with k6's exit code 99, and the same script with room to spare passes. Was: k6 passed a run that
// dropped three quarters of its arrivals (the script carried only the four metric thresholds).
TEST_P(RealK6, WithTheRealK6AloneTheScriptFailsARunThatDropsArrivalsOrFallsShortOfTheRate)
{
    const QString realK6 = realK6Named(GetParam());
    if (realK6.isEmpty())
        GTEST_SKIP()
            << "no real k6 in " << GetParam()
            << " (nor k6 on PATH for CANARYDESK_K6); .ci/run points "
               "CANARYDESK_K6 at ../shared/peers/k6 (v0.47) and CANARYDESK_K6_V2 at ../shared/peers/k6-v2 (v2.2)";
    QProcess sandbox;
    const QString base = startSandbox(sandbox, {QStringLiteral("--latency"), QStringLiteral("120")});
    ASSERT_FALSE(base.isEmpty());
    QTemporaryDir dir;
    auto k6Alone = [&](const QString &maxInFlight) {
        const QString script = dir.filePath(QStringLiteral("canary-%1.js").arg(maxInFlight));
        const ProcessRun written = canarydesk(
            {QStringLiteral("k6"), QStringLiteral("script"),
             sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json")), QStringLiteral("--url"), base,
             QStringLiteral("--rate"), QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("3s"),
             QStringLiteral("--max-in-flight"), maxInFlight, QStringLiteral("--out"), script});
        EXPECT_EQ(written.exitCode, 0) << written.err.constData();
        QProcess k6;
        k6.setProcessEnvironment(k6Environment());
        k6.start(realK6, {QStringLiteral("run"), QStringLiteral("--no-color"), script});
        EXPECT_TRUE(k6.waitForFinished(120000));
        return std::pair{k6.exitCode(), k6.readAllStandardOutput() + k6.readAllStandardError()};
    };
    // One VU against 120-ms answers carries 8 of the 20 arrivals a second: the rest are dropped.
    const auto [starved, starvedOut] = k6Alone(QStringLiteral("1"));
    EXPECT_EQ(starved, 99) << "k6's ThresholdsHaveFailed\n" << starvedOut.right(3000).constData();
    EXPECT_TRUE(starvedOut.contains("dropped_iterations")) << starvedOut.right(3000).constData();
    EXPECT_TRUE(starvedOut.contains("http_reqs{scenario:canary}")) << starvedOut.right(3000).constData();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("thresholds on metrics '[^']*dropped_iterations[^']*' have been "
                                                  "crossed|thresholds on metrics '[^']*http_reqs\\{scenario:canary\\}"
                                                  "[^']*' have been crossed"))
                    .match(QString::fromUtf8(starvedOut))
                    .hasMatch())
        << starvedOut.right(3000).constData();
    // Room for every arrival (6 VUs start with the test, 40 allowed): the same gate holds.
    const auto [roomy, roomyOut] = k6Alone(QStringLiteral("40"));
    EXPECT_EQ(roomy, 0) << roomyOut.right(3000).constData();
    sandbox.terminate();
    sandbox.waitForFinished(10000);
}

// A distributed canary is one verdict: two real k6 processes each run half of the load (`--execution-segment`,
// as the k6-operator's pods do), each passes its own share of the gate, and `canarydesk import a b --scenario`
// merges their files by time into one package judged on the whole load against the plan — the requests of both,
// the full duration. One runner's file alone, or a file cut short, is judged against the same plan and fails.
TEST_P(RealK6, TwoRealK6SegmentsImportAsOneRunJudgedAgainstThePlan)
{
    const QString realK6 = realK6Named(GetParam());
    if (realK6.isEmpty())
        GTEST_SKIP()
            << "no real k6 in " << GetParam()
            << " (nor k6 on PATH for CANARYDESK_K6); .ci/run points "
               "CANARYDESK_K6 at ../shared/peers/k6 (v0.47) and CANARYDESK_K6_V2 at ../shared/peers/k6-v2 (v2.2)";
    QProcess sandbox;
    const QString base = startSandbox(sandbox);
    ASSERT_FALSE(base.isEmpty());
    QTemporaryDir dir;
    const QString scenario = sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"));
    const QStringList plan{QStringLiteral("--url"),      base,
                           QStringLiteral("--rate"),     QStringLiteral("20"),
                           QStringLiteral("--duration"), QStringLiteral("4s")};
    const QString script = dir.filePath(QStringLiteral("canary.js"));
    const ProcessRun written = canarydesk(QStringList{QStringLiteral("k6"), QStringLiteral("script"), scenario} + plan +
                                          QStringList{QStringLiteral("--out"), script});
    ASSERT_EQ(written.exitCode, 0) << written.err.constData();

    // Both halves at once, each with its own --out json file, as two pods would.
    const QStringList segments{QStringLiteral("0:1/2"), QStringLiteral("1/2:1")};
    QList<std::shared_ptr<QProcess>> runners;
    QStringList files;
    for (int i = 0; i < 2; ++i) {
        files << dir.filePath(QStringLiteral("runner-%1.json").arg(i));
        auto k6 = std::make_shared<QProcess>();
        k6->setProcessEnvironment(k6Environment(QStringLiteral("0.5")));
        k6->start(realK6, {QStringLiteral("run"), QStringLiteral("--no-color"), QStringLiteral("--execution-segment"),
                           segments[i], QStringLiteral("--execution-segment-sequence"), QStringLiteral("0,1/2,1"),
                           QStringLiteral("--out"), QStringLiteral("json=") + files[i], script});
        runners << k6;
    }
    double k6Iterations = 0;
    for (int i = 0; i < 2; ++i) {
        ASSERT_TRUE(runners[i]->waitForFinished(120000));
        const QByteArray said = runners[i]->readAllStandardOutput() + runners[i]->readAllStandardError();
        EXPECT_EQ(runners[i]->exitCode(), 0) << "each runner passes its own half of the gate\n"
                                             << said.right(3000).constData();
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("[^_a-z]iterations\\.*: (\\d+)")).match(QString::fromUtf8(said));
        ASSERT_TRUE(m.hasMatch()) << said.right(3000).constData();
        k6Iterations += m.captured(1).toDouble();
    }
    EXPECT_GE(k6Iterations, 80.0) << "20/s for 4 s between the two";
    sandbox.terminate();
    sandbox.waitForFinished(10000);

    auto import = [&](const QStringList &inputs, const QString &name) {
        const QString out = dir.filePath(name);
        return std::pair{
            canarydesk(QStringList{QStringLiteral("import")} + inputs +
                           QStringList{QStringLiteral("--out"), out, QStringLiteral("--scenario"), scenario} + plan,
                       120000),
            out};
    };
    const auto [whole, wholeDir] = import(files, QStringLiteral("whole"));
    EXPECT_EQ(whole.exitCode, 0) << whole.err.constData() << whole.out.constData();
    EXPECT_TRUE(whole.out.contains("Gate 1 — PASS")) << whole.out.constData();
    EXPECT_EQ(summaryCount(wholeDir, "http_reqs"), k6Iterations) << "every request of both runners, counted once";
    const QByteArray record = QJsonDocument(jsonFile(QDir(wholeDir).filePath(QStringLiteral("run.json")))).toJson();
    EXPECT_TRUE(record.contains("2 runners' results merged by time into one run")) << record.constData();
    EXPECT_TRUE(record.contains("judged against the scenario")) << record.constData();
    const ProcessRun verified = canarydesk({QStringLiteral("verify"), wholeDir});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.constData();

    // One pod's file is half the load: judged against the plan, it falls short of the rate.
    const auto [half, halfDir] = import({files[0]}, QStringLiteral("half"));
    EXPECT_EQ(half.exitCode, 99) << half.out.constData();
    EXPECT_TRUE(half.out.contains("request rate")) << half.out.constData();

    // The first half of a runner's time: it cannot pass "full duration".
    const QList<QByteArray> lines = readFile(files[1]).split('\n');
    QByteArray cut;
    std::optional<qint64> firstNs;
    for (const QByteArray &line : lines) {
        const qsizetype at = line.indexOf("\"time\":\"");
        if (at >= 0) {
            const qsizetype from = at + 8, to = line.indexOf('"', from);
            const auto ns = canary::ResultsReader::parseTimeNs(line.constData() + from, line.constData() + to);
            if (ns && !firstNs)
                firstNs = ns;
            if (ns && *ns - *firstNs > 2'000'000'000)
                continue;
        }
        cut += line + '\n';
    }
    const QString cutFile = dir.filePath(QStringLiteral("cut.json"));
    writeFile(cutFile, cut);
    const auto [shortRun, shortDir] = import({cutFile}, QStringLiteral("cut"));
    EXPECT_EQ(shortRun.exitCode, 99) << shortRun.out.constData();
    EXPECT_TRUE(shortRun.out.contains("ran 0:0")) << "the duration criterion: ran 0:02 of 0:04\n"
                                                  << shortRun.out.constData();
}

// One run, one set of numbers: the real k6 runs the generated script (5-s tokens refreshed in every VU, 3 % of
// answers 503 and 3 % undelivered so checks fail on purpose, a VU cap that drops arrivals, a request in setup()
// and one in teardown()), writes its points and its own end-of-test summary; CanaryDesk imports the points and
// must give k6's numbers: counts and Rates exactly, latency percentiles within 0.5 % (k6 interpolates between
// ranks; CanaryDesk's histogram holds 0.4 %) — for the canary's own requests, which k6 reports as the submetric
// of the load URL; token, setup and teardown requests are kept apart and said.
TEST_P(RealK6, TheSameRealK6RunGivesK6sOwnNumbers)
{
    const QString realK6 = realK6Named(GetParam());
    if (realK6.isEmpty())
        GTEST_SKIP()
            << "no real k6 in " << GetParam()
            << " (nor k6 on PATH for CANARYDESK_K6); .ci/run points "
               "CANARYDESK_K6 at ../shared/peers/k6 (v0.47) and CANARYDESK_K6_V2 at ../shared/peers/k6-v2 (v2.2)";
    QProcess sandbox;
    const QString base =
        startSandbox(sandbox, {QStringLiteral("--token-lifetime"), QStringLiteral("5s"), QStringLiteral("--latency"),
                               QStringLiteral("25"), QStringLiteral("--tail"), QStringLiteral("40"),
                               QStringLiteral("--tail-ratio"), QStringLiteral("0.2"), QStringLiteral("--error-ratio"),
                               QStringLiteral("0.03"), QStringLiteral("--undelivered-ratio"), QStringLiteral("0.03")});
    ASSERT_FALSE(base.isEmpty());
    QTemporaryDir dir;
    const QString scenario = sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"));
    const QStringList plan{QStringLiteral("--url"),           base,
                           QStringLiteral("--rate"),          QStringLiteral("150"),
                           QStringLiteral("--duration"),      QStringLiteral("10s"),
                           QStringLiteral("--max-in-flight"), QStringLiteral("5")};
    const QString script = dir.filePath(QStringLiteral("canary.js"));
    const ProcessRun written = canarydesk(QStringList{QStringLiteral("k6"), QStringLiteral("script"), scenario} + plan +
                                          QStringList{QStringLiteral("--out"), script});
    ASSERT_EQ(written.exitCode, 0) << written.err.constData();
    // The operator's additions: a request in setup() and in teardown(), and k6's summary of the load URL alone.
    const QString loadUrl = base + QStringLiteral("/api/v1/notifications");
    QString js = QString::fromUtf8(readFile(script));
    ASSERT_TRUE(js.contains(QStringLiteral("  return fetchToken('setup');")));
    js.replace(QStringLiteral("  return fetchToken('setup');"),
               QStringLiteral("  http.get('%1/health');\n  return fetchToken('setup');").arg(base));
    js += QStringLiteral("\nexport function teardown() {\n  http.get('%1/health');\n}\n").arg(base);
    js.replace(QStringLiteral("  thresholds: {\n"),
               QStringLiteral("  thresholds: {\n    'http_req_duration{name:%1}': ['p(95)>=0'],\n"
                              "    'http_req_failed{name:%1}': ['rate>=0'],\n")
                   .arg(loadUrl));
    writeFile(script, js.toUtf8());

    const QString points = dir.filePath(QStringLiteral("points.json"));
    const QString k6Summary = dir.filePath(QStringLiteral("k6-summary.json"));
    QProcess k6;
    k6.setProcessEnvironment(k6Environment());
    k6.start(realK6, {QStringLiteral("run"), QStringLiteral("--quiet"), QStringLiteral("--out"),
                      QStringLiteral("json=") + points, QStringLiteral("--summary-export"), k6Summary, script});
    ASSERT_TRUE(k6.waitForFinished(120000));
    const QByteArray k6Said = k6.readAllStandardOutput() + k6.readAllStandardError();
    EXPECT_EQ(k6.exitCode(), 99) << "the failing checks and the drops cross k6's thresholds\n"
                                 << k6Said.right(3000).constData();
    sandbox.terminate();
    sandbox.waitForFinished(10000);

    const QString out = dir.filePath(QStringLiteral("package"));
    const ProcessRun imported =
        canarydesk(QStringList{QStringLiteral("import"), points, QStringLiteral("--scenario"), scenario} + plan +
                       QStringList{QStringLiteral("--out"), out},
                   120000);
    EXPECT_EQ(imported.exitCode, 99) << imported.err.constData() << imported.out.constData();

    const QJsonObject theirs = jsonFile(k6Summary).value(QStringLiteral("metrics")).toObject();
    const QJsonObject ours = jsonFile(QDir(out).filePath(QStringLiteral("summary.json")));
    auto k6Value = [&](const QString &metric, const char *key) {
        const QJsonValue v = theirs.value(metric).toObject().value(QLatin1String(key));
        EXPECT_FALSE(v.isUndefined()) << "k6's summary has no " << metric.toStdString() << " " << key;
        return v.toDouble();
    };
    auto ourValue = [&](const char *metric, const char *key) { return metricValue(ours, metric, key, -1); };
    const double iterations = k6Value(QStringLiteral("iterations"), "count");
    ASSERT_GE(iterations, 1000.0) << "enough samples for k6's percentiles to be compared at 0.5 %";
    EXPECT_EQ(ourValue("http_reqs", "count"), iterations) << "the canary's requests, as k6 counted its iterations";
    const double dropped = k6Value(QStringLiteral("dropped_iterations"), "count");
    EXPECT_GT(dropped, 0.0) << "the VU cap dropped arrivals";
    EXPECT_EQ(ourValue("dropped_iterations", "count"), dropped);
    for (const char *rate : {"errors", "delivery_success", "checks"}) {
        EXPECT_EQ(ourValue(rate, "passes"), k6Value(QLatin1String(rate), "passes")) << rate;
        EXPECT_EQ(ourValue(rate, "fails"), k6Value(QLatin1String(rate), "fails")) << rate;
    }
    EXPECT_GT(k6Value(QStringLiteral("errors"), "passes"), 0.0) << "checks failed on purpose";
    const QString failed = QStringLiteral("http_req_failed{name:%1}").arg(loadUrl);
    EXPECT_EQ(ourValue("http_req_failed", "passes"), k6Value(failed, "passes"));
    EXPECT_EQ(ourValue("http_req_failed", "fails"), k6Value(failed, "fails"));
    const QString duration = QStringLiteral("http_req_duration{name:%1}").arg(loadUrl);
    for (const char *stat : {"p(95)", "p(90)", "med", "avg", "max"}) {
        const double k6Stat = k6Value(duration, stat);
        EXPECT_NEAR(ourValue("http_req_duration", stat), k6Stat, k6Stat * 0.005) << stat;
    }
    std::printf("k6 and CanaryDesk on the same run: %.0f requests, %.0f dropped, errors %.0f/%.0f, p95 %.3f / %.3f ms, "
                "p90 %.3f / %.3f ms\n",
                iterations, dropped, k6Value(QStringLiteral("errors"), "passes"),
                k6Value(QStringLiteral("errors"), "passes") + k6Value(QStringLiteral("errors"), "fails"),
                k6Value(duration, "p(95)"), ourValue("http_req_duration", "p(95)"), k6Value(duration, "p(90)"),
                ourValue("http_req_duration", "p(90)"));
    // What is not load is kept apart and said: setup's and teardown's requests and every token request.
    const double tokenRequests = k6Value(QStringLiteral("http_reqs"), "count") - iterations - 2;
    EXPECT_GT(tokenRequests, 5.0) << "5-s tokens refreshed in every VU over 10 s";
    const QString said = QString::fromUtf8(imported.out);
    EXPECT_TRUE(said.contains(
        QStringLiteral("%1 token requests (tagged name=oauth-token) left out of the metrics").arg(tokenRequests)))
        << imported.out.constData();
    EXPECT_TRUE(said.contains(QStringLiteral("1 request(s) of setup() and 1 of teardown() left out of the metrics")))
        << imported.out.constData();
}

// v0.47 (the seed's) and v2.2 (what people install today): each real-k6 test with both, each skipped where its binary
// is missing.
INSTANTIATE_TEST_SUITE_P(K6Versions, RealK6, ::testing::Values("CANARYDESK_K6", "CANARYDESK_K6_V2"),
                         [](const ::testing::TestParamInfo<const char *> &info) {
                             return std::string(info.param) == "CANARYDESK_K6" ? std::string("v0_47")
                                                                               : std::string("v2_2");
                         });
