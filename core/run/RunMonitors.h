#pragma once

// What a live run watches beside its load, whichever source makes the load (CanaryDesk's engine, a local k6
// process, k6 Cloud): the e-mail provider's statistics before and after, /health polled all along (its guard
// rail stops the load), the application's logs tailed. The run's record gets health.json, the error log of
// the run's window and provider_stats.json from here; every transition goes on the run's timeline.

#include "core/auth/Secret.h"
#include "core/common/Clock.h"
#include "core/common/Network.h"
#include "core/monitor/HealthPoller.h"
#include "core/monitor/LogTailer.h"
#include "core/monitor/ProviderStats.h"
#include "core/scenario/Scenario.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace canary {

class RunMonitors : public QObject
{
    Q_OBJECT
public:
    // network: what every monitor's requests go through (empty: plain QNetworkAccessManagers).
    // clock: the run's (when samples, events and the provider's day are read); null: the system's.
    RunMonitors(Scenario scenario, NetworkFactory network = {}, const Clock *clock = nullptr,
                QObject *parent = nullptr);
    ~RunMonitors() override;

    // The SendGrid API key, already checked against monitors.provider.baseUrl (RunSecrets); none: the provider's
    // statistics are unavailable, for the reason given (a warning; the run goes on).
    void setProviderKey(std::optional<Secret> key, const QString &problem);
    // Before the load: today's statistics of the provider (unavailable: a warning, the run goes on); then().
    void before(std::function<void()> then);
    // With the load: /health polled, the logs tailed.
    void watch();
    // The load has ended: log tailing stops, /health is sampled once more; then().
    void settle(std::function<void()> then);
    // The provider's statistics again and what changed during the run; then() with provider_stats.json's
    // content (empty without a provider monitor). delivered: what the run itself counted as delivered.
    void after(quint64 delivered, std::function<void(QJsonObject)> then);
    // Stops everything at once (the run is abandoned).
    void stop();

    // health.json and the logs' part of the record (empty objects when the scenario does not watch them);
    // the log window is the run's.
    QJsonObject healthJson() const;
    QJsonObject logsJson(const QDateTime &from, const QDateTime &to) const;
    const HealthPoller *health() const { return m_health.get(); }
    const LogTailer *logs() const { return m_logs.get(); }

Q_SIGNALS:
    void progress(const QString &step);
    void warning(const QString &message);
    // For the run's timeline (provider, health transitions, guard rail, log commands); detail not yet redacted.
    void event(const QDateTime &at, const QString &event, const QString &detail);
    void healthSampled(const canary::HealthSample &sample);
    void healthChanged(bool healthy, const canary::HealthSample &sample); // error redacted
    void logMatched(const canary::LogLine &line);
    // /health failed as often in a row as the scenario allows: stop the load, for this reason.
    void guardRail(const QString &reason);

private:
    Scenario m_scenario;
    const Clock *m_clock;
    std::optional<Secret> m_providerKey;
    QString m_providerProblem;
    NetworkFactory m_network;
    QNetworkAccessManager *m_providerNam;
    std::optional<Result<ProviderCounts>> m_providerBefore;
    QDate m_runDay;
    std::unique_ptr<HealthPoller> m_health;
    QJsonArray m_healthTransitions;
    std::unique_ptr<LogTailer> m_logs;
};

} // namespace canary
