#pragma once

// What a report renderer gets: everything the run produced that people read. The evidence module does not
// draw (core links no GUI); the renderer that draws charts and writes report.html/report.pdf lives in ui/
// and is handed in by the command that runs the canary.

#include "core/common/Result.h"
#include "core/evidence/EvidenceFiles.h"
#include "core/evidence/ReportTables.h"
#include "core/metrics/GateVerdict.h"
#include "core/metrics/RunMetrics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace canary {

struct ReportInput
{
    QString title; // scenario headline
    QString runId;
    QString target;                             // URL, credentials removed
    QString started, finished;                  // ISO-8601 with zone
    QString operatorName, machine, environment; // who ran it, where, with what
    const GateProfile *gate = nullptr;
    const GateVerdict *verdict = nullptr;
    const QList<Snapshot> *timeline = nullptr;
    QList<Finding> findings;
    QList<Episode> episodes; // shaded on the charts
    QJsonArray events;       // token (and later health) events: {time, event, detail}
    QJsonObject canarySummary;
    QString scenarioJson; // the scenario as run (never holds a secret)
    QStringList notes;    // what a reader should know about the data (truncated input, charts unavailable)
    QJsonObject provider; // e-mail provider stats before/after/delta (or the error); empty: not watched
    QString verdictWord;  // PASS, FAIL, STOPPED, ABORTED or INCOMPLETE (GateVerdict::word); empty: from the verdict
    // The key that will sign the package (the report is written just before the manifest): its fingerprint and its
    // manifest key_source. Empty: not known (a report rendered alone).
    QString keyFingerprint, keySource;
    // The run's numbers for people (report_tables::build): percentiles, phases, status codes, traffic, checks and
    // the error log's lines — printed as they are, in this order.
    QList<ReportTable> tables;
};

class ReportRenderer
{
public:
    virtual ~ReportRenderer() = default;
    // Writes screenshots/*.png, report.html and report.pdf into dir.
    virtual Status render(const ReportInput &input, const QString &dir) = 0;
};

} // namespace canary
