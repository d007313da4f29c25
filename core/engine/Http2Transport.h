#pragma once

// The load's HTTP/2 client (httpVersion "2" over https): HTTP/2 framing by libnghttp2 on QSslSocket in the worker's
// own thread, negotiated by ALPN as k6 does. Many requests share a connection as streams, a request's frames go out
// in one write on a socket without Nagle's delay (QNAM's HTTP/2 wrote HEADERS and DATA apart on a Nagle socket and
// so added ~40 ms to what it reported), and a request is timed from the write that carries it. A server that does
// not speak h2 gets HTTP/1.1 (Http1Transport), as k6 and browsers fall back. Never re-sends what the server may have
// processed: only a stream it refused unprocessed (a GOAWAY's later streams, REFUSED_STREAM) goes again.

#include "core/engine/RequestPlan.h"
#include "core/engine/Transport.h"

#include <QHash>

#include <deque>
#include <memory>
#include <vector>

class QObject;
class QTimer;

namespace canary {

class Http1Transport;

class Http2Transport final : public LoadTransport
{
public:
    // Sockets are children of owner and live in its thread.
    Http2Transport(std::shared_ptr<const RequestPlan> plan, Done done, QObject *owner);
    ~Http2Transport() override;
    Http2Transport(const Http2Transport &) = delete;
    Http2Transport &operator=(const Http2Transport &) = delete;

    quint64 send(const QByteArray &bearer, const QByteArray &body) override;
    void abort(quint64 id) override;
    int connections() const override;
    quint64 waits() const override;
    void trim(qint64 nowNs) override;

    // Streams one connection carries at once at most (fewer when the server says so in its SETTINGS).
    static constexpr int kMaxStreams = 100;
    // Connections being opened (connect + TLS handshake) at once, at most.
    static constexpr int kMaxOpening = 2;
    // Whether the server chose HTTP/1.1 over h2 in the TLS handshake (the requests then go over HTTP/1.1).
    bool fellBackToHttp1() const { return m_fallback != nullptr; }

    struct Connection;
    struct Stream;

private:
    void dispatch();
    Connection *open();
    void submit(Connection &c, Stream &s);
    bool flush(Connection &c); // false: it closed the connection
    void onReadable(Connection *c);
    bool read(Connection *c); // false: it closed the connection
    void onSocketError(Connection *c);
    void onEncrypted(Connection *c);
    void fallBack(Connection *c);
    void close(Connection *c, QNetworkReply::NetworkError error);
    void finish(Stream *s, QNetworkReply::NetworkError error);
    void deliver();
    int capacity(const Connection &c) const;
    std::vector<Connection *> live() const; // a copy: closing one while walking them is safe

    std::shared_ptr<const RequestPlan> m_plan;
    Done m_done;
    QObject *m_owner;
    QByteArray m_authority;
    QByteArray m_path;
    QString m_host;
    quint16 m_port = 0;
    quint64 m_nextId = 1;
    bool m_inSend = false;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QHash<quint64, Stream *> m_streams; // every request not yet answered, by id (owned)
    std::deque<Stream *> m_waiting;     // handed over, not yet on a connection (in order)
    std::vector<std::pair<Stream *, QNetworkReply::NetworkError>> m_answered; // in a read, handed on after it
    std::vector<Stream *> m_refused; // refused unprocessed in a read: to be sent again, on another connection
    int m_opening = 0;
    quint64 m_waits = 0;
    QTimer *m_retry;        // dispatches again while requests wait
    TlsSessions m_sessions; // new TLS connections resume the last session
    // The server chose HTTP/1.1: everything goes through it, its ids mapped to ours.
    std::unique_ptr<Http1Transport> m_fallback;
    QHash<quint64, quint64> m_fallbackIds; // theirs → ours
    QHash<quint64, quint64> m_ourFallback; // ours → theirs
};

} // namespace canary
