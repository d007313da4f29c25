#pragma once

// The load's HTTP/1.1 client: one connection per request in flight, taken from the idle ones (most recently
// used first) or opened at once, so no request ever waits for a connection inside the client; bounded by the
// worker's maxInFlight alone. Everything runs in the worker's own thread (no thread hop per request, unlike
// QNAM's HTTP thread), and a request is timed from the moment it is written to its socket, as k6 does.
// Never re-sends anything: a connection closed before the answer is that request's error.

#include "core/engine/RequestPlan.h"
#include "core/engine/Transport.h"

#include <QHash>

#include <memory>
#include <vector>

class QObject;

namespace canary {

class Http1Transport final : public LoadTransport
{
public:
    // Sockets are children of owner and live in its thread.
    Http1Transport(std::shared_ptr<const RequestPlan> plan, Done done, QObject *owner);
    ~Http1Transport() override;
    Http1Transport(const Http1Transport &) = delete;
    Http1Transport &operator=(const Http1Transport &) = delete;

    quint64 send(const QByteArray &bearer, const QByteArray &body) override;
    void abort(quint64 id) override;
    int connections() const override { return static_cast<int>(m_connections.size()); }
    void trim(qint64 nowNs) override;

    // The request head before its Authorization and Content-Length lines ("POST /path HTTP/1.1", Host, the
    // plan's headers). Public for the tests.
    static QByteArray headPrefix(const RequestPlan &plan);
    // Whether requests go to an HTTP proxy that forwards them (plain http through HTTP_PROXY).
    static bool forwardsThroughProxy(const RequestPlan &plan);

    struct Connection;

private:
    void open(Connection &c);
    void onReadable(Connection *c);
    void onSocketError(Connection *c);
    void finish(Connection *c, QNetworkReply::NetworkError error);
    void close(Connection *c);
    void writeRequest(Connection &c);

    std::shared_ptr<const RequestPlan> m_plan;
    Done m_done;
    QObject *m_owner;
    QByteArray m_prefix;
    QString m_host;
    quint16 m_port = 0;
    bool m_tls = false;
    quint64 m_nextId = 1;
    bool m_inSend = false;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::vector<Connection *> m_idle; // most recently used last
    QHash<quint64, Connection *> m_busy;
};

} // namespace canary
