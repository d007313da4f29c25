#include "tests/support/TestH2Server.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

#include <nghttp2/nghttp2.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace canary::test {

namespace {

QElapsedTimer &clock()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}

struct Request
{
    QByteArray method;
    QByteArray path;
    qint64 headersNs = 0;
    QByteArray answer;
    qsizetype answerSent = 0;
};

} // namespace

struct H2Target::Session
{
    H2Target *target = nullptr;
    QPointer<QSslSocket> socket;
    nghttp2_session *session = nullptr;
    QHash<int32_t, Request> requests;
    int streams = 0;
    bool goingAway = false;
    QList<int32_t> whole;   // requests that arrived whole in the last read
    QList<int32_t> refused; // arrived after the last stream this connection takes

    ~Session()
    {
        if (session)
            nghttp2_session_del(session);
    }

    void flush()
    {
        if (!socket)
            return;
        for (;;) {
            const uint8_t *data = nullptr;
            const ssize_t n = nghttp2_session_mem_send(session, &data);
            if (n <= 0)
                break;
            socket->write(reinterpret_cast<const char *>(data), n);
        }
        if (!nghttp2_session_want_read(session) && !nghttp2_session_want_write(session))
            socket->disconnectFromHost();
    }

    void answer(int32_t id)
    {
        auto it = requests.find(id);
        if (it == requests.end())
            return;
        QByteArray status = "202";
        if (it->method == "POST" && it->path == "/oauth/token") {
            it->answer = R"({"access_token":"h2-token-0001","token_type":"Bearer","expires_in":3600})";
            status = "200";
        } else if (it->path == "/health") {
            it->answer = R"({"status":"ok"})";
            status = "200";
        } else {
            it->answer = R"({"id":1,"status":"queued"})";
            ++target->m_answered;
        }
        const QByteArray length = QByteArray::number(it->answer.size());
        const QByteArray type = "application/json";
        nghttp2_nv fields[] = {
            {const_cast<uint8_t *>(reinterpret_cast<const uint8_t *>(":status")),
             reinterpret_cast<uint8_t *>(status.data()), 7, static_cast<size_t>(status.size()), NGHTTP2_NV_FLAG_NONE},
            {const_cast<uint8_t *>(reinterpret_cast<const uint8_t *>("content-type")),
             const_cast<uint8_t *>(reinterpret_cast<const uint8_t *>(type.constData())), 12,
             static_cast<size_t>(type.size()), NGHTTP2_NV_FLAG_NONE},
            {const_cast<uint8_t *>(reinterpret_cast<const uint8_t *>("content-length")),
             const_cast<uint8_t *>(reinterpret_cast<const uint8_t *>(length.constData())), 14,
             static_cast<size_t>(length.size()), NGHTTP2_NV_FLAG_NONE},
        };
        nghttp2_data_provider body;
        body.source.ptr = &*it;
        body.read_callback = [](nghttp2_session *, int32_t, uint8_t *buffer, size_t max, uint32_t *flags,
                                nghttp2_data_source *source, void *) -> ssize_t {
            auto *r = static_cast<Request *>(source->ptr);
            const auto n = std::min<qsizetype>(static_cast<qsizetype>(max), r->answer.size() - r->answerSent);
            std::memcpy(buffer, r->answer.constData() + r->answerSent, static_cast<size_t>(n));
            r->answerSent += n;
            if (r->answerSent == r->answer.size())
                *flags |= NGHTTP2_DATA_FLAG_EOF;
            return n;
        };
        nghttp2_submit_response(session, id, fields, std::size(fields), &body);
        flush();
    }

    void complete(int32_t id)
    {
        auto it = requests.find(id);
        if (it == requests.end())
            return;
        if (goingAway) {
            refused << id; // past the last stream this connection takes: never processed
            return;
        }
        if (++streams == target->m_options.goAwayAfter) {
            // This stream is the last this connection takes. The GOAWAY leaves 20 ms later, so that — as against a
            // real server a few network hops away — streams the client sent meanwhile are refused unprocessed.
            goingAway = true;
            QPointer<QSslSocket> alive = socket;
            QTimer::singleShot(20, socket, [this, id, alive] {
                if (!alive)
                    return;
                nghttp2_submit_goaway(session, NGHTTP2_FLAG_NONE, id, NGHTTP2_NO_ERROR, nullptr, 0);
                for (const int32_t late : std::as_const(refused))
                    nghttp2_submit_rst_stream(session, NGHTTP2_FLAG_NONE, late, NGHTTP2_REFUSED_STREAM);
                target->m_refused += static_cast<int>(refused.size());
                flush();
            });
        }
        if (target->m_options.delayMs <= 0) {
            answer(id);
            return;
        }
        QPointer<QSslSocket> alive = socket;
        QTimer::singleShot(target->m_options.delayMs, socket, [this, id, alive] {
            if (alive)
                answer(id);
        });
    }

    static int beginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        auto *s = static_cast<Session *>(user);
        if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST)
            s->requests[frame->hd.stream_id].headersNs = clock().nsecsElapsed();
        return 0;
    }

    static int header(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength,
                      const uint8_t *value, size_t valueLength, uint8_t, void *user)
    {
        auto *s = static_cast<Session *>(user);
        const QByteArray n(reinterpret_cast<const char *>(name), static_cast<qsizetype>(nameLength));
        const QByteArray v(reinterpret_cast<const char *>(value), static_cast<qsizetype>(valueLength));
        Request &r = s->requests[frame->hd.stream_id];
        if (n == ":method")
            r.method = v;
        else if (n == ":path")
            r.path = v;
        return 0;
    }

    // A request is whole at its END_STREAM: how long it took to arrive is noted now; it is answered once the
    // session is out of its callbacks.
    static int frameReceived(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        auto *s = static_cast<Session *>(user);
        if ((frame->hd.type != NGHTTP2_HEADERS && frame->hd.type != NGHTTP2_DATA) ||
            !(frame->hd.flags & NGHTTP2_FLAG_END_STREAM) || !s->requests.contains(frame->hd.stream_id))
            return 0;
        const int32_t id = frame->hd.stream_id;
        const Request &r = s->requests[id];
        if (r.path != "/oauth/token" && r.path != "/health")
            s->target->m_spreads << clock().nsecsElapsed() - r.headersNs;
        int open = 0;
        for (const Request &each : std::as_const(s->requests))
            open += each.answer.isEmpty() ? 1 : 0;
        s->target->m_maxConcurrent = std::max(s->target->m_maxConcurrent, open);
        s->whole << id;
        return 0;
    }

    static int streamClosed(nghttp2_session *, int32_t id, uint32_t, void *user)
    {
        static_cast<Session *>(user)->requests.remove(id);
        return 0;
    }
};

H2Target::H2Target(const SelfSigned &identity, Options options, QObject *parent) : QObject(parent), m_options(options)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(identity.certPem));
    config.setPrivateKey(QSslKey(identity.keyPem, QSsl::Ec, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2});
    m_server.setSslConfiguration(config);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
            if (socket->sslConfiguration().nextNegotiatedProtocol() != QSslConfiguration::ALPNProtocolHTTP2) {
                socket->disconnectFromHost(); // h2 only
                continue;
            }
            ++m_connections;
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto *s = new Session;
            s->target = this;
            s->socket = socket;
            m_sessions << s;
            nghttp2_session_callbacks *callbacks = nullptr;
            nghttp2_session_callbacks_new(&callbacks);
            nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Session::beginHeaders);
            nghttp2_session_callbacks_set_on_header_callback(callbacks, &Session::header);
            nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Session::frameReceived);
            nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Session::streamClosed);
            nghttp2_session_server_new(&s->session, callbacks, s);
            nghttp2_session_callbacks_del(callbacks);
            const nghttp2_settings_entry settings[] = {
                {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, static_cast<uint32_t>(m_options.maxStreams)}};
            nghttp2_submit_settings(s->session, NGHTTP2_FLAG_NONE, settings, std::size(settings));
            s->flush();
            connect(socket, &QSslSocket::readyRead, socket, [s] {
                const QByteArray bytes = s->socket->readAll();
                if (nghttp2_session_mem_recv(s->session, reinterpret_cast<const uint8_t *>(bytes.constData()),
                                             static_cast<size_t>(bytes.size())) < 0) {
                    s->socket->disconnectFromHost();
                    return;
                }
                const QList<int32_t> whole = std::exchange(s->whole, {});
                for (const int32_t id : whole)
                    s->complete(id);
                s->flush();
            });
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

H2Target::~H2Target()
{
    for (Session *s : std::as_const(m_sessions)) {
        if (s->socket)
            s->socket->disconnect();
        delete s;
    }
}

bool H2Target::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QString H2Target::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort());
}

} // namespace canary::test
