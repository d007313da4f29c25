#pragma once

// k6's end-of-test summaries as CanaryDesk reads them: which of k6's three output files a file is
// (`--out json` NDJSON, handleSummary data, `--summary-export`), the export shape converted to handleSummary's
// (values nested, Rates as `rate`, thresholds as {ok} — k6's export polarity is the opposite: true = failed),
// and a gate threshold measured on the values a summary gives.

#include "core/common/Result.h"
#include "core/scenario/Threshold.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace canary {

enum class K6FileKind
{
    OutJson,       // NDJSON points (plain or gzip)
    HandleSummary, // JSON.stringify(data) in handleSummary
    SummaryExport, // --summary-export
    // k6's new machine-readable summary (--new-machine-readable-summary, v1.5 on; announced as the future default):
    // a "version" key, metadata, config.duration, results.metrics as an array, rates as {matches, total, rate},
    // counters without a rate, trends without custom percentiles, no thresholds.
    MachineReadable,
};

class K6Summary
{
public:
    // Reads the start of the file; the error says what the file looks like instead.
    static Result<K6FileKind> detect(const QString &path);
    static QString kindName(K6FileKind kind);
    // Loads either summary shape as handleSummary data. testRunDurationMs is derived from http_reqs
    // (count / rate) when the file does not carry it (the export shape never does).
    // notes: what the file's format does not carry (formatNotes), appended.
    static Result<QJsonObject> loadAsHandleSummary(const QString &path, QStringList *notes = nullptr);
    static QJsonObject exportToHandleSummary(const QJsonObject &exported);
    static QJsonObject machineReadableToHandleSummary(const QJsonObject &summary);
    // What a summary of that kind does not carry, said instead of guessed (for the package's notes).
    static QStringList formatNotes(K6FileKind kind, const QJsonObject &raw);
    // The threshold's aggregation on its metric in handleSummary data (ms for trends, 0..1 for rates);
    // nullopt when the summary does not have it (e.g. p(99) without summaryTrendStats).
    static std::optional<double> measure(const QJsonObject &handleSummary, const Threshold &threshold);
    // k6's own threshold results in the file: "http_req_duration: p(95)<250 passed".
    static QStringList thresholdOutcomes(const QJsonObject &handleSummary);
};

} // namespace canary
