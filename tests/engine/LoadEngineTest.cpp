#include "core/engine/LoadEngine.h"

#include "core/sandbox/FaultServer.h"
#include "tests/engine/EngineRun.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>

using namespace canary;
using namespace canary::test;

TEST(LoadEngine, HoldsTheRateAndMatchesTheServersCountsExactly)
{
    SandboxConfig config;
    config.baseLatencyMs = 2;
    config.errorRatio = 0.05;
    config.undeliveredRatio = 0.05;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    const auto run =
        runEngine(scenarioFor(sandbox.baseUrl().toString(), QStringLiteral("/api/v1/notifications"), 100, 3000),
                  sandboxToken(sandbox));
    const IntervalStats &t = run->engine->metrics().total();
    const SandboxCounts c = sandbox.counts();
    EXPECT_EQ(t.requests, 300u) << "100/s for 3 s is exactly 300 arrivals";
    EXPECT_EQ(t.dropped, 0u);
    EXPECT_EQ(static_cast<qint64>(t.requests), c.notificationsReceived);
    EXPECT_EQ(static_cast<qint64>(t.checkFailures), c.serverErrors);
    EXPECT_EQ(static_cast<qint64>(t.httpFailed), c.serverErrors);
    EXPECT_EQ(static_cast<qint64>(t.delivered), c.delivered);
    EXPECT_EQ(t.statusCounts.value(202), static_cast<quint64>(c.delivered + c.undelivered));
    EXPECT_EQ(run->rawResults, 300u) << "every result reaches the raw stream";
    ASSERT_GE(run->snapshots.size(), 3);
    EXPECT_EQ(run->snapshots.last().requestsTotal, 300u);
    for (int i = 0; i < run->snapshots.size(); ++i)
        EXPECT_EQ(run->snapshots[i].second, i + 1) << "snapshots arrive in order, one per second";
    EXPECT_NEAR(run->snapshots[1].achievedRate, 100.0, 5.0);
    EXPECT_FALSE(run->engine->wasStopped());
}

TEST(LoadEngine, ClassifiesRealLoopbackFailures)
{
    QHttpServer server;
    using Code = QHttpServerResponse::StatusCode;
    server.route(QStringLiteral("/s401"), [] { return QHttpServerResponse(QJsonObject{}, Code::Unauthorized); });
    server.route(QStringLiteral("/s429"), [] { return QHttpServerResponse(QJsonObject{}, Code::TooManyRequests); });
    server.route(QStringLiteral("/s503"), [] { return QHttpServerResponse(QJsonObject{}, Code::ServiceUnavailable); });
    server.route(QStringLiteral("/badjson"), [] {
        return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArrayLiteral("{not json"),
                                   Code::Accepted);
    });
    auto *tcp = new QTcpServer(&server);
    ASSERT_TRUE(tcp->listen(QHostAddress::LocalHost));
    server.bind(tcp);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(tcp->serverPort());

    struct Case
    {
        const char *path;
        ErrorClass cls;
    } cases[] = {{"/s401", ErrorClass::Unauthorized},
                 {"/s429", ErrorClass::TooManyRequests},
                 {"/s503", ErrorClass::ServerError},
                 {"/badjson", ErrorClass::BadBody}};
    for (const Case &c : cases) {
        const auto run = runEngine(scenarioFor(base, QString::fromLatin1(c.path), 20, 500));
        const IntervalStats &t = run->engine->metrics().total();
        EXPECT_EQ(t.requests, 10u) << c.path;
        EXPECT_EQ(classCount(t, c.cls), 10u) << c.path;
        EXPECT_EQ(t.delivered, 0u) << c.path;
    }

    // Refused: a port nobody listens on any more.
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    auto refused =
        runEngine(scenarioFor(QStringLiteral("http://127.0.0.1:%1").arg(deadPort), QStringLiteral("/x"), 20, 500));
    EXPECT_EQ(classCount(refused->engine->metrics().total(), ErrorClass::Refused), 10u);
    EXPECT_EQ(refused->engine->metrics().total().httpFailed, 10u) << "no response counts as http_req_failed";

    // Reset: a server that accepts and drops the connection without answering.
    FaultServer resetter(Fault::Reset);
    ASSERT_TRUE(resetter.listen().ok());
    auto reset = runEngine(scenarioFor(resetter.baseUrl().toString(), QStringLiteral("/x"), 20, 500));
    EXPECT_EQ(classCount(reset->engine->metrics().total(), ErrorClass::Reset), 10u);

    // Timeout: a server that accepts and never answers; the scenario's timeout is 300 ms.
    FaultServer silent(Fault::Hang);
    ASSERT_TRUE(silent.listen().ok());
    auto timeout = runEngine(scenarioFor(silent.baseUrl().toString(), QStringLiteral("/x"), 20, 500, 100, 300));
    EXPECT_EQ(classCount(timeout->engine->metrics().total(), ErrorClass::Timeout), 10u);
    EXPECT_EQ(silent.requestsReceived(), 10);
    EXPECT_GE(timeout->engine->metrics().total().service.min(), 270'000)
        << "timed out after the scenario's 300 ms (Qt's coarse timer may fire 5 % early)";
    EXPECT_LT(timeout->engine->metrics().total().service.max(), 1'000'000);
}

TEST(LoadEngine, TimesEachRequestInK6sPhasesFromItsWriteToItsLastByte)
{
    // 20/s against 40 ms, one worker: about one request in flight, so a few connections carry all 20.
    SandboxConfig config;
    config.baseLatencyMs = 40;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    const auto run =
        runEngine(scenarioFor(sandbox.baseUrl().toString(), QStringLiteral("/api/v1/notifications"), 20, 1000),
                  sandboxToken(sandbox), 1);
    const IntervalStats &t = run->engine->metrics().total();
    ASSERT_EQ(t.requests, 20u);
    EXPECT_GT(t.connecting.max(), 0) << "a new connection's set-up was timed";
    EXPECT_EQ(t.connecting.valueAtPercentile(50), 0) << "most requests went out on a kept-alive connection";
    EXPECT_EQ(t.tlsHandshaking.max(), 0) << "plain HTTP";
    EXPECT_GE(t.blocked.max(), t.connecting.max()) << "blocked holds the connecting";
    // The server's 40 ms is waiting for the first byte (k6 starts waiting once the write returned, so a write
    // the scheduler held up for a moment moves a little of it into sending).
    EXPECT_GE(t.waiting.valueAtPercentile(50), 40'000);
    EXPECT_GE(t.waiting.min() + t.sending.max(), 40'000);
    EXPECT_LT(t.sending.max(), 5'000) << "one small write";
    // sending + waiting + receiving = http_req_duration, request by request, so on average too.
    EXPECT_NEAR(t.sending.mean() + t.waiting.mean() + t.receiving.mean(), t.service.mean(), t.service.mean() * 0.01);
    EXPECT_GE(t.service.min(), 40'000);
    EXPECT_LT(t.service.valueAtPercentile(50), 40'000 + 5'000) << "connecting is not the service's latency";
}

TEST(LoadEngine, InFlightCapDropsAndCountsInsteadOfQueueing)
{
    SandboxConfig config;
    config.baseLatencyMs = 1500; // nothing finishes within the 1-s schedule
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    const auto run =
        runEngine(scenarioFor(sandbox.baseUrl().toString(), QStringLiteral("/api/v1/notifications"), 100, 1000, 10),
                  sandboxToken(sandbox), 1);
    const IntervalStats &t = run->engine->metrics().total();
    EXPECT_EQ(t.requests, 10u);
    EXPECT_EQ(t.dropped, 90u) << "100 arrivals, cap 10: 90 counted as dropped_iterations";
    EXPECT_EQ(sandbox.counts().notificationsReceived, 10);
    EXPECT_FALSE(run->engine->verdict().passed);
}

TEST(LoadEngine, GracefulStopFinishesInFlightAndFailsTheDurationCriterion)
{
    SandboxConfig config;
    config.baseLatencyMs = 5;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    const auto run =
        runEngine(scenarioFor(sandbox.baseUrl().toString(), QStringLiteral("/api/v1/notifications"), 50, 20000),
                  sandboxToken(sandbox), 2, [](LoadEngine &engine, const Snapshot &s) {
                      if (s.second == 1)
                          engine.stop(QStringLiteral("stopped by test"));
                  });
    const IntervalStats &t = run->engine->metrics().total();
    EXPECT_TRUE(run->engine->wasStopped());
    EXPECT_LT(run->engine->durationMs(), 10000);
    EXPECT_EQ(static_cast<qint64>(t.requests), sandbox.counts().notificationsReceived) << "in-flight requests finished";
    EXPECT_EQ(t.interrupted, 0u);
    const GateVerdict v = run->engine->verdict();
    EXPECT_FALSE(v.passed);
    EXPECT_TRUE(v.summary.startsWith(QStringLiteral("STOPPED: stopped at 0:01 of 0:20 (stopped by test)")))
        << v.summary.toStdString();
    EXPECT_EQ(v.outcome, RunOutcome::Stopped) << "the operator's Stop, not a cut-off";
    EXPECT_LE(run->engine->stoppedAtMs(), run->engine->durationMs()) << "the drain comes after the stop";
}

TEST(LoadEngine, AbortOnFailThresholdStopsTheRun)
{
    SandboxConfig config;
    config.baseLatencyMs = 1;
    config.errorRatio = 0.5;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    Scenario s = scenarioFor(sandbox.baseUrl().toString(), QStringLiteral("/api/v1/notifications"), 50, 20000);
    s.gate.thresholds = {Threshold{QStringLiteral("errors"),
                                   ThresholdExpression::parse(QStringLiteral("rate<0.01")).value(), true, 1000}};
    const auto run = runEngine(s, sandboxToken(sandbox));
    EXPECT_TRUE(run->engine->thresholdAbort());
    EXPECT_TRUE(run->engine->stopReason().contains(QStringLiteral("errors rate<0.01")));
    EXPECT_LT(run->engine->durationMs(), 10000);
}

TEST(LoadEngine, GuardRailStopsTheRunWhenErrorsStayHigh)
{
    SandboxConfig config;
    config.baseLatencyMs = 1;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    Scenario s = scenarioFor(sandbox.baseUrl().toString(), QStringLiteral("/api/v1/notifications"), 100, 30000);
    s.guardRails.errorRatePercent = 10;
    s.guardRails.forMs = 3000;
    QTimer::singleShot(2000, &sandbox, [&] { sandbox.setErrorRatio(0.5); }); // production starts failing mid-run
    const auto run = runEngine(s, sandboxToken(sandbox));
    EXPECT_TRUE(run->engine->wasStopped());
    EXPECT_EQ(run->engine->stopReason(), QStringLiteral("guard rail: error rate above 10 % for 3s"));
    EXPECT_GE(run->engine->durationMs(), 4000) << "not before the window was over the limit";
    EXPECT_LT(run->engine->durationMs(), 9000) << "stopped within the configured window";
    EXPECT_FALSE(run->engine->verdict().passed);
}

namespace {

// The system's monotonic time an hour ahead, counting who reads it: a part of the engine that looked up the
// system clock instead would time its requests an hour off.
class HourAheadClock final : public Clock
{
public:
    std::chrono::nanoseconds monotonic() const override
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_readers.insert(QThread::currentThread());
        }
        ++m_reads;
        return SystemClock::instance().monotonic() + std::chrono::hours(1);
    }
    QDateTime utcNow() const override { return SystemClock::instance().utcNow(); }
    int readers() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return static_cast<int>(m_readers.size());
    }
    quint64 reads() const { return m_reads; }

private:
    mutable std::mutex m_mutex;
    mutable std::set<QThread *> m_readers;
    mutable std::atomic<quint64> m_reads{0};
};

} // namespace

// Services are injected: the run's clock is the one the engine, both workers and their transports read.
TEST(LoadEngine, TheRunsClockTimesEveryPhaseOfEveryRequest)
{
    SandboxConfig config;
    config.baseLatencyMs = 10;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    HourAheadClock clock;
    const auto run =
        runEngine(scenarioFor(sandbox.baseUrl().toString(), QStringLiteral("/api/v1/notifications"), 20, 1000),
                  sandboxToken(sandbox), 2, {}, &clock);
    const QList<RequestResult> &results = run->results;
    ASSERT_EQ(results.size(), 20);
    for (const RequestResult &r : results) {
        EXPECT_GE(r.serviceNs(), 10'000'000) << "at least the sandbox's 10 ms";
        EXPECT_LT(r.serviceNs(), 2'000'000'000) << "timed by one clock, not two an hour apart";
        EXPECT_GE(r.correctedNs(), r.serviceNs());
        EXPECT_LT(r.correctedNs(), 2'000'000'000);
        // The transport times the phases (written → first byte): on another clock they would clamp to 0.
        EXPECT_GE(r.sendingNs + r.waitingNs, 9'000'000) << "writing and waiting hold the sandbox's 10 ms";
        EXPECT_LE(r.sendingNs + r.waitingNs, r.serviceNs());
    }
    EXPECT_GE(clock.readers(), 3) << "the engine's thread and both workers' read the run's clock";
    EXPECT_GT(clock.reads(), 20u * 4);
    EXPECT_GT(run->engine->durationMs(), 900);
    EXPECT_LT(run->engine->durationMs(), 5000);
}

namespace {

// The system's clock, with jumps a test makes mid-run: what a stopped process or a VM paused and resumed sees.
class JumpClock final : public Clock
{
public:
    std::chrono::nanoseconds monotonic() const override
    {
        return SystemClock::instance().monotonic() + std::chrono::nanoseconds(m_offsetNs.load());
    }
    QDateTime utcNow() const override
    {
        return SystemClock::instance().utcNow().addMSecs(m_offsetNs.load() / 1'000'000);
    }
    void jump(qint64 ns) { m_offsetNs += ns; }

private:
    std::atomic<qint64> m_offsetNs{0};
};

} // namespace

// A stall is a hole, not a queue (#27): the run's clock jumps 5 s while it runs (as after kill -STOP / -CONT); what
// fell due in the jump is not sent (counted as dropped, with its reason), the service never sees a burst, and the
// pause is said once with its moment and length.
TEST(LoadEngine, AJumpOfTheRunsClockLeavesAHoleAndTheServiceSeesNoBurst)
{
    SandboxConfig config;
    config.baseLatencyMs = 5;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    JumpClock clock;
    bool jumped = false;
    QList<ClientPause> said;
    const auto run = runEngine(
        scenarioFor(sandbox.baseUrl().toString(), QStringLiteral("/api/v1/notifications"), 100, 8000, 400),
        sandboxToken(sandbox), 2,
        [&](LoadEngine &engine, const Snapshot &s) {
            if (s.second == 2 && !jumped) {
                jumped = true;
                QObject::connect(&engine, &LoadEngine::clientPaused, &engine, [&](const ClientPause &p) { said << p; });
                clock.jump(5'000'000'000);
            }
        },
        &clock);
    const IntervalStats &t = run->engine->metrics().total();
    EXPECT_EQ(t.requests + t.dropped, 800u) << "every arrival sent or counted";
    EXPECT_NEAR(static_cast<double>(t.droppedPaused), 400.0, 60.0) << "the jump's 5 s less the 1-s tolerance";
    EXPECT_EQ(t.dropped, t.droppedPaused) << "none at the in-flight cap";
    EXPECT_EQ(sandbox.counts().notificationsReceived, static_cast<qint64>(t.requests));
    EXPECT_LE(sandbox.counts().maxPer100Ms, 30) << "never more than a small multiple of the plan (10) in 100 ms";
    ASSERT_EQ(run->engine->pauses().size(), 1) << "one pause, however many workers saw it";
    const ClientPause p = run->engine->pauses().first();
    EXPECT_NEAR(static_cast<double>(p.lengthMs), 5000.0, 400.0);
    EXPECT_NEAR(static_cast<double>(p.atMs), 2000.0, 1200.0);
    EXPECT_NEAR(static_cast<double>(p.arrivals), 400.0, 60.0);
    EXPECT_EQ(said.size(), 1) << "said once, as soon as it was seen";
    const GateVerdict v = run->engine->verdict();
    EXPECT_FALSE(v.passed);
    EXPECT_TRUE(v.summary.contains(QStringLiteral("a hole:"))) << v.summary.toStdString();
    EXPECT_FALSE(v.summary.contains(QStringLiteral("in-flight cap"))) << v.summary.toStdString();
}
