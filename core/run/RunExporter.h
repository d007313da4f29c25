#pragma once

// Evidence from stored results: a run from History exported again (into its own folder or a new one), a
// run interrupted halfway (verdict: incomplete), and k6 `--out json` results made elsewhere (imported).
// All read the raw results back with ResultsReader and go through PackageBuilder, like a live run.

#include "core/common/Result.h"
#include "core/evidence/ResultsReader.h"
#include "core/run/PackageBuilder.h"

#include <QString>
#include <QStringList>

namespace canary {

struct StoredRun
{
    RunRecord record; // an orphaned "running" record comes back interrupted, with the duration that ran
    ReadResults results;
};

class RunExporter
{
public:
    // A run's folder read back: run.json and the metrics of results.ndjson.gz. A run still going in a
    // live process is refused (its results are still being written).
    static Result<StoredRun> loadStoredRun(const QString &runDir);

    // runDir holds run.json and results.ndjson.gz. outDir may be runDir (re-export in place) or a new folder.
    static Result<PackageOutcome> exportRun(const QString &runDir, const QString &outDir, ReportRenderer *renderer,
                                            const SigningKey &key);

    // k6 NDJSON (.gz or plain) → a package in outDir with its own run.json (state "imported"). The gate
    // comes from gateId; the scenario's target and method from the results' tags.
    static Result<PackageOutcome> importK6(const QString &resultsFile, const QString &outDir, const QString &gateId,
                                           ReportRenderer *renderer, const SigningKey &key);
};

} // namespace canary
