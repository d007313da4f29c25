#pragma once

// One canary run from start to evidence, for the command line and the console alike: the token first
// (a wrong secret stops it with the server's words), the monitors' "before" (provider stats), then the engine
// with its raw-results writer on its own thread and the monitors watching beside it; when the engine ends,
// the monitors' findings and the signed evidence package (EvidencePipeline).
// Everything is asynchronous: the caller's event loop never waits on the network, the keychain or the engine.

#include "core/auth/Secret.h"
#include "core/auth/SecretStore.h"
#include "core/auth/TokenProvider.h"
#include "core/engine/LoadEngine.h"
#include "core/evidence/ReportInput.h"
#include "core/run/PackageBuilder.h"
#include "core/run/RunMonitors.h"
#include "core/run/RunRecord.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace canary {

class ResultsWriter;
class RunStore;
class RunFolder;

struct RunSetup
{
    Scenario scenario;
    QString outDir;
    int workers = 2;
    SecretStore *secrets = nullptr; // where credentials and the signing key live; null: the OS keychain
    const Clock *clock = nullptr;   // the time the load is scheduled and timed by; null: the system's
    Secret clientSecret;            // empty: CANARYDESK_CLIENT_SECRET, else the keychain entry the scenario names
    QByteArray providerKey;         // empty: CANARYDESK_SENDGRID_API_KEY, else the keychain entry the scenario names
    QString operatorName;           // empty: the OS user
    // The scenario's log commands run only when the operator has seen and allowed them (a scenario file
    // from someone else must not run programs on this machine unasked).
    bool allowLogCommands = false;
    std::function<QJsonObject()> sandboxCounts; // demo runs: the sandbox's own counts, for the evidence
};

class RunController : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        Idle,
        Preparing, // token, provider stats
        Running,
        Finishing, // monitors, provider stats, evidence
        Done,
        Failed, // never started
    };

    // renderer draws charts and the report (may be null: no screenshots/report); store may be null.
    RunController(RunSetup setup, ReportRenderer *renderer, RunStore *store, QObject *parent = nullptr);
    ~RunController() override;

    void start();
    // Graceful: no new arrivals; in-flight requests finish. Before the engine runs: cancels.
    void stop(const QString &reason);
    // Immediate: in-flight requests are cut off.
    void abort(const QString &reason);

    Phase phase() const { return m_phase; }
    const RunSetup &setup() const { return m_setup; }
    const RunRecord &record() const { return m_record; }
    const LoadEngine *engine() const { return m_engine.get(); }
    RunMonitors &monitors() { return m_monitors; }
    const PackageOutcome &outcome() const { return m_outcome; }
    quint64 resultLines() const { return m_resultLines; }

Q_SIGNALS:
    void progress(const QString &step); // "fetching the token", "signing the evidence", ...
    void started();
    void failed(const QString &message); // the run did not start; nothing was sent to the target
    void snapshot(const canary::Snapshot &snapshot);
    void tokenEvent(const canary::TokenEvent &event);
    void healthSampled(const canary::HealthSample &sample);
    void healthChanged(bool healthy, const canary::HealthSample &sample);
    void logMatched(const canary::LogLine &line);
    // Everything that goes on the run's timeline (token, health, provider, guard rails, log commands, stop).
    void timelineEvent(const QDateTime &at, const QString &event, const QString &detail);
    void warning(const QString &message); // not fatal: provider stats unavailable, a file not written
    void finished();                      // the package is written: outcome()

private:
    void fail(const QString &message);
    void warn(const QString &message);
    SecretStore &secrets() const;
    void prepareToken();
    void prepareProvider();
    void startEngine();
    void onEngineFinished();
    void afterHealthSettled();
    void buildPackage();
    void addEvent(const QDateTime &at, const QString &event, const QString &detail);

    RunSetup m_setup;
    QList<std::pair<QByteArray, QByteArray>> m_secretHeaders; // target.secretHeaders, read from the keychain
    std::shared_ptr<RunFolder> m_folder;                      // held until the controller goes: one run per folder
    ReportRenderer *m_renderer;
    RunStore *m_store;
    RunMonitors m_monitors;
    Phase m_phase = Phase::Idle;
    bool m_cancelled = false;
    RunRecord m_record;
    std::shared_ptr<TokenSource> m_tokens;
    std::unique_ptr<LoadEngine> m_engine;
    QThread m_writerThread;
    ResultsWriter *m_writer = nullptr;
    quint64 m_resultLines = 0;
    QString m_resultsProblem; // the raw results could not be written whole
    PackageOutcome m_outcome;
};

} // namespace canary
