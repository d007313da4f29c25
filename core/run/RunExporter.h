#pragma once

// Evidence from stored results: a run from History exported again (into its own folder or a new one), a
// run interrupted halfway (verdict: incomplete), and k6 `--out json` results made elsewhere (imported).
// Both read the raw results back with ResultsReader: they are the derive step of EvidencePipeline, which writes,
// signs and stores their packages like a live run's.

#include "core/common/Result.h"
#include "core/evidence/ResultsReader.h"
#include "core/run/PackageBuilder.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace canary {

struct StoredRun
{
    RunRecord record; // an orphaned "running" record comes back interrupted, with the duration that ran
    ReadResults results;
};

// What to import and against what it is judged.
struct ImportRequest
{
    QStringList files; // one k6 output, or the --out json files of every runner of one run
    QString outDir;
    // The gate: empty means the scenario's when one is given, else gate1.
    QString gateId;
    // What was planned (`--scenario`): the duration and the arrivals the import is judged against, its target
    // and gate. Without it the schedule k6 followed is unknown and the run is compared with itself.
    std::optional<Scenario> scenario;
};

class RunExporter
{
public:
    // A run's folder read back: run.json and the metrics of results.ndjson.gz. A run still going in a
    // live process is refused (its results are still being written).
    static Result<StoredRun> loadStoredRun(const QString &runDir);

    // A stored run exported again. runDir holds run.json and results.ndjson.gz; outDir may be runDir (re-export
    // in place) or a new folder, into which the raw results are copied. Thread-safe; reads every line.
    static Result<PackageDraft> prepareExport(const QString &runDir, const QString &outDir);
    // k6 results → a package in outDir with its own run.json (state "imported"): one file (--out json NDJSON,
    // .gz or plain; handleSummary; --summary-export), or several runners' --out json files of one distributed
    // run, merged by time into one results.ndjson.gz and judged on the whole load. Thread-safe.
    static Result<PackageDraft> prepareImport(const ImportRequest &request);
};

} // namespace canary
