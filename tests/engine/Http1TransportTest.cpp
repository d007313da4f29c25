// The lean HTTP/1.1 transport against a scripted loopback server that answers each request with bytes the
// test chooses (split into as many writes as it likes): framing (Content-Length, chunked with trailers, a
// close-delimited HTTP/1.0 body, interim 100 answers, HEAD and 204), keep-alive reuse and Connection: close,
// answers that are not HTTP, the exact request bytes, the byte counts and the phase times.
#include "core/engine/Http1Transport.h"

#include "core/common/Clock.h"
#include "core/scenario/ScenarioLoader.h"
#include "tests/support/TestTls.h"
#include "tests/support/TestUtil.h"

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <map>

using namespace canary;
using namespace canary::test;

namespace {

// One scripted answer: the pieces are written one event-loop turn apart; close = close after the last.
struct Script
{
    QList<QByteArray> pieces;
    bool close = false;
};

class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(QList<Script> scripts) : m_scripts(std::move(scripts))
    {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections = 0;
    QList<QByteArray> requests; // each whole request as it arrived
    qint64 bytesWritten = 0;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qint64 length = 0;
            for (const QByteArray &line : buf.left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buf.size() < end + 4 + length)
                return;
            requests << buf.left(end + 4 + length);
            buf.remove(0, end + 4 + length);
            answer(s, m_scripts.value(requests.size() - 1));
        }
    }
    void answer(QTcpSocket *s, const Script &script)
    {
        int delay = 0;
        for (const QByteArray &piece : script.pieces) {
            QTimer::singleShot(delay++ * 5, s, [this, s, piece] {
                bytesWritten += piece.size();
                s->write(piece);
                s->flush();
            });
        }
        if (script.close)
            QTimer::singleShot(delay * 5, s, [s] { s->disconnectFromHost(); });
    }

    QTcpServer m_server;
    QList<Script> m_scripts;
    std::map<QTcpSocket *, QByteArray> m_buffers;
};

std::shared_ptr<RequestPlan> planFor(quint16 port, const QString &method = QStringLiteral("POST"))
{
    Scenario s =
        ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json")))
            .value();
    s.target.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    s.target.path = QStringLiteral("/api/v1/notifications?x=1");
    s.target.method = method;
    return std::make_shared<RequestPlan>(RequestPlan::fromScenario(s, QStringLiteral("CanaryDesk/test")).value());
}

// The seed scenario aimed at an HTTPS target whose certificate is trusted by the scenario's caBundle (in dir).
std::shared_ptr<RequestPlan> tlsPlanFor(const TlsTarget &target, const SelfSigned &identity, const QTemporaryDir &dir)
{
    writeFile(dir.filePath(QStringLiteral("ca.pem")), identity.certPem);
    Scenario s =
        ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json")))
            .value();
    s.target.baseUrl = target.baseUrl();
    s.target.caBundle = dir.filePath(QStringLiteral("ca.pem"));
    return std::make_shared<RequestPlan>(RequestPlan::fromScenario(s, QStringLiteral("t")).value());
}

struct Client
{
    explicit Client(std::shared_ptr<RequestPlan> plan)
        : transport(
              std::move(plan), [this](quint64 id, TransportAnswer &&a) { answers[id] = std::move(a); }, &owner)
    {
    }
    // Sends and waits for the answer.
    TransportAnswer exchange(const QByteArray &body = "{\"n\":1}")
    {
        const quint64 id = transport.send("tok", body);
        EXPECT_FALSE(answers.contains(id)) << "never answered inside send";
        EXPECT_TRUE(waitUntil([&] { return answers.contains(id); }, 5000));
        return answers.take(id);
    }
    QObject owner;
    QHash<quint64, TransportAnswer> answers;
    Http1Transport transport;
};

QByteArray json202(const QByteArray &body = "{\"status\":\"queued\"}")
{
    return "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

TEST(Http1Transport, WritesTheRequestOnceWithItsTokenAndLength)
{
    ScriptedServer server({Script{{json202()}}});
    Client client(planFor(server.port()));
    const TransportAnswer a = client.exchange("{\"n\":1}");
    ASSERT_EQ(server.requests.size(), 1);
    const QByteArray r = server.requests.first();
    EXPECT_TRUE(r.startsWith(
        "POST /api/v1/notifications?x=1 HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()) + "\r\n"))
        << r.toStdString();
    EXPECT_TRUE(r.contains("\r\nAuthorization: Bearer tok\r\n"));
    EXPECT_TRUE(r.contains("\r\nContent-Length: 7\r\n"));
    EXPECT_TRUE(r.contains("\r\nUser-Agent: CanaryDesk/test\r\n"));
    EXPECT_TRUE(r.endsWith("\r\n\r\n{\"n\":1}"));
    EXPECT_EQ(a.bytesOut, r.size());
    EXPECT_EQ(a.error, QNetworkReply::NoError);
    EXPECT_EQ(a.status, 202);
    EXPECT_EQ(a.body, QByteArray("{\"status\":\"queued\"}"));
    EXPECT_EQ(a.bytesIn, server.bytesWritten);
    EXPECT_GT(a.writtenNs, 0);
    EXPECT_GT(a.connectingNs, 0) << "a new connection was timed";
}

TEST(Http1Transport, KeepsTheConnectionAliveUnlessTheServerSaysClose)
{
    const QByteArray closing = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok";
    ScriptedServer server({Script{{json202()}}, Script{{json202()}}, Script{{closing}, true}, Script{{json202()}}});
    Client client(planFor(server.port()));
    EXPECT_EQ(client.exchange().status, 202);
    const TransportAnswer second = client.exchange();
    EXPECT_EQ(second.status, 202);
    EXPECT_EQ(second.connectingNs, 0) << "the same connection, not a new one";
    EXPECT_EQ(server.connections, 1);
    EXPECT_EQ(client.exchange().status, 200);
    EXPECT_EQ(client.exchange().status, 202);
    EXPECT_EQ(server.connections, 2) << "Connection: close was honoured";
    EXPECT_EQ(server.requests.size(), 4) << "nothing sent twice";
}

TEST(Http1Transport, ReadsEveryFramingWhateverThePiecesTheBytesArriveIn)
{
    const QByteArray chunked = "HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "5;ext=1\r\n{\"sta\r\n10\r\ntus\":\"queued\"}  \r\n0\r\nX-Trailer: 1\r\n\r\n";
    QList<QByteArray> bytewise;
    for (char c : chunked)
        bytewise << QByteArray(1, c);
    const QByteArray interim = "HTTP/1.1 100 Continue\r\n\r\n" + json202();
    const QByteArray http10 = "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"status\":\"queued\"}";
    ScriptedServer server(
        {Script{bytewise}, Script{{interim.left(10), interim.mid(10, 30), interim.mid(40)}}, Script{{http10}, true}});
    Client client(planFor(server.port()));
    const TransportAnswer a = client.exchange();
    EXPECT_EQ(a.error, QNetworkReply::NoError);
    EXPECT_EQ(a.status, 202);
    EXPECT_EQ(a.body, QByteArray("{\"status\":\"queued\"}  "));
    EXPECT_EQ(a.bytesIn, chunked.size()) << "the wire bytes, framing included";
    const TransportAnswer b = client.exchange();
    EXPECT_EQ(b.status, 202) << "the interim 100 is not the answer";
    EXPECT_EQ(b.body, QByteArray("{\"status\":\"queued\"}"));
    const TransportAnswer c = client.exchange();
    EXPECT_EQ(c.error, QNetworkReply::NoError) << "an HTTP/1.0 body ends with its connection";
    EXPECT_EQ(c.status, 200);
    EXPECT_EQ(c.body, QByteArray("{\"status\":\"queued\"}"));
}

TEST(Http1Transport, NoBodyFollowsAHeadOrA204AndTheConnectionStaysUsable)
{
    ScriptedServer server({Script{{"HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n"}}, Script{{json202()}}});
    Client client(planFor(server.port()));
    const TransportAnswer a = client.exchange();
    EXPECT_EQ(a.status, 204);
    EXPECT_EQ(a.bodyBytes, 0);
    EXPECT_EQ(client.exchange().status, 202);
    EXPECT_EQ(server.connections, 1);

    ScriptedServer heads({Script{{"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"}}});
    Client head(planFor(heads.port(), QStringLiteral("HEAD")));
    const TransportAnswer h = head.exchange({});
    EXPECT_EQ(h.status, 200) << "a HEAD answer's Content-Length announces a body that never comes";
    EXPECT_FALSE(heads.requests.value(0).contains("Content-Length")) << "a HEAD has no body to announce";
}

TEST(Http1Transport, WhatIsNotHttpOrEndsEarlyIsAnErrorAndIsNeverSentAgain)
{
    ScriptedServer server({Script{{"SSH-2.0-OpenSSH_9.2\r\n"}, true},
                           Script{{"HTTP/1.1 202 Accepted\r\nContent-Length: 50\r\n\r\n{\"status\":"}, true},
                           Script{{"HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n{\"st"}, true},
                           Script{{}, true}});
    Client client(planFor(server.port()));
    const TransportAnswer garbage = client.exchange();
    EXPECT_EQ(garbage.error, QNetworkReply::ProtocolFailure);
    EXPECT_EQ(garbage.status, 0);
    const TransportAnswer cut = client.exchange();
    EXPECT_EQ(cut.error, QNetworkReply::RemoteHostClosedError);
    EXPECT_EQ(cut.status, 202) << "the status came; the body did not (classify: incomplete body)";
    EXPECT_EQ(cut.bodyBytes, 10);
    const TransportAnswer chunk = client.exchange();
    EXPECT_EQ(chunk.error, QNetworkReply::RemoteHostClosedError);
    EXPECT_EQ(chunk.status, 202);
    const TransportAnswer closed = client.exchange();
    EXPECT_EQ(closed.error, QNetworkReply::RemoteHostClosedError);
    EXPECT_EQ(closed.status, 0);
    EXPECT_EQ(server.requests.size(), 4) << "one request per send, none repeated";
    EXPECT_EQ(server.connections, 4);
    EXPECT_EQ(client.transport.connections(), 0) << "a broken connection is never kept";
}

TEST(Http1Transport, ARefusedConnectionAndAnAbortAnswerWithoutWriting)
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    Client refused(planFor(closedPort));
    const TransportAnswer r = refused.exchange();
    EXPECT_EQ(r.error, QNetworkReply::ConnectionRefusedError);
    EXPECT_EQ(r.writtenNs, 0) << "nothing was written";

    ScriptedServer silent({Script{}});
    Client client(planFor(silent.port()));
    const quint64 id = client.transport.send("tok", "{}");
    ASSERT_TRUE(waitUntil([&] { return silent.requests.size() == 1; }, 5000));
    client.transport.abort(id);
    ASSERT_TRUE(client.answers.contains(id)) << "answered inside abort";
    EXPECT_EQ(client.answers[id].error, QNetworkReply::OperationCanceledError);
    EXPECT_EQ(client.transport.connections(), 0);
}

TEST(Http1Transport, IdleConnectionsCloseAfterTheirIdleTimeMostRecentlyUsedLast)
{
    ScriptedServer server({Script{{json202()}}, Script{{json202()}}, Script{{json202()}}});
    Client client(planFor(server.port()));
    // Three at once: three connections.
    QList<quint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << client.transport.send("tok", "{}");
    ASSERT_TRUE(waitUntil([&] { return client.answers.size() == 3; }, 5000));
    EXPECT_EQ(client.transport.connections(), 3);
    EXPECT_EQ(server.connections, 3);
    const qint64 now = SystemClock::instance().monotonic().count();
    client.transport.trim(now);
    EXPECT_EQ(client.transport.connections(), 3) << "not idle long enough yet";
    client.transport.trim(now + LoadTransport::kIdleCloseNs);
    EXPECT_EQ(client.transport.connections(), 0);
}

// Connections grow with need, not with panic (#27): a burst of requests that find no idle connection (the moment a
// service hiccups) opens at most Http1Transport::kMaxOpening TLS connections at a time and then reuses the kept-alive
// ones — where each request used to open its own (a handshake each: 3,837 of them for 40,000 requests at 3,000/s).
// The wait is the request's blocked time, not its duration.
TEST(Http1Transport, ABurstOverTlsOpensABoundedNumberOfConnectionsAndReusesThem)
{
    const SelfSigned identity = makeSelfSigned();
    TlsTarget target(identity);
    ASSERT_TRUE(target.listen());
    QTemporaryDir dir;
    Client client(tlsPlanFor(target, identity, dir));
    constexpr int kBurst = 400;
    QList<quint64> ids;
    for (int i = 0; i < kBurst; ++i)
        ids << client.transport.send("tok", "{\"n\":1}");
    ASSERT_TRUE(waitUntil([&] { return client.answers.size() == kBurst; }, 30000));
    int ok = 0;
    for (const quint64 id : ids)
        ok += client.answers.value(id).status == 202 ? 1 : 0;
    EXPECT_EQ(ok, kBurst) << "every request answered";
    EXPECT_EQ(target.answered(), kBurst) << "each sent once";
    EXPECT_LE(target.connections(), kBurst / 4)
        << "a bounded number of handshakes, not one per request (the burst used to open " << kBurst << ")";
    EXPECT_GT(client.transport.waits(), 0u) << "the client said it held requests for a connection";
}

// The other side of the same rule: against a slow service over TLS waiting costs more than a handshake, so the pool
// grows to what is in flight (bounded by how many are opened at once), instead of queueing behind busy connections.
TEST(Http1Transport, AgainstASlowServiceOverTlsThePoolGrowsWithWhatIsInFlight)
{
    const SelfSigned identity = makeSelfSigned();
    TlsTarget target(identity);
    target.setLatencyMs(300);
    ASSERT_TRUE(target.listen());
    QTemporaryDir dir;
    Client client(tlsPlanFor(target, identity, dir));
    // A warm connection first (its answer sets the pace: 300 ms), then 60 at once.
    ASSERT_EQ(client.exchange().status, 202);
    constexpr int kAtOnce = 60;
    for (int i = 0; i < kAtOnce; ++i)
        client.transport.send("tok", "{\"n\":1}");
    ASSERT_TRUE(waitUntil([&] { return client.answers.size() == kAtOnce; }, 30000));
    EXPECT_GE(target.connections(), kAtOnce * 3 / 4) << "each request in flight got a connection of its own";
    EXPECT_LE(target.connections(), kAtOnce + 1);
}
