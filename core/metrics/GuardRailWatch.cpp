#include "core/metrics/GuardRailWatch.h"

#include "core/common/Duration.h"

#include <QCoreApplication>
#include <QLocale>

namespace canary {

std::optional<QString> GuardRailWatch::check(const Snapshot &s)
{
    if (m_crossed)
        return std::nullopt;
    if (m_earlyRequests == m_earlyTls && s.elapsedMs - 1000 < kTlsWindowMs) { // still inside the first seconds
        m_earlyRequests += s.requests;
        m_earlyTls += s.tlsFailures;
        if (s.tlsFailures)
            m_earlyTlsKind = s.tlsKind;
        if (s.elapsedMs >= kTlsWindowMs && m_earlyRequests > 0 && m_earlyRequests == m_earlyTls) {
            m_crossed = true;
            QString why;
            switch (m_earlyTlsKind) {
            case ErrorClass::TlsExpired:
                why = QCoreApplication::translate("Run", "its certificate has expired or is not yet valid");
                break;
            case ErrorClass::TlsUnknownIssuer:
                why = QCoreApplication::translate("Run", "its certificate's issuer is not trusted (target.caBundle?)");
                break;
            case ErrorClass::TlsHostname:
                why = QCoreApplication::translate("Run", "its certificate is for another host name");
                break;
            default:
                why = QCoreApplication::translate("Run", "the TLS handshake failed");
                break;
            }
            return QCoreApplication::translate("Run", "every request of the first %1 failed TLS (%2): nothing can "
                                                      "reach the service, so the load stopped")
                .arg(duration::format(kTlsWindowMs), why);
        }
    }
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
