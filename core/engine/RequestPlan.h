#pragma once

// Everything a worker needs to build and judge a request, prepared once from the scenario and shared
// read-only by all workers.

#include "core/common/NetworkPolicy.h"
#include "core/common/Result.h"
#include "core/engine/BodyTemplate.h"
#include "core/metrics/RequestResult.h"
#include "core/scenario/Scenario.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

namespace canary {

struct Outcome
{
    ErrorClass errorClass = ErrorClass::None;
    bool checkOk = false;
    bool delivered = false;
};

class RequestPlan
{
public:
    // Fails with a message naming the problem (e.g. an unreadable CA bundle). environment: the variables the
    // operator handed over for this run, for {{env.NAME}} (RunSecrets). policy: the run's network policy (TLS and
    // proxy); null: the scenario's own (networkPolicy()).
    static Result<RequestPlan> fromScenario(const Scenario &scenario, const QString &userAgent,
                                            const QMap<QString, QByteArray> &environment = {},
                                            const NetworkPolicy *policy = nullptr);
    // The run's network policy: target.caBundle and target.insecure for every request, proxies from the
    // operator's environment.
    static Result<NetworkPolicy> networkPolicy(const Scenario &scenario);

    QUrl url;
    QByteArray method;
    bool idempotent = false; // GET, HEAD, OPTIONS, TRACE, PUT, DELETE (RFC 9110 §9.2.2): the HTTP stack may repeat it
    QList<QPair<QByteArray, QByteArray>> headers;
    BodyTemplate body;
    int timeoutMs = 30000;
    bool http2 = false;
    std::optional<QSslConfiguration> ssl;        // https: the run's TLS configuration
    QNetworkProxy proxy{QNetworkProxy::NoProxy}; // how the load reaches the target (the run's proxy rule)
    QList<int> expectedStatus;
    std::optional<DeliveryPredicate> delivery;

    // The request as the engine sends it: URL, headers, bearer token (if any), timeout, HTTP version, TLS.
    // connectionsPerHost applies on Qt 6.5+ only.
    QNetworkRequest networkRequest(const QByteArray &bearer, int connectionsPerHost = 6) const;

    // Whether a request that ended with `error` after elapsedNs ran into the scenario's timeout. Qt's transfer
    // timeout runs on a coarse timer (it may fire up to 5 % early), so 90 % of the timeout counts.
    bool timedOut(QNetworkReply::NetworkError error, qint64 elapsedNs) const
    {
        return (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) &&
               elapsedNs >= static_cast<qint64>(timeoutMs) * 900'000;
    }

    // Whether an answer whose status line arrived ended in a connection error: its body was cut short (closed
    // before its Content-Length or its last chunk). Qt reports a status and "Connection closed"; k6 reports
    // status 0 and "unexpected EOF" (error_code 1000). Not an answer: the body read is not the one sent.
    static bool endedEarly(QNetworkReply::NetworkError error)
    {
        // Qt 6.4 says ContentReSendError when it wanted to send the request again on a new connection (the
        // engine's bodies cannot be rewound, so it is never sent twice).
        return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) || // network, proxy
               error == QNetworkReply::ContentReSendError || error == QNetworkReply::ProtocolFailure;
    }

    // What a finished request means: error class, check and delivery. transportError is
    // QNetworkReply::NoError when an HTTP status came back whole; timedOut says the transfer timeout fired. A
    // status with a connection error is an answer cut short (IncompleteBody), never a success.
    // sslError: why a TLS handshake failed (expired, unknown issuer, wrong host), when the certificate was refused.
    Outcome classify(QNetworkReply::NetworkError transportError, bool timedOut, int status, const QByteArray &body,
                     QSslError::SslError sslError = QSslError::NoError) const;
    // Which TLS failure a certificate error is.
    static ErrorClass tlsClass(QSslError::SslError sslError);
};

// RFC 6901 JSON pointer lookup ("/status", "/a/0/b", "~1" = "/", "~0" = "~").
std::optional<QJsonValue> resolveJsonPointer(const QJsonValue &root, const QString &pointer);

} // namespace canary
