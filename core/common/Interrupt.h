#pragma once

// A second SIGINT/SIGTERM/SIGHUP means "stop now", also while the evidence is being written: the signal
// handler sets this flag (a lock-free atomic store, async-signal-safe) and the evidence steps still to come —
// charts, report, manifest — are left out, so the run ends in moments with its raw results and data files
// kept and the package marked incomplete.

namespace canary::interrupt {

void cutEvidenceShort() noexcept;
bool evidenceCutShort() noexcept;
void reset() noexcept; // for tests

} // namespace canary::interrupt
