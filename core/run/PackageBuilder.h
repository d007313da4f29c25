#pragma once

// Builds the evidence package in a run's folder from its record and its metrics: summaries in k6's shapes,
// the time series, the windowed error log, health and provider files, diagnosis, checkpoint update, Slack
// message, charts and report (through the injected renderer), run.json, and last the signed manifest.
// One path for every package: a run that just ended, a stored run exported again, an interrupted run,
// an imported k6 run.

#include "core/common/Result.h"
#include "core/evidence/EvidenceFiles.h"
#include "core/evidence/ReportInput.h"
#include "core/run/RunRecord.h"

#include <QJsonObject>
#include <QStringList>

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
    QJsonObject canarySummary;
    QJsonObject slackMessage;
    QJsonObject manifest;
    QStringList problems; // files that could not be written; the rest of the package still is
    QString dir;
};

class PackageBuilder
{
public:
    // dir must hold results.ndjson.gz already (the raw results are never rewritten).
    static PackageOutcome build(RunRecord record, const RunMetrics &metrics, const QString &dir,
                                ReportRenderer *renderer, const SigningKey &key);
    // build() in two steps, for a window: everything but the manifest (the charts need the GUI thread), then
    // sign() — hashing every file, the raw results too, which a worker thread can do.
    static PackageOutcome buildUnsigned(RunRecord record, const RunMetrics &metrics, const QString &dir,
                                        ReportRenderer *renderer);
    static void sign(PackageOutcome &outcome, const SigningKey &key);
    // A package from a k6 summary (handleSummary data): the values it gives judged against the gate; no time
    // series, so no timeseries.csv and charts without data (the record's notes say so).
    static PackageOutcome buildFromSummary(RunRecord record, const QJsonObject &handleSummary, const QString &dir,
                                           ReportRenderer *renderer, const SigningKey &key);
    static GateVerdict verdictFromSummary(const RunRecord &record, const QJsonObject &handleSummary,
                                          IntervalStats *total = nullptr, QStringList *notes = nullptr);
    // A k6 Cloud run (record.k6Cloud): its points stay in k6 Cloud, which judged the gate's thresholds (the
    // script carries them); the package states that verdict, the run's URL (also in the checkpoint) and no
    // numbers of its own.
    static PackageOutcome buildFromCloud(RunRecord record, const QString &dir, ReportRenderer *renderer,
                                         const SigningKey &key);
    static GateVerdict cloudVerdict(const RunRecord &record);
    static QList<Finding> cloudFindings(const RunRecord &record);
    // diagnosis.json: the verdict (word, criteria with target, measured and margin) and the findings exactly as
    // the package was judged — what the viewer shows, never judged a second time.
    static QJsonObject diagnosisJson(const GateVerdict &verdict, const QList<Finding> &findings);
    // Reads diagnosis.json back; false when the object is not one.
    static bool readDiagnosis(const QJsonObject &json, GateVerdict &verdict, QList<Finding> &findings);
    static QString errorLogFileName(const RunRecord &record);
    // The verdict and the diagnosis of a run, as every package states them (the viewer re-derives them too).
    static GateVerdict verdictFor(const RunRecord &record, const RunMetrics &metrics);
    static QList<Finding> findingsFor(const RunRecord &record, const RunMetrics &metrics, const GateVerdict &verdict);
    static QStringList windowLines(const RunRecord &record);
};

} // namespace canary
