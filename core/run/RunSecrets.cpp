#include "core/run/RunSecrets.h"

#include "core/common/Redactor.h"

namespace canary {

void resolveClientSecret(const Scenario &scenario, Secret given, std::function<void(Result<Secret>)> done,
                         SecretStore &store)
{
    if (!given.isEmpty()) {
        redaction::remember(given.reveal());
        done(std::move(given));
        return;
    }
    lookupSecret(store, kClientSecretEnv, scenario.auth.effectiveSecretKey(), std::move(done));
}

} // namespace canary
