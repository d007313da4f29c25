#include "core/common/AtomicFile.h"

#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace canary::atomic {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    // Qt says "Unknown error" for a large write that fails unbuffered; the OS's words are in errno then.
    auto failed = [&](int osError) {
        const QString reason = osError != 0 && (f.error() == QFileDevice::UnspecifiedError ||
                                                f.errorString() == QLatin1String("Unknown error"))
                                   ? QString::fromLocal8Bit(std::strerror(osError))
                                   : f.errorString();
        f.cancelWriting();
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, reason));
    };
    errno = 0;
    if (!f.open(QIODevice::WriteOnly))
        return failed(errno);
    if (f.write(bytes) != bytes.size() || !f.flush())
        return failed(errno);
    // After a clean flush nothing is buffered, so a commit that still fails says so itself.
    if (!f.commit())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return Done{};
}

} // namespace canary::atomic
