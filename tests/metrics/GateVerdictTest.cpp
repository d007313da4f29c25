#include "core/metrics/GateVerdict.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace canary;

namespace {

IntervalStats stats(int ok, int serverErrors, int undelivered, qint64 serviceMs)
{
    IntervalStats s;
    auto add = [&](int status, bool check, bool delivered) {
        RequestResult r;
        r.sentNs = 0;
        r.finishedNs = serviceMs * 1'000'000;
        r.blockedNs = 3'000'000; // a new connection: 2 ms to connect, 1 ms for TLS
        r.connectingNs = 2'000'000;
        r.tlsNs = 1'000'000;
        r.waitingNs = r.finishedNs - 1'000'000; // the last millisecond is receiving
        r.status = status;
        r.checkOk = check;
        r.delivered = delivered;
        s.record(r);
    };
    for (int i = 0; i < ok; ++i)
        add(202, true, true);
    for (int i = 0; i < serverErrors; ++i)
        add(503, false, false);
    for (int i = 0; i < undelivered; ++i)
        add(202, true, false);
    return s;
}

double serviceMsOf(const IntervalStats &s)
{
    return s.service.mean() / 1000.0;
}

Threshold threshold(const char *metric, const char *expr)
{
    return Threshold{QString::fromLatin1(metric), ThresholdExpression::parse(QString::fromLatin1(expr)).value(), false,
                     0};
}

} // namespace

TEST(ThresholdEvaluator, MeasuresEachMetricKind)
{
    const IntervalStats s = stats(990, 5, 5, 40);
    EXPECT_NEAR(ThresholdEvaluator::measure(threshold("http_req_duration", "p(95)<1"), s, 10), 40.0, 0.4);
    EXPECT_NEAR(ThresholdEvaluator::measure(threshold("http_req_duration", "avg<1"), s, 10), 40.0, 1e-9);
    EXPECT_DOUBLE_EQ(ThresholdEvaluator::measure(threshold("errors", "rate<1"), s, 10), 0.005);
    EXPECT_DOUBLE_EQ(ThresholdEvaluator::measure(threshold("http_req_failed", "rate<1"), s, 10), 0.005);
    EXPECT_DOUBLE_EQ(ThresholdEvaluator::measure(threshold("delivery_success", "rate<1"), s, 10), 0.99);
    EXPECT_DOUBLE_EQ(ThresholdEvaluator::measure(threshold("checks", "rate<1"), s, 10), 0.995);
    EXPECT_DOUBLE_EQ(ThresholdEvaluator::measure(threshold("http_reqs", "count<1"), s, 10), 1000.0);
    EXPECT_DOUBLE_EQ(ThresholdEvaluator::measure(threshold("http_reqs", "rate<1"), s, 10), 100.0);
    // k6's phases, each from its own histogram.
    EXPECT_NEAR(ThresholdEvaluator::measure(threshold("http_req_waiting", "avg<1"), s, 10), serviceMsOf(s) - 1, 1e-9);
    EXPECT_NEAR(ThresholdEvaluator::measure(threshold("http_req_receiving", "max<1"), s, 10), 1.0, 0.01);
    EXPECT_NEAR(ThresholdEvaluator::measure(threshold("http_req_blocked", "p(95)<1"), s, 10), 3.0, 0.02);
    EXPECT_NEAR(ThresholdEvaluator::measure(threshold("http_req_connecting", "med<1"), s, 10), 2.0, 0.02);
    EXPECT_NEAR(ThresholdEvaluator::measure(threshold("http_req_tls_handshaking", "min<1"), s, 10), 1.0, 0.01);
    EXPECT_DOUBLE_EQ(ThresholdEvaluator::measure(threshold("http_req_sending", "max<1"), s, 10), 0.0);
    EXPECT_TRUE(std::isnan(ThresholdEvaluator::measure(threshold("vus", "value<1"), s, 10)))
        << "a metric CanaryDesk does not measure has no value, so its threshold fails instead of passing";
    EXPECT_TRUE(std::isnan(ThresholdEvaluator::measure(threshold("errors", "rate<1"), IntervalStats{}, 10)));
}

TEST(GateVerdict, PassesOnlyWhenEveryCriterionHolds)
{
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const IntervalStats good = stats(14950, 25, 25, 40); // 15000 requests, 0.17 % errors, 99.67 % delivered
    const RunFacts facts{60000, 60400, 15000, false, {}};
    const GateVerdict pass = GateVerdict::judge(gate, good, ThresholdEvaluator::evaluate(gate, good, 60.4), facts);
    EXPECT_TRUE(pass.passed) << pass.summary.toStdString();
    ASSERT_EQ(pass.criteria.size(), 7);
    EXPECT_EQ(pass.criteria[0].measured, QStringLiteral("40.00 ms"));
    EXPECT_EQ(pass.summary, QStringLiteral("PASS"));

    const IntervalStats slow = stats(14950, 25, 25, 300);
    const GateVerdict p95 = GateVerdict::judge(gate, slow, ThresholdEvaluator::evaluate(gate, slow, 60.4), facts);
    EXPECT_FALSE(p95.passed);
    EXPECT_TRUE(p95.summary.contains(QStringLiteral("Latency p95 (http_req_duration) 300.00 ms (needs ≤ 250 ms)")))
        << p95.summary.toStdString();

    RunFacts stopped = facts;
    stopped.actualMs = 30000;
    stopped.aborted = true;
    stopped.abortReason = QStringLiteral("stopped by SIGINT");
    const IntervalStats half = stats(7500, 0, 0, 40);
    const GateVerdict early = GateVerdict::judge(gate, half, ThresholdEvaluator::evaluate(gate, half, 30), stopped);
    EXPECT_FALSE(early.passed);
    EXPECT_FALSE(early.criteria[4].pass) << "duration";
    EXPECT_EQ(early.criteria[4].measured, QStringLiteral("stopped at 0:30 of 1:00 (stopped by SIGINT)"));
    EXPECT_TRUE(early.summary.contains(QStringLiteral("stopped at 0:30 of 1:00"))) << early.summary.toStdString();
    // The rate is judged over the 30 s that ran: 7,500 requests in 30 s is the full 250/s.
    EXPECT_TRUE(early.criteria[5].pass) << early.criteria[5].measured.toStdString();
    EXPECT_EQ(early.criteria[5].measured, QStringLiteral("250.00 /s over the 0:30 that ran (7,500 requests)"));
    EXPECT_FALSE(early.summary.contains(QStringLiteral("request rate"))) << early.summary.toStdString();
    // The schedule's own count for the time that ran wins over the proportion (a ramp asks for less early on).
    stopped.expectedRan = 9000;
    const GateVerdict shortOfRamp =
        GateVerdict::judge(gate, half, ThresholdEvaluator::evaluate(gate, half, 30), stopped);
    EXPECT_FALSE(shortOfRamp.criteria[5].pass) << "7500 of the 9000 asked for";
    EXPECT_TRUE(shortOfRamp.summary.contains(QStringLiteral("request rate 250.0 /s of 300 /s")))
        << shortOfRamp.summary.toStdString();
    const IntervalStats slowHalf = stats(6000, 0, 0, 40);
    stopped.expectedRan = -1;
    const GateVerdict lowRate =
        GateVerdict::judge(gate, slowHalf, ThresholdEvaluator::evaluate(gate, slowHalf, 30), stopped);
    EXPECT_FALSE(lowRate.criteria[5].pass) << "200/s over the time that ran is short of 250/s";

    IntervalStats dropped = good;
    dropped.recordDropped();
    const GateVerdict drop =
        GateVerdict::judge(gate, dropped, ThresholdEvaluator::evaluate(gate, dropped, 60.4), facts);
    EXPECT_FALSE(drop.passed);
    EXPECT_FALSE(drop.criteria[6].pass);
}
