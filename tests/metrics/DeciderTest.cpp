// When a criterion is decided: table tests on the boundaries (one point before, at, after the moment the failure can
// no longer be undone), and never for a run that could still pass.
#include "core/metrics/Decider.h"
#include "core/metrics/RunMetrics.h"

#include <gtest/gtest.h>

using namespace canary;

namespace {

Threshold threshold(const char *metric, const char *expression)
{
    return Threshold{QString::fromLatin1(metric), ThresholdExpression::parse(QString::fromLatin1(expression)).value()};
}

// n requests of latencyMs each; the first failed of them failed the checks (5xx), the first undelivered of them were
// answered but not delivered.
IntervalStats requests(quint64 n, qint64 latencyMs, quint64 failed = 0, quint64 undelivered = 0)
{
    IntervalStats s;
    for (quint64 i = 0; i < n; ++i) {
        RequestResult r;
        r.sentNs = 0;
        r.finishedNs = latencyMs * 1'000'000;
        const bool bad = i < failed;
        r.status = bad ? 503 : 202;
        r.errorClass = bad ? ErrorClass::ServerError : ErrorClass::None;
        r.checkOk = !bad;
        r.delivered = !bad && i >= failed + undelivered;
        s.record(r);
    }
    return s;
}

} // namespace

TEST(Decider, AnErrorRateIsDecidedOnceTheFailuresExceedTheBudgetOfThePlannedTotal)
{
    const Threshold errors = threshold("errors", "rate<=0.005");
    struct Case
    {
        quint64 done, failed, planned;
        bool decided;
    };
    // 1,000 planned at ≤ 0.5 %: 5 failures can still end at 0.5 %; the 6th decides — however early it comes.
    const Case cases[] = {
        {10, 5, 1000, false},  {10, 6, 1000, true}, {1000, 5, 1000, false},
        {1000, 6, 1000, true}, {100, 50, 0, false}, // the planned total unknown: never decided
    };
    for (const Case &c : cases) {
        const auto why = Decider::threshold(errors, requests(c.done, 10, c.failed), c.planned);
        EXPECT_EQ(why.has_value(), c.decided) << c.done << " done, " << c.failed << " failed of " << c.planned;
    }
}

TEST(Decider, ASuccessRateIsDecidedOnceEvenAllTheRestDeliveredCouldNotLiftIt)
{
    const Threshold delivery = threshold("delivery_success", "rate>=0.99");
    // 1,000 planned at ≥ 99 %: 10 missing can still end at 99 %; the 11th decides.
    EXPECT_FALSE(Decider::threshold(delivery, requests(20, 10, 0, 10), 1000));
    const auto why = Decider::threshold(delivery, requests(20, 10, 0, 11), 1000);
    ASSERT_TRUE(why);
    EXPECT_TRUE(why->contains(QStringLiteral("98.900 %"))) << why->toStdString();
}

TEST(Decider, ALatencyPercentileIsDecidedOnceMoreOfThePlannedRequestsAreOverItThanItLetsThrough)
{
    const Threshold p95 = threshold("http_req_duration", "p(95)<=250");
    // 1,000 planned: p(95) is over 250 ms once ≥ 1000·0.05 + 0.95 + 1 = 51.95 points are: 52 decide, 51 do not.
    IntervalStats slow = requests(51, 400);
    EXPECT_FALSE(Decider::threshold(p95, slow, 1000));
    slow.merge(requests(1, 400));
    EXPECT_TRUE(Decider::threshold(p95, slow, 1000));
    // What was decided holds at the end: the worst the rest can do for it is to be fast.
    IntervalStats whole = slow;
    whole.merge(requests(1000 - 52, 1));
    EXPECT_FALSE(p95.expression.holds(ThresholdEvaluator::measure(p95, whole, 10)));
    // Fast requests never decide it, and a latency exactly at the limit is within it.
    EXPECT_FALSE(Decider::threshold(p95, requests(900, 250), 1000));
    EXPECT_FALSE(Decider::threshold(threshold("http_req_duration", "p(95)>=1"), requests(900, 400), 1000))
        << "a lower bound can always still be met by what comes";
    EXPECT_TRUE(Decider::threshold(threshold("http_req_duration", "max<300"), requests(1, 300), 1000));
    EXPECT_TRUE(Decider::threshold(threshold("http_req_duration", "avg<100"), requests(200, 600), 1000))
        << "200 × 600 ms over at most 1,000 requests: a mean of 120 ms at the least";
    EXPECT_FALSE(Decider::threshold(threshold("http_req_duration", "avg<100"), requests(100, 600), 1000));
}

TEST(Decider, ADroppedArrivalDecidesAtOnceAndTheRateOnlyOnceTheRestCouldNotMakeUpForTheDrops)
{
    GateProfile gate = *GateProfile::builtin(QStringLiteral("gate1"));
    IntervalStats s = requests(100, 10);
    auto keys = [&](quint64 planned) {
        QStringList out;
        for (const auto &[key, why] : Decider::decide(gate, s, planned))
            out << key;
        return out;
    };
    EXPECT_TRUE(keys(1000).isEmpty());
    s.recordDropped();
    EXPECT_EQ(keys(1000), QStringList{QStringLiteral("dropped")});
    for (int i = 0; i < 10; ++i) // 11 dropped of 1,000: at most 989 sent, under the 99 % the rate needs
        s.recordDropped();
    EXPECT_EQ(keys(1000), (QStringList{QStringLiteral("dropped"), QStringLiteral("rate")}));
}

TEST(Decider, RunMetricsRecordsEachDecisionOnceAtTheSecondItWasDecidedIn)
{
    const GateProfile gate = *GateProfile::builtin(QStringLiteral("gate1"));
    RunMetrics m;
    m.add(requests(100, 10, 4), 1000, 100, 0, gate, 10000, 1000); // 4 of 1,000 planned: both can still hold
    EXPECT_EQ(m.timeline().last().decidedAtMs(), -1);
    m.add(requests(100, 10, 1), 2000, 100, 0, gate, 10000, 1000); // 5: "< 0.5 %" can no longer hold
    m.add(requests(100, 10, 1), 3000, 100, 0, gate, 10000, 1000); // 6: nor "≤ 0.5 %"
    m.add(requests(100, 10, 3), 4000, 100, 0, gate, 10000, 1000);
    ASSERT_EQ(m.decisions().size(), 2) << "http_req_failed and errors, each once";
    EXPECT_EQ(m.decisions()[0].key, QStringLiteral("http_req_failed:rate<0.005"));
    EXPECT_EQ(m.decisions()[0].atMs, 2000);
    EXPECT_EQ(m.decisions()[1].key, QStringLiteral("errors:rate<=0.005"));
    EXPECT_EQ(m.decisions()[1].atMs, 3000);
    EXPECT_TRUE(m.decisions()[1].why.startsWith(QStringLiteral("Error rate (errors) can no longer be ≤ 0.5 %")))
        << m.decisions()[1].why.toStdString();
    EXPECT_EQ(m.timeline().last().decidedAtMs(), 2000) << "the verdict was decided by the first of them";
    const QList<ThresholdResult> thresholds = m.last()->thresholds;
    const auto decided =
        std::count_if(thresholds.cbegin(), thresholds.cend(), [](const ThresholdResult &r) { return r.decided; });
    EXPECT_EQ(decided, 2);
}
