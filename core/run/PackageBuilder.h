#pragma once

// The evidence package of a run, in three steps that EvidencePipeline runs for every path (a run that just
// ended, a k6 run, a stored run exported again, an interrupted run, an imported k6 run):
//  derive — the verdict, the diagnosis and k6's summary shapes from the run's record and metrics (pure; a
//           worker thread's job: it reads every interval);
//  write  — summaries, the time series, the windowed error log, health and provider files, diagnosis,
//           checkpoint, Slack message, charts and report (through the injected renderer, on its thread) and
//           run.json;
//  sign   — the manifest: every file's hash, the raw results too (a worker thread's job).

#include "core/common/Result.h"
#include "core/evidence/EvidenceFiles.h"
#include "core/evidence/ReportInput.h"
#include "core/run/RunRecord.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace canary {

struct SigningKey
{
    QByteArray privateKey; // Ed25519, 32 bytes
    QString source;        // manifest key_source: "keychain", "environment" or "one-time"
    QString note;          // in words: "OS keychain", "OS keychain (created now)", "one-time key (why)"
    bool oneTime() const { return source == QLatin1String("one-time"); }
};

struct PackageOutcome
{
    RunRecord record;    // with the verdict filled in
    IntervalStats total; // the run's totals (for History)
    GateVerdict verdict;
    QList<Finding> findings;
    QList<Episode> episodes;
    QJsonObject canarySummary;
    QJsonObject slackMessage;
    QJsonObject manifest;
    QStringList problems; // files that could not be written; the rest of the package still is
    QString dir;
};

// A package derived and not yet written.
struct PackageDraft
{
    RunRecord record;
    QString dir; // holds results.ndjson.gz already when there is a time series (raw results are never rewritten)
    GateVerdict verdict;
    QList<Finding> findings;
    QList<Episode> episodes;
    QJsonObject summary;                     // handleSummary data
    std::optional<QList<Snapshot>> timeline; // none: no time series (a summary import, a k6 Cloud run)
    IntervalStats total;
    QStringList problems;              // known before writing (raw results cut short): the package will not be signed
    QString keyFingerprint, keySource; // the key that will sign it, for the report's signature line
};

class PackageBuilder
{
public:
    static PackageDraft derive(RunRecord record, const RunMetrics &metrics, const QString &dir);
    // From a k6 summary (handleSummary data): the values it gives judged against the gate; no time series, so
    // no timeseries.csv and charts without data (the record's notes say so).
    static PackageDraft deriveFromSummary(RunRecord record, const QJsonObject &handleSummary, const QString &dir);
    // Every file but the manifest; renderer may be null (no charts, no report).
    static PackageOutcome write(PackageDraft draft, ReportRenderer *renderer);
    // signedAt: the manifest's "created" (the run's clock); null: now.
    static void sign(PackageOutcome &outcome, const SigningKey &key, const QDateTime &signedAt = {});
    // A k6 summary's values judged against the gate (the counts it gives in total).
    static Judgement judgementFromSummary(const RunRecord &record, const QJsonObject &handleSummary,
                                          IntervalStats *total = nullptr, QStringList *notes = nullptr);
    // A k6 Cloud run (record.k6Cloud): its points stay in k6 Cloud, which judged the gate's thresholds (the
    // script carries them); the package states that verdict, the run's URL (also in the checkpoint) and no
    // numbers of its own.
    static PackageDraft deriveFromCloud(RunRecord record, const QString &dir);
    static GateVerdict cloudVerdict(const RunRecord &record);
    static QList<Finding> cloudFindings(const RunRecord &record);
    static QString errorLogFileName(const RunRecord &record);
    // The judgement of a run (Judge), made once when its package is derived; diagnosis.json carries it to every
    // view, none of which judges again.
    static JudgeInput judgeInput(const RunRecord &record, const IntervalStats &total, const QList<Snapshot> *timeline,
                                 const QList<Decision> &decisions);
    static Judgement judgementFor(const RunRecord &record, const RunMetrics &metrics);
};

} // namespace canary
