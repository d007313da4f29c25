#pragma once

// How every headless command says what became of an evidence package: the signed line, or — when a file
// could not be written — each problem, and that the package is incomplete and not signed.

#include "core/run/PackageBuilder.h"

namespace canary::app {

// Documented: the evidence package could not be written whole (a full disk, no permission): each file named,
// nothing signed, the raw results kept.
inline constexpr int kExitEvidenceIncomplete = 106;

// Prints the evidence line (stdout) or the problems (stderr). True when the package is whole and signed.
// problemsSaid: the problems were already printed as the run's warnings.
bool printEvidence(const char *command, const PackageOutcome &outcome, bool problemsSaid = false);
// The judgement as every command prints it (run, k6 run, import, export): the gate and the verdict's word, one line
// per criterion (with when it was decided), what failed, and the findings when asked for — the package's figures,
// rounded once.
void printJudgement(const PackageOutcome &outcome, bool withFindings);
// The progress line a second, for run and k6 run alike: the rate against what the schedule asks now (nothing,
// once it drains), and what the gate judges — the whole run so far —, never one second's p95 beside it.
void printProgress(const Snapshot &snapshot, bool tty);

} // namespace canary::app
