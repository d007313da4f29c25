#pragma once

// The OAuth2 client-credentials token of a run: one token shared by every worker, refreshed ahead of
// expiry (single-flight), swapped atomically, retried with backoff while the current one is still
// valid, refreshed early after a 401 from the target. Every fetch, refresh and failure is a timeline
// event. Token requests use their own network manager, so they never count in the target's metrics.

#include "core/auth/ClientCredentials.h"
#include "core/common/Clock.h"
#include "core/common/Network.h"
#include "core/common/TokenSource.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>

namespace canary {

struct TokenPolicy
{
    qint64 maxLeadMs = 60000;        // refresh at most this long before expiry...
    double leadFraction = 0.10;      // ...and at most this share of the lifetime before it
    qint64 defaultLifetimeSec = 300; // when the server sends no expires_in
    qint64 initialBackoffMs = 500;   // retry after a failed refresh, doubling...
    qint64 maxBackoffMs = 10000; // ...up to this; each wait drawn from [½, 1] of it (jitter), never below ½ × initial
    qint64 minUnauthorizedGapMs = 1000; // a 401 triggers at most one early refresh per this gap
};

struct TokenEvent
{
    enum class Kind
    {
        Fetched,
        Refreshed,
        Failed,
        Expired
    };
    QDateTime at;
    Kind kind = Kind::Fetched;
    qint64 lifetimeSec = 0;
    qint64 latencyMs = 0;
    QString detail; // why it was fetched, or the server's error; never a secret

    static QString kindName(Kind k);
};

class TokenProvider : public QObject, public TokenSource
{
    Q_OBJECT
public:
    TokenProvider(ClientCredentialsRequest request, TokenPolicy policy = {},
                  const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    // The network the token requests go through (before start()); empty: a plain QNetworkAccessManager.
    void setNetwork(NetworkFactory network) { m_network = std::move(network); }

    // The first token; done gets the server's error (e.g. invalid_client with its description) on failure.
    void start(std::function<void(Status)> done);
    void stop();

    QByteArray bearer() const override;
    void reportUnauthorized() const override;

    QList<TokenEvent> events() const;
    int fetchCount() const { return m_fetches.load(); }
    // When the next refresh is due, in ms of the clock's monotonic time; for tests.
    qint64 refreshDueMs() const;

Q_SIGNALS:
    void event(const canary::TokenEvent &event);

private:
    void fetch(const QString &why, std::function<void(Status)> done = {});
    void onFetched(const Result<AccessToken> &result, qint64 startedMs, const QString &why,
                   std::function<void(Status)> done);
    void schedule(qint64 atMs);
    void record(TokenEvent e);
    qint64 leadMs(qint64 lifetimeMs) const;

    ClientCredentialsRequest m_request;
    TokenPolicy m_policy;
    const Clock &m_clock;
    NetworkFactory m_network;
    QNetworkAccessManager *m_nam = nullptr; // made by m_network on the first fetch
    QTimer m_timer;
    mutable QMutex m_mutex; // guards the fields below; bearer() is called from every worker thread
    QByteArray m_token;
    qint64 m_expiresAtMs = 0;
    QList<TokenEvent> m_events;
    // Provider-thread state.
    bool m_fetching = false;
    bool m_stopped = false;
    qint64 m_backoffMs = 0;
    qint64 m_lastUnauthorizedRefreshMs = -1'000'000;
    qint64 m_refreshDueMs = 0;
    std::atomic<int> m_fetches{0};
};

} // namespace canary

Q_DECLARE_METATYPE(canary::TokenEvent)
