#pragma once

// Everything about one run except its raw results: written as run.json into the run's folder when the run
// starts (state "running") and again when it ends. With results.ndjson.gz beside it, it is enough to rebuild
// the whole evidence package later — after a crash too ("interrupted": the record still says running, the
// process that wrote it is gone).

#include "core/common/Result.h"
#include "core/metrics/GateVerdict.h"
#include "core/metrics/RunMetrics.h"
#include "core/scenario/Scenario.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace canary {

struct RunRecord
{
    enum class State
    {
        Running,     // started, not ended (or the process died: see interrupted())
        Finished,    // the schedule ran to its end
        Stopped,     // ended early: graceful stop, guard rail, abortOnFail threshold, signal
        Interrupted, // found running with no process behind it
        Imported,    // built from k6 results made elsewhere
    };

    static constexpr const char *kFileName = "run.json";
    static constexpr const char *kResultsFileName = "results.ndjson.gz";

    QString runId;
    State state = State::Running;
    Scenario scenario;
    QString source = QStringLiteral("CanaryDesk"); // or "k6 import: FILE"
    QString outDir;
    QDateTime startedUtc; // the engine's t=0
    qint64 plannedMs = 0;
    qint64 durationMs = 0;
    qint64 stoppedAtMs = -1; // an early end: when the load stopped (the drain after it is not load); -1: none
    double expectedRequests = 0;
    QString stopReason;
    bool cutOff = false; // the early end cut the run off (ABORTED) rather than the operator's Stop (STOPPED)
    bool stoppedWhenDecided = false; // it ended when the gate was decided (--stop-when-decided): FAIL
    qint64 pid = 0;
    QString host;
    QString operatorName;
    QString environment; // tool, Qt and OS versions
    int workers = 0;

    QJsonArray events;            // token, health and guard-rail events: {time, event, detail}, in time order
    QJsonObject health;           // {url, samples, transitions, last_body}
    QJsonObject provider;         // e-mail provider stats before/after/delta, or the error
    QJsonObject logs;             // {files, filter, zone, window_from, window_to, inside, outside, undated, lines[]}
    QJsonObject sandboxCounts;    // demo runs: what the sandbox itself counted
    QStringList notes;            // said in the report: truncated input, missing charts, ...
    QJsonObject k6Cloud;          // a k6 Cloud run: {url, exit_code}; its points stay in k6 Cloud
    QList<ClientPause> pauses;    // when the load generator did not run at all (the machine slept, the process stopped)
    QStringList evidenceProblems; // files of the package that could not be written: the evidence is incomplete
    // What reading the raw results found unfit (invalid points, over-long lines): never saved, found again by every
    // read, and the judge never passes such a run.
    QStringList dataProblems;

    // Summary numbers, filled when the run ends (for History without reading the results).
    bool passed = false;
    QString verdictSummary;

    static QString stateName(State s);
    double targetRate() const { return plannedMs > 0 ? expectedRequests * 1000.0 / static_cast<double>(plannedMs) : 0; }
    RunFacts facts() const;
    bool evidenceIncomplete() const { return !evidenceProblems.isEmpty(); }
    QDateTime finishedUtc() const { return startedUtc.addMSecs(durationMs); }
    // Onto the timeline in time order, the detail redacted (a server may quote the secret back); returns the
    // detail as recorded.
    QString addEvent(const QDateTime &at, const QString &event, const QString &detail);

    QJsonObject toJson() const;
    static Result<RunRecord> fromJson(const QJsonObject &json);
    Status save(const QString &dir) const;             // dir/run.json, atomically
    static Result<RunRecord> load(const QString &dir); // names the file and what is wrong with it
};

} // namespace canary
