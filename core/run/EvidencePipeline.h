#pragma once

// The one way evidence is made, whichever way the run was measured — a run of the engine that just ended, a
// local k6 run or a k6 Cloud run, an import of k6 results, a stored run exported again:
//   derive (the verdict, the diagnosis, k6's summary shapes; a worker thread: it reads every interval, for an
//           export or an import every line of the raw results)
//   → write (the files, the charts and the report; the caller's thread: Qt Charts draws on the GUI thread only)
//   → sign  (the manifest: every file's hash, the raw results too; a worker thread)
//   → store (the run's History entry, when the package is the run's own).
// Nobody else sequences these steps.

#include "core/auth/SecretStore.h"
#include "core/common/Result.h"
#include "core/common/Clock.h"
#include "core/run/PackageBuilder.h"

#include <QObject>
#include <QString>

#include <functional>

namespace canary {

class RunStore;

struct EvidenceOptions
{
    ReportRenderer *renderer = nullptr;            // null: no charts, no report
    SecretStore *secrets = nullptr;                // where the signing key lives; null: the OS keychain
    RunStore *store = nullptr;                     // null: not recorded in History (an export into another folder)
    std::function<void(const QString &)> progress; // "writing the evidence package", "signing the evidence"
    // Not fatal: a one-time signing key, a file not written (the package is then not signed), History not
    // updated. The outcome's problems say the same about the package.
    std::function<void(const QString &)> warning;
    const Clock *clock = nullptr; // the time the manifest says it was signed; null: the system's
};

using DeriveStep = std::function<Result<PackageDraft>()>;
using EvidenceDone = std::function<void(Result<PackageOutcome>)>;

class EvidencePipeline
{
public:
    // Asynchronous: derive and sign on worker threads, write and done on context's thread; nothing is called
    // once context is gone. A derive that fails ends there: done gets its message and nothing is written.
    static void start(QObject *context, DeriveStep derive, EvidenceOptions options, EvidenceDone done);
    // The same steps in a row, for the commands (the keychain is waited for on a local event loop).
    static Result<PackageOutcome> runNow(const DeriveStep &derive, const EvidenceOptions &options);
};

} // namespace canary
