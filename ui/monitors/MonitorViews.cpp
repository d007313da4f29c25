#include "ui/monitors/MonitorViews.h"

#include <QHBoxLayout>
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
        p.fillRect(bar, m_samples[i] ? QColor(0x1a, 0x7f, 0x37) : QColor(0xcf, 0x22, 0x2e));
    }
}

HealthView::HealthView(QWidget *parent)
    : QWidget(parent), m_state(new QLabel(this)), m_strip(new HealthStrip(this)), m_body(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state->setAccessibleName(tr("Health state"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_body->setReadOnly(true);
    m_body->setMaximumHeight(90);
    m_body->setAccessibleName(tr("Last health answer"));
    layout->addWidget(m_state);
    layout->addWidget(m_strip);
    layout->addWidget(m_body);
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
    m_state->setStyleSheet(s.healthy ? QStringLiteral("color:#1a7f37") : QStringLiteral("color:#cf222e"));
    m_body->setPlainText(s.body.isEmpty() ? s.error : s.body);
}

QString HealthView::stateText() const
{
    return m_state->text();
}

LogView::LogView(QWidget *parent)
    : QWidget(parent), m_description(new QLabel(this)), m_pause(new QToolButton(this)), m_find(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_description->setWordWrap(true);
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold the view still; lines keep being collected"));
    m_pause->setAccessibleName(tr("Pause log view"));
    m_find->setPlaceholderText(tr("Find…"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Show only log lines containing"));
    bar->addWidget(m_description, 1);
    bar->addWidget(m_find);
    bar->addWidget(m_pause);
    layout->addLayout(bar);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
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
}

void LogView::reset(const QString &description)
{
    m_description->setText(description);
    m_lines.clear();
    m_text->clear();
}

bool LogView::shown(const QString &line) const
{
    return m_find->text().isEmpty() || line.contains(m_find->text(), Qt::CaseInsensitive);
}

void LogView::addLine(const LogLine &line)
{
    const QString text = QString::fromUtf8(line.text);
    m_lines.append(text);
    if (m_lines.size() > kMaxLines)
        m_lines.removeFirst();
    if (!paused() && shown(text)) {
        m_text->appendPlainText(text);
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

QString LogView::visibleText() const
{
    return m_text->toPlainText();
}

void LogView::rebuild()
{
    QStringList shownLines;
    for (const QString &l : std::as_const(m_lines))
        if (shown(l))
            shownLines << l;
    m_text->setPlainText(shownLines.join(QLatin1Char('\n')));
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

QString TimelineView::eventWords(const QString &event)
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
    return it == words.constEnd() ? event : tr(*it);
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
