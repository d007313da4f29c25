#pragma once

// The operator console's shell: menus, toolbar, status bar and the panels of the run view. Feature
// widgets live in their own folders; this class only arranges them and routes actions.

#include "core/scenario/Scenario.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QSplitter;

namespace canary::ui {

class GateChart;
class PanelFrame;
class ScenarioSummaryWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setScenario(const Scenario &scenario, const QString &source);
    std::optional<Scenario> scenario() const { return m_scenario; }
    // Loads a scenario file; on failure shows every problem and keeps the current scenario.
    bool openScenarioFile(const QString &path, bool interactive = true);
    // A note on where the target is (e.g. the in-process sandbox) for the status bar.
    void setTargetNote(const QString &note);
    QString lastError() const { return m_lastError; }

    // Named actions, for menus, shortcuts and tests: open, save, start, stop, abort, export, quit.
    QAction *action(const QString &name) const;
    ScenarioSummaryWidget *summary() const { return m_summary; }

protected:
    void closeEvent(class QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPanels();
    void openScenarioDialog();
    void saveScenarioDialog();
    void showAbout();
    void showCredentials();
    void restoreState();

    std::optional<Scenario> m_scenario;
    QString m_source;
    QString m_lastError;
    QHash<QString, QAction *> m_actions;
    ScenarioSummaryWidget *m_summary = nullptr;
    GateChart *m_latencyChart = nullptr;
    GateChart *m_errorChart = nullptr;
    PanelFrame *m_scenarioPanel = nullptr;
    PanelFrame *m_healthPanel = nullptr;
    PanelFrame *m_logPanel = nullptr;
    PanelFrame *m_timelinePanel = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_targetLabel = nullptr;
};

} // namespace canary::ui
