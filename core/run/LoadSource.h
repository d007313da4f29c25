#pragma once

// Where a run's load comes from. RunSession does everything around it — the run's folder, secret headers,
// monitors, record, evidence, History — for every source alike; a source only makes (or follows) the load:
// CanaryDesk's own engine (EngineSource), a local k6 process or a k6 Cloud run (K6Source). k6 results files
// made elsewhere have no live load: they go through the same evidence pipeline (RunExporter::prepareImport).

#include "core/auth/Secret.h"
#include "core/auth/SecretStore.h"
#include "core/auth/TokenProvider.h"
#include "core/common/NetworkPolicy.h"
#include "core/common/Result.h"
#include "core/metrics/RunMetrics.h"
#include "core/run/RunRecord.h"
#include "core/run/RunSecrets.h"
#include "core/scenario/Scenario.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace canary {

class LoadEngine;

// What a source gets from the session before the load.
struct LoadContext
{
    Scenario scenario;
    QString outDir; // claimed for this run
    // The client secret, the secret headers' values, the k6 Cloud token and the handed-over environment, each
    // already checked against where it goes (RunSecrets): in the requests, nowhere else.
    RunSecrets secrets;
    NetworkPolicy network; // the run's TLS trust and proxy rule, for every request of the load
};

// What a source tells the session once the load has ended.
struct LoadEnd
{
    bool evidence = true;              // false: nothing to package (k6 Cloud could not run the test)
    std::optional<RunMetrics> metrics; // none: a k6 Cloud run (its points stay there)
    QDateTime startedUtc;              // the load's first moment
    qint64 durationMs = 0;
    QString stopReason; // empty: the load ran its course
    bool cutOff = false;
    qint64 stoppedAtMs = -1;
    QStringList notes;
    QStringList dataProblems; // what reading k6's points found unfit (ReadResults::dataProblems)
    QJsonObject k6Cloud;      // a k6 Cloud run: {url, exit_code}
    QString resultsProblem;   // the raw results could not be written whole: the package must not vouch for them
    quint64 resultLines = 0;
    int k6ExitCode = -1; // k6's own exit code; -1 for the engine
    QString cloudUrl;
    QList<ClientPause> pauses; // the engine's: when the load generator did not run
};

class LoadSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // What the source needs before the load — the engine its token, k6 its program and script. A failure says
    // why; nothing was sent to the target.
    virtual void prepare(const LoadContext &context, std::function<void(Status)> done) = 0;
    // Starts the load: started() once it runs (or failed()), snapshots as they come, finished() at its end.
    virtual void start() = 0;
    // Graceful: no new arrivals, in-flight requests finish. byOperator false: an automatic end (ABORTED).
    virtual void stop(const QString &reason, bool byOperator) = 0;
    // Immediate: in-flight requests are cut off.
    virtual void abort(const QString &reason) = 0;
    // Before start(): what prepare() set going stops.
    virtual void cancel() {}
    // What the record says about the source once the load runs: source, environment, planned duration,
    // expected arrivals, workers, start.
    virtual void describe(RunRecord &record) const = 0;
    // After finished().
    virtual LoadEnd end() = 0;
    virtual const LoadEngine *engine() const { return nullptr; }

Q_SIGNALS:
    void started(const QString &description); // the engine's workers, or k6's command line
    void snapshot(const canary::Snapshot &snapshot);
    void tokenEvent(const canary::TokenEvent &event);
    void output(const QString &line); // k6's own stdout/stderr, line by line
    void progress(const QString &step);
    void warning(const QString &message);
    void event(const QDateTime &at, const QString &event, const QString &detail); // for the timeline
    void failed(const QString &message); // the load did not start, or ended before any result
    void finished();
};

} // namespace canary
