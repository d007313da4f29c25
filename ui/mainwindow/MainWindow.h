#pragma once

// The operator console's shell: menus, toolbar, status bar and the panels, wired together. The run is
// core's RunSession (whichever source makes the load); the live view is RunView, the verdict VerdictBanner,
// what is done with evidence EvidenceActions — this class only arranges them and routes actions.

#include "core/run/RunSession.h"
#include "core/scenario/Scenario.h"
#include "ui/mainwindow/ConsoleActions.h"
#include "ui/mainwindow/EvidenceActions.h"
#include "ui/mainwindow/RecentScenarios.h"
#include "ui/mainwindow/RunView.h"
#include "ui/mainwindow/ScenarioBar.h"
#include "ui/mainwindow/VerdictBanner.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QScrollArea;

class QMenu;

namespace canary {
class RunStore;
}

namespace canary::ui {

class ConsoleActions;
class DashboardView;
class ElidedLabel;
class EvidenceActions;
class RecentScenarios;
class RunView;
class ScenarioBar;
class VerdictBanner;
class HealthView;
class LogView;
class PanelFrame;
class QtReportRenderer;
class ScenarioEditor;
class ScenarioSummaryWidget;
class TimelineView;

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
    // Scenario files opened before, newest first (at most 8, kept in the settings); File → Open Recent.
    QStringList recentScenarios() const { return m_recent->paths(); }
    QMenu *recentMenu() const { return m_actions->recentMenu(); }
    // Opens the scenario editor on the current scenario (or the demo's as a template); Use applies it.
    ScenarioEditor *editScenario();
    // Reopens the scenario of the last session, if its file is still there (no dialog on failure).
    bool openLastScenario();
    // Completes each run's setup before it starts (the demo passes the sandbox's secrets this way).
    void setRunSetupHook(std::function<void(RunSetup &)> hook) { m_setupHook = std::move(hook); }

    // Named actions, for menus, shortcuts and tests: open, save, start, stop, abort, export, quit.
    QAction *action(const QString &name) const { return m_actions->action(name); }
    ScenarioSummaryWidget *summary() const { return m_scenarioBar->summary(); }
    DashboardView *dashboard() const { return m_runView->dashboard(); }
    HealthView *healthView() const { return m_runView->healthView(); }
    LogView *logView() const { return m_runView->logView(); }
    TimelineView *timelineView() const { return m_runView->timelineView(); }

    // Start asks for confirmation (production traffic) unless confirm is false.
    void startRun(bool confirm = true);
    void stopRun();
    void abortRun();
    const RunSession *run() const { return m_run.get(); }
    // "canarydesk" (the built-in engine) or "k6" (k6 on this machine, followed live).
    void setEngine(const QString &engine);
    // Turns k6 results (--out json, handleSummary or --summary-export) into a package and opens it: the file
    // is read on a worker thread (seconds for a 30-minute run), the package written here; then imported()
    // or importFailed(). Errors also go to lastError() and, when interactive, to a message box.
    void importK6Results(const QString &file, bool interactive = true);
    QString stateText() const;
    QString verdictText() const { return m_banner->text(); }
    // Opens or folds the diagnosis under the verdict's line (the Details button).
    void setVerdictDetailsShown(bool shown) { m_banner->setDetailsShown(shown); }
    QString packageDir() const { return m_evidence->packageDir(); }
    // Copies the last package into destination/<its folder name> off the GUI thread and checks it there;
    // with an empty destination, asks for a folder.
    void exportEvidence(const QString &destination = QString()) { m_evidence->exportTo(destination); }
    // The package as one .zip (asks where when zipPath is empty); checked against its manifest, then unpacked
    // and checked again. exportFinished says how it went.
    void exportEvidenceZip(const QString &zipPath = QString()) { m_evidence->exportZip(zipPath); }
    QString lastExport() const { return m_evidence->lastExport(); }
    // Shows the checkpoint update as Slack will show it and posts it to the incoming webhook kept in the
    // keychain (entry slack-webhook; CANARYDESK_SLACK_WEBHOOK overrides). Tests pass the webhook: no preview.
    void postCheckpointToSlack() { m_evidence->postToSlack(); }
    // The Slack preview postCheckpointToSlack opened (for tests); null when none is open.
    QDialog *slackPreview() const { return m_evidence->slackPreview(); }
    // Opens an evidence package (folder or zip) read-only in its own viewer window.
    class PackageViewer *openPackage(const QString &folderOrZip);
    class HistoryWindow *showHistory();
    // Closing during a run asks first; scripted use (--screenshot) turns that off.
    void setConfirmClose(bool confirm) { m_confirmClose = confirm; }

Q_SIGNALS:
    void runFinished(bool passed); // also when the run could not start (passed false)
    void exportFinished(bool ok, const QString &message);
    void imported(class PackageViewer *viewer);
    void importFailed(const QString &message);
    void slackPosted(bool ok, const QString &message);

protected:
    void closeEvent(class QCloseEvent *event) override;
    void resizeEvent(class QResizeEvent *event) override;
    void dragEnterEvent(class QDragEnterEvent *event) override;
    void dropEvent(class QDropEvent *event) override;

private:
    void createActions();
    void createPanels();
    void openScenarioDialog();
    void saveScenarioDialog();
    void showShortcuts();
    void showAbout();
    void showCredentials(const QString &entry = {}); // entry: the keychain entry to show first
    void restoreState();
    void updateActions();
    void clearPreviousRun();
    void setState(const QString &text, const QString &colour = QString());
    void onRunFinished();
    void showOutcome(const PackageOutcome &o);
    bool active() const;
    void onRunFailed(const QString &message);
    RunStore *store();
    ReportRenderer *renderer();

    std::optional<Scenario> m_scenario;
    QString m_source;
    QString m_lastError;
    ConsoleActions *m_actions = nullptr;
    RecentScenarios *m_recent = nullptr;
    ScenarioBar *m_scenarioBar = nullptr;
    RunView *m_runView = nullptr;
    VerdictBanner *m_banner = nullptr;
    EvidenceActions *m_evidence = nullptr;
    QLabel *m_stateLabel = nullptr;
    ElidedLabel *m_targetLabel = nullptr;
    QComboBox *m_engine = nullptr;
    std::function<void(RunSetup &)> m_setupHook;
    std::unique_ptr<QtReportRenderer> m_renderer;
    std::unique_ptr<RunStore> m_store;
    bool m_storeTried = false;
    bool m_confirmClose = true;
    std::unique_ptr<RunSession> m_run;
};

} // namespace canary::ui
