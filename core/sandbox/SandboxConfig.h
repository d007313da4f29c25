#pragma once

// How the sandbox target behaves: credentials it accepts, token lifetime, and the latency, error and
// delivery failures it injects.

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace canary {

struct SandboxConfig
{
    // Demo credentials. They guard nothing real; the sandbox only ever listens on loopback.
    QString clientId = QStringLiteral("auto_com_center_client");
    QString clientSecret = QStringLiteral("canarydesk-demo-secret");
    QString providerApiKey = QStringLiteral("SG.canarydesk-demo-key");
    qint64 tokenLifetimeSec = 3600;

    // Latency: every notification waits baseLatencyMs; a tailRatio share waits up to tailLatencyMs more
    // (uniform); every stallEveryMs the service stalls for stallForMs and holds what arrives until the
    // stall ends.
    int baseLatencyMs = 5;
    int tailLatencyMs = 0;
    double tailRatio = 0.0;
    qint64 stallEveryMs = 0;
    qint64 stallForMs = 0;

    // An outage: outageAtMs after the first notification the service goes away for outageForMs — it stops listening
    // (new connections are refused) and drops the connections it has — then listens on the same port again.
    qint64 outageAtMs = 0;
    qint64 outageForMs = 0;

    double errorRatio = 0.0;       // answered 503
    double undeliveredRatio = 0.0; // answered 202 {"status":"rejected"}
    bool healthy = true;

    QString fixedToken; // issue this token value instead of random ones (redaction tests only)

    QString logPath; // application log; empty = none
    quint64 seed = 20251114;

    // Checks the numbers; the message names the bad setting.
    Status validate() const;
};

} // namespace canary
