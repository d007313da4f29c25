#include "core/run/RunSession.h"

#include "core/common/Redactor.h"
#include "core/common/Duration.h"
#include "core/common/Encode.h"
#include "core/engine/RequestPlan.h"
#include "core/run/EngineSource.h"
#include "core/run/EvidencePipeline.h"
#include "core/run/K6Source.h"
#include "core/run/RunFolder.h"
#include "core/run/RunStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QSysInfo>
#include <QUuid>

namespace canary {

namespace {

QString osUser()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", QStringLiteral("unknown")));
}

// injected: the network a test gave the run, before the run's policy wrapped it (the load's own transports apply
// the policy themselves).
std::unique_ptr<LoadSource> sourceFor(const RunSetup &setup, const NetworkFactory &injected)
{
    switch (setup.load) {
    case RunSetup::Load::K6:
        return std::make_unique<K6Source>(false, setup.k6Program, setup.clock);
    case RunSetup::Load::K6Cloud:
        return std::make_unique<K6Source>(true, setup.k6Program, setup.clock);
    case RunSetup::Load::Engine:
        break;
    }
    return std::make_unique<EngineSource>(setup.workers, setup.clock, setup.network, injected);
}

} // namespace

RunSession::RunSession(RunSetup setup, ReportRenderer *renderer, RunStore *store, QObject *parent)
    : QObject(parent), m_setup(withNetworkPolicy(std::move(setup))), m_renderer(renderer), m_store(store),
      m_source(sourceFor(m_setup, m_injectedNetwork)), m_monitors(m_setup.scenario, m_setup.network, m_setup.clock)
{
    LoadSource *source = m_source.get();
    connect(source, &LoadSource::started, this, &RunSession::onStarted);
    connect(source, &LoadSource::snapshot, this, &RunSession::onSnapshot);
    connect(source, &LoadSource::tokenEvent, this, &RunSession::tokenEvent);
    connect(source, &LoadSource::output, this, &RunSession::output);
    connect(source, &LoadSource::progress, this, &RunSession::progress);
    connect(source, &LoadSource::warning, this, &RunSession::warn);
    connect(source, &LoadSource::event, this, &RunSession::addEvent);
    connect(source, &LoadSource::finished, this, &RunSession::onLoadFinished);
    connect(source, &LoadSource::failed, this, [this](const QString &message) {
        m_monitors.stop();
        if (m_store && !m_record.runId.isEmpty()) // nothing measured: no run for History
            (void)m_store->remove(m_record.runId);
        fail(message);
    });

    connect(&m_monitors, &RunMonitors::progress, this, &RunSession::progress);
    connect(&m_monitors, &RunMonitors::warning, this, &RunSession::warn);
    connect(&m_monitors, &RunMonitors::event, this, &RunSession::addEvent);
    connect(&m_monitors, &RunMonitors::healthSampled, this, &RunSession::healthSampled);
    connect(&m_monitors, &RunMonitors::healthChanged, this, &RunSession::healthChanged);
    connect(&m_monitors, &RunMonitors::logMatched, this, &RunSession::logMatched);
    connect(&m_monitors, &RunMonitors::guardRail, this, [this](const QString &reason) {
        if (m_phase == Phase::Running)
            m_source->stop(reason, false);
    });
}

RunSetup RunSession::withNetworkPolicy(RunSetup setup)
{
    m_injectedNetwork = setup.network;
    auto policy = RequestPlan::networkPolicy(setup.scenario);
    if (!policy.ok()) {
        m_policyProblem = policy.error().message; // said when the run starts
        return setup;
    }
    m_policy = std::move(policy).value();
    setup.network = m_policy->factory(std::move(setup.network));
    return setup;
}

// What the run's notes (and so the report) say about how its requests reached the network.
QStringList RunSession::networkNotes() const
{
    if (!m_policy)
        return {};
    const Scenario &s = m_setup.scenario;
    QList<std::pair<QString, QUrl>> uses{{QStringLiteral("the load"), s.target.requestUrl()}};
    if (s.auth.type == AuthSpec::Type::OAuth2ClientCredentials)
        uses.append({QStringLiteral("the token endpoint"), s.resolveUrl(s.auth.tokenUrl)});
    if (s.monitors.health)
        uses.append({QStringLiteral("/health"), s.resolveUrl(s.monitors.health->url)});
    if (s.monitors.provider)
        uses.append({QStringLiteral("the e-mail provider"), QUrl(s.monitors.provider->baseUrl)});
    QStringList routes;
    for (const auto &[what, url] : uses)
        routes << QStringLiteral("%1 %2 %3")
                      .arg(what, Origin::of(url).value_or(Origin()).toString(), m_policy->routeTo(url));
    return {QStringLiteral("network: %1; %2").arg(m_policy->tlsDescription(), routes.join(QStringLiteral(", ")))};
}

RunSession::~RunSession()
{
    m_monitors.stop();
}

// Text leaving the run (to the console, the command line, the timeline and so the evidence) passes the
// redactor: a server that quotes the secret or the token back has its words shown without them.
// And it is made safe to print: a control character a server put into its words is shown, never interpreted.
void RunSession::fail(const QString &message)
{
    m_phase = Phase::Failed;
    m_awake.release();
    Q_EMIT failed(encode::visible(redaction::redact(message), true));
}

void RunSession::warn(const QString &message)
{
    Q_EMIT warning(encode::visible(redaction::redact(message), true));
}

SecretStore &RunSession::secrets() const
{
    return m_setup.secrets ? *m_setup.secrets : systemSecretStore();
}

void RunSession::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_phase = Phase::Preparing;
    const Scenario &s = m_setup.scenario;
    if (!m_policyProblem.isEmpty()) {
        fail(m_policyProblem);
        return;
    }
    if (const auto plan =
            RequestPlan::fromScenario(s, QStringLiteral("CanaryDesk/" CANARYDESK_VERSION), {}, &*m_policy);
        !plan.ok()) {
        fail(plan.error().message);
        return;
    }
    if (s.monitors.logs && !s.monitors.logs->commands.isEmpty() && !m_setup.allowLogCommands) {
        fail(QStringLiteral("monitors.logs.commands: the scenario wants to run %1 — read them, then allow them "
                            "(--allow-log-commands, or Start in the console)")
                 .arg(s.monitors.logs->commands.join(QStringLiteral(" · "))));
        return;
    }
    // Every credential and handed-over variable is read and checked against where the scenario sends it before
    // anything is created or sent: a refusal leaves nothing behind.
    QPointer<RunSession> self(this);
    SecretsRequest request;
    request.scenario = s;
    request.clientSecret = m_setup.clientSecret;
    request.providerKey = m_setup.providerKey;
    request.cloudToken = m_setup.cloudToken;
    request.cloud = m_setup.load == RunSetup::Load::K6Cloud;
    request.handedEnvironment = m_setup.environment;
    resolveRunSecrets(request, secrets(), [self](Result<RunSecrets> read) {
        if (!self || self->m_cancelled)
            return;
        if (!read.ok()) {
            self->fail(read.error().message);
            return;
        }
        self->withSecrets(std::move(read).value());
    });
}

void RunSession::withSecrets(RunSecrets secrets)
{
    auto folder = RunFolder::claim(m_setup.outDir);
    if (!folder.ok()) {
        fail(folder.error().message);
        return;
    }
    m_folder = folder.value();
    m_setup.outDir = m_folder->path();
    m_monitors.setProviderKey(secrets.providerKey, secrets.providerProblem);
    prepareSource(std::move(secrets));
}

void RunSession::prepareSource(RunSecrets secrets)
{
    QPointer<RunSession> self(this);
    m_source->prepare(LoadContext{m_setup.scenario, m_setup.outDir, std::move(secrets), *m_policy},
                      [self](Status prepared) {
                          if (!self || self->m_cancelled)
                              return;
                          if (!prepared) {
                              self->fail(prepared.error().message);
                              return;
                          }
                          self->m_monitors.before([self] {
                              if (self && !self->m_cancelled)
                                  self->m_source->start();
                          });
                      });
}

void RunSession::onStarted(const QString &description)
{
    const Scenario &s = m_setup.scenario;
    m_phase = Phase::Running;
    m_startedWith = description;
    m_awake.hold(QCoreApplication::translate("Run", "a production canary is running (%1)").arg(s.headline()));
    m_monitors.watch();
    m_record.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_record.state = RunRecord::State::Running;
    m_record.scenario = s;
    m_record.outDir = m_setup.outDir;
    m_record.pid = QCoreApplication::applicationPid();
    m_record.host = QSysInfo::machineHostName();
    QString name = m_setup.operatorName;
    if (name.isEmpty())
        name = QSettings().value(QStringLiteral("operator/name")).toString();
    m_record.operatorName = name.isEmpty() ? osUser() : name;
    m_source->describe(m_record);
    m_record.notes << networkNotes();
    if (s.target.insecure) {
        const QString warning = QStringLiteral("TLS certificate verification is OFF for the target (target.insecure): "
                                               "anyone between here and %1 could have answered")
                                    .arg(s.target.requestUrl().host());
        m_record.notes << warning;
        addEvent((m_setup.clock ? m_setup.clock : &SystemClock::instance())->utcNow(), QStringLiteral("insecure_tls"),
                 warning);
        Q_EMIT this->warning(warning);
    }
    // The record exists from the first second: a crash leaves a run that History lists as interrupted.
    if (const Status saved = m_record.save(m_setup.outDir); !saved)
        warn(saved.error().message);
    if (m_store)
        if (const Status saved = m_store->save(m_record); !saved)
            warn(saved.error().message);
    Q_EMIT started();
}

void RunSession::stop(const QString &reason)
{
    if (m_phase == Phase::Preparing) {
        m_cancelled = true;
        m_source->cancel();
        fail(QCoreApplication::translate("Run", "cancelled before the load started (%1)").arg(reason));
        return;
    }
    if (m_phase == Phase::Running)
        m_source->stop(reason, true);
}

void RunSession::abort(const QString &reason)
{
    if (m_phase == Phase::Preparing) {
        stop(reason);
        return;
    }
    if (m_phase == Phase::Running)
        m_source->abort(reason);
}

void RunSession::addEvent(const QDateTime &at, const QString &event, const QString &detail)
{
    Q_EMIT timelineEvent(at.toUTC(), event, m_record.addEvent(at, event, detail));
}

// Every second: passed on, and the moment the gate is decided said once — on the timeline, to whoever watches,
// and with --stop-when-decided (the scenario's gate.stopWhenDecided) the canary ends then, gracefully: a failing
// service is not loaded to the end of the schedule for a verdict already known.
void RunSession::onSnapshot(const Snapshot &s)
{
    Q_EMIT snapshot(s);
    if (m_decidedSaid || s.decisions.isEmpty())
        return;
    m_decidedSaid = true;
    const Decision &first = s.decisions.first();
    m_decidedAtMs = first.atMs;
    const QString when = duration::clock(first.atMs);
    addEvent(m_record.startedUtc.isValid() ? m_record.startedUtc.addMSecs(first.atMs)
                                           : (m_setup.clock ? m_setup.clock : &SystemClock::instance())->utcNow(),
             QStringLiteral("gate_decided"), QStringLiteral("%1: %2").arg(when, first.why));
    Q_EMIT decided(first.atMs, first.why);
    setStopWhenDecided(m_setup.scenario.gate.stopWhenDecided); // stops now when it is on
}

void RunSession::setStopWhenDecided(bool on)
{
    m_setup.scenario.gate.stopWhenDecided = on;
    if (!on || m_decidedAtMs < 0 || m_phase != Phase::Running)
        return;
    m_record.stoppedWhenDecided = true;
    m_source->stop(QCoreApplication::translate("Run", "the gate was decided at %1").arg(duration::clock(m_decidedAtMs)),
                   false);
}

void RunSession::onLoadFinished()
{
    m_phase = Phase::Finishing;
    m_end = m_source->end();
    Q_EMIT progress(QStringLiteral("collecting the monitors' findings"));
    QPointer<RunSession> self(this);
    m_monitors.settle([self] {
        if (self)
            self->afterSettled();
    });
}

void RunSession::afterSettled()
{
    if (m_end.startedUtc.isValid())
        m_record.startedUtc = m_end.startedUtc;
    m_record.durationMs = m_end.durationMs;
    m_record.stopReason = m_end.stopReason;
    m_record.cutOff = m_end.cutOff;
    m_record.stoppedAtMs = m_end.stoppedAtMs;
    m_record.k6Cloud = m_end.k6Cloud;
    m_record.pauses = m_end.pauses;
    m_record.notes << m_end.notes;
    m_record.dataProblems = m_end.dataProblems;
    m_record.state = m_record.stopReason.isEmpty() ? RunRecord::State::Finished : RunRecord::State::Stopped;
    if (const QString awake = m_awake.note(); !awake.isEmpty())
        m_record.notes << awake;
    m_awake.release();
    if (!m_record.stopReason.isEmpty())
        addEvent(m_record.finishedUtc(), QStringLiteral("stopped"), m_record.stopReason);
    m_record.health = m_monitors.healthJson();
    m_record.logs = m_monitors.logsJson(m_record.startedUtc, m_record.finishedUtc());
    if (m_setup.sandboxCounts)
        m_record.sandboxCounts = m_setup.sandboxCounts();
    QPointer<RunSession> self(this);
    m_monitors.after(m_end.metrics ? m_end.metrics->total().delivered : 0, [self](QJsonObject provider) {
        if (!self)
            return;
        self->m_record.provider = std::move(provider);
        self->buildPackage();
    });
}

void RunSession::buildPackage()
{
    if (!m_end.evidence) { // nothing to package: the record says what happened, History forgets the run
        if (const Status saved = m_record.save(m_setup.outDir); !saved)
            warn(saved.error().message);
        if (m_store)
            (void)m_store->remove(m_record.runId);
        m_phase = Phase::Done;
        Q_EMIT finished();
        return;
    }
    QPointer<RunSession> self(this);
    EvidenceOptions options{m_renderer,
                            &secrets(),
                            m_store,
                            [self](const QString &step) {
                                if (self)
                                    Q_EMIT self->progress(step);
                            },
                            [self](const QString &message) {
                                if (self)
                                    self->warn(message);
                            },
                            m_setup.clock};
    EvidencePipeline::start(
        this,
        [record = m_record, metrics = m_end.metrics, dir = m_setup.outDir,
         resultsProblem = m_end.resultsProblem]() -> Result<PackageDraft> {
            PackageDraft draft =
                metrics ? PackageBuilder::derive(record, *metrics, dir) : PackageBuilder::deriveFromCloud(record, dir);
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
            self->m_hasPackage = true;
            self->m_phase = Phase::Done;
            Q_EMIT self->finished();
        });
}

} // namespace canary
