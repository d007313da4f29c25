#pragma once

// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). Insecure fallbacks are switched off.
//
// Lifetime: every QtKeychain job owns itself — it has no parent, deletes itself after `finished`, and
// carries the caller's callback. The store holds nothing but the service name, so it may be a
// temporary, and destroying it never touches a job that is still running (QtKeychain jobs must never
// be deleted directly, stack-allocated or reused: that was the crash at the end of every run).

#include "core/auth/SecretStore.h"

namespace canary {

class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("CanaryDesk"));

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const Secret &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

private:
    QString m_service;
};

} // namespace canary
