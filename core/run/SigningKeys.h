#pragma once

// The key that signs evidence packages: CANARYDESK_SIGNING_KEY (base64, for CI), else the OS keychain
// entry canarydesk-signing-key (created on first use), else a one-time key — and the source is written
// into the manifest, so a one-time key is never mistaken for yours.

#include "core/run/PackageBuilder.h"

#include <functional>

namespace canary {

class SigningKeys
{
public:
    static constexpr const char *kKeychainEntry = "canarydesk-signing-key";
    static void obtain(std::function<void(SigningKey)> done);
    // The same, waiting on a local event loop until the keychain answers (for commands and dialogs that
    // need the key before they can go on).
    static SigningKey obtainNow();
};

} // namespace canary
