#pragma once

// Evidence from stored results: a run from History exported again (into its own folder or a new one), a
// run interrupted halfway (verdict: incomplete), and k6 `--out json` results made elsewhere (imported).
// All read the raw results back with ResultsReader and go through PackageBuilder, like a live run.

#include "core/common/Result.h"
#include "core/evidence/ResultsReader.h"
#include "core/run/PackageBuilder.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace canary {

struct StoredRun
{
    RunRecord record; // an orphaned "running" record comes back interrupted, with the duration that ran
    ReadResults results;
};

// What is left of an export or import once the results are read and checked: writing the package. It needs
// the report renderer (charts are drawn on the GUI thread), so a window prepares on a worker thread and
// writes on its own; the headless commands do both in a row.
using PackageWrite = std::function<PackageOutcome(ReportRenderer *renderer, const SigningKey &key)>;

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

    // runDir holds run.json and results.ndjson.gz. outDir may be runDir (re-export in place) or a new folder.
    static Result<PackageOutcome> exportRun(const QString &runDir, const QString &outDir, ReportRenderer *renderer,
                                            const SigningKey &key);

    // k6 results → a package in outDir with its own run.json (state "imported"): one file (--out json NDJSON,
    // .gz or plain; handleSummary; --summary-export), or several runners' --out json files of one distributed
    // run, merged by time into one results.ndjson.gz and judged on the whole load.
    static Result<PackageOutcome> importK6(const ImportRequest &request, ReportRenderer *renderer,
                                           const SigningKey &key);

    // The reading part of exportRun and importK6 (thread-safe, slow for long runs: every line is read).
    static Result<PackageWrite> prepareExport(const QString &runDir, const QString &outDir);
    static Result<PackageWrite> prepareImport(const ImportRequest &request);
};

} // namespace canary
