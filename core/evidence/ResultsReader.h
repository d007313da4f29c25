#pragma once

// Reads raw results in k6's `--out json` shape (ours, or k6's own; gzip or plain) back into per-second
// metrics: the same RunMetrics the engine builds live, so a stored run, an interrupted run and an imported
// k6 run all become the same evidence. Lines are scanned, not parsed as JSON documents (3 M lines of a
// 30-minute run read in seconds); a truncated file reads up to its last complete line and says so.

#include "core/common/Result.h"
#include "core/metrics/RunMetrics.h"
#include "core/scenario/Scenario.h"
#include "core/scenario/GateProfile.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace canary {

struct ResultsReadOptions
{
    GateProfile gate;                   // for the live threshold columns of each Snapshot
    std::optional<QDateTime> originUtc; // the run's t=0; default: the first point's second
    double targetRate = 0;              // per second, when known (our own runs)
    qint64 plannedMs = 0;
    // The arrivals the whole run planned (RunRecord::expectedRequests), when known: criteria are decided against it
    // as the live run decided them (0: targetRate × plannedMs, or unknown without them).
    quint64 plannedTotal = 0;
};

struct ReadResults
{
    RunMetrics metrics;
    QDateTime originUtc;
    QDateTime lastPointUtc;
    qint64 durationMs = 0; // the given origin (else the first request's send) → the last point
    quint64 lines = 0;
    quint64 points = 0;
    bool truncated = false;         // the file ended inside a line or inside the gzip stream
    quint64 malformedLines = 0;     // lines that are neither a Metric nor a Point (skipped)
    quint64 firstMalformedLine = 0; // 1-based
    // Points whose value is not a number a request can have (NaN, ±Infinity, a negative or a longer-than-11-days
    // duration) or whose time is impossible (before 2000, or a day beyond now): counted, never folded in.
    quint64 invalidValues = 0;
    quint64 invalidTimes = 0;
    quint64 overlongLines = 0; // longer than kMaxLineBytes: skipped without holding them in memory
    // Points further than kMaxSpanSeconds from the run's first: no run CanaryDesk judges is that long, so a file
    // holding them is refused whole (read() fails), never cut at the bound.
    quint64 beyondSpan = 0;
    static constexpr qint64 kMaxSpanSeconds =
        LoadProfile::kMaxDurationMs / 1000 + 3600; // the plan's bound, an hour's drain
    static constexpr size_t kMaxLineBytes = 1 << 20;
    // What makes this input unfit to be judged as it stands (invalid points, over-long lines): the judge says so
    // and never gives such a run a PASS.
    QStringList dataProblems;
    bool hasCorrectedLatency = false; // CanaryDesk's canary_corrected_latency points were present
    QString url;
    QString method;
    QStringList thresholdExpressions; // "http_req_duration: p(95)<250", from k6's Metric lines
    QStringList notes;                // what a person should know about this input
    // Requests tagged name=oauth-token (the generated k6 script's token requests in setup() and the VUs'
    // refreshes): not the canary's load, so left out of every metric, as the built-in engine leaves them out.
    quint64 tokenRequests = 0;
    // Requests sent by the script's setup() and teardown() (k6 tags them group=::setup / ::teardown): not load
    // either, kept apart the same way.
    quint64 setupRequests = 0;
    quint64 teardownRequests = 0;
};

// Reads k6 `--out json` while it is being written (k6 run --out json=FILE): feed the bytes appended since
// the last call; whole lines are consumed, a partial last line waits for the rest. A second lands in
// current().metrics once points three seconds later have arrived (points come nearly in time order).
class ResultsStream
{
public:
    explicit ResultsStream(ResultsReadOptions options);
    ~ResultsStream();
    ResultsStream(const ResultsStream &) = delete;
    ResultsStream &operator=(const ResultsStream &) = delete;

    void feed(const QByteArray &bytes);
    const ReadResults &current() const;
    // Flushes the seconds still open; the stream is done after this.
    const ReadResults &finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

class ResultsReader
{
public:
    static Result<ReadResults> read(const QString &path, const ResultsReadOptions &options);
    static Result<ReadResults> readBytes(const QByteArray &ndjson, const ResultsReadOptions &options);

    // RFC 3339 with up to 9 fractional digits and Z or ±hh:mm, as nanoseconds since the epoch.
    static std::optional<qint64> parseTimeNs(const char *begin, const char *end);
};

} // namespace canary
