#include "core/engine/QnamTransport.h"

#include "core/common/Clock.h"
#include "core/common/SendOnce.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace canary {

namespace {

qint64 headerBytes(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    qint64 n = 0;
    for (const auto &[k, v] : headers)
        n += k.size() + v.size() + 4; // "k: v\r\n"
    return n;
}

} // namespace

QnamTransport::QnamTransport(std::shared_ptr<const RequestPlan> plan, Done done, QObject *owner, int maxInFlight,
                             NetworkFactory factory)
    : m_plan(std::move(plan)), m_done(std::move(done)), m_owner(owner), m_maxInFlight(maxInFlight),
      m_factory(std::move(factory))
{
    if (!m_factory)
        m_factory = [](QObject *parent) { return makeNetwork({}, parent); };
}

QnamTransport::~QnamTransport()
{
    for (const Pending &p : std::as_const(m_pending))
        p.reply->disconnect();
}

int QnamTransport::connectionsPerManager() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return std::clamp(m_maxInFlight, 6, 1024);
#else
    return 6;
#endif
}

int QnamTransport::connections() const
{
    return static_cast<int>(m_managers.size()) * connectionsPerManager();
}

int QnamTransport::pickManager()
{
    const int capacity = connectionsPerManager();
    int best = -1;
    for (int i = 0; i < static_cast<int>(m_managers.size()); ++i) {
        if (m_managers[static_cast<size_t>(i)].load < capacity)
            return i;
        if (best < 0 || m_managers[static_cast<size_t>(i)].load < m_managers[static_cast<size_t>(best)].load)
            best = i;
    }
    // Little's law sizing: the pool grows while the requests in flight exceed what its connections carry
    // (rate × latency), bounded by maxInFlight alone, so a due request never waits inside Qt for a connection.
    const int maxManagers = std::max(1, (m_maxInFlight + capacity - 1) / capacity);
    if (static_cast<int>(m_managers.size()) < maxManagers || best < 0) {
        QNetworkAccessManager *nam = m_factory(m_owner);
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.push_back(Manager{nam, 0});
        return static_cast<int>(m_managers.size()) - 1;
    }
    return best;
}

quint64 QnamTransport::send(const QByteArray &bearer, const QByteArray &body)
{
    const QNetworkRequest request = m_plan->networkRequest(bearer, connectionsPerManager());
    const int manager = pickManager();
    QNetworkAccessManager &nam = *m_managers[static_cast<size_t>(manager)].nam;
    QNetworkReply *reply = m_plan->idempotent ? nam.sendCustomRequest(request, m_plan->method, body)
                                              : sendOnce(nam, request, m_plan->method, body);
    ++m_managers[static_cast<size_t>(manager)].load;
    const quint64 id = m_nextId++;
    Pending p;
    p.reply = reply;
    p.manager = manager;
    p.sentNs = monotonicNs();
    p.answer.bytesOut = body.size() + headerBytes(m_plan->headers) + 64;
    p.answer.writtenNs = p.sentNs;
    m_pending.insert(id, std::move(p));
    QObject::connect(reply, &QNetworkReply::readyRead, m_owner, [this, id]() { onReadyRead(id); });
    QObject::connect(reply, &QNetworkReply::sslErrors, m_owner, [this, id](const QList<QSslError> &errors) {
        if (const auto it = m_pending.find(id); it != m_pending.end())
            it->answer.sslError = mostTelling(errors);
    });
    QObject::connect(reply, &QNetworkReply::finished, m_owner, [this, id]() { onFinished(id); });
    return id;
}

void QnamTransport::onReadyRead(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const QByteArray chunk = it->reply->readAll();
    it->answer.takeBody(chunk.constData(), chunk.size(), kMaxBodyBytes);
}

void QnamTransport::onFinished(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    QNetworkReply *reply = it->reply;
    if (reply->isOpen())
        onReadyRead(id); // what arrived with the last event
    Pending p = m_pending.take(id);
    Manager &manager = m_managers[static_cast<size_t>(p.manager)];
    if (--manager.load == 0)
        manager.idleSinceNs = monotonicNs();
    TransportAnswer answer = std::move(p.answer);
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    answer.bytesIn = answer.bodyBytes + (answer.status ? headerBytes(reply->rawHeaderPairs()) + 17 : 0);
    reply->disconnect();
    reply->deleteLater();
    m_done(id, std::move(answer));
}

void QnamTransport::abort(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it != m_pending.end())
        it->reply->abort(); // emits finished synchronously
}

void QnamTransport::trim(qint64 nowNs)
{
    // From the end only: a pending request keeps its manager's index, and the first managers carry the load.
    while (m_managers.size() > 1 && m_managers.back().load == 0 &&
           nowNs - m_managers.back().idleSinceNs >= kIdleCloseNs) {
        m_managers.back().nam->deleteLater();
        m_managers.pop_back();
    }
}

} // namespace canary
