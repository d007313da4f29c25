#include "core/engine/RequestPlan.h"

#include "core/scenario/ScenarioLoader.h"

#include "tests/support/TestUtil.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace canary;

namespace {
RequestPlan seedPlan()
{
    const Scenario s = ScenarioLoader::loadFile(
                           test::sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json")))
                           .value();
    return RequestPlan::fromScenario(s, QStringLiteral("CanaryDesk/test")).value();
}
} // namespace

TEST(BodyTemplate, RendersEveryPlaceholder)
{
    // {{env.NAME}} reads what the run was handed, not the process's environment.
    qputenv("CANARY_TEST_REGION", "from-the-process");
    qputenv("CANARY_TEST_OTHER", "not-handed-over");
    const BodyTemplate t(
        QStringLiteral(R"({"id":"{{uuid}}","n":{{seq}},"at":"{{timestamp}}","w":{{worker}},)"
                       R"("r":"{{env.CANARY_TEST_REGION}}","x":"{{env.CANARY_TEST_OTHER}}","t":"{{pick:a|b|c}}"})"),
        {{QStringLiteral("CANARY_TEST_REGION"), QByteArrayLiteral("eu-west")}});
    const QDateTime at(QDate(2026, 11, 27), QTime(12, 0, 1, 250), Qt::UTC);
    const QJsonObject o = QJsonDocument::fromJson(t.render(7, 1, at)).object();
    EXPECT_EQ(o.value(QStringLiteral("n")).toInt(), 7);
    EXPECT_EQ(o.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-27T12:00:01.250Z"));
    EXPECT_EQ(o.value(QStringLiteral("w")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("r")).toString(), QStringLiteral("eu-west"));
    EXPECT_EQ(o.value(QStringLiteral("x")).toString(), QString()) << "a variable not handed over stays empty";
    EXPECT_EQ(o.value(QStringLiteral("t")).toString(), QStringLiteral("b")) << "pick by seq: 7 % 3 = 1";
    EXPECT_EQ(o.value(QStringLiteral("id")).toString().size(), 36);
    EXPECT_NE(QJsonDocument::fromJson(t.render(8, 1, at)).object().value(QStringLiteral("id")),
              o.value(QStringLiteral("id")));
}

TEST(RequestPlan, BuildsTheSeedRequest)
{
    const RequestPlan p = seedPlan();
    EXPECT_EQ(p.url.toString(), QStringLiteral("https://auto-com-center-jamarrlmayes.replit.app/api/v1/notifications"));
    EXPECT_EQ(p.method, QByteArray("POST"));
    EXPECT_EQ(p.timeoutMs, 10000);
    EXPECT_FALSE(p.http2);
    EXPECT_TRUE(p.headers.contains(qMakePair(QByteArray("User-Agent"), QByteArray("CanaryDesk/test"))));
    EXPECT_TRUE(p.headers.contains(qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))));
    const QJsonObject body = QJsonDocument::fromJson(p.body.render(3, 0, QDateTime::currentDateTimeUtc())).object();
    EXPECT_EQ(body.value(QStringLiteral("to")).toString(), QStringLiteral("canary+3@example.com"));
}

TEST(RequestPlan, ClassifiesOutcomes)
{
    const RequestPlan p = seedPlan();
    struct Case
    {
        QNetworkReply::NetworkError error;
        bool timedOut;
        int status;
        const char *body;
        ErrorClass cls;
        bool checkOk;
        bool delivered;
    } cases[] = {
        {QNetworkReply::NoError, false, 202, R"({"status":"queued"})", ErrorClass::None, true, true},
        {QNetworkReply::NoError, false, 202, R"({"status":"delivered"})", ErrorClass::None, true, true},
        {QNetworkReply::NoError, false, 202, R"({"status":"rejected"})", ErrorClass::None, true, false},
        {QNetworkReply::NoError, false, 202, R"({"other":1})", ErrorClass::None, true, false},
        {QNetworkReply::NoError, false, 202, "not json", ErrorClass::BadBody, true, false},
        {QNetworkReply::NoError, false, 200, R"({"status":"queued"})", ErrorClass::CheckFailed, false, false},
        {QNetworkReply::AuthenticationRequiredError, false, 401, "{}", ErrorClass::Unauthorized, false, false},
        {QNetworkReply::UnknownContentError, false, 429, "{}", ErrorClass::TooManyRequests, false, false},
        {QNetworkReply::ContentNotFoundError, false, 404, "{}", ErrorClass::ClientError, false, false},
        {QNetworkReply::ServiceUnavailableError, false, 503, "{}", ErrorClass::ServerError, false, false},
        {QNetworkReply::ConnectionRefusedError, false, 0, "", ErrorClass::Refused, false, false},
        {QNetworkReply::RemoteHostClosedError, false, 0, "", ErrorClass::Reset, false, false},
        {QNetworkReply::HostNotFoundError, false, 0, "", ErrorClass::Dns, false, false},
        {QNetworkReply::OperationCanceledError, true, 0, "", ErrorClass::Timeout, false, false},
        {QNetworkReply::SslHandshakeFailedError, false, 0, "", ErrorClass::Tls, false, false},
    };
    for (const Case &c : cases) {
        const Outcome o = p.classify(c.error, c.timedOut, c.status, QByteArray(c.body));
        EXPECT_EQ(o.errorClass, c.cls) << c.status << " " << c.body;
        EXPECT_EQ(o.checkOk, c.checkOk) << c.status << " " << c.body;
        EXPECT_EQ(o.delivered, c.delivered) << c.status << " " << c.body;
    }
}

TEST(RequestPlan, JsonPointerFollowsRfc6901)
{
    const QJsonValue doc = QJsonDocument::fromJson(R"({"a":{"b/c":[10,{"~k":"x"}]}})").object();
    EXPECT_EQ(resolveJsonPointer(doc, QStringLiteral("/a/b~1c/0"))->toInt(), 10);
    EXPECT_EQ(resolveJsonPointer(doc, QStringLiteral("/a/b~1c/1/~0k"))->toString(), QStringLiteral("x"));
    EXPECT_FALSE(resolveJsonPointer(doc, QStringLiteral("/a/missing")).has_value());
    EXPECT_FALSE(resolveJsonPointer(doc, QStringLiteral("/a/b~1c/9")).has_value());
}

TEST(RequestPlan, UnreadableCaBundleIsNamed)
{
    Scenario s = ScenarioLoader::loadFile(
                     test::sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json")))
                     .value();
    s.target.caBundle = QStringLiteral("/nonexistent/ca.pem");
    const auto p = RequestPlan::fromScenario(s, QStringLiteral("x"));
    ASSERT_FALSE(p.ok());
    EXPECT_TRUE(p.error().message.startsWith(QStringLiteral("target.caBundle: cannot read /nonexistent/ca.pem")));
}
