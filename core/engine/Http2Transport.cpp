#include "core/engine/Http2Transport.h"

#include "core/engine/Http1Transport.h"

#include <QMetaObject>
#include <QSslSocket>
#include <QTimer>

#include <nghttp2/nghttp2.h>

#include <algorithm>
#include <cstring>

namespace canary {

namespace {

// A frame's bytes on the wire: its 9-byte header and its payload.
constexpr qint64 kFrameHeaderBytes = 9;
// How often a refused stream goes again before its refusal is its answer.
constexpr int kMaxRefusals = 2;

// Connection-specific header fields have no place in HTTP/2 (RFC 9113 §8.2.2); Host becomes :authority.
bool notForHttp2(const QByteArray &lowerName)
{
    return lowerName == "host" || lowerName == "connection" || lowerName == "keep-alive" ||
           lowerName == "proxy-connection" || lowerName == "transfer-encoding" || lowerName == "upgrade" ||
           lowerName == "te" || lowerName == "content-length";
}

nghttp2_nv field(const QByteArray &name, const QByteArray &value)
{
    // nghttp2 copies both while submitting (no NO_COPY flags): the byte arrays need not outlive the call.
    return nghttp2_nv{reinterpret_cast<uint8_t *>(const_cast<char *>(name.constData())),
                      reinterpret_cast<uint8_t *>(const_cast<char *>(value.constData())),
                      static_cast<size_t>(name.size()), static_cast<size_t>(value.size()), NGHTTP2_NV_FLAG_NONE};
}

} // namespace

struct Http2Transport::Stream
{
    quint64 id = 0;
    QByteArray bearer;
    QByteArray body;
    qsizetype bodySent = 0;
    qint64 handedNs = 0;
    Connection *connection = nullptr;
    int32_t streamId = 0; // 0 = not yet submitted
    int refusals = 0;     // times a server refused it unprocessed: a server refusing everything is an error, not a loop
    TransportAnswer answer;
};

struct Http2Transport::Connection
{
    Http2Transport *transport = nullptr;
    QSslSocket *socket = nullptr;
    nghttp2_session *session = nullptr;
    bool ready = false;   // h2 negotiated, the session made: streams can be submitted
    bool opening = false; // counted in m_opening until ready or closed
    bool goaway = false;  // the server said GOAWAY: no new streams here
    bool inRead = false;  // inside nghttp2_session_mem_recv: writes wait until it returns
    qint64 connectStartNs = 0;
    qint64 connectedNs = 0;
    qint64 connectingNs = 0;
    qint64 tlsNs = 0;
    bool phasesGiven = false; // the first request written on it carries its connect and handshake
    qint64 idleSinceNs = 0;
    qint64 readNs = 0;                 // when the bytes being read arrived
    qint64 writeNs = 0;                // when the bytes being written went out
    std::vector<Stream *> streams;     // on this connection: submitted, or queued until it is ready
    std::vector<Stream *> justWritten; // whose HEADERS the current write carries

    ~Connection()
    {
        if (session)
            nghttp2_session_del(session);
    }

    Stream *stream(int32_t id) const
    {
        return static_cast<Stream *>(nghttp2_session_get_stream_user_data(session, id));
    }

    void forget(Stream *s) { streams.erase(std::remove(streams.begin(), streams.end(), s), streams.end()); }

    static int beginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        auto *c = static_cast<Connection *>(user);
        if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_RESPONSE)
            if (Stream *s = c->stream(frame->hd.stream_id); s && s->answer.firstByteNs == 0) {
                s->answer.firstByteNs = c->readNs;
                s->answer.http2 = true;
            }
        return 0;
    }

    static int header(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength,
                      const uint8_t *value, size_t valueLength, uint8_t, void *user)
    {
        auto *c = static_cast<Connection *>(user);
        if (frame->hd.type != NGHTTP2_HEADERS || nameLength != 7 || std::memcmp(name, ":status", 7) != 0)
            return 0;
        if (Stream *s = c->stream(frame->hd.stream_id)) {
            bool ok = false;
            const int status =
                QByteArray::fromRawData(reinterpret_cast<const char *>(value), static_cast<qsizetype>(valueLength))
                    .toInt(&ok);
            s->answer.status = ok ? status : 0; // an interim 1xx is followed by the final one
        }
        return 0;
    }

    static int data(nghttp2_session *, uint8_t, int32_t id, const uint8_t *bytes, size_t length, void *user)
    {
        if (Stream *s = static_cast<Connection *>(user)->stream(id))
            s->answer.takeBody(reinterpret_cast<const char *>(bytes), static_cast<qint64>(length), kMaxBodyBytes);
        return 0;
    }

    static int frameReceived(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        auto *c = static_cast<Connection *>(user);
        if (frame->hd.type == NGHTTP2_GOAWAY)
            c->goaway = true;
        if (frame->hd.stream_id != 0)
            if (Stream *s = c->stream(frame->hd.stream_id))
                s->answer.bytesIn += kFrameHeaderBytes + static_cast<qint64>(frame->hd.length);
        return 0;
    }

    static int frameSent(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        auto *c = static_cast<Connection *>(user);
        if (frame->hd.stream_id == 0)
            return 0;
        Stream *s = c->stream(frame->hd.stream_id);
        if (!s)
            return 0;
        s->answer.bytesOut += kFrameHeaderBytes + static_cast<qint64>(frame->hd.length);
        if (frame->hd.type == NGHTTP2_HEADERS && s->answer.writtenNs == 0) {
            s->answer.writtenNs = c->writeNs;
            if (!c->phasesGiven) { // k6's phases: the request that opened the connection carries them
                c->phasesGiven = true;
                s->answer.connectingNs = c->connectingNs;
                s->answer.tlsNs = c->tlsNs;
            }
            c->justWritten.push_back(s);
        }
        return 0;
    }

    static int streamClosed(nghttp2_session *session, int32_t id, uint32_t errorCode, void *user)
    {
        auto *c = static_cast<Connection *>(user);
        Stream *s = c->stream(id);
        if (!s)
            return 0; // aborted by us: already answered
        nghttp2_session_set_stream_user_data(session, id, nullptr);
        c->forget(s);
        if (c->streams.empty())
            c->idleSinceNs = c->readNs;
        if (errorCode == NGHTTP2_REFUSED_STREAM && ++s->refusals <= kMaxRefusals) {
            // Refused unprocessed (past a GOAWAY's last stream, or by RST_STREAM REFUSED_STREAM): the server did
            // nothing with it, so it may go again (RFC 9113 §8.7) — on another connection, timed anew.
            c->transport->m_refused.push_back(s);
            return 0;
        }
        // Closed cleanly after a final status: the whole answer. Reset otherwise: no answer or one cut short —
        // possibly processed, so never sent again.
        const QNetworkReply::NetworkError error = errorCode != NGHTTP2_NO_ERROR ? QNetworkReply::RemoteHostClosedError
                                                  : s->answer.status >= 200     ? QNetworkReply::NoError
                                                                                : QNetworkReply::ProtocolFailure;
        c->transport->m_answered.emplace_back(s, error);
        return 0;
    }

    // A request's HEADERS that cannot go (the server said GOAWAY before it left) was never written: it goes again
    // elsewhere. One aborted before it left is not sent at all.
    static int notSent(nghttp2_session *session, const nghttp2_frame *frame, int, void *user)
    {
        auto *c = static_cast<Connection *>(user);
        if (frame->hd.type != NGHTTP2_HEADERS)
            return 0;
        if (Stream *s = c->stream(frame->hd.stream_id)) {
            nghttp2_session_set_stream_user_data(session, frame->hd.stream_id, nullptr);
            c->forget(s);
            c->transport->m_refused.push_back(s);
        }
        return 0;
    }

    static int beforeSend(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        auto *c = static_cast<Connection *>(user);
        if (frame->hd.type == NGHTTP2_HEADERS && frame->hd.stream_id != 0 && !c->stream(frame->hd.stream_id))
            return NGHTTP2_ERR_CANCEL;
        return 0;
    }

    static ssize_t readBody(nghttp2_session *, int32_t, uint8_t *buffer, size_t length, uint32_t *flags,
                            nghttp2_data_source *source, void *)
    {
        auto *s = static_cast<Stream *>(source->ptr);
        const auto n = std::min<qsizetype>(static_cast<qsizetype>(length), s->body.size() - s->bodySent);
        std::memcpy(buffer, s->body.constData() + s->bodySent, static_cast<size_t>(n));
        s->bodySent += n;
        if (s->bodySent == s->body.size())
            *flags |= NGHTTP2_DATA_FLAG_EOF;
        return n;
    }
};

Http2Transport::Http2Transport(std::shared_ptr<const RequestPlan> plan, Done done, QObject *owner)
    : m_plan(std::move(plan)), m_done(std::move(done)), m_owner(owner), m_retry(new QTimer(owner))
{
    m_host = m_plan->url.host();
    m_port = static_cast<quint16>(m_plan->url.port(443));
    m_authority = m_plan->url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1();
    m_path = m_plan->url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (m_path.isEmpty())
        m_path = "/";
    m_retry->setSingleShot(true);
    QObject::connect(m_retry, &QTimer::timeout, owner, [this]() { dispatch(); });
}

Http2Transport::~Http2Transport()
{
    m_retry->disconnect();
    delete m_retry;
    for (const auto &c : m_connections) {
        c->socket->disconnect();
        c->socket->abort();
        delete c->socket;
    }
    qDeleteAll(m_streams);
}

int Http2Transport::connections() const
{
    return static_cast<int>(m_connections.size()) + (m_fallback ? m_fallback->connections() : 0);
}

quint64 Http2Transport::waits() const
{
    return m_waits + (m_fallback ? m_fallback->waits() : 0);
}

int Http2Transport::capacity(const Connection &c) const
{
    if (c.goaway)
        return 0;
    const uint32_t theirs =
        c.session ? nghttp2_session_get_remote_settings(c.session, NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS)
                  : static_cast<uint32_t>(kMaxStreams);
    return std::max(0, static_cast<int>(std::min<uint32_t>(theirs, kMaxStreams)) - static_cast<int>(c.streams.size()));
}

quint64 Http2Transport::send(const QByteArray &bearer, const QByteArray &body)
{
    const quint64 id = m_nextId++;
    if (m_fallback) { // it posts, never answers inside send, what fails at once
        const quint64 theirs = m_fallback->send(bearer, body);
        m_fallbackIds.insert(theirs, id);
        m_ourFallback.insert(id, theirs);
        return id;
    }
    auto *s = new Stream;
    s->id = id;
    s->bearer = bearer;
    s->body = body;
    s->handedNs = monotonicNs();
    m_streams.insert(id, s);
    m_waiting.push_back(s);
    // What fails at once (a refused connect, a session that cannot take the stream) is posted, not answered
    // inside this call: the worker learns of it after send returns.
    m_inSend = true;
    dispatch();
    m_inSend = false;
    if (!m_waiting.empty() && m_waiting.back() == s)
        ++m_waits;
    return id;
}

// Streams fill the connections there are (the first with room); a new connection is opened only when every one is
// full — at most kMaxOpening at once, each counted for kMaxStreams while it opens — so a burst of waiting requests
// never becomes a burst of handshakes.
void Http2Transport::dispatch()
{
    while (!m_waiting.empty()) {
        Connection *target = nullptr;
        for (const auto &c : m_connections)
            if (capacity(*c) > 0) {
                target = c.get();
                break;
            }
        if (!target) {
            if (m_opening >= kMaxOpening)
                break;
            target = open();
            if (!target)
                break;
        }
        Stream *s = m_waiting.front();
        m_waiting.pop_front();
        s->connection = target;
        target->streams.push_back(s);
        if (target->ready)
            submit(*target, *s);
    }
    for (Connection *c : live())
        if (c->ready)
            flush(*c); // may close it
    deliver();
    if (!m_waiting.empty() && !m_retry->isActive())
        m_retry->start(1);
}

Http2Transport::Connection *Http2Transport::open()
{
    m_connections.push_back(std::make_unique<Connection>());
    Connection *c = m_connections.back().get();
    c->transport = this;
    auto *socket = new QSslSocket(m_owner);
    c->socket = socket;
    c->connectStartNs = monotonicNs();
    c->opening = true;
    ++m_opening;
    QObject::connect(socket, &QAbstractSocket::connected, m_owner, [this, c]() {
        c->connectedNs = monotonicNs();
        c->connectingNs = c->connectedNs - c->connectStartNs;
        // A request's frames go out in one write, and at once: no Nagle delay waiting for an ACK the server delays.
        c->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    });
    QObject::connect(socket, &QSslSocket::encrypted, m_owner, [this, c]() { onEncrypted(c); });
    QObject::connect(socket, &QIODevice::readyRead, m_owner, [this, c]() { onReadable(c); });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, m_owner, [this, c]() { onSocketError(c); });
    QObject::connect(socket, &QAbstractSocket::disconnected, m_owner, [this, c]() { onSocketError(c); });
    // h2 by ALPN, HTTP/1.1 offered too: a server without h2 still answers (over Http1Transport).
    m_sessions.connect(*socket, m_plan->ssl.value_or(QSslConfiguration::defaultConfiguration()),
                       {QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1}, m_host, m_port,
                       m_plan->proxy, m_owner);
    return c;
}

void Http2Transport::onEncrypted(Connection *c)
{
    c->tlsNs = monotonicNs() - c->connectedNs;
    if (c->opening) {
        c->opening = false;
        --m_opening;
    }
    if (c->socket->sslConfiguration().nextNegotiatedProtocol() != QSslConfiguration::ALPNProtocolHTTP2) {
        fallBack(c);
        return;
    }
    nghttp2_session_callbacks *callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Connection::beginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &Connection::header);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Connection::data);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Connection::frameReceived);
    nghttp2_session_callbacks_set_on_frame_send_callback(callbacks, &Connection::frameSent);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Connection::streamClosed);
    nghttp2_session_callbacks_set_on_frame_not_send_callback(callbacks, &Connection::notSent);
    nghttp2_session_callbacks_set_before_frame_send_callback(callbacks, &Connection::beforeSend);
    nghttp2_option *option = nullptr;
    nghttp2_option_new(&option);
    // Until the server's SETTINGS say otherwise, as many streams as this client ever puts on one connection.
    nghttp2_option_set_peer_max_concurrent_streams(option, kMaxStreams);
    const int made = nghttp2_session_client_new2(&c->session, callbacks, c, option);
    nghttp2_option_del(option);
    nghttp2_session_callbacks_del(callbacks);
    if (made != 0) {
        close(c, QNetworkReply::ProtocolFailure);
        deliver();
        return;
    }
    // No pushes; windows wide enough that an answer never waits for a WINDOW_UPDATE round trip.
    const nghttp2_settings_entry settings[] = {{NGHTTP2_SETTINGS_ENABLE_PUSH, 0},
                                               {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, 4 * 1024 * 1024}};
    nghttp2_submit_settings(c->session, NGHTTP2_FLAG_NONE, settings, std::size(settings));
    nghttp2_session_set_local_window_size(c->session, NGHTTP2_FLAG_NONE, 0, 64 * 1024 * 1024);
    c->ready = true;
    c->idleSinceNs = monotonicNs();
    for (Stream *s : std::vector<Stream *>(c->streams))
        submit(*c, *s);
    flush(*c); // the preface, the settings and every queued request in one write
    deliver();
    dispatch();
}

void Http2Transport::submit(Connection &c, Stream &s)
{
    std::vector<QByteArray> names, values; // alive until nghttp2 has copied them
    names.reserve(m_plan->headers.size() + 6);
    values.reserve(m_plan->headers.size() + 6);
    auto add = [&](QByteArray name, QByteArray value) {
        names.push_back(std::move(name));
        values.push_back(std::move(value));
    };
    add(":method", m_plan->method);
    add(":scheme", "https");
    add(":authority", m_authority);
    add(":path", m_path);
    for (const auto &[name, value] : m_plan->headers) {
        QByteArray lower = name.toLower();
        if (!notForHttp2(lower))
            add(std::move(lower), value);
    }
    if (!s.bearer.isEmpty())
        add("authorization", "Bearer " + s.bearer);
    const bool hasBody =
        !s.body.isEmpty() || m_plan->method == "POST" || m_plan->method == "PUT" || m_plan->method == "PATCH";
    if (hasBody)
        add("content-length", QByteArray::number(s.body.size()));
    std::vector<nghttp2_nv> fields;
    fields.reserve(names.size());
    for (size_t i = 0; i < names.size(); ++i)
        fields.push_back(field(names[i], values[i]));
    nghttp2_data_provider provider;
    provider.source.ptr = &s;
    provider.read_callback = &Connection::readBody;
    const int32_t id = nghttp2_submit_request(c.session, nullptr, fields.data(), fields.size(),
                                              s.body.isEmpty() ? nullptr : &provider, &s);
    if (id < 0) {
        c.forget(&s);
        m_answered.emplace_back(&s, QNetworkReply::ProtocolFailure);
        return;
    }
    s.streamId = id;
}

bool Http2Transport::flush(Connection &c)
{
    if (c.inRead || !c.session)
        return true; // after the read: what it made (acknowledgements, window updates) goes out with what follows
    QByteArray out;
    c.writeNs = monotonicNs();
    for (;;) {
        const uint8_t *data = nullptr;
        const ssize_t n = nghttp2_session_mem_send(c.session, &data);
        if (n < 0) {
            close(&c, QNetworkReply::ProtocolFailure);
            return false;
        }
        if (n == 0)
            break;
        out.append(reinterpret_cast<const char *>(data), n);
    }
    if (!out.isEmpty()) {
        c.socket->write(out);
        c.socket->flush(); // out now, not at the next turn of the event loop
    }
    const qint64 after = monotonicNs();
    for (Stream *s : c.justWritten)
        s->answer.sendingNs = after - s->answer.writtenNs;
    c.justWritten.clear();
    if (!nghttp2_session_want_read(c.session) && !nghttp2_session_want_write(c.session)) {
        close(&c, QNetworkReply::RemoteHostClosedError); // GOAWAY done: nothing more comes or goes here
        return false;
    }
    return true;
}

void Http2Transport::onReadable(Connection *c)
{
    read(c);
    deliver();
    dispatch(); // room freed on a connection for whoever waits
}

// Feeds what arrived to the session; false when that closed the connection (c is gone then).
bool Http2Transport::read(Connection *c)
{
    const QByteArray bytes = c->socket->readAll();
    if (bytes.isEmpty() || !c->session)
        return true;
    c->readNs = monotonicNs();
    c->inRead = true;
    const ssize_t read = nghttp2_session_mem_recv(c->session, reinterpret_cast<const uint8_t *>(bytes.constData()),
                                                  static_cast<size_t>(bytes.size()));
    c->inRead = false;
    if (read < 0) {
        close(c, QNetworkReply::ProtocolFailure); // not HTTP/2, or a session error: its streams fail
        return false;
    }
    return flush(*c);
}

void Http2Transport::onSocketError(Connection *c)
{
    QNetworkReply::NetworkError error = networkError(c->socket->error());
    QSslError::SslError sslError = QSslError::NoError;
    if (c->socket->error() == QAbstractSocket::SslHandshakeFailedError && !c->socket->sslHandshakeErrors().isEmpty())
        sslError = mostTelling(c->socket->sslHandshakeErrors());
    if (c->socket->bytesAvailable() > 0 && !read(c)) { // what arrived with the close ended it
        deliver();
        dispatch();
        return;
    }
    for (Stream *s : c->streams)
        s->answer.sslError = sslError;
    close(c, error);
    deliver();
    dispatch();
}

void Http2Transport::fallBack(Connection *c)
{
    // The server chose HTTP/1.1: from now on every request goes over Http1Transport (which opens its own
    // connections); the ones queued here were never written and are handed to it unchanged.
    m_fallback = std::make_unique<Http1Transport>(
        m_plan,
        [this](quint64 theirs, TransportAnswer &&answer) {
            const quint64 ours = m_fallbackIds.take(theirs);
            m_ourFallback.remove(ours);
            if (ours)
                m_done(ours, std::move(answer));
        },
        m_owner);
    m_fallback->setClock(clock());
    std::vector<Stream *> pending(c->streams);
    c->streams.clear();
    for (Stream *s : m_waiting)
        pending.push_back(s);
    m_waiting.clear();
    for (const auto &other : m_connections) { // the others are still opening: nothing on them was written
        pending.insert(pending.end(), other->streams.begin(), other->streams.end());
        other->streams.clear();
    }
    while (!m_connections.empty())
        close(m_connections.back().get(), QNetworkReply::NoError);
    for (Stream *s : pending) {
        m_streams.remove(s->id);
        const quint64 theirs = m_fallback->send(s->bearer, s->body);
        m_fallbackIds.insert(theirs, s->id);
        m_ourFallback.insert(s->id, theirs);
        delete s;
    }
}

void Http2Transport::close(Connection *c, QNetworkReply::NetworkError error)
{
    if (c->opening) {
        c->opening = false;
        --m_opening;
    }
    for (Stream *s : c->streams) {
        if (c->session && s->streamId > 0)
            nghttp2_session_set_stream_user_data(c->session, s->streamId, nullptr);
        s->connection = nullptr;
        m_answered.emplace_back(s, error);
    }
    c->streams.clear();
    c->socket->disconnect();
    c->socket->abort();
    c->socket->deleteLater();
    const auto it = std::find_if(m_connections.begin(), m_connections.end(),
                                 [c](const std::unique_ptr<Connection> &p) { return p.get() == c; });
    if (it != m_connections.end()) {
        std::swap(*it, m_connections.back());
        m_connections.pop_back();
    }
}

// Answers collected in a read (or a close) go to the worker once the session is out of its callbacks: the worker
// may send again from its handler.
void Http2Transport::deliver()
{
    // The refused go back to the front of the line, in their order, as if just handed over.
    for (auto it = m_refused.rbegin(); it != m_refused.rend(); ++it) {
        Stream *s = *it;
        s->connection = nullptr;
        s->streamId = 0;
        s->bodySent = 0;
        s->answer = TransportAnswer{};
        m_waiting.push_front(s);
    }
    m_refused.clear();
    while (!m_answered.empty()) {
        std::vector<std::pair<Stream *, QNetworkReply::NetworkError>> batch;
        batch.swap(m_answered);
        for (auto &[s, error] : batch) {
            const quint64 id = s->id;
            TransportAnswer answer = std::move(s->answer);
            answer.error = error;
            m_streams.remove(id);
            delete s;
            if (m_inSend) {
                QMetaObject::invokeMethod(
                    m_owner, [this, id, answer]() mutable { m_done(id, std::move(answer)); }, Qt::QueuedConnection);
                continue;
            }
            m_done(id, std::move(answer));
        }
    }
}

void Http2Transport::abort(quint64 id)
{
    if (m_fallback && m_ourFallback.contains(id)) {
        m_fallback->abort(m_ourFallback.value(id)); // answers synchronously, through the mapping
        return;
    }
    Stream *s = m_streams.value(id);
    if (!s)
        return;
    if (Connection *c = s->connection) {
        c->forget(s);
        if (c->session && s->streamId > 0) {
            nghttp2_session_set_stream_user_data(c->session, s->streamId, nullptr);
            nghttp2_submit_rst_stream(c->session, NGHTTP2_FLAG_NONE, s->streamId, NGHTTP2_CANCEL);
            flush(*c);
        }
    } else {
        m_waiting.erase(std::remove(m_waiting.begin(), m_waiting.end(), s), m_waiting.end());
    }
    m_answered.emplace_back(s, QNetworkReply::OperationCanceledError);
    const bool inSend = m_inSend;
    m_inSend = false; // done before abort returns
    deliver();
    m_inSend = inSend;
}

std::vector<Http2Transport::Connection *> Http2Transport::live() const
{
    std::vector<Connection *> all;
    all.reserve(m_connections.size());
    for (const auto &c : m_connections)
        all.push_back(c.get());
    return all;
}

void Http2Transport::trim(qint64 nowNs)
{
    // A connection without streams, idle kIdleCloseNs, is closed; the busy ones stay.
    for (Connection *c : live())
        if (c->ready && c->streams.empty() && nowNs - c->idleSinceNs >= kIdleCloseNs)
            close(c, QNetworkReply::NoError);
    if (m_fallback)
        m_fallback->trim(nowNs);
}

} // namespace canary
