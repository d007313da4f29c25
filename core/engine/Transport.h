#pragma once

// How a worker puts one load request on the wire. The worker schedules, times out, counts and records; a
// transport only sends a request and says what came back. Three exist: Http1Transport (the load's own lean
// HTTP/1.1 client on QTcpSocket/QSslSocket in the worker's thread, one connection per request in flight),
// Http2Transport (HTTP/2 over TLS by ALPN, libnghttp2's framing on QSslSocket in the same thread, many requests per
// connection) and QnamTransport (QNetworkAccessManager, for a network a test injects). All use Qt's error
// vocabulary so one classifier (RequestPlan::classify) judges every answer.

#include "core/common/Clock.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QtGlobal>

#include <algorithm>
#include <functional>
#include <memory>

class QSslSocket;

namespace canary {

struct TransportAnswer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;       // 0 = no status line arrived
    QByteArray body;      // the first kMaxBodyBytes of the decoded body; the rest is counted, not kept
    qint64 bodyBytes = 0; // the decoded body's whole length
    qint64 bytesIn = 0;   // what the answer took on the wire (status line, headers, body, chunk framing)
    qint64 bytesOut = 0;  // what the request took on the wire
    // Monotonic time (ns) the request's first byte was written to its connection, 0 = never written (refused,
    // TLS refused, aborted while connecting). k6's http_req_duration starts there.
    qint64 writtenNs = 0;
    qint64 sendingNs = 0;    // writing it (k6 http_req_sending)
    qint64 firstByteNs = 0;  // monotonic time the answer's first byte arrived, 0 = none (or not known: QNAM)
    qint64 connectingNs = 0; // TCP connect of a new connection (k6 http_req_connecting); 0 on a reused one
    qint64 tlsNs = 0;        // TLS handshake of a new connection (k6 http_req_tls_handshaking)
    // Why a TLS handshake failed, when the certificate was refused: the first error of its chain's verification.
    QSslError::SslError sslError = QSslError::NoError;
    bool http2 = false; // the answer came over HTTP/2

    // Takes n more bytes of the decoded body: all counted, the first `keep` kept (a 10-MB answer cannot grow the
    // client without bound).
    void takeBody(const char *data, qint64 n, qint64 keep)
    {
        bodyBytes += n;
        const qint64 room = keep - body.size();
        if (room > 0)
            body.append(data, static_cast<qsizetype>(std::min(room, n)));
    }
};

// Of the errors that refused a certificate, the one that says most to a person: expired, wrong host, then the
// chain's first (the issuer is not trusted).
QSslError::SslError mostTelling(const QList<QSslError> &errors);
// A socket's error in the words of a network reply (what the one classifier reads). A close without an error of its
// own is the remote host closing.
QNetworkReply::NetworkError networkError(QAbstractSocket::SocketError error);

// New TLS connections to one origin resume the last session: a new connection presents the last ticket, a cheaper
// handshake than a full one.
class TlsSessions
{
public:
    // Connects socket to host:port encrypted with config (offering protocols by ALPN, if any), through proxy.
    void connect(QSslSocket &socket, QSslConfiguration config, const QList<QByteArray> &protocols, const QString &host,
                 quint16 port, const QNetworkProxy &proxy, QObject *context);

private:
    std::shared_ptr<QByteArray> m_ticket = std::make_shared<QByteArray>(); // shared with the sockets' handlers
};

class LoadTransport
{
public:
    // Called once per request, on the worker's thread, when its answer (or its error) is complete.
    using Done = std::function<void(quint64 id, TransportAnswer &&answer)>;
    // What one answer may occupy in memory: enough for any delivery JSON; a larger body is read and counted
    // but not kept, so a target sending 10 MB answers cannot grow the client without bound.
    static constexpr qint64 kMaxBodyBytes = 256 * 1024;
    // A connection idle this long is closed (the pool shrinks once the service is fast again).
    static constexpr qint64 kIdleCloseNs = 2'000'000'000;

    virtual ~LoadTransport() = default;
    // Starts a request now; returns its id (never 0). Done follows, never before send returns.
    virtual quint64 send(const QByteArray &bearer, const QByteArray &body) = 0;
    // Ends a request now: done is called (OperationCanceledError) before abort returns.
    virtual void abort(quint64 id) = 0;
    // Open connections, busy or idle: the pool that grows with the requests in flight.
    virtual int connections() const = 0;
    // How often requests had to wait for a connection (the client limiting itself); 0 where none ever waits.
    virtual quint64 waits() const { return 0; }
    // Closes what has been idle kIdleCloseNs by nowNs (monotonic).
    virtual void trim(qint64 nowNs) = 0;

    // The clock every phase of a request is timed by: the run's, handed down by the engine (services are
    // injected, not looked up), so the engine, its workers and their transports read one time.
    void setClock(const Clock &clock) { m_clock = &clock; }

protected:
    qint64 monotonicNs() const { return m_clock->monotonic().count(); }
    const Clock &clock() const { return *m_clock; }

private:
    const Clock *m_clock = &SystemClock::instance();
};

} // namespace canary
