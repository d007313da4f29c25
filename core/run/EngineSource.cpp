#include "core/run/EngineSource.h"

#include "core/auth/ClientCredentials.h"
#include "core/common/Duration.h"
#include "core/common/Redactor.h"
#include "core/engine/Http1Transport.h"
#include "core/engine/RequestPlan.h"
#include "core/evidence/ResultsWriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QDir>
#include <QPointer>
#include <QSysInfo>

namespace canary {

EngineSource::EngineSource(int workers, const Clock *clock, NetworkFactory network, NetworkFactory loadNetwork,
                           QObject *parent)
    : LoadSource(parent), m_workers(workers), m_clock(clock ? clock : &SystemClock::instance()),
      m_network(std::move(network)), m_loadNetwork(std::move(loadNetwork))
{
    m_writerThread.setObjectName(QStringLiteral("canary-results-writer"));
}

EngineSource::~EngineSource()
{
    if (m_engine && m_engine->isRunning())
        m_engine->abort(QStringLiteral("the application closed"));
    if (m_writer && m_writerThread.isRunning())
        QMetaObject::invokeMethod(m_writer, &ResultsWriter::close, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
    stopTokens();
}

void EngineSource::stopTokens()
{
    if (auto *provider = dynamic_cast<TokenProvider *>(m_tokens.get()))
        provider->stop();
}

void EngineSource::prepare(const LoadContext &context, std::function<void(Status)> done)
{
    m_context = context;
    const Scenario &s = m_context.scenario;
    switch (s.auth.type) {
    case AuthSpec::Type::None:
        m_tokens = std::make_shared<StaticTokenSource>();
        done(Done{});
        return;
    case AuthSpec::Type::StaticBearer: // handed over by the operator for this run (RunSecrets)
        m_tokens = std::make_shared<StaticTokenSource>(m_context.secrets.environment.value(s.auth.tokenEnv));
        done(Done{});
        return;
    case AuthSpec::Type::OAuth2ClientCredentials:
        break;
    }
    withSecret(m_context.secrets.clientSecret, std::move(done));
}

void EngineSource::withSecret(Secret secret, std::function<void(Status)> done)
{
    const Scenario &s = m_context.scenario;
    TokenPolicy policy;
    if (s.auth.refreshLeadMs > 0) {
        policy.maxLeadMs = s.auth.refreshLeadMs;
        policy.leadFraction = 0.5;
    }
    auto provider = std::make_shared<TokenProvider>(
        ClientCredentialsRequest{s.resolveUrl(s.auth.tokenUrl), s.auth.clientId, std::move(secret), s.auth.scope,
                                 s.auth.style == AuthSpec::Style::Basic},
        policy, *m_clock);
    provider->setNetwork(m_network);
    connect(provider.get(), &TokenProvider::event, this, [this](TokenEvent e) {
        e.detail = redaction::redact(e.detail); // a token endpoint's error may quote what it was sent
        Q_EMIT event(e.at, TokenEvent::kindName(e.kind),
                     QStringLiteral("%1%2 ms%3")
                         .arg(e.lifetimeSec ? QStringLiteral("lifetime %1 s, ").arg(e.lifetimeSec) : QString())
                         .arg(e.latencyMs)
                         .arg(e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail));
        Q_EMIT tokenEvent(e);
    });
    m_tokens = provider;
    Q_EMIT progress(QStringLiteral("fetching the token from %1").arg(s.resolveUrl(s.auth.tokenUrl).toString()));
    QPointer<EngineSource> self(this);
    provider->start([self, done](Status started) {
        if (!self || self->m_cancelled)
            return;
        if (!started.ok()) {
            done(Status::failure(QStringLiteral("auth: ") + started.error().message));
            return;
        }
        done(Done{});
    });
}

void EngineSource::cancel()
{
    m_cancelled = true;
    stopTokens();
}

void EngineSource::start()
{
    const Scenario &s = m_context.scenario;
    auto plan = RequestPlan::fromScenario(s, QStringLiteral("CanaryDesk/" CANARYDESK_VERSION),
                                          m_context.secrets.environment, &m_context.network);
    if (!plan.ok()) {
        Q_EMIT failed(plan.error().message);
        return;
    }
    plan.value().headers.append(m_context.secrets.secretHeaders); // in the requests, nowhere else
    m_engine = std::make_unique<LoadEngine>(s, std::make_shared<RequestPlan>(plan.value()), m_tokens,
                                            EngineOptions{m_workers, m_loadNetwork, m_clock});
    connect(m_engine.get(), &LoadEngine::snapshot, this, &LoadSource::snapshot);
    connect(m_engine.get(), &LoadEngine::finished, this, &EngineSource::onEngineFinished);
    m_engine->start();

    const ResultsContext context{m_engine->startedUtc(),
                                 s.target.requestUrl().toString(QUrl::RemoveUserInfo),
                                 s.target.method,
                                 s.target.httpVersion == QLatin1String("2") ? QStringLiteral("HTTP/2.0")
                                                                            : QStringLiteral("HTTP/1.1"),
                                 QStringLiteral("canary"),
                                 s.checks.expectedStatus};
    m_writer = new ResultsWriter(context);
    if (const Status opened =
            m_writer->open(QDir(m_context.outDir).filePath(QLatin1String(RunRecord::kResultsFileName)));
        !opened) {
        Q_EMIT warning(opened.error().message);
        m_engine->abort(opened.error().message);
    }
    connect(m_writer, &ResultsWriter::failed, this, &LoadSource::warning);
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_engine.get(), &LoadEngine::resultsReady, m_writer, &ResultsWriter::write, Qt::QueuedConnection);
    connect(m_engine.get(), &LoadEngine::droppedReady, m_writer, &ResultsWriter::writeDropped, Qt::QueuedConnection);
    connect(m_engine.get(), &LoadEngine::clientPaused, this, [this](const ClientPause &p) {
        Q_EMIT event(m_engine->startedUtc().addMSecs(p.atMs), QStringLiteral("client_paused"), pauseText(p));
        Q_EMIT warning(pauseText(p));
    });
    connect(m_engine.get(), &LoadEngine::snapshot, m_writer, [writer = m_writer](const Snapshot &snap) {
        writer->writeInterval(snap.second, snap.elapsedMs, snap.inFlight, snap.interrupted);
    }); // runs in the writer's thread, after the results of the same interval
    m_writerThread.start();
    Q_EMIT started(QStringLiteral("CanaryDesk's engine, %1 workers").arg(m_engine->workerCount()));
}

QString EngineSource::pauseText(const ClientPause &p)
{
    return QCoreApplication::translate("Run", "the load generator was paused %1 s at %2 — the machine slept or the "
                                              "process was stopped: the arrivals due then were not sent, never sent "
                                              "late all at once")
        .arg(QLocale().toString(static_cast<double>(p.lengthMs) / 1000.0, 'f', 1), duration::clock(p.atMs));
}

void EngineSource::describe(RunRecord &record) const
{
    record.source = QStringLiteral("CanaryDesk");
    record.startedUtc = m_engine->startedUtc();
    record.plannedMs = m_engine->pacer().durationNs() / 1'000'000;
    record.expectedRequests = static_cast<double>(m_engine->pacer().totalArrivals());
    record.workers = m_engine->workerCount();
    record.environment = QStringLiteral("CanaryDesk %1 · Qt %2 · %3 · kernel %4")
                             .arg(QStringLiteral(CANARYDESK_VERSION), QString::fromLatin1(qVersion()),
                                  QSysInfo::prettyProductName(), QSysInfo::kernelVersion());
}

void EngineSource::stop(const QString &reason, bool byOperator)
{
    if (m_engine && m_engine->isRunning())
        m_engine->stop(reason, byOperator);
}

void EngineSource::abort(const QString &reason)
{
    if (m_engine && m_engine->isRunning())
        m_engine->abort(reason);
}

void EngineSource::onEngineFinished()
{
    QMetaObject::invokeMethod(m_writer, &ResultsWriter::close, Qt::BlockingQueuedConnection);
    m_resultLines = m_writer->linesWritten();
    m_resultsProblem = m_writer->error();
    m_writerThread.quit();
    m_writerThread.wait();
    m_writer = nullptr;
    stopTokens();
    Q_EMIT finished();
}

LoadEnd EngineSource::end()
{
    LoadEnd e;
    e.metrics = m_engine->metrics();
    e.startedUtc = m_engine->startedUtc();
    e.durationMs = m_engine->durationMs();
    e.stopReason = m_engine->stopReason();
    e.cutOff = m_engine->cutOff();
    e.stoppedAtMs = m_engine->stoppedAtMs();
    e.resultsProblem = m_resultsProblem;
    e.resultLines = m_resultLines;
    e.pauses = m_engine->pauses();
    // When the client held requests back itself (reusing a busy connection rather than opening one per request,
    // or at the bound of connections being opened), the run says so and for how long: the service was not the only
    // thing between the schedule and the wire.
    const IntervalStats &total = m_engine->metrics().total();
    if (const quint64 waits = total.connectionWaits; waits > 0)
        e.notes << QStringLiteral("the client held %1 of %2 requests for a connection (reuse first; at most %3 "
                                  "connections opened at once per worker; over TLS a new one only once waiting costs "
                                  "more than a handshake): http_req_blocked p95 %4 ms, max %5 ms — in the latency "
                                  "from the intended send, not in http_req_duration")
                       .arg(waits)
                       .arg(total.requests)
                       .arg(Http1Transport::kMaxOpening)
                       .arg(total.blocked.valueAtPercentile(95) / 1000.0, 0, 'f', 2)
                       .arg(static_cast<double>(total.blocked.max()) / 1000.0, 0, 'f', 2);
    return e;
}

} // namespace canary
