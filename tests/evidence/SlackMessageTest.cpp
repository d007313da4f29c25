#include "core/evidence/SlackMessage.h"

#include "core/sandbox/SandboxTarget.h"

#include "tests/support/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QNetworkAccessManager>

#include <gtest/gtest.h>

#include <optional>

using namespace canary;
using namespace canary::test;

namespace {
GateVerdict verdict(bool pass)
{
    GateVerdict v;
    v.passed = pass;
    v.gateTitle = QStringLiteral("Gate 1");
    v.criteria = {CriterionResult{QStringLiteral("Latency p95 (http_req_duration)"), QStringLiteral("≤ 250 ms"),
                                  QStringLiteral("138.00 ms"), true, QString()},
                  CriterionResult{QStringLiteral("Error rate (errors)"), QStringLiteral("≤ 0.5 %"),
                                  pass ? QStringLiteral("0.100 %") : QStringLiteral("4.000 %"), pass, QString()}};
    v.summary = pass ? QString() : QStringLiteral("Error rate (errors) 4.000 % (needs ≤ 0.5 %)");
    v.setOutcome(pass ? RunOutcome::Pass : RunOutcome::Fail);
    return v;
}
} // namespace

TEST(SlackMessage, BlockKitWithATextFallback)
{
    const GateVerdict v = verdict(false);
    const QJsonObject m = SlackMessage::build(CheckpointInput{
        QStringLiteral("auto_com_center 250 rps · 30m · Gate 1"),
        QStringLiteral("https://x"),
        QStringLiteral("run-7"),
        QStringLiteral("s"),
        QStringLiteral("e"),
        {},
        &v,
        {Finding{QStringLiteral("Server errors over the gate"), QStringLiteral("5xx"), QStringLiteral("Fix it.")}}});
    EXPECT_EQ(m.value(QStringLiteral("text")).toString(),
              QStringLiteral(":x: FAIL — auto_com_center 250 rps · 30m · Gate 1"));
    const QJsonArray blocks = m.value(QStringLiteral("blocks")).toArray();
    ASSERT_GE(blocks.size(), 4);
    EXPECT_EQ(blocks[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("header"));
    EXPECT_EQ(blocks[1].toObject().value(QStringLiteral("fields")).toArray().size(), 2);
    EXPECT_TRUE(blocks[1]
                    .toObject()
                    .value(QStringLiteral("fields"))
                    .toArray()[1]
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("❌")));
    EXPECT_TRUE(blocks[2]
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("Fix it.")));
}

TEST(SlackMessage, PostsToAWebhookAndReportsSlacksErrorWithoutTheUrl)
{
    SandboxTarget sandbox(SandboxConfig{});
    ASSERT_TRUE(sandbox.listen().ok());
    QNetworkAccessManager nam;
    const GateVerdict v = verdict(true);
    const QJsonObject m = SlackMessage::build(
        CheckpointInput{QStringLiteral("h"), QStringLiteral("t"), QStringLiteral("r"), {}, {}, {}, &v, {}});
    std::optional<Status> done;
    SlackMessage::post(nam, QUrl(sandbox.baseUrl().toString() + QStringLiteral("/slack/webhook")), m,
                       [&](Status s) { done.emplace(s); });
    ASSERT_TRUE(waitUntil([&] { return done.has_value(); }));
    EXPECT_TRUE(done->ok()) << done->error().message.toStdString();
    ASSERT_EQ(sandbox.webhookMessages().size(), 1);
    EXPECT_EQ(sandbox.webhookMessages().first().value(QStringLiteral("text")).toString(),
              QStringLiteral(":white_check_mark: PASS — h"));

    done.reset();
    SlackMessage::post(nam, QUrl(sandbox.baseUrl().toString() + QStringLiteral("/slack/webhook")),
                       QJsonObject{{QStringLiteral("channel"), QStringLiteral("x")}},
                       [&](Status s) { done.emplace(s); });
    ASSERT_TRUE(waitUntil([&] { return done.has_value(); }));
    ASSERT_FALSE(done->ok());
    EXPECT_EQ(done->error().message, QStringLiteral("Slack answered HTTP 400: no_text"));
    EXPECT_FALSE(done->error().message.contains(QStringLiteral("/slack/webhook"))) << "the webhook URL is a secret";
}

// What the checkpoint quotes — a log line, a server's words, a name from the scenario — stays text in
// checkpoint.md (no HTML, no stray table cell) and in Slack (no link, no @channel).
TEST(SlackMessage, QuotedTextIsEscapedInTheMessageAndInTheCheckpoint)
{
    const GateVerdict v = verdict(false);
    const QString hostile = QStringLiteral("<img src=x onerror=alert(1)> | <!channel> & <https://evil.example|click>");
    const CheckpointInput in{QStringLiteral("svc <b>bold</b> 50 rps"),
                             QStringLiteral("https://x"),
                             QStringLiteral("run-7"),
                             QStringLiteral("s"),
                             QStringLiteral("e"),
                             {},
                             &v,
                             {Finding{QStringLiteral("Server errors"), hostile, QStringLiteral("Read ") + hostile}}};
    const QString md = QString::fromUtf8(EvidenceFiles::checkpointMarkdown(in));
    EXPECT_FALSE(md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<"))))
        << "no unescaped markup: " << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("\\<img src=x onerror=alert(1)\\> \\| \\<!channel\\> \\&")))
        << md.toStdString();
    const QStringList tableRows = md.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^\\| ")));
    for (const QString &row : tableRows)
        EXPECT_EQ(row.count(QRegularExpression(QStringLiteral("(?<!\\\\)\\|"))), 5) << row.toStdString();

    const QString slack = QString::fromUtf8(QJsonDocument(SlackMessage::build(in)).toJson());
    EXPECT_FALSE(slack.contains(QStringLiteral("<!channel>"))) << slack.toStdString();
    EXPECT_FALSE(slack.contains(QStringLiteral("<https://evil")));
    EXPECT_TRUE(slack.contains(QStringLiteral("&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;")))
        << slack.toStdString();
    EXPECT_TRUE(slack.contains(QStringLiteral("svc &lt;b&gt;bold&lt;/b&gt; 50 rps")));
}
