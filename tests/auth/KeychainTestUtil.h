#pragma once

#include "core/auth/SecretStore.h"

#include "tests/support/TestUtil.h"

#include <optional>

namespace canary::test {

// Runs one asynchronous SecretStore call to completion on the event loop.
inline Result<Secret> readSync(SecretStore &store, const QString &key)
{
    std::optional<Result<Secret>> out;
    store.read(key, [&](Result<Secret> r) { out.emplace(std::move(r)); });
    if (!waitUntil([&] { return out.has_value(); }, 30000))
        return Result<Secret>::failure(QStringLiteral("test: keychain read did not finish"));
    return std::move(*out);
}

inline Status writeSync(SecretStore &store, const QString &key, const Secret &value)
{
    std::optional<Status> out;
    store.write(key, value, [&](Status s) { out.emplace(std::move(s)); });
    if (!waitUntil([&] { return out.has_value(); }, 30000))
        return Status::failure(QStringLiteral("test: keychain write did not finish"));
    return *out;
}

inline Status removeSync(SecretStore &store, const QString &key)
{
    std::optional<Status> out;
    store.remove(key, [&](Status s) { out.emplace(std::move(s)); });
    if (!waitUntil([&] { return out.has_value(); }, 30000))
        return Status::failure(QStringLiteral("test: keychain delete did not finish"));
    return *out;
}

} // namespace canary::test
