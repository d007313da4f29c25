#pragma once

// The load's HTTP/1.1 client: one connection per request in flight, taken from the idle ones (most recently
// used first) or opened at once, so no request ever waits for a connection inside the client; bounded by the
// worker's maxInFlight alone. Everything runs in the worker's own thread (no thread hop per request, unlike
// QNAM's HTTP thread), and a request is timed from the moment it is written to its socket, as k6 does.
// Never re-sends anything: a connection closed before the answer is that request's error.

#include "core/engine/RequestPlan.h"
#include "core/engine/Transport.h"

#include <QHash>

#include <deque>

#include <memory>
#include <vector>

class QObject;
class QTimer;

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
    // Times a request found neither an idle connection nor room to open one and waited (the client limited itself).
    quint64 waits() const override { return m_waits; }

    // At most this many connections being opened (connect + TLS handshake) at once.
    static constexpr int kMaxOpening = 8;
    // Over TLS, how long a request waits for a busy connection to free up before a new one may be opened for it.
    static constexpr qint64 kPreferReuseNs = 2'000'000;
    void trim(qint64 nowNs) override;

    // The request head before its Authorization and Content-Length lines ("POST /path HTTP/1.1", Host, the
    // plan's headers). Public for the tests.
    static QByteArray headPrefix(const RequestPlan &plan);
    // Whether requests go to an HTTP proxy that forwards them (plain http through HTTP_PROXY).
    static bool forwardsThroughProxy(const RequestPlan &plan);

    struct Connection;

private:
    struct Waiting
    {
        quint64 id;
        QByteArray request;
        qint64 handedNs; // when the worker handed it over (monotonic)
    };
    // A moving average of recent durations (ns); fallback until the first one.
    struct Pace
    {
        qint64 averageNs = -1;
        void add(qint64 ns) { averageNs = averageNs < 0 ? ns : (averageNs * 7 + ns) / 8; }
        qint64 value(qint64 fallback) const { return averageNs < 0 ? fallback : averageNs; }
    };
    Connection *takeIdle();
    bool waitingCostsMore() const;
    void dispatch();
    void assign(Connection &c);
    void doneOpening(Connection &c);
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
    std::deque<Waiting> m_waiting; // handed over, waiting for a connection (in order)
    int m_opening = 0;             // connections connecting or shaking hands
    bool m_inDispatch = false;
    quint64 m_waits = 0;
    QTimer *m_retry;        // dispatches again while requests wait
    TlsSessions m_sessions; // new TLS connections resume the last session
    Pace m_answerNs;        // from a request's write to its whole answer
    Pace m_openNs;          // a new connection's connect and handshake
};

} // namespace canary
