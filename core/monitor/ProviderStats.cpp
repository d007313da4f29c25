#include "core/monitor/ProviderStats.h"
#include "core/common/Encode.h"
#include "core/common/NetworkPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace canary {

ProviderCounts ProviderCounts::operator-(const ProviderCounts &o) const
{
    return ProviderCounts{
        requests - o.requests, delivered - o.delivered,        bounces - o.bounces, blocks - o.blocks, drops - o.drops,
        deferred - o.deferred, invalidEmails - o.invalidEmails};
}

QJsonObject ProviderCounts::toJson() const
{
    return QJsonObject{{QStringLiteral("requests"), requests},
                       {QStringLiteral("delivered"), delivered},
                       {QStringLiteral("bounces"), bounces},
                       {QStringLiteral("blocks"), blocks},
                       {QStringLiteral("drops"), drops},
                       {QStringLiteral("deferred"), deferred},
                       {QStringLiteral("invalid_emails"), invalidEmails}};
}

Result<ProviderCounts> ProviderStats::parse(int status, const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (status != 200) {
        const QString message = encode::visible(doc.object()
                                                    .value(QStringLiteral("errors"))
                                                    .toArray()
                                                    .first()
                                                    .toObject()
                                                    .value(QStringLiteral("message"))
                                                    .toString());
        return Result<ProviderCounts>::failure(
            QStringLiteral("SendGrid answered HTTP %1%2")
                .arg(status)
                .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message));
    }
    if (!doc.isArray())
        return Result<ProviderCounts>::failure(QStringLiteral("SendGrid's stats are not the expected JSON array"));
    ProviderCounts c;
    for (const QJsonValue &day : doc.array()) {
        for (const QJsonValue &entry : day.toObject().value(QStringLiteral("stats")).toArray()) {
            const QJsonObject m = entry.toObject().value(QStringLiteral("metrics")).toObject();
            auto n = [&m](const char *key) {
                return static_cast<qint64>(m.value(QString::fromLatin1(key)).toDouble());
            };
            c.requests += n("requests");
            c.delivered += n("delivered");
            c.bounces += n("bounces");
            c.blocks += n("blocks");
            c.drops += n("bounce_drops") + n("spam_report_drops") + n("unsubscribe_drops");
            c.deferred += n("deferred");
            c.invalidEmails += n("invalid_emails");
        }
    }
    return c;
}

void ProviderStats::fetch(QNetworkAccessManager &nam, const QUrl &baseUrl, const QByteArray &apiKey, QDate from,
                          QDate to, std::function<void(Result<ProviderCounts>)> done)
{
    QUrl url(baseUrl.toString() + QStringLiteral("/v3/stats"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("start_date"), from.toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("end_date"), to.toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("aggregated_by"), QStringLiteral("day"));
    url.setQuery(q);
    QNetworkRequest request = NetworkPolicy::request(nam, url); // the run's TLS trust
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + apiKey);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            done(Result<ProviderCounts>::failure(
                QStringLiteral("SendGrid stats request failed: %1").arg(reply->errorString())));
            return;
        }
        done(parse(status, reply->readAll()));
    });
}

} // namespace canary
