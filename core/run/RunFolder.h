#pragma once

// One folder policy for every command that writes evidence — run, k6 run, import, export and the console:
// - where: the operator's own choice (--out, a dialog) goes wherever it points; a folder the scenario names
//   (evidence.folder) or CanaryDesk derives from it is placed below a root (where `run` started, the console's
//   runs folder) and must resolve inside it — a symbolic link on the way that leads out is refused (place());
// - one run per folder: the folder is claimed before anything is written — created if needed, locked for this
//   process (flock on the folder itself: released when the claim goes or the process dies, kill -9 included, and
//   nothing is left behind to hash into the manifest), and refused unless it is empty: a folder holding another
//   run's results or package, or anything else, is never written into (claim()). Rebuilding a stored run's package
//   in its own folder locks it without asking it to be empty (claimExisting()).

#include "core/common/Result.h"

#include <QString>

#include <memory>

namespace canary {

class RunFolder
{
public:
    // The message names the folder and why: in use by another CanaryDesk process, or not empty (and what is
    // in it), or cannot be created.
    static Result<std::shared_ptr<RunFolder>> claim(const QString &dir);
    // A stored run's own folder, to rebuild its package there: it must exist; locked, not required to be empty.
    static Result<std::shared_ptr<RunFolder>> claimExisting(const QString &dir);
    // relative (a folder a scenario names, already free of ".." and absolute paths) below root; fails naming
    // where it leads when a symbolic link on the way points outside root. Creates nothing. `what` names the
    // setting in the message ("evidence.folder").
    static Result<QString> place(const QString &root, const QString &relative, const QString &what);
    ~RunFolder();
    RunFolder(const RunFolder &) = delete;
    RunFolder &operator=(const RunFolder &) = delete;

    QString path() const { return m_path; }

private:
    RunFolder(QString path, int fd) : m_path(std::move(path)), m_fd(fd) {}
    static Result<std::shared_ptr<RunFolder>> lock(const QString &path, bool mustBeEmpty);
    QString m_path;
    int m_fd = -1;
};

} // namespace canary
