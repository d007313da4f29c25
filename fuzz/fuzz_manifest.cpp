// The package verifier on an arbitrary manifest.json beside two real files: never crashes, never says a
// package is fine when the manifest is not a signed CanaryDesk manifest, never reads outside the folder.
#include "core/evidence/Manifest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const bool ready = [] {
        QDir().mkpath(dir.filePath(QStringLiteral("screenshots")));
        QFile a(dir.filePath(QStringLiteral("summary.json")));
        QFile b(dir.filePath(QStringLiteral("screenshots/p95_latency.png")));
        return a.open(QIODevice::WriteOnly) && a.write("{}") == 2 && b.open(QIODevice::WriteOnly) &&
               b.write("png") == 3;
    }();
    if (!ready)
        std::abort();
    QFile m(dir.filePath(QStringLiteral("manifest.json")));
    if (!m.open(QIODevice::WriteOnly))
        std::abort();
    m.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    m.close();
    const canary::VerifyReport report = canary::Manifest::verify(dir.path());
    if (report.ok && size < 64)
        std::abort(); // no manifest that small can carry a key, a signature and two hashes
    return 0;
}
