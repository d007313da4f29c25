#include "core/run/K6Runner.h"

#include "core/common/AtomicFile.h"
#include "core/evidence/PackageArchive.h"
#include "core/k6/K6Script.h"
#include "core/run/RunFolder.h"
#include "core/run/RunSecrets.h"
#include "core/run/RunStore.h"
#include "core/common/Redactor.h"
#include "core/auth/Secrets.h"
#include "core/run/EvidencePipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include <csignal>

namespace canary {

namespace {

Status gzipAndRemove(const QString &from, const QString &to)
{
    if (const Status gz = PackageArchive::gzipFile(from, to); !gz)
        return gz;
    QFile::remove(from);
    return Done{};
}

} // namespace

K6Runner::K6Runner(K6RunSetup setup, ReportRenderer *renderer, RunStore *store, QObject *parent)
    : QObject(parent), m_setup(std::move(setup)), m_renderer(renderer), m_store(store),
      m_monitors(m_setup.scenario, secrets(), {}), m_guardRails(m_setup.scenario.guardRails)
{
    connect(&m_monitors, &RunMonitors::progress, this, &K6Runner::progress);
    connect(&m_monitors, &RunMonitors::warning, this,
            [this](const QString &message) { Q_EMIT warning(redaction::redact(message)); });
    connect(&m_monitors, &RunMonitors::event, this, &K6Runner::addEvent);
    connect(&m_monitors, &RunMonitors::guardRail, this, [this](const QString &reason) {
        if (m_record.stopReason.isEmpty())
            m_record.stopReason = reason;
        stop();
    });
    connect(&m_poll, &QTimer::timeout, this, &K6Runner::readResults);
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { onOutput(m_stdout, m_process.readAllStandardOutput()); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { onOutput(m_stderr, m_process.readAllStandardError()); });
    connect(&m_process, &QProcess::finished, this, &K6Runner::onFinished);
}

K6Runner::~K6Runner()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString K6Runner::exitMeaning(int code)
{
    switch (code) {
    case 0:
        return QStringLiteral("passed");
    case 99:
        return QStringLiteral("thresholds crossed");
    case 97:
        return QStringLiteral("the cloud run failed");
    case 104:
        return QStringLiteral("invalid configuration");
    case 105:
        return QStringLiteral("aborted by a signal");
    case 107:
        return QStringLiteral("script exception");
    case 108:
        return QStringLiteral("the script called test.abort()");
    default:
        return QStringLiteral("exit code %1").arg(code);
    }
}

double K6Runner::vuHours(const Scenario &s)
{
    return static_cast<double>(s.load.maxInFlight) * static_cast<double>(s.load.totalDurationMs()) / 3'600'000.0;
}

Result<QString> K6Runner::findProgram(const QString &requested)
{
    QString program = requested;
    if (program.isEmpty())
        program = qEnvironmentVariable("CANARYDESK_K6", QStringLiteral("k6"));
    const QString found = QFileInfo(program).isAbsolute() ? (QFileInfo(program).isExecutable() ? program : QString())
                                                          : QStandardPaths::findExecutable(program);
    if (found.isEmpty())
        return Result<QString>::failure(
            QStringLiteral(
                "k6 is not installed (looked for \"%1\"%2). Install it from https://grafana.com/docs/k6/latest/"
                "set-up/install-k6/ (Debian/Ubuntu: Grafana's apt repository, package k6), or point "
                "CANARYDESK_K6 at the binary. Until then `canarydesk run` runs the same canary on "
                "CanaryDesk's own engine.")
                .arg(program, QFileInfo(program).isAbsolute() ? QString() : QStringLiteral(" on PATH")));
    return found;
}

void K6Runner::start()
{
    const auto program = findProgram(m_setup.program);
    if (!program.ok()) {
        Q_EMIT failed(program.error().message);
        return;
    }
    const Scenario &s = m_setup.scenario;
    if (!s.target.secretHeaders.isEmpty() && !m_headersResolved) { // from the keychain first, then start again
        QPointer<K6Runner> self(this);
        resolveSecretHeaders(
            s,
            [self](Result<HeaderValues> values) {
                if (!self)
                    return;
                if (!values.ok()) {
                    Q_EMIT self->failed(values.error().message);
                    return;
                }
                self->m_secretHeaders = values.value();
                self->m_headersResolved = true;
                self->start();
            },
            secrets());
        return;
    }
    if (s.auth.type == AuthSpec::Type::OAuth2ClientCredentials && m_setup.clientSecret.isEmpty()) {
        Q_EMIT failed(
            QStringLiteral("auth: no client secret for k6 (CANARYDESK_CLIENT_SECRET or the keychain entry %1)")
                .arg(s.auth.effectiveSecretKey()));
        return;
    }
    if (m_setup.cloud && m_setup.cloudToken.isEmpty()) {
        Q_EMIT failed(QStringLiteral("k6 Cloud: no token (K6_CLOUD_TOKEN, or the keychain entry k6-cloud-token)"));
        return;
    }
    auto folder = RunFolder::claim(m_setup.outDir);
    if (!folder.ok()) {
        Q_EMIT failed(folder.error().message);
        return;
    }
    m_folder = folder.value();
    m_setup.outDir = m_folder->path();
    const QString script = QDir(m_setup.outDir).filePath(QStringLiteral("canary.k6.js"));
    if (const Status written = atomic::writeFile(script, K6Script::script(s)); !written) {
        Q_EMIT failed(written.error().message); // names the file and the OS's reason
        return;
    }
    m_resultsPath = QDir(m_setup.outDir).filePath(QStringLiteral("k6-results.ndjson"));
    QFile::remove(m_resultsPath);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_setup.clientSecret.isEmpty())
        env.insert(QStringLiteral("CANARY_CLIENT_SECRET"), QString::fromUtf8(m_setup.clientSecret.reveal()));
    if (!m_setup.cloudToken.isEmpty())
        env.insert(QStringLiteral("K6_CLOUD_TOKEN"), QString::fromUtf8(m_setup.cloudToken.reveal()));
    for (const auto &[name, value] : m_secretHeaders) // through the environment: never the command line
        env.insert(QString::fromLatin1(TargetSpec::secretHeaderEnv(QString::fromLatin1(name))),
                   QString::fromUtf8(value));
    env.insert(QStringLiteral("K6_NO_COLOR"), QStringLiteral("true"));
    m_process.setProcessEnvironment(env);
    m_process.setWorkingDirectory(m_setup.outDir);
    const QStringList args = m_setup.cloud ? QStringList{QStringLiteral("cloud"), QStringLiteral("run"), script}
                                           : QStringList{QStringLiteral("run"), QStringLiteral("--out"),
                                                         QStringLiteral("json=") + m_resultsPath, script};

    ResultsReadOptions options;
    options.gate = s.gate.resolve();
    options.targetRate =
        s.load.expectedRequests() * 1000.0 / static_cast<double>(std::max<qint64>(1, s.load.totalDurationMs()));
    options.plannedMs = s.load.totalDurationMs();
    m_stream = std::make_unique<ResultsStream>(options);

    m_record.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_record.state = RunRecord::State::Running;
    m_record.scenario = s;
    m_record.source = m_setup.cloud ? QStringLiteral("k6 cloud run") : QStringLiteral("k6 run (local)");
    m_record.outDir = m_setup.outDir;
    m_record.startedUtc = QDateTime::currentDateTimeUtc();
    m_record.plannedMs = s.load.totalDurationMs();
    m_record.expectedRequests = s.load.expectedRequests();
    m_record.pid = QCoreApplication::applicationPid();
    m_record.host = QSysInfo::machineHostName();
    m_record.operatorName = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    m_record.environment = QStringLiteral("CanaryDesk %1 driving %2 · Qt %3 · %4")
                               .arg(QStringLiteral(CANARYDESK_VERSION), program.value(),
                                    QString::fromLatin1(qVersion()), QSysInfo::prettyProductName());

    if (s.guardRails.any())
        m_record.notes << QStringLiteral("the guard rails are judged on k6's points as k6 writes them (read every "
                                         "half second); crossing one stops k6 as Stop does");
    m_program = program.value();
    m_args = args;
    QPointer<K6Runner> self(this);
    m_monitors.before([self] {
        if (self)
            self->launch();
    });
}

void K6Runner::launch()
{
    m_process.start(m_program, m_args);
    if (!m_process.waitForStarted(10000)) {
        Q_EMIT failed(QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString()));
        return;
    }
    m_monitors.watch();
    m_poll.start(500);
    Q_EMIT started(QStringLiteral("%1 %2").arg(m_program, m_args.join(QLatin1Char(' '))));
}

SecretStore &K6Runner::secrets() const
{
    return m_setup.secrets ? *m_setup.secrets : systemSecretStore();
}

void K6Runner::addEvent(const QDateTime &at, const QString &event, const QString &detail)
{
    Q_EMIT timelineEvent(at.toUTC(), event, m_record.addEvent(at, event, detail));
}

void K6Runner::stop()
{
    if (m_process.state() != QProcess::NotRunning)
        ::kill(static_cast<pid_t>(m_process.processId()), SIGINT);
}

void K6Runner::onOutput(QByteArray &buffer, const QByteArray &chunk)
{
    buffer += chunk;
    qsizetype nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(buffer.left(nl)).trimmed();
        buffer.remove(0, nl + 1);
        if (line.isEmpty())
            continue;
        static const QRegularExpression url(QStringLiteral("(https?://\\S+/runs/\\d+\\S*)"));
        if (const auto m = url.match(line); m.hasMatch() && m_cloudUrl.isEmpty())
            m_cloudUrl = m.captured(1).remove(QRegularExpression(QStringLiteral("[),]+$")));
        m_tail << line;
        if (m_tail.size() > 20)
            m_tail.removeFirst();
        Q_EMIT output(line);
    }
}

void K6Runner::readResults()
{
    QFile f(m_resultsPath);
    if (!f.open(QIODevice::ReadOnly) || f.size() <= m_offset)
        return;
    f.seek(m_offset);
    const QByteArray bytes = f.readAll();
    m_offset += bytes.size();
    m_stream->feed(bytes);
    const QList<Snapshot> &timeline = m_stream->current().metrics.timeline();
    for (; m_emitted < timeline.size(); ++m_emitted) {
        const Snapshot &s = timeline[m_emitted];
        Q_EMIT snapshot(s);
        if (const auto reason = m_guardRails.check(s); reason && m_record.stopReason.isEmpty()) {
            m_record.stopReason = *reason;
            m_record.stoppedAtMs = s.elapsedMs;
            addEvent(QDateTime::currentDateTimeUtc(), QStringLiteral("guard_rail"), *reason);
            stop();
        }
    }
}

void K6Runner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_poll.stop();
    readResults();
    m_exitCode = status == QProcess::NormalExit ? exitCode : -1;
    const ReadResults &read = m_stream->finish();
    const QList<Snapshot> &timeline = read.metrics.timeline();
    for (; m_emitted < timeline.size(); ++m_emitted)
        Q_EMIT snapshot(timeline[m_emitted]);

    m_record.notes << QStringLiteral("run by k6: exit code %1 (%2)").arg(m_exitCode).arg(exitMeaning(m_exitCode));
    if (!m_cloudUrl.isEmpty()) {
        m_record.notes << QStringLiteral("k6 Cloud run: %1").arg(m_cloudUrl);
        addEvent(QDateTime::currentDateTimeUtc(), QStringLiteral("k6_cloud_run"), m_cloudUrl);
    }
    if (read.points == 0) {
        // Nothing measured here: a cloud run keeps its points in the cloud, or k6 failed before the load.
        QFile::remove(m_resultsPath);
        if (m_setup.cloud && (m_exitCode == 0 || m_exitCode == 99)) {
            buildCloudPackage(); // k6 Cloud ran the test and judged the thresholds
            return;
        }
        m_monitors.stop();
        if (!m_setup.cloud)
            Q_EMIT failed(QStringLiteral("k6 ended with exit code %1 (%2) before any result: %3")
                              .arg(m_exitCode)
                              .arg(exitMeaning(m_exitCode),
                                   m_tail.mid(std::max<qsizetype>(0, m_tail.size() - 5)).join(QStringLiteral(" | "))));
        else
            Q_EMIT finished();
        return;
    }
    m_record.startedUtc = read.originUtc;
    m_record.durationMs = std::min(read.durationMs, m_record.plannedMs + 1000);
    const bool guardRail = !m_record.stopReason.isEmpty(); // a guard rail stopped k6: that is the reason
    m_record.state =
        (m_exitCode == 0 || m_exitCode == 99) && !guardRail ? RunRecord::State::Finished : RunRecord::State::Stopped;
    m_record.cutOff = guardRail; // an automatic end (ABORTED), as on the engine
    if (m_record.state == RunRecord::State::Stopped && !guardRail)
        m_record.stopReason = QStringLiteral("k6: %1").arg(exitMeaning(m_exitCode));
    if (!m_record.stopReason.isEmpty())
        addEvent(m_record.finishedUtc(), QStringLiteral("stopped"), m_record.stopReason);
    for (const QString &n : read.notes)
        m_record.notes << n;
    if (const Status gz =
            gzipAndRemove(m_resultsPath, QDir(m_setup.outDir).filePath(QLatin1String(RunRecord::kResultsFileName)));
        !gz) {
        m_monitors.stop();
        Q_EMIT failed(gz.error().message);
        return;
    }
    finish(read.metrics);
}

void K6Runner::finish(std::optional<RunMetrics> metrics)
{
    QPointer<K6Runner> self(this);
    m_monitors.settle([self, metrics] {
        if (!self)
            return;
        self->m_record.health = self->m_monitors.healthJson();
        self->m_record.logs = self->m_monitors.logsJson(self->m_record.startedUtc, self->m_record.finishedUtc());
        self->m_monitors.after(metrics ? metrics->total().delivered : 0, [self, metrics](QJsonObject provider) {
            if (!self)
                return;
            self->m_record.provider = std::move(provider);
            self->writeEvidence(metrics);
        });
    });
}

void K6Runner::writeEvidence(const std::optional<RunMetrics> &metrics)
{
    DeriveStep derive = [record = m_record, metrics, dir = m_setup.outDir]() -> Result<PackageDraft> {
        return metrics ? PackageBuilder::derive(record, *metrics, dir) : PackageBuilder::deriveFromCloud(record, dir);
    };
    QPointer<K6Runner> self(this);
    EvidencePipeline::start(this, std::move(derive),
                            EvidenceOptions{m_renderer, &secrets(), m_store,
                                            [self](const QString &step) {
                                                if (self)
                                                    Q_EMIT self->progress(step);
                                            },
                                            [self](const QString &message) {
                                                if (self)
                                                    Q_EMIT self->warning(message);
                                            }},
                            [self](Result<PackageOutcome> outcome) {
                                if (!self)
                                    return;
                                self->m_outcome = outcome.value(); // derive does not fail
                                self->m_record = self->m_outcome.record;
                                self->m_hasPackage = true;
                                Q_EMIT self->finished();
                            });
}

void K6Runner::buildCloudPackage()
{
    m_record.state = RunRecord::State::Finished;
    m_record.durationMs = m_record.plannedMs; // as k6 Cloud scheduled it; the points are there
    m_record.k6Cloud = QJsonObject{{QStringLiteral("url"), m_cloudUrl}, {QStringLiteral("exit_code"), m_exitCode}};
    m_record.notes << QStringLiteral("run on k6 Cloud: the points, charts and per-threshold results stay there; this "
                                     "package carries k6's verdict on the gate's thresholds and the run's URL");
    finish(std::nullopt);
}

} // namespace canary
