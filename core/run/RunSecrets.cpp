#include "core/run/RunSecrets.h"

#include "core/auth/KeychainSecretStore.h"

#include <memory>

namespace canary {

void readKeychain(const QString &entry, std::function<void(Result<Secret>)> done)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        done(Result<Secret>::failure(QStringLiteral("no D-Bus session for the OS keychain")));
        return;
    }
    auto store = std::make_shared<KeychainSecretStore>();
    store->read(entry, [store, done](Result<Secret> r) { done(std::move(r)); });
}

void resolveClientSecret(const Scenario &scenario, Secret given, std::function<void(Result<Secret>)> done)
{
    if (given.isEmpty())
        given = Secret(qgetenv("CANARYDESK_CLIENT_SECRET"));
    if (!given.isEmpty()) {
        done(std::move(given));
        return;
    }
    const QString entry = scenario.auth.effectiveSecretKey();
    readKeychain(entry, [entry, done](Result<Secret> read) {
        if (read.ok() && read.value().isEmpty())
            done(Result<Secret>::failure(QStringLiteral("the keychain entry %1 is empty").arg(entry)));
        else
            done(std::move(read));
    });
}

} // namespace canary
