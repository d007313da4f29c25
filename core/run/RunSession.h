#pragma once

// One canary run from start to evidence, whichever source makes the load — CanaryDesk's engine, a local k6
// process or k6 Cloud — for the command line and the console alike: the run's folder claimed, the secret
// headers read, the source prepared (the engine's token, k6's script), the monitors' "before" (provider stats),
// the load with the monitors watching beside it (their guard rail stops it), then the monitors' findings and
// the signed evidence package (EvidencePipeline), recorded in History. Everything is asynchronous: the
// caller's event loop never waits on the network, the keychain, the engine or k6.

#include "core/auth/Secret.h"
#include "core/auth/SecretStore.h"
#include "core/common/Clock.h"
#include "core/common/Network.h"
#include "core/common/NetworkPolicy.h"
#include "core/evidence/ReportInput.h"
#include "core/run/LoadSource.h"
#include "core/run/PackageBuilder.h"
#include "core/run/RunMonitors.h"
#include "core/run/RunRecord.h"
#include "core/run/SleepInhibitor.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace canary {

class RunStore;
class RunFolder;

struct RunSetup
{
    enum class Load
    {
        Engine, // CanaryDesk's own engine
        K6,     // `k6 run` on this machine
        K6Cloud // `k6 cloud run`
    };

    Scenario scenario;
    QString outDir;
    Load load = Load::Engine;
    int workers = 2;   // the engine's
    QString k6Program; // k6: empty means CANARYDESK_K6, else `k6` on PATH
    // Credentials the caller hands over with the origins they belong to (the demo's, bound to its sandbox); an
    // empty secret: the environment override (with its NAME_ORIGIN), else the keychain entry (with its origins).
    Credential clientSecret; // OAuth2: CANARYDESK_CLIENT_SECRET, else the entry the scenario names
    Credential providerKey;  // CANARYDESK_SENDGRID_API_KEY, else monitors.provider.apiKeySecretKey
    Credential cloudToken;   // k6 Cloud: K6_CLOUD_TOKEN, else the keychain entry k6-cloud-token
    // The environment variables the operator hands over for this run (--allow-env, the console's Start): the
    // only ones {{env.NAME}} and static-bearer's tokenEnv may read.
    QStringList environment;
    SecretStore *secrets = nullptr; // where credentials and the signing key live; null: the OS keychain
    const Clock *clock = nullptr;   // the time the engine's load is scheduled and timed by; null: the system's
    NetworkFactory network;         // what the run's requests go through (Network.h); empty: plain managers
    QString operatorName;           // empty: the OS user
    // The scenario's log commands run only when the operator has seen and allowed them (a scenario file
    // from someone else must not run programs on this machine unasked).
    bool allowLogCommands = false;
    std::function<QJsonObject()> sandboxCounts; // demo runs: the sandbox's own counts, for the evidence
};

class RunSession : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        Idle,
        Preparing, // secret headers, token or k6 script, provider stats
        Running,
        Finishing, // monitors, provider stats, evidence
        Done,
        Failed, // never started, or k6 ended before any result
    };

    // renderer draws charts and the report (may be null: no screenshots/report); store may be null.
    RunSession(RunSetup setup, ReportRenderer *renderer, RunStore *store, QObject *parent = nullptr);
    ~RunSession() override;

    void start();
    // Graceful: no new arrivals; in-flight requests finish. Before the load runs: cancels.
    void stop(const QString &reason);
    // --stop-when-decided, switched while the run goes on (the console's toggle): on, a gate already decided ends
    // the canary now.
    void setStopWhenDecided(bool on);
    // Immediate: in-flight requests are cut off.
    void abort(const QString &reason);

    Phase phase() const { return m_phase; }
    const RunSetup &setup() const { return m_setup; }
    const RunRecord &record() const { return m_record; }
    const LoadEngine *engine() const { return m_source->engine(); } // null unless the engine makes the load
    RunMonitors &monitors() { return m_monitors; }
    // The source's description when it started: the engine's workers or k6's command line.
    QString startedWith() const { return m_startedWith; }
    // After finished(): what the source said about the load (k6's exit code, the k6 Cloud run's URL).
    const LoadEnd &loadEnd() const { return m_end; }
    // After finished(): false when there was nothing to package (k6 Cloud could not run the test).
    bool hasPackage() const { return m_hasPackage; }
    const PackageOutcome &outcome() const { return m_outcome; }
    quint64 resultLines() const { return m_end.resultLines; }

Q_SIGNALS:
    void progress(const QString &step); // "fetching the token", "signing the evidence", ...
    void started();
    void failed(const QString &message); // the run did not start (nothing was sent), or k6 gave no result
    void snapshot(const canary::Snapshot &snapshot);
    // The gate was decided (a criterion's failure can no longer be undone): at (ms since the start) and why, once.
    void decided(qint64 atMs, const QString &why);
    void tokenEvent(const canary::TokenEvent &event);
    void output(const QString &line); // k6's own stdout/stderr, line by line
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
    void withSecrets(RunSecrets secrets);
    void prepareSource(RunSecrets secrets);
    void onStarted(const QString &description);
    void onLoadFinished();
    void onSnapshot(const canary::Snapshot &snapshot);
    void afterSettled();
    void buildPackage();
    void addEvent(const QDateTime &at, const QString &event, const QString &detail);
    RunSetup withNetworkPolicy(RunSetup setup);
    QStringList networkNotes() const;

    // One network policy for every request of the run (TLS trust, proxies): set before anything that makes a
    // manager (the source, the monitors) is built from m_setup.
    std::optional<NetworkPolicy> m_policy;
    QString m_policyProblem;
    bool m_decidedSaid = false;
    qint64 m_decidedAtMs = -1;
    NetworkFactory m_injectedNetwork; // what a test gave the run, for the load (empty: the engine's own transports)
    RunSetup m_setup;
    std::shared_ptr<RunFolder> m_folder; // held until the session goes: one run per folder
    ReportRenderer *m_renderer;
    RunStore *m_store;
    std::unique_ptr<LoadSource> m_source;
    RunMonitors m_monitors;
    SleepInhibitor m_awake; // the desktop kept awake while the load runs
    Phase m_phase = Phase::Idle;
    bool m_cancelled = false;
    RunRecord m_record;
    QString m_startedWith;
    LoadEnd m_end;
    bool m_hasPackage = false;
    PackageOutcome m_outcome;
};

} // namespace canary
