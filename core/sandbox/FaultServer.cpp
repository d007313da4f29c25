#include "core/sandbox/FaultServer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace canary {

namespace {

struct FaultName
{
    Fault fault;
    const char *name;
    const char *description;
};

constexpr FaultName kFaults[] = {
    {Fault::Reset, "reset", "closes every connection as soon as a request arrives"},
    {Fault::Hang, "hang", "accepts requests and never answers"},
    {Fault::Trickle, "trickle", "answers 202 one byte per second"},
    {Fault::Garbage, "garbage", "answers bytes that are not HTTP"},
    {Fault::Huge, "huge", "answers 202 with a 10 MB body"},
    {Fault::RateLimit, "ratelimit", "answers 429 Too Many Requests with Retry-After: 30"},
    {Fault::Echo, "echo", "answers 401 invalid_client quoting the whole request (credentials too) in its error"},
    {Fault::Truncated, "truncated", "answers 202 with a body cut short of its Content-Length, then closes"},
    {Fault::Chunked, "chunked", "answers 202 with a chunked body cut off mid-chunk, then closes"},
    {Fault::Escapes, "escapes", "answers 401 invalid_client whose error text is terminal escape sequences"},
};

QByteArray response(const QByteArray &statusLine, const QByteArray &extraHeaders, const QByteArray &body)
{
    return QByteArrayLiteral("HTTP/1.1 ") + statusLine + QByteArrayLiteral("\r\nContent-Type: application/json\r\n") +
           extraHeaders + QByteArrayLiteral("Content-Length: ") + QByteArray::number(body.size()) +
           QByteArrayLiteral("\r\n\r\n") + body;
}

// The end of the first whole request in `buffer` (head and Content-Length body), or -1.
qsizetype requestEnd(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    qint64 length = 0;
    for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
    }
    const qsizetype end = headEnd + 4 + length;
    return buffer.size() >= end ? end : -1;
}

} // namespace

FaultServer::FaultServer(Fault fault, QObject *parent) : QObject(parent), m_fault(fault)
{
    if (fault == Fault::Trickle) {
        m_paced = response("202 Accepted", {}, R"({"id":"trickle","status":"queued"})");
    } else if (fault == Fault::Huge) {
        QByteArray body = R"({"id":"huge","status":"queued","padding":")";
        body.append(kHugeBodyBytes - body.size() - 2, 'x');
        body.append("\"}");
        m_paced = response("202 Accepted", {}, body);
    }
}

FaultServer::~FaultServer() = default;

QStringList FaultServer::faultNames()
{
    QStringList names;
    for (const FaultName &f : kFaults)
        names << QString::fromLatin1(f.name);
    return names;
}

std::optional<Fault> FaultServer::faultFromName(const QString &name)
{
    for (const FaultName &f : kFaults)
        if (name == QLatin1String(f.name))
            return f.fault;
    return std::nullopt;
}

QString FaultServer::describe(Fault fault)
{
    for (const FaultName &f : kFaults)
        if (f.fault == fault)
            return QString::fromLatin1(f.description);
    return {};
}

Result<quint16> FaultServer::listen(quint16 port)
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &FaultServer::onConnection);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return Result<quint16>::failure(
            QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString()));
    return m_server->serverPort();
}

QUrl FaultServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server ? m_server->serverPort() : 0));
}

void FaultServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FaultServer::onReadable(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    for (qsizetype end = requestEnd(it->buffer); end >= 0; end = requestEnd(it->buffer)) {
        const QByteArray request = it->buffer.left(end);
        it->buffer.remove(0, end);
        ++m_requests;
        m_lastRequest = request;
        answer(socket, request);
        it = m_connections.find(socket);
        if (it == m_connections.end())
            return; // the fault closed the connection
    }
}

void FaultServer::answer(QTcpSocket *socket, const QByteArray &request)
{
    switch (m_fault) {
    case Fault::Echo: {
        // What careless servers do: repeat what they were sent in the error, secrets and all.
        const QJsonObject error{{QStringLiteral("error"), QStringLiteral("invalid_client")},
                                {QStringLiteral("error_description"),
                                 QStringLiteral("bad credentials in: %1").arg(QString::fromUtf8(request))}};
        socket->write(response("401 Unauthorized", {}, QJsonDocument(error).toJson(QJsonDocument::Compact)));
        return;
    }
    case Fault::Escapes: {
        // A server's words written to take over the operator's terminal: clear it, retitle it, print a fake PASS.
        const QJsonObject error{{QStringLiteral("error"), QStringLiteral("invalid_client")},
                                {QStringLiteral("error_description"), QString::fromUtf8(kEscapesText)}};
        socket->write(response("401 Unauthorized", {}, QJsonDocument(error).toJson(QJsonDocument::Compact)));
        return;
    }
    case Fault::Reset:
        m_connections.remove(socket);
        socket->abort();
        socket->deleteLater();
        return;
    case Fault::Hang:
        return;
    case Fault::Truncated: // a complete-looking start of the delivery JSON, 40 bytes short of what was promised
        socket->write(QByteArrayLiteral("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
                                        "Content-Length: 80\r\n\r\n{\"id\":\"cut\",\"status\":\"queued\"}"));
        m_connections.remove(socket);
        socket->disconnectFromHost();
        return;
    case Fault::Chunked: // a chunk announced as 0x40 bytes, 31 sent, and never the terminating 0-length chunk
        socket->write(
            QByteArrayLiteral("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n40\r\n{\"id\":\"cut\",\"status\":\"queued\"}"));
        m_connections.remove(socket);
        socket->disconnectFromHost();
        return;
    case Fault::Garbage:
        socket->write(QByteArrayLiteral("SURPRISE \x01\x02 this is not HTTP\r\n\r\n"));
        socket->disconnectFromHost();
        return;
    case Fault::RateLimit:
        socket->write(response("429 Too Many Requests",
                               QByteArrayLiteral("Retry-After: ") + QByteArray::number(kRetryAfterSeconds) + "\r\n",
                               R"({"error":"rate_limited"})"));
        return;
    case Fault::Trickle:
    case Fault::Huge: {
        Connection &c = m_connections[socket];
        if (c.queued++ > 0)
            return; // answered after the current one
        if (!c.pacer) {
            c.pacer = new QTimer(socket);
            c.pacer->setInterval(m_fault == Fault::Trickle ? 1000 : 25);
            connect(c.pacer, &QTimer::timeout, this, [this, socket] { pace(socket); });
        }
        c.sent = 0;
        c.pacer->start();
        pace(socket);
        return;
    }
    }
}

void FaultServer::pace(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    // Trickle: one byte a tick. Huge: 256 KiB a tick (10 MB/s), never more than 512 KiB waiting in the
    // socket, so a slow reader cannot make the server buffer the body.
    const qint64 chunk = m_fault == Fault::Trickle ? 1 : 256 * 1024;
    if (socket->bytesToWrite() > 2 * chunk)
        return;
    socket->write(m_paced.mid(it->sent, chunk));
    it->sent += qMin(chunk, m_paced.size() - it->sent);
    if (it->sent < m_paced.size())
        return;
    it->sent = 0;
    if (--it->queued == 0)
        it->pacer->stop();
}

} // namespace canary
