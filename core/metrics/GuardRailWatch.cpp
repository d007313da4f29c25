#include "core/metrics/GuardRailWatch.h"

#include "core/common/Duration.h"

#include <QCoreApplication>
#include <QLocale>

namespace canary {

std::optional<QString> GuardRailWatch::check(const Snapshot &s)
{
    if (m_crossed)
        return std::nullopt;
    auto overFor = [&](bool over, qint64 &since) {
        since = over ? (since < 0 ? s.elapsedMs - 1000 : since) : -1;
        return over && s.elapsedMs - since >= m_rails.forMs;
    };
    if (m_rails.errorRatePercent &&
        overFor(s.achievedRate > 0 && s.errorRate * 100 > *m_rails.errorRatePercent, m_errorSinceMs)) {
        m_crossed = true;
        return QCoreApplication::translate("Run", "guard rail: error rate above %1 % for %2")
            .arg(QLocale().toString(*m_rails.errorRatePercent), duration::format(m_rails.forMs));
    }
    if (m_rails.p95Ms && overFor(s.achievedRate > 0 && s.service.p95 > *m_rails.p95Ms, m_p95SinceMs)) {
        m_crossed = true;
        return QCoreApplication::translate("Run", "guard rail: p95 above %1 ms for %2")
            .arg(QLocale().toString(*m_rails.p95Ms), duration::format(m_rails.forMs));
    }
    return std::nullopt;
}

} // namespace canary
