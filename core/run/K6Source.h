#pragma once

// The load of k6 instead of CanaryDesk's own engine: the scenario written as a k6 script, `k6 run` started
// with `--out json=FILE`, its points read while k6 writes them and folded into the same per-second Snapshots
// the engine produces, and the scenario's guard rails judged on them (crossing one stops k6 as Stop does:
// SIGINT, so it still writes its results). With cloud, `k6 cloud run` instead: the run's URL is captured and
// the k6 Cloud token reaches k6 only through its environment (K6_CLOUD_TOKEN). Secrets never go on k6's
// command line (visible to every user of the machine).

#include "core/evidence/ResultsReader.h"
#include "core/metrics/GuardRailWatch.h"
#include "core/run/LoadSource.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QTimer>

#include <memory>

namespace canary {

class K6Source : public LoadSource
{
    Q_OBJECT
public:
    // program empty: CANARYDESK_K6, else `k6` on PATH. The k6 Cloud token comes with the run's secrets.
    // clock: the run's (when k6 started and stopped, events); null: the system's.
    K6Source(bool cloud, QString program, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~K6Source() override;

    // What k6's exit codes mean (FORMATS.md).
    static QString exitMeaning(int code);
    // What `k6 version` says, read once per run: the flags and commands differ between v0.47 and v2.
    struct Version
    {
        QString text; // "k6 v2.2.0 (commit/devel, go1.25.12, linux/amd64)"; empty: unknown
        int major = -1, minor = -1, patch = -1;
        bool known() const { return major >= 0; }
        bool atLeast(int ma, int mi) const { return major > ma || (major == ma && minor >= mi); }
        QString number() const
        {
            return known() ? QStringLiteral("v%1.%2.%3").arg(major).arg(minor).arg(patch) : QString();
        }
    };
    static Version versionOf(const QString &program);
    static Version parseVersion(const QString &text);
    // The command line of a run: `run --out json=… script`, or for k6 Cloud `cloud run script` (k6 ≥ 0.52) or
    // `cloud script` (before it).
    static QStringList arguments(bool cloud, const Version &version, const QString &script, const QString &results);
    // The load a run buys on k6 Cloud: max VUs × duration, in VU-hours.
    static double vuHours(const Scenario &scenario);
    // The k6 program to run, or an error that says how to install it.
    static Result<QString> findProgram(const QString &requested);
    // The environment k6 runs in: the system's own settings (PATH, HOME, locale, proxies, K6_* options) and what
    // the run hands it; nothing else of this process's environment reaches the script's __ENV.
    // caFile: a CA bundle k6 trusts instead of the system's alone (SSL_CERT_FILE), when the run has one.
    static QProcessEnvironment environment(const RunSecrets &secrets, const QString &caFile = {});

    void prepare(const LoadContext &context, std::function<void(Status)> done) override;
    void start() override;
    void stop(const QString &reason, bool byOperator) override;
    void abort(const QString &reason) override;
    void describe(RunRecord &record) const override;
    LoadEnd end() override;

private:
    void readResults();
    void signal();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onOutput(QByteArray &buffer, const QByteArray &chunk);

    bool m_cloud;
    QString m_program;
    const Clock *m_clock;
    LoadContext m_context;
    std::unique_ptr<GuardRailWatch> m_guardRails;
    QStringList m_args;
    QProcess m_process;
    QTimer m_poll;
    QString m_resultsPath;
    std::unique_ptr<QTemporaryFile> m_caFile; // the system's CAs plus target.caBundle, for k6 (SSL_CERT_FILE)
    qint64 m_offset = 0;
    std::unique_ptr<ResultsStream> m_stream;
    quint64 m_emitted = 0; // snapshots passed on so far
    QByteArray m_stdout, m_stderr;
    QStringList m_tail; // the last lines k6 printed, for the error message
    int m_exitCode = -1;
    QString m_cloudUrl;
    Version m_version;
    QDateTime m_startedUtc;
    QString m_stopReason; // a guard rail's or the operator's
    bool m_cutOff = false;
    qint64 m_stoppedAtMs = -1;
    LoadEnd m_end;
};

} // namespace canary
