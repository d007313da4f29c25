#pragma once

// HDR-style log-linear latency histogram: constant memory (~34 KB), values from 1 µs to over 1 h,
// ≤ 0.4 % relative error on any percentile (256 sub-buckets per power of two, midpoint reported),
// exact count, min, max and mean. Mergeable, so per-thread interval histograms add up.

#include <QtGlobal>

#include <array>
#include <cstdint>

namespace canary {

class LatencyHistogram
{
public:
    void record(qint64 micros);
    void merge(const LatencyHistogram &other);
    void reset();

    quint64 count() const { return m_count; }
    // All in microseconds. With no samples: 0 (callers check count()).
    // p(N) as k6 reports it: interpolated between the samples at ranks floor and ceil of N/100 × (count − 1).
    double valueAtPercentile(double percentile) const;
    qint64 min() const { return m_count ? m_min : 0; }
    qint64 max() const { return m_count ? m_max : 0; }
    double mean() const { return m_count ? static_cast<double>(m_sum) / static_cast<double>(m_count) : 0.0; }
    long double sum() const { return m_sum; } // µs
    // Samples certainly at or above micros: those in buckets whose every value is (a lower bound of the true count).
    quint64 countAtLeast(qint64 micros) const;

    static constexpr int kSubBucketBits = 8;
    static constexpr qint64 kMaxValue = (qint64(1) << 40) - 1; // ~12.7 days in µs; larger values clamp

private:
    // The sample at a 0-based rank of the sorted samples (its bucket's midpoint; the exact min and max at the ends).
    double valueAtRank(quint64 rank) const;
    static int indexOf(qint64 value);
    static double midpointOf(int index);
    static qint64 lowestOf(int index);

    static constexpr int kSubBuckets = 1 << kSubBucketBits; // 256
    static constexpr int kHalf = kSubBuckets / 2;           // 128
    static constexpr int kBuckets = (40 - kSubBucketBits + 1) * kHalf + kHalf;
    std::array<quint64, kBuckets> m_counts{};
    quint64 m_count = 0;
    qint64 m_min = 0;
    qint64 m_max = 0;
    long double m_sum = 0;
};

} // namespace canary
