#include "core/judge/Confidence.h"
#include "core/judge/Judgement.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace canary;

namespace {

// A service whose latency drifts: each second's level follows an AR(1) process around 100 ms (φ = 0.95, so a slow
// minute stays slow for a while), and each request varies around its second's level (log-normal, σ = 0.3). Requests
// a second apart are far from independent — what a real service under load looks like.
struct DriftingService
{
    explicit DriftingService(quint64 seed, double phi = 0.95, double sigma = 0.06)
        : random(seed), phi(phi), sigma(sigma)
    {
    }
    std::mt19937_64 random;
    double phi, sigma;
    std::normal_distribution<double> normal{0.0, 1.0};
    double level = 0; // log-deviation of this second

    // seconds of load at rate/s, cut into RunBatch::kCount batches.
    QList<RunBatch> run(int seconds, int rate, LatencyHistogram *all = nullptr)
    {
        QList<RunBatch> batches(RunBatch::kCount);
        const int perBatch = seconds / RunBatch::kCount;
        for (int s = 0; s < seconds; ++s) {
            level = phi * level + sigma * normal(random);
            RunBatch &b = batches[std::min<qsizetype>(s / perBatch, batches.size() - 1)];
            for (int i = 0; i < rate; ++i) {
                const auto micros = static_cast<qint64>(100000.0 * std::exp(level + 0.3 * normal(random)));
                b.service.record(micros);
                if (all)
                    all->record(micros);
                ++b.requests;
            }
        }
        return batches;
    }
};

Threshold p95(double limit)
{
    return Threshold{QStringLiteral("http_req_duration"),
                     ThresholdExpression::parse(QStringLiteral("p(95)<=%1").arg(limit)).value()};
}

} // namespace

TEST(Confidence, TheBatchIntervalCoversTheTruthAbout95PercentOfTheTimeOnADriftingServiceWhereTheNaiveOneDoesNot)
{
    constexpr int kRuns = 200, kSeconds = 900, kRate = 20;
    // The truth: the p95 of every request of every run (5.4 M requests).
    LatencyHistogram everything;
    QList<QList<RunBatch>> runs;
    QList<LatencyHistogram> totals;
    for (int r = 0; r < kRuns; ++r) {
        DriftingService service(1000 + r);
        LatencyHistogram total;
        runs << service.run(kSeconds, kRate, &total);
        everything.merge(total);
        totals << total;
    }
    const double truth = everything.valueAtPercentile(95) / 1000.0;
    int batchCovers = 0, naiveCovers = 0;
    for (int r = 0; r < kRuns; ++r) {
        const double value = totals[r].valueAtPercentile(95) / 1000.0;
        const Interval ci = Confidence::interval(p95(250), value, runs[r]);
        ASSERT_TRUE(ci.known());
        batchCovers += ci.holds(truth) ? 1 : 0;
        // The naive interval: requests independent, the binomial order statistics around rank 0.95·n.
        const double n = static_cast<double>(totals[r].count());
        const double spread = 1.96 * std::sqrt(0.95 * 0.05 / n) * 100.0;
        const Interval naive{totals[r].valueAtPercentile(95 - spread) / 1000.0,
                             totals[r].valueAtPercentile(95 + spread) / 1000.0};
        naiveCovers += naive.holds(truth) ? 1 : 0;
    }
    const double batchCoverage = static_cast<double>(batchCovers) / kRuns;
    const double naiveCoverage = static_cast<double>(naiveCovers) / kRuns;
    EXPECT_GE(batchCoverage, 0.90) << "batch means: " << batchCoverage;
    EXPECT_LE(batchCoverage, 0.99) << "batch means: " << batchCoverage;
    EXPECT_LT(naiveCoverage, 0.75) << "naive: " << naiveCoverage << " — the correlation in time is real here";
    std::printf("coverage of a 95 %% interval on a drifting service: batch means %.3f, naive %.3f\n", batchCoverage,
                naiveCoverage);
}

TEST(Confidence, AFigureWhoseIntervalHoldsTheLimitKeepsItsOutcomeAndSaysItIsNotProven)
{
    DriftingService service(7);
    LatencyHistogram total;
    const QList<RunBatch> batches = service.run(600, 20, &total);
    const double value = total.valueAtPercentile(95) / 1000.0;
    const Interval ci = Confidence::interval(p95(250), value, batches);
    ASSERT_TRUE(ci.known());
    // A limit a hair above the value: PASS, but within the uncertainty; far above: PASS, settled.
    const auto longer = Confidence::lengthToSettle(ci, value, value + (ci.hi - value) / 2);
    ASSERT_TRUE(longer.has_value());
    EXPECT_NEAR(*longer, 4.0, 0.01) << "half the half-width away: four times as long";
    EXPECT_FALSE(Confidence::lengthToSettle(ci, value, ci.hi + 1).has_value());

    GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const double limit = std::ceil(value + (ci.hi - value) / 3);
    gate.thresholds[0] = p95(limit);
    IntervalStats t;
    t.service = total;
    t.requests = total.count();
    RunFacts facts{600000, 600000, static_cast<double>(total.count()), false, {}};
    JudgeInput in;
    in.gate = gate;
    in.total = &t;
    in.facts = facts;
    in.batches = &batches;
    const Judgement j = Judge::judge(in);
    const CriterionResult &c = j.verdict.criteria[0];
    ASSERT_EQ(c.key, QStringLiteral("http_req_duration:p(95)<=%1").arg(limit));
    EXPECT_TRUE(c.pass) << "the gate's outcome stands (k6's meaning)";
    EXPECT_TRUE(c.uncertain);
    EXPECT_LE(c.ciLo, c.value);
    EXPECT_GE(c.ciHi, limit);
    EXPECT_TRUE(c.confidence.contains(QStringLiteral("within the uncertainty of the ≤ %1 ms limit").arg(limit)))
        << c.confidence.toStdString();
    EXPECT_TRUE(c.confidence.contains(QStringLiteral("not proven at this run length")));
    EXPECT_TRUE(c.margin.contains(QStringLiteral("not proven")));
    const QJsonObject json = j.toJson();
    const QJsonObject first = json.value(QStringLiteral("criteria")).toArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("ci")).toArray().size(), 2);
    EXPECT_TRUE(first.value(QStringLiteral("uncertain")).toBool());
    EXPECT_EQ(Judgement::fromJson(json)->toJson(), json);
}

TEST(Confidence, TheShiftOfTwoRunsIsNoDetectableChangeForTheSameServiceAndSlowerForASlowerOne)
{
    // Twenty pairs of runs of the same service (different seeds; its level drifts about ±5 % over tens of seconds),
    // compared on their p95 per stretch as `canarydesk compare` does: at most one called a change.
    auto p95s = [](const QList<RunBatch> &batches) { return Confidence::valuesOf(p95(250), batches)->values; };
    int changes = 0, slower = 0;
    for (int pair = 0; pair < 20; ++pair) {
        DriftingService a(5000 + pair, 0.9, 0.02), b(9000 + pair, 0.9, 0.02);
        const auto shift = Confidence::shift(p95s(a.run(600, 20)), p95s(b.run(600, 20)));
        ASSERT_TRUE(shift.has_value());
        changes += shift->p < 0.05 ? 1 : 0;
        // The same service 10 % slower.
        DriftingService c(7000 + pair, 0.9, 0.02);
        QList<double> slowed = p95s(c.run(600, 20));
        for (double &v : slowed)
            v *= 1.10;
        DriftingService d(3000 + pair, 0.9, 0.02);
        const auto worse = Confidence::shift(p95s(d.run(600, 20)), slowed);
        slower += worse->p < 0.05 && worse->estimate > 0 && worse->ci.lo > 0 ? 1 : 0;
    }
    EXPECT_LE(changes, 1) << "a change called between runs of the same service";
    EXPECT_GE(slower, 18) << "a 10 % slower service called slower";
    std::printf("same service: %d of 20 called a change; 10 %% slower: %d of 20 called slower\n", changes, slower);
}
