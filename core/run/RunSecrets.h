#pragma once

// Where a run's secrets come from. The client secret, in order: what the caller gives (the demo's), the
// CANARYDESK_CLIENT_SECRET environment variable, the OS keychain entry the scenario names. One path for
// `canarydesk run`, the console, k6 runs and the editor's test request.

#include "core/auth/Secret.h"
#include "core/common/Result.h"
#include "core/scenario/Scenario.h"

#include <functional>

namespace canary {

// Reads a keychain entry when there is a D-Bus session to reach the keychain through.
void readKeychain(const QString &entry, std::function<void(Result<Secret>)> done);

// The OAuth2 client secret of `scenario`; fails with a message naming where it looked.
void resolveClientSecret(const Scenario &scenario, Secret given, std::function<void(Result<Secret>)> done);

} // namespace canary
