// #31: the Slack preview is Slack — the message drawn as the channel will see it, not its Block Kit JSON — and a
// missing webhook is said before Post, which stays off until there is somewhere to post to.
#include "ui/slack/SlackPreview.h"

#include "core/evidence/SlackMessage.h"
#include "core/metrics/GateVerdict.h"

#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::ui;

TEST(SlackPreview, MrkdwnIsDrawnAndEverythingElseStaysText)
{
    EXPECT_EQ(slackMrkdwnToHtml(QStringLiteral("*Latency p95*\n42 ms")), QStringLiteral("<b>Latency p95</b><br>42 ms"));
    EXPECT_EQ(slackMrkdwnToHtml(QStringLiteral("run `run-42` _now_ ~old~")),
              QStringLiteral("run <code>run-42</code> <i>now</i> <s>old</s>"));
    // Slack's emoji as marks every desktop font can draw, in their colours.
    EXPECT_EQ(slackMrkdwnToHtml(QStringLiteral(":white_check_mark: ❌ :warning:")),
              QStringLiteral("<span style=\"color:#1a7f37\">✔</span> <span style=\"color:#cf222e\">✘</span> "
                             "<span style=\"color:#9a6700\">⚠</span>"));
    // Slack's escapes are read back and escaped again: a scenario name never becomes markup in the preview.
    EXPECT_EQ(slackMrkdwnToHtml(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")),
              QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    EXPECT_EQ(slackMrkdwnToHtml(QStringLiteral("see <https://ci.example/r/1?a=1&b=2|the run>")),
              QStringLiteral("see <a href=\"https://ci.example/r/1?a=1&amp;b=2\">the run</a>"));
    EXPECT_EQ(slackMrkdwnToHtml(QStringLiteral("<javascript:alert(1)|click>")), QStringLiteral("click"))
        << "only web and mail links are links";
    EXPECT_EQ(slackMrkdwnToHtml(QStringLiteral("5 * 3 * 2 and a_b_c")), QStringLiteral("5 * 3 * 2 and a_b_c"))
        << "an asterisk between spaces, an underscore inside a word: text";
    EXPECT_EQ(slackMrkdwnToHtml(QStringLiteral("an `unclosed code")), QStringLiteral("an `unclosed code"));
}

TEST(SlackPreview, TheCheckpointMessageReadsAsSlackShowsIt)
{
    GateVerdict verdict;
    verdict.passed = false;
    verdict.outcome = RunOutcome::Fail;
    verdict.gateTitle = QStringLiteral("Gate 1");
    verdict.summary = QStringLiteral("FAIL: p95 312 ms");
    verdict.criteria = {CriterionResult{QStringLiteral("Latency p95"), QStringLiteral("≤ 250 ms"),
                                        QStringLiteral("312 ms"), false, QStringLiteral("62 ms over")},
                        CriterionResult{QStringLiteral("Errors"), QStringLiteral("≤ 0.5 %"), QStringLiteral("0.1 %"),
                                        true, QStringLiteral("5 × under")},
                        CriterionResult{QStringLiteral("Delivery"), QStringLiteral("≥ 99 %"), QStringLiteral("99.9 %"),
                                        true, QString()}};
    verdict.caveats << QStringLiteral("TLS certificates were not verified");
    const CheckpointInput in{
        QStringLiteral("<b>canary</b> 250 rps"),
        QStringLiteral("https://api.example.com"),
        QStringLiteral("run-7"),
        QStringLiteral("2026-12-07T10:00:00Z"),
        QStringLiteral("2026-12-07T10:30:00Z"),
        {},
        &verdict,
        {Finding{QStringLiteral("Slow"), QStringLiteral("p95 312 ms"), QStringLiteral("Scale up")}}};
    SlackPreviewDialog dialog(SlackMessage::build(in));
    const QString text = dialog.preview()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Canary FAIL (with a caveat): <b>canary</b> 250 rps")))
        << "the header as plain text, the scenario's name shown and not obeyed: " << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("✘ Latency p95"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("⚠ Caveat: TLS certificates were not verified")));
    EXPECT_TRUE(text.contains(QStringLiteral("run-7")));
    EXPECT_FALSE(text.contains(QLatin1Char('*'))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("mrkdwn"))) << "no JSON";
    const QString html = slackMessageHtml(SlackMessage::build(in));
    EXPECT_TRUE(html.contains(QStringLiteral("<b>Latency p95</b>")));
    EXPECT_EQ(html.count(QStringLiteral("<tr>")), 2) << "three fields, two to a row as in Slack";
}

TEST(SlackPreview, PostWaitsForAWebhookAndNeverShowsItsPath)
{
    SlackPreviewDialog dialog(QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}});
    EXPECT_FALSE(dialog.postButton()->isEnabled()) << "off while the keychain is read";
    dialog.setWebhook(Result<QUrl>::failure(QStringLiteral("the Slack webhook is not stored")));
    EXPECT_FALSE(dialog.postButton()->isEnabled());
    EXPECT_TRUE(dialog.destination()->text().contains(QStringLiteral("not stored")));
    EXPECT_TRUE(dialog.destination()->text().contains(QLatin1String(kSlackWebhookEntry)));
    EXPECT_TRUE(dialog.destination()->text().contains(QLatin1String(kSlackWebhookEnv)));
    dialog.setWebhook(QUrl(QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX")));
    EXPECT_TRUE(dialog.postButton()->isEnabled());
    EXPECT_TRUE(dialog.destination()->text().contains(QStringLiteral("hooks.slack.com")));
    EXPECT_FALSE(dialog.destination()->text().contains(QStringLiteral("XXXXsecretXXXX")));
}
