#include "core/engine/Pacer.h"

#include <gtest/gtest.h>

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
