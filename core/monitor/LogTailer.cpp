#include "core/monitor/LogTailer.h"

#include "core/monitor/LogTimestamp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace canary {

namespace {

constexpr qint64 kMaxReadPerPoll = 8 * 1024 * 1024;
constexpr qsizetype kMaxLine = 64 * 1024;
constexpr qsizetype kMaxMatches = 200000;

struct FileId
{
    quint64 inode = 0;
    qint64 size = -1;
};

FileId stat(const QString &path)
{
    struct ::stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return FileId{static_cast<quint64>(st.st_ino), static_cast<qint64>(st.st_size)};
}

} // namespace

struct LogTailer::Followed
{
    QString path;
    QFile file;
    quint64 inode = 0;
    qint64 offset = 0;
    QByteArray partial;
    std::optional<QDateTime> lastStamp;
};

LogTailer::LogTailer(QStringList globs, const QString &filter, QTimeZone assumedZone, QObject *parent)
    : QObject(parent), m_globs(std::move(globs)), m_filter(filter), m_zone(std::move(assumedZone))
{
    connect(&m_timer, &QTimer::timeout, this, &LogTailer::poll);
}

LogTailer::~LogTailer() = default;

QStringList LogTailer::files() const
{
    QStringList out;
    for (const auto &f : m_followed)
        out << f->path;
    return out;
}

void LogTailer::follow(const QString &path, bool fromEnd)
{
    for (const auto &f : m_followed) {
        if (f->path == path)
            return;
    }
    auto f = std::make_unique<Followed>();
    f->path = path;
    f->file.setFileName(path);
    if (!f->file.open(QIODevice::ReadOnly))
        return;
    const FileId id = stat(path);
    f->inode = id.inode;
    f->offset = fromEnd ? id.size : 0;
    m_followed.push_back(std::move(f));
}

void LogTailer::refreshGlobs(bool fromEnd)
{
    for (const QString &glob : m_globs) {
        const QFileInfo info(glob);
        const QDir dir = info.dir();
        for (const QString &name : dir.entryList({info.fileName()}, QDir::Files | QDir::Readable, QDir::Name))
            follow(dir.filePath(name), fromEnd);
    }
}

void LogTailer::start(int pollMs)
{
    refreshGlobs(true); // what is already there happened before the run
    m_timer.start(pollMs);
}

void LogTailer::stop()
{
    m_timer.stop();
    poll();
}

void LogTailer::poll()
{
    refreshGlobs(false); // a file that appears during the run is read from its start
    for (auto &f : m_followed) {
        const FileId now = stat(f->path);
        if (now.size >= 0 && now.inode != f->inode) {
            // Rotated: finish the old file through the handle we hold, then switch to the new one.
            readFrom(*f);
            f->file.close();
            f->file.setFileName(f->path);
            if (!f->file.open(QIODevice::ReadOnly))
                continue;
            f->inode = now.inode;
            f->offset = 0;
            f->partial.clear();
        } else if (now.size >= 0 && now.size < f->offset) {
            f->offset = 0; // truncated in place: start over
            f->partial.clear();
        }
        readFrom(*f);
    }
}

void LogTailer::readFrom(Followed &f)
{
    if (!f.file.isOpen() || !f.file.seek(f.offset))
        return;
    const QByteArray chunk = f.file.read(kMaxReadPerPoll);
    f.offset += chunk.size();
    consume(f, chunk);
}

void LogTailer::consume(Followed &f, const QByteArray &chunk)
{
    QByteArray data = f.partial + chunk;
    qsizetype start = 0;
    qsizetype nl;
    while ((nl = data.indexOf('\n', start)) >= 0) {
        QByteArray line = data.mid(start, nl - start);
        start = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        line.truncate(kMaxLine);
        const auto own = LogTimestamp::parse(line, m_zone, QDateTime::currentDateTimeUtc());
        if (own)
            f.lastStamp = own;
        if (!m_filter.match(QString::fromUtf8(line)).hasMatch())
            continue;
        LogLine l{QFileInfo(f.path).fileName(), line, own ? own : f.lastStamp,
                  !own.has_value() && f.lastStamp.has_value()};
        if (m_matches.size() < kMaxMatches)
            m_matches.append(l);
        else
            ++m_dropped;
        Q_EMIT matched(l);
    }
    f.partial = data.mid(start).left(kMaxLine);
}

QList<LogLine> LogTailer::window(const QList<LogLine> &lines, const QDateTime &from, const QDateTime &to, int *undated)
{
    QList<LogLine> out;
    int none = 0;
    for (const LogLine &l : lines) {
        if (!l.stamp) {
            ++none;
            continue;
        }
        if (*l.stamp >= from && *l.stamp <= to)
            out << l;
    }
    if (undated)
        *undated = none;
    return out;
}

} // namespace canary
