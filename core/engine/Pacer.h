#pragma once

// When each arrival of an open-model load profile is due: pure maths, no timers. Arrival n (0-based)
// is due at the time t where the cumulative arrivals N(t) = ∫rate = n; a run of rate r for T schedules
// exactly r·T arrivals in [0, T). Ramping stages change the rate linearly, like k6's ramping-arrival-rate.

#include "core/scenario/Scenario.h"

#include <QList>

namespace canary {

class Pacer
{
public:
    explicit Pacer(const LoadProfile &profile);

    // How many arrivals are due by elapsedNs (those with due time <= elapsed), capped at the total.
    quint64 arrivalsBy(qint64 elapsedNs) const;
    // Due time of arrival n, in ns since the start.
    qint64 dueNs(quint64 n) const;
    quint64 totalArrivals() const { return m_total; }
    qint64 durationNs() const { return m_durationNs; }
    // Arrivals per second the profile asks for at this moment.
    double ratePerSecondAt(qint64 elapsedNs) const;

private:
    struct Segment
    {
        qint64 startNs;
        qint64 lengthNs;
        double fromPerNs; // rate at the start, arrivals per ns
        double toPerNs;   // rate at the end
        double before;    // cumulative arrivals at the start
    };
    double cumulative(qint64 ns) const;

    QList<Segment> m_segments;
    qint64 m_durationNs = 0;
    quint64 m_total = 0;
};

} // namespace canary
