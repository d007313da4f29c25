#pragma once

// What the loaded scenario will do, before Start: target, load, credentials reference, checks and
// the gate's criteria in plain words.

#include "core/scenario/Scenario.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace canary::ui {

class ScenarioSummaryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioSummaryWidget(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario);
    QString fieldText(const QString &name) const;
    QTableWidget *criteriaTable() const { return m_criteria; }

private:
    QLabel *addField(const QString &name, const QString &label);

    QFormLayout *m_form;
    QTableWidget *m_criteria;
    QHash<QString, QLabel *> m_fields;
};

} // namespace canary::ui
