// The engine against targets that misbehave over real loopback sockets (core/sandbox/FaultServer): each
// failure gets its class, the schedule holds, the client's count equals the server's and memory stays
// bounded. Refused, reset, hang, 4xx/5xx and bad bodies are in LoadEngineTest; TLS in TlsTest.
#include "core/auth/ClientCredentials.h"
#include "core/sandbox/FaultServer.h"
#include "tests/engine/EngineRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTimer>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace canary;
using namespace canary::test;

namespace {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

struct Fixture
{
    explicit Fixture(Fault fault) : server(fault) { EXPECT_TRUE(server.listen().ok()); }
    Scenario scenario(double rate, qint64 ms, qint64 timeoutMs = 5000) const
    {
        return scenarioFor(server.baseUrl().toString(), QStringLiteral("/api/v1/notifications"), rate, ms, 100,
                           timeoutMs);
    }
    FaultServer server;
};

} // namespace

TEST(Faults, AServerTricklingOneBytePerSecondTimesOutAtTheScenariosTimeoutNotNever)
{
    // Qt's own transfer timeout only counts idle time, and a byte a second is never idle for long.
    Fixture f(Fault::Trickle);
    const auto run = runEngine(f.scenario(10, 1000, 1500));
    const IntervalStats &t = run->engine->metrics().total();
    EXPECT_EQ(t.requests, 10u);
    EXPECT_EQ(classCount(t, ErrorClass::Timeout), 10u);
    EXPECT_EQ(t.statusCounts.value(0), 10u) << "a timed-out request has no status, as in k6";
    EXPECT_EQ(t.delivered, 0u);
    EXPECT_GE(t.service.min(), 1'400'000) << "not before the 1.5-s timeout";
    EXPECT_LT(t.service.max(), 2'500'000) << "and not long after it";
    EXPECT_EQ(f.server.requestsReceived(), 10);
}

TEST(Faults, TenMegabyteBodiesAreCountedWithoutBeingKept)
{
    // 30 answers of 10 MB each, sent at 10 MB/s, so most are in flight at once: kept whole, they would need
    // 300 MB; the engine keeps at most HttpWorker::kMaxBodyBytes of each.
    Fixture f(Fault::Huge);
    const qint64 before = residentBytes();
    qint64 peak = before;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peak = std::max(peak, residentBytes()); });
    sampler.start(5);
    const auto run = runEngine(f.scenario(30, 1000, 10000));
    sampler.stop();
    const IntervalStats &t = run->engine->metrics().total();
    EXPECT_EQ(t.requests, 30u);
    EXPECT_EQ(t.statusCounts.value(202), 30u);
    EXPECT_EQ(classCount(t, ErrorClass::BadBody), 30u)
        << "a body too large to keep cannot be read by the delivery predicate";
    EXPECT_EQ(t.delivered, 0u);
    EXPECT_GE(t.bytesIn, 30u * static_cast<quint64>(FaultServer::kHugeBodyBytes)) << "every byte is counted";
    EXPECT_EQ(f.server.requestsReceived(), 30);
    if (!kUnderAddressSanitizer) { // ASan's quarantine keeps freed memory resident on purpose
        EXPECT_LT(peak - before, 120LL * 1024 * 1024)
            << "resident memory grew by " << (peak - before) / (1024 * 1024) << " MB";
    }
}

TEST(Faults, AnAnswerThatIsNotHttpIsAFailureAndIsNeverSentTwice)
{
    // Qt 6.4 reads an answer that is not HTTP like a connection closed before the answer, and re-sends such a
    // request up to twice by itself, which for a POST would send a notification twice. The engine's bodies
    // cannot be rewound, so the re-send fails: one request per arrival reaches the server.
    Fixture f(Fault::Garbage);
    const auto run = runEngine(f.scenario(20, 500));
    const IntervalStats &t = run->engine->metrics().total();
    EXPECT_EQ(t.requests, 10u);
    EXPECT_EQ(classCount(t, ErrorClass::Reset), 10u);
    EXPECT_EQ(t.httpFailed, 10u);
    EXPECT_EQ(f.server.requestsReceived(), 10) << "no automatic re-sends";
}

TEST(Faults, RateLimitingWithRetryAfterKeepsTheOpenModelScheduleAndNeverRetries)
{
    // An open model sends on schedule whatever the target says (k6 does the same): the 429s are the
    // finding, and a retry would make the request count lie.
    Fixture f(Fault::RateLimit);
    const auto run = runEngine(f.scenario(50, 2000));
    const IntervalStats &t = run->engine->metrics().total();
    EXPECT_EQ(t.requests, 100u);
    EXPECT_EQ(t.dropped, 0u);
    EXPECT_EQ(classCount(t, ErrorClass::TooManyRequests), 100u);
    EXPECT_EQ(f.server.requestsReceived(), 100) << "one request per arrival: no retries";
    ASSERT_GE(run->snapshots.size(), 2);
    EXPECT_NEAR(run->snapshots[0].achievedRate + run->snapshots[1].achievedRate, 100.0, 10.0);
}

TEST(Faults, EveryFaultEndsTheRunOnTimeWithOneResultPerArrival)
{
    // The schedule holds whatever the target does: 20 arrivals, 20 results, and the run ends by the
    // schedule plus the scenario's 1-s timeout.
    for (const QString &name : FaultServer::faultNames()) {
        Fixture f(*FaultServer::faultFromName(name));
        QElapsedTimer clock;
        clock.start();
        const auto run = runEngine(f.scenario(20, 1000, 1000));
        const IntervalStats &t = run->engine->metrics().total();
        EXPECT_EQ(t.requests + t.dropped, 20u) << name.toStdString();
        EXPECT_EQ(t.requests, static_cast<quint64>(f.server.requestsReceived())) << name.toStdString();
        EXPECT_EQ(run->rawResults, t.requests) << name.toStdString();
        EXPECT_EQ(t.delivered, 0u) << name.toStdString() << ": no answer counts as delivered";
        EXPECT_LT(clock.elapsed(), 6000) << name.toStdString();
    }
}

TEST(Faults, ABrokenTokenEndpointIsNamedWithoutQuotingItsAnswer)
{
    const QByteArray secret = "fault-probe-secret-5e1";
    auto fetch = [&](const QUrl &url) {
        QNetworkAccessManager nam;
        std::optional<Result<AccessToken>> out;
        ClientCredentials::fetch(nam, ClientCredentialsRequest{url, QStringLiteral("c"), Secret(secret), {}, false},
                                 [&](Result<AccessToken> r) { out.emplace(std::move(r)); });
        EXPECT_TRUE(waitUntil([&] { return out.has_value(); }, 20000));
        return out ? (out->ok() ? QStringLiteral("ok") : out->error().message) : QStringLiteral("no answer");
    };

    // An error page answered with 200 that echoes the request (and so the secret).
    QHttpServer echo;
    echo.route(QStringLiteral("/oauth/token"), [](const QHttpServerRequest &request) {
        return QHttpServerResponse(QByteArrayLiteral("text/html"), "<html>echo: " + request.body() + "</html>");
    });
    auto *tcp = new QTcpServer(&echo);
    ASSERT_TRUE(tcp->listen(QHostAddress::LocalHost));
    echo.bind(tcp);
    const QString html = fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/token").arg(tcp->serverPort())));
    EXPECT_TRUE(html.contains(QStringLiteral("is not a JSON object"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("text/html"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("/oauth/token"))) << "names the endpoint";
    EXPECT_FALSE(html.toUtf8().contains(secret));

    for (const Fault fault : {Fault::Garbage, Fault::Reset}) {
        FaultServer broken(fault);
        ASSERT_TRUE(broken.listen().ok());
        const QString message = fetch(QUrl(broken.baseUrl().toString() + QStringLiteral("/oauth/token")));
        EXPECT_TRUE(message.startsWith(QStringLiteral("token request to http://127.0.0.1:"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral(" failed: "))) << message.toStdString();
        EXPECT_FALSE(message.toUtf8().contains(secret));
        EXPECT_EQ(broken.requestsReceived(), 1);
    }
}

TEST(Faults, AnAnswerCutShortIsAFailedRequestWithoutAStatusAsInK6)
{
    // Found by hand: a 202 whose body stops short of its Content-Length, or a chunked body without its last
    // chunk, and then a closed connection, was counted a success (Gate 1 PASS, delivery 100 %). Qt reports the
    // 202 with "Connection closed"; k6 v0.47 reports status 0, error_code 1000, "unexpected EOF" for both.
    for (const Fault fault : {Fault::Truncated, Fault::Chunked}) {
        const std::string name = FaultServer::describe(fault).toStdString();
        Fixture f(fault);
        const auto run = runEngine(f.scenario(20, 1000));
        const IntervalStats &t = run->engine->metrics().total();
        EXPECT_EQ(t.requests, 20u) << name;
        EXPECT_EQ(classCount(t, ErrorClass::IncompleteBody), 20u) << name;
        EXPECT_EQ(t.httpFailed, 20u) << name;
        EXPECT_EQ(t.checkFailures, 20u) << name;
        EXPECT_EQ(t.delivered, 0u) << name << ": half an answer says nothing about delivery";
        EXPECT_EQ(t.statusCounts.value(0), 20u) << name;
        EXPECT_EQ(t.statusCounts.value(202), 0u) << name;
        EXPECT_GT(t.bytesIn, 20u * 31) << name << ": what did arrive is counted";
        EXPECT_EQ(f.server.requestsReceived(), 20) << name << ": never sent twice";
    }
    EXPECT_EQ(k6ErrorCode(ErrorClass::IncompleteBody, 0), 1000);
    EXPECT_EQ(errorClassName(ErrorClass::IncompleteBody), QStringLiteral("incomplete_body"));
}
