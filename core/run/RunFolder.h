#pragma once

// One run per folder. A run (or a k6 run) claims its output folder before it writes anything: the folder is
// created if needed, locked for this process (flock on the folder itself: released when the claim goes or the
// process dies, kill -9 included, and nothing is left behind to hash into the manifest), and refused unless
// it is empty — a folder holding another run's results or package, or anything else, is never written into.

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
    ~RunFolder();
    RunFolder(const RunFolder &) = delete;
    RunFolder &operator=(const RunFolder &) = delete;

    QString path() const { return m_path; }

private:
    RunFolder(QString path, int fd) : m_path(std::move(path)), m_fd(fd) {}
    QString m_path;
    int m_fd = -1;
};

} // namespace canary
