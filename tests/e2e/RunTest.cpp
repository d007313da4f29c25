// The headless `canarydesk run`, launched as a user (or CI) would.
#include "core/evidence/ReportTables.h"
#include "tests/e2e/E2eSupport.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace canary::test;

namespace {

// `canarydesk run ARGS…` to completion.
ProcessRun run(const QStringList &args, int timeoutMs = 180000)
{
    return canarydesk(QStringList{QStringLiteral("run")} + args, timeoutMs);
}

// A demo run meant to be interrupted: 100/s for 5 minutes.
bool startLongDemoRun(QProcess &p, const QString &out)
{
    p.start(QStringLiteral(CANARYDESK_BIN),
            {QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--rate"), QStringLiteral("100"),
             QStringLiteral("--duration"), QStringLiteral("5m"), QStringLiteral("--out"), out});
    return p.waitForStarted();
}

QJsonObject json(const QString &path)
{
    return jsonFile(path);
}

double value(const QJsonObject &summary, const char *metric, const char *key)
{
    return metricValue(summary, metric, key, 0);
}

// The seed's jq filter over the summary; returns its JSON output.
QJsonObject seedJq(const QString &summaryPath)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("jq")),
            {QStringLiteral("{test_duration_min: (.state.testRunDurationMs / 1000 / 60), total_requests: "
                            ".metrics.http_reqs.values.count, "
                            "requests_per_second: .metrics.http_reqs.values.rate, p95_latency_ms: "
                            ".metrics.http_req_duration.values.\"p(95)\", "
                            "error_rate_pct: (.metrics.errors.values.rate * 100), delivery_success_pct: "
                            "(.metrics.delivery_success.values.rate * 100), "
                            "http_failures_pct: (.metrics.http_req_failed.values.rate * 100)}"),
             summaryPath});
    p.waitForFinished(30000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

TEST(Run, DemoCountsEqualTheSandboxsOwnCountsExactly)
{
    QTemporaryDir dir;
    const ProcessRun r =
        run({QStringLiteral("--demo"), QStringLiteral("--rate"), QStringLiteral("200"), QStringLiteral("--duration"),
             QStringLiteral("10s"), QStringLiteral("--out"), dir.path()});
    ASSERT_EQ(r.exitCode, 0) << r.out.constData() << r.err.constData();
    EXPECT_GE(r.out.count("req/s"), 10) << "one progress line per second";
    EXPECT_TRUE(r.out.contains("Gate 1 — PASS"));
    const QJsonObject summary = json(dir.filePath(QStringLiteral("summary.json")));
    const QJsonObject server = json(dir.filePath(QStringLiteral("sandbox_counts.json")));
    const double requests = value(summary, "http_reqs", "count");
    EXPECT_EQ(requests, 2000.0);
    EXPECT_EQ(requests, server.value(QStringLiteral("notifications_received")).toDouble());
    EXPECT_EQ(value(summary, "errors", "passes"), server.value(QStringLiteral("server_errors")).toDouble() +
                                                      server.value(QStringLiteral("unauthorized")).toDouble());
    EXPECT_EQ(value(summary, "delivery_success", "passes"), server.value(QStringLiteral("delivered")).toDouble());
    EXPECT_EQ(value(summary, "http_req_failed", "passes"), server.value(QStringLiteral("server_errors")).toDouble());
    EXPECT_EQ(value(summary, "dropped_iterations", "count"), 0.0);
    // The raw results hold one http_reqs point per request.
    const QByteArray raw = zcat(dir.filePath(QStringLiteral("results.ndjson.gz")));
    EXPECT_EQ(raw.count("{\"metric\":\"http_reqs\",\"type\":\"Point\""), 2000);

    // The evidence package around them: the seed's jq on the canary JSON equals canary_summary.json, and it verifies.
    const QStringList canaryJson = QDir(dir.path()).entryList({QStringLiteral("canary_200rps_10s_*.json")});
    ASSERT_EQ(canaryJson.size(), 1);
    EXPECT_EQ(seedJq(dir.filePath(canaryJson.first())), json(dir.filePath(QStringLiteral("canary_summary.json"))));
    for (const char *file :
         {"summary-export.json", "timeseries.csv", "checkpoint.md", "timeline.json", "manifest.json"})
        EXPECT_TRUE(QFile::exists(dir.filePath(QString::fromLatin1(file)))) << file;
    EXPECT_TRUE(readFile(dir.filePath(QStringLiteral("checkpoint.md"))).contains("**Verdict: PASS**"));
    const QJsonObject health = json(dir.filePath(QStringLiteral("health.json")));
    EXPECT_GE(health.value(QStringLiteral("samples")).toArray().size(), 2) << "the demo's /health polled every 5 s";
    EXPECT_EQ(health.value(QStringLiteral("transitions")).toArray().size(), 1) << "healthy throughout";
    const QJsonObject provider = json(dir.filePath(QStringLiteral("provider_stats.json")));
    EXPECT_EQ(provider.value(QStringLiteral("delta")).toObject().value(QStringLiteral("delivered")).toDouble(),
              server.value(QStringLiteral("delivered")).toDouble())
        << "SendGrid-shaped stats before/after: the difference is what the target delivered";
    EXPECT_EQ(provider.value(QStringLiteral("engine_delivered")).toDouble(),
              value(summary, "delivery_success", "passes"));
    QProcess verify;
    verify.start(QStringLiteral(CANARYDESK_BIN), {QStringLiteral("verify"), dir.path()});
    ASSERT_TRUE(verify.waitForFinished(30000));
    EXPECT_EQ(verify.exitCode(), 0) << verify.readAllStandardOutput().constData();
    QByteArray csv = readFile(dir.filePath(QStringLiteral("timeseries.csv")));
    csv[csv.size() - 2] = csv[csv.size() - 2] == '0' ? '1' : '0';
    writeFile(dir.filePath(QStringLiteral("timeseries.csv")), csv);
    verify.start(QStringLiteral(CANARYDESK_BIN), {QStringLiteral("verify"), dir.path()});
    ASSERT_TRUE(verify.waitForFinished(30000));
    EXPECT_EQ(verify.exitCode(), 1);
    EXPECT_TRUE(verify.readAllStandardOutput().contains("changed: timeseries.csv"));
}

TEST(Run, SeedShapedScenarioAgainstTheSandboxPassesAndTheSeedsJqWorks)
{
    QTemporaryDir dir;
    const ProcessRun r =
        run({QStringLiteral(CANARYDESK_SOURCE_DIR "/resources/scenarios/auto_com_center_250rps_30min.json"),
             QStringLiteral("--demo"), QStringLiteral("--duration"), QStringLiteral("60s"), QStringLiteral("--out"),
             dir.path()});
    ASSERT_EQ(r.exitCode, 0) << r.out.right(3000).constData() << r.err.constData();
    const QJsonObject s = seedJq(dir.filePath(QStringLiteral("summary.json")));
    ASSERT_FALSE(s.isEmpty());
    EXPECT_EQ(s.value(QStringLiteral("total_requests")).toInt(), 15000);
    EXPECT_NEAR(s.value(QStringLiteral("test_duration_min")).toDouble(), 1.0, 0.1);
    EXPECT_NEAR(s.value(QStringLiteral("requests_per_second")).toDouble(), 250.0, 5.0);
    EXPECT_LT(s.value(QStringLiteral("p95_latency_ms")).toDouble(), 250.0);
    EXPECT_GT(s.value(QStringLiteral("p95_latency_ms")).toDouble(), 20.0) << "the demo target answers after 20 ms";
    EXPECT_LE(s.value(QStringLiteral("error_rate_pct")).toDouble(), 0.5);
    EXPECT_GE(s.value(QStringLiteral("delivery_success_pct")).toDouble(), 99.0);
}

TEST(Run, SigtermStopsGracefullyAndStillWritesResults)
{
    QTemporaryDir dir;
    QProcess p;
    ASSERT_TRUE(startLongDemoRun(p, dir.path()));
    QByteArray out;
    ASSERT_TRUE(waitForProgress(p, out, 2));
    p.terminate();
    ASSERT_TRUE(p.waitForFinished(60000));
    out += p.readAllStandardOutput();
    EXPECT_EQ(p.exitCode(), 105) << out.constData();
    EXPECT_TRUE(p.readAllStandardError().contains("SIGTERM received: stopping gracefully"));
    const QJsonObject summary = json(dir.filePath(QStringLiteral("summary.json")));
    EXPECT_GE(value(summary, "http_reqs", "count"), 150.0);
    EXPECT_TRUE(out.contains("stopped by a request to end the process (SIGTERM)"))
        << "the verdict says why the duration criterion failed";
    EXPECT_GE(zcat(dir.filePath(QStringLiteral("results.ndjson.gz"))).count("\"http_reqs\",\"type\":\"Point\""), 150);
}

TEST(Run, SighupStopsGracefullyLikeSigtermAndTheRunIsStopped)
{
    // The terminal closing (or an ssh session dropping) under a headless run: the same graceful stop.
    QTemporaryDir dir;
    QProcess p;
    ASSERT_TRUE(startLongDemoRun(p, dir.path()));
    QByteArray out;
    ASSERT_TRUE(waitForProgress(p, out, 2));
    ::kill(static_cast<pid_t>(p.processId()), SIGHUP);
    ASSERT_TRUE(p.waitForFinished(60000));
    out += p.readAllStandardOutput();
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 105) << out.constData();
    EXPECT_TRUE(p.readAllStandardError().contains("SIGHUP received: stopping gracefully"));
    EXPECT_TRUE(out.contains("Gate 1 — STOPPED")) << out.right(1500).constData();
    EXPECT_TRUE(out.contains("stopped: the terminal or session closed (SIGHUP)")) << out.right(1500).constData();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("manifest.json")))) << "the package was written and signed";
}

TEST(Run, KillNineLeavesReadableResultsAnInterruptedHistoryEntryAndAnExportablePackage)
{
    QTemporaryDir dir;
    QProcess p;
    ASSERT_TRUE(startLongDemoRun(p, dir.path()));
    QByteArray out;
    ASSERT_TRUE(waitForProgress(p, out, 3));
    ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
    ASSERT_TRUE(p.waitForFinished(30000));
    QByteArray raw = zcat(dir.filePath(QStringLiteral("results.ndjson.gz")));
    // The kill may land while a batch is being compressed: what zlib had already handed to the file can end
    // inside a line. Everything up to the last newline is whole (the reader counts exactly that part).
    raw.truncate(raw.lastIndexOf('\n') + 1);
    const qsizetype points = raw.count("\"http_reqs\",\"type\":\"Point\"");
    EXPECT_GE(points, 150) << "at least the first two seconds were flushed";
    const QList<QByteArray> lines = raw.trimmed().split('\n');
    for (const QByteArray &line : lines)
        ASSERT_FALSE(QJsonDocument::fromJson(line).isNull())
            << "every complete line is whole JSON: " << line.constData();

    // The next start of CanaryDesk lists the run as interrupted…
    const QString runId =
        QRegularExpression(QStringLiteral("run ([0-9a-f-]{36})")).match(QString::fromUtf8(out)).captured(1);
    ASSERT_FALSE(runId.isEmpty()) << out.constData();
    const ProcessRun history = canarydesk({QStringLiteral("history")});
    ASSERT_EQ(history.exitCode, 0) << history.err.constData();
    const QString line = QString::fromUtf8(history.out)
                             .split(QLatin1Char('\n'))
                             .filter(QStringLiteral("%1  ").arg(runId.left(8)))
                             .value(0);
    EXPECT_TRUE(line.contains(QStringLiteral("interrupted")) && line.contains(QStringLiteral("INCOMPLETE")))
        << history.out.constData();
    EXPECT_TRUE(line.contains(QStringLiteral(" · %1 requests · ").arg(points)))
        << "History counts what the raw results hold, never 0: " << line.toStdString();
    EXPECT_FALSE(line.contains(QStringLiteral("p95 0.00 ms"))) << line.toStdString();

    // …and its evidence can still be exported: verdict incomplete, partial metrics, signed.
    QTemporaryDir exported;
    const QString pkg = exported.filePath(QStringLiteral("pkg"));
    const ProcessRun exp = canarydesk({QStringLiteral("export"), runId.left(8), QStringLiteral("--out"), pkg}, 120000);
    ASSERT_EQ(exp.exitCode, 0) << exp.err.constData() << exp.out.constData();
    EXPECT_TRUE(exp.out.contains("INCOMPLETE: run interrupted, the evidence is incomplete")) << exp.out.constData();
    const QJsonObject summary = json(QDir(pkg).filePath(QStringLiteral("summary.json")));
    EXPECT_EQ(value(summary, "http_reqs", "count"), static_cast<double>(points)) << "every flushed request, counted";
    const QJsonObject record = json(QDir(pkg).filePath(QStringLiteral("run.json")));
    EXPECT_EQ(record.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
    QProcess pdf;
    pdf.start(QStringLiteral("pdftotext"), {QStringLiteral("-l"), QStringLiteral("1"),
                                            QDir(pkg).filePath(QStringLiteral("report.pdf")), QStringLiteral("-")});
    ASSERT_TRUE(pdf.waitForFinished(30000));
    EXPECT_TRUE(pdf.readAllStandardOutput().contains("INCOMPLETE")) << "page 1 says the verdict is incomplete";
    const ProcessRun verify = canarydesk({QStringLiteral("verify"), pkg});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.constData();
}

TEST(Run, BadInputIsNamedWithExit104)
{
    struct Case
    {
        QStringList args;
        const char *message;
    } cases[] = {
        {{QStringLiteral("--demo"), QStringLiteral("--rate"), QStringLiteral("fast")},
         "--rate: must be a number of requests per second above 0, got \"fast\""},
        {{QStringLiteral("--demo"), QStringLiteral("--rate"), QStringLiteral("nan")},
         "--rate: must be a number of requests per second above 0, got \"nan\""},
        {{QStringLiteral("--demo"), QStringLiteral("--rate"), QStringLiteral("inf")},
         "--rate: must be a number of requests per second above 0, got \"inf\""},
        {{QStringLiteral("--demo"), QStringLiteral("--duration"), QStringLiteral("10")},
         "--duration: \"10\" is not a duration"},
        {{QStringLiteral("--demo"), QStringLiteral("--url"), QStringLiteral("localhost:80")},
         "--url: must be an http:// or https:// URL, got \"localhost:80\""},
        {{QStringLiteral("--demo"), QStringLiteral("--gate"), QStringLiteral("gate9")},
         "--gate: unknown gate \"gate9\""},
        {{QStringLiteral("--demo"), QStringLiteral("--max-in-flight"), QStringLiteral("0")},
         "--max-in-flight: must be between 1 and 100000"},
        {{QStringLiteral("/nonexistent/scenario.json")}, "/nonexistent/scenario.json is not a valid scenario"},
        {{}, "name a scenario file, or use --demo"},
        {{QStringLiteral("--demo"), QStringLiteral("--token-url"), QStringLiteral("http://127.0.0.1:1/oauth/token")},
         "auth.tokenUrl: the client secret (the demo sandbox's own) may only be sent to http://127.0.0.1:"},
    };
    for (const Case &c : cases) {
        const ProcessRun r = run(c.args, 60000);
        EXPECT_EQ(r.exitCode, 104) << c.message << "\n" << r.err.constData();
        EXPECT_TRUE(r.err.contains(c.message)) << "expected: " << c.message << "\ngot: " << r.err.constData();
    }
}

TEST(Run, ADeadTargetFailsTheGateWithoutCrashing)
{
    QTemporaryDir dir;
    const QString scenario = dir.filePath(QStringLiteral("dead.json"));
    writeFile(scenario, R"({"schemaVersion": 1, "name": "dead", "service": "nowhere",
        "target": {"baseUrl": "http://127.0.0.1:1", "path": "/api/v1/notifications", "body": {"to": "x"}, "timeout": "2s"},
        "load": {"stages": [{"rate": 20, "duration": "2s"}], "gracefulStop": "2s"},
        "checks": {"expectedStatus": [202]}})");
    const ProcessRun r = run({scenario, QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))});
    EXPECT_EQ(r.exitCode, 99) << r.out.constData() << r.err.constData();
    const QJsonObject summary = json(dir.filePath(QStringLiteral("out/summary.json")));
    EXPECT_EQ(value(summary, "http_reqs", "count"), 40.0);
    EXPECT_EQ(value(summary, "http_req_failed", "rate"), 1.0) << "no response is an HTTP failure";
    EXPECT_TRUE(r.out.contains("FAIL")) << r.out.constData();
}

TEST(Run, ASteadilySlowTargetIsNamedAsWaitingForTheFirstByteNotSaturation)
{
    // 400 ms for every answer at 50/s: about 20 requests in flight from start to end, the rate held, nothing dropped.
    // The time is spent waiting for the first byte — a slow service, not a full one.
    QTemporaryDir dir;
    QProcess sandbox;
    const QString base = startSandbox(sandbox, {QStringLiteral("--latency"), QStringLiteral("400")});
    ASSERT_FALSE(base.isEmpty());
    const ProcessRun r = runAgainstSandbox(
        base, {QStringLiteral(CANARYDESK_SOURCE_DIR "/resources/scenarios/demo_sandbox.json"), QStringLiteral("--url"),
               base, QStringLiteral("--rate"), QStringLiteral("50"), QStringLiteral("--duration"), QStringLiteral("6s"),
               QStringLiteral("--out"), dir.path()});
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    EXPECT_EQ(r.exitCode, 99) << r.out.constData() << r.err.constData();
    const QByteArray checkpoint = readFile(dir.filePath(QStringLiteral("checkpoint.md")));
    EXPECT_TRUE(checkpoint.contains("**Verdict: FAIL**"));
    EXPECT_TRUE(checkpoint.contains("Latency over the gate: waiting for the first byte")) << checkpoint.constData();
    EXPECT_FALSE(checkpoint.contains("saturated")) << checkpoint.constData();
    EXPECT_FALSE(checkpoint.contains("connection pool")) << checkpoint.constData();
    EXPECT_TRUE(readFile(dir.filePath(QStringLiteral("report.html"))).contains("waiting for the first byte"));
    const QJsonObject diagnosis = json(dir.filePath(QStringLiteral("diagnosis.json")));
    bool slow = false;
    for (const QJsonValue &e : diagnosis.value(QStringLiteral("episodes")).toArray())
        slow = slow || e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("slow");
    EXPECT_TRUE(slow) << "each second's p95 was over the limit";
}

namespace {

// The sandbox scenario with /health polled every second.
QString scenarioPollingHealthEverySecond(const QString &dir)
{
    QJsonObject s = QJsonDocument::fromJson(
                        readFile(QStringLiteral(CANARYDESK_SOURCE_DIR "/resources/scenarios/demo_sandbox.json")))
                        .object();
    QJsonObject monitors = s.value(QStringLiteral("monitors")).toObject();
    QJsonObject health = monitors.value(QStringLiteral("health")).toObject();
    health.insert(QStringLiteral("interval"), QStringLiteral("1s"));
    health.insert(QStringLiteral("timeout"), QStringLiteral("500ms"));
    monitors.insert(QStringLiteral("health"), health);
    monitors.remove(QStringLiteral("provider"));
    s.insert(QStringLiteral("monitors"), monitors);
    const QString path = QDir(dir).filePath(QStringLiteral("health-every-second.json"));
    writeFile(path, QJsonDocument(s).toJson());
    return path;
}

} // namespace

TEST(Run, AnOutageIsAnEpisodeWithItsTimesAndWhatElseHappenedThen)
{
    // The service goes away 2 s after the first notification for 3 s (connections refused, open ones reset), then
    // comes back: the judgement places it in time and says what /health and the log showed then.
    QTemporaryDir dir;
    const QString appLog = dir.filePath(QStringLiteral("app.log"));
    QProcess sandbox;
    const QString base =
        startSandbox(sandbox, {QStringLiteral("--outage-at"), QStringLiteral("2s"), QStringLiteral("--outage-for"),
                               QStringLiteral("3s"), QStringLiteral("--log"), appLog});
    ASSERT_FALSE(base.isEmpty());
    const QString out = dir.filePath(QStringLiteral("out"));
    const ProcessRun r =
        runAgainstSandbox(base, {scenarioPollingHealthEverySecond(dir.path()), QStringLiteral("--url"), base,
                                 QStringLiteral("--rate"), QStringLiteral("50"), QStringLiteral("--duration"),
                                 QStringLiteral("8s"), QStringLiteral("--log"), appLog, QStringLiteral("--out"), out});
    QNetworkAccessManager nam;
    const QJsonObject counts =
        QJsonDocument::fromJson(http(nam, "GET", QUrl(base + QStringLiteral("/_sandbox/counts"))).body).object();
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    EXPECT_EQ(r.exitCode, 99) << r.out.constData() << r.err.constData();
    const QJsonObject diagnosis = json(QDir(out).filePath(QStringLiteral("diagnosis.json")));
    QJsonObject outage, health;
    for (const QJsonValue &e : diagnosis.value(QStringLiteral("episodes")).toArray()) {
        const QString kind = e.toObject().value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("no_answer") && outage.isEmpty())
            outage = e.toObject();
        if (kind == QLatin1String("health_failing") && health.isEmpty())
            health = e.toObject();
    }
    ASSERT_FALSE(outage.isEmpty()) << QJsonDocument(diagnosis).toJson().constData();
    // The run's t=0 is within a few ms of the first notification: the outage is 0:02–0:05 of the run.
    EXPECT_NEAR(outage.value(QStringLiteral("start_s")).toDouble(), 2.0, 0.5);
    EXPECT_NEAR(outage.value(QStringLiteral("end_s")).toDouble(), 5.0, 0.5);
    // The episode holds the requests the service never received (a stray failure at its edges, in a second with
    // too few to count, may stay outside it).
    const qint64 sent = 400, received = counts.value(QStringLiteral("notifications_received")).toInteger();
    EXPECT_NEAR(static_cast<double>(outage.value(QStringLiteral("requests")).toInteger()),
                static_cast<double>(sent - received), 5.0)
        << "the service received " << received;
    EXPECT_NEAR(static_cast<double>(outage.value(QStringLiteral("requests")).toInteger()), 150.0, 15.0);
    ASSERT_FALSE(health.isEmpty()) << "/health was refused too";
    EXPECT_NEAR(health.value(QStringLiteral("start_s")).toDouble(), 2.5, 1.1);
    const QJsonArray evidence = outage.value(QStringLiteral("evidence")).toArray();
    ASSERT_EQ(evidence.size(), 2) << QJsonDocument(outage).toJson().constData();
    EXPECT_TRUE(evidence.at(0).toString().startsWith(QStringLiteral("/health failed 0:0")));
    EXPECT_EQ(evidence.at(1).toString(), QStringLiteral("no log lines in that window"))
        << "the service logged nothing while it was down";
    const QByteArray checkpoint = readFile(QDir(out).filePath(QStringLiteral("checkpoint.md")));
    EXPECT_TRUE(checkpoint.contains("**Requests without an answer** — 0:02–0:05 requests got no answer"))
        << checkpoint.constData();
    EXPECT_FALSE(checkpoint.contains("SendGrid")) << "none of the undelivered requests reached the service";
}

TEST(Run, StopWhenDecidedEndsTheCanaryWithinSecondsOfTheDecisionWithItsPackageComplete)
{
    // 5 % 5xx against "errors <= 0.5 %" over a planned 3,000 requests: lost beyond recovery once 16 have failed,
    // about 3 s in. The canary ends there instead of loading a failing service for 30 s.
    QTemporaryDir dir;
    QProcess sandbox;
    const QString base = startSandbox(sandbox, {QStringLiteral("--error-ratio"), QStringLiteral("0.05")});
    ASSERT_FALSE(base.isEmpty());
    const QString out = dir.filePath(QStringLiteral("out"));
    const ProcessRun r = runAgainstSandbox(
        base, {QStringLiteral(CANARYDESK_SOURCE_DIR "/resources/scenarios/demo_sandbox.json"), QStringLiteral("--url"),
               base, QStringLiteral("--rate"), QStringLiteral("100"), QStringLiteral("--duration"),
               QStringLiteral("30s"), QStringLiteral("--stop-when-decided"), QStringLiteral("--out"), out});
    QNetworkAccessManager nam;
    const QJsonObject counts =
        QJsonDocument::fromJson(http(nam, "GET", QUrl(base + QStringLiteral("/_sandbox/counts"))).body).object();
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    EXPECT_EQ(r.exitCode, 99) << r.out.constData() << r.err.constData();
    const QJsonObject diagnosis = json(QDir(out).filePath(QStringLiteral("diagnosis.json")));
    EXPECT_EQ(diagnosis.value(QStringLiteral("verdict")).toString(), QStringLiteral("FAIL"));
    EXPECT_TRUE(diagnosis.value(QStringLiteral("stopped_when_decided")).toBool());
    const double decidedS = diagnosis.value(QStringLiteral("decided_at_s")).toDouble(-1);
    EXPECT_GT(decidedS, 0.0);
    EXPECT_LT(decidedS, 10.0);
    const QJsonObject record = json(QDir(out).filePath(QStringLiteral("run.json")));
    // The load stopped within a couple of seconds of the decision (the second it was seen in, the graceful stop).
    const double stoppedS = static_cast<double>(record.value(QStringLiteral("duration_ms")).toInteger()) / 1000.0;
    EXPECT_LE(stoppedS, decidedS + 3.0) << "stopped at " << stoppedS;
    EXPECT_TRUE(record.value(QStringLiteral("stopped_when_decided")).toBool());
    // What the service received says the same: a few hundred notifications, not 3,000.
    EXPECT_LT(counts.value(QStringLiteral("notifications_received")).toInteger(), 1000);
    // The criterion carries the moment it was decided; the findings say it first.
    bool errorsDecided = false;
    for (const QJsonValue &c : diagnosis.value(QStringLiteral("criteria")).toArray())
        if (c.toObject().value(QStringLiteral("key")).toString() == QLatin1String("errors:rate<=0.005"))
            errorsDecided = c.toObject().value(QStringLiteral("decided_at_s")).toDouble() == decidedS;
    EXPECT_TRUE(errorsDecided);
    EXPECT_TRUE(diagnosis.value(QStringLiteral("findings"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("title"))
                    .toString()
                    .startsWith(QStringLiteral("Decided at 0:0")));
    EXPECT_TRUE(r.out.contains("decided at 0:0")) << r.out.constData();
    // The package is whole and signed.
    const ProcessRun verify = canarydesk({QStringLiteral("verify"), out});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.constData();
}

TEST(Run, FivePercentServerErrorsFailWithADiagnosisCitingTheLogLines)
{
    QTemporaryDir dir;
    const QString appLog = dir.filePath(QStringLiteral("logs/auto_com_center_1.log"));
    QProcess sandbox;
    const QString base =
        startSandbox(sandbox, {QStringLiteral("--latency"), QStringLiteral("2"), QStringLiteral("--error-ratio"),
                               QStringLiteral("0.05"), QStringLiteral("--log"), appLog});
    ASSERT_FALSE(base.isEmpty());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("canarydesk-demo-secret"));
    env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), base);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CANARYDESK_BIN),
            {QStringLiteral("run"), QStringLiteral(CANARYDESK_SOURCE_DIR "/resources/scenarios/demo_sandbox.json"),
             QStringLiteral("--url"), base, QStringLiteral("--rate"), QStringLiteral("100"),
             QStringLiteral("--duration"), QStringLiteral("6s"), QStringLiteral("--log"),
             dir.filePath(QStringLiteral("logs/auto_com_center_*.log")), QStringLiteral("--out"),
             dir.filePath(QStringLiteral("out"))});
    ASSERT_TRUE(p.waitForFinished(120000));
    QNetworkAccessManager nam;
    const HttpReply counts = http(nam, "GET", QUrl(base + QStringLiteral("/_sandbox/counts")));
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    EXPECT_EQ(p.exitCode(), 99) << p.readAllStandardOutput().constData();
    const int serverErrors =
        QJsonDocument::fromJson(counts.body).object().value(QStringLiteral("server_errors")).toInt();
    ASSERT_GT(serverErrors, 5);
    const QStringList logs = QDir(dir.filePath(QStringLiteral("out"))).entryList({QStringLiteral("error_logs_*.log")});
    ASSERT_EQ(logs.size(), 1);
    const QByteArray windowed = readFile(dir.filePath(QStringLiteral("out/") + logs.first()));
    EXPECT_EQ(windowed.count(" ERROR notification_failed"), serverErrors)
        << "every 5xx the service logged, and only those, in the window";
    const QByteArray checkpoint = readFile(dir.filePath(QStringLiteral("out/checkpoint.md")));
    EXPECT_TRUE(checkpoint.contains("Server errors over the gate")) << checkpoint.constData();
    EXPECT_TRUE(checkpoint.contains("ERROR lines in the window, e.g.")) << checkpoint.constData();
    EXPECT_TRUE(checkpoint.contains("notification_failed"));
    // #31: the report says the same to a stakeholder — the 5xx answers by code, as many as the service counted, and
    // the error log's lines of the window.
    const QString report = QString::fromUtf8(readFile(dir.filePath(QStringLiteral("out/report.html"))));
    const QRegularExpressionMatch row =
        QRegularExpression(QStringLiteral("<td>(5\\d\\d)</td><td>[^<]*</td><td>([\\d,.]+)</td>")).match(report);
    ASSERT_TRUE(row.hasMatch()) << "a 5xx row in the status table";
    EXPECT_EQ(row.captured(2).remove(QLatin1Char(',')).remove(QLatin1Char('.')).toInt(), serverErrors);
    const qsizetype log = report.indexOf(QStringLiteral("id=\"table-log\""));
    ASSERT_GE(log, 0);
    EXPECT_EQ(report.mid(log, report.indexOf(QStringLiteral("</pre>"), log) - log)
                  .count(QStringLiteral(" ERROR notification_failed")),
              std::min(serverErrors, canary::report_tables::kLogLines));
}

TEST(Run, ARelativeOutputFolderIsWrittenAndSignedToo)
{
    QTemporaryDir dir;
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral(CANARYDESK_BIN), {QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--rate"),
                                             QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("2s"),
                                             QStringLiteral("--out"), QStringLiteral("evidence/demo")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    EXPECT_EQ(p.exitCode(), 0) << err.constData();
    EXPECT_FALSE(err.contains("cannot")) << err.constData();
    QProcess verify;
    verify.setWorkingDirectory(dir.path());
    verify.start(QStringLiteral(CANARYDESK_BIN), {QStringLiteral("verify"), QStringLiteral("evidence/demo")});
    ASSERT_TRUE(verify.waitForFinished(30000));
    EXPECT_EQ(verify.exitCode(), 0) << verify.readAllStandardOutput().constData();
}

TEST(Run, LogCommandsRunOnlyWhenAllowedAndTheirLinesReachTheEvidence)
{
    QTemporaryDir dir;
    const QString file = scenarioWithLogCommand(dir.path());

    // From someone else's scenario file: refused until allowed, and the command is shown.
    const ProcessRun refused = run({file, QStringLiteral("--demo"), QStringLiteral("--duration"), QStringLiteral("3s"),
                                    QStringLiteral("--out"), dir.filePath(QStringLiteral("refused"))});
    EXPECT_EQ(refused.exitCode, 104);
    EXPECT_TRUE(refused.err.contains("monitors.logs.commands: the scenario wants to run sh -c"))
        << refused.err.constData();
    EXPECT_TRUE(refused.out.contains("log command: sh -c") && refused.out.contains("(from the scenario)"))
        << refused.out.constData();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("refused/results.ndjson.gz")))) << "nothing was sent";

    const QString out = dir.filePath(QStringLiteral("allowed"));
    const ProcessRun allowed = run({file, QStringLiteral("--demo"), QStringLiteral("--duration"), QStringLiteral("3s"),
                                    QStringLiteral("--allow-log-commands"), QStringLiteral("--out"), out});
    ASSERT_EQ(allowed.exitCode, 0) << allowed.err.constData();
    const QStringList logs = QDir(out).entryList({QStringLiteral("error_logs_*.log")});
    ASSERT_EQ(logs.size(), 1);
    const QByteArray errorLog = readFile(QDir(out).filePath(logs.first()));
    EXPECT_TRUE(errorLog.contains("ERROR from_the_log_command")) << errorLog.constData();
    EXPECT_TRUE(errorLog.contains("$ sh -c")) << "the header names the command as the source";
}
