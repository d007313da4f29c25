#pragma once

// The scenario in the console: one line (name, method, URL, about how many requests) and, on demand (View →
// Scenario Details, Ctrl+1), its full summary and gate in an area that scrolls rather than take the charts' room.

#include "core/scenario/Scenario.h"

#include <QWidget>

class QAction;
class QScrollArea;

namespace canary::ui {

class ElidedLabel;
class PanelFrame;
class ScenarioSummaryWidget;

class ScenarioBar : public QWidget
{
    Q_OBJECT
public:
    // detailsAction: the console's checkable toggle for the summary.
    ScenarioBar(QAction *detailsAction, QWidget *parent = nullptr);

    void showScenario(const Scenario &scenario);
    ScenarioSummaryWidget *summary() const { return m_summary; }
    // The summary takes at most a quarter of the window's height.
    void fitHeight(int windowHeight);

private:
    ElidedLabel *m_line;
    PanelFrame *m_panel;
    ScenarioSummaryWidget *m_summary;
    QScrollArea *m_area;
};

} // namespace canary::ui
