#include "core/engine/Http1Transport.h"

#include "core/common/Clock.h"

#include <QMetaObject>
#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace canary {

namespace {

// The longest status line or header line read before the answer is called not HTTP.
constexpr qsizetype kMaxLineBytes = 64 * 1024;

} // namespace

struct Http1Transport::Connection
{
    enum class Read
    {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        UntilClose,
        Done,
    };
    enum class Parsed
    {
        More,
        Done,
        NotHttp,
    };

    QTcpSocket *socket = nullptr;
    quint64 id = 0;       // the request on it; 0 = idle
    bool ready = false;   // connected (and encrypted): a request can be written
    bool opening = false; // counted in m_opening until ready or closed
    bool broken = false;
    qint64 connectStartNs = 0;
    qint64 connectedNs = 0;
    qint64 idleSinceNs = 0;
    QByteArray request; // written once the connection is ready
    TransportAnswer answer;

    Read read = Read::StatusLine;
    QByteArray buffer;
    qint64 remaining = 0;
    qint64 contentLength = -1;
    bool chunked = false;
    bool keepAlive = true;
    bool head = false; // a HEAD request: no body follows whatever the headers say

    void resetParser()
    {
        read = Read::StatusLine;
        buffer.clear();
        remaining = 0;
        contentLength = -1;
        chunked = false;
        keepAlive = true;
    }

    // One line from pos (without its CR LF), or nullopt when it has not arrived yet.
    std::optional<QByteArray> line(qsizetype &pos) const
    {
        const qsizetype end = buffer.indexOf('\n', pos);
        if (end < 0)
            return std::nullopt;
        QByteArray l = buffer.mid(pos, end - pos);
        if (l.endsWith('\r'))
            l.chop(1);
        pos = end + 1;
        return l;
    }

    bool statusLine(const QByteArray &l)
    {
        // "HTTP/1.1 202 Accepted"
        if (!l.startsWith("HTTP/1.") || l.size() < 12 || l.at(8) != ' ')
            return false;
        bool ok = false;
        const int code = l.mid(9, 3).toInt(&ok);
        if (!ok || code < 100 || code > 999 || (l.size() > 12 && l.at(12) != ' '))
            return false;
        answer.status = code;
        keepAlive = l.at(7) != '0'; // HTTP/1.0 closes unless it says keep-alive
        contentLength = -1;
        chunked = false;
        return true;
    }

    bool header(const QByteArray &l)
    {
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = l.left(colon).trimmed().toLower();
        const QByteArray value = l.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            return ok && contentLength >= 0;
        }
        if (name == "transfer-encoding")
            chunked = value.toLower().contains("chunked");
        else if (name == "connection")
            keepAlive = value.toLower().contains("keep-alive") || (keepAlive && !value.toLower().contains("close"));
        return true;
    }

    // Reads what the buffer holds; the answer is whole at Done.
    Parsed parse()
    {
        qsizetype pos = 0;
        auto consumed = [&](Parsed p) {
            buffer.remove(0, pos);
            return p;
        };
        while (pos < buffer.size() || read == Read::Done) {
            switch (read) {
            case Read::StatusLine: {
                // Bytes that cannot begin "HTTP/" are not an answer: said at once, not after a timeout.
                const qsizetype n = std::min<qsizetype>(5, buffer.size() - pos);
                if (qstrncmp(buffer.constData() + pos, "HTTP/", static_cast<size_t>(n)) != 0 &&
                    !(buffer.at(pos) == '\r' || buffer.at(pos) == '\n'))
                    return consumed(Parsed::NotHttp);
                const auto l = line(pos);
                if (!l)
                    return buffer.size() - pos > kMaxLineBytes ? Parsed::NotHttp : consumed(Parsed::More);
                if (l->isEmpty())
                    continue; // a stray CR LF before the status line (RFC 9112 §2.2)
                if (!statusLine(*l))
                    return consumed(Parsed::NotHttp);
                read = Read::Headers;
                break;
            }
            case Read::Headers: {
                const auto l = line(pos);
                if (!l)
                    return buffer.size() - pos > kMaxLineBytes ? Parsed::NotHttp : consumed(Parsed::More);
                if (!l->isEmpty()) {
                    if (!header(*l))
                        return consumed(Parsed::NotHttp);
                    break;
                }
                if (answer.status < 200) { // 100 Continue and other interim answers: the real one follows
                    if (answer.status == 101)
                        return consumed(Parsed::NotHttp); // nothing here asked to switch protocols
                    read = Read::StatusLine;
                } else if (head || answer.status == 204 || answer.status == 304) {
                    read = Read::Done;
                } else if (chunked) {
                    read = Read::ChunkSize;
                } else if (contentLength >= 0) {
                    remaining = contentLength;
                    read = remaining ? Read::Body : Read::Done;
                } else {
                    keepAlive = false; // the body ends where the connection does
                    read = Read::UntilClose;
                }
                break;
            }
            case Read::Body:
            case Read::ChunkData:
            case Read::UntilClose: {
                const qint64 n =
                    read == Read::UntilClose ? buffer.size() - pos : std::min<qint64>(remaining, buffer.size() - pos);
                answer.takeBody(buffer.constData() + pos, n, kMaxBodyBytes);
                pos += static_cast<qsizetype>(n);
                if (read != Read::UntilClose && (remaining -= n) == 0)
                    read = read == Read::Body ? Read::Done : Read::ChunkEnd;
                break;
            }
            case Read::ChunkSize: {
                const auto l = line(pos);
                if (!l)
                    return buffer.size() - pos > kMaxLineBytes ? Parsed::NotHttp : consumed(Parsed::More);
                const qsizetype semicolon = l->indexOf(';');
                bool ok = false;
                remaining = (semicolon < 0 ? *l : l->left(semicolon)).trimmed().toLongLong(&ok, 16);
                if (!ok || remaining < 0)
                    return consumed(Parsed::NotHttp);
                read = remaining ? Read::ChunkData : Read::Trailers;
                break;
            }
            case Read::ChunkEnd: {
                const auto l = line(pos);
                if (!l)
                    return consumed(Parsed::More);
                if (!l->isEmpty())
                    return consumed(Parsed::NotHttp);
                read = Read::ChunkSize;
                break;
            }
            case Read::Trailers: {
                const auto l = line(pos);
                if (!l)
                    return consumed(Parsed::More);
                if (l->isEmpty())
                    read = Read::Done;
                break;
            }
            case Read::Done:
                if (pos < buffer.size())
                    keepAlive = false; // bytes nobody asked for: this connection is not reused
                return consumed(Parsed::Done);
            }
        }
        return consumed(Parsed::More);
    }
};

Http1Transport::Http1Transport(std::shared_ptr<const RequestPlan> plan, Done done, QObject *owner)
    : m_plan(std::move(plan)), m_done(std::move(done)), m_owner(owner), m_prefix(headPrefix(*m_plan)),
      m_host(m_plan->url.host()), m_tls(m_plan->url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0),
      m_retry(new QTimer(owner))
{
    m_port = static_cast<quint16>(m_plan->url.port(m_tls ? 443 : 80));
    m_retry->setSingleShot(true);
    m_retry->setTimerType(Qt::PreciseTimer);
    QObject::connect(m_retry, &QTimer::timeout, owner, [this]() { dispatch(); });
}

Http1Transport::~Http1Transport()
{
    m_retry->disconnect();
    delete m_retry;
    for (const auto &c : m_connections) {
        c->socket->disconnect();
        c->socket->abort();
        delete c->socket;
    }
}

bool Http1Transport::forwardsThroughProxy(const RequestPlan &plan)
{
    return plan.proxy.type() == QNetworkProxy::HttpProxy &&
           plan.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0;
}

QByteArray Http1Transport::headPrefix(const RequestPlan &plan)
{
    // Through an HTTP proxy a plain request names its whole URL (RFC 9112 §3.2.2, absolute-form); https goes
    // through a CONNECT tunnel and keeps the origin-form.
    const bool forward = forwardsThroughProxy(plan);
    QByteArray target = forward ? plan.url.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveFragment)
                                : plan.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    QByteArray head = plan.method + ' ' + target + " HTTP/1.1\r\nHost: " +
                      plan.url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1() + "\r\n";
    if (forward && !plan.proxy.user().isEmpty())
        head += "Proxy-Authorization: Basic " +
                (plan.proxy.user().toUtf8() + ':' + plan.proxy.password().toUtf8()).toBase64() + "\r\n";
    for (const auto &[name, value] : plan.headers)
        head += name + ": " + value + "\r\n";
    return head;
}

Http1Transport::Connection *Http1Transport::takeIdle()
{
    while (!m_idle.empty()) {
        Connection *idle = m_idle.back(); // most recently used first: the warm ones stay warm
        m_idle.pop_back();
        if (idle->socket->state() == QAbstractSocket::ConnectedState && !idle->broken &&
            idle->socket->bytesAvailable() == 0)
            return idle;
        close(idle);
    }
    return nullptr;
}

// Connections grow with need, not with panic: a request takes an idle kept-alive connection; if none, a new one
// is opened — never more than kMaxOpening at once, and over TLS only when waiting costs more than a handshake: once
// the request has waited kPreferReuseNs and the line ahead of it, shared by the connections busy or opening, would
// take longer to drain (at the answers' recent pace) than a new connection takes to open (at the handshakes' recent
// pace). A hiccup of a fast service drains through the warm connections in a few milliseconds; a slow service grows
// the pool. Without this, each arrival that found no idle connection opened its own, the handshakes ate the CPU,
// more requests waited, more handshakes: 3,837 TLS connections for 40,000 requests at 3,000/s. The wait is the
// request's blocked time (k6's http_req_blocked), never its duration.
void Http1Transport::dispatch()
{
    if (m_inDispatch)
        return;
    m_inDispatch = true;
    while (!m_waiting.empty()) {
        if (Connection *c = takeIdle()) {
            assign(*c);
            writeRequest(*c);
            continue;
        }
        const bool mayOpen = m_opening < kMaxOpening && (!m_tls || m_busy.isEmpty() || waitingCostsMore());
        if (!mayOpen)
            break;
        m_connections.push_back(std::make_unique<Connection>());
        Connection *c = m_connections.back().get();
        assign(*c);
        open(*c);
    }
    if (!m_waiting.empty() && !m_retry->isActive())
        m_retry->start(1);
    m_inDispatch = false;
}

bool Http1Transport::waitingCostsMore() const
{
    const Waiting &w = m_waiting.front();
    if (monotonicNs() - w.handedNs < kPreferReuseNs)
        return false;
    const qint64 serving = std::max<qint64>(1, m_busy.size()); // the busy ones include those still opening
    const qint64 drainNs = static_cast<qint64>(m_waiting.size()) * m_answerNs.value(kPreferReuseNs) / serving;
    return drainNs > std::max(kPreferReuseNs, m_openNs.value(kPreferReuseNs));
}

void Http1Transport::assign(Connection &c)
{
    Waiting w = std::move(m_waiting.front());
    m_waiting.pop_front();
    c.id = w.id;
    c.head = m_plan->method == "HEAD";
    c.answer = TransportAnswer{};
    c.request = std::move(w.request);
    m_busy.insert(w.id, &c);
}

quint64 Http1Transport::send(const QByteArray &bearer, const QByteArray &body)
{
    QByteArray request;
    request.reserve(m_prefix.size() + bearer.size() + body.size() + 64);
    request += m_prefix;
    if (!bearer.isEmpty())
        request += "Authorization: Bearer " + bearer + "\r\n";
    if (!body.isEmpty() || m_plan->method == "POST" || m_plan->method == "PUT" || m_plan->method == "PATCH")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n";
    request += body;

    const quint64 id = m_nextId++;
    m_waiting.push_back(Waiting{id, std::move(request), monotonicNs()});
    // A connect refused at once, or a write that fails at once, reports from inside this call: the worker
    // learns of it after send returns (finish() posts it while m_inSend).
    m_inSend = true;
    dispatch();
    m_inSend = false;
    if (!m_waiting.empty() && m_waiting.back().id == id)
        ++m_waits;
    return id;
}

void Http1Transport::open(Connection &c)
{
    Connection *cp = &c;
    QTcpSocket *socket = m_tls ? new QSslSocket(m_owner) : new QTcpSocket(m_owner);
    c.socket = socket;
    c.connectStartNs = monotonicNs();
    c.opening = true;
    ++m_opening;
    auto ready = [this, cp]() {
        m_openNs.add(monotonicNs() - cp->connectStartNs);
        cp->ready = true;
        doneOpening(*cp);
        if (cp->id && !cp->request.isEmpty())
            writeRequest(*cp);
        dispatch(); // a slot for opening freed up
    };
    QObject::connect(socket, &QAbstractSocket::connected, m_owner, [this, cp, ready]() {
        cp->connectedNs = monotonicNs();
        cp->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        cp->answer.connectingNs = cp->connectedNs - cp->connectStartNs;
        if (!m_tls)
            ready();
    });
    QObject::connect(socket, &QIODevice::readyRead, m_owner, [this, cp]() { onReadable(cp); });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, m_owner, [this, cp]() { onSocketError(cp); });
    QObject::connect(socket, &QAbstractSocket::disconnected, m_owner, [this, cp]() { onSocketError(cp); });
    if (m_tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        QObject::connect(ssl, &QSslSocket::encrypted, m_owner, [this, cp, ready]() {
            cp->answer.tlsNs = monotonicNs() - cp->connectedNs;
            ready();
        });
        m_sessions.connect(*ssl, m_plan->ssl.value_or(QSslConfiguration::defaultConfiguration()), {}, m_host, m_port,
                           m_plan->proxy, m_owner);
    } else if (forwardsThroughProxy(*m_plan)) {
        socket->setProxy(QNetworkProxy::NoProxy); // to the proxy itself, which forwards the absolute-form request
        socket->connectToHost(m_plan->proxy.hostName(), m_plan->proxy.port());
    } else {
        socket->setProxy(m_plan->proxy); // none (direct), or SOCKS5
        socket->connectToHost(m_host, m_port);
    }
}

void Http1Transport::writeRequest(Connection &c)
{
    c.answer.bytesOut = c.request.size();
    c.answer.writtenNs = monotonicNs();
    c.socket->write(c.request);
    c.request.clear();
    c.socket->flush(); // out now, not at the next turn of the event loop
    c.answer.sendingNs = monotonicNs() - c.answer.writtenNs;
}

void Http1Transport::onReadable(Connection *c)
{
    if (!c->id) {
        close(c); // an idle connection spoke: closing (or broken); never reused
        return;
    }
    const QByteArray data = c->socket->readAll();
    if (c->answer.firstByteNs == 0 && !data.isEmpty())
        c->answer.firstByteNs = monotonicNs();
    c->answer.bytesIn += data.size();
    c->buffer.append(data);
    switch (c->parse()) {
    case Connection::Parsed::More:
        return;
    case Connection::Parsed::Done:
        finish(c, QNetworkReply::NoError);
        return;
    case Connection::Parsed::NotHttp:
        c->broken = true;
        finish(c, QNetworkReply::ProtocolFailure);
        return;
    }
}

void Http1Transport::onSocketError(Connection *c)
{
    c->broken = true;
    if (!c->id) {
        close(c); // an idle connection the server closed
        return;
    }
    const QAbstractSocket::SocketError error = c->socket->error();
    if (c->socket->bytesAvailable() > 0) { // what arrived with the close
        const quint64 id = c->id;
        onReadable(c);
        if (!m_busy.contains(id))
            return; // that was the whole answer (or not HTTP)
    }
    if (c->read == Connection::Read::UntilClose) {
        finish(c, QNetworkReply::NoError); // a body delimited by the close is whole now
        return;
    }
    // A certificate refused: which error of its verification (expired, unknown issuer, wrong host) goes with it.
    if (error == QAbstractSocket::SslHandshakeFailedError)
        if (auto *ssl = qobject_cast<QSslSocket *>(c->socket); ssl && !ssl->sslHandshakeErrors().isEmpty())
            c->answer.sslError = mostTelling(ssl->sslHandshakeErrors());
    // Closed before its answer was whole: no status (reset), or a status and half a body (cut short).
    finish(c, networkError(error));
}

void Http1Transport::finish(Connection *c, QNetworkReply::NetworkError error)
{
    const quint64 id = c->id;
    TransportAnswer answer = std::move(c->answer);
    c->answer = TransportAnswer{};
    m_busy.remove(id);
    c->id = 0;
    c->request.clear();
    const bool reuse = error == QNetworkReply::NoError && c->keepAlive && !c->broken &&
                       c->read == Connection::Read::Done && c->buffer.isEmpty();
    if (reuse) {
        c->resetParser();
        c->idleSinceNs = monotonicNs();
        m_idle.push_back(c);
    } else {
        close(c);
    }
    answer.error = error;
    if (error == QNetworkReply::NoError && answer.writtenNs > 0)
        m_answerNs.add(monotonicNs() - answer.writtenNs);
    if (m_inSend) {
        QMetaObject::invokeMethod(
            m_owner, [this, id, answer]() mutable { m_done(id, std::move(answer)); }, Qt::QueuedConnection);
        return;
    }
    m_done(id, std::move(answer));
    dispatch(); // an idle connection (or a slot for opening) for whoever waits
}

void Http1Transport::doneOpening(Connection &c)
{
    if (c.opening) {
        c.opening = false;
        --m_opening;
    }
}

void Http1Transport::abort(quint64 id)
{
    if (Connection *c = m_busy.value(id)) {
        finish(c, QNetworkReply::OperationCanceledError);
        return;
    }
    const auto waiting =
        std::find_if(m_waiting.begin(), m_waiting.end(), [id](const Waiting &w) { return w.id == id; });
    if (waiting != m_waiting.end()) { // still waiting for a connection: nothing was written
        m_waiting.erase(waiting);
        TransportAnswer answer;
        answer.error = QNetworkReply::OperationCanceledError;
        m_done(id, std::move(answer));
    }
}

void Http1Transport::close(Connection *c)
{
    doneOpening(*c);
    if (c->id)
        m_busy.remove(c->id);
    m_idle.erase(std::remove(m_idle.begin(), m_idle.end(), c), m_idle.end());
    if (c->socket) {
        c->socket->disconnect();
        c->socket->abort();
        c->socket->deleteLater();
    }
    const auto it = std::find_if(m_connections.begin(), m_connections.end(),
                                 [c](const std::unique_ptr<Connection> &p) { return p.get() == c; });
    if (it != m_connections.end()) {
        std::swap(*it, m_connections.back());
        m_connections.pop_back();
    }
}

void Http1Transport::trim(qint64 nowNs)
{
    // Oldest idle first; the ones used most recently stay warm.
    while (!m_idle.empty() && nowNs - m_idle.front()->idleSinceNs >= kIdleCloseNs)
        close(m_idle.front());
}

} // namespace canary
