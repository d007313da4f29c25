#include "core/sandbox/SandboxTarget.h"

#include "tests/support/TestClock.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestUtil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace canary;
using namespace canary::test;
using namespace std::chrono_literals;

namespace {

class SandboxTest : public ::testing::Test
{
protected:
    std::unique_ptr<SandboxTarget> start(SandboxConfig config, const Clock &clock = SystemClock::instance())
    {
        if (config.logPath.isEmpty())
            config.logPath = m_dir.filePath(QStringLiteral("logs/auto_com_center_sandbox.log"));
        auto sandbox = std::make_unique<SandboxTarget>(config, clock);
        const auto port = sandbox->listen();
        EXPECT_TRUE(port.ok()) << (port.ok() ? "" : port.error().message.toStdString());
        return sandbox;
    }

    QUrl url(const SandboxTarget &s, const char *path) const
    {
        return QUrl(s.baseUrl().toString() + QString::fromLatin1(path));
    }

    HttpReply tokenBody(const SandboxTarget &s, const QByteArray &form)
    {
        return http(m_nam, "POST", url(s, "/oauth/token"), form,
                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

    QByteArray fetchToken(const SandboxTarget &s)
    {
        const HttpReply r = tokenBody(s, "grant_type=client_credentials&client_id=auto_com_center_client"
                                         "&client_secret=canarydesk-demo-secret");
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
    }

    HttpReply notify(const SandboxTarget &s, const QByteArray &token, const QByteArray &body = "{\"to\":\"a@b.c\"}")
    {
        Headers h{{"Content-Type", "application/json"}};
        if (!token.isEmpty())
            h.append({"Authorization", "Bearer " + token});
        return http(m_nam, "POST", url(s, "/api/v1/notifications"), body, h);
    }

    static QJsonObject json(const HttpReply &r) { return QJsonDocument::fromJson(r.body).object(); }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
};

} // namespace

TEST_F(SandboxTest, IssuesTokensForBodyAndBasicClientAuthentication)
{
    auto s = start({});
    const HttpReply body = tokenBody(*s, "grant_type=client_credentials&client_id=auto_com_center_client"
                                         "&client_secret=canarydesk-demo-secret&scope=notify");
    ASSERT_EQ(body.status, 200) << body.body.constData();
    const QJsonObject o = json(body);
    EXPECT_EQ(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    EXPECT_EQ(o.value(QStringLiteral("expires_in")).toInt(), 3600);
    EXPECT_EQ(o.value(QStringLiteral("scope")).toString(), QStringLiteral("notify"));
    EXPECT_GE(o.value(QStringLiteral("access_token")).toString().size(), 32);
    EXPECT_EQ(body.header("Cache-Control"), QByteArray("no-store"));

    const QByteArray basic = "Basic " + QByteArray("auto_com_center_client:canarydesk-demo-secret").toBase64();
    const HttpReply viaBasic = http(m_nam, "POST", url(*s, "/oauth/token"), "grant_type=client_credentials",
                                    {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", basic}});
    ASSERT_EQ(viaBasic.status, 200) << viaBasic.body.constData();
    EXPECT_NE(json(viaBasic).value(QStringLiteral("access_token")), o.value(QStringLiteral("access_token")));
    EXPECT_EQ(s->counts().tokensIssued, 2);
}

TEST_F(SandboxTest, RejectsBadClientsTheWayRfc6749Says)
{
    auto s = start({});
    const HttpReply wrong = tokenBody(*s, "grant_type=client_credentials&client_id=auto_com_center_client"
                                          "&client_secret=guess");
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(json(wrong).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));

    const QByteArray basic = "Basic " + QByteArray("auto_com_center_client:nope").toBase64();
    const HttpReply wrongBasic =
        http(m_nam, "POST", url(*s, "/oauth/token"), "grant_type=client_credentials",
             {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", basic}});
    EXPECT_EQ(wrongBasic.status, 401);
    EXPECT_TRUE(wrongBasic.header("WWW-Authenticate").startsWith("Basic"));

    const HttpReply grant = tokenBody(*s, "grant_type=password&client_id=auto_com_center_client"
                                          "&client_secret=canarydesk-demo-secret");
    EXPECT_EQ(grant.status, 400);
    EXPECT_EQ(json(grant).value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
    EXPECT_EQ(s->counts().tokenRequestsRejected, 3);
    EXPECT_EQ(s->counts().tokensIssued, 0);
}

TEST_F(SandboxTest, NotificationsNeedALiveTokenAnd401AfterExpiry)
{
    TestClock clock;
    SandboxConfig config;
    config.tokenLifetimeSec = 60;
    config.baseLatencyMs = 0;
    auto s = start(config, clock);

    EXPECT_EQ(notify(*s, QByteArray()).status, 401);
    EXPECT_EQ(notify(*s, "not-a-token").status, 401);

    const QByteArray token = fetchToken(*s);
    const HttpReply ok = notify(*s, token);
    ASSERT_EQ(ok.status, 202) << ok.body.constData();
    EXPECT_EQ(json(ok).value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    EXPECT_FALSE(json(ok).value(QStringLiteral("id")).toString().isEmpty());

    clock.advance(59s);
    EXPECT_EQ(notify(*s, token).status, 202) << "still valid one second before expiry";
    clock.advance(1s);
    const HttpReply expired = notify(*s, token);
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(json(expired).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_token"));
    EXPECT_EQ(json(expired).value(QStringLiteral("error_description")).toString(), QStringLiteral("expired_token"));

    const SandboxCounts c = s->counts();
    EXPECT_EQ(c.notificationsReceived, 5);
    EXPECT_EQ(c.unauthorized, 3);
    EXPECT_EQ(c.delivered, 2);
    const QByteArray log = readFile(s->config().logPath);
    EXPECT_TRUE(log.contains("WARN auth_failed reason=expired_token"));
}

TEST_F(SandboxTest, BaseLatencyIsAppliedWithinTolerance)
{
    SandboxConfig config;
    config.baseLatencyMs = 60;
    auto s = start(config);
    const QByteArray token = fetchToken(*s);
    QList<qint64> times;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer t;
        t.start();
        ASSERT_EQ(notify(*s, token).status, 202);
        times << t.elapsed();
    }
    std::sort(times.begin(), times.end());
    EXPECT_GE(times.first(), 60) << "never faster than the configured latency";
    EXPECT_LT(times[times.size() / 2], 60 + 40) << "median within 40 ms of the configured latency";
}

TEST_F(SandboxTest, PeriodicStallHoldsRequestsUntilTheStallEnds)
{
    TestClock clock;
    SandboxConfig config;
    config.baseLatencyMs = 0;
    config.stallEveryMs = 1000;
    config.stallForMs = 400;
    auto s = start(config, clock);
    const QByteArray token = fetchToken(*s);

    QElapsedTimer t;
    t.start();
    ASSERT_EQ(notify(*s, token).status, 202);
    EXPECT_LT(t.elapsed(), 150) << "outside the stall window there is no stall";

    clock.advance(750ms); // inside the stall (600..1000 ms): held for the remaining 250 ms
    t.restart();
    ASSERT_EQ(notify(*s, token).status, 202);
    EXPECT_GE(t.elapsed(), 250);
    EXPECT_LT(t.elapsed(), 250 + 150);
}

TEST_F(SandboxTest, InjectedErrorsAndUndeliveredMatchClientCountsExactly)
{
    SandboxConfig config;
    config.baseLatencyMs = 0;
    config.errorRatio = 0.2;
    config.undeliveredRatio = 0.1;
    auto s = start(config);
    const QByteArray token = fetchToken(*s);

    constexpr int kRequests = 1000;
    int finished = 0, fiveHundreds = 0, rejected = 0, queued = 0, other = 0;
    for (int i = 0; i < kRequests; ++i) {
        httpAsync(m_nam, "POST", url(*s, "/api/v1/notifications"), "{\"seq\":1}",
                  {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}}, [&](HttpReply r) {
                      ++finished;
                      const QString status = json(r).value(QStringLiteral("status")).toString();
                      if (r.status == 503)
                          ++fiveHundreds;
                      else if (r.status == 202 && status == QLatin1String("rejected"))
                          ++rejected;
                      else if (r.status == 202 && status == QLatin1String("queued"))
                          ++queued;
                      else
                          ++other;
                  });
    }
    ASSERT_TRUE(waitUntil([&] { return finished == kRequests; }, 60000)) << finished << " of " << kRequests;
    const SandboxCounts c = s->counts();
    EXPECT_EQ(other, 0);
    EXPECT_EQ(c.notificationsReceived, kRequests);
    EXPECT_EQ(c.serverErrors, fiveHundreds);
    EXPECT_EQ(c.undelivered, rejected);
    EXPECT_EQ(c.delivered, queued);
    // Binomial bounds at 5 sigma: 0.2 ± 0.063, 0.1 ± 0.047.
    EXPECT_NEAR(fiveHundreds / double(kRequests), 0.2, 0.063);
    EXPECT_NEAR(rejected / double(kRequests), 0.1, 0.047);

    const QByteArray log = readFile(s->config().logPath);
    EXPECT_EQ(log.count("ERROR notification_failed"), fiveHundreds);
    EXPECT_EQ(log.count("WARN delivery_failure"), rejected);
}

TEST_F(SandboxTest, SlowAnswersDoNotBlockTheServer)
{
    SandboxConfig config;
    config.baseLatencyMs = 3000;
    auto s = start(config);
    const QByteArray token = fetchToken(*s);
    bool slowDone = false;
    httpAsync(m_nam, "POST", url(*s, "/api/v1/notifications"), "{}",
              {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}},
              [&](const HttpReply &) { slowDone = true; });
    ASSERT_TRUE(waitUntil([&] { return s->inFlight() == 1; }));
    QNetworkAccessManager other; // a separate connection, as a health poller would have
    const HttpReply health = http(other, "GET", url(*s, "/health"));
    EXPECT_EQ(health.status, 200);
    EXPECT_FALSE(slowDone) << "health answered while the slow notification was still being held";
    EXPECT_EQ(json(health).value(QStringLiteral("queue_depth")).toInt(), 1);
    ASSERT_TRUE(waitUntil([&] { return slowDone; }, 15000));
}

TEST_F(SandboxTest, HealthReportsStatus)
{
    auto s = start({});
    HttpReply r = http(m_nam, "GET", url(*s, "/health"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(json(r).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    s->setHealthy(false);
    r = http(m_nam, "GET", url(*s, "/health"));
    EXPECT_EQ(r.status, 503);
    EXPECT_EQ(json(r).value(QStringLiteral("status")).toString(), QStringLiteral("unhealthy"));
    EXPECT_EQ(s->counts().healthChecks, 2);
}

TEST_F(SandboxTest, ProviderStatsSpeakSendGridAndCountWhatWasDelivered)
{
    TestClock clock;
    SandboxConfig config;
    config.baseLatencyMs = 0;
    config.undeliveredRatio = 0.5;
    auto s = start(config, clock);
    const QByteArray token = fetchToken(*s);
    for (int i = 0; i < 20; ++i)
        ASSERT_EQ(notify(*s, token).status, 202);

    const Headers key{{"Authorization", "Bearer SG.canarydesk-demo-key"}};
    EXPECT_EQ(http(m_nam, "GET", url(*s, "/v3/stats?start_date=2026-11-27"), {}, {}).status, 401);
    const HttpReply missing = http(m_nam, "GET", url(*s, "/v3/stats"), {}, key);
    EXPECT_EQ(missing.status, 400);
    EXPECT_FALSE(QJsonDocument::fromJson(missing.body)
                     .object()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());

    const HttpReply r = http(m_nam, "GET", url(*s, "/v3/stats?start_date=2026-11-26&aggregated_by=day"), {}, key);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonArray days = QJsonDocument::fromJson(r.body).array();
    ASSERT_EQ(days.size(), 2);
    EXPECT_EQ(days[1].toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-27"));
    const QJsonObject m = days[1]
                              .toObject()
                              .value(QStringLiteral("stats"))
                              .toArray()[0]
                              .toObject()
                              .value(QStringLiteral("metrics"))
                              .toObject();
    const SandboxCounts c = s->counts();
    EXPECT_EQ(m.value(QStringLiteral("delivered")).toInteger(), c.delivered);
    EXPECT_EQ(m.value(QStringLiteral("bounces")).toInteger(), c.undelivered);
    EXPECT_EQ(m.value(QStringLiteral("requests")).toInteger(), 20);
    EXPECT_GT(c.delivered, 0);
    EXPECT_GT(c.undelivered, 0);
}

TEST_F(SandboxTest, WebhookSinkAnswersLikeSlack)
{
    auto s = start({});
    const Headers h{{"Content-Type", "application/json"}};
    HttpReply r = http(m_nam, "POST", url(*s, "/slack/webhook"), R"({"text":"Gate 1 PASS"})", h);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, QByteArray("ok"));
    r = http(m_nam, "POST", url(*s, "/slack/webhook"), "not json", h);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.body, QByteArray("invalid_payload"));
    r = http(m_nam, "POST", url(*s, "/slack/webhook"), R"({"channel":"x"})", h);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.body, QByteArray("no_text"));
    ASSERT_EQ(s->webhookMessages().size(), 1);
    EXPECT_EQ(s->webhookMessages().first().value(QStringLiteral("text")).toString(), QStringLiteral("Gate 1 PASS"));
}

TEST_F(SandboxTest, LogHasIsoTimestampsAndNeverSecrets)
{
    SandboxConfig config;
    config.baseLatencyMs = 0;
    config.errorRatio = 0.5;
    auto s = start(config);
    const QByteArray token = fetchToken(*s);
    tokenBody(*s, "grant_type=client_credentials&client_id=auto_com_center_client&client_secret=wrong-secret-xyz");
    for (int i = 0; i < 10; ++i)
        notify(*s, token);
    const QByteArray log = readFile(s->config().logPath);
    const QList<QByteArray> lines = log.trimmed().split('\n');
    ASSERT_GT(lines.size(), 3);
    for (const QByteArray &line : lines) {
        const QDateTime at = QDateTime::fromString(QString::fromUtf8(line.left(line.indexOf(' '))), Qt::ISODateWithMs);
        EXPECT_TRUE(at.isValid()) << line.constData();
    }
    EXPECT_TRUE(log.contains(" ERROR notification_failed"));
    EXPECT_FALSE(log.contains("canarydesk-demo-secret"));
    EXPECT_FALSE(log.contains("wrong-secret-xyz"));
    EXPECT_FALSE(log.contains(token));
}

TEST_F(SandboxTest, BadSettingsAndBusyPortsAreNamed)
{
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost));
    SandboxTarget busy(SandboxConfig{});
    const auto r = busy.listen(squatter.serverPort());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QString::number(squatter.serverPort())));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("already in use")));

    SandboxConfig bad;
    bad.errorRatio = 1.5;
    SandboxTarget invalid(bad);
    const auto v = invalid.listen();
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().message, QStringLiteral("sandbox: error ratio must be between 0 and 1, got 1.5"));
}
