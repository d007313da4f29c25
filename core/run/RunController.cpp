#include "core/run/RunController.h"

#include "core/run/RunFolder.h"

#include "core/auth/ClientCredentials.h"
#include "core/common/Redactor.h"
#include "core/engine/RequestPlan.h"
#include "core/evidence/ResultsWriter.h"
#include "core/run/RunSecrets.h"
#include "core/run/EvidencePipeline.h"
#include "core/run/RunStore.h"

#include <QLocale>
#include <QCoreApplication>
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
    : QObject(parent), m_setup(std::move(setup)), m_renderer(renderer), m_store(store),
      m_monitors(m_setup.scenario, secrets(), m_setup.providerKey)
{
    m_writerThread.setObjectName(QStringLiteral("canary-results-writer"));
    connect(&m_monitors, &RunMonitors::progress, this, &RunController::progress);
    connect(&m_monitors, &RunMonitors::warning, this, &RunController::warn);
    connect(&m_monitors, &RunMonitors::event, this, &RunController::addEvent);
    connect(&m_monitors, &RunMonitors::healthSampled, this, &RunController::healthSampled);
    connect(&m_monitors, &RunMonitors::healthChanged, this, &RunController::healthChanged);
    connect(&m_monitors, &RunMonitors::logMatched, this, &RunController::logMatched);
    connect(&m_monitors, &RunMonitors::guardRail, this, [this](const QString &reason) {
        if (m_engine)
            m_engine->stop(reason, false);
    });
}

RunController::~RunController()
{
    if (m_engine && m_engine->isRunning())
        m_engine->abort(QStringLiteral("the application closed"));
    m_monitors.stop();
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
    QPointer<RunController> self(this);
    m_monitors.before([self] {
        if (self && !self->m_cancelled)
            self->startEngine();
    });
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

    m_monitors.watch();
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

void RunController::addEvent(const QDateTime &at, const QString &event, const QString &detail)
{
    Q_EMIT timelineEvent(at.toUTC(), event, m_record.addEvent(at, event, detail));
}

void RunController::onEngineFinished()
{
    m_phase = Phase::Finishing;
    Q_EMIT progress(QStringLiteral("collecting the monitors' findings"));
    QMetaObject::invokeMethod(m_writer, &ResultsWriter::close, Qt::BlockingQueuedConnection);
    m_resultLines = m_writer->linesWritten();
    m_resultsProblem = m_writer->error();
    m_writerThread.quit();
    m_writerThread.wait();
    m_writer = nullptr;
    if (auto *provider = dynamic_cast<TokenProvider *>(m_tokens.get()))
        provider->stop();

    QPointer<RunController> self(this);
    m_monitors.settle([self] {
        if (self)
            self->afterHealthSettled();
    });
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
    m_record.health = m_monitors.healthJson();
    m_record.logs = m_monitors.logsJson(m_record.startedUtc, m_record.finishedUtc());
    if (m_setup.sandboxCounts)
        m_record.sandboxCounts = m_setup.sandboxCounts();
    QPointer<RunController> self(this);
    m_monitors.after(m_engine->metrics().total().delivered, [self](QJsonObject provider) {
        if (!self)
            return;
        self->m_record.provider = std::move(provider);
        self->buildPackage();
    });
}

void RunController::buildPackage()
{
    QPointer<RunController> self(this);
    EvidenceOptions options{m_renderer, &secrets(), m_store,
                            [self](const QString &step) {
                                if (self)
                                    Q_EMIT self->progress(step);
                            },
                            [self](const QString &message) {
                                if (self)
                                    self->warn(message);
                            }};
    EvidencePipeline::start(
        this,
        [record = m_record, metrics = m_engine->metrics(), dir = m_setup.outDir,
         resultsProblem = m_resultsProblem]() -> Result<PackageDraft> {
            PackageDraft draft = PackageBuilder::derive(record, metrics, dir);
            if (!resultsProblem.isEmpty()) // the package must not vouch for raw results cut short
                draft.problems << resultsProblem;
            return draft;
        },
        options,
        [self](Result<PackageOutcome> outcome) {
            if (!self)
                return;
            self->m_outcome = outcome.value(); // derive does not fail
            self->m_record = self->m_outcome.record;
            self->m_phase = Phase::Done;
            Q_EMIT self->finished();
        });
}

SecretStore &RunController::secrets() const
{
    return m_setup.secrets ? *m_setup.secrets : systemSecretStore();
}

} // namespace canary
