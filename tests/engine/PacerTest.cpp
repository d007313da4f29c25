#include "core/engine/CatchUp.h"
#include "core/engine/Pacer.h"

#include <QMap>

#include <gtest/gtest.h>

#include <algorithm>

using namespace canary;

namespace {
constexpr qint64 kSec = 1'000'000'000;

LoadProfile constant(double rate, qint64 ms)
{
    LoadProfile p;
    p.stages = {LoadStage{rate, ms}};
    return p;
}
} // namespace

TEST(Pacer, ConstantRateSchedulesExactlyRateTimesDuration)
{
    const Pacer seed(constant(250, 30 * 60 * 1000));
    EXPECT_EQ(seed.totalArrivals(), 450000u);
    EXPECT_EQ(seed.durationNs(), 1800 * kSec);
    EXPECT_EQ(seed.dueNs(0), 0);
    EXPECT_EQ(seed.dueNs(1), 4'000'000); // every 4 ms
    EXPECT_EQ(seed.dueNs(250), kSec);
    EXPECT_EQ(seed.dueNs(449999), 1800 * kSec - 4'000'000);
    EXPECT_EQ(seed.arrivalsBy(0), 1u); // the first arrival is due at t = 0
    EXPECT_EQ(seed.arrivalsBy(3'999'999), 1u);
    EXPECT_EQ(seed.arrivalsBy(4'000'000), 2u);
    EXPECT_EQ(seed.arrivalsBy(kSec - 1), 250u);
    EXPECT_EQ(seed.arrivalsBy(3600 * kSec), 450000u) << "never more than the total";
    EXPECT_EQ(seed.arrivalsBy(-1), 0u);
    EXPECT_DOUBLE_EQ(seed.ratePerSecondAt(10 * kSec), 250.0);
}

TEST(Pacer, CatchUpAfterALateTickReleasesEverythingDueWithItsIntendedTime)
{
    // A tick that comes 500 ms late finds 125 more arrivals due; each keeps its own intended time.
    const Pacer p(constant(250, 10000));
    const quint64 before = p.arrivalsBy(kSec);
    const quint64 after = p.arrivalsBy(kSec + kSec / 2);
    EXPECT_EQ(after - before, 125u);
    for (quint64 n = before; n < after; ++n) {
        EXPECT_LE(p.dueNs(n), kSec + kSec / 2);
        EXPECT_GT(p.dueNs(n), kSec - 1);
    }
}

TEST(Pacer, TimeUnitScalesTheRate)
{
    LoadProfile perMinute = constant(600, 60000);
    perMinute.timeUnitMs = 60000; // 600 per minute = 10/s
    const Pacer p(perMinute);
    EXPECT_EQ(p.totalArrivals(), 600u);
    EXPECT_EQ(p.dueNs(10), kSec);
    EXPECT_DOUBLE_EQ(p.ratePerSecondAt(0), 10.0);
}

TEST(Pacer, RampingStagesIntegrateLinearly)
{
    LoadProfile r;
    r.executor = LoadProfile::Executor::RampingArrivalRate;
    r.startRate = 0;
    r.stages = {LoadStage{100, 10000}, LoadStage{100, 10000}, LoadStage{0, 10000}};
    const Pacer p(r);
    // 0→100/s over 10 s = 500, 100/s for 10 s = 1000, 100→0 over 10 s = 500.
    EXPECT_EQ(p.totalArrivals(), 2000u);
    EXPECT_NEAR(p.ratePerSecondAt(5 * kSec), 50.0, 1e-9);
    EXPECT_NEAR(p.ratePerSecondAt(15 * kSec), 100.0, 1e-9);
    EXPECT_NEAR(p.ratePerSecondAt(25 * kSec), 50.0, 1e-9);
    // N(t) = 5 t² in the first stage: arrival 125 is due at t = 5 s, arrival 500 at 10 s.
    EXPECT_NEAR(static_cast<double>(p.dueNs(125)), 5.0 * kSec, 1e3);
    EXPECT_NEAR(static_cast<double>(p.dueNs(500)), 10.0 * kSec, 1e3);
    EXPECT_NEAR(static_cast<double>(p.dueNs(1000)), 15.0 * kSec, 1e3);
    // dueNs and arrivalsBy agree everywhere, and due times never go backwards.
    qint64 previous = -1;
    for (quint64 n = 0; n < p.totalArrivals(); ++n) {
        const qint64 t = p.dueNs(n);
        ASSERT_GE(t, previous) << n;
        ASSERT_GE(p.arrivalsBy(t), n + 1) << "arrival " << n << " is due by its own due time";
        ASSERT_LE(p.arrivalsBy(t - 1000), n + 1) << n;
        previous = t;
    }
}

TEST(Pacer, EmptyAndZeroProfilesScheduleNothing)
{
    const Pacer none{LoadProfile{}};
    EXPECT_EQ(none.totalArrivals(), 0u);
    EXPECT_EQ(none.arrivalsBy(kSec), 0u);
    LoadProfile zero;
    zero.executor = LoadProfile::Executor::RampingArrivalRate;
    zero.stages = {LoadStage{0, 5000}};
    EXPECT_EQ(Pacer(zero).totalArrivals(), 0u);
}

namespace {

// One worker's scheduling loop on simulated time, as HttpWorker runs it: each tick sends what is due (skipping
// what is more than CatchUp::kLateNs late, holding what the bucket has no room for) and says when it sent.
struct Simulated
{
    QList<qint64> sentAtNs;
    quint64 skipped = 0;
};

Simulated simulate(const Pacer &p, const QList<std::pair<qint64, qint64>> &pauses, qint64 tickNs)
{
    Simulated out;
    CatchUp catchUp;
    quint64 next = 0;
    for (qint64 now = 0; now <= p.durationNs() + 2 * kSec && next < p.totalArrivals(); now += tickNs) {
        bool paused = false;
        for (const auto &[from, to] : pauses)
            paused = paused || (now >= from && now < to);
        if (paused)
            continue;
        const quint64 due = p.arrivalsBy(now);
        while (next < due) {
            const qint64 dueNs = p.dueNs(next);
            if (CatchUp::tooLate(dueNs, now)) {
                ++out.skipped;
                ++next;
                continue;
            }
            catchUp.refill(now, p.ratePerSecondAt(dueNs));
            if (!catchUp.take())
                break;
            out.sentAtNs << now;
            ++next;
        }
    }
    return out;
}

int mostIn100Ms(const QList<qint64> &times)
{
    QMap<qint64, int> windows;
    for (qint64 t : times)
        ++windows[t / 100'000'000];
    int most = 0;
    for (int n : windows)
        most = std::max(most, n);
    return most;
}

} // namespace

TEST(CatchUp, OnTimeEverythingGoesOutAtItsMomentWhateverTheTimersJitter)
{
    LoadProfile l;
    l.stages = {LoadStage{250, 20000}};
    const Pacer p(l);
    for (const qint64 tick : {1'000'000LL, 7'000'000LL, 40'000'000LL}) { // 1 ms, 7 ms, a 40-ms event loop
        const Simulated s = simulate(p, {}, tick);
        EXPECT_EQ(s.skipped, 0u) << tick;
        EXPECT_EQ(static_cast<quint64>(s.sentAtNs.size()), p.totalArrivals()) << tick;
        EXPECT_LE(mostIn100Ms(s.sentAtNs), 25 + 13) << "no more than the plan (25 per 100 ms) plus a tick's worth";
    }
}

TEST(CatchUp, APauseIsAHoleNotABurst)
{
    // 100/s for 30 s; the client stopped for 10 s at 0:08 (what kill -STOP did to a run that then sent 471 requests
    // in the first second after it, 401 within 100 ms).
    LoadProfile l;
    l.stages = {LoadStage{100, 30000}};
    const Pacer p(l);
    const Simulated s = simulate(p, {{8 * kSec, 18 * kSec}}, 1'000'000);
    EXPECT_EQ(static_cast<quint64>(s.sentAtNs.size()) + s.skipped, p.totalArrivals()) << "each arrival sent or counted";
    // The hole: what fell due more than a second before the resume is not sent; the last second's are, late.
    EXPECT_EQ(s.skipped, 900u);
    const int most = mostIn100Ms(s.sentAtNs);
    EXPECT_LE(most, 3 * 10) << "never more than a small multiple of the plan (10 per 100 ms) in any 100 ms";
    EXPECT_GE(most, 10);
    // After the resume it catches up at twice the plan's pace: in the first second at most about 2 × 100.
    int firstSecond = 0;
    for (qint64 t : s.sentAtNs)
        firstSecond += t >= 18 * kSec && t < 19 * kSec ? 1 : 0;
    EXPECT_LE(firstSecond, 2 * 100 + 5);
}

TEST(CatchUp, ABucketFillsWithTimeUpToABurstAndNeverBeyond)
{
    CatchUp c;
    c.refill(0, 1000);
    c.refill(3'600'000'000'000LL, 1000); // an hour later: the burst (50 ms of 1000/s), not an hour's worth
    EXPECT_NEAR(c.tokens(), 50.0, 1e-9);
    int taken = 0;
    while (c.take())
        ++taken;
    EXPECT_EQ(taken, 50);
    c.refill(3'600'001'000'000LL, 1000); // 1 ms later at twice 1000/s: two more sends
    EXPECT_NEAR(c.tokens(), 2.0, 1e-6);
    EXPECT_EQ(CatchUp::nsPerSend(1000), 500'001);
}
