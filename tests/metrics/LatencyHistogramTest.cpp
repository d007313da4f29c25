#include "core/metrics/LatencyHistogram.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace canary;

namespace {

// k6's percentile of the exact samples (TrendSink.P in k6 v0.47: i = p × (n − 1), linear between the samples
// at floor(i) and ceil(i)): what the histogram approximates.
double exactPercentile(std::vector<qint64> v, double p)
{
    std::sort(v.begin(), v.end());
    const double i = p / 100.0 * static_cast<double>(v.size() - 1);
    const auto j = static_cast<double>(v[static_cast<size_t>(std::floor(i))]);
    const auto k = static_cast<double>(v[static_cast<size_t>(std::ceil(i))]);
    return j + (k - j) * (i - std::floor(i));
}

void expectWithinOnePercent(const std::vector<qint64> &samples, const char *what)
{
    LatencyHistogram h;
    for (qint64 s : samples)
        h.record(s);
    for (double p : {1.0, 10.0, 50.0, 90.0, 95.0, 99.0, 99.9, 100.0}) {
        const double exact = exactPercentile(samples, p);
        const double got = h.valueAtPercentile(p);
        EXPECT_LE(std::abs(got - exact), std::max(0.01 * exact, 0.5))
            << what << " p" << p << ": exact " << exact << " got " << got;
    }
    EXPECT_EQ(h.count(), samples.size());
    EXPECT_EQ(h.min(), *std::min_element(samples.begin(), samples.end()));
    EXPECT_EQ(h.max(), *std::max_element(samples.begin(), samples.end()));
}

} // namespace

TEST(LatencyHistogram, PercentilesWithinOnePercentOfExactOnRandomSamples)
{
    std::mt19937_64 rng(7);
    std::lognormal_distribution<double> lognormal(std::log(20000.0), 0.6); // ~20 ms median, long tail
    std::vector<qint64> samples;
    for (int i = 0; i < 200000; ++i)
        samples.push_back(static_cast<qint64>(lognormal(rng)));
    expectWithinOnePercent(samples, "lognormal");

    std::uniform_int_distribution<qint64> uniform(1, 3'600'000'000LL); // 1 µs .. 1 h
    samples.clear();
    for (int i = 0; i < 100000; ++i)
        samples.push_back(uniform(rng));
    expectWithinOnePercent(samples, "uniform 1us..1h");
}

TEST(LatencyHistogram, AdversarialShapes)
{
    expectWithinOnePercent(std::vector<qint64>(5000, 123456), "all equal");
    std::vector<qint64> bimodal(9900, 2000);
    bimodal.insert(bimodal.end(), 100, 1'000'000); // 1 % stalls of 1 s
    expectWithinOnePercent(bimodal, "bimodal");
    std::vector<qint64> powers;
    for (int e = 0; e < 32; ++e)
        for (int k = 0; k < 50; ++k)
            powers.push_back((qint64(1) << e) + k); // values hugging bucket edges
    expectWithinOnePercent(powers, "powers of two");
    expectWithinOnePercent({1}, "single sample");
    expectWithinOnePercent({1, 3'600'000'000LL}, "extremes");
}

TEST(LatencyHistogram, FewSamplesInterpolateBetweenRanksAsK6Does)
{
    // Found against the real k6: 62 samples, p99 was 2.9 % over k6's (nearest rank takes the largest sample).
    std::vector<qint64> samples;
    for (int i = 0; i < 61; ++i)
        samples.push_back(10'000 + i * 100); // 10.0 .. 16.0 ms
    samples.push_back(40'000);               // one slow answer
    LatencyHistogram h;
    for (qint64 s : samples)
        h.record(s);
    // k6: i = 0.99 × 61 = 60.39 → 16,000 + 0.39 × 24,000 = 25,360 µs; nearest rank would say 40,000.
    EXPECT_NEAR(h.valueAtPercentile(99), 25'360, 25'360 * 0.005);
    EXPECT_NEAR(h.valueAtPercentile(50), exactPercentile(samples, 50), exactPercentile(samples, 50) * 0.005);
    EXPECT_EQ(h.valueAtPercentile(100), 40'000);
    EXPECT_EQ(h.valueAtPercentile(0), 10'000);
}

TEST(LatencyHistogram, MergeEqualsRecordingEverythingInOne)
{
    std::mt19937_64 rng(11);
    std::exponential_distribution<double> exp(1.0 / 5000.0);
    LatencyHistogram a, b, all;
    for (int i = 0; i < 50000; ++i) {
        const auto v = static_cast<qint64>(exp(rng));
        (i % 3 ? a : b).record(v);
        all.record(v);
    }
    LatencyHistogram merged;
    merged.merge(a);
    merged.merge(b);
    EXPECT_EQ(merged.count(), all.count());
    EXPECT_EQ(merged.min(), all.min());
    EXPECT_EQ(merged.max(), all.max());
    EXPECT_DOUBLE_EQ(merged.mean(), all.mean());
    for (double p : {50.0, 95.0, 99.0})
        EXPECT_EQ(merged.valueAtPercentile(p), all.valueAtPercentile(p));
}

TEST(LatencyHistogram, EmptyAndClampedValues)
{
    LatencyHistogram h;
    EXPECT_EQ(h.count(), 0u);
    EXPECT_EQ(h.valueAtPercentile(95), 0.0);
    h.record(-5); // a clock step backwards must not corrupt the histogram
    h.record(LatencyHistogram::kMaxValue * 4);
    EXPECT_EQ(h.count(), 2u);
    EXPECT_EQ(h.min(), 0);
    EXPECT_EQ(h.max(), LatencyHistogram::kMaxValue);
    h.reset();
    EXPECT_EQ(h.count(), 0u);
}
