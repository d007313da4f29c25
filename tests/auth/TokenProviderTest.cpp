#include "core/auth/TokenProvider.h"

#include "core/engine/LoadEngine.h"
#include "core/auth/ClientCredentials.h"
#include "core/sandbox/FaultServer.h"
#include "core/sandbox/SandboxTarget.h"
#include "core/scenario/ScenarioLoader.h"

#include "tests/support/TestUtil.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTimer>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::test;

namespace {

ClientCredentialsRequest requestFor(const SandboxTarget &s, const char *secret = "canarydesk-demo-secret")
{
    return ClientCredentialsRequest{QUrl(s.baseUrl().toString() + QStringLiteral("/oauth/token")),
                                    QStringLiteral("auto_com_center_client"), Secret(secret), QString(), false};
}

Status startSync(TokenProvider &p)
{
    std::optional<Status> out;
    p.start([&](Status s) { out.emplace(std::move(s)); });
    if (!waitUntil([&] { return out.has_value(); }, 20000))
        return Status::failure(QStringLiteral("test: start did not finish"));
    return *out;
}

// Runs the engine at 200/s for 15 s against the sandbox with the provider as its token source.
IntervalStats runWith(SandboxTarget &sandbox, const std::shared_ptr<TokenProvider> &tokens)
{
    Scenario s = ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
    s.target.baseUrl = sandbox.baseUrl().toString();
    s.load.stages = {LoadStage{200, 15000}};
    LoadEngine engine(s, std::make_shared<RequestPlan>(RequestPlan::fromScenario(s, QStringLiteral("t")).value()),
                      tokens, EngineOptions{2, {}});
    bool finished = false;
    QObject::connect(&engine, &LoadEngine::finished, [&] { finished = true; });
    engine.start();
    EXPECT_TRUE(waitUntil([&] { return finished; }, 60000));
    return engine.metrics().total();
}

} // namespace

TEST(TokenProvider, ShortLivedTokensAreRefreshedAheadOfExpiryWithNo401s)
{
    SandboxConfig config;
    config.baseLatencyMs = 1;
    config.tokenLifetimeSec = 3;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    auto provider = std::make_shared<TokenProvider>(requestFor(sandbox));
    ASSERT_TRUE(startSync(*provider).ok());
    const IntervalStats t = runWith(sandbox, provider);
    provider->stop();
    EXPECT_EQ(t.requests, 3000u);
    EXPECT_EQ(t.statusCounts.value(401), 0u);
    EXPECT_EQ(sandbox.counts().unauthorized, 0);
    EXPECT_GE(sandbox.counts().tokensIssued, 4);
    EXPECT_LE(sandbox.counts().tokensIssued, 8);
    const QList<TokenEvent> events = provider->events();
    EXPECT_EQ(events.first().kind, TokenEvent::Kind::Fetched);
    EXPECT_EQ(events.last().kind, TokenEvent::Kind::Refreshed);
    EXPECT_EQ(events.last().lifetimeSec, 3);
}

TEST(TokenProvider, AnOutageOfTheTokenEndpointWhileTheTokenIsValidCausesNo401s)
{
    SandboxConfig config;
    config.baseLatencyMs = 1;
    config.tokenLifetimeSec = 10;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    TokenPolicy policy;
    policy.maxLeadMs = 5000; // refresh at 5 s, right inside the outage
    policy.leadFraction = 0.5;
    auto provider = std::make_shared<TokenProvider>(requestFor(sandbox), policy);
    ASSERT_TRUE(startSync(*provider).ok());
    QTimer::singleShot(3000, &sandbox, [&] { sandbox.setTokenEndpointDown(true); });
    QTimer::singleShot(8000, &sandbox, [&] { sandbox.setTokenEndpointDown(false); });
    const IntervalStats t = runWith(sandbox, provider);
    provider->stop();
    EXPECT_EQ(t.statusCounts.value(401), 0u);
    int failed = 0, refreshed = 0;
    for (const TokenEvent &e : provider->events()) {
        failed += e.kind == TokenEvent::Kind::Failed;
        refreshed += e.kind == TokenEvent::Kind::Refreshed;
        if (e.kind == TokenEvent::Kind::Failed) {
            EXPECT_TRUE(e.detail.contains(QStringLiteral("temporarily_unavailable"))) << e.detail.toStdString();
        }
    }
    EXPECT_GE(failed, 2) << "retried with backoff during the outage";
    EXPECT_GE(refreshed, 1) << "and recovered after it";
}

TEST(TokenProvider, WrongSecretFailsWithTheServersWords)
{
    SandboxTarget sandbox(SandboxConfig{});
    ASSERT_TRUE(sandbox.listen().ok());
    TokenProvider provider(requestFor(sandbox, "not-the-secret"));
    const Status s = startSync(provider);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("HTTP 401 invalid_client (client authentication failed)")))
        << s.error().message.toStdString();
    EXPECT_FALSE(s.error().message.contains(QStringLiteral("not-the-secret")));
    EXPECT_TRUE(provider.bearer().isEmpty());
}

TEST(TokenProvider, ExpiresInAsStringOrMissing)
{
    QHttpServer server;
    int calls = 0;
    server.route(QStringLiteral("/string"), [&] {
        ++calls;
        return QHttpServerResponse(QJsonObject{{QStringLiteral("access_token"), QStringLiteral("abc")},
                                               {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                               {QStringLiteral("expires_in"), QStringLiteral("120")}});
    });
    server.route(QStringLiteral("/missing"), [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("access_token"), QStringLiteral("def")},
                                               {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
    });
    auto *tcp = new QTcpServer(&server);
    ASSERT_TRUE(tcp->listen(QHostAddress::LocalHost));
    server.bind(tcp);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(tcp->serverPort());

    TokenProvider viaString(
        ClientCredentialsRequest{QUrl(base + QStringLiteral("/string")), QStringLiteral("c"), Secret("s"), {}, true});
    ASSERT_TRUE(startSync(viaString).ok());
    EXPECT_EQ(viaString.events().first().lifetimeSec, 120);
    EXPECT_EQ(viaString.bearer(), QByteArray("abc"));

    TokenProvider missing(
        ClientCredentialsRequest{QUrl(base + QStringLiteral("/missing")), QStringLiteral("c"), Secret("s"), {}, true});
    ASSERT_TRUE(startSync(missing).ok());
    EXPECT_EQ(missing.events().first().lifetimeSec, TokenPolicy{}.defaultLifetimeSec);
    EXPECT_TRUE(missing.events().first().detail.contains(QStringLiteral("no expires_in")));
    // Refresh ahead of expiry: the smaller of 60 s and 10 % of the 300-s default, i.e. 30 s before it.
    EXPECT_NEAR(static_cast<double>(missing.refreshDueMs() - SystemClock::instance().monotonicMs()), 270000.0, 2000.0);
}

TEST(TokenProvider, A401StormTriggersOneEarlyRefresh)
{
    SandboxTarget sandbox(SandboxConfig{});
    ASSERT_TRUE(sandbox.listen().ok());
    TokenProvider provider(requestFor(sandbox));
    ASSERT_TRUE(startSync(provider).ok());
    const QByteArray first = provider.bearer();
    for (int i = 0; i < 50; ++i)
        provider.reportUnauthorized();
    ASSERT_TRUE(waitUntil([&] { return provider.events().size() == 2; }));
    EXPECT_EQ(provider.fetchCount(), 2) << "single flight: one token request for 50 reports";
    EXPECT_NE(provider.bearer(), first);
    EXPECT_EQ(provider.events().last().detail, QStringLiteral("401 from the target"));
    EXPECT_EQ(sandbox.counts().tokensIssued, 2);
}

TEST(TokenProvider, ATokenEndpointThatNeverAnswersIsATimeoutNamedAsSuch)
{
    FaultServer hang(Fault::Hang);
    ASSERT_TRUE(hang.listen().ok());
    QNetworkAccessManager nam;
    std::optional<Result<AccessToken>> got;
    ClientCredentialsRequest request{hang.baseUrl().resolved(QUrl(QStringLiteral("/oauth/token"))),
                                     QStringLiteral("client"), Secret("s3cr3t-value"), QString(), false};
    request.timeoutMs = 500;
    ClientCredentials::fetch(nam, request, [&](Result<AccessToken> r) { got.emplace(std::move(r)); });
    ASSERT_TRUE(test::waitUntil([&] { return got.has_value(); }, 10000));
    ASSERT_FALSE(got->ok());
    EXPECT_TRUE(got->error().message.endsWith(QStringLiteral("failed: timed out: no answer within 0.5 s")))
        << "not Qt's \"Operation canceled\": " << got->error().message.toStdString();
}

// Retries back off (#27): a token endpoint that fails for 10 s around the token's expiry is asked again with
// doubling, jittered waits — never every 50 ms as the expiry nears (7 requests in 350 ms) — and the token is back
// within a few seconds of the endpoint's return.
TEST(TokenProvider, AFailingRefreshNearExpiryBacksOffWithJitterAndIsBounded)
{
    SandboxConfig config;
    config.baseLatencyMs = 1;
    config.tokenLifetimeSec = 3; // refreshed 0.3 s before expiry, inside the outage
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    TokenProvider provider(requestFor(sandbox));
    ASSERT_TRUE(startSync(provider).ok());
    QElapsedTimer clock;
    clock.start();
    sandbox.setTokenEndpointDown(true);
    bool upAgain = false;
    QTimer::singleShot(10000, &sandbox, [&] {
        sandbox.setTokenEndpointDown(false);
        upAgain = true;
    });
    ASSERT_TRUE(waitUntil(
        [&] {
            for (const TokenEvent &e : provider.events())
                if (upAgain && e.kind == TokenEvent::Kind::Refreshed)
                    return true;
            return false;
        },
        30000))
        << "the token is back once the endpoint is";
    provider.stop();
    QList<QDateTime> failures;
    for (const TokenEvent &e : provider.events())
        if (e.kind == TokenEvent::Kind::Failed)
            failures << e.at;
    EXPECT_GE(failures.size(), 3) << "it kept trying";
    EXPECT_LE(failures.size(), 9) << "doubling waits: a handful of attempts in 10 s, not hundreds";
    for (int i = 1; i < failures.size(); ++i)
        EXPECT_GE(failures[i - 1].msecsTo(failures[i]), 240) << "attempt " << i << ": never faster than ¼ s apart";
    EXPECT_LT(clock.elapsed(), 10000 + 10000 + 2000) << "back within the longest wait of the endpoint's return";
}
