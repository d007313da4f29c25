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

namespace {
Snapshot measured(int second, double p95, quint64 requests, quint64 serverErrors = 0)
{
    Snapshot s;
    s.second = second;
    s.elapsedMs = second * 1000LL;
    s.requests = requests;
    s.achievedRate = s.achievedRateLow = static_cast<double>(requests);
    s.targetRate = 1;
    s.service.p95 = s.service.p99 = s.p95Low = p95;
    s.errorClasses[static_cast<size_t>(ErrorClass::ServerError)] = serverErrors;
    s.errorRate = requests ? static_cast<double>(serverErrors) / static_cast<double>(requests) : 0;
    s.deliveryRate = 1 - s.errorRate;
    return s;
}
} // namespace

// #32: a 72-hour run's per-second record in bounded memory. The recent seconds stay as measured; the past is joined
// into envelopes whose worst second survives (a spike of one second in a day is still drawn at its height), whose
// counts are the sum of their seconds, and whose cut depends on the sequence alone (live and re-read agree).
TEST(SnapshotTimeline, ALongRunKeepsBoundedPointsTheRecentSecondsAndTheSpikesOfThePast)
{
    SnapshotTimeline a(60, 100), b(60, 100);
    const int seconds = 72 * 3600;
    quint64 requests = 0, errors = 0;
    for (int i = 1; i <= seconds; ++i) {
        const bool spike = i == 5000;                // one slow second early in the run
        const bool outage = i > 40000 && i <= 40010; // ten seconds of 5xx
        const Snapshot s = measured(i, spike ? 900.0 : 20.0 + (i % 7), 1, outage ? 1 : 0);
        requests += s.requests;
        errors += s.errors(ErrorClass::ServerError);
        a.append(s);
        b.append(s);
        ASSERT_LE(a.size(), 60 + 100 + 1) << "after " << i << " seconds";
    }
    const QList<Snapshot> points = a.points();
    EXPECT_EQ(a.added(), static_cast<quint64>(seconds));
    EXPECT_GE(a.pastSpan(), 2048) << "72 h of past in at most 100 points";
    quint64 sumRequests = 0, sumErrors = 0, spanned = 0;
    double highest = 0, lowest = 1e9;
    for (const Snapshot &p : points) {
        sumRequests += p.requests;
        sumErrors += p.errors(ErrorClass::ServerError);
        spanned += static_cast<quint64>(p.span);
        highest = std::max(highest, p.service.p95);
        lowest = std::min(lowest, p.p95Low);
    }
    EXPECT_EQ(sumRequests, requests) << "counts are summed, nothing lost";
    EXPECT_EQ(sumErrors, errors);
    EXPECT_EQ(spanned, static_cast<quint64>(seconds)) << "every second is in exactly one point";
    EXPECT_EQ(highest, 900.0) << "the one-second spike is the envelope's top, not averaged away";
    EXPECT_EQ(lowest, 20.0) << "and the envelope's floor is the lowest second";
    for (qsizetype i = points.size() - 60; i < points.size(); ++i) {
        EXPECT_EQ(points[i].span, 1) << "the recent seconds are as measured";
        EXPECT_EQ(points[i].second, seconds - (points.size() - 1 - i));
    }
    for (qsizetype i = 1; i < points.size(); ++i)
        ASSERT_LT(points[i - 1].elapsedMs, points[i].elapsedMs) << "oldest first";
    const QList<Snapshot> again = b.points();
    ASSERT_EQ(again.size(), points.size());
    for (qsizetype i = 0; i < points.size(); ++i)
        ASSERT_EQ(again[i].elapsedMs, points[i].elapsedMs) << "the same seconds give the same cut";
    EXPECT_EQ(a.since(seconds - 3).size(), 3) << "a reader that keeps up sees each new second as measured";
}

TEST(SnapshotTimeline, AJoinedPointIsTheWorstOfItsSecondsAndTheSumOfTheirCounts)
{
    Snapshot quiet = measured(1, 0, 0); // a second without requests has no latency to speak of
    Snapshot slow = measured(2, 300, 10, 2);
    slow.inFlight = 8;
    Snapshot fast = measured(3, 10, 30);
    fast.inFlight = 2;
    fast.requestsTotal = 40;
    const Snapshot j = Snapshot::joined(Snapshot::joined(quiet, slow), fast);
    EXPECT_EQ(j.span, 3);
    EXPECT_EQ(j.second, 3);
    EXPECT_EQ(j.elapsedMs, 3000);
    EXPECT_EQ(j.requests, 40u);
    EXPECT_EQ(j.errors(ErrorClass::ServerError), 2u);
    EXPECT_EQ(j.service.p95, 300.0);
    EXPECT_EQ(j.p95Low, 10.0) << "the quiet second's 0 ms is no latency";
    EXPECT_DOUBLE_EQ(j.errorRate, 0.2) << "the worst second's";
    EXPECT_DOUBLE_EQ(j.deliveryRate, 0.8);
    EXPECT_DOUBLE_EQ(j.achievedRate, 40.0 / 3.0) << "the rate is the stretch's mean";
    EXPECT_DOUBLE_EQ(j.achievedRateLow, 0.0) << "and its lowest second is kept";
    EXPECT_EQ(j.inFlight, 3) << "in flight: the mean level (8·1 + 2·1 + 0) / 3";
    EXPECT_EQ(j.requestsTotal, 40u) << "the run so far: as of its last second";
}

// A long stretch without any point (a file's hole of hours) is one point for all its seconds, not one per second.
TEST(RunMetrics, AStretchOfManySecondsIsOnePointAndTheSecondsCountOn)
{
    RunMetrics m;
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    IntervalStats one;
    one.record(result(202, true, true, 10));
    m.add(one, 1000, 1, 0, gate, 0, 0);
    m.add(IntervalStats{}, 7201000, 1, 0, gate, 0, 0, 7200);
    const Snapshot &after = m.add(one, 7202000, 1, 0, gate, 0, 0);
    EXPECT_EQ(after.second, 7202);
    EXPECT_EQ(m.timeline().size(), 3);
    EXPECT_EQ(m.timeline()[1].span, 7200);
}
