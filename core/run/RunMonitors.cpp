#include "core/run/RunMonitors.h"

#include "core/auth/Secrets.h"
#include "core/common/Redactor.h"

#include <QCoreApplication>
#include <QMap>
#include <QPointer>

namespace canary {

RunMonitors::RunMonitors(Scenario scenario, NetworkFactory network, const Clock *clock, QObject *parent)
    : QObject(parent), m_scenario(std::move(scenario)), m_clock(clock ? clock : &SystemClock::instance()),
      m_network(std::move(network)), m_providerNam(makeNetwork(m_network, this))
{
}

void RunMonitors::setProviderKey(std::optional<Secret> key, const QString &problem)
{
    m_providerKey = std::move(key);
    m_providerProblem = problem;
}

RunMonitors::~RunMonitors()
{
    stop();
}

void RunMonitors::stop()
{
    if (m_health)
        m_health->stop();
    if (m_logs)
        m_logs->stop();
}

void RunMonitors::before(std::function<void()> then)
{
    const Scenario &s = m_scenario;
    m_runDay = m_clock->utcNow().date();
    if (!s.monitors.provider) {
        then();
        return;
    }
    QPointer<RunMonitors> self(this);
    auto done = [self, then](Result<ProviderCounts> counts) {
        if (!self)
            return;
        if (!counts.ok())
            Q_EMIT self->warning(QStringLiteral("provider stats: %1 (the run goes on)").arg(counts.error().message));
        else
            Q_EMIT self->event(self->m_clock->utcNow(), QStringLiteral("provider_stats"),
                               QStringLiteral("before the run, today: %1 requests, %2 delivered, %3 bounces, %4 blocks")
                                   .arg(counts.value().requests)
                                   .arg(counts.value().delivered)
                                   .arg(counts.value().bounces)
                                   .arg(counts.value().blocks));
        self->m_providerBefore = std::move(counts);
        then();
    };
    if (!m_providerKey) {
        done(Result<ProviderCounts>::failure(
            QStringLiteral("no SendGrid API key: %1 (set CANARYDESK_SENDGRID_API_KEY or store the key in the keychain "
                           "entry monitors.provider.apiKeySecretKey names)")
                .arg(m_providerProblem)));
        return;
    }
    Q_EMIT progress(QStringLiteral("reading the e-mail provider's statistics"));
    ProviderStats::fetch(*m_providerNam, QUrl(s.monitors.provider->baseUrl), m_providerKey->reveal(), m_runDay,
                         m_runDay, done);
}

void RunMonitors::watch()
{
    const Scenario &s = m_scenario;
    if (s.monitors.health) {
        const HealthMonitorSpec &h = *s.monitors.health;
        m_health = std::make_unique<HealthPoller>(s.resolveUrl(h.url), h.intervalMs, h.timeoutMs, h.abortAfterFailures);
        m_health->setClock(*m_clock);
        m_health->setNetwork(m_network);
        connect(m_health.get(), &HealthPoller::sampled, this, &RunMonitors::healthSampled);
        connect(m_health.get(), &HealthPoller::changed, this, [this](bool healthy, const HealthSample &sample) {
            const QString detail = QStringLiteral("HTTP %1 in %2 ms%3")
                                       .arg(sample.status)
                                       .arg(sample.latencyMs)
                                       .arg(sample.error.isEmpty() ? QString() : QStringLiteral(": ") + sample.error);
            const QString name = healthy ? QStringLiteral("health_ok") : QStringLiteral("health_failing");
            m_healthTransitions.append(QJsonObject{{QStringLiteral("time"), sample.at.toString(Qt::ISODateWithMs)},
                                                   {QStringLiteral("event"), name},
                                                   {QStringLiteral("detail"), detail}});
            Q_EMIT event(sample.at, name, detail);
            HealthSample shown = sample;
            shown.error = redaction::redact(shown.error);
            Q_EMIT healthChanged(healthy, shown);
        });
        connect(m_health.get(), &HealthPoller::failedRepeatedly, this, [this](int failures) {
            const QString reason =
                QCoreApplication::translate("Run", "guard rail: health failed %1 times in a row").arg(failures);
            Q_EMIT event(m_clock->utcNow(), QStringLiteral("guard_rail"), reason);
            Q_EMIT guardRail(reason);
        });
        m_health->start();
    }
    if (s.monitors.logs && (!s.monitors.logs->files.isEmpty() || !s.monitors.logs->commands.isEmpty())) {
        m_logs = std::make_unique<LogTailer>(s.monitors.logs->files, s.monitors.logs->filter);
        m_logs->setClock(*m_clock);
        for (const QString &command : s.monitors.logs->commands)
            m_logs->addCommand(command);
        connect(m_logs.get(), &LogTailer::matched, this, &RunMonitors::logMatched);
        connect(m_logs.get(), &LogTailer::commandMessage, this, [this](const QString &command, const QString &message) {
            Q_EMIT event(m_clock->utcNow(), QStringLiteral("log_command"), command + QStringLiteral(": ") + message);
            Q_EMIT warning(QStringLiteral("log command %1: %2").arg(command, message));
        });
        m_logs->start();
    }
}

void RunMonitors::settle(std::function<void()> then)
{
    if (m_logs)
        m_logs->stop();
    if (!m_health) {
        then();
        return;
    }
    Q_EMIT progress(QStringLiteral("a last health check after the load"));
    connect(
        m_health.get(), &HealthPoller::settled, this, [then] { then(); }, Qt::SingleShotConnection);
    m_health->settle();
}

QJsonObject RunMonitors::healthJson() const
{
    if (!m_health)
        return {};
    QJsonArray samples;
    for (const HealthSample &h : m_health->samples())
        samples.append(QJsonObject{{QStringLiteral("time"), h.at.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("status"), h.status},
                                   {QStringLiteral("latency_ms"), h.latencyMs},
                                   {QStringLiteral("healthy"), h.healthy},
                                   {QStringLiteral("error"), h.error}});
    return QJsonObject{
        {QStringLiteral("url"), m_health->url().toString(QUrl::RemoveUserInfo)},
        {QStringLiteral("samples"), samples},
        {QStringLiteral("transitions"), m_healthTransitions},
        {QStringLiteral("last_body"), m_health->samples().isEmpty() ? QString() : m_health->samples().last().body}};
}

QJsonObject RunMonitors::logsJson(const QDateTime &from, const QDateTime &to) const
{
    if (!m_logs)
        return {};
    int undated = 0;
    const QList<LogLine> inside = LogTailer::window(m_logs->matches(), from, to, &undated);
    QJsonArray lines;
    QMap<qint64, QMap<QString, int>> perSecond; // second of the run → level → matching lines
    for (const LogLine &l : inside) {
        lines.append(QJsonObject{{QStringLiteral("file"), l.file},
                                 {QStringLiteral("at_s"), static_cast<double>(from.msecsTo(*l.stamp)) / 1000.0},
                                 {QStringLiteral("text"), QString::fromUtf8(l.text)}});
        const QString level = l.text.contains("ERROR")  ? QStringLiteral("ERROR")
                              : l.text.contains("WARN") ? QStringLiteral("WARN")
                                                        : QStringLiteral("other");
        ++perSecond[from.msecsTo(*l.stamp) / 1000 + 1][level];
    }
    QJsonArray counts;
    for (auto it = perSecond.constBegin(); it != perSecond.constEnd(); ++it) {
        QJsonObject row{{QStringLiteral("second"), it.key()}};
        for (auto level = it->constBegin(); level != it->constEnd(); ++level)
            row.insert(level.key(), level.value());
        counts.append(row);
    }
    QJsonArray files;
    for (const QString &f : m_logs->files())
        files.append(f);
    for (const QString &c : m_logs->commands())
        files.append(QStringLiteral("$ ") + c);
    return QJsonObject{{QStringLiteral("files"), files},
                       {QStringLiteral("filter"), m_logs->filter()},
                       {QStringLiteral("zone"), QString::fromUtf8(m_logs->assumedZone().id())},
                       {QStringLiteral("window_from"), from.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("window_to"), to.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("inside"), inside.size()},
                       {QStringLiteral("outside"), m_logs->matches().size() - inside.size() - undated},
                       {QStringLiteral("undated"), undated},
                       {QStringLiteral("dropped"), static_cast<qint64>(m_logs->dropped())},
                       {QStringLiteral("per_second"), counts},
                       {QStringLiteral("lines"), lines}};
}

void RunMonitors::after(quint64 delivered, std::function<void(QJsonObject)> then)
{
    const Scenario &s = m_scenario;
    if (!m_providerBefore) {
        then({});
        return;
    }
    QJsonObject provider{
        {QStringLiteral("provider"), s.monitors.provider->type},
        {QStringLiteral("base_url"), s.monitors.provider->baseUrl},
        {QStringLiteral("engine_delivered"), static_cast<qint64>(delivered)},
        {QStringLiteral("note"), QStringLiteral("the provider aggregates by day: the difference counts everything it "
                                                "processed between the two fetches, not only this canary")}};
    if (!m_providerBefore->ok()) {
        provider.insert(QStringLiteral("error"), m_providerBefore->error().message);
        then(provider);
        return;
    }
    Q_EMIT progress(QStringLiteral("reading the e-mail provider's statistics again"));
    QPointer<RunMonitors> self(this);
    ProviderStats::fetch(
        *m_providerNam, QUrl(s.monitors.provider->baseUrl), m_providerKey->reveal(), m_runDay, m_clock->utcNow().date(),
        [self, provider, delivered, then](Result<ProviderCounts> after) mutable {
            if (!self)
                return;
            provider.insert(QStringLiteral("before"), self->m_providerBefore->value().toJson());
            if (after.ok()) {
                const ProviderCounts delta = after.value() - self->m_providerBefore->value();
                provider.insert(QStringLiteral("after"), after.value().toJson());
                provider.insert(QStringLiteral("delta"), delta.toJson());
                Q_EMIT self->event(self->m_clock->utcNow(), QStringLiteral("provider_stats"),
                                   QStringLiteral("during the run: %1 delivered, %2 bounces, %3 blocks "
                                                  "(CanaryDesk counted %4 delivered)")
                                       .arg(delta.delivered)
                                       .arg(delta.bounces)
                                       .arg(delta.blocks)
                                       .arg(delivered));
            } else {
                provider.insert(QStringLiteral("error"), after.error().message);
                Q_EMIT self->warning(QStringLiteral("provider stats: ") + after.error().message);
            }
            then(provider);
        });
}

} // namespace canary
