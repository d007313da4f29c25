#include "core/auth/ClientCredentials.h"
#include "core/common/Encode.h"

#include "core/common/NetworkPolicy.h"
#include "core/common/SendOnce.h"
#include "core/common/Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace canary {

namespace {

QByteArray formEncode(const QByteArray &value)
{
    return value.toPercentEncoding();
}

} // namespace

void ClientCredentials::fetch(QNetworkAccessManager &nam, const ClientCredentialsRequest &req,
                              std::function<void(Result<AccessToken>)> done)
{
    QNetworkRequest request = NetworkPolicy::request(nam, req.tokenUrl); // the run's TLS trust
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(req.timeoutMs);
    QByteArray form = QByteArrayLiteral("grant_type=client_credentials");
    if (!req.scope.isEmpty())
        form += "&scope=" + formEncode(req.scope.toUtf8());
    // Whatever the token endpoint does with what it is sent (an error that quotes the request), the secret
    // never leaves this process again: remembered in every form it is sent in.
    redaction::remember(req.clientSecret.reveal());
    redaction::remember(formEncode(req.clientSecret.reveal()));
    if (req.basicAuth) {
        const QByteArray credentials = formEncode(req.clientId.toUtf8()) + ':' + formEncode(req.clientSecret.reveal());
        redaction::remember(credentials.toBase64());
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Basic " + credentials.toBase64());
    } else {
        form += "&client_id=" + formEncode(req.clientId.toUtf8()) +
                "&client_secret=" + formEncode(req.clientSecret.reveal());
    }
    QNetworkReply *reply = sendOnce(nam, request, QByteArrayLiteral("POST"), form);
    const QString where = req.tokenUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, where, done = std::move(done)]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            done(Result<AccessToken>::failure(
                QStringLiteral("token request to %1 failed: %2").arg(where, transportError(*reply))));
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const QJsonObject json = doc.object();
        if (status == 200 && !doc.isObject()) {
            // The body is not quoted: an error page may echo the request, and the request carries the secret.
            const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
            done(Result<AccessToken>::failure(
                QStringLiteral("token response from %1 is not a JSON object (%2 bytes%3); is tokenUrl the OAuth2 "
                               "token endpoint?")
                    .arg(where)
                    .arg(body.size())
                    .arg(type.isEmpty() ? QString() : QStringLiteral(" of ") + type)));
            return;
        }
        if (status != 200) {
            // The server's words are data: shown with their control characters made visible, never interpreted.
            const QString error = encode::visible(json.value(QStringLiteral("error")).toString());
            const QString description = encode::visible(json.value(QStringLiteral("error_description")).toString());
            done(Result<AccessToken>::failure(
                QStringLiteral("token request to %1 answered HTTP %2%3%4")
                    .arg(where)
                    .arg(status)
                    .arg(error.isEmpty() ? QString() : QStringLiteral(" ") + error)
                    .arg(description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(description))));
            return;
        }
        const QString token = json.value(QStringLiteral("access_token")).toString();
        if (token.isEmpty()) {
            done(Result<AccessToken>::failure(QStringLiteral("token response from %1 has no access_token").arg(where)));
            return;
        }
        AccessToken t;
        t.value = Secret(token.toUtf8());
        redaction::remember(t.value.reveal());
        t.type = json.value(QStringLiteral("token_type")).toString(QStringLiteral("Bearer"));
        const QJsonValue expires = json.value(QStringLiteral("expires_in"));
        t.expiresInSec = expires.isString() ? expires.toString().toLongLong() : static_cast<qint64>(expires.toDouble());
        done(t);
    });
}

} // namespace canary
