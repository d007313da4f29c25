#pragma once

// An in-process stand-in for auto_com_center on loopback: OAuth2 token endpoint, the notifications
// endpoint with injected latency/errors/undelivered answers, /health, SendGrid-shaped /v3/stats and a
// Slack-shaped webhook sink. It counts everything it answers so tests can compare client and server.
// Delays run on timers (responder-based answers) so a slow answer never blocks the server, and an answer
// whose client has gone is dropped.

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/sandbox/SandboxConfig.h"
#include "core/sandbox/SandboxLog.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>
#include <random>

class QHttpServer;
class QTcpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace canary {

struct SandboxCounts
{
    qint64 tokensIssued = 0;
    qint64 tokenRequestsRejected = 0;
    qint64 notificationsReceived = 0; // every POST to the notifications endpoint
    qint64 unauthorized = 0;          // 401: missing, unknown or expired token
    qint64 delivered = 0;             // 202 with status queued
    qint64 undelivered = 0;           // 202 with status rejected
    qint64 serverErrors = 0;          // 503
    qint64 badRequests = 0;           // 400: body not JSON
    qint64 healthChecks = 0;
    qint64 statsRequests = 0;
    qint64 webhookMessages = 0;
    // The most notifications that arrived within one 100-ms window of real time: what a burst looks like from the
    // service's side (a client catching up all at once after a pause).
    qint64 maxPer100Ms = 0;

    QJsonObject toJson() const;
};

class SandboxTarget : public QObject
{
    Q_OBJECT
public:
    explicit SandboxTarget(SandboxConfig config, const Clock &clock = SystemClock::instance(),
                           QObject *parent = nullptr);
    ~SandboxTarget() override;

    // Listens on loopback; port 0 picks a free port. The message names the port when it is taken.
    Result<quint16> listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    const SandboxConfig &config() const { return m_config; }

    SandboxCounts counts() const;
    int inFlight() const { return m_inFlight.load(); }
    QList<QJsonObject> webhookMessages() const;
    // How long each delayed notification answer was really held, from its handler to its write (ns): the
    // server's own latency including its timers' lateness, for tests that judge the client against it.
    QList<qint64> heldAnswersNs() const;
    void setHealthy(bool healthy) { m_config.healthy = healthy; }
    // Change the injected failure ratios mid-run (server thread only, like the handlers that read them).
    void setErrorRatio(double ratio) { m_config.errorRatio = ratio; }
    void setBaseLatencyMs(int ms) { m_config.baseLatencyMs = ms; }
    // While down, the token endpoint answers 503 {"error":"temporarily_unavailable"}.
    void setTokenEndpointDown(bool down) { m_tokenEndpointDown = down; }

private:
    void addRoutes();
    // The outage of the config: down (stop listening, drop every connection), then up on the same port.
    void goDown();
    void comeBack();
    void logStarted(); // the application log's line for a service that listens (again)
    QHttpServerResponse token(const QHttpServerRequest &request);
    QHttpServerResponse health();
    QHttpServerResponse providerStats(const QHttpServerRequest &request);
    QHttpServerResponse webhook(const QHttpServerRequest &request);
    // The delay for the next notification, by the latency model.
    qint64 nextDelayMs();
    double draw();

    SandboxConfig m_config;
    const Clock &m_clock;
    const qint64 m_startedMs;
    std::unique_ptr<QHttpServer> m_server;
    QTcpServer *m_tcp = nullptr;
    bool m_outageScheduled = false;
    SandboxLog m_log;
    quint16 m_port = 0;
    std::mt19937_64 m_random;
    QHash<QByteArray, qint64> m_tokens; // token -> expiry (monotonic ms); server thread only
    std::atomic<int> m_inFlight{0};
    std::atomic<bool> m_tokenEndpointDown{false};

    struct AtomicCounts
    {
        std::atomic<qint64> tokensIssued{0}, tokenRequestsRejected{0}, notificationsReceived{0}, unauthorized{0},
            delivered{0}, undelivered{0}, serverErrors{0}, badRequests{0}, healthChecks{0}, statsRequests{0},
            webhookMessages{0};
    } m_counts;
    mutable QMutex m_webhookMutex;
    mutable QMutex m_heldMutex;
    QList<qint64> m_heldNs;
    QHash<qint64, qint64> m_arrivalsPer100Ms; // real (steady) time / 100 ms → notifications; under m_heldMutex
    QList<QJsonObject> m_webhookMessages;
};

} // namespace canary
