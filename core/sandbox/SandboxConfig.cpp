#include "core/sandbox/SandboxConfig.h"

namespace canary {

Status SandboxConfig::validate() const
{
    auto ratio = [](double v) { return v >= 0.0 && v <= 1.0; };
    if (!ratio(errorRatio))
        return Status::failure(QStringLiteral("error ratio must be between 0 and 1, got %1").arg(errorRatio));
    if (!ratio(undeliveredRatio))
        return Status::failure(
            QStringLiteral("undelivered ratio must be between 0 and 1, got %1").arg(undeliveredRatio));
    if (!ratio(tailRatio))
        return Status::failure(QStringLiteral("tail ratio must be between 0 and 1, got %1").arg(tailRatio));
    if (errorRatio + undeliveredRatio > 1.0)
        return Status::failure(QStringLiteral("error ratio + undelivered ratio must not exceed 1"));
    if (baseLatencyMs < 0 || tailLatencyMs < 0 || baseLatencyMs > 600000 || tailLatencyMs > 600000)
        return Status::failure(QStringLiteral("latencies must be between 0 and 600000 ms"));
    if (stallEveryMs < 0 || stallForMs < 0 || (stallForMs > 0 && stallForMs >= stallEveryMs))
        return Status::failure(QStringLiteral("a stall must be shorter than the interval between stalls"));
    if (outageAtMs < 0 || outageForMs < 0)
        return Status::failure(QStringLiteral("an outage's start and length must not be negative"));
    if (tokenLifetimeSec < 1)
        return Status::failure(QStringLiteral("token lifetime must be at least 1 s, got %1").arg(tokenLifetimeSec));
    if (clientId.isEmpty() || clientSecret.isEmpty())
        return Status::failure(QStringLiteral("client id and secret must not be empty"));
    return Done{};
}

} // namespace canary
