#include "core/metrics/LatencyHistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace canary {

// Values below 256 get one bucket each (exact). Above, each power of two [2^e, 2^(e+1)) is split into
// 128 equal buckets of width 2^(e-7): index = (e - 7) * 128 + (v >> (e - 7)), continuous with the first 256.
int LatencyHistogram::indexOf(qint64 value)
{
    const auto v = static_cast<quint64>(std::clamp<qint64>(value, 0, kMaxValue));
    if (v < static_cast<quint64>(kSubBuckets))
        return static_cast<int>(v);
    const int e = std::bit_width(v) - 1; // floor(log2 v), >= 8
    const int shift = e - (kSubBucketBits - 1);
    return shift * kHalf + static_cast<int>(v >> shift);
}

double LatencyHistogram::midpointOf(int index)
{
    if (index < kSubBuckets)
        return index;
    const int shift = index / kHalf - 1;
    const quint64 sub = static_cast<quint64>(index - shift * kHalf); // in [128, 256)
    const double low = static_cast<double>(sub << shift);
    const double width = static_cast<double>(quint64(1) << shift);
    return low + (width - 1) / 2.0;
}

qint64 LatencyHistogram::lowestOf(int index)
{
    if (index < kSubBuckets)
        return index;
    const int shift = index / kHalf - 1;
    return static_cast<qint64>(static_cast<quint64>(index - shift * kHalf) << shift);
}

quint64 LatencyHistogram::countAtLeast(qint64 micros) const
{
    quint64 n = 0;
    for (int i = static_cast<int>(m_counts.size()) - 1; i >= 0 && lowestOf(i) >= micros; --i)
        n += m_counts[static_cast<size_t>(i)];
    return n;
}

void LatencyHistogram::record(qint64 micros)
{
    micros = std::clamp<qint64>(micros, 0, kMaxValue);
    ++m_counts[static_cast<size_t>(indexOf(micros))];
    if (m_count == 0 || micros < m_min)
        m_min = micros;
    if (m_count == 0 || micros > m_max)
        m_max = micros;
    ++m_count;
    m_sum += micros;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_count == 0)
        return;
    for (size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    m_min = m_count ? std::min(m_min, other.m_min) : other.m_min;
    m_max = m_count ? std::max(m_max, other.m_max) : other.m_max;
    m_count += other.m_count;
    m_sum += other.m_sum;
}

void LatencyHistogram::reset()
{
    m_counts.fill(0);
    m_count = 0;
    m_min = m_max = 0;
    m_sum = 0;
}

double LatencyHistogram::valueAtPercentile(double percentile) const
{
    if (m_count == 0)
        return 0.0;
    percentile = std::clamp(percentile, 0.0, 100.0);
    if (percentile <= 0.0)
        return static_cast<double>(m_min);
    // As k6 computes a trend's p(N): the sorted samples' position i = p × (n − 1), linear between the samples
    // at floor(i) and ceil(i) (k6's TrendSink.P). The sample at a rank is its bucket's midpoint; the first and
    // the last are the exact min and max.
    const double position = percentile / 100.0 * static_cast<double>(m_count - 1);
    const auto lo = static_cast<quint64>(std::floor(position));
    const auto hi = static_cast<quint64>(std::ceil(position));
    const double low = valueAtRank(lo);
    return hi == lo ? low : low + (valueAtRank(hi) - low) * (position - static_cast<double>(lo));
}

double LatencyHistogram::valueAtRank(quint64 rank) const
{
    if (rank == 0)
        return static_cast<double>(m_min);
    if (rank + 1 >= m_count)
        return static_cast<double>(m_max);
    quint64 seen = 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        seen += m_counts[i];
        if (seen > rank)
            return std::clamp(midpointOf(static_cast<int>(i)), static_cast<double>(m_min), static_cast<double>(m_max));
    }
    return static_cast<double>(m_max);
}

} // namespace canary
