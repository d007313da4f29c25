#include "core/run/K6Source.h"

#include "core/common/AtomicFile.h"
#include "core/common/Encode.h"
#include "core/common/Redactor.h"
#include "core/evidence/PackageArchive.h"
#include "core/k6/K6Script.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QSysInfo>

#include <cmath>
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

K6Source::K6Source(bool cloud, QString program, const Clock *clock, QObject *parent)
    : LoadSource(parent), m_cloud(cloud), m_program(std::move(program)),
      m_clock(clock ? clock : &SystemClock::instance())
{
    connect(&m_poll, &QTimer::timeout, this, &K6Source::readResults);
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { onOutput(m_stdout, m_process.readAllStandardOutput()); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { onOutput(m_stderr, m_process.readAllStandardError()); });
    connect(&m_process, &QProcess::finished, this, &K6Source::onFinished);
}

K6Source::~K6Source()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString K6Source::exitMeaning(int code)
{
    switch (code) {
    case 0:
        return QStringLiteral("passed");
    case 99:
        return QStringLiteral("thresholds crossed");
    case 97:
        return QStringLiteral("the k6 Cloud run was aborted, not by its thresholds");
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

K6Source::Version K6Source::parseVersion(const QString &text)
{
    Version v;
    static const QRegularExpression number(QStringLiteral("\\bv(\\d+)\\.(\\d+)\\.(\\d+)"));
    const auto m = number.match(text);
    if (!m.hasMatch())
        return v;
    v.text = text.trimmed().section(QLatin1Char('\n'), 0, 0);
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).toInt();
    return v;
}

K6Source::Version K6Source::versionOf(const QString &program)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("K6_NO_USAGE_REPORT"), QStringLiteral("true"));
    p.setProcessEnvironment(env);
    p.start(program, {QStringLiteral("version")});
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    return parseVersion(QString::fromUtf8(p.readAllStandardOutput()));
}

QStringList K6Source::arguments(bool cloud, const Version &version, const QString &script, const QString &results)
{
    if (cloud)
        return version.known() && !version.atLeast(0, 52)
                   ? QStringList{QStringLiteral("cloud"), script} // v0.47: the positional form, gone in v2
                   : QStringList{QStringLiteral("cloud"), QStringLiteral("run"), script};
    return {QStringLiteral("run"), QStringLiteral("--out"), QStringLiteral("json=") + results, script};
}

double K6Source::vuHours(const Scenario &s)
{
    return static_cast<double>(s.load.maxInFlight) * static_cast<double>(s.load.totalDurationMs()) / 3'600'000.0;
}

Result<QString> K6Source::findProgram(const QString &requested)
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

// What k6 is started with: the operator's own settings for k6 and the system (PATH, HOME, locale, proxies, CA
// files, K6_* options) and what this run hands it — the checked secrets, the handed-over variables — nothing
// else of this process's environment, so a script reading __ENV finds only what the run gave it.
QProcessEnvironment K6Source::environment(const RunSecrets &secrets, const QString &caFile)
{
    static const QStringList kept = {
        QStringLiteral("PATH"),           QStringLiteral("HOME"),          QStringLiteral("USER"),
        QStringLiteral("LOGNAME"),        QStringLiteral("LANG"),          QStringLiteral("TZ"),
        QStringLiteral("TMPDIR"),         QStringLiteral("SSL_CERT_FILE"), QStringLiteral("SSL_CERT_DIR"),
        QStringLiteral("HTTP_PROXY"),     QStringLiteral("HTTPS_PROXY"),   QStringLiteral("NO_PROXY"),
        QStringLiteral("http_proxy"),     QStringLiteral("https_proxy"),   QStringLiteral("no_proxy"),
        QStringLiteral("XDG_CONFIG_HOME")};
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    for (const QString &name : system.keys())
        if (kept.contains(name) || name.startsWith(QLatin1String("LC_")) ||
            (name.startsWith(QLatin1String("K6_")) && name != QLatin1String(kCloudTokenEnv)))
            env.insert(name, system.value(name));
    for (auto it = secrets.environment.constBegin(); it != secrets.environment.constEnd(); ++it)
        env.insert(it.key(), QString::fromLocal8Bit(it.value()));
    if (!secrets.clientSecret.isEmpty())
        env.insert(QStringLiteral("CANARY_CLIENT_SECRET"), QString::fromUtf8(secrets.clientSecret.reveal()));
    if (!secrets.cloudToken.isEmpty())
        env.insert(QLatin1String(kCloudTokenEnv), QString::fromUtf8(secrets.cloudToken.reveal()));
    for (const auto &[name, value] : secrets.secretHeaders) // through the environment: never the command line
        env.insert(QString::fromLatin1(TargetSpec::secretHeaderEnv(QString::fromLatin1(name))),
                   QString::fromUtf8(value));
    if (!caFile.isEmpty())
        env.insert(QStringLiteral("SSL_CERT_FILE"), caFile); // Go reads it: the run's TLS trust, for k6 too
    env.insert(QStringLiteral("K6_NO_COLOR"), QStringLiteral("true"));
    return env;
}

void K6Source::prepare(const LoadContext &context, std::function<void(Status)> done)
{
    m_context = context;
    const auto program = findProgram(m_program);
    if (!program.ok()) {
        done(Status::failure(program.error().message));
        return;
    }
    m_program = program.value();
    const Scenario &s = m_context.scenario;
    const QString script = QDir(m_context.outDir).filePath(QStringLiteral("canary.k6.js"));
    if (const Status written = atomic::writeFile(script, K6Script::script(s)); !written) {
        done(Status::failure(written.error().message)); // names the file and the OS's reason
        return;
    }
    m_resultsPath = QDir(m_context.outDir).filePath(QStringLiteral("k6-results.ndjson"));
    QFile::remove(m_resultsPath);
    // One network policy: k6 trusts what the run trusts (the system's CAs plus target.caBundle), follows the same
    // proxy variables (passed on as they are), and skips verification only with target.insecure (in the script).
    QString caFile;
    if (const QByteArray extra = m_context.network.extraCasPem(); !extra.isEmpty()) {
        m_caFile = std::make_unique<QTemporaryFile>();
        QByteArray bundle;
        for (const QSslCertificate &c : QSslConfiguration::systemCaCertificates())
            bundle += c.toPem();
        if (!m_caFile->open() || m_caFile->write(bundle + extra) != bundle.size() + extra.size() ||
            !m_caFile->flush()) {
            done(Status::failure(QStringLiteral("cannot write the CA bundle for k6: %1").arg(m_caFile->errorString())));
            return;
        }
        caFile = m_caFile->fileName();
    }
    QProcessEnvironment env = environment(m_context.secrets, caFile);
    if (m_cloud && !s.k6.cloudStackId.isEmpty()) // the scenario's stack before one the environment names
        env.insert(QStringLiteral("K6_CLOUD_STACK_ID"), s.k6.cloudStackId);
    m_process.setProcessEnvironment(env);
    m_process.setWorkingDirectory(m_context.outDir);
    m_version = versionOf(m_program);
    m_args = arguments(m_cloud, m_version, script, m_resultsPath);
    ResultsReadOptions options;
    options.gate = s.gate.resolve();
    options.targetRate =
        s.load.expectedRequests() * 1000.0 / static_cast<double>(std::max<qint64>(1, s.load.totalDurationMs()));
    options.plannedMs = s.load.totalDurationMs();
    options.plannedTotal = static_cast<quint64>(std::llround(s.load.expectedRequests()));
    m_stream = std::make_unique<ResultsStream>(options);
    m_guardRails = std::make_unique<GuardRailWatch>(s.guardRails);
    done(Done{});
}

void K6Source::start()
{
    m_startedUtc = m_clock->utcNow();
    m_process.start(m_program, m_args);
    if (!m_process.waitForStarted(10000)) {
        Q_EMIT failed(QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString()));
        return;
    }
    m_poll.start(500);
    Q_EMIT started(QStringLiteral("%1 %2").arg(m_program, m_args.join(QLatin1Char(' '))));
}

void K6Source::describe(RunRecord &record) const
{
    const Scenario &s = m_context.scenario;
    record.source = m_cloud ? QStringLiteral("k6 cloud run") : QStringLiteral("k6 run (local)");
    record.startedUtc = m_startedUtc;
    record.plannedMs = s.load.totalDurationMs();
    record.expectedRequests = s.load.expectedRequests();
    record.environment =
        QStringLiteral("CanaryDesk %1 driving %2 (%3) · Qt %4 · %5")
            .arg(QStringLiteral(CANARYDESK_VERSION), m_program,
                 m_version.known() ? QStringLiteral("k6 ") + m_version.number() : QStringLiteral("k6 version unknown"),
                 QString::fromLatin1(qVersion()), QSysInfo::prettyProductName());
    record.notes << (m_version.known()
                         ? QStringLiteral("run by k6 %1 (%2)").arg(m_version.number(), m_version.text)
                         : QStringLiteral("run by %1, whose `k6 version` said nothing readable").arg(m_program));
    if (m_cloud && m_version.atLeast(1, 0) && s.k6.cloudStackId.isEmpty() &&
        m_process.processEnvironment().value(QStringLiteral("K6_CLOUD_STACK_ID")).isEmpty())
        record.notes << QStringLiteral("k6 %1 runs every cloud test in a stack: none was given (scenario "
                                       "k6.cloudStackId, K6_CLOUD_STACK_ID), so k6 used the one `k6 cloud login` "
                                       "stored, if any")
                            .arg(m_version.number());
    if (s.guardRails.any())
        record.notes << QStringLiteral("the guard rails are judged on k6's points as k6 writes them (read every "
                                       "half second); crossing one stops k6 as Stop does");
}

void K6Source::signal()
{
    if (m_process.state() != QProcess::NotRunning)
        ::kill(static_cast<pid_t>(m_process.processId()), SIGINT);
}

void K6Source::stop(const QString &reason, bool byOperator)
{
    if (m_stopReason.isEmpty()) {
        m_stopReason = reason;
        m_cutOff = !byOperator;
        m_stoppedAtMs = m_startedUtc.msecsTo(m_clock->utcNow());
    }
    signal(); // k6 stops gracefully and still writes its results
}

void K6Source::abort(const QString &reason)
{
    if (m_stopReason.isEmpty()) {
        m_stopReason = reason;
        m_cutOff = true;
        m_stoppedAtMs = m_startedUtc.msecsTo(m_clock->utcNow());
    }
    signal(); // k6 ends at a second SIGINT without waiting for in-flight requests
    signal();
}

void K6Source::onOutput(QByteArray &buffer, const QByteArray &chunk)
{
    buffer += chunk;
    qsizetype nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
        // k6 prints what the script says, and the script quotes servers (a token endpoint's error): made visible.
        const QString line = encode::visible(QString::fromUtf8(buffer.left(nl)).trimmed());
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

void K6Source::readResults()
{
    QFile f(m_resultsPath);
    if (!f.open(QIODevice::ReadOnly) || f.size() <= m_offset)
        return;
    f.seek(m_offset);
    const QByteArray bytes = f.readAll();
    m_offset += bytes.size();
    m_stream->feed(bytes);
    const SnapshotTimeline &record = m_stream->current().metrics.record();
    const QList<Snapshot> fresh = record.since(m_emitted);
    m_emitted = record.added();
    for (const Snapshot &s : fresh) {
        Q_EMIT snapshot(s);
        if (const auto reason = m_guardRails->check(s); reason && m_stopReason.isEmpty()) {
            Q_EMIT event(m_clock->utcNow(), QStringLiteral("guard_rail"), *reason);
            stop(*reason, false);
            m_stoppedAtMs = s.elapsedMs;
        }
    }
}

void K6Source::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_poll.stop();
    readResults();
    m_exitCode = status == QProcess::NormalExit ? exitCode : -1;
    const ReadResults &read = m_stream->finish();
    for (const Snapshot &s : read.metrics.record().since(m_emitted))
        Q_EMIT snapshot(s);
    m_emitted = read.metrics.record().added();

    LoadEnd &e = m_end;
    e.k6ExitCode = m_exitCode;
    e.cloudUrl = m_cloudUrl;
    e.notes << QStringLiteral("run by k6: exit code %1 (%2)").arg(m_exitCode).arg(exitMeaning(m_exitCode));
    if (!m_cloudUrl.isEmpty()) {
        e.notes << QStringLiteral("k6 Cloud run: %1").arg(m_cloudUrl);
        Q_EMIT event(m_clock->utcNow(), QStringLiteral("k6_cloud_run"), m_cloudUrl);
    }
    const bool judged = m_exitCode == 0 || m_exitCode == 99;
    e.stopReason = m_stopReason;
    e.cutOff = m_cutOff;
    e.stoppedAtMs = m_stoppedAtMs;
    if (e.stopReason.isEmpty() && !judged)
        e.stopReason = QStringLiteral("k6: %1").arg(exitMeaning(m_exitCode));
    if (read.points == 0) {
        // Nothing measured here: a cloud run keeps its points in the cloud, or k6 failed before the load.
        QFile::remove(m_resultsPath);
        if (!m_cloud) {
            Q_EMIT failed(QStringLiteral("k6 ended with exit code %1 (%2) before any result: %3")
                              .arg(m_exitCode)
                              .arg(exitMeaning(m_exitCode),
                                   m_tail.mid(std::max<qsizetype>(0, m_tail.size() - 5)).join(QStringLiteral(" | "))));
            return;
        }
        e.evidence = judged; // k6 Cloud ran the test and judged the thresholds
        e.startedUtc = m_startedUtc;
        e.durationMs = m_context.scenario.load.totalDurationMs(); // as k6 Cloud scheduled it; the points are there
        e.stopReason.clear();
        e.k6Cloud = QJsonObject{{QStringLiteral("url"), m_cloudUrl}, {QStringLiteral("exit_code"), m_exitCode}};
        if (m_exitCode == 97) { // aborted in the cloud for a reason other than thresholds: k6's words for it
            QString reason;
            for (const QString &line : std::as_const(m_tail))
                if (line.contains(QLatin1String("level=error")) ||
                    line.contains(QLatin1String("abort"), Qt::CaseInsensitive))
                    reason = line;
            static const QRegularExpression msg(QStringLiteral("msg=\"([^\"]*)\""));
            if (const auto m = msg.match(reason); m.hasMatch())
                reason = m.captured(1);
            e.k6Cloud.insert(QStringLiteral("reason"), reason.isEmpty() ? exitMeaning(97) : reason.left(300));
            e.evidence = true; // a verdict still: ABORTED, with k6's reason
        }
        e.notes << QStringLiteral("run on k6 Cloud: the points, charts and per-threshold results stay there; this "
                                  "package carries k6's verdict on the gate's thresholds and the run's URL");
        Q_EMIT finished();
        return;
    }
    e.metrics = read.metrics;
    e.startedUtc = read.originUtc;
    e.durationMs = std::min(read.durationMs, m_context.scenario.load.totalDurationMs() + 1000);
    e.notes << read.notes;
    e.dataProblems = read.dataProblems;
    if (const Status gz =
            gzipAndRemove(m_resultsPath, QDir(m_context.outDir).filePath(QLatin1String(RunRecord::kResultsFileName)));
        !gz) {
        Q_EMIT failed(gz.error().message);
        return;
    }
    Q_EMIT finished();
}

LoadEnd K6Source::end()
{
    return m_end;
}

} // namespace canary
