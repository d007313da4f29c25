#pragma once

// Writes a whole file or none of it: a temporary name in the same folder, flushed and checked, fsync'ed and
// renamed over the target. Qt 6.4's QSaveFile::commit() reports success when the last buffered write failed
// (ENOSPC on a full disk, measured: a 0-byte file and commit() == true), so every write is flushed and checked
// here before the commit. One way for every file CanaryDesk writes: evidence, run.json, manifest, scenario,
// k6 script.

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace canary::atomic {

// "cannot write <path>: <reason>" on failure (the reason in the OS's words: "No space left on device"); the
// target is then untouched (an older file stays as it was, a new one does not appear).
Status writeFile(const QString &path, const QByteArray &bytes);

} // namespace canary::atomic
