#pragma once

// Where the engine gets the Authorization header value, read on every request from any worker thread.
// The auth work provides a refreshing OAuth2 source; a static one serves a token fixed for the run.

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>

namespace canary {

class TokenSource
{
public:
    virtual ~TokenSource() = default;
    // The bearer token to send now; empty = no Authorization header.
    virtual QByteArray bearer() const = 0;
    // The target answered 401: the source may refresh early. Called from any worker thread.
    virtual void reportUnauthorized() const {}
};

class StaticTokenSource final : public TokenSource
{
public:
    explicit StaticTokenSource(QByteArray token = {}) : m_token(std::move(token)) {}
    QByteArray bearer() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_token;
    }
    void set(QByteArray token)
    {
        QMutexLocker lock(&m_mutex);
        m_token = std::move(token);
    }

private:
    mutable QMutex m_mutex;
    QByteArray m_token;
};

} // namespace canary
