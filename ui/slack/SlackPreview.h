#pragma once

// The checkpoint update as Slack will show it, before anything is sent: the Block Kit message of
// slack_message.json drawn the way Slack draws it (a bold header, fields two by two, *bold*, `code`, emoji, the
// grey context line), where it will go, and a Post button that stays off until there is a webhook to post to.
// The webhook is read before the dialog asks for a decision, so a missing one is said here, with where to store
// it — never discovered after Post.

#include "core/common/Result.h"

#include <QDialog>
#include <QJsonObject>
#include <QUrl>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace canary::ui {

// Slack's mrkdwn (https://api.slack.com/reference/surfaces/formatting) as HTML: Slack's own escapes (&amp; &lt;
// &gt;) read back, everything HTML-escaped again, then *bold*, _italic_, ~strike~, `code`, <url|text> and the
// emoji shortcodes CanaryDesk writes. Text that is not markup stays text.
QString slackMrkdwnToHtml(const QString &mrkdwn);
// A Block Kit message (header, section text and fields, context, divider) as an HTML fragment.
QString slackMessageHtml(const QJsonObject &message);

class SlackPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SlackPreviewDialog(const QJsonObject &message, QWidget *parent = nullptr);

    // The webhook as read from the keychain or the environment: its host is shown (never its path: the secret), or
    // why there is none and where to store one.
    void setWebhook(const Result<QUrl> &webhook);
    QUrl webhook() const { return m_webhook; }

    QPushButton *postButton() const { return m_post; }
    QLabel *destination() const { return m_destination; }
    QTextBrowser *preview() const { return m_preview; }

Q_SIGNALS:
    // "Credentials…" beside a missing webhook: open the Credentials dialog on the Slack webhook.
    void credentialsRequested();

private:
    QTextBrowser *m_preview;
    QLabel *m_destination;
    QPushButton *m_post;
    QPushButton *m_credentials;
    QUrl m_webhook;
};

} // namespace canary::ui
