#include "core/auth/Secrets.h"

#include "core/auth/KeychainSecretStore.h"
#include "core/common/Redactor.h"

#include <QEventLoop>

#include <optional>

namespace canary {

SecretStore &systemSecretStore()
{
    static KeychainSecretStore store;
    return store;
}

void lookupSecret(SecretStore &store, const char *envOverride, const QString &entry, SecretStore::ReadCallback done)
{
    if (envOverride) {
        Secret fromEnv(qgetenv(envOverride));
        if (!fromEnv.isEmpty()) {
            redaction::remember(fromEnv.reveal());
            done(std::move(fromEnv));
            return;
        }
    }
    if (entry.trimmed().isEmpty()) {
        done(Result<Secret>(Error{
            envOverride
                ? QStringLiteral("no secret: set %1 or name a keychain entry").arg(QString::fromLatin1(envOverride))
                : QStringLiteral("no keychain entry is named"),
            SecretStore::kNotFound}));
        return;
    }
    store.read(entry, [entry, done = std::move(done)](Result<Secret> read) {
        if (read.ok() && read.value().isEmpty())
            done(Result<Secret>(
                Error{QStringLiteral("the keychain entry \"%1\" is empty").arg(entry), SecretStore::kNotFound}));
        else {
            if (read.ok())
                redaction::remember(read.value().reveal());
            done(std::move(read));
        }
    });
}

Result<Secret> lookupSecretNow(SecretStore &store, const char *envOverride, const QString &entry)
{
    std::optional<Result<Secret>> out;
    QEventLoop loop;
    lookupSecret(store, envOverride, entry, [&](Result<Secret> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

} // namespace canary
