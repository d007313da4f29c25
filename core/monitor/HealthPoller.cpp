#include "core/monitor/HealthPoller.h"
#include "core/common/Encode.h"
#include "core/common/NetworkPolicy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

#include <memory>

namespace canary {

HealthPoller::HealthPoller(QUrl url, qint64 intervalMs, qint64 timeoutMs, int abortAfterFailures, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_timeoutMs(timeoutMs), m_abortAfter(abortAfterFailures)
{
    m_timer.setInterval(static_cast<int>(intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &HealthPoller::poll);
}

bool HealthPoller::judge(int status, const QByteArray &body)
{
    if (status < 200 || status >= 300)
        return false;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (!o.contains(QStringLiteral("status")))
        return true;
    const QString s = o.value(QStringLiteral("status")).toString().toLower();
    return s == QLatin1String("ok") || s == QLatin1String("healthy") || s == QLatin1String("up") ||
           s == QLatin1String("pass");
}

void HealthPoller::start()
{
    poll();
    m_timer.start();
}

void HealthPoller::stop()
{
    m_timer.stop();
}

void HealthPoller::settle()
{
    m_timer.stop();
    m_settling = true;
    if (!m_inFlight) // else the sample in flight is the settle sample
        poll();
}

void HealthPoller::poll()
{
    if (m_inFlight) // a slow health endpoint gets no second request on top of the first
        return;
    m_inFlight = true;
    if (!m_nam)
        m_nam = makeNetwork(m_network, this);
    QNetworkRequest request = NetworkPolicy::request(*m_nam, m_url); // the run's TLS trust
    request.setTransferTimeout(static_cast<int>(m_timeoutMs));
    request.setRawHeader(QByteArrayLiteral("User-Agent"),
                         QByteArrayLiteral("CanaryDesk/" CANARYDESK_VERSION " health"));
    const qint64 startedNs = m_clock->monotonic().count();
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, startedNs]() {
        reply->deleteLater();
        m_inFlight = false;
        HealthSample s;
        s.at = m_clock->utcNow();
        s.latencyMs = (m_clock->monotonic().count() - startedNs) / 1'000'000;
        s.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->read(64 * 1024) : QByteArray();
        if (s.status == 0)
            s.error = encode::visible(reply->errorString());
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        s.body = encode::visible(
            (doc.isNull() ? QString::fromUtf8(body) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)))
                .left(4096),
            true);
        s.healthy = judge(s.status, body);
        // A long run polls tens of thousands of times, nearly always to the same answer: its text is kept once
        // (shared), so memory follows the answers that differ, not the run's length.
        if (!m_samples.isEmpty() && m_samples.last().body == s.body)
            s.body = m_samples.last().body;
        const bool changed = m_samples.isEmpty() || m_samples.last().healthy != s.healthy;
        m_samples.append(s);
        Q_EMIT sampled(s);
        if (changed)
            Q_EMIT this->changed(s.healthy, s);
        m_consecutiveFailures = s.healthy ? 0 : m_consecutiveFailures + 1;
        if (m_abortAfter > 0 && m_consecutiveFailures >= m_abortAfter && !m_reported) {
            m_reported = true;
            Q_EMIT failedRepeatedly(m_consecutiveFailures);
        }
        if (m_settling) {
            m_settling = false;
            Q_EMIT settled();
        }
    });
}

} // namespace canary
