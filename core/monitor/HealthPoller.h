#pragma once

// Polls the service's health endpoint during a run (own network manager: never part of the load
// metrics). Records every sample, turns healthy ↔ unhealthy changes into events, and reports when the
// endpoint failed K times in a row so the run can stop to protect production.

#include "core/common/Clock.h"
#include "core/common/Network.h"

#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace canary {

struct HealthSample
{
    QDateTime at;
    int status = 0; // 0 = no HTTP answer
    qint64 latencyMs = 0;
    bool healthy = false;
    QString body;  // pretty-printed JSON, or text; at most 4 KB
    QString error; // transport error, if any
};

class HealthPoller : public QObject
{
    Q_OBJECT
public:
    HealthPoller(QUrl url, qint64 intervalMs, qint64 timeoutMs, int abortAfterFailures = 0, QObject *parent = nullptr);
    // The network the polls go through (before start()); empty: a plain QNetworkAccessManager.
    void setNetwork(NetworkFactory network) { m_network = std::move(network); }
    // The run's clock: when each sample was taken and how long it took (before start()).
    void setClock(const Clock &clock) { m_clock = &clock; }

    void start(); // polls at once, then every interval
    void stop();
    // One last sample after the run (the settle poll), then settled(); the regular polling stops.
    void settle();
    const QList<HealthSample> &samples() const { return m_samples; }
    QUrl url() const { return m_url; }

    // 2xx, and a JSON "status" (if any) that says ok/healthy/up/pass.
    static bool judge(int status, const QByteArray &body);

Q_SIGNALS:
    void sampled(const canary::HealthSample &sample);
    void changed(bool healthy, const canary::HealthSample &sample);
    void failedRepeatedly(int consecutiveFailures);
    void settled();

private:
    void poll();

    QUrl m_url;
    const Clock *m_clock = &SystemClock::instance();
    qint64 m_timeoutMs;
    int m_abortAfter;
    NetworkFactory m_network;
    QNetworkAccessManager *m_nam = nullptr; // made by m_network on the first poll
    QTimer m_timer;
    QList<HealthSample> m_samples;
    int m_consecutiveFailures = 0;
    bool m_inFlight = false;
    bool m_reported = false;
    bool m_settling = false;
};

} // namespace canary
