#include "core/run/TestRequest.h"

#include "core/sandbox/FaultServer.h"
#include "core/sandbox/SandboxTarget.h"
#include "core/scenario/ScenarioLoader.h"

#include "tests/auth/KeychainTestUtil.h"
#include "tests/support/TestUtil.h"

#include "core/auth/Secrets.h"

#include <gtest/gtest.h>

#include <optional>

using namespace canary;
using namespace canary::test;

namespace {

Scenario demoAt(const QString &baseUrl)
{
    Scenario s = ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
    s.target.baseUrl = baseUrl;
    return s;
}

Result<TestResponse> sendSync(const Scenario &s, const char *secret)
{
    std::optional<Result<TestResponse>> out;
    sendTestRequest(s, givenCredential(secret, s.target.requestUrl()), {},
                    [&](Result<TestResponse> r) { out.emplace(std::move(r)); });
    if (!waitUntil([&] { return out.has_value(); }, 20000))
        return Result<TestResponse>::failure(QStringLiteral("test: no answer"));
    return *out;
}

} // namespace

TEST(TestRequest, SendsTheScenariosRequestOnceWithATokenAndJudgesTheAnswer)
{
    SandboxTarget sandbox(SandboxConfig{});
    ASSERT_TRUE(sandbox.listen().ok());
    const auto r = sendSync(demoAt(sandbox.baseUrl().toString()), "canarydesk-demo-secret");
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().status, 202);
    EXPECT_TRUE(r.value().checkOk);
    EXPECT_TRUE(r.value().delivered);
    EXPECT_EQ(r.value().errorClass, QStringLiteral("none"));
    EXPECT_TRUE(r.value().body.contains("queued")) << r.value().body.constData();
    EXPECT_TRUE(r.value().requestBody.contains("@example.com")) << "the body template, rendered";
    EXPECT_FALSE(r.value().requestBody.contains("{{")) << r.value().requestBody.constData();
    EXPECT_EQ(r.value().method, QStringLiteral("POST"));
    EXPECT_EQ(sandbox.counts().notificationsReceived, 1) << "exactly one request";
    EXPECT_EQ(sandbox.counts().tokensIssued, 1);
}

TEST(TestRequest, AWrongSecretSendsNothingAndSaysWhy)
{
    SandboxTarget sandbox(SandboxConfig{});
    ASSERT_TRUE(sandbox.listen().ok());
    const auto r = sendSync(demoAt(sandbox.baseUrl().toString()), "not-the-secret");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("auth: token request to ")))
        << r.error().message.toStdString();
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("invalid_client")));
    EXPECT_FALSE(r.error().message.contains(QStringLiteral("not-the-secret")));
    EXPECT_EQ(sandbox.counts().notificationsReceived, 0);
}

TEST(TestRequest, ATargetThatNeverAnswersIsATimeoutAfterTheScenariosTimeout)
{
    FaultServer silent(Fault::Hang);
    ASSERT_TRUE(silent.listen().ok());
    Scenario s = demoAt(silent.baseUrl().toString());
    s.auth = AuthSpec{}; // no token endpoint there
    s.target.timeoutMs = 300;
    const auto r = sendSync(s, "");
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().status, 0);
    EXPECT_EQ(r.value().errorClass, QStringLiteral("timeout"));
    EXPECT_TRUE(r.value().transportError.contains(QStringLiteral("300 ms"))) << r.value().transportError.toStdString();
    EXPECT_GE(r.value().elapsedMs, 250);
    EXPECT_EQ(silent.requestsReceived(), 1);
}

TEST(TestRequest, ASecretHeaderComesFromTheKeychainIsSentAndIsCutFromWhatAnEchoingServerSaysBack)
{
    // Under the desktop keyring (this binary runs in with-keyring.sh): the scenario names an entry, not a value.
    const QByteArray apiKey = "k-live-7d1c0a2f9e4b4c61";
    FaultServer echo(Fault::Echo);
    ASSERT_TRUE(echo.listen().ok());
    ASSERT_TRUE(storeSync(systemSecretStore(), QStringLiteral("acme-test-api-key"), apiKey, {echo.baseUrl()}).ok());
    Scenario s = demoAt(echo.baseUrl().toString());
    s.auth = AuthSpec{};
    s.target.secretHeaders.insert(QStringLiteral("X-Api-Key"), QStringLiteral("acme-test-api-key"));
    EXPECT_FALSE(ScenarioLoader::toBytes(s).contains(apiKey)) << "the scenario holds the entry's name only";
    const auto r = sendSync(s, "");
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().status, 401);
    // The server saw the header with its value (it quotes it), and the editor is shown it cut out.
    EXPECT_TRUE(r.value().body.contains("x-api-key: [redacted]") || r.value().body.contains("X-Api-Key: [redacted]"))
        << r.value().body.constData();
    EXPECT_FALSE(r.value().body.contains(apiKey)) << r.value().body.constData();

    // A missing entry is named, and nothing is sent.
    Scenario missing = s;
    missing.target.secretHeaders.insert(QStringLiteral("X-Api-Key"), QStringLiteral("acme-no-such-entry"));
    const int before = echo.requestsReceived();
    const auto m = sendSync(missing, "");
    ASSERT_FALSE(m.ok());
    EXPECT_TRUE(m.error().message.startsWith(QStringLiteral("target.headers.X-Api-Key: ")))
        << m.error().message.toStdString();
    EXPECT_TRUE(m.error().message.contains(QStringLiteral("acme-no-such-entry"))) << m.error().message.toStdString();
    EXPECT_EQ(echo.requestsReceived(), before);
    (void)removeSync(systemSecretStore(), QStringLiteral("acme-test-api-key"));
}
