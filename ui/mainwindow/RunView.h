#pragma once

// The console's live view of a run: the charts (DashboardView) and, beside them in a splitter of their own,
// the monitors — health on top, the log lines taking the height, the timeline under them. Each panel shows a
// hint until the run gives it something; attach() follows one RunSession, whichever source makes its load.

#include "core/run/RunSession.h"
#include "core/scenario/Scenario.h"

#include <QSplitter>

namespace canary::ui {

class DashboardView;
class HealthView;
class LogView;
class PanelFrame;
class TimelineView;

class RunView : public QSplitter
{
    Q_OBJECT
public:
    explicit RunView(QWidget *parent = nullptr);

    // A scenario was loaded: its charts' targets, the health endpoint it will poll.
    void showScenario(const Scenario &scenario);
    // A run of this scenario starts: the panels it watches open, empty.
    void startRun(const Scenario &scenario);
    void follow(RunSession *run);
    // Back to the hints (a new scenario, a new run).
    void clear();

    DashboardView *dashboard() const { return m_dashboard; }
    HealthView *healthView() const { return m_health; }
    LogView *logView() const { return m_logs; }
    TimelineView *timelineView() const { return m_timeline; }
    QSplitter *monitors() const { return m_monitors; }

    // The splitters' positions, kept in the settings between sessions.
    void restoreLayout(int width);
    void saveLayout() const;

private:
    DashboardView *m_dashboard;
    QSplitter *m_monitors;
    PanelFrame *m_healthPanel;
    PanelFrame *m_logPanel;
    PanelFrame *m_timelinePanel;
    HealthView *m_health;
    LogView *m_logs;
    TimelineView *m_timeline;
};

} // namespace canary::ui
