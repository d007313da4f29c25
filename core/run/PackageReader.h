#pragma once

// Opens an evidence package read-only — a folder or its .zip — for the stakeholder viewer and for
// comparing runs: the signature check first, then the run record and the metrics re-read from the raw
// results (for the charts and figures), the judgement as the package states it (diagnosis.json, never judged
// again here). Needs no credentials.

#include "core/common/Result.h"
#include "core/evidence/EvidenceFiles.h"
#include "core/evidence/Manifest.h"
#include "core/judge/Compare.h"
#include "core/run/RunRecord.h"

#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace canary {

struct OpenedPackage
{
    QString source; // what the user opened (folder or zip)
    QString dir;    // the folder read (a temporary extraction for a zip)
    VerifyReport verification;
    RunRecord record;
    RunMetrics metrics;
    GateVerdict verdict;
    QList<Finding> findings;
    QList<Episode> episodes;
    bool judged = false;                      // diagnosis.json held the judgement (otherwise: no verdict)
    QStringList files;                        // relative paths, as listed in the manifest (or found)
    QStringList notes;                        // from reading the results (truncated, …) and the record
    std::shared_ptr<QTemporaryDir> extracted; // keeps a zip's extraction alive
};

class PackageReader
{
public:
    // Runs on any thread (no GUI). Errors name the package and what is missing or broken.
    static Result<OpenedPackage> open(const QString &folderOrZip);
    // A package as one side of a comparison (`canarydesk compare`, History's compare window): its own verdict and
    // gate, the figures re-read from its raw results. letter: "A" or "B".
    static CompareSide compareSide(const OpenedPackage &package, const QString &letter);
};

} // namespace canary
