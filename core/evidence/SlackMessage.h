#pragma once

// The checkpoint update as a Slack incoming-webhook message (Block Kit with a text fallback), and posting
// it. The webhook URL is a secret: it is never written into the message, the evidence or an error text.

#include "core/common/Result.h"
#include "core/evidence/EvidenceFiles.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace canary {

// The incoming-webhook URL: this environment variable (CI), else this OS keychain entry.
inline constexpr const char *kSlackWebhookEnv = "CANARYDESK_SLACK_WEBHOOK";
inline constexpr const char *kSlackWebhookEntry = "slack-webhook";

class SlackMessage
{
public:
    static QJsonObject build(const CheckpointInput &input);
    // Slack answers 200 "ok"; anything else is reported with Slack's own code (invalid_payload, no_text, …).
    static void post(QNetworkAccessManager &nam, const QUrl &webhook, const QJsonObject &message,
                     std::function<void(Status)> done);
};

} // namespace canary
