#pragma once

// Where credentials live. The only production implementation is the OS keychain; there is no
// plaintext fallback. Calls are asynchronous: the callback runs later on the calling thread.

#include "core/auth/Secret.h"
#include "core/common/Result.h"

#include <QString>

#include <functional>

namespace canary {

class SecretStore
{
public:
    // Error::code of a failed call
    static constexpr int kNotFound = 404;    // the entry does not exist
    static constexpr int kDenied = 403;      // the keychain refused (locked, or the unlock prompt was cancelled)
    static constexpr int kUnavailable = 503; // no keychain to reach (no D-Bus session, no Secret Service)

    using ReadCallback = std::function<void(Result<Secret>)>;
    using DoneCallback = std::function<void(Status)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const Secret &value, DoneCallback done) = 0;
    virtual void remove(const QString &key, DoneCallback done) = 0;
};

} // namespace canary
