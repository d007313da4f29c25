#pragma once

// Follows local log files (glob patterns) from the moment it starts, like `tail -F | grep -E`: survives
// rotation (rename + new file) and truncation, reads only what was appended (a 1 GB log costs nothing
// up front), keeps the lines that match the filter with the time each was written (its own timestamp,
// else the one of the line before it in that file).

#include "core/common/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace canary {

struct LogLine
{
    QString file;
    QByteArray text;
    std::optional<QDateTime> stamp; // UTC
    bool inherited = false;         // the stamp came from a preceding line
};

class LogTailer : public QObject
{
    Q_OBJECT
public:
    LogTailer(QStringList globs, const QString &filter, QTimeZone assumedZone = QTimeZone::utc(),
              QObject *parent = nullptr);
    ~LogTailer() override;
    // The run's clock: the "now" a line's partial timestamp (syslog's, without a year) is read against.
    void setClock(const Clock &clock) { m_clock = &clock; }

    // A command whose standard output is a log stream (ssh host tail -F …, kubectl logs -f …): split into
    // program and arguments (no shell), started with start(), restarted with backoff (1 s doubling to 30 s)
    // when it exits, its stderr reported through commandMessage. Add before start().
    void addCommand(const QString &command);
    QStringList commands() const;
    void setRestartBackoff(int initialMs, int maxMs); // for tests
    int restarts() const { return m_restarts; }

    void start(int pollMs = 500); // from the current end of every matching file
    void stop();                  // reads what is left, then stops
    void poll();                  // reads what was appended since the last poll

    const QList<LogLine> &matches() const { return m_matches; }
    quint64 dropped() const { return m_dropped; } // matches beyond the in-memory cap, counted
    QStringList files() const;
    QString filter() const { return m_filter.pattern(); }
    QTimeZone assumedZone() const { return m_zone; }

    // The lines written inside [from, to] (UTC); lines with no stamp at all are left out and counted.
    static QList<LogLine> window(const QList<LogLine> &lines, const QDateTime &from, const QDateTime &to,
                                 int *undated = nullptr);

Q_SIGNALS:
    void matched(const canary::LogLine &line);
    // A log command's stderr line, exit or restart, in words ("ssh …: exited with code 255; restarting in 2 s").
    void commandMessage(const QString &command, const QString &message);

private:
    const Clock *m_clock = &SystemClock::instance();
    struct Followed;
    struct Command;
    void launch(Command &c);
    void follow(const QString &path, bool fromEnd);
    void readFrom(Followed &f);
    void consume(Followed &f, const QByteArray &chunk);
    void refreshGlobs(bool fromEnd);

    QStringList m_globs;
    QRegularExpression m_filter;
    QTimeZone m_zone;
    QTimer m_timer;
    std::vector<std::unique_ptr<Followed>> m_followed;
    std::vector<std::unique_ptr<Command>> m_commands;
    int m_initialBackoffMs = 1000;
    int m_maxBackoffMs = 30000;
    int m_restarts = 0;
    QList<LogLine> m_matches;
    quint64 m_dropped = 0;
};

} // namespace canary
