#include "core/run/RunFolder.h"

#include "core/run/RunRecord.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace canary {

Result<std::shared_ptr<RunFolder>> RunFolder::claim(const QString &dir)
{
    using R = Result<std::shared_ptr<RunFolder>>;
    if (!QDir().mkpath(dir))
        return R::failure(QStringLiteral("cannot create the output folder %1").arg(dir));
    const QString path = QDir(dir).absolutePath();
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return R::failure(QStringLiteral("cannot open the output folder %1: %2")
                              .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        return R::failure(
            error == EWOULDBLOCK
                ? QStringLiteral("%1 is in use by another CanaryDesk run; choose another output folder").arg(path)
                : QStringLiteral("cannot lock the output folder %1: %2")
                      .arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    std::shared_ptr<RunFolder> claimed(new RunFolder(path, fd));
    const QStringList inside =
        QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    if (!inside.isEmpty()) {
        const bool results = inside.contains(QLatin1String(RunRecord::kResultsFileName)) ||
                             inside.contains(QLatin1String(RunRecord::kFileName));
        return R::failure(
            QStringLiteral("%1 %2; a run writes only into an empty or new folder (nothing there is overwritten)")
                .arg(path, results ? QStringLiteral("already holds a run's results")
                                   : QStringLiteral("is not empty (%1 entr%2, e.g. %3)")
                                         .arg(inside.size())
                                         .arg(inside.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                                         .arg(inside.first())));
    }
    return claimed;
}

RunFolder::~RunFolder()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

} // namespace canary
