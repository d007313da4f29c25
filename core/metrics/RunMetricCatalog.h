#pragma once

// The metrics of a run, one row each: its name and k6 type (the scenario's MetricCatalog, which thresholds are
// checked against), what k6 says it contains, the point one request gives it in the raw results, how a point
// read back is counted, and where the run's totals keep it. One table for the engine's raw-results writer, their
// reader (CanaryDesk's own files and k6's --out json alike), the summary in k6's shapes and the thresholds.

#include "core/metrics/IntervalStats.h"
#include "core/scenario/MetricCatalog.h"

#include <QList>
#include <QString>

#include <optional>

namespace canary {

struct RunMetric
{
    const char *name;
    const char *contains; // k6's: "default", "time" or "data"
    // Where the totals keep it — one of the three, by its type (Trend, Rate, Counter).
    LatencyHistogram IntervalStats::*histogram = nullptr; // µs
    quint64 IntervalStats::*hits = nullptr;               // a Rate's non-zero points…
    quint64 IntervalStats::*samples = nullptr;            // …of all its points
    bool hitsAreFails = false;                            // the Rate counts the other points (checks)
    quint64 IntervalStats::*count = nullptr;              // a Counter
    // Its point for one request in the raw results; null: not written per request.
    double (*ofRequest)(const RequestResult &r) = nullptr;
    // A point read back is counted by the table (false: the reader's own code, which needs the point's tags).
    bool readBack = true;

    MetricType type() const { return *metrics::typeOf(QLatin1String(name)); }
    // A Rate's passes (k6's word: its non-zero points) and its points.
    std::pair<quint64, quint64> rate(const IntervalStats &s) const
    {
        return {hitsAreFails ? s.*samples - s.*hits : s.*hits, s.*samples};
    }
    // One point of value, read back from a results file.
    void record(IntervalStats &s, double value) const;
};

// In the order the raw results write a request's points.
const QList<RunMetric> &runMetrics();
// By name, tag selector ignored ("http_req_duration{expected_response:true}" finds http_req_duration).
const RunMetric *runMetric(QStringView name);
const RunMetric *runMetric(std::string_view name);

} // namespace canary
