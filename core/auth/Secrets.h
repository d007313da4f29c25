#pragma once

// The one way CanaryDesk obtains a credential — the OAuth2 client secret, the evidence signing key, the
// Slack webhook, the k6 Cloud token, the SendGrid API key: an explicit environment override (for CI; read,
// never persisted), else the named entry of a SecretStore (the OS keychain in the product).

#include "core/auth/SecretStore.h"

namespace canary {

// The process's keychain store (stateless: callers may keep the reference for as long as they like).
SecretStore &systemSecretStore();

// `envOverride` when it is set and not empty, else `entry` from `store`. An empty entry name fails with a
// message saying which variable or entry would have held the secret.
void lookupSecret(SecretStore &store, const char *envOverride, const QString &entry, SecretStore::ReadCallback done);

// The same, waiting on a local event loop for the keychain's answer (for commands that cannot go on without
// it). Never call it from code that runs inside another caller's event-driven flow.
Result<Secret> lookupSecretNow(SecretStore &store, const char *envOverride, const QString &entry);

} // namespace canary
