#include "core/sandbox/SandboxLog.h"

#include <QDir>
#include <QFileInfo>

namespace canary {

SandboxLog::SandboxLog(const QString &path, const Clock &clock) : m_file(path), m_clock(clock)
{
    if (path.isEmpty())
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    (void)m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void SandboxLog::write(const char *level, const QString &event, const QString &fields)
{
    if (!m_file.isOpen())
        return;
    QString line = m_clock.utcNow().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + QString::fromLatin1(level) +
                   QLatin1Char(' ') + event;
    if (!fields.isEmpty())
        line += QLatin1Char(' ') + fields;
    line += QLatin1Char('\n');
    m_file.write(line.toUtf8());
    m_file.flush(); // a tailing reader sees each line as it happens
}

} // namespace canary
