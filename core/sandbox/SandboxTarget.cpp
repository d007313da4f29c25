#include "core/sandbox/SandboxTarget.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>

#include <chrono>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrlQuery>
#include <QUuid>

namespace canary {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return request.headers().value(name).toByteArray(); // QHttpHeaders, case-insensitive
#else
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
#endif
}

void addHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.append(name, value);
    response.setHeaders(std::move(headers));
#else
    response.addHeader(name, value);
#endif
}

QHttpServerResponse jsonResponse(const QJsonObject &body, HttpStatus status)
{
    return QHttpServerResponse(body, status);
}

QHttpServerResponse oauthError(const char *error, const QString &description, HttpStatus status)
{
    QHttpServerResponse r = jsonResponse(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(error)},
                                                     {QStringLiteral("error_description"), description}},
                                         status);
    addHeader(r, QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

// application/x-www-form-urlencoded decoding ('+' is a space).
QString formDecode(const QByteArray &text)
{
    QByteArray t = text;
    t.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(t));
}

QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        out.insert(formDecode(pair.left(eq < 0 ? pair.size() : eq)), eq < 0 ? QString() : formDecode(pair.mid(eq + 1)));
    }
    return out;
}

} // namespace

QJsonObject SandboxCounts::toJson() const
{
    return QJsonObject{
        {QStringLiteral("tokens_issued"), tokensIssued},
        {QStringLiteral("token_requests_rejected"), tokenRequestsRejected},
        {QStringLiteral("notifications_received"), notificationsReceived},
        {QStringLiteral("unauthorized"), unauthorized},
        {QStringLiteral("delivered"), delivered},
        {QStringLiteral("undelivered"), undelivered},
        {QStringLiteral("server_errors"), serverErrors},
        {QStringLiteral("bad_requests"), badRequests},
        {QStringLiteral("health_checks"), healthChecks},
        {QStringLiteral("stats_requests"), statsRequests},
        {QStringLiteral("webhook_messages"), webhookMessages},
        {QStringLiteral("max_per_100ms"), maxPer100Ms},
    };
}

SandboxTarget::SandboxTarget(SandboxConfig config, const Clock &clock, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_clock(clock), m_startedMs(clock.monotonicMs()),
      m_server(std::make_unique<QHttpServer>()), m_log(m_config.logPath, clock), m_random(m_config.seed)
{
    setObjectName(QStringLiteral("SandboxTarget"));
    addRoutes();
}

SandboxTarget::~SandboxTarget()
{
    m_server.reset(); // stop accepting first
}

void SandboxTarget::goDown()
{
    m_tcp->close(); // new connections are refused
    for (QAbstractSocket *socket : m_server->findChildren<QAbstractSocket *>())
        socket->abort(); // and the open ones reset: what a crashed process leaves behind
    QTimer::singleShot(std::chrono::milliseconds(m_config.outageForMs), this, &SandboxTarget::comeBack);
}

void SandboxTarget::comeBack()
{
    if (!m_tcp->listen(QHostAddress::LocalHost, m_port)) {
        qWarning("sandbox: cannot listen on 127.0.0.1:%u again after the outage: %s", m_port,
                 qPrintable(m_tcp->errorString()));
        return;
    }
    logStarted();
}

void SandboxTarget::logStarted()
{
    m_log.write("INFO", QStringLiteral("service_started"),
                QStringLiteral("service=auto_com_center sandbox=canarydesk port=%1").arg(m_port));
}

Result<quint16> SandboxTarget::listen(quint16 port)
{
    if (auto valid = m_config.validate(); !valid)
        return Result<quint16>::failure(QStringLiteral("sandbox: ") + valid.error().message);
    if (!m_config.logPath.isEmpty() && !m_log.isOpen())
        return Result<quint16>::failure(
            QStringLiteral("sandbox: cannot open log file %1: %2").arg(m_config.logPath, m_log.errorString()));
    // An own QTcpServer handed to bind(): the API that exists from Qt 6.4 on (listen() is gone in 6.8).
    auto *tcp = new QTcpServer(m_server.get());
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Result<quint16>::failure(
            port == 0 ? QStringLiteral("sandbox: cannot listen on 127.0.0.1: %1").arg(why)
                      : QStringLiteral("sandbox: cannot listen on 127.0.0.1:%1 (is the port already in use?): %2")
                            .arg(port)
                            .arg(why));
    }
    m_server->bind(tcp);
    m_tcp = tcp;
    const quint16 bound = tcp->serverPort();
    m_port = bound;
    logStarted();
    return bound;
}

QUrl SandboxTarget::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

SandboxCounts SandboxTarget::counts() const
{
    SandboxCounts c;
    c.tokensIssued = m_counts.tokensIssued;
    c.tokenRequestsRejected = m_counts.tokenRequestsRejected;
    c.notificationsReceived = m_counts.notificationsReceived;
    c.unauthorized = m_counts.unauthorized;
    c.delivered = m_counts.delivered;
    c.undelivered = m_counts.undelivered;
    c.serverErrors = m_counts.serverErrors;
    c.badRequests = m_counts.badRequests;
    c.healthChecks = m_counts.healthChecks;
    c.statsRequests = m_counts.statsRequests;
    c.webhookMessages = m_counts.webhookMessages;
    const QMutexLocker lock(&m_heldMutex);
    for (const qint64 n : m_arrivalsPer100Ms)
        c.maxPer100Ms = std::max(c.maxPer100Ms, n);
    return c;
}

QList<qint64> SandboxTarget::heldAnswersNs() const
{
    const QMutexLocker lock(&m_heldMutex);
    return m_heldNs;
}

QList<QJsonObject> SandboxTarget::webhookMessages() const
{
    QMutexLocker lock(&m_webhookMutex);
    return m_webhookMessages;
}

double SandboxTarget::draw()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
}

qint64 SandboxTarget::nextDelayMs()
{
    qint64 delay = m_config.baseLatencyMs;
    if (m_config.tailLatencyMs > 0 && draw() < m_config.tailRatio)
        delay += static_cast<qint64>(draw() * m_config.tailLatencyMs);
    if (m_config.stallEveryMs > 0 && m_config.stallForMs > 0) {
        // Stalls occupy the last stallForMs of every stallEveryMs window.
        const qint64 inWindow = (m_clock.monotonicMs() - m_startedMs) % m_config.stallEveryMs;
        const qint64 stallStart = m_config.stallEveryMs - m_config.stallForMs;
        if (inWindow >= stallStart)
            delay += m_config.stallEveryMs - inWindow;
    }
    return delay;
}

void SandboxTarget::addRoutes()
{
    m_server->route(QStringLiteral("/oauth/token"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request) { return token(request); });

    m_server->route(
        QStringLiteral("/api/v1/notifications"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            ++m_counts.notificationsReceived;
            if (!m_outageScheduled && m_config.outageForMs > 0) {
                m_outageScheduled = true;
                QTimer::singleShot(std::chrono::milliseconds(m_config.outageAtMs), this, &SandboxTarget::goDown);
            }
            {
                const QMutexLocker lock(&m_heldMutex); // what the service saw, in real time whatever the run's clock
                ++m_arrivalsPer100Ms[std::chrono::duration_cast<std::chrono::milliseconds>(
                                         std::chrono::steady_clock::now().time_since_epoch())
                                         .count() /
                                     100];
            }
            const qint64 arrivedNs = m_clock.monotonic().count();
            // Decide everything on the server thread (deterministic random sequence), wait on the pool.
            QJsonObject body;
            HttpStatus status = HttpStatus::Accepted;
            const QByteArray auth = headerValue(request, QByteArrayLiteral("Authorization"));
            const QByteArray presented = auth.startsWith("Bearer ") ? auth.mid(7).trimmed() : QByteArray();
            const auto known = m_tokens.constFind(presented);
            qint64 delay = 0;
            if (presented.isEmpty() || known == m_tokens.constEnd() || *known <= m_clock.monotonicMs()) {
                ++m_counts.unauthorized;
                const char *reason = presented.isEmpty()            ? "missing_token"
                                     : known == m_tokens.constEnd() ? "unknown_token"
                                                                    : "expired_token";
                m_log.write("WARN", QStringLiteral("auth_failed"),
                            QStringLiteral("reason=%1").arg(QString::fromLatin1(reason)));
                body = {{QStringLiteral("error"), QStringLiteral("invalid_token")},
                        {QStringLiteral("error_description"), QString::fromLatin1(reason)}};
                status = HttpStatus::Unauthorized;
            } else {
                QJsonParseError parseError{};
                const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                delay = nextDelayMs();
                const double roll = draw();
                if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                    ++m_counts.badRequests;
                    m_log.write("WARN", QStringLiteral("bad_request"), QStringLiteral("reason=body_not_json_object"));
                    body = {{QStringLiteral("error"), QStringLiteral("body must be a JSON object")}};
                    status = HttpStatus::BadRequest;
                } else if (roll < m_config.errorRatio) {
                    ++m_counts.serverErrors;
                    m_log.write("ERROR", QStringLiteral("notification_failed"),
                                QStringLiteral("id=%1 status=503 reason=provider_timeout").arg(id));
                    body = {{QStringLiteral("error"), QStringLiteral("provider_timeout")}, {QStringLiteral("id"), id}};
                    status = HttpStatus::ServiceUnavailable;
                } else if (roll < m_config.errorRatio + m_config.undeliveredRatio) {
                    ++m_counts.undelivered;
                    m_log.write("WARN", QStringLiteral("delivery_failure"),
                                QStringLiteral("id=%1 reason=bounce").arg(id));
                    body = {{QStringLiteral("id"), id},
                            {QStringLiteral("status"), QStringLiteral("rejected")},
                            {QStringLiteral("reason"), QStringLiteral("bounce")}};
                } else {
                    ++m_counts.delivered;
                    body = {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("queued")}};
                }
            }
            if (delay <= 0) {
                responder.write(QJsonDocument(body), status);
                return;
            }
            // The answer waits on a timer, not a thread. A client that gives up first (its timeout) closes the
            // connection and Qt deletes the socket: the answer is then dropped, never written to a dead socket
            // (a QFuture response would be, and crash Qt 6.4's server).
            ++m_inFlight;
            auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
            QTimer::singleShot(std::chrono::milliseconds(delay), Qt::PreciseTimer, this,
                               [this, held, socket = QPointer<QTcpSocket>(held->socket()), body, status, arrivedNs] {
                                   --m_inFlight;
                                   if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                                       held->write(QJsonDocument(body), status);
                                       const QMutexLocker lock(&m_heldMutex);
                                       m_heldNs.append(m_clock.monotonic().count() - arrivedNs);
                                   }
                               });
        });

    m_server->route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [this]() { return health(); });
    m_server->route(QStringLiteral("/v3/stats"), QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &request) { return providerStats(request); });
    m_server->route(QStringLiteral("/slack/webhook"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request) { return webhook(request); });
    m_server->route(QStringLiteral("/_sandbox/counts"), QHttpServerRequest::Method::Get,
                    [this]() { return QHttpServerResponse(counts().toJson()); });
}

QHttpServerResponse SandboxTarget::token(const QHttpServerRequest &request)
{
    if (m_tokenEndpointDown) {
        ++m_counts.tokenRequestsRejected;
        m_log.write("ERROR", QStringLiteral("token_endpoint_down"));
        return oauthError("temporarily_unavailable", QStringLiteral("token service is down"),
                          HttpStatus::ServiceUnavailable);
    }
    const QHash<QString, QString> form = parseForm(request.body());
    QString clientId = form.value(QStringLiteral("client_id"));
    QString secret = form.value(QStringLiteral("client_secret"));
    const QByteArray auth = headerValue(request, QByteArrayLiteral("Authorization"));
    const bool basic = auth.startsWith("Basic ");
    if (basic) {
        // RFC 6749 §2.3.1: id and secret are form-urlencoded, then joined by ':' and base64-encoded.
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        clientId = formDecode(decoded.left(colon < 0 ? decoded.size() : colon));
        secret = colon < 0 ? QString() : formDecode(decoded.mid(colon + 1));
    }
    if (form.value(QStringLiteral("grant_type")) != QLatin1String("client_credentials")) {
        ++m_counts.tokenRequestsRejected;
        return oauthError(form.contains(QStringLiteral("grant_type")) ? "unsupported_grant_type" : "invalid_request",
                          QStringLiteral("grant_type must be client_credentials"), HttpStatus::BadRequest);
    }
    if (clientId != m_config.clientId || secret != m_config.clientSecret) {
        ++m_counts.tokenRequestsRejected;
        // Log who asked, never what they presented as a secret.
        m_log.write("WARN", QStringLiteral("token_rejected"),
                    QStringLiteral("client_id=%1 reason=invalid_client").arg(clientId.left(64)));
        QHttpServerResponse r =
            oauthError("invalid_client", QStringLiteral("client authentication failed"), HttpStatus::Unauthorized);
        if (basic)
            addHeader(r, QByteArrayLiteral("WWW-Authenticate"),
                      QByteArrayLiteral("Basic realm=\"canarydesk-sandbox\""));
        return r;
    }
    const qint64 now = m_clock.monotonicMs();
    for (auto it = m_tokens.begin(); it != m_tokens.end();) // forget expired tokens
        it = *it <= now ? m_tokens.erase(it) : std::next(it);
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QByteArray tokenValue = m_config.fixedToken.isEmpty() ? raw.toHex() : m_config.fixedToken.toUtf8();
    m_tokens.insert(tokenValue, now + m_config.tokenLifetimeSec * 1000);
    ++m_counts.tokensIssued;
    m_log.write("INFO", QStringLiteral("token_issued"),
                QStringLiteral("client_id=%1 expires_in=%2").arg(clientId).arg(m_config.tokenLifetimeSec));
    QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(tokenValue)},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), m_config.tokenLifetimeSec}};
    if (form.contains(QStringLiteral("scope")))
        body.insert(QStringLiteral("scope"), form.value(QStringLiteral("scope")));
    QHttpServerResponse r(body, HttpStatus::Ok);
    addHeader(r, QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QHttpServerResponse SandboxTarget::health()
{
    ++m_counts.healthChecks;
    const QJsonObject body{
        {QStringLiteral("status"), m_config.healthy ? QStringLiteral("ok") : QStringLiteral("unhealthy")},
        {QStringLiteral("service"), QStringLiteral("auto_com_center")},
        {QStringLiteral("uptime_s"), (m_clock.monotonicMs() - m_startedMs) / 1000},
        {QStringLiteral("queue_depth"), m_inFlight.load()},
        {QStringLiteral("received"), m_counts.notificationsReceived.load()},
    };
    return jsonResponse(body, m_config.healthy ? HttpStatus::Ok : HttpStatus::ServiceUnavailable);
}

QHttpServerResponse SandboxTarget::providerStats(const QHttpServerRequest &request)
{
    ++m_counts.statsRequests;
    auto sendgridError = [](const QString &message, HttpStatus status) {
        return jsonResponse(
            QJsonObject{{QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("message"), message}}}}},
            status);
    };
    const QByteArray auth = headerValue(request, QByteArrayLiteral("Authorization"));
    if (auth != "Bearer " + m_config.providerApiKey.toUtf8())
        return sendgridError(QStringLiteral("authorization required"), HttpStatus::Unauthorized);
    const QUrlQuery query(request.url());
    const QDate start = QDate::fromString(query.queryItemValue(QStringLiteral("start_date")), Qt::ISODate);
    if (!start.isValid())
        return sendgridError(QStringLiteral("start_date is a required field and must be YYYY-MM-DD"),
                             HttpStatus::BadRequest);
    const QDate today = m_clock.utcNow().date();
    QDate end = today;
    if (query.hasQueryItem(QStringLiteral("end_date"))) {
        end = QDate::fromString(query.queryItemValue(QStringLiteral("end_date")), Qt::ISODate);
        if (!end.isValid() || end < start)
            return sendgridError(QStringLiteral("end_date must be YYYY-MM-DD and not before start_date"),
                                 HttpStatus::BadRequest);
    }
    QJsonArray days;
    for (QDate d = start; d <= end && d <= today; d = d.addDays(1)) {
        const bool counted = d == today; // the sandbox lives for one process: everything happened today
        const qint64 delivered = counted ? m_counts.delivered.load() : 0;
        const qint64 bounced = counted ? m_counts.undelivered.load() : 0;
        const QJsonObject metrics{{QStringLiteral("requests"), delivered + bounced},
                                  {QStringLiteral("processed"), delivered + bounced},
                                  {QStringLiteral("delivered"), delivered},
                                  {QStringLiteral("bounces"), bounced},
                                  {QStringLiteral("blocks"), 0},
                                  {QStringLiteral("bounce_drops"), 0},
                                  {QStringLiteral("spam_report_drops"), 0},
                                  {QStringLiteral("unsubscribe_drops"), 0},
                                  {QStringLiteral("deferred"), 0},
                                  {QStringLiteral("invalid_emails"), 0},
                                  {QStringLiteral("opens"), 0},
                                  {QStringLiteral("unique_opens"), 0},
                                  {QStringLiteral("clicks"), 0},
                                  {QStringLiteral("unique_clicks"), 0},
                                  {QStringLiteral("spam_reports"), 0},
                                  {QStringLiteral("unsubscribes"), 0}};
        days.append(
            QJsonObject{{QStringLiteral("date"), d.toString(Qt::ISODate)},
                        {QStringLiteral("stats"), QJsonArray{QJsonObject{{QStringLiteral("metrics"), metrics}}}}});
    }
    return QHttpServerResponse(days, HttpStatus::Ok);
}

QHttpServerResponse SandboxTarget::webhook(const QHttpServerRequest &request)
{
    auto plain = [](const char *text, HttpStatus status) {
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArray(text), status);
    };
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    if (!doc.isObject())
        return plain("invalid_payload", HttpStatus::BadRequest);
    const QJsonObject message = doc.object();
    const bool hasText = !message.value(QStringLiteral("text")).toString().isEmpty();
    const bool hasBlocks = !message.value(QStringLiteral("blocks")).toArray().isEmpty();
    if (!hasText && !hasBlocks)
        return plain("no_text", HttpStatus::BadRequest);
    {
        QMutexLocker lock(&m_webhookMutex);
        m_webhookMessages << message;
    }
    ++m_counts.webhookMessages;
    return plain("ok", HttpStatus::Ok);
}

} // namespace canary
