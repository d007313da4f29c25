#include "ui/mainwindow/PanelFrame.h"

#include <QLabel>
#include <QVBoxLayout>

namespace canary::ui {

PanelFrame::PanelFrame(const QString &title, const QString &emptyText, QWidget *parent)
    : QGroupBox(title, parent), m_layout(new QVBoxLayout(this)), m_empty(new QLabel(emptyText, this))
{
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false); // greyed: a hint, not data
    m_layout->addWidget(m_empty);
    setAccessibleName(title);
}

void PanelFrame::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void PanelFrame::setContent(QWidget *content)
{
    m_empty->hide();
    m_layout->addWidget(content);
    m_content = content;
    content->show();
}

void PanelFrame::showEmpty()
{
    if (m_content)
        m_content->hide();
    m_empty->show();
}

} // namespace canary::ui
