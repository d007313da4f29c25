#pragma once

// The canary on k6 instead of CanaryDesk's own engine: the scenario written as a k6 script, `k6 run` started
// with `--out json=FILE`, its points read while k6 writes them and folded into the same per-second Snapshots
// the engine produces, k6's exit code mapped to the verdict, and the same evidence package at the end.
// With cloud, `k6 cloud run` instead: the run's URL is captured, the load it buys is stated first, and the
// k6 Cloud token reaches k6 only through its environment (K6_CLOUD_TOKEN). Secrets never go on k6's
// command line (visible to every user of the machine).

#include "core/auth/Secret.h"
#include "core/evidence/ReportInput.h"
#include "core/evidence/ResultsReader.h"
#include "core/metrics/GuardRailWatch.h"
#include "core/run/EvidencePipeline.h"
#include "core/run/PackageBuilder.h"
#include "core/run/RunMonitors.h"
#include "core/run/RunRecord.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

#include <memory>
#include <optional>

namespace canary {

class RunStore;
class RunFolder;

struct K6RunSetup
{
    Scenario scenario;
    QString outDir;
    QString program; // empty: CANARYDESK_K6, else `k6` on PATH
    bool cloud = false;
    Secret clientSecret;            // OAuth2 scenarios: given to k6 as CANARY_CLIENT_SECRET
    Secret cloudToken;              // cloud: given to k6 as K6_CLOUD_TOKEN
    SecretStore *secrets = nullptr; // the provider monitor's key and the signing key; null: the OS keychain
};

class K6Runner : public QObject
{
    Q_OBJECT
public:
    K6Runner(K6RunSetup setup, ReportRenderer *renderer, RunStore *store, QObject *parent = nullptr);
    ~K6Runner() override;

    // What k6's exit codes mean (FORMATS.md).
    static QString exitMeaning(int code);
    // The load a run buys on k6 Cloud: max VUs × duration, in VU-hours.
    static double vuHours(const Scenario &scenario);
    // The k6 program to run, or an error that says how to install it.
    static Result<QString> findProgram(const QString &requested);

    void start();
    void stop(); // SIGINT to k6: it stops gracefully and still writes its results

    int k6ExitCode() const { return m_exitCode; }
    QString cloudUrl() const { return m_cloudUrl; }
    const PackageOutcome &outcome() const { return m_outcome; }
    bool hasPackage() const { return m_hasPackage; }
    const RunRecord &record() const { return m_record; }
    // What the run watches beside k6's load (the same as beside the engine's): health, logs, provider.
    RunMonitors &monitors() { return m_monitors; }

Q_SIGNALS:
    void started(const QString &commandLine);
    void output(const QString &line); // k6's own stdout/stderr, line by line
    void snapshot(const canary::Snapshot &snapshot);
    void failed(const QString &message);  // k6 could not be started
    void warning(const QString &message); // not fatal: a one-time signing key, a file not written
    void progress(const QString &step);
    void timelineEvent(const QDateTime &at, const QString &event, const QString &detail);
    void finished();

private:
    void launch();
    void readResults();
    void collectMonitors();
    void addEvent(const QDateTime &at, const QString &event, const QString &detail);
    SecretStore &secrets() const;
    void buildCloudPackage();
    void finish(std::optional<RunMetrics> metrics); // none: a k6 Cloud run (its points stay there)
    void writeEvidence(const std::optional<RunMetrics> &metrics);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onOutput(QByteArray &buffer, const QByteArray &chunk);

    K6RunSetup m_setup;
    std::shared_ptr<RunFolder> m_folder;
    QList<std::pair<QByteArray, QByteArray>> m_secretHeaders; // target.secretHeaders, read from the keychain
    bool m_headersResolved = false;                           // held until the runner goes: one run per folder
    ReportRenderer *m_renderer;
    RunStore *m_store;
    RunMonitors m_monitors;
    GuardRailWatch m_guardRails;
    QString m_program;
    QStringList m_args;
    QProcess m_process;
    QTimer m_poll;
    QString m_resultsPath;
    qint64 m_offset = 0;
    std::unique_ptr<ResultsStream> m_stream;
    qsizetype m_emitted = 0;
    QByteArray m_stdout, m_stderr;
    QStringList m_tail; // the last lines k6 printed, for the error message
    int m_exitCode = -1;
    QString m_cloudUrl;
    RunRecord m_record;
    PackageOutcome m_outcome;
    bool m_hasPackage = false;
};

} // namespace canary
