#pragma once

// The three things the seed watched by hand beside the load: the health endpoint (state, a strip of
// recent samples, the last body), the application's matching log lines (live, pausable, searchable)
// and the run's timeline (token refreshes, health changes, guard rails, the verdict).

#include "core/monitor/HealthPoller.h"
#include "core/monitor/LogTailer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;

namespace canary::ui {

class ElidedLabel;

class HealthStrip : public QWidget
{
    Q_OBJECT
public:
    explicit HealthStrip(QWidget *parent = nullptr);
    void add(bool healthy);
    void clear();
    int count() const { return static_cast<int>(m_samples.size()); }
    QSize sizeHint() const override { return {240, 18}; }

protected:
    void paintEvent(class QPaintEvent *event) override;

private:
    QList<bool> m_samples; // newest last, at most kMax
    static constexpr int kMax = 120;
};

class HealthView : public QWidget
{
    Q_OBJECT
public:
    explicit HealthView(QWidget *parent = nullptr);
    void reset(const QString &url);
    void addSample(const HealthSample &sample);
    QString stateText() const;
    int samples() const { return m_strip->count(); }
    // The last answer's body is shown on demand (the "Last answer" button), not in a box of its own.
    QString lastBody() const;
    void setBodyShown(bool shown);
    bool bodyShown() const;

private:
    QLabel *m_state;
    HealthStrip *m_strip;
    QToolButton *m_showBody;
    QPlainTextEdit *m_body;
};

// One application log line as the panel shows it: the time, the level and the message (the line without the
// time stamp and level it starts with).
struct LogEntry
{
    enum class Level
    {
        Error, // FATAL, CRITICAL, ERROR
        Warning,
        Other, // INFO, DEBUG, none
    };
    QString time;  // HH:mm:ss in the viewer's zone; empty when the line had no time stamp
    QString level; // as written (ERROR, WARN, …), upper case; empty when none
    Level levelClass = Level::Other;
    QString message;
    QString text; // the whole line, for Find

    static LogEntry parse(const LogLine &line);
};

class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    void reset(const QString &description);
    void addLine(const LogLine &line);
    bool paused() const;
    void setFilterText(const QString &text);
    // 0: all levels, 1: errors, 2: warnings, 3: other.
    void setLevelFilter(int index);
    QString visibleText() const;
    int lines() const { return static_cast<int>(m_lines.size()); }
    QLineEdit *findBox() const { return m_find; }

private:
    void rebuild();
    bool shown(const LogEntry &entry) const;
    void append(const LogEntry &entry);

    ElidedLabel *m_description;
    QComboBox *m_level;
    QToolButton *m_pause;
    QLineEdit *m_find;
    QPlainTextEdit *m_text;
    QList<LogEntry> m_lines; // all received (capped), so un-pausing and searching show everything
    static constexpr int kMaxLines = 5000;
};

class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    void clear();
    void add(const QDateTime &at, const QString &event, const QString &detail);
    int count() const;
    // What a person reads for a recorded event name ("token_fetched" → "Token fetched"), in the UI's language;
    // timeline.json keeps the names. A name it does not know is shown as it is.
    static QString eventWords(const QString &event, bool translated = true);
    QString textAt(int row) const;

private:
    QListWidget *m_list;
};

} // namespace canary::ui
