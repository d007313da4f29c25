#include "ui/slack/SlackPreview.h"
#include "ui/style/Palette.h"

#include "core/evidence/SlackMessage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace canary::ui {

namespace {

// The shortcodes CanaryDesk's messages use, and a few an edited message may carry.
QString emoji(QString html)
{
    static const QList<std::pair<const char *, const char *>> codes{
        {":white_check_mark:", "✅"},      {":x:", "❌"},        {":warning:", "⚠️"}, {":red_circle:", "🔴"},
        {":large_green_circle:", "🟢"}, {":hourglass:", "⌛"}};
    for (const auto &[code, glyph] : codes)
        html.replace(QLatin1String(code), QString::fromUtf8(glyph));
    // Slack draws these as colour emoji; a desktop without an emoji font would show empty boxes, so the preview
    // draws the marks in their colours with glyphs every desktop font has.
    static const QList<std::pair<const char *, const char *>> marks{
        {"✅", "<span style=\"color:@pass@\">✔</span>"},
        {"❌", "<span style=\"color:@fail@\">✘</span>"},
        {"⚠️", "<span style=\"color:@warn@\">⚠</span>"}};
    for (const auto &[glyph, mark] : marks)
        html.replace(QString::fromUtf8(glyph), palette::fill(QString::fromUtf8(mark)));
    return html;
}

// Slack's three escapes, read back into the characters they stand for.
QString unescapeSlack(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// Bold, italic and strike-through in text already HTML-escaped: a marker pair around a run of text that neither
// starts nor ends with a space, at word boundaries (as Slack reads them).
QString emphasis(QString html)
{
    static const QList<std::pair<QRegularExpression, QString>> rules{
        {QRegularExpression(QStringLiteral("(^|[\\s(>])\\*(\\S(?:[^*\\n]*\\S)?)\\*(?=$|[\\s).,:;!?<])")),
         QStringLiteral("\\1<b>\\2</b>")},
        {QRegularExpression(QStringLiteral("(^|[\\s(>])_(\\S(?:[^_\\n]*\\S)?)_(?=$|[\\s).,:;!?<])")),
         QStringLiteral("\\1<i>\\2</i>")},
        {QRegularExpression(QStringLiteral("(^|[\\s(>])~(\\S(?:[^~\\n]*\\S)?)~(?=$|[\\s).,:;!?<])")),
         QStringLiteral("\\1<s>\\2</s>")},
    };
    for (const auto &[re, to] : rules)
        html.replace(re, to);
    return html;
}

// Plain text (outside links): code spans kept as they are, the rest with emphasis.
QString inlineText(const QString &raw)
{
    const QStringList parts = unescapeSlack(raw).split(QLatin1Char('`'));
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString escaped = parts[i].toHtmlEscaped();
        // An odd part is inside backticks, unless it is the last one (an unmatched backtick is text).
        if (i % 2 == 1 && i + 1 < parts.size())
            out += QStringLiteral("<code>%1</code>").arg(escaped);
        else
            out += (i % 2 == 1 ? QStringLiteral("`") : QString()) + emphasis(escaped);
    }
    return out;
}

QString textOf(const QJsonObject &text)
{
    const QString t = text.value(QStringLiteral("text")).toString();
    return text.value(QStringLiteral("type")).toString() == QLatin1String("plain_text") ? emoji(t.toHtmlEscaped())
                                                                                        : slackMrkdwnToHtml(t);
}

} // namespace

QString slackMrkdwnToHtml(const QString &mrkdwn)
{
    // Links are the only real angle brackets in mrkdwn (Slack escapes the rest): <url>, <url|text>, <!here>.
    static const QRegularExpression link(QStringLiteral("<([^<>|]+)(?:\\|([^<>]*))?>"));
    QString out;
    qsizetype at = 0;
    for (auto it = link.globalMatch(mrkdwn); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += inlineText(mrkdwn.mid(at, m.capturedStart() - at));
        const QString target = unescapeSlack(m.captured(1));
        const QString label = m.captured(2).isEmpty() ? target : unescapeSlack(m.captured(2));
        if (target.startsWith(QLatin1Char('!')))
            out += QStringLiteral("<b>@%1</b>").arg(target.mid(1).toHtmlEscaped());
        else if (target.startsWith(QLatin1String("http://")) || target.startsWith(QLatin1String("https://")) ||
                 target.startsWith(QLatin1String("mailto:")))
            out += QStringLiteral("<a href=\"%1\">%2</a>").arg(target.toHtmlEscaped(), label.toHtmlEscaped());
        else
            out += label.toHtmlEscaped();
        at = m.capturedEnd();
    }
    out += inlineText(mrkdwn.mid(at));
    return emoji(out).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString slackMessageHtml(const QJsonObject &message)
{
    QString h =
        palette::fill(QStringLiteral(
                          "<p><b>CanaryDesk</b> <span style=\"color:@slackMuted@;background:@slackTag@\">&nbsp;%1&nbsp;"
                          "</span></p>"))
            .arg(SlackPreviewDialog::tr("APP"));
    const QJsonArray blocks = message.value(QStringLiteral("blocks")).toArray();
    if (blocks.isEmpty()) // a message of text alone
        return h + QStringLiteral("<p>%1</p>").arg(slackMrkdwnToHtml(message.value(QStringLiteral("text")).toString()));
    for (const QJsonValue &b : blocks) {
        const QJsonObject block = b.toObject();
        const QString type = block.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("header")) {
            h += QStringLiteral("<p style=\"font-size:large;font-weight:bold\">%1</p>")
                     .arg(textOf(block.value(QStringLiteral("text")).toObject()));
        } else if (type == QLatin1String("section")) {
            if (block.contains(QStringLiteral("text")))
                h += QStringLiteral("<p>%1</p>").arg(textOf(block.value(QStringLiteral("text")).toObject()));
            const QJsonArray fields = block.value(QStringLiteral("fields")).toArray();
            if (!fields.isEmpty()) {
                // Slack lays fields out two to a row.
                h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
                for (qsizetype i = 0; i < fields.size(); i += 2) {
                    h += QStringLiteral("<tr><td width=\"50%\" valign=\"top\">%1</td><td width=\"50%\" "
                                        "valign=\"top\">%2</td></tr>")
                             .arg(textOf(fields.at(i).toObject()),
                                  i + 1 < fields.size() ? textOf(fields.at(i + 1).toObject()) : QString());
                }
                h += QStringLiteral("</table>");
            }
        } else if (type == QLatin1String("context")) {
            QStringList parts;
            for (const QJsonValue &e : block.value(QStringLiteral("elements")).toArray())
                parts << textOf(e.toObject());
            h += palette::fill(QStringLiteral("<p style=\"color:@slackMuted@;font-size:small\">%1</p>"))
                     .arg(parts.join(QStringLiteral(" ")));
        } else if (type == QLatin1String("divider")) {
            h += QStringLiteral("<hr>");
        }
    }
    return h;
}

SlackPreviewDialog::SlackPreviewDialog(const QJsonObject &message, QWidget *parent)
    : QDialog(parent), m_preview(new QTextBrowser(this)), m_destination(new QLabel(this)),
      m_post(new QPushButton(tr("&Post"), this)), m_credentials(new QPushButton(tr("&Credentials…"), this))
{
    setWindowTitle(tr("Post the checkpoint update to Slack"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The channel will see this message:"), this);
    layout->addWidget(intro);
    m_preview->setObjectName(QStringLiteral("SlackPreview"));
    m_preview->setOpenExternalLinks(true);
    m_preview->setAccessibleName(tr("The message as Slack shows it"));
    // Slack's light message pane, whatever the desktop's scheme: the preview is of Slack, not of this window.
    m_preview->setStyleSheet(palette::fill(QStringLiteral("QTextBrowser{background:@paper@;color:@slackInk@}")));
    m_preview->setHtml(slackMessageHtml(message));
    m_preview->setMinimumSize(460, 260);
    layout->addWidget(m_preview, 1);
    m_destination->setObjectName(QStringLiteral("SlackDestination"));
    m_destination->setWordWrap(true);
    m_destination->setTextFormat(Qt::PlainText);
    m_destination->setText(tr("Reading the Slack webhook from the OS keychain…"));
    layout->addWidget(m_destination);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_post, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_credentials, QDialogButtonBox::ActionRole);
    m_post->setEnabled(false);
    m_post->setDefault(true);
    m_credentials->setVisible(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_credentials, &QPushButton::clicked, this, &SlackPreviewDialog::credentialsRequested);
    layout->addWidget(buttons);
    resize(560, 480);
}

void SlackPreviewDialog::setWebhook(const Result<QUrl> &webhook)
{
    if (webhook.ok()) {
        m_webhook = webhook.value();
        // The host only: the path is the secret.
        m_destination->setText(
            tr("✓ Posts to the incoming webhook at %1 (its address stays in the keychain).").arg(m_webhook.host()));
        m_post->setEnabled(true);
        m_credentials->setVisible(false);
        return;
    }
    m_webhook.clear();
    m_destination->setText(
        tr("✗ Not ready to post: %1. Store the channel's incoming-webhook URL under Credentials "
           "(kind “Slack incoming webhook URL”, name %2), or set %3 for this session.")
            .arg(webhook.error().message, QLatin1String(kSlackWebhookEntry), QLatin1String(kSlackWebhookEnv)));
    m_post->setEnabled(false);
    m_credentials->setVisible(true);
}

} // namespace canary::ui
