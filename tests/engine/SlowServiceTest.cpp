// The engine against a slow service, timed: nothing waits inside the client, so what is measured is the
// service's own latency at the asked rate. These bounds are about time, so they run alone (RUN_SERIAL): a
// neighbouring test on the same two cores would be measured too.
#include "core/common/Clock.h"
#include "core/engine/HttpWorker.h"
#include "tests/engine/EngineRun.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

using namespace canary;
using namespace canary::test;

TEST(SlowService, IsMeasuredAtItsOwnLatencyWithNothingQueuedInsideTheClient)
{
    // Was: 250/s against 1 s gave p95 2,941 ms, 177.9/s and 662 dropped (two workers × 16 QNAMs × 6
    // connections = 192 sockets; the rest waited inside Qt and the wait was timed as latency). The pool now
    // grows with the requests in flight (rate × latency), bounded by maxInFlight alone.
    struct Case
    {
        double rate;
        int latencyMs;
        qint64 durationMs;
        int maxInFlight;
        double p95Slack;     // over the server's latency, in a release build
        bool timedUnderAsan; // under ASan (Debug) the client's CPU alone makes 1000/s late: counts only
    };
    // The server's truth is what it really held each answer (its timers run late when the two cores are busy:
    // that is the server's latency too, not the client's); the client's p95 must be within 2 % of it.
    // Under ASan (Debug) 1000/s is the sanitizer's cost, not queueing: counted there, not timed.
    for (const Case c : {Case{250, 1000, 4000, 400, 0.02, true}, Case{1000, 500, 5000, 1000, 0.02, false}}) {
        SCOPED_TRACE(testing::Message() << c.rate << "/s against " << c.latencyMs << " ms");
        SandboxConfig config;
        config.baseLatencyMs = c.latencyMs;
        SandboxTarget sandbox(config);
        ASSERT_TRUE(sandbox.listen().ok());
        const auto run = runEngine(scenarioFor(sandbox.baseUrl().toString(), QStringLiteral("/api/v1/notifications"),
                                               c.rate, c.durationMs, c.maxInFlight),
                                   sandboxToken(sandbox));
        const IntervalStats &t = run->engine->metrics().total();
        const auto arrivals = static_cast<quint64>(c.rate * static_cast<double>(c.durationMs) / 1000.0);
        EXPECT_EQ(t.requests + t.dropped, arrivals);
        if (kUnderAddressSanitizer && !c.timedUnderAsan)
            continue;
        EXPECT_EQ(t.dropped, 0u);
        EXPECT_EQ(sandbox.counts().unauthorized, 0) << "no token went stale while queued";
        EXPECT_EQ(t.checkFailures, 0u);
        const double p95 = t.service.valueAtPercentile(95) / 1000.0;
        QList<qint64> held = sandbox.heldAnswersNs();
        ASSERT_EQ(held.size(), static_cast<qsizetype>(t.requests));
        std::sort(held.begin(), held.end());
        const double serverP95 = static_cast<double>(held[(held.size() * 95 + 99) / 100 - 1]) / 1e6;
        EXPECT_GE(p95, c.latencyMs);
        EXPECT_LE(p95, serverP95 * (1 + (kUnderAddressSanitizer ? 0.25 : c.p95Slack)))
            << "the server held its answers " << serverP95 << " ms at p95: the client measures that, not 3×";
        std::printf("%g/s against %d ms: client p95 %.2f ms, server p95 %.2f ms\n", c.rate, c.latencyMs, p95,
                    serverP95);
        const GateVerdict verdict = run->engine->verdict();
        EXPECT_NEAR(verdict.achievedRate, c.rate, c.rate * (kUnderAddressSanitizer ? 0.02 : 0.005));
        EXPECT_TRUE(verdict.ratePassed);
    }
}

TEST(SlowService, AtTheSeedsCapOf400TwoWorkersDropExactlyTheExcess)
{
    SandboxConfig config;
    config.baseLatencyMs = 3000; // nothing is answered within the 1-s schedule
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    const auto run =
        runEngine(scenarioFor(sandbox.baseUrl().toString(), QStringLiteral("/api/v1/notifications"), 500, 1000, 400),
                  sandboxToken(sandbox), 2);
    const IntervalStats &t = run->engine->metrics().total();
    EXPECT_EQ(t.requests, 400u) << "all 400 the cap allows went out at once, none waited";
    EXPECT_EQ(t.dropped, 100u) << "500 arrivals, cap 400";
    EXPECT_EQ(sandbox.counts().notificationsReceived, 400);
    EXPECT_GE(t.service.valueAtPercentile(50) / 1000.0, 3000.0);
    EXPECT_LE(t.service.valueAtPercentile(99) / 1000.0, kUnderAddressSanitizer ? 3750.0 : 3060.0);
}

TEST(SlowService, ThePoolGrowsWithTheRequestsInFlightAndShrinksOnceTheServiceIsFastAgain)
{
    SandboxConfig config;
    config.baseLatencyMs = 1000;
    SandboxTarget sandbox(config);
    ASSERT_TRUE(sandbox.listen().ok());
    const Scenario s =
        scenarioFor(sandbox.baseUrl().toString(), QStringLiteral("/api/v1/notifications"), 200, 8000, 400);
    const auto plan =
        std::make_shared<RequestPlan>(RequestPlan::fromScenario(s, QStringLiteral("CanaryDesk/test")).value());
    HttpWorker worker(plan, std::make_shared<Pacer>(s.load), std::make_shared<StaticTokenSource>(sandboxToken(sandbox)),
                      WorkerSettings{0, 1, 400, 5'000'000'000});
    bool finished = false;
    quint64 requests = 0, dropped = 0;
    QObject::connect(&worker, &HttpWorker::finished, [&finished] { finished = true; });
    QObject::connect(&worker, &HttpWorker::interval, [&](const WorkerIntervalPtr &i) {
        requests += i->stats.requests;
        dropped += i->stats.dropped;
    });
    worker.start(SystemClock::instance().monotonic().count(), QDateTime::currentDateTimeUtc());
    // 200/s answered after 1 s: 200 in flight, each on a connection of its own.
    ASSERT_TRUE(waitUntil([&] { return worker.connections() >= 200; }, 3000)) << worker.connections() << " connections";
    EXPECT_LE(worker.connections(), 215) << "grown with the demand, not to the cap";
    sandbox.setBaseLatencyMs(2);
    // Fast again: about one request in flight; the most recently used connections carry it, the others close
    // after 2 s idle.
    // Under ASan every request costs the client several times its CPU, so more overlap in a 2-s window (7 were
    // kept once in CI): still a handful out of 200.
    const int warm = kUnderAddressSanitizer ? 12 : 3;
    EXPECT_TRUE(waitUntil([&] { return worker.connections() <= warm; }, 6000))
        << worker.connections() << " connections";
    ASSERT_TRUE(waitUntil([&] { return finished; }, 15000));
    EXPECT_EQ(requests, 1600u) << "closing idle managers lost nothing";
    EXPECT_EQ(dropped, 0u);
}
