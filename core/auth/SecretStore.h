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
    static constexpr int kNotFound = 404; // Error::code of a read whose entry does not exist

    using ReadCallback = std::function<void(Result<Secret>)>;
    using DoneCallback = std::function<void(Status)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const Secret &value, DoneCallback done) = 0;
    virtual void remove(const QString &key, DoneCallback done) = 0;
};

} // namespace canary
