#pragma once

// The one judgement of a run: the verdict against its gate (criteria with value, limit, unit, margin and when each
// was decided), the run cut into episodes in time, the findings that follow from what the data shows, and the words
// for people. Judge makes it once — from a run that just ended, a re-read of its raw results, or a k6 import — and
// every view shows it as made: the console, the headless end, the package (diagnosis.json, report, checkpoint,
// Slack), the viewer and History read it; none of them judges again.

#include "core/metrics/GateVerdict.h"
#include "core/metrics/RunMetrics.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace canary {

struct Finding
{
    QString title;     // "Latency over the gate: the service is slow to answer"
    QString evidence;  // what in the run shows it, with when
    QString nextSteps; // what to do
};

// A stretch of the run where something went wrong, in seconds since the run's start.
struct Episode
{
    enum class Kind
    {
        NoAnswer,      // refused, reset, timed out, DNS, TLS: requests that got no answer
        ServerErrors,  // a burst of 5xx
        RateLimited,   // a burst of 429
        Slow,          // each second's p95 over the gate's limit
        HealthFailing, // the service's /health said it was not healthy
        TokenFailures, // the token could not be had
        ClientPaused,  // the load generator did not run: a hole
    };
    Kind kind = Kind::NoAnswer;
    double startS = 0;
    double endS = 0;
    quint64 requests = 0; // the requests of its kind in it (for health and token: polls or attempts)
    QString what;         // in words: "the service refused connections or gave no answer (852 requests)"
    QStringList evidence; // what else happened in the window: health, log lines, token events

    static QString kindName(Kind kind); // "no_answer", "server_errors", …: the JSON's names, in every language
    static std::optional<Kind> kindNamed(const QString &name);
    QString when() const; // "0:08–0:16"
    friend bool operator==(const Episode &, const Episode &) = default;
};

struct Judgement
{
    GateVerdict verdict;
    QList<Episode> episodes;
    QList<Finding> findings;

    // diagnosis.json: the verdict (criteria with their numbers and when each was decided), the episodes and the
    // findings exactly as judged; fromJson reads it back (nothing when it is not one).
    QJsonObject toJson() const;
    static std::optional<Judgement> fromJson(const QJsonObject &json);
};

// What a run gives the judge. The pointers stay valid for the call.
struct JudgeInput
{
    GateProfile gate;
    const IntervalStats *total = nullptr;
    const QList<Snapshot> *timeline = nullptr; // none: no time series (a k6 summary, k6 Cloud)
    const QList<RunBatch> *batches = nullptr;  // none: no intervals
    QList<Decision> decisions;
    RunFacts facts;
    QDateTime startedUtc;      // the run's t=0, to place the monitors' records in it
    QJsonObject health;        // RunRecord::health: {samples[{time, healthy, status, …}]}
    QJsonArray events;         // RunRecord::events: token, health, guard-rail events {time, event, detail}
    QJsonObject logs;          // RunRecord::logs: {lines[{at_s, text}], per_second[…], inside}
    QJsonObject provider;      // RunRecord::provider: before/after/delta
    QList<ClientPause> pauses; // RunRecord::pauses
    bool interrupted = false;  // found running with no process behind it: judged on what was written
    qint64 elapsedMs = -1;     // what a per-second threshold is taken over (-1: facts.actualMs)
    QStringList dataProblems;  // the input held invalid data (ReadResults::dataProblems): never a PASS
    // Thresholds measured elsewhere (a k6 summary's values); none: evaluated on total.
    std::optional<QList<ThresholdResult>> thresholds;
};

class Judge
{
public:
    static Judgement judge(const JudgeInput &input);
    // The episodes alone (the console shades them live).
    static QList<Episode> episodes(const JudgeInput &input);
};

} // namespace canary
