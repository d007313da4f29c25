#pragma once

// A deliberately broken HTTP target on loopback: every request it receives meets the same fault. It lets
// an operator rehearse what a misbehaving service looks like in a canary (`canarydesk sandbox --fault`)
// and lets the tests drive the engine through each fault over real sockets. It counts the requests it
// received in full, so a client's count can be compared with the server's.

#include "core/common/Result.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace canary {

enum class Fault
{
    Reset,     // closes the connection as soon as a request has arrived
    Hang,      // accepts the request and never answers
    Trickle,   // answers 202 one byte per second
    Garbage,   // answers bytes that are not HTTP, then closes
    Huge,      // answers 202 with a 10 MB JSON body, sent at 10 MB/s
    RateLimit, // answers 429 with Retry-After
    Echo,      // answers 401 invalid_client whose error text quotes the whole request back (headers and body)
    Truncated, // answers 202 with a JSON body shorter than its Content-Length, then closes
    Chunked,   // answers 202 with a chunked body whose chunk is cut short (no last chunk), then closes
    Escapes,   // answers 401 invalid_client whose error text is terminal escape sequences (a fake green PASS)
};

// What Fault::Escapes says: clear the screen, set the window title, then a green "Gate 1 — PASS" over the line.
inline constexpr const char *kEscapesText =
    "\x1b[2J\x1b[H\x1b]0;canary owned\x07\r\x1b[1;32mGate 1 \xe2\x80\x94 PASS\x1b[0m\b\b \xe2\x80\xae";

class FaultServer : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kHugeBodyBytes = 10 * 1024 * 1024;
    static constexpr int kRetryAfterSeconds = 30;

    explicit FaultServer(Fault fault, QObject *parent = nullptr);
    ~FaultServer() override;

    static QStringList faultNames();
    static std::optional<Fault> faultFromName(const QString &name);
    static QString describe(Fault fault);

    // Listens on loopback; port 0 picks a free port. The message names the port when it is taken.
    Result<quint16> listen(quint16 port = 0);
    QUrl baseUrl() const;
    Fault fault() const { return m_fault; }
    // Requests received in full (head and body) so far.
    qint64 requestsReceived() const { return m_requests; }
    // The head and body of the last whole request (what a careless server would see and log).
    QByteArray lastRequest() const { return m_lastRequest; }

private:
    struct Connection
    {
        QByteArray buffer; // received, not yet a whole request
        int queued = 0;    // answers owed (a keep-alive client may send the next request early)
        qint64 sent = 0;   // bytes of the current paced answer handed to the socket
        QTimer *pacer = nullptr;
    };

    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &request);
    void pace(QTcpSocket *socket);

    Fault m_fault;
    QByteArray m_lastRequest;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
    QByteArray m_paced; // the one answer Trickle and Huge send slowly, shared by every connection
    qint64 m_requests = 0;
};

} // namespace canary
