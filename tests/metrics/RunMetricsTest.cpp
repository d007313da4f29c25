#include "core/metrics/RunMetrics.h"

#include <gtest/gtest.h>

using namespace canary;

namespace {
RequestResult result(int status, bool checkOk, bool delivered, qint64 serviceMs, qint64 lateMs = 0)
{
    RequestResult r;
    r.intendedNs = 0;
    r.sentNs = lateMs * 1'000'000;
    r.finishedNs = r.sentNs + serviceMs * 1'000'000;
    r.status = status;
    r.checkOk = checkOk;
    r.delivered = delivered;
    r.errorClass = status >= 500 ? ErrorClass::ServerError : ErrorClass::None;
    return r;
}
} // namespace

TEST(RunMetrics, IntervalsFromWorkersMergeIntoOneSnapshotAndTheRunTotal)
{
    IntervalStats w0, w1;
    for (int i = 0; i < 90; ++i)
        w0.record(result(202, true, true, 10));
    for (int i = 0; i < 9; ++i)
        w1.record(result(202, true, false, 20));
    w1.record(result(503, false, false, 300, 700)); // sent 700 ms late: corrected latency 1 s
    w1.recordDropped();

    IntervalStats merged = w0;
    merged.merge(w1);
    RunMetrics m;
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const Snapshot &s = m.add(merged, 1000, 100, 3, gate, 60000, 6000);
    EXPECT_EQ(s.second, 1);
    EXPECT_EQ(s.achievedRate, 100.0);
    EXPECT_EQ(s.dropped, 1u);
    EXPECT_DOUBLE_EQ(s.errorRate, 0.01);
    EXPECT_DOUBLE_EQ(s.deliveryRate, 0.90);
    EXPECT_DOUBLE_EQ(s.httpFailedRate, 0.01);
    EXPECT_NEAR(s.service.max, 300.0, 3.0);
    EXPECT_NEAR(s.corrected.max, 1000.0, 10.0) << "latency from the intended time includes the 700 ms late start";
    EXPECT_EQ(merged.statusCounts.value(503), 1u);
    EXPECT_EQ(merged.errorClasses[static_cast<size_t>(ErrorClass::Dropped)], 1u);

    IntervalStats second;
    second.record(result(202, true, true, 10));
    const Snapshot &s2 = m.add(second, 2000, 100, 0, gate, 60000, 6000);
    EXPECT_EQ(s2.second, 2);
    EXPECT_EQ(s2.requestsTotal, 101u);
    EXPECT_EQ(s2.droppedTotal, 1u);
    EXPECT_NEAR(s2.deliveryRateTotal, 91.0 / 101.0, 1e-12);
    EXPECT_EQ(m.timeline().size(), 2);
    ASSERT_EQ(s2.thresholds.size(), 4);
    EXPECT_FALSE(s2.thresholds[2].ok) << "delivery 90 % is below Gate 1's 99 %";
}

TEST(RunMetrics, AShortLastIntervalIsChartedPerSecondNotAsADrop)
{
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    RunMetrics m;
    IntervalStats second;
    for (int i = 0; i < 50; ++i)
        second.record(result(202, true, true, 5));
    EXPECT_DOUBLE_EQ(m.add(second, 1000, 50, 0, gate, 1500, 75).achievedRate, 50.0);
    IntervalStats half; // the schedule ends 500 ms into the second interval: 25 requests in it
    for (int i = 0; i < 25; ++i)
        half.record(result(202, true, true, 5));
    EXPECT_DOUBLE_EQ(m.add(half, 1500, 50, 0, gate, 1500, 75).achievedRate, 50.0)
        << "25 requests in half a second is 50/s, not a fall to 25/s";
    EXPECT_EQ(m.total().requests, 75u);
}

// Found by fuzz_k6_results: a point 13 hours after the rest of a run planned for a second asked for 46,800 batches of
// 34 KB each (2 GB). A run holds at most RunBatch::kMax batches whatever its length: neighbours are joined.
TEST(RunMetrics, ARunFarLongerThanItsPlanKeepsABoundedNumberOfBatchesAndEveryRequest)
{
    RunMetrics m;
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    IntervalStats one;
    one.requests = 5;
    one.service.record(10'000);
    m.add(one, 1000, 5, 0, gate, 1000, 5);
    m.add(one, 46'800'000, 5, 0, gate, 1000, 5);
    for (qint64 s = 2; s <= 120; ++s)
        m.add(one, s * 1000, 5, 0, gate, 1000, 5);
    EXPECT_LE(m.batches().size(), RunBatch::kMax);
    quint64 requests = 0;
    for (const RunBatch &b : m.batches()) {
        requests += b.requests;
        EXPECT_LT(b.fromMs, b.toMs);
    }
    EXPECT_EQ(requests, m.total().requests) << "joined, never dropped";
    EXPECT_EQ(m.batches().first().fromMs, 0);
    EXPECT_GE(m.batches().last().toMs, 46'800'000);
}
