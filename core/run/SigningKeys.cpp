#include "core/run/SigningKeys.h"

#include "core/auth/KeychainSecretStore.h"
#include "core/evidence/Signer.h"

#include <QEventLoop>

#include <memory>
#include <optional>

namespace canary {

namespace {

SigningKey oneTime(const QString &why)
{
    return SigningKey{Signer::generatePrivateKey().value(), QStringLiteral("one-time key (%1)").arg(why)};
}

} // namespace

void SigningKeys::obtain(std::function<void(SigningKey)> done)
{
    const QByteArray fromEnv = QByteArray::fromBase64(qgetenv("CANARYDESK_SIGNING_KEY"));
    if (fromEnv.size() == 32) {
        done(SigningKey{fromEnv, QStringLiteral("CANARYDESK_SIGNING_KEY")});
        return;
    }
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        done(oneTime(QStringLiteral("no D-Bus session for the OS keychain")));
        return;
    }
    auto store = std::make_shared<KeychainSecretStore>();
    const QString entry = QLatin1String(kKeychainEntry);
    store->read(entry, [store, entry, done](Result<Secret> read) {
        if (read.ok() && read.value().reveal().size() == 32) {
            done(SigningKey{read.value().reveal(), QStringLiteral("OS keychain")});
            return;
        }
        if (!read.ok() && read.error().code != SecretStore::kNotFound) {
            done(oneTime(read.error().message));
            return;
        }
        const auto generated = Signer::generatePrivateKey();
        if (!generated.ok()) {
            done(oneTime(generated.error().message));
            return;
        }
        const QByteArray key = generated.value();
        store->write(entry, Secret(key), [store, key, done](Status stored) {
            done(stored.ok() ? SigningKey{key, QStringLiteral("OS keychain (created now)")}
                             : oneTime(stored.error().message));
        });
    });
}

SigningKey SigningKeys::obtainNow()
{
    std::optional<SigningKey> key;
    QEventLoop loop;
    obtain([&](SigningKey k) {
        key = std::move(k);
        loop.quit();
    });
    if (!key)
        loop.exec();
    return *key;
}

} // namespace canary
