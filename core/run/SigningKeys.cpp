#include "core/run/SigningKeys.h"

#include "core/evidence/Signer.h"

#include <QEventLoop>

#include <optional>

namespace canary {

namespace {

// The reason, and for the signing key itself the variable that gives one for a run (not the client secret's).
SigningKey oneTime(const QString &why)
{
    return SigningKey{Signer::generatePrivateKey().value(), QStringLiteral("one-time"),
                      QStringLiteral("one-time key (%1; %2 — base64 of 32 bytes — signs with a key of your own)")
                          .arg(why, QLatin1String(SigningKeys::kEnvOverride))};
}

} // namespace

void SigningKeys::obtain(std::function<void(SigningKey)> done, SecretStore &store)
{
    // The environment override is base64 (a CI secret variable), so it is read here rather than through
    // lookupSecret's raw bytes.
    if (const QByteArray env = qgetenv(kEnvOverride); !env.isEmpty()) {
        const QByteArray key = QByteArray::fromBase64(env);
        done(key.size() == 32
                 ? SigningKey{key, QStringLiteral("environment"), QString::fromLatin1(kEnvOverride)}
                 : oneTime(QStringLiteral("%1 is not 32 bytes of base64").arg(QLatin1String(kEnvOverride))));
        return;
    }
    const QString entry = QLatin1String(kKeychainEntry);
    store.read(entry, [&store, entry, done](Result<Secret> read) {
        if (read.ok() && read.value().reveal().size() == 32) {
            done(SigningKey{read.value().reveal(), QStringLiteral("keychain"), QStringLiteral("OS keychain")});
            return;
        }
        if (read.ok()) {
            done(oneTime(QStringLiteral("the keychain entry %1 is not an Ed25519 key; remove it to have a new one "
                                        "made")
                             .arg(entry)));
            return;
        }
        if (read.error().code != SecretStore::kNotFound) {
            done(oneTime(read.error().message));
            return;
        }
        const auto generated = Signer::generatePrivateKey();
        if (!generated.ok()) {
            done(oneTime(generated.error().message));
            return;
        }
        const QByteArray key = generated.value();
        store.write(entry, Secret(key), [key, done](Status stored) {
            done(stored.ok() ? SigningKey{key, QStringLiteral("keychain"), QStringLiteral("OS keychain (created now)")}
                             : oneTime(stored.error().message));
        });
    });
}

SigningKey SigningKeys::obtainNow(SecretStore &store)
{
    std::optional<SigningKey> key;
    QEventLoop loop;
    obtain(
        [&](SigningKey k) {
            key = std::move(k);
            loop.quit();
        },
        store);
    if (!key)
        loop.exec();
    return *key;
}

} // namespace canary
