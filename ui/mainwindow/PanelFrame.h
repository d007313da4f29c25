#pragma once

// A titled panel of the console with a one-line explanation shown until it has content.

#include <QGroupBox>

class QLabel;
class QVBoxLayout;

namespace canary::ui {

class PanelFrame : public QGroupBox
{
    Q_OBJECT
public:
    PanelFrame(const QString &title, const QString &emptyText, QWidget *parent = nullptr);

    void setEmptyText(const QString &text);
    // Replaces the explanation with real content.
    void setContent(QWidget *content);
    // Back to the hint: the content is hidden (kept for the next setContent).
    void showEmpty();

private:
    QVBoxLayout *m_layout;
    QLabel *m_empty;
    QWidget *m_content = nullptr;
};

} // namespace canary::ui
