#include "core/run/RunSession.h"

#include "core/engine/LoadEngine.h"
#include "core/judge/Judgement.h"

#include "core/auth/Secrets.h"
#include "core/sandbox/FaultServer.h"
#include "core/sandbox/SandboxTarget.h"
#include "core/scenario/ScenarioLoader.h"
#include "tests/auth/KeychainTestUtil.h"
#include "tests/run/PortalStandIn.h"
#include "tests/support/TestH2Server.h"
#include "tests/support/TestProxy.h"
#include "tests/support/TestTls.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace canary;
using namespace canary::test;

namespace {

// A one-worker run of `s` into DIR/run.
RunSetup setupFor(const Scenario &s, const QTemporaryDir &dir)
{
    RunSetup setup;
    setup.scenario = s;
    setup.outDir = dir.filePath(QStringLiteral("run"));
    setup.workers = 1;
    return setup;
}

// demo_sandbox.json against an in-process sandbox, its log monitor off (there is no log file).
Scenario sandboxScenario(const SandboxTarget &sandbox)
{
    Scenario s = ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
    s.target.baseUrl = sandbox.baseUrl().toString();
    s.monitors.logs.reset();
    return s;
}

// A run of rate/s for 2 s against the sandbox with its health poller (every 500 ms) and the provider's stats on,
// the sandbox's own secrets bound to it.
RunSetup monitoredSetup(const SandboxTarget &sandbox, const SandboxConfig &config, const QTemporaryDir &dir, int rate)
{
    Scenario s = sandboxScenario(sandbox);
    s.monitors.health->intervalMs = 500;
    s.monitors.provider->baseUrl = sandbox.baseUrl().toString();
    s.load.stages = {LoadStage{static_cast<double>(rate), 2000}};
    RunSetup setup = setupFor(s, dir);
    setup.clientSecret = givenCredential(config.clientSecret.toUtf8(), sandbox.baseUrl());
    setup.providerKey = givenCredential(config.providerApiKey.toUtf8(), sandbox.baseUrl());
    return setup;
}

// Runs to its end; a failure is a test failure. Collects the run's warnings.
bool runToEnd(RunSession &run, QStringList &warnings)
{
    bool done = false;
    QObject::connect(&run, &RunSession::warning, [&](const QString &w) { warnings << w; });
    QObject::connect(&run, &RunSession::finished, [&] { done = true; });
    QObject::connect(&run, &RunSession::failed, [&](const QString &m) {
        ADD_FAILURE() << m.toStdString();
        done = true;
    });
    run.start();
    return waitUntil([&] { return done; }, 60000);
}

// A network that notes the path of every request made through it.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    RecordingNetwork(QStringList &paths, QMutex &mutex, QObject *parent)
        : QNetworkAccessManager(parent), m_paths(paths), m_mutex(mutex)
    {
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *body) override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_paths << request.url().path();
        }
        return QNetworkAccessManager::createRequest(op, request, body);
    }

private:
    QStringList &m_paths;
    QMutex &m_mutex;
};

} // namespace

// Services are injected: the token, the health polls and the provider's stats of a run all go through the network
// the run was given (a proxy, say) — none through a manager of its own. (The load uses the engine's own transports
// by design, HTTP/1.1 and HTTP/2 alike: the next tests.)
TEST(RunSession, TheTokenTheHealthPollsAndTheProviderGoThroughTheNetworkTheRunWasGiven)
{
    SandboxConfig config;
    config.baseLatencyMs = 1;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    QTemporaryDir dir;
    RunSetup setup = monitoredSetup(sandbox, config, dir, 20);
    QStringList paths;
    QMutex mutex;
    setup.network = [&](QObject *parent) { return new RecordingNetwork(paths, mutex, parent); };
    RunSession run(setup, nullptr, nullptr);
    QStringList warnings;
    ASSERT_TRUE(runToEnd(run, warnings));
    QMutexLocker lock(&mutex);
    EXPECT_EQ(paths.count(QStringLiteral("/oauth/token")), static_cast<qsizetype>(sandbox.counts().tokensIssued))
        << paths.join(QLatin1Char(' ')).toStdString();
    EXPECT_GE(paths.count(QStringLiteral("/health")), 4) << "every poll, and the one after the load";
    EXPECT_EQ(paths.count(QStringLiteral("/health")), static_cast<qsizetype>(sandbox.counts().healthChecks));
    EXPECT_EQ(paths.count(QStringLiteral("/v3/stats")), 2) << "before and after";
    EXPECT_TRUE(run.outcome().record.provider.contains(QStringLiteral("delta")))
        << warnings.join(QLatin1Char('|')).toStdString();
}

// A run's load goes out on the engine's own transports — not on the managers the run's network policy makes for the
// token and the monitors (QNAM: its HTTP/2 held each request ~40 ms by Nagle's algorithm, and costs 2-3 x the CPU).
TEST(RunSession, TheLoadGoesOutOnTheEnginesOwnHttp1Transport)
{
    FaultServer echo(Fault::Echo); // repeats each request back: the exact bytes the client wrote
    ASSERT_TRUE(echo.listen().ok());
    Scenario s = ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
    s.target.baseUrl = echo.baseUrl().toString();
    s.auth = AuthSpec{};
    s.monitors = MonitorsSpec{};
    s.load.stages = {LoadStage{10, 500}};
    QTemporaryDir dir;
    RunSession run(setupFor(s, dir), nullptr, nullptr);
    QStringList said;
    ASSERT_TRUE(runToEnd(run, said));
    EXPECT_EQ(echo.requestsReceived(), 5);
    const QByteArray head = echo.lastRequest().left(echo.lastRequest().indexOf("\r\n\r\n")).toLower();
    EXPECT_TRUE(head.startsWith("post /api/v1/notifications http/1.1\r\nhost: ")) << head.constData();
    EXPECT_FALSE(head.contains("accept-language")) << "QNAM's own header: the request went through a manager";
}

TEST(RunSession, AnHttp2LoadGoesOutOnTheEnginesOwnHttp2Transport)
{
    const SelfSigned identity = makeSelfSigned();
    H2Target target(identity, {});
    ASSERT_TRUE(target.listen());
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("ca.pem")), identity.certPem);
    Scenario s = ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
    s.target.baseUrl = target.baseUrl();
    s.target.httpVersion = QStringLiteral("2");
    s.target.caBundle = dir.filePath(QStringLiteral("ca.pem"));
    s.auth = AuthSpec{};
    s.monitors = MonitorsSpec{};
    s.load.stages = {LoadStage{100, 2000}};
    RunSession run(setupFor(s, dir), nullptr, nullptr);
    QStringList said;
    ASSERT_TRUE(runToEnd(run, said)) << said.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(target.answered(), 200);
    QList<qint64> spreads = target.arrivalSpreadsNs();
    std::sort(spreads.begin(), spreads.end());
    ASSERT_FALSE(spreads.isEmpty());
    EXPECT_LT(spreads[spreads.size() * 95 / 100], 10'000'000)
        << "requests reached the server in pieces held apart (Nagle): not the engine's transport";
}

TEST(RunSession, AnInsecureTargetIsWarnedAboutAndMarkedInTheEvidence)
{
    TlsTarget target(makeSelfSigned());
    ASSERT_TRUE(target.listen());
    Scenario s =
        ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json")))
            .value();
    s.target.baseUrl = target.baseUrl();
    s.target.insecure = true;
    s.auth = AuthSpec{};
    s.monitors = MonitorsSpec{};
    s.load.stages = {LoadStage{10, 1000}};
    QTemporaryDir dir;
    RunSession run(setupFor(s, dir), nullptr, nullptr);
    QStringList warnings;
    ASSERT_TRUE(runToEnd(run, warnings));
    EXPECT_TRUE(warnings.join(QLatin1Char('|')).contains(QStringLiteral("TLS certificate verification is OFF")))
        << warnings.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(run.outcome()
                    .record.notes.join(QLatin1Char('|'))
                    .contains(QStringLiteral("TLS certificate verification is OFF")));
    EXPECT_TRUE(readFile(QDir(run.outcome().dir).filePath(QStringLiteral("checkpoint.md"))).size() > 0);
    EXPECT_TRUE(readFile(QDir(run.outcome().dir).filePath(QStringLiteral("run.json")))
                    .contains("TLS certificate verification is OFF"));
    EXPECT_EQ(run.outcome().total.statusCounts.value(202), 10u);
    // #31: the caveat stands beside the verdict wherever the verdict is read — never a plain green light.
    const QString dirOut = run.outcome().dir;
    ASSERT_TRUE(run.outcome().verdict.passed);
    ASSERT_EQ(run.outcome().verdict.caveats.size(), 1);
    EXPECT_TRUE(run.outcome().verdict.caveats[0].contains(QStringLiteral("not verified")));
    const QJsonObject diagnosis =
        QJsonDocument::fromJson(readFile(QDir(dirOut).filePath(QStringLiteral("diagnosis.json")))).object();
    EXPECT_EQ(diagnosis.value(QStringLiteral("caveats")).toArray().first().toString(),
              run.outcome().verdict.caveats[0]);
    EXPECT_EQ(Judgement::fromJson(diagnosis)->verdict.caveats, run.outcome().verdict.caveats) << "read back whole";
    const QByteArray checkpoint = readFile(QDir(dirOut).filePath(QStringLiteral("checkpoint.md")));
    EXPECT_TRUE(checkpoint.contains("Caveat: TLS certificates were not verified")) << checkpoint.constData();
    EXPECT_FALSE(checkpoint.contains("Green light")) << checkpoint.constData();
    const QJsonObject slack =
        QJsonDocument::fromJson(readFile(QDir(dirOut).filePath(QStringLiteral("slack_message.json")))).object();
    EXPECT_TRUE(
        slack.value(QStringLiteral("text")).toString().startsWith(QStringLiteral(":warning: PASS (with a caveat)")))
        << slack.value(QStringLiteral("text")).toString().toStdString();
    EXPECT_TRUE(QJsonDocument(slack).toJson().contains("*Caveat:* TLS certificates were not verified"));
    bool named = false;
    for (const Finding &f : run.outcome().findings) {
        EXPECT_FALSE(f.nextSteps.contains(QStringLiteral("Green light"))) << f.nextSteps.toStdString();
        named = named || f.nextSteps.contains(QStringLiteral("target.caBundle"));
    }
    EXPECT_TRUE(named) << "the next step says how to make it a plain PASS";
}

TEST(RunSession, AGuardRailStopsTheRunWritesTheReasonAndTakesASettleHealthSample)
{
    SandboxConfig config;
    config.baseLatencyMs = 1;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    Scenario s = sandboxScenario(sandbox);
    s.monitors.provider.reset();
    s.load.stages = {LoadStage{100, 30000}};
    s.guardRails.errorRatePercent = 10;
    s.guardRails.forMs = 2000;
    QTemporaryDir dir;
    RunSetup setup;
    setup.scenario = s;
    setup.outDir = dir.filePath(QStringLiteral("run"));
    setup.workers = 1;
    setup.clientSecret = givenCredential(config.clientSecret.toUtf8(), sandbox.baseUrl());
    RunSession run(setup, nullptr, nullptr);
    bool done = false;
    QObject::connect(&run, &RunSession::finished, [&] { done = true; });
    QObject::connect(&run, &RunSession::failed, [&](const QString &m) {
        ADD_FAILURE() << m.toStdString();
        done = true;
    });
    QObject::connect(&run, &RunSession::snapshot, [&](const Snapshot &snap) {
        if (snap.second == 2)
            sandbox.setErrorRatio(0.5); // production starts failing mid-run
    });
    run.start();
    ASSERT_TRUE(waitUntil([&] { return done; }, 60000));
    const RunRecord &r = run.outcome().record;
    EXPECT_EQ(r.state, RunRecord::State::Stopped);
    EXPECT_EQ(r.stopReason, QStringLiteral("guard rail: error rate above 10 % for 2s"));
    EXPECT_LT(r.durationMs, 10000) << "stopped within the window, not after 30 s";
    EXPECT_FALSE(run.outcome().verdict.passed);
    EXPECT_TRUE(readFile(QDir(run.outcome().dir).filePath(QStringLiteral("checkpoint.md"))).contains("guard rail"));
    // The health endpoint was sampled once more after the load ended.
    const QJsonArray samples = r.health.value(QStringLiteral("samples")).toArray();
    ASSERT_FALSE(samples.isEmpty());
    const QDateTime last =
        QDateTime::fromString(samples.last().toObject().value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    EXPECT_GE(last, r.startedUtc.addMSecs(r.durationMs)) << "the settle sample comes after the run";
    // The token was fetched once (it lives an hour): the timeline says so once.
    int fetched = 0;
    for (const QJsonValue &e : r.events)
        fetched += e.toObject().value(QStringLiteral("event")).toString() == QLatin1String("token_fetched") ? 1 : 0;
    EXPECT_EQ(fetched, 1);
    EXPECT_EQ(sandbox.counts().tokensIssued, 1);
}

TEST(RunSession, ASecretHeaderIsReadFromTheKeychainSentWithEveryRequestAndWrittenNowhere)
{
    const QByteArray apiKey = "acme-live-4f0e9b7c2d1a";
    FaultServer echo(Fault::Echo); // a server that repeats every request back in its error
    ASSERT_TRUE(echo.listen().ok());
    ASSERT_TRUE(storeSync(systemSecretStore(), QStringLiteral("acme-run-api-key"), apiKey, {echo.baseUrl()}).ok());
    Scenario s = ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
    s.target.baseUrl = echo.baseUrl().toString();
    s.target.secretHeaders.insert(QStringLiteral("X-Api-Key"), QStringLiteral("acme-run-api-key"));
    s.auth = AuthSpec{};
    s.monitors = MonitorsSpec{};
    s.load.stages = {LoadStage{10, 1000}};
    QTemporaryDir dir;
    RunSession run(setupFor(s, dir), nullptr, nullptr);
    QStringList said;
    ASSERT_TRUE(runToEnd(run, said));
    EXPECT_EQ(echo.requestsReceived(), 10);
    EXPECT_TRUE(echo.lastRequest().toLower().contains("x-api-key: " + apiKey.toLower()))
        << echo.lastRequest().constData();
    EXPECT_TRUE(filesContaining(dir.path(), apiKey).isEmpty())
        << filesContaining(dir.path(), apiKey).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(readFile(QDir(run.outcome().dir).filePath(QStringLiteral("run.json"))).contains("acme-run-api-key"))
        << "the record names the entry";
    EXPECT_FALSE(said.join(QLatin1Char('|')).toUtf8().contains(apiKey));
    (void)removeSync(systemSecretStore(), QStringLiteral("acme-run-api-key"));
}

TEST(RunSession, AMissingSecretHeaderEntryFailsBeforeAnythingIsSentAndNamesIt)
{
    FaultServer echo(Fault::Echo);
    ASSERT_TRUE(echo.listen().ok());
    Scenario s = ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
    s.target.baseUrl = echo.baseUrl().toString();
    s.target.secretHeaders.insert(QStringLiteral("X-Api-Key"), QStringLiteral("acme-absent-entry"));
    s.auth = AuthSpec{};
    s.monitors = MonitorsSpec{};
    QTemporaryDir dir;
    RunSession run(setupFor(s, dir), nullptr, nullptr);
    QString failure;
    QObject::connect(&run, &RunSession::failed, [&](const QString &m) { failure = m; });
    run.start();
    ASSERT_TRUE(waitUntil([&] { return !failure.isEmpty(); }, 30000));
    EXPECT_TRUE(failure.startsWith(QStringLiteral("target.headers.X-Api-Key: "))) << failure.toStdString();
    EXPECT_TRUE(failure.contains(QStringLiteral("acme-absent-entry"))) << failure.toStdString();
    EXPECT_EQ(echo.requestsReceived(), 0);
}

// One network policy per run (#26): target.caBundle is trusted by every request of the run — the token, /health and
// the load alike (the token used to be refused "issuer certificate could not be found" and /health FAILING while
// the load passed) — and the run's notes say how its requests reached the network.
TEST(RunSession, TheScenariosCaBundleServesTheTokenTheHealthPollsAndTheLoadAlike)
{
    const SelfSigned identity = makeSelfSigned();
    TlsTarget target(identity);
    ASSERT_TRUE(target.listen());
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("ca.pem"));
    writeFile(ca, identity.certPem);
    Scenario s = ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
    s.target.baseUrl = target.baseUrl();
    s.target.caBundle = ca;
    s.monitors.logs.reset();
    s.monitors.provider.reset();
    s.monitors.health->intervalMs = 500;
    s.load.stages = {LoadStage{10, 2000}};
    RunSetup setup = setupFor(s, dir);
    setup.clientSecret = givenCredential("tls-secret", QUrl(target.baseUrl()));
    RunSession run(setup, nullptr, nullptr);
    QStringList warnings;
    ASSERT_TRUE(runToEnd(run, warnings));
    EXPECT_EQ(target.tokens(), 1) << "the token endpoint trusted through the scenario's CA";
    EXPECT_GE(target.healthPolls(), 3);
    EXPECT_EQ(target.answered(), 20) << "every request of the load";
    const RunRecord &r = run.record();
    EXPECT_EQ(r.health.value(QStringLiteral("transitions")).toArray().size(), 1)
        << "healthy from the first sample on: " << QJsonDocument(r.health).toJson().constData();
    const QString notes = r.notes.join(QLatin1Char('\n'));
    EXPECT_TRUE(notes.contains(QStringLiteral("TLS verified against the system's certificate authorities plus "
                                              "target.caBundle %1 for every request of the run")
                                   .arg(ca)))
        << notes.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("the token endpoint %1 direct").arg(target.baseUrl())))
        << notes.toStdString();
}

// One proxy rule for every request of a run, as k6 follows HTTP_PROXY: the target is named "sandbox.test", which no
// resolver knows, so every request that arrived went through the proxy — the token, the health polls, the
// provider's statistics and the load — and the notes say so.
TEST(RunSession, EveryRequestOfTheRunTakesTheProxyTheEnvironmentNames)
{
    SandboxConfig config;
    config.baseLatencyMs = 1;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    TestProxy proxy;
    const QString named = QStringLiteral("http://sandbox.test:%1").arg(sandbox.baseUrl().port());
    Scenario s = sandboxScenario(sandbox);
    s.target.baseUrl = named;
    s.monitors.health->intervalMs = 500;
    s.monitors.provider->baseUrl = named;
    s.load.stages = {LoadStage{20, 2000}};
    QTemporaryDir dir;
    RunSetup setup = setupFor(s, dir);
    setup.clientSecret = givenCredential(config.clientSecret.toUtf8(), QUrl(named));
    setup.providerKey = givenCredential(config.providerApiKey.toUtf8(), QUrl(named));
    qputenv("HTTP_PROXY", proxy.url().toString().toUtf8());
    RunSession run(setup, nullptr, nullptr);
    qunsetenv("HTTP_PROXY");
    QStringList warnings;
    ASSERT_TRUE(runToEnd(run, warnings));
    EXPECT_TRUE(warnings.filter(QStringLiteral("provider")).isEmpty()) << warnings.join(QLatin1Char('|')).toStdString();
    const QString base = QStringLiteral("http://sandbox.test:%1").arg(sandbox.baseUrl().port());
    EXPECT_EQ(proxy.count(QStringLiteral("POST %1/oauth/token").arg(base)), 1);
    EXPECT_GE(proxy.count(QStringLiteral("GET %1/health").arg(base)), 3);
    EXPECT_EQ(proxy.count(QStringLiteral("GET %1/v3/stats").arg(base)), 2) << "before and after";
    EXPECT_EQ(proxy.count(QStringLiteral("POST %1/api/v1/notifications").arg(base)), 40) << "every request of the load";
    EXPECT_EQ(sandbox.counts().notificationsReceived, 40);
    EXPECT_EQ(run.engine()->metrics().total().requests, 40u);
    const QString notes = run.record().notes.join(QLatin1Char('\n'));
    EXPECT_TRUE(notes.contains(
        QStringLiteral("the load %1 through the proxy %2 (HTTP_PROXY)").arg(base, proxy.url().toString())))
        << notes.toStdString();
}

// A run whose every request fails TLS in its first seconds cannot reach the service: it stops then, saying which
// refusal, instead of running its whole duration ("6 TLS" after 30 minutes).
TEST(RunSession, ARunWhoseEveryRequestFailsTlsStopsEarlyAndSaysWhichRefusal)
{
    TlsTarget target(makeSelfSigned());
    ASSERT_TRUE(target.listen());
    Scenario s = ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
    s.target.baseUrl = target.baseUrl();
    s.auth = AuthSpec{};
    s.monitors = MonitorsSpec{};
    s.load.stages = {LoadStage{10, 60000}};
    QTemporaryDir dir;
    RunSession run(setupFor(s, dir), nullptr, nullptr);
    QStringList warnings;
    ASSERT_TRUE(runToEnd(run, warnings));
    const RunRecord &r = run.record();
    EXPECT_TRUE(r.stopReason.startsWith(QStringLiteral("every request of the first ")) &&
                r.stopReason.contains(QStringLiteral("failed TLS (its certificate's issuer is not trusted")))
        << r.stopReason.toStdString();
    EXPECT_LT(r.durationMs, 10000) << "stopped within seconds, not after the planned minute";
    EXPECT_EQ(target.answered(), 0);
    const IntervalStats &t = run.engine()->metrics().total();
    EXPECT_EQ(t.errorClasses[static_cast<size_t>(ErrorClass::TlsUnknownIssuer)], t.requests);
    EXPECT_EQ(run.outcome().verdict.word(), QStringLiteral("ABORTED"));
    bool named = false;
    for (const Finding &f : run.outcome().findings)
        named = named || (f.title == QStringLiteral("The service's TLS certificate was refused") &&
                          f.evidence.contains(QStringLiteral("whose issuer is not trusted")) &&
                          f.nextSteps.contains(QStringLiteral("target.caBundle")));
    EXPECT_TRUE(named) << "the finding names the refusal and its fix";
}

namespace {

// A clock a day ahead of the system's, wall time and monotonic alike: whatever reads it shows it.
class DayAheadClock final : public Clock
{
public:
    std::chrono::nanoseconds monotonic() const override
    {
        return SystemClock::instance().monotonic() + std::chrono::hours(24);
    }
    QDateTime utcNow() const override { return SystemClock::instance().utcNow().addDays(1); }
};

} // namespace

// The clock is injected everywhere a run reads the time (#27): the engine's start, the health samples, the
// provider's day, the timeline, the manifest's signing time all follow the run's clock, none the system's.
TEST(RunSession, EveryPlaceThatReadsTheTimeDuringARunReadsTheRunsClock)
{
    SandboxConfig config;
    config.baseLatencyMs = 1;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    QTemporaryDir dir;
    RunSetup setup = monitoredSetup(sandbox, config, dir, 10);
    DayAheadClock clock;
    setup.clock = &clock;
    const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addSecs(23 * 3600);
    RunSession run(setup, nullptr, nullptr);
    QStringList warnings;
    ASSERT_TRUE(runToEnd(run, warnings));
    const RunRecord &r = run.record();
    EXPECT_GT(r.startedUtc, tomorrow) << "the load's start";
    for (const QJsonValue &e : r.events)
        EXPECT_GT(QDateTime::fromString(e.toObject().value(QStringLiteral("time")).toString(), Qt::ISODateWithMs),
                  tomorrow)
            << QJsonDocument(e.toObject()).toJson().constData();
    const QJsonArray samples = r.health.value(QStringLiteral("samples")).toArray();
    ASSERT_FALSE(samples.isEmpty());
    for (const QJsonValue &h : samples)
        EXPECT_GT(QDateTime::fromString(h.toObject().value(QStringLiteral("time")).toString(), Qt::ISODateWithMs),
                  tomorrow);
    EXPECT_EQ(r.provider.value(QStringLiteral("before")).toObject().isEmpty(), false)
        << QJsonDocument(r.provider).toJson().constData();
    const QJsonObject manifest =
        QJsonDocument::fromJson(readFile(QDir(run.outcome().dir).filePath(QStringLiteral("manifest.json")))).object();
    EXPECT_GT(QDateTime::fromString(manifest.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs), tomorrow);
}

// The desktop stays awake during a run (#27): a run asks the desktop portal not to suspend or idle (on a private
// session bus, a stand-in speaking the real interface), releases it when the load ends, and says so in its notes;
// without any inhibitor the notes say it could not.
TEST(RunSession, ARunKeepsTheDesktopAwakeAndReleasesItAtTheEnd)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "runs inside with-keyring.sh";
    SandboxConfig config;
    config.baseLatencyMs = 1;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    Scenario s = sandboxScenario(sandbox);
    s.monitors = MonitorsSpec{};
    s.load.stages = {LoadStage{10, 1000}};

    PortalInhibit portal;
    ASSERT_TRUE(portal.registerOn(QStringLiteral("portal-stand-in")));
    QTemporaryDir dir;
    RunSetup setup = setupFor(s, dir);
    setup.clientSecret = givenCredential(config.clientSecret.toUtf8(), sandbox.baseUrl());
    {
        RunSession run(setup, nullptr, nullptr);
        QStringList warnings;
        ASSERT_TRUE(runToEnd(run, warnings));
        EXPECT_EQ(portal.calls, 1);
        EXPECT_EQ(portal.flags, 4u | 8u) << "suspend and idle";
        EXPECT_TRUE(portal.reason.contains(QStringLiteral("production canary"))) << portal.reason.toStdString();
        ASSERT_TRUE(waitUntil([&] { return portal.request.closed == 1; }, 10000)) << "released when the load ended";
        EXPECT_TRUE(run.record()
                        .notes.join(QLatin1Char('\n'))
                        .contains(QStringLiteral("kept the machine awake during the run (asked the desktop portal")))
            << run.record().notes.join(QLatin1Char('\n')).toStdString();
    }
    portal.unregister();

    // No inhibitor on this bus: the run goes on and its notes say what it could not do.
    QTemporaryDir other;
    RunSetup again = setupFor(s, other);
    again.clientSecret = givenCredential(config.clientSecret.toUtf8(), sandbox.baseUrl());
    RunSession without(again, nullptr, nullptr);
    QStringList warnings;
    ASSERT_TRUE(runToEnd(without, warnings));
    EXPECT_TRUE(without.record()
                    .notes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("could not ask the desktop to keep the machine awake")))
        << without.record().notes.join(QLatin1Char('\n')).toStdString();
}
