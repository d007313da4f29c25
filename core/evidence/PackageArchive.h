#pragma once

// The evidence folder as one .zip (libarchive), and back: extraction refuses absolute paths, "..",
// links and anything but regular files and folders, so a hostile zip cannot write outside its target.

#include "core/common/Result.h"

#include <QString>

namespace canary {

class PackageArchive
{
public:
    // Writes every file below dir into zipPath, with paths relative to dir.
    static Status zip(const QString &dir, const QString &zipPath);
    // Extracts zipPath into an existing empty folder; the message names the first unsafe entry.
    static Status unzip(const QString &zipPath, const QString &intoDir);
    // Compresses a file into a gzip file (k6 results brought into a package keep their shape).
    static Status gzipFile(const QString &from, const QString &to);
};

} // namespace canary
