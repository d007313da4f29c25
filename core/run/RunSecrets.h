#pragma once

// Where a run's client secret comes from, in order: what the caller gives (the demo's), the
// CANARYDESK_CLIENT_SECRET environment variable, the OS keychain entry the scenario names. One path for
// `canarydesk run`, the console, k6 runs and the editor's test request.

#include "core/auth/Secrets.h"
#include "core/scenario/Scenario.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <utility>

namespace canary {

inline constexpr const char *kClientSecretEnv = "CANARYDESK_CLIENT_SECRET";

// The OAuth2 client secret of `scenario`; fails with a message naming where it looked.
void resolveClientSecret(const Scenario &scenario, Secret given, std::function<void(Result<Secret>)> done,
                         SecretStore &store = systemSecretStore());

using HeaderValues = QList<std::pair<QByteArray, QByteArray>>;

// The values of the scenario's secret headers (target.secretHeaders), each from its environment override or
// its keychain entry, remembered by the redactor; fails naming the header and the entry.
void resolveSecretHeaders(const Scenario &scenario, std::function<void(Result<HeaderValues>)> done,
                          SecretStore &store = systemSecretStore());

} // namespace canary
