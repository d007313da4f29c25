// The lean HTTP/2 transport (#27) against an HTTP/2 loopback server (libnghttp2's server side, h2 by ALPN over
// TLS): a request arrives whole at once (QNAM's HTTP/2 split it across two segments held ~40 ms apart by Nagle's
// algorithm, and reported those 40 ms as the service's), requests share connections as streams, a GOAWAY moves the
// rest to a new connection without an error or a duplicate, a server without h2 is answered over HTTP/1.1, and an
// abort, a refusal and a server gone are answered as over HTTP/1.1.
#include "core/engine/Http2Transport.h"

#include "tests/engine/EngineRun.h"
#include "tests/support/TestH2Server.h"
#include "tests/support/TestTls.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace canary;
using namespace canary::test;

namespace {

struct TlsSetup
{
    SelfSigned identity = makeSelfSigned();
    QTemporaryDir dir;
    QString caBundle() const
    {
        const QString path = dir.filePath(QStringLiteral("ca.pem"));
        writeFile(path, identity.certPem);
        return path;
    }
};

Scenario h2Scenario(const QString &baseUrl, const QString &caBundle, double rate, qint64 ms)
{
    Scenario s = scenarioFor(baseUrl, QStringLiteral("/api/v1/notifications"), rate, ms, 400);
    s.target.httpVersion = QStringLiteral("2");
    s.target.caBundle = caBundle;
    return s;
}

struct Client
{
    explicit Client(const Scenario &s)
        : transport(
              std::make_shared<RequestPlan>(RequestPlan::fromScenario(s, QStringLiteral("CanaryDesk/test")).value()),
              [this](quint64 id, TransportAnswer &&a) { answers[id] = std::move(a); }, &owner)
    {
    }
    QObject owner;
    QHash<quint64, TransportAnswer> answers;
    Http2Transport transport;
};

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1,
                                      static_cast<qsizetype>(p * static_cast<double>(values.size())))];
}

} // namespace

TEST(Http2, ARunOverHttp2SendsEachRequestWholeAtOnceOnSharedConnections)
{
    TlsSetup tls;
    H2Target target(tls.identity, {});
    ASSERT_TRUE(target.listen());
    const auto run = runEngine(h2Scenario(target.baseUrl(), tls.caBundle(), 250, 2000), "tok", 2);
    const IntervalStats &t = run->engine->metrics().total();
    EXPECT_EQ(t.requests, 500u);
    EXPECT_EQ(t.dropped, 0u);
    EXPECT_EQ(t.statusCounts.value(202), 500u) << "every request answered over h2";
    EXPECT_EQ(target.answered(), 500) << "each sent once";
    EXPECT_LE(target.connections(), 4) << "requests share a connection per worker as streams";
    // What the server saw: each request's HEADERS and its body arrived together. Written apart on a socket with
    // Nagle's algorithm on, the body waited for the ACK of the headers, which the server delays ~40 ms.
    const qint64 spreadP95 = percentile(target.arrivalSpreadsNs(), 0.95);
    EXPECT_LT(spreadP95, 10'000'000) << "a request reached the server in pieces " << spreadP95 / 1e6 << " ms apart";
    // The latency reported is the server's (it answers at once), not the client's own: the answer and the write are
    // measured on the same socket the request went out on.
    QList<qint64> service;
    for (const RequestResult &r : run->results) {
        EXPECT_TRUE(r.http2) << "answered over h2 (k6's proto tag HTTP/2.0)";
        EXPECT_GT(r.sentNs, 0);
        EXPECT_GE(r.serviceNs(), 0);
        service << r.serviceNs();
    }
    EXPECT_LT(percentile(service, 0.5), 10'000'000)
        << "the median request took " << percentile(service, 0.5) / 1e6 << " ms against a server that answers at once";
    const auto opened =
        std::count_if(run->results.begin(), run->results.end(), [](const RequestResult &r) { return r.tlsNs > 0; });
    EXPECT_EQ(opened, target.connections()) << "the request that opened a connection carries its handshake";
}

TEST(Http2, AGoawayMovesTheRestToANewConnectionWithoutAnErrorOrADuplicate)
{
    TlsSetup tls;
    H2Target::Options options;
    options.goAwayAfter = 40; // as nginx after keepalive_requests
    options.delayMs = 50;     // ~10 streams in flight when it comes: the ones past its last stream are refused
    H2Target target(tls.identity, options);
    ASSERT_TRUE(target.listen());
    const auto run = runEngine(h2Scenario(target.baseUrl(), tls.caBundle(), 200, 2000), "tok", 1);
    const IntervalStats &t = run->engine->metrics().total();
    EXPECT_EQ(t.requests, 400u);
    EXPECT_EQ(t.statusCounts.value(202), 400u) << "a stream the server refused unprocessed went on a new connection";
    EXPECT_EQ(target.answered(), 400) << "and nothing the server processed was sent again";
    EXPECT_GE(target.connections(), 10);
    EXPECT_GT(target.refused(), 0) << "the case at hand: streams were refused";
}

TEST(Http2, AServerWithoutH2IsAnsweredOverHttp11)
{
    TlsSetup tls;
    TlsTarget target(tls.identity); // speaks HTTP/1.1 and negotiates no ALPN protocol
    ASSERT_TRUE(target.listen());
    Client client(h2Scenario(target.baseUrl(), tls.caBundle(), 10, 1000));
    QList<quint64> ids;
    for (int i = 0; i < 20; ++i)
        ids << client.transport.send("tok", "{\"n\":1}");
    EXPECT_TRUE(client.answers.isEmpty()) << "never answered inside send";
    ASSERT_TRUE(waitUntil([&] { return client.answers.size() == 20; }, 10000));
    for (const quint64 id : ids) {
        EXPECT_EQ(client.answers.value(id).status, 202);
        EXPECT_FALSE(client.answers.value(id).http2);
    }
    EXPECT_TRUE(client.transport.fellBackToHttp1());
    EXPECT_EQ(target.answered(), 20);
    const quint64 later = client.transport.send("tok", "{\"n\":2}");
    ASSERT_TRUE(waitUntil([&] { return client.answers.contains(later); }, 5000));
    EXPECT_EQ(client.answers.value(later).status, 202) << "later requests go over HTTP/1.1 directly";
}

TEST(Http2, AnAbortARefusalAndAServerGoneAreAnsweredAsOverHttp11)
{
    TlsSetup tls;
    H2Target::Options slow;
    slow.delayMs = 3000;
    auto target = std::make_unique<H2Target>(tls.identity, slow);
    ASSERT_TRUE(target->listen());
    const Scenario s = h2Scenario(target->baseUrl(), tls.caBundle(), 10, 1000);
    Client client(s);
    const quint64 aborted = client.transport.send("tok", "{}");
    const quint64 cut = client.transport.send("tok", "{}");
    ASSERT_TRUE(waitUntil([&] { return target->connections() == 1; }, 5000));
    client.transport.abort(aborted);
    ASSERT_TRUE(client.answers.contains(aborted)) << "answered before abort returns";
    EXPECT_EQ(client.answers.value(aborted).error, QNetworkReply::OperationCanceledError);
    target.reset(); // the server goes away with a request in flight
    ASSERT_TRUE(waitUntil([&] { return client.answers.contains(cut); }, 5000));
    EXPECT_NE(client.answers.value(cut).error, QNetworkReply::NoError);
    EXPECT_EQ(client.answers.value(cut).status, 0);

    // A certificate nobody vouched for: refused, and which refusal it was.
    H2Target other(makeSelfSigned(), {});
    ASSERT_TRUE(other.listen());
    Client untrusting(h2Scenario(other.baseUrl(), tls.caBundle(), 10, 1000));
    const quint64 refused = untrusting.transport.send("tok", "{}");
    ASSERT_TRUE(waitUntil([&] { return untrusting.answers.contains(refused); }, 5000));
    EXPECT_EQ(untrusting.answers.value(refused).error, QNetworkReply::SslHandshakeFailedError);
    EXPECT_NE(untrusting.answers.value(refused).sslError, QSslError::NoError);
    EXPECT_EQ(untrusting.answers.value(refused).writtenNs, 0) << "nothing was written";
}
