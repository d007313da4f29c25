#include "core/monitor/LogTailer.h"
#include "core/common/Encode.h"

#include "core/monitor/LogTimestamp.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

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
    QString label; // what a matched line says it came from: the file name, or the command
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

struct LogTailer::Command
{
    QString command;
    Followed stream;
    std::unique_ptr<QProcess> process;
    QTimer restartTimer;
    QElapsedTimer runningFor;
    int backoffMs = 0;
    bool stopping = false;
};

LogTailer::~LogTailer()
{
    for (auto &c : m_commands) {
        c->stopping = true;
        if (c->process && c->process->state() != QProcess::NotRunning) {
            c->process->kill();
            c->process->waitForFinished(2000);
        }
    }
}

void LogTailer::addCommand(const QString &command)
{
    auto c = std::make_unique<Command>();
    c->command = command;
    c->stream.path = command;
    c->stream.label = command;
    c->backoffMs = m_initialBackoffMs;
    c->restartTimer.setSingleShot(true);
    Command *raw = c.get();
    connect(&c->restartTimer, &QTimer::timeout, this, [this, raw] { launch(*raw); });
    m_commands.push_back(std::move(c));
}

QStringList LogTailer::commands() const
{
    QStringList out;
    for (const auto &c : m_commands)
        out << c->command;
    return out;
}

void LogTailer::setRestartBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = initialMs;
    m_maxBackoffMs = maxMs;
    for (auto &c : m_commands)
        c->backoffMs = initialMs;
}

void LogTailer::launch(Command &c)
{
    if (c.stopping)
        return;
    QStringList args = QProcess::splitCommand(c.command);
    const QString program = args.takeFirst();
    c.process = std::make_unique<QProcess>();
    QProcess *p = c.process.get();
    Command *cp = &c;
    connect(p, &QProcess::readyReadStandardOutput, this,
            [this, cp, p] { consume(cp->stream, p->readAllStandardOutput()); });
    connect(p, &QProcess::readyReadStandardError, this, [this, cp, p] {
        for (const QByteArray &line : p->readAllStandardError().split('\n'))
            if (!line.trimmed().isEmpty())
                Q_EMIT commandMessage(cp->command, encode::visible(QString::fromUtf8(line.trimmed().left(kMaxLine))));
    });
    connect(p, &QProcess::errorOccurred, this, [this, cp](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            Q_EMIT commandMessage(cp->command, QStringLiteral("cannot start: %1").arg(cp->process->errorString()));
    });
    connect(p, &QProcess::finished, this, [this, cp, p](int code, QProcess::ExitStatus status) {
        consume(cp->stream, p->readAllStandardOutput());
        if (cp->stopping)
            return;
        if (cp->runningFor.isValid() && cp->runningFor.elapsed() > 30000)
            cp->backoffMs = m_initialBackoffMs; // it ran a while: start the backoff over
        Q_EMIT commandMessage(cp->command,
                              QStringLiteral("%1; restarting in %2 s")
                                  .arg(status == QProcess::CrashExit ? QStringLiteral("crashed")
                                                                     : QStringLiteral("exited with code %1").arg(code))
                                  .arg(cp->backoffMs / 1000.0, 0, 'g', 3));
        ++m_restarts;
        cp->restartTimer.start(cp->backoffMs);
        cp->backoffMs = std::min(cp->backoffMs * 2, m_maxBackoffMs);
    });
    c.runningFor.start();
    p->start(program, args, QIODevice::ReadOnly);
    if (!p->waitForStarted(5000)) {
        // errorOccurred said why; try again later like any other exit.
        ++m_restarts;
        c.restartTimer.start(c.backoffMs);
        c.backoffMs = std::min(c.backoffMs * 2, m_maxBackoffMs);
    }
}

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
    for (auto &c : m_commands)
        launch(*c);
}

void LogTailer::stop()
{
    m_timer.stop();
    poll();
    for (auto &c : m_commands) {
        c->stopping = true;
        c->restartTimer.stop();
        if (c->process && c->process->state() != QProcess::NotRunning) {
            c->process->terminate();
            if (!c->process->waitForFinished(2000)) {
                c->process->kill();
                c->process->waitForFinished(2000);
            }
            consume(c->stream, c->process->readAllStandardOutput());
        }
    }
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
        const auto own = LogTimestamp::parse(line, m_zone, m_clock->utcNow());
        if (own)
            f.lastStamp = own;
        if (!m_filter.match(QString::fromUtf8(line)).hasMatch())
            continue;
        // The application's words are data: kept and shown with their control characters made visible.
        LogLine l{f.label.isEmpty() ? QFileInfo(f.path).fileName() : f.label, encode::visible(line),
                  own ? own : f.lastStamp, !own.has_value() && f.lastStamp.has_value()};
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
