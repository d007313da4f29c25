#include "ui/widgets/ElidedLabel.h"

#include <QFontMetrics>

namespace canary::ui {

ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTextFormat(Qt::PlainText);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_full = text;
    setAccessibleName(text);
    refit();
}

bool ElidedLabel::isElided() const
{
    return text() != m_full;
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QStringLiteral("xxxxxx…")), fm.height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(m_full) + 4, fm.height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    refit();
}

void ElidedLabel::refit()
{
    // The first line only: a banner or summary is one line; what follows belongs elsewhere.
    const QString line = m_full.section(QLatin1Char('\n'), 0, 0);
    const QString shown = fontMetrics().elidedText(line, Qt::ElideRight, std::max(0, contentsRect().width()));
    setText(shown);
    setToolTip(shown != m_full ? m_full : QString());
}

} // namespace canary::ui
