#include "core/run/RunFolder.h"

#include "core/run/RunRecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace canary {

Result<QString> RunFolder::place(const QString &root, const QString &relative, const QString &what)
{
    const QString rootPath = QDir(root).absolutePath();
    const QString wanted = QDir::cleanPath(QDir(rootPath).filePath(relative));
    // The longest part of the way that exists, resolved: a link anywhere on it shows here.
    QString existing = wanted;
    while (!QFileInfo::exists(existing) && !QFileInfo(existing).isSymLink() && QFileInfo(existing).path() != existing)
        existing = QFileInfo(existing).path();
    const QString resolved = QFileInfo(existing).canonicalFilePath();
    const QString canonicalRoot = QFileInfo(rootPath).canonicalFilePath();
    const bool inside = !resolved.isEmpty() && !canonicalRoot.isEmpty() &&
                        (resolved == canonicalRoot || resolved.startsWith(canonicalRoot + QLatin1Char('/')));
    const bool below = wanted == rootPath || wanted.startsWith(rootPath + QLatin1Char('/'));
    if (canonicalRoot.isEmpty())
        return Result<QString>::failure(QStringLiteral("%1: the folder %2 does not exist").arg(what, rootPath));
    if (!below || !inside)
        return Result<QString>::failure(
            QStringLiteral("%1: %2 leads to %3, outside %4 (a symbolic link on the way); remove the link or choose "
                           "the folder yourself (--out)")
                .arg(what, wanted, resolved.isEmpty() ? existing : resolved, rootPath));
    return wanted;
}

Result<std::shared_ptr<RunFolder>> RunFolder::claim(const QString &dir)
{
    using R = Result<std::shared_ptr<RunFolder>>;
    if (!QDir().mkpath(dir))
        return R::failure(QStringLiteral("cannot create the output folder %1").arg(dir));
    return lock(QDir(dir).absolutePath(), true);
}

Result<std::shared_ptr<RunFolder>> RunFolder::claimExisting(const QString &dir)
{
    if (!QFileInfo(dir).isDir())
        return Result<std::shared_ptr<RunFolder>>::failure(QStringLiteral("%1 is not a folder").arg(dir));
    return lock(QDir(dir).absolutePath(), false);
}

Result<std::shared_ptr<RunFolder>> RunFolder::lock(const QString &path, bool mustBeEmpty)
{
    using R = Result<std::shared_ptr<RunFolder>>;
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
    if (!mustBeEmpty)
        return claimed;
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
