#include "core/monitor/HealthPoller.h"

#include "core/engine/LoadEngine.h"
#include "core/sandbox/SandboxTarget.h"
#include "core/scenario/ScenarioLoader.h"

#include "tests/support/TestUtil.h"

#include <QNetworkAccessManager>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::test;

TEST(HealthPoller, JudgesStatusAndBody)
{
    EXPECT_TRUE(HealthPoller::judge(200, R"({"status":"ok","queue_depth":3})"));
    EXPECT_TRUE(HealthPoller::judge(204, ""));
    EXPECT_TRUE(HealthPoller::judge(200, "plain text"));
    EXPECT_TRUE(HealthPoller::judge(200, R"({"status":"UP"})"));
    EXPECT_FALSE(HealthPoller::judge(200, R"({"status":"degraded"})"));
    EXPECT_FALSE(HealthPoller::judge(503, R"({"status":"ok"})"));
    EXPECT_FALSE(HealthPoller::judge(0, ""));
}

TEST(HealthPoller, RecordsSamplesAndTransitionsOfAFlappingService)
{
    SandboxTarget sandbox(SandboxConfig{});
    ASSERT_TRUE(sandbox.listen().ok());
    HealthPoller poller(QUrl(sandbox.baseUrl().toString() + QStringLiteral("/health")), 50, 1000);
    QList<bool> transitions;
    QObject::connect(&poller, &HealthPoller::changed,
                     [&](bool healthy, const HealthSample &) { transitions << healthy; });
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return poller.samples().size() >= 3; }));
    sandbox.setHealthy(false);
    ASSERT_TRUE(waitUntil([&] { return transitions.size() == 2; }));
    sandbox.setHealthy(true);
    ASSERT_TRUE(waitUntil([&] { return transitions.size() == 3; }));
    poller.stop();
    EXPECT_EQ(transitions, (QList<bool>{true, false, true}));
    bool saw503 = false;
    for (const HealthSample &s : poller.samples()) {
        saw503 = saw503 || s.status == 503;
        EXPECT_EQ(s.healthy, s.status == 200);
        EXPECT_TRUE(s.body.contains(QStringLiteral("\"status\""))) << "the JSON body is kept, pretty-printed";
    }
    EXPECT_TRUE(saw503);
    EXPECT_EQ(sandbox.counts().notificationsReceived, 0) << "health requests are not load";
}

TEST(HealthPoller, ADeadEndpointIsUnhealthyWithTheReason)
{
    HealthPoller poller(QUrl(QStringLiteral("http://127.0.0.1:1/health")), 50, 500, 2);
    QSignalSpy failed(&poller, &HealthPoller::failedRepeatedly);
    poller.start();
    ASSERT_TRUE(failed.count() > 0 || failed.wait(10000));
    poller.stop();
    EXPECT_EQ(failed.count(), 1) << "reported once";
    EXPECT_EQ(failed.first().first().toInt(), 2);
    EXPECT_FALSE(poller.samples().first().healthy);
    EXPECT_FALSE(poller.samples().first().error.isEmpty());
}

TEST(HealthPoller, GuardRailStopsTheRunWhenHealthFailsRepeatedly)
{
    SandboxConfig config;
    config.baseLatencyMs = 1;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    QNetworkAccessManager nam;
    QNetworkRequest tokenRequest(QUrl(sandbox.baseUrl().toString() + QStringLiteral("/oauth/token")));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply =
        nam.post(tokenRequest,
                 "grant_type=client_credentials&client_id=auto_com_center_client&client_secret=canarydesk-demo-secret");
    ASSERT_TRUE(waitUntil([&] { return reply->isFinished(); }));
    const QByteArray token =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString().toLatin1();

    Scenario s = ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
    s.target.baseUrl = sandbox.baseUrl().toString();
    s.load.stages = {LoadStage{50, 30000}};
    LoadEngine engine(s, std::make_shared<RequestPlan>(RequestPlan::fromScenario(s, QStringLiteral("t")).value()),
                      std::make_shared<StaticTokenSource>(token), EngineOptions{2, {}});
    HealthPoller poller(QUrl(sandbox.baseUrl().toString() + QStringLiteral("/health")), 100, 1000, 3);
    QObject::connect(&poller, &HealthPoller::failedRepeatedly, &engine,
                     [&](int n) { engine.stop(QStringLiteral("guard rail: health failed %1 times in a row").arg(n)); });
    bool finished = false;
    QObject::connect(&engine, &LoadEngine::finished, [&] { finished = true; });
    QTimer::singleShot(1500, &sandbox, [&] { sandbox.setHealthy(false); }); // the service degrades mid-run
    poller.start();
    engine.start();
    ASSERT_TRUE(waitUntil([&] { return finished; }, 60000));
    poller.stop();
    EXPECT_TRUE(engine.wasStopped());
    EXPECT_EQ(engine.stopReason(), QStringLiteral("guard rail: health failed 3 times in a row"));
    EXPECT_LT(engine.durationMs(), 10000) << "stopped within seconds of the failures, not after 30 s";
    const GateVerdict v = engine.verdict();
    EXPECT_FALSE(v.passed);
    EXPECT_TRUE(v.criteria[4].measured.contains(QStringLiteral("guard rail")));
}
