#include "core/run/RunController.h"

#include "core/run/RunFolder.h"

#include "core/auth/ClientCredentials.h"
#include "core/common/Redactor.h"
#include "core/engine/RequestPlan.h"
#include "core/evidence/ResultsWriter.h"
#include "core/run/RunSecrets.h"
#include "core/run/RunStore.h"
#include "core/run/SigningKeys.h"

#include <QLocale>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QDir>
#include <QSettings>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

namespace canary {

namespace {

QString osUser()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", QStringLiteral("unknown")));
}

} // namespace

RunController::RunController(RunSetup setup, ReportRenderer *renderer, RunStore *store, QObject *parent)
    : QObject(parent), m_setup(std::move(setup)), m_renderer(renderer), m_store(store)
{
    m_writerThread.setObjectName(QStringLiteral("canary-results-writer"));
}

RunController::~RunController()
{
    if (m_engine && m_engine->isRunning())
        m_engine->abort(QStringLiteral("the application closed"));
    if (m_health)
        m_health->stop();
    if (m_logs)
        m_logs->stop();
    if (m_writer && m_writerThread.isRunning())
        QMetaObject::invokeMethod(m_writer, &ResultsWriter::close, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
    if (auto *provider = dynamic_cast<TokenProvider *>(m_tokens.get()))
        provider->stop();
}

// Text leaving the run (to the console, the command line, the timeline and so the evidence) passes the
// redactor: a server that quotes the secret or the token back has its words shown without them.
void RunController::fail(const QString &message)
{
    m_phase = Phase::Failed;
    Q_EMIT failed(redaction::redact(message));
}

void RunController::warn(const QString &message)
{
    Q_EMIT warning(redaction::redact(message));
}

void RunController::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_phase = Phase::Preparing;
    const Scenario &s = m_setup.scenario;
    if (const auto plan = RequestPlan::fromScenario(s, QStringLiteral("CanaryDesk/" CANARYDESK_VERSION)); !plan.ok()) {
        fail(plan.error().message);
        return;
    }
    if (s.monitors.logs && !s.monitors.logs->commands.isEmpty() && !m_setup.allowLogCommands) {
        fail(QStringLiteral("monitors.logs.commands: the scenario wants to run %1 — read them, then allow them "
                            "(--allow-log-commands, or Start in the console)")
                 .arg(s.monitors.logs->commands.join(QStringLiteral(" · "))));
        return;
    }
    auto folder = RunFolder::claim(m_setup.outDir);
    if (!folder.ok()) {
        fail(folder.error().message);
        return;
    }
    m_folder = folder.value();
    m_setup.outDir = m_folder->path();
    if (s.target.secretHeaders.isEmpty()) {
        prepareToken();
        return;
    }
    QPointer<RunController> self(this);
    resolveSecretHeaders(
        s,
        [self](Result<HeaderValues> values) {
            if (!self)
                return;
            if (!values.ok()) {
                self->fail(values.error().message);
                return;
            }
            self->m_secretHeaders = values.value();
            self->prepareToken();
        },
        secrets());
}

void RunController::prepareToken()
{
    const Scenario &s = m_setup.scenario;
    switch (s.auth.type) {
    case AuthSpec::Type::None:
        m_tokens = std::make_shared<StaticTokenSource>();
        prepareProvider();
        return;
    case AuthSpec::Type::StaticBearer: {
        const QByteArray token = qgetenv(s.auth.tokenEnv.toLocal8Bit().constData());
        if (token.isEmpty()) {
            fail(QStringLiteral("auth: the environment variable %1 holding the bearer token is empty")
                     .arg(s.auth.tokenEnv));
            return;
        }
        m_tokens = std::make_shared<StaticTokenSource>(token);
        prepareProvider();
        return;
    }
    case AuthSpec::Type::OAuth2ClientCredentials:
        break;
    }
    QPointer<RunController> self(this);
    auto withSecret = [self](Secret secret) {
        if (!self || self->m_cancelled)
            return;
        const Scenario &s = self->m_setup.scenario;
        TokenPolicy policy;
        if (s.auth.refreshLeadMs > 0) {
            policy.maxLeadMs = s.auth.refreshLeadMs;
            policy.leadFraction = 0.5;
        }
        auto provider = std::make_shared<TokenProvider>(
            ClientCredentialsRequest{s.resolveUrl(s.auth.tokenUrl), s.auth.clientId, std::move(secret), s.auth.scope,
                                     s.auth.style == AuthSpec::Style::Basic},
            policy);
        connect(provider.get(), &TokenProvider::event, self, [self](TokenEvent e) {
            e.detail = redaction::redact(e.detail); // a token endpoint's error may quote what it was sent
            self->addEvent(e.at, TokenEvent::kindName(e.kind),
                           QStringLiteral("%1%2 ms%3")
                               .arg(e.lifetimeSec ? QStringLiteral("lifetime %1 s, ").arg(e.lifetimeSec) : QString())
                               .arg(e.latencyMs)
                               .arg(e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail));
            Q_EMIT self->tokenEvent(e);
        });
        self->m_tokens = provider;
        Q_EMIT self->progress(
            QStringLiteral("fetching the token from %1").arg(s.resolveUrl(s.auth.tokenUrl).toString()));
        provider->start([self](Status started) {
            if (!self || self->m_cancelled)
                return;
            if (!started.ok()) {
                self->fail(QStringLiteral("auth: ") + started.error().message);
                return;
            }
            self->prepareProvider();
        });
    };
    Q_EMIT progress(QStringLiteral("reading the client secret"));
    resolveClientSecret(
        s, m_setup.clientSecret,
        [self, withSecret](Result<Secret> read) {
            if (!self || self->m_cancelled)
                return;
            if (!read.ok()) {
                self->fail(QStringLiteral("auth: ") + read.error().message);
                return;
            }
            withSecret(read.value());
        },
        secrets());
}

void RunController::prepareProvider()
{
    const Scenario &s = m_setup.scenario;
    m_runDay = QDateTime::currentDateTimeUtc().date();
    if (!s.monitors.provider) {
        startEngine();
        return;
    }
    QPointer<RunController> self(this);
    auto fetchWith = [self](Result<Secret> read) {
        if (!self || self->m_cancelled)
            return;
        const QByteArray key = read.ok() ? read.value().reveal() : QByteArray();
        self->m_setup.providerKey = key;
        auto done = [self](Result<ProviderCounts> counts) {
            if (!self || self->m_cancelled)
                return;
            if (!counts.ok())
                self->warn(QStringLiteral("provider stats: %1 (the run goes on)").arg(counts.error().message));
            else
                self->addEvent(QDateTime::currentDateTimeUtc(), QStringLiteral("provider_stats"),
                               QStringLiteral("before the run, today: %1 requests, %2 delivered, %3 bounces, %4 blocks")
                                   .arg(counts.value().requests)
                                   .arg(counts.value().delivered)
                                   .arg(counts.value().bounces)
                                   .arg(counts.value().blocks));
            self->m_providerBefore = std::move(counts);
            self->startEngine();
        };
        if (!read.ok()) {
            done(Result<ProviderCounts>::failure(
                QStringLiteral("no SendGrid API key: %1 (set CANARYDESK_SENDGRID_API_KEY or store the key in the "
                               "keychain entry monitors.provider.apiKeySecretKey names)")
                    .arg(read.error().message)));
            return;
        }
        Q_EMIT self->progress(QStringLiteral("reading the e-mail provider's statistics"));
        const Scenario &s = self->m_setup.scenario;
        ProviderStats::fetch(self->m_providerNam, QUrl(s.monitors.provider->baseUrl), key, self->m_runDay,
                             self->m_runDay, done);
    };
    if (!m_setup.providerKey.isEmpty()) {
        fetchWith(Secret(m_setup.providerKey));
        return;
    }
    lookupSecret(secrets(), "CANARYDESK_SENDGRID_API_KEY", s.monitors.provider->apiKeySecretKey, fetchWith);
}

void RunController::startEngine()
{
    const Scenario &s = m_setup.scenario;
    auto plan = RequestPlan::fromScenario(s, QStringLiteral("CanaryDesk/" CANARYDESK_VERSION));
    plan.value().headers.append(m_secretHeaders); // from the keychain: in the requests, nowhere else
    m_engine = std::make_unique<LoadEngine>(
        s, std::make_shared<RequestPlan>(plan.value()), m_tokens,
        EngineOptions{m_setup.workers, {}, m_setup.clock ? m_setup.clock : &SystemClock::instance()});
    connect(m_engine.get(), &LoadEngine::snapshot, this, &RunController::snapshot);
    connect(m_engine.get(), &LoadEngine::finished, this, &RunController::onEngineFinished);

    if (s.monitors.health) {
        const HealthMonitorSpec &h = *s.monitors.health;
        m_health = std::make_unique<HealthPoller>(s.resolveUrl(h.url), h.intervalMs, h.timeoutMs, h.abortAfterFailures);
        connect(m_health.get(), &HealthPoller::sampled, this, &RunController::healthSampled);
        connect(m_health.get(), &HealthPoller::changed, this, [this](bool healthy, const HealthSample &sample) {
            const QString detail = QStringLiteral("HTTP %1 in %2 ms%3")
                                       .arg(sample.status)
                                       .arg(sample.latencyMs)
                                       .arg(sample.error.isEmpty() ? QString() : QStringLiteral(": ") + sample.error);
            const QString event = healthy ? QStringLiteral("health_ok") : QStringLiteral("health_failing");
            m_healthTransitions.append(QJsonObject{{QStringLiteral("time"), sample.at.toString(Qt::ISODateWithMs)},
                                                   {QStringLiteral("event"), event},
                                                   {QStringLiteral("detail"), detail}});
            addEvent(sample.at, event, detail);
            HealthSample shown = sample;
            shown.error = redaction::redact(shown.error);
            Q_EMIT healthChanged(healthy, shown);
        });
        connect(m_health.get(), &HealthPoller::failedRepeatedly, this, [this](int failures) {
            const QString reason =
                QCoreApplication::translate("Run", "guard rail: health failed %1 times in a row").arg(failures);
            addEvent(QDateTime::currentDateTimeUtc(), QStringLiteral("guard_rail"), reason);
            m_engine->stop(reason, false);
        });
        m_health->start();
    }
    if (s.monitors.logs && (!s.monitors.logs->files.isEmpty() || !s.monitors.logs->commands.isEmpty())) {
        m_logs = std::make_unique<LogTailer>(s.monitors.logs->files, s.monitors.logs->filter);
        for (const QString &command : s.monitors.logs->commands)
            m_logs->addCommand(command);
        connect(m_logs.get(), &LogTailer::matched, this, &RunController::logMatched);
        connect(m_logs.get(), &LogTailer::commandMessage, this, [this](const QString &command, const QString &message) {
            addEvent(QDateTime::currentDateTimeUtc(), QStringLiteral("log_command"),
                     command + QStringLiteral(": ") + message);
            warn(QStringLiteral("log command %1: %2").arg(command, message));
        });
        m_logs->start();
    }

    m_engine->start();
    m_phase = Phase::Running;

    m_record.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_record.state = RunRecord::State::Running;
    m_record.scenario = s;
    m_record.outDir = m_setup.outDir;
    m_record.startedUtc = m_engine->startedUtc();
    m_record.plannedMs = m_engine->pacer().durationNs() / 1'000'000;
    m_record.expectedRequests = static_cast<double>(m_engine->pacer().totalArrivals());
    m_record.pid = QCoreApplication::applicationPid();
    m_record.host = QSysInfo::machineHostName();
    QString name = m_setup.operatorName;
    if (name.isEmpty())
        name = QSettings().value(QStringLiteral("operator/name")).toString();
    m_record.operatorName = name.isEmpty() ? osUser() : name;
    m_record.environment = QStringLiteral("CanaryDesk %1 · Qt %2 · %3 · kernel %4")
                               .arg(QStringLiteral(CANARYDESK_VERSION), QString::fromLatin1(qVersion()),
                                    QSysInfo::prettyProductName(), QSysInfo::kernelVersion());
    m_record.workers = m_engine->workerCount();
    if (s.target.insecure) {
        const QString warning = QStringLiteral("TLS certificate verification is OFF for the target (target.insecure): "
                                               "anyone between here and %1 could have answered")
                                    .arg(s.target.requestUrl().host());
        m_record.notes << warning;
        addEvent(QDateTime::currentDateTimeUtc(), QStringLiteral("insecure_tls"), warning);
        Q_EMIT this->warning(warning);
    }

    ResultsContext context{m_engine->startedUtc(),
                           s.target.requestUrl().toString(QUrl::RemoveUserInfo),
                           s.target.method,
                           s.target.httpVersion == QLatin1String("2") ? QStringLiteral("HTTP/2.0")
                                                                      : QStringLiteral("HTTP/1.1"),
                           QStringLiteral("canary"),
                           s.checks.expectedStatus};
    m_writer = new ResultsWriter(context);
    if (const Status opened = m_writer->open(QDir(m_setup.outDir).filePath(QLatin1String(RunRecord::kResultsFileName)));
        !opened) {
        warn(opened.error().message);
        m_engine->abort(opened.error().message);
    }
    connect(m_writer, &ResultsWriter::failed, this, [this](const QString &message) { warn(message); });
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_engine.get(), &LoadEngine::resultsReady, m_writer, &ResultsWriter::write, Qt::QueuedConnection);
    connect(m_engine.get(), &LoadEngine::droppedReady, m_writer, &ResultsWriter::writeDropped, Qt::QueuedConnection);
    connect(m_engine.get(), &LoadEngine::snapshot, m_writer, [writer = m_writer](const Snapshot &s) {
        writer->writeInterval(s.second, s.elapsedMs, s.inFlight, s.interrupted);
    }); // runs in the writer's thread, after the results of the same interval
    m_writerThread.start();

    // The record exists from the first second: a crash leaves a run that History lists as interrupted.
    if (const Status saved = m_record.save(m_setup.outDir); !saved)
        warn(saved.error().message);
    if (m_store)
        if (const Status saved = m_store->save(m_record); !saved)
            warn(saved.error().message);
    Q_EMIT started();
}

void RunController::stop(const QString &reason)
{
    if (m_phase == Phase::Preparing) {
        m_cancelled = true;
        fail(QCoreApplication::translate("Run", "cancelled before the load started (%1)").arg(reason));
        return;
    }
    if (m_engine && m_engine->isRunning())
        m_engine->stop(reason);
}

void RunController::abort(const QString &reason)
{
    if (m_phase == Phase::Preparing) {
        stop(reason);
        return;
    }
    if (m_engine && m_engine->isRunning())
        m_engine->abort(reason);
}

void RunController::addEvent(const QDateTime &at, const QString &event, const QString &rawDetail)
{
    const QString detail = redaction::redact(rawDetail);
    const QJsonObject e{{QStringLiteral("time"), at.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("event"), event},
                        {QStringLiteral("detail"), detail}};
    // In time order; events arrive nearly ordered, so insert from the back.
    qsizetype i = m_record.events.size();
    while (i > 0 && m_record.events.at(i - 1).toObject().value(QStringLiteral("time")).toString() >
                        e.value(QStringLiteral("time")).toString())
        --i;
    m_record.events.insert(i, e);
    Q_EMIT timelineEvent(at.toUTC(), event, detail);
}

void RunController::onEngineFinished()
{
    m_phase = Phase::Finishing;
    Q_EMIT progress(QStringLiteral("collecting the monitors' findings"));
    if (m_logs)
        m_logs->stop();
    QMetaObject::invokeMethod(m_writer, &ResultsWriter::close, Qt::BlockingQueuedConnection);
    m_resultLines = m_writer->linesWritten();
    m_resultsProblem = m_writer->error();
    m_writerThread.quit();
    m_writerThread.wait();
    m_writer = nullptr;
    if (auto *provider = dynamic_cast<TokenProvider *>(m_tokens.get()))
        provider->stop();

    if (m_health) { // one settle sample after the load, then the rest
        Q_EMIT progress(QStringLiteral("a last health check after the load"));
        connect(m_health.get(), &HealthPoller::settled, this, &RunController::afterHealthSettled,
                Qt::SingleShotConnection);
        m_health->settle();
        return;
    }
    afterHealthSettled();
}

void RunController::afterHealthSettled()
{
    m_record.durationMs = m_engine->durationMs();
    m_record.stopReason = m_engine->stopReason();
    m_record.cutOff = m_engine->cutOff();
    m_record.stoppedAtMs = m_engine->stoppedAtMs();
    m_record.state = m_record.stopReason.isEmpty() ? RunRecord::State::Finished : RunRecord::State::Stopped;
    if (!m_record.stopReason.isEmpty())
        addEvent(m_record.finishedUtc(), QStringLiteral("stopped"), m_record.stopReason);
    if (m_health)
        m_record.health = healthJson();
    if (m_logs)
        m_record.logs = logsJson();
    if (m_setup.sandboxCounts)
        m_record.sandboxCounts = m_setup.sandboxCounts();
    fetchProviderAfter();
}

QJsonObject RunController::healthJson()
{
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

QJsonObject RunController::logsJson()
{
    const QDateTime from = m_record.startedUtc;
    const QDateTime to = m_record.finishedUtc();
    int undated = 0;
    const QList<LogLine> inside = LogTailer::window(m_logs->matches(), from, to, &undated);
    QJsonArray lines;
    QMap<qint64, QMap<QString, int>> perSecond; // second of the run → level → matching lines
    for (const LogLine &l : inside) {
        lines.append(
            QJsonObject{{QStringLiteral("file"), l.file}, {QStringLiteral("text"), QString::fromUtf8(l.text)}});
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

void RunController::fetchProviderAfter()
{
    const Scenario &s = m_setup.scenario;
    if (!m_providerBefore) {
        buildPackage();
        return;
    }
    m_record.provider = QJsonObject{
        {QStringLiteral("provider"), s.monitors.provider->type},
        {QStringLiteral("base_url"), s.monitors.provider->baseUrl},
        {QStringLiteral("engine_delivered"), static_cast<qint64>(m_engine->metrics().total().delivered)},
        {QStringLiteral("note"), QStringLiteral("the provider aggregates by day: the difference counts everything it "
                                                "processed between the two fetches, not only this canary")}};
    if (!m_providerBefore->ok()) {
        m_record.provider.insert(QStringLiteral("error"), m_providerBefore->error().message);
        buildPackage();
        return;
    }
    Q_EMIT progress(QStringLiteral("reading the e-mail provider's statistics again"));
    QPointer<RunController> self(this);
    ProviderStats::fetch(m_providerNam, QUrl(s.monitors.provider->baseUrl), m_setup.providerKey, m_runDay,
                         QDateTime::currentDateTimeUtc().date(), [self](Result<ProviderCounts> after) {
                             if (!self)
                                 return;
                             QJsonObject &p = self->m_record.provider;
                             p.insert(QStringLiteral("before"), self->m_providerBefore->value().toJson());
                             if (after.ok()) {
                                 const ProviderCounts delta = after.value() - self->m_providerBefore->value();
                                 p.insert(QStringLiteral("after"), after.value().toJson());
                                 p.insert(QStringLiteral("delta"), delta.toJson());
                                 self->addEvent(QDateTime::currentDateTimeUtc(), QStringLiteral("provider_stats"),
                                                QStringLiteral("during the run: %1 delivered, %2 bounces, %3 blocks "
                                                               "(CanaryDesk counted %4 delivered)")
                                                    .arg(delta.delivered)
                                                    .arg(delta.bounces)
                                                    .arg(delta.blocks)
                                                    .arg(self->m_engine->metrics().total().delivered));
                             } else {
                                 p.insert(QStringLiteral("error"), after.error().message);
                                 self->warn(QStringLiteral("provider stats: ") + after.error().message);
                             }
                             self->buildPackage();
                         });
}

void RunController::buildPackage()
{
    Q_EMIT progress(QStringLiteral("signing the evidence"));
    QPointer<RunController> self(this);
    SigningKeys::obtain(
        [self](SigningKey key) {
            if (!self)
                return;
            if (key.oneTime())
                self->warn(QStringLiteral("the evidence is signed with a %1").arg(key.note));
            Q_EMIT self->progress(QStringLiteral("writing the evidence package"));
            // Files and charts here (Qt Charts draws on this thread only), the manifest's hashes (the raw results
            // too: 28 MB for 30 minutes at 250/s) and signature on a worker thread.
            PackageOutcome unsigned_ = PackageBuilder::buildUnsigned(self->m_record, self->m_engine->metrics(),
                                                                     self->m_setup.outDir, self->m_renderer);
            if (!self->m_resultsProblem.isEmpty()) // the package must not vouch for raw results cut short
                unsigned_.problems.prepend(self->m_resultsProblem);
            auto *watcher = new QFutureWatcher<PackageOutcome>(self);
            connect(watcher, &QFutureWatcherBase::finished, self, [self, watcher] {
                watcher->deleteLater();
                self->m_outcome = watcher->result();
                self->m_record = self->m_outcome.record;
                for (const QString &p : self->m_outcome.problems)
                    self->warn(p);
                if (self->m_store)
                    if (const Status saved = self->m_store->save(self->m_record, &self->m_engine->metrics().total());
                        !saved)
                        self->warn(saved.error().message);
                self->m_phase = Phase::Done;
                Q_EMIT self->finished();
            });
            watcher->setFuture(QtConcurrent::run([outcome = std::move(unsigned_), key]() mutable {
                PackageBuilder::sign(outcome, key);
                return outcome;
            }));
        },
        secrets());
}

SecretStore &RunController::secrets() const
{
    return m_setup.secrets ? *m_setup.secrets : systemSecretStore();
}

} // namespace canary
