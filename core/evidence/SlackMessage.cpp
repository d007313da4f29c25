#include "core/evidence/SlackMessage.h"
#include "core/common/Encode.h"

#include "core/common/Redactor.h"

#include "core/common/SendOnce.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace canary {

namespace {

// Slack's mrkdwn treats &, < and > as control characters (links, mentions): text it quotes escapes them as
// Slack documents, so a server's "<!channel>" or a log line's "<https://evil|click>" stays words.
QString slack(QString text)
{
    text.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    text.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    text.replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    return text;
}

} // namespace

QJsonObject SlackMessage::build(const CheckpointInput &in)
{
    const bool passed = in.verdict->passed;
    const QString verdict = in.verdict->word();
    const QStringList &caveats = in.verdict->caveats;
    // A caveat stands beside the word even in the notification's one line: no "PASS" without it.
    const QString text =
        QStringLiteral("%1 %2%3 — %4")
            .arg(passed && caveats.isEmpty() ? QStringLiteral(":white_check_mark:")
                 : passed                    ? QStringLiteral(":warning:")
                                             : QStringLiteral(":x:"),
                 verdict, caveats.isEmpty() ? QString() : QStringLiteral(" (with a caveat)"), slack(in.headline));
    QJsonArray fields;
    for (const CriterionResult &c : in.verdict->criteria)
        fields.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                        {QStringLiteral("text"), QStringLiteral("%1 *%2*\n%3 (target %4)")
                                                     .arg(c.pass ? QStringLiteral("✅") : QStringLiteral("❌"),
                                                          slack(c.label), slack(c.measured), slack(c.target))}});
    QJsonArray blocks{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                    {QStringLiteral("text"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                                 {QStringLiteral("text"),
                                  QStringLiteral("Canary %1%2: %3")
                                      .arg(verdict, caveats.isEmpty() ? QString() : QStringLiteral(" (with a caveat)"),
                                           in.headline)
                                      .left(150)}}}},
    };
    for (const QString &caveat : caveats)
        blocks.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                        {QStringLiteral("text"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                     {QStringLiteral("text"),
                                      QStringLiteral(":warning: *Caveat:* %1").arg(slack(caveat)).left(2900)}}}});
    // Slack allows at most 10 fields per section.
    for (qsizetype i = 0; i < fields.size(); i += 10) {
        QJsonArray chunk;
        for (qsizetype j = i; j < std::min<qsizetype>(i + 10, fields.size()); ++j)
            chunk.append(fields.at(j));
        blocks.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("section")}, {QStringLiteral("fields"), chunk}});
    }
    QStringList steps;
    for (const Finding &f : in.findings)
        steps << QStringLiteral("• *%1* — %2").arg(slack(f.title), slack(f.nextSteps));
    if (!steps.isEmpty())
        blocks.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("section")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                 {QStringLiteral("text"), steps.join(QLatin1Char('\n')).left(2900)}}}});
    blocks.append(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("context")},
                    {QStringLiteral("elements"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                            {QStringLiteral("text"),
                                             QStringLiteral("run `%1` · %2 → %3 · evidence signed by CanaryDesk")
                                                 .arg(slack(in.runId), slack(in.started), slack(in.finished))}}}}});
    return QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("blocks"), blocks}};
}

void SlackMessage::post(QNetworkAccessManager &nam, const QUrl &webhook, const QJsonObject &message,
                        std::function<void(Status)> done)
{
    // The URL is the secret (its path above all): whatever Slack, or anything posing as it, answers is shown
    // without it.
    redaction::remember(webhook.toString().toUtf8());
    redaction::remember(webhook.path().toUtf8());
    QNetworkRequest request(webhook);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    QNetworkReply *reply =
        sendOnce(nam, request, QByteArrayLiteral("POST"), QJsonDocument(message).toJson(QJsonDocument::Compact));
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = encode::visible(redaction::redact(reply->readAll()).trimmed().left(200));
        if (status == 200 && body == "ok") {
            done(Done{});
            return;
        }
        // Never echo the URL: it is the secret.
        done(Status::failure(
            status == 0 ? QStringLiteral("Slack webhook unreachable: %1").arg(reply->error())
                        : QStringLiteral("Slack answered HTTP %1: %2").arg(status).arg(QString::fromUtf8(body))));
    });
}

} // namespace canary
