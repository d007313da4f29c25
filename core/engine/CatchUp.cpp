#include "core/engine/CatchUp.h"

#include <algorithm>

namespace canary {

void CatchUp::refill(qint64 nowNs, double ratePerSecond)
{
    const double burst = std::max(1.0, ratePerSecond * static_cast<double>(kBurstNs) / 1e9);
    if (m_lastNs >= 0 && nowNs > m_lastNs)
        m_tokens += kSpeedup * ratePerSecond * static_cast<double>(nowNs - m_lastNs) / 1e9;
    m_tokens = std::min(burst, m_tokens);
    m_lastNs = std::max(m_lastNs, nowNs);
}

qint64 CatchUp::nsPerSend(double ratePerSecond)
{
    return ratePerSecond > 0 ? static_cast<qint64>(1e9 / (kSpeedup * ratePerSecond)) + 1 : 1'000'000'000;
}

bool CatchUp::take()
{
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace canary
