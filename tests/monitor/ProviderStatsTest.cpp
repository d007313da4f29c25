#include "core/monitor/ProviderStats.h"

#include "core/sandbox/SandboxTarget.h"

#include "tests/support/TestUtil.h"

#include <QNetworkAccessManager>

#include <gtest/gtest.h>

#include <optional>

using namespace canary;
using namespace canary::test;

TEST(ProviderStats, SumsSendGridDaysAndNamesErrors)
{
    const QByteArray body = R"([
      {"date":"2026-11-26","stats":[{"metrics":{"requests":10,"delivered":9,"bounces":1,"blocks":0,"bounce_drops":1,"spam_report_drops":0,"unsubscribe_drops":2,"deferred":3,"invalid_emails":0}}]},
      {"date":"2026-11-27","stats":[{"metrics":{"requests":5,"delivered":4,"bounces":0,"blocks":1,"bounce_drops":0,"spam_report_drops":1,"unsubscribe_drops":0,"deferred":0,"invalid_emails":1}}]}])";
    const auto c = ProviderStats::parse(200, body);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->requests, 15);
    EXPECT_EQ(c->delivered, 13);
    EXPECT_EQ(c->bounces, 1);
    EXPECT_EQ(c->blocks, 1);
    EXPECT_EQ(c->drops, 4);
    EXPECT_EQ(c->deferred, 3);
    EXPECT_EQ(c->invalidEmails, 1);

    const auto denied = ProviderStats::parse(401, R"({"errors":[{"message":"authorization required"}]})");
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().message, QStringLiteral("SendGrid answered HTTP 401: authorization required"));
    EXPECT_EQ(ProviderStats::parse(429, "").error().message, QStringLiteral("SendGrid answered HTTP 429"));
    EXPECT_EQ(ProviderStats::parse(200, "{nope").error().message,
              QStringLiteral("SendGrid's stats are not the expected JSON array"));
}

TEST(ProviderStats, FetchesFromTheSandboxShape)
{
    SandboxTarget sandbox(SandboxConfig{});
    ASSERT_TRUE(sandbox.listen().ok());
    QNetworkAccessManager nam;
    std::optional<Result<ProviderCounts>> got;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    ProviderStats::fetch(nam, sandbox.baseUrl(), "SG.canarydesk-demo-key", today, today,
                         [&](Result<ProviderCounts> r) { got.emplace(r); });
    ASSERT_TRUE(waitUntil([&] { return got.has_value(); }));
    ASSERT_TRUE(got->ok()) << got->error().message.toStdString();
    EXPECT_EQ(got->value().delivered, 0);

    got.reset();
    ProviderStats::fetch(nam, sandbox.baseUrl(), "wrong", today, today,
                         [&](Result<ProviderCounts> r) { got.emplace(r); });
    ASSERT_TRUE(waitUntil([&] { return got.has_value(); }));
    ASSERT_FALSE(got->ok());
    EXPECT_TRUE(got->error().message.startsWith(QStringLiteral("SendGrid answered HTTP 401")));
}
