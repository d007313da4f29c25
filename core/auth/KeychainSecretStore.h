#pragma once

// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). Insecure fallbacks are switched off.

#include "core/auth/SecretStore.h"

#include <QObject>

namespace canary {

class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("CanaryDesk"), QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const Secret &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

private:
    QString m_service;
};

} // namespace canary
