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

Result<NetworkPolicy> RequestPlan::networkPolicy(const Scenario &s)
{
    return NetworkPolicy::make(s.target.caBundle, s.target.insecure);
}

Result<RequestPlan> RequestPlan::fromScenario(const Scenario &s, const QString &userAgent,
                                              const QMap<QString, QByteArray> &environment, const NetworkPolicy *policy)
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
    p.body = BodyTemplate(bodyText, environment);
    p.timeoutMs = static_cast<int>(std::min<qint64>(s.target.timeoutMs, 3600000));
    p.http2 = s.target.httpVersion == QLatin1String("2");
    std::optional<NetworkPolicy> own;
    if (!policy) {
        auto made = networkPolicy(s);
        if (!made.ok())
            return made.error();
        own = std::move(made).value();
        policy = &*own;
    }
    if (p.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        p.ssl = policy->ssl();
    p.proxy = policy->proxyFor(p.url);
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

ErrorClass RequestPlan::tlsClass(QSslError::SslError e)
{
    switch (e) {
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return ErrorClass::TlsExpired;
    case QSslError::HostNameMismatch:
        return ErrorClass::TlsHostname;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return ErrorClass::TlsUnknownIssuer;
    default:
        return ErrorClass::Tls;
    }
}

Outcome RequestPlan::classify(QNetworkReply::NetworkError error, bool timedOut, int status, const QByteArray &body,
                              QSslError::SslError sslError) const
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
            o.errorClass = tlsClass(sslError);
            break;
        case QNetworkReply::UnknownNetworkError:
            o.errorClass = ErrorClass::Other;
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
