#include "core/engine/Pacer.h"

#include <algorithm>
#include <cmath>

namespace canary {

Pacer::Pacer(const LoadProfile &profile)
{
    const double unitNs = static_cast<double>(profile.timeUnitMs) * 1e6;
    const bool ramping = profile.executor == LoadProfile::Executor::RampingArrivalRate;
    double previous = ramping ? profile.startRate : (profile.stages.isEmpty() ? 0 : profile.stages.first().rate);
    double before = 0;
    qint64 start = 0;
    for (const LoadStage &stage : profile.stages) {
        const qint64 length = stage.durationMs * 1000000;
        const double from = (ramping ? previous : stage.rate) / unitNs;
        const double to = stage.rate / unitNs;
        m_segments.append(Segment{start, length, from, to, before});
        before += (from + to) / 2.0 * static_cast<double>(length);
        start += length;
        previous = stage.rate;
    }
    m_durationNs = start;
    // Arrivals in [0, T): ceil(N(T)), with a tolerance so 250/s × 30 min is exactly 450000, not 450001.
    m_total = static_cast<quint64>(std::max(0.0, std::ceil(before - 1e-6)));
}

double Pacer::cumulative(qint64 ns) const
{
    if (m_segments.isEmpty() || ns <= 0)
        return 0;
    for (const Segment &s : m_segments) {
        if (ns < s.startNs + s.lengthNs) {
            const double t = static_cast<double>(ns - s.startNs);
            const double slope = (s.toPerNs - s.fromPerNs) / static_cast<double>(s.lengthNs);
            return s.before + s.fromPerNs * t + slope * t * t / 2.0;
        }
    }
    const Segment &last = m_segments.last();
    return last.before + (last.fromPerNs + last.toPerNs) / 2.0 * static_cast<double>(last.lengthNs);
}

quint64 Pacer::arrivalsBy(qint64 elapsedNs) const
{
    if (elapsedNs < 0 || m_total == 0)
        return 0;
    // Arrival n is due when N(t) reaches n, so by time t about floor(N(t)) + 1 are due. dueNs() is the
    // reference: nudge the estimate so both always agree, whatever the floating-point rounding.
    quint64 due = std::min(static_cast<quint64>(std::floor(cumulative(elapsedNs))) + 1, m_total);
    while (due < m_total && dueNs(due) <= elapsedNs)
        ++due;
    while (due > 0 && dueNs(due - 1) > elapsedNs)
        --due;
    return due;
}

qint64 Pacer::dueNs(quint64 n) const
{
    const double target = static_cast<double>(n);
    for (const Segment &s : m_segments) {
        const double after = s.before + (s.fromPerNs + s.toPerNs) / 2.0 * static_cast<double>(s.lengthNs);
        if (target >= after && &s != &m_segments.last())
            continue;
        const double m = target - s.before; // arrivals still to go inside this segment
        const double a = (s.toPerNs - s.fromPerNs) / (2.0 * static_cast<double>(s.lengthNs));
        const double b = s.fromPerNs;
        double t;
        if (m <= 0) {
            t = 0;
        } else if (std::abs(a) * static_cast<double>(s.lengthNs) < 1e-12 * std::max(b, 1e-30)) {
            t = b > 0 ? m / b : 0;
        } else {
            // a t² + b t - m = 0, the root in [0, length]; written to avoid cancellation when b >> a.
            const double disc = std::max(0.0, b * b + 4.0 * a * m);
            t = (2.0 * m) / (b + std::sqrt(disc));
        }
        return s.startNs + static_cast<qint64>(std::llround(std::clamp(t, 0.0, static_cast<double>(s.lengthNs))));
    }
    return m_durationNs;
}

double Pacer::ratePerSecondAt(qint64 elapsedNs) const
{
    for (const Segment &s : m_segments) {
        if (elapsedNs < s.startNs + s.lengthNs) {
            const double f =
                static_cast<double>(std::max<qint64>(0, elapsedNs - s.startNs)) / static_cast<double>(s.lengthNs);
            return (s.fromPerNs + (s.toPerNs - s.fromPerNs) * f) * 1e9;
        }
    }
    return 0;
}

} // namespace canary
