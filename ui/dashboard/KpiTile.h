#pragma once

// One number an operator reads from across the desk: a title, a big value with its unit, and the gate
// criterion under it. Green within the criterion, amber within 20 % of its limit, red beyond it, grey
// before data; the state is also a symbol (✓ ! ✗), never colour alone.

#include <QFrame>

class QLabel;

namespace canary::ui {

class KpiTile : public QFrame
{
    Q_OBJECT
public:
    enum class State
    {
        NoData,
        Good,
        Near,
        Breached,
        Info, // a number without a criterion (in flight)
    };

    KpiTile(const QString &title, QWidget *parent = nullptr);

    void set(const QString &value, const QString &detail, State state);
    void clear(const QString &detail);
    State state() const { return m_state; }
    QString value() const;
    QString detail() const;

private:
    void applyState();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
    State m_state = State::NoData;
};

} // namespace canary::ui
