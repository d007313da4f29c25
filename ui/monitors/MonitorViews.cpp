#include "ui/monitors/MonitorViews.h"
#include "ui/style/Palette.h"

#include "ui/widgets/ElidedLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QRegularExpression>
#include <QLabel>
#include <QLineEdit>
#include <QHash>
#include <QListWidget>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace canary::ui {

HealthStrip::HealthStrip(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(14);
    setAccessibleName(tr("Recent health samples"));
}

void HealthStrip::add(bool healthy)
{
    m_samples.append(healthy);
    if (m_samples.size() > kMax)
        m_samples.removeFirst();
    setAccessibleDescription(tr("%1 of the last %2 samples healthy").arg(m_samples.count(true)).arg(m_samples.size()));
    update();
}

void HealthStrip::clear()
{
    m_samples.clear();
    update();
}

void HealthStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int n = kMax;
    const double w = static_cast<double>(width()) / n;
    const qsizetype offset = n - m_samples.size();
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        const QRectF bar((static_cast<double>(offset + i)) * w, 0, std::max(1.0, w - 1), height());
        p.fillRect(bar, m_samples[i] ? palette::colour(palette::kPass) : palette::colour(palette::kFail));
    }
}

HealthView::HealthView(QWidget *parent)
    : QWidget(parent), m_state(new QLabel(this)), m_strip(new HealthStrip(this)), m_showBody(new QToolButton(this)),
      m_body(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_state->setAccessibleName(tr("Health state"));
    m_state->setWordWrap(true);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_showBody->setText(tr("Last answer"));
    m_showBody->setCheckable(true);
    m_showBody->setToolTip(tr("Show the body of the last health answer"));
    m_body->setReadOnly(true);
    m_body->setMaximumHeight(110);
    m_body->setAccessibleName(tr("Last health answer"));
    m_body->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_strip, 1);
    row->addWidget(m_showBody);
    layout->addWidget(m_state);
    layout->addLayout(row);
    layout->addWidget(m_body);
    connect(m_showBody, &QToolButton::toggled, m_body, &QWidget::setVisible);
}

void HealthView::reset(const QString &url)
{
    m_state->setText(tr("● waiting for the first answer from %1").arg(url));
    m_state->setStyleSheet(QString());
    m_strip->clear();
    m_body->clear();
}

void HealthView::addSample(const HealthSample &s)
{
    m_strip->add(s.healthy);
    m_state->setText(s.healthy ? tr("● ok · HTTP %1 in %2 ms · %3")
                                     .arg(s.status)
                                     .arg(s.latencyMs)
                                     .arg(s.at.toString(QStringLiteral("HH:mm:ss")))
                               : tr("✗ FAILING · %1 · %2")
                                     .arg(s.status ? QStringLiteral("HTTP %1").arg(s.status) : s.error,
                                          s.at.toString(QStringLiteral("HH:mm:ss"))));
    m_state->setStyleSheet(s.healthy ? palette::fill(QStringLiteral("color:@pass@"))
                                     : palette::fill(QStringLiteral("color:@fail@")));
    m_body->setPlainText(s.body.isEmpty() ? s.error : s.body);
}

QString HealthView::stateText() const
{
    return m_state->text();
}

QString HealthView::lastBody() const
{
    return m_body->toPlainText();
}

void HealthView::setBodyShown(bool shown)
{
    m_showBody->setChecked(shown);
}

bool HealthView::bodyShown() const
{
    return m_showBody->isChecked();
}

LogEntry LogEntry::parse(const LogLine &line)
{
    LogEntry e;
    e.text = QString::fromUtf8(line.text);
    QString rest = e.text.trimmed();
    if (line.stamp && !line.inherited)
        e.time = line.stamp->toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    // A leading time stamp is shown in the time column, not twice: ISO 8601 or "date time", bracketed or not.
    static const QRegularExpression leadingStamp(
        QStringLiteral(R"(^\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?\s*)"));
    if (const auto m = leadingStamp.match(rest); m.hasMatch() && !e.time.isEmpty())
        rest = rest.mid(m.capturedLength());
    // The level: a leading word (ERROR, [WARN], warning:) or a level=/"level": field.
    static const QRegularExpression leadingLevel(
        QStringLiteral(R"(^\[?(FATAL|CRITICAL|CRIT|ERROR|ERR|WARNING|WARN|INFO|NOTICE|DEBUG|TRACE)\]?:?\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression field(QStringLiteral(R"("?\blevel"?\s*[=:]\s*"?([A-Za-z]+))"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = leadingLevel.match(rest); m.hasMatch()) {
        e.level = m.captured(1).toUpper();
        rest = rest.mid(m.capturedLength());
    } else if (const auto f = field.match(rest); f.hasMatch()) {
        e.level = f.captured(1).toUpper();
    }
    if (e.level == QLatin1String("FATAL") || e.level == QLatin1String("CRITICAL") || e.level == QLatin1String("CRIT") ||
        e.level == QLatin1String("ERROR") || e.level == QLatin1String("ERR"))
        e.levelClass = Level::Error;
    else if (e.level.startsWith(QLatin1String("WARN")))
        e.levelClass = Level::Warning;
    e.message = rest;
    return e;
}

LogView::LogView(QWidget *parent)
    : QWidget(parent), m_description(new ElidedLabel(this)), m_level(new QComboBox(this)),
      m_pause(new QToolButton(this)), m_find(new QLineEdit(this)), m_text(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    m_level->addItems({tr("All levels"), tr("Errors"), tr("Warnings"), tr("Other")});
    m_level->setAccessibleName(tr("Show log lines of this level"));
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold the view still; lines keep being collected"));
    m_pause->setAccessibleName(tr("Pause log view"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Show only log lines containing"));
    // Wide enough for its placeholder in every language, with the clear button beside it.
    m_find->setMinimumWidth(m_find->fontMetrics().horizontalAdvance(m_find->placeholderText()) + 48);
    m_find->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    bar->addWidget(m_level);
    bar->addWidget(m_find, 1);
    bar->addWidget(m_pause);
    layout->addLayout(bar);
    layout->addWidget(m_description);
    m_text->setReadOnly(true);
    // Every line whole: long messages wrap at the panel's width rather than being cut off after "ERROR".
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setMaximumBlockCount(kMaxLines);
    m_text->setAccessibleName(tr("Matching log lines"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_text->setFont(mono);
    layout->addWidget(m_text, 1);
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        if (!paused)
            rebuild();
    });
    connect(m_find, &QLineEdit::textChanged, this, &LogView::rebuild);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogView::rebuild);
}

void LogView::reset(const QString &description)
{
    m_description->setFullText(description);
    m_lines.clear();
    m_text->clear();
}

bool LogView::shown(const LogEntry &e) const
{
    switch (m_level->currentIndex()) {
    case 1:
        if (e.levelClass != LogEntry::Level::Error)
            return false;
        break;
    case 2:
        if (e.levelClass != LogEntry::Level::Warning)
            return false;
        break;
    case 3:
        if (e.levelClass != LogEntry::Level::Other)
            return false;
        break;
    default:
        break;
    }
    return m_find->text().isEmpty() || e.text.contains(m_find->text(), Qt::CaseInsensitive);
}

void LogView::append(const LogEntry &e)
{
    // Time, level (in its colour) and the message; the text is escaped — a log line is never markup.
    const QString colour = e.levelClass == LogEntry::Level::Error     ? palette::fill(QStringLiteral("@fail@"))
                           : e.levelClass == LogEntry::Level::Warning ? palette::fill(QStringLiteral("@warn@"))
                                                                      : palette::fill(QStringLiteral("@muted@"));
    QString html;
    if (!e.time.isEmpty())
        html += palette::fill(QStringLiteral("<span style=\"color:@muted@\">%1</span>&nbsp;&nbsp;")).arg(e.time);
    if (!e.level.isEmpty())
        html += QStringLiteral("<b style=\"color:%1\">%2</b>&nbsp;&nbsp;").arg(colour, e.level.toHtmlEscaped());
    html += e.message.toHtmlEscaped();
    m_text->appendHtml(html);
}

void LogView::addLine(const LogLine &line)
{
    const LogEntry entry = LogEntry::parse(line);
    m_lines.append(entry);
    if (m_lines.size() > kMaxLines)
        m_lines.removeFirst();
    if (!paused() && shown(entry)) {
        append(entry);
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    }
}

bool LogView::paused() const
{
    return m_pause->isChecked();
}

void LogView::setFilterText(const QString &text)
{
    m_find->setText(text);
}

void LogView::setLevelFilter(int index)
{
    m_level->setCurrentIndex(index);
}

QString LogView::visibleText() const
{
    return m_text->toPlainText();
}

void LogView::rebuild()
{
    m_text->clear();
    for (const LogEntry &e : std::as_const(m_lines))
        if (shown(e))
            append(e);
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

TimelineView::TimelineView(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setAccessibleName(tr("Run timeline"));
    m_list->setWordWrap(true);
    layout->addWidget(m_list);
}

void TimelineView::clear()
{
    m_list->clear();
}

QString TimelineView::eventWords(const QString &event, bool translated)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("token_fetched"), QT_TR_NOOP("Token fetched")},
        {QStringLiteral("token_refreshed"), QT_TR_NOOP("Token refreshed")},
        {QStringLiteral("token_failed"), QT_TR_NOOP("Token request failed")},
        {QStringLiteral("token_expired"), QT_TR_NOOP("Token expired")},
        {QStringLiteral("health_ok"), QT_TR_NOOP("Health OK")},
        {QStringLiteral("health_failing"), QT_TR_NOOP("Health failing")},
        {QStringLiteral("guard_rail"), QT_TR_NOOP("Guard rail")},
        {QStringLiteral("log_command"), QT_TR_NOOP("Log command")},
        {QStringLiteral("insecure_tls"), QT_TR_NOOP("TLS not verified")},
        {QStringLiteral("provider_stats"), QT_TR_NOOP("E-mail provider stats")},
        {QStringLiteral("stopped"), QT_TR_NOOP("Stopped")},
    };
    const auto it = words.constFind(event);
    if (it == words.constEnd())
        return event;
    return translated ? tr(*it) : QString::fromUtf8(*it); // the evidence's own language (English) untranslated
}

void TimelineView::add(const QDateTime &at, const QString &event, const QString &detail)
{
    m_list->addItem(QStringLiteral("%1  %2 — %3")
                        .arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), eventWords(event), detail));
    m_list->scrollToBottom();
}

int TimelineView::count() const
{
    return m_list->count();
}

QString TimelineView::textAt(int row) const
{
    return m_list->item(row) ? m_list->item(row)->text() : QString();
}

} // namespace canary::ui
