#include "core/auth/TokenProvider.h"

#include <QRandomGenerator>

#include <QMutexLocker>

#include <algorithm>

namespace canary {

QString TokenEvent::kindName(Kind k)
{
    switch (k) {
    case Kind::Fetched:
        return QStringLiteral("token_fetched");
    case Kind::Refreshed:
        return QStringLiteral("token_refreshed");
    case Kind::Failed:
        return QStringLiteral("token_failed");
    case Kind::Expired:
        return QStringLiteral("token_expired");
    }
    return {};
}

TokenProvider::TokenProvider(ClientCredentialsRequest request, TokenPolicy policy, const Clock &clock, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_policy(policy), m_clock(clock)
{
    qRegisterMetaType<canary::TokenEvent>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        const bool expired = [&] {
            QMutexLocker lock(&m_mutex);
            return !m_token.isEmpty() && m_clock.monotonicMs() >= m_expiresAtMs;
        }();
        if (expired) {
            TokenEvent e;
            e.at = m_clock.utcNow();
            e.kind = TokenEvent::Kind::Expired;
            e.detail =
                QStringLiteral("expired with no replacement: requests now fail with 401 until a refresh succeeds");
            record(e);
        }
        fetch(expired ? QStringLiteral("retry after expiry") : QStringLiteral("ahead of expiry"));
    });
}

qint64 TokenProvider::leadMs(qint64 lifetimeMs) const
{
    return std::min<qint64>(m_policy.maxLeadMs,
                            static_cast<qint64>(static_cast<double>(lifetimeMs) * m_policy.leadFraction));
}

void TokenProvider::start(std::function<void(Status)> done)
{
    fetch(QStringLiteral("start"), std::move(done));
}

void TokenProvider::stop()
{
    m_stopped = true;
    m_timer.stop();
}

QByteArray TokenProvider::bearer() const
{
    QMutexLocker lock(&m_mutex);
    // An expired token is still sent: the target answers 401 and the failure is counted, not hidden.
    return m_token;
}

void TokenProvider::reportUnauthorized() const
{
    auto *self = const_cast<TokenProvider *>(this);
    QMetaObject::invokeMethod(
        self,
        [self]() {
            const qint64 now = self->m_clock.monotonicMs();
            // A refresh that failed has its retry scheduled with backoff: a 401 does not jump that queue.
            if (self->m_stopped || self->m_fetching || self->m_backoffMs > 0 ||
                now - self->m_lastUnauthorizedRefreshMs < self->m_policy.minUnauthorizedGapMs)
                return;
            self->m_lastUnauthorizedRefreshMs = now;
            self->fetch(QStringLiteral("401 from the target"));
        },
        Qt::QueuedConnection);
}

QList<TokenEvent> TokenProvider::events() const
{
    QMutexLocker lock(&m_mutex);
    return m_events;
}

qint64 TokenProvider::refreshDueMs() const
{
    return m_refreshDueMs;
}

void TokenProvider::record(TokenEvent e)
{
    {
        QMutexLocker lock(&m_mutex);
        m_events.append(e);
    }
    Q_EMIT event(e);
}

void TokenProvider::fetch(const QString &why, std::function<void(Status)> done)
{
    if (m_fetching || m_stopped) // single flight: one token request however many ask
        return;
    m_fetching = true;
    m_timer.stop();
    const qint64 started = m_clock.monotonicMs();
    ++m_fetches;
    if (!m_nam)
        m_nam = makeNetwork(m_network, this);
    ClientCredentials::fetch(*m_nam, m_request, [this, started, why, done = std::move(done)](Result<AccessToken> r) {
        onFetched(r, started, why, done);
    });
}

void TokenProvider::schedule(qint64 atMs)
{
    m_refreshDueMs = atMs;
    m_timer.start(static_cast<int>(std::clamp<qint64>(atMs - m_clock.monotonicMs(), 0, 24LL * 3600 * 1000)));
}

void TokenProvider::onFetched(const Result<AccessToken> &r, qint64 startedMs, const QString &why,
                              std::function<void(Status)> done)
{
    m_fetching = false;
    const qint64 now = m_clock.monotonicMs();
    TokenEvent e;
    e.at = m_clock.utcNow();
    e.latencyMs = now - startedMs;
    if (!r.ok()) {
        e.kind = TokenEvent::Kind::Failed;
        e.detail = r.error().message;
        record(e);
        if (done) {
            done(Status::failure(r.error().message));
            return;
        }
        if (m_stopped)
            return;
        qint64 expiresAt = 0;
        {
            QMutexLocker lock(&m_mutex);
            expiresAt = m_expiresAtMs;
        }
        // Keep the current token while it is valid and retry with backoff: doubling from initialBackoffMs up to
        // maxBackoffMs, sooner while the token still has more than that to live (never later than half its
        // remaining life), and each wait drawn from its upper half (jitter: runners and VUs do not retry in step).
        // Never faster than half the initial backoff, however close the expiry: a failing token endpoint near
        // expiry used to be asked every 50 ms.
        m_backoffMs = m_backoffMs ? std::min(m_backoffMs * 2, m_policy.maxBackoffMs) : m_policy.initialBackoffMs;
        const qint64 remaining = expiresAt - now;
        const qint64 ceiling =
            remaining > 2 * m_policy.initialBackoffMs ? std::min(m_backoffMs, remaining / 2) : m_backoffMs;
        const qint64 delay = std::max<qint64>(m_policy.initialBackoffMs / 2,
                                              ceiling / 2 + static_cast<qint64>(QRandomGenerator::global()->bounded(
                                                                static_cast<double>(ceiling / 2 + 1))));
        schedule(now + delay);
        return;
    }
    m_backoffMs = 0;
    const AccessToken &token = r.value();
    const qint64 lifetimeSec = token.expiresInSec > 0 ? token.expiresInSec : m_policy.defaultLifetimeSec;
    const qint64 lifetimeMs = lifetimeSec * 1000;
    {
        QMutexLocker lock(&m_mutex);
        m_token = token.value.reveal();
        m_expiresAtMs = startedMs + lifetimeMs; // counted from the request, to be safe
    }
    e.kind = done ? TokenEvent::Kind::Fetched : TokenEvent::Kind::Refreshed;
    e.lifetimeSec = lifetimeSec;
    e.detail = token.expiresInSec > 0 ? why : why + QStringLiteral(" (no expires_in: assumed %1 s)").arg(lifetimeSec);
    record(e);
    if (!m_stopped)
        schedule(startedMs + lifetimeMs - leadMs(lifetimeMs));
    if (done)
        done(Done{});
}

} // namespace canary
