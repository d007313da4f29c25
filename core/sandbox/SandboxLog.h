#pragma once

// The sandbox's application log: one line per event, ISO-8601 UTC timestamp, level, event, fields —
// the shape the seed's `grep -E '(ERROR|WARN|delivery_failure)'` works on. Never receives a secret.

#include "core/common/Clock.h"

#include <QFile>
#include <QString>

namespace canary {

class SandboxLog
{
public:
    SandboxLog(const QString &path, const Clock &clock);

    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }
    void write(const char *level, const QString &event, const QString &fields = {});

private:
    QFile m_file;
    const Clock &m_clock;
};

} // namespace canary
