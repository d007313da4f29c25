#include "core/engine/RequestPlan.h"

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttp1Configuration>
#endif

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslSocket>

namespace canary {

Result<RequestPlan> RequestPlan::fromScenario(const Scenario &s, const QString &userAgent)
{
    RequestPlan p;
    p.url = s.target.requestUrl();
    if (!p.url.isValid() || p.url.host().isEmpty())
        return Result<RequestPlan>::failure(QStringLiteral("target URL %1 is not valid").arg(p.url.toString()));
    p.method = s.target.method.toLatin1();
    p.idempotent = QList<QByteArray>{"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"}.contains(p.method.toUpper());
    p.headers.append({QByteArrayLiteral("User-Agent"), userAgent.toUtf8()});
    bool hasContentType = false;
    for (auto it = s.target.headers.constBegin(); it != s.target.headers.constEnd(); ++it) {
        if (it.key().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
            hasContentType = true;
        if (it.key().compare(QLatin1String("User-Agent"), Qt::CaseInsensitive) == 0)
            p.headers.removeFirst();
        p.headers.append({it.key().toUtf8(), it.value().toUtf8()});
    }
    QString bodyText;
    if (s.target.body.isString()) {
        bodyText = s.target.body.toString();
    } else if (s.target.body.isObject() || s.target.body.isArray()) {
        bodyText = QString::fromUtf8(s.target.body.isObject()
                                         ? QJsonDocument(s.target.body.toObject()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(s.target.body.toArray()).toJson(QJsonDocument::Compact));
        if (!hasContentType)
            p.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    p.body = BodyTemplate(bodyText);
    p.timeoutMs = static_cast<int>(std::min<qint64>(s.target.timeoutMs, 3600000));
    p.http2 = s.target.httpVersion == QLatin1String("2");
    if (!s.target.caBundle.isEmpty()) {
        QFile f(s.target.caBundle);
        if (!f.open(QIODevice::ReadOnly))
            return Result<RequestPlan>::failure(
                QStringLiteral("target.caBundle: cannot read %1: %2").arg(s.target.caBundle, f.errorString()));
        const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (certs.isEmpty())
            return Result<RequestPlan>::failure(
                QStringLiteral("target.caBundle: %1 holds no PEM certificate").arg(s.target.caBundle));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(certs);
        p.ssl = ssl;
    }
    if (s.target.insecure) {
        QSslConfiguration ssl = p.ssl.value_or(QSslConfiguration::defaultConfiguration());
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        p.ssl = ssl;
    }
    p.expectedStatus = s.checks.expectedStatus;
    p.delivery = s.checks.delivery;
    return p;
}

std::optional<QJsonValue> resolveJsonPointer(const QJsonValue &root, const QString &pointer)
{
    if (pointer.isEmpty())
        return root;
    QJsonValue node = root;
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString token : tokens) {
        token.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (node.isObject()) {
            const QJsonObject o = node.toObject();
            if (!o.contains(token))
                return std::nullopt;
            node = o.value(token);
        } else if (node.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            const QJsonArray a = node.toArray();
            if (!ok || index < 0 || index >= a.size())
                return std::nullopt;
            node = a.at(index);
        } else {
            return std::nullopt;
        }
    }
    return node;
}

QNetworkRequest RequestPlan::networkRequest(const QByteArray &bearer, [[maybe_unused]] int connectionsPerHost) const
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!bearer.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (ssl)
        request.setSslConfiguration(*ssl);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QHttp1Configuration h1;
    h1.setNumberOfConnectionsPerHost(connectionsPerHost);
    request.setHttp1Configuration(h1);
#endif
    return request;
}

Outcome RequestPlan::classify(QNetworkReply::NetworkError error, bool timedOut, int status,
                              const QByteArray &body) const
{
    Outcome o;
    if (status == 0) {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            o.errorClass = ErrorClass::Refused;
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError: // closed before the answer; not repeated (non-idempotent).
        case QNetworkReply::ProtocolFailure:
            // An answer that is not HTTP (a wrong status line, another protocol) is no answer either: Qt 6.4
            // reads it as the same early close, Http1Transport says ProtocolFailure; one class for both.
            o.errorClass = ErrorClass::Reset;
            break;
        case QNetworkReply::HostNotFoundError:
            o.errorClass = ErrorClass::Dns;
            break;
        case QNetworkReply::TimeoutError:
            o.errorClass = ErrorClass::Timeout;
            break;
        case QNetworkReply::OperationCanceledError:
            o.errorClass = timedOut ? ErrorClass::Timeout : ErrorClass::Other;
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::UnknownNetworkError:
            o.errorClass = error == QNetworkReply::SslHandshakeFailedError ? ErrorClass::Tls : ErrorClass::Other;
            break;
        default:
            o.errorClass = timedOut ? ErrorClass::Timeout : ErrorClass::Other;
            break;
        }
        return o; // no response: check failed, not delivered
    }
    if (endedEarly(error)) {
        o.errorClass = ErrorClass::IncompleteBody;
        return o; // half an answer: check failed, not delivered, whatever the half said
    }
    o.checkOk = expectedStatus.contains(status);
    if (status == 401)
        o.errorClass = ErrorClass::Unauthorized;
    else if (status == 429)
        o.errorClass = ErrorClass::TooManyRequests;
    else if (status >= 500)
        o.errorClass = ErrorClass::ServerError;
    else if (status >= 400)
        o.errorClass = ErrorClass::ClientError;
    else if (!o.checkOk)
        o.errorClass = ErrorClass::CheckFailed;
    if (!o.checkOk)
        return o;
    if (!delivery) {
        o.delivered = true;
        return o;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull()) {
        o.errorClass = ErrorClass::BadBody;
        return o;
    }
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const auto value = resolveJsonPointer(root, delivery->pointer);
    if (value) {
        const QString text = value->isString()   ? value->toString()
                             : value->isDouble() ? QString::number(value->toDouble())
                             : value->isBool()   ? (value->toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                 : QString();
        o.delivered = delivery->values.contains(text);
    }
    return o;
}

} // namespace canary
