#pragma once

// "Send one test request": the scenario's request exactly as the engine would send it (token first when the
// scenario uses OAuth2, the same headers, the body template rendered for request 1), once, with the answer
// and how the checks judge it. For the scenario editor, before anyone starts production traffic.

#include "core/auth/Secrets.h"
#include "core/common/Result.h"
#include "core/scenario/Scenario.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace canary {

struct TestResponse
{
    QString method;
    QString url;
    QByteArray requestBody; // what was sent
    int status = 0;         // 0: no HTTP answer (see transportError)
    QString transportError;
    qint64 elapsedMs = 0;
    QByteArray contentType;
    QByteArray body; // the first kMaxBody bytes
    qint64 bodyBytes = 0;
    QString errorClass; // as in the raw results ("none" when the checks pass)
    bool checkOk = false;
    bool delivered = false;

    static constexpr qint64 kMaxBody = 4096;
};

// Fails (without sending) when the scenario cannot be turned into a request, a credential may not go where the
// scenario aims it, or no token can be had; the message names the reason. An empty clientSecret: the
// environment and the keychain are tried (RunSecrets). environment: the variables the operator hands over.
void sendTestRequest(const Scenario &scenario, const Credential &clientSecret, const QStringList &environment,
                     std::function<void(Result<TestResponse>)> done, SecretStore &store = systemSecretStore());

} // namespace canary
