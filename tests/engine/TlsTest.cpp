// TLS to the target: verified by default, a self-signed certificate is a TLS error unless the scenario
// supplies its CA, and the explicit insecure flag is the only way around it.
#include "core/engine/LoadEngine.h"

#include "core/scenario/ScenarioLoader.h"
#include "tests/support/TestTls.h"
#include "tests/support/TestUtil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::test;

namespace {

IntervalStats runAgainst(const QString &base, const std::function<void(Scenario &)> &adjust)
{
    Scenario s =
        ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json")))
            .value();
    s.target.baseUrl = base;
    s.target.timeoutMs = 5000;
    s.load.stages = {LoadStage{10, 1000}};
    s.load.gracefulStopMs = 5000;
    adjust(s);
    auto plan = RequestPlan::fromScenario(s, QStringLiteral("CanaryDesk/test"));
    EXPECT_TRUE(plan.ok()) << (plan.ok() ? "" : plan.error().message.toStdString());
    LoadEngine engine(s, std::make_shared<RequestPlan>(plan.value()), std::make_shared<StaticTokenSource>("t"),
                      EngineOptions{1, {}});
    bool finished = false;
    QObject::connect(&engine, &LoadEngine::finished, &engine, [&] { finished = true; });
    engine.start();
    EXPECT_TRUE(waitUntil([&] { return finished; }, 60000));
    return engine.metrics().total();
}

} // namespace

TEST(Tls, ASelfSignedTargetIsATlsErrorUnlessItsCaIsGivenOrVerificationIsExplicitlyOff)
{
    const SelfSigned identity = makeSelfSigned();
    TlsTarget target(identity);
    ASSERT_TRUE(target.listen());

    // Default: verified against the system store, which does not know this certificate.
    const IntervalStats refused = runAgainst(target.baseUrl(), [](Scenario &) {});
    EXPECT_EQ(refused.requests, 10u);
    EXPECT_EQ(refused.errorClasses[static_cast<size_t>(ErrorClass::TlsUnknownIssuer)], 10u)
        << "every request a TLS error: its issuer is not trusted";
    EXPECT_EQ(refused.statusCounts.value(0), 10u) << "no HTTP answer was accepted";
    EXPECT_EQ(target.answered(), 0) << "nothing was sent over the unverified connection";

    // The scenario's CA bundle: verified, answered.
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("ca.pem"));
    writeFile(ca, identity.certPem);
    const IntervalStats trusted = runAgainst(target.baseUrl(), [&](Scenario &s) { s.target.caBundle = ca; });
    EXPECT_EQ(trusted.requests, 10u);
    EXPECT_EQ(trusted.statusCounts.value(202), 10u);
    EXPECT_EQ(trusted.delivered, 10u);
    // k6's phases: the first request of each connection connected and shook hands before it was written.
    EXPECT_GT(trusted.tlsHandshaking.max(), 0) << "the TLS handshake was timed";
    EXPECT_GT(trusted.connecting.max(), 0);
    EXPECT_GE(trusted.blocked.max(), trusted.tlsHandshaking.max()) << "blocked holds connecting and the handshake";
    EXPECT_EQ(target.answered(), 10);

    // A different certificate as the CA: still refused.
    const QString other = dir.filePath(QStringLiteral("other.pem"));
    writeFile(other, makeSelfSigned().certPem);
    const IntervalStats wrongCa = runAgainst(target.baseUrl(), [&](Scenario &s) { s.target.caBundle = other; });
    EXPECT_EQ(wrongCa.errorClasses[static_cast<size_t>(ErrorClass::TlsUnknownIssuer)], 10u);

    // Only the explicit flag turns verification off.
    const IntervalStats insecure = runAgainst(target.baseUrl(), [](Scenario &s) { s.target.insecure = true; });
    EXPECT_EQ(insecure.statusCounts.value(202), 10u);
}

TEST(Tls, TheInsecureFlagRoundTripsAndIsNeverImplied)
{
    Scenario s =
        ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json")))
            .value();
    EXPECT_FALSE(s.target.insecure);
    EXPECT_FALSE(s.toJson().value(QStringLiteral("target")).toObject().contains(QStringLiteral("insecure")));
    s.target.insecure = true;
    const auto back = ScenarioLoader::fromJson(s.toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back.value().target.insecure);
    const auto plan = RequestPlan::fromScenario(back.value(), QStringLiteral("t"));
    ASSERT_TRUE(plan.ok() && plan.value().ssl.has_value());
    EXPECT_EQ(plan.value().ssl->peerVerifyMode(), QSslSocket::VerifyNone);
    const auto verified = RequestPlan::fromScenario(
        ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json")))
            .value(),
        QStringLiteral("t"));
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(!verified.value().ssl || verified.value().ssl->peerVerifyMode() != QSslSocket::VerifyNone);
}

// A refused certificate says which refusal it was (k6: 1310 unknown authority, 1311 wrong host, 1300 "x509: …
// expired"), so the finding can say what to fix: the raw results keep it, and reading them back gives it again.
TEST(Tls, ARefusedCertificateSaysWhichRefusalItWas)
{
    QTemporaryDir dir;
    struct Case
    {
        SelfSigned identity;
        ErrorClass expected;
        int k6Code;
    };
    const Case cases[] = {
        {makeSelfSigned("IP:127.0.0.1", -7200, 3600), ErrorClass::TlsExpired, 1300}, // expired an hour ago
        {makeSelfSigned("IP:127.0.0.1", 3600, 3600), ErrorClass::TlsExpired, 1300},  // not yet valid
        {makeSelfSigned("DNS:other.example"), ErrorClass::TlsHostname, 1311},        // for another name
        {makeSelfSigned(), ErrorClass::TlsUnknownIssuer, 1310},                      // issuer not given
    };
    for (size_t i = 0; i < std::size(cases); ++i) {
        TlsTarget target(cases[i].identity);
        ASSERT_TRUE(target.listen());
        const QString ca = dir.filePath(QStringLiteral("ca%1.pem").arg(i));
        writeFile(ca, cases[i].identity.certPem);
        const bool trustIt = cases[i].expected != ErrorClass::TlsUnknownIssuer;
        const IntervalStats t = runAgainst(target.baseUrl(), [&](Scenario &s) {
            if (trustIt)
                s.target.caBundle = ca; // trusted, so the refusal is for the other reason
        });
        EXPECT_EQ(t.errorClasses[static_cast<size_t>(cases[i].expected)], 10u) << "case " << i;
        EXPECT_EQ(target.answered(), 0);
        EXPECT_EQ(k6ErrorCode(cases[i].expected, 0), cases[i].k6Code);
    }
}
