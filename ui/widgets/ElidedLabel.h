#pragma once

// One line of text that fits the width it is given: cut with "…" when it does not (the whole text in the
// tooltip and for screen readers). It never asks for more width than a few characters, so it can never
// push a window wider than the screen.

#include <QLabel>

namespace canary::ui {

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    bool isElided() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refit();
    QString m_full;
};

} // namespace canary::ui
