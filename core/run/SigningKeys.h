#pragma once

// The key that signs evidence packages: CANARYDESK_SIGNING_KEY (base64, for CI), else the OS keychain
// entry canarydesk-signing-key (created on first use and read back from then on), else a one-time key —
// and the source is written into the manifest, so a one-time key is never mistaken for yours.

#include "core/auth/Secrets.h"
#include "core/run/PackageBuilder.h"

#include <functional>

namespace canary {

class SigningKeys
{
public:
    static constexpr const char *kKeychainEntry = "canarydesk-signing-key";
    static constexpr const char *kEnvOverride = "CANARYDESK_SIGNING_KEY";
    static void obtain(std::function<void(SigningKey)> done, SecretStore &store = systemSecretStore());
    // The same, waiting on a local event loop until the keychain answers (for commands and dialogs that
    // need the key before they can go on).
    static SigningKey obtainNow(SecretStore &store = systemSecretStore());
};

} // namespace canary
