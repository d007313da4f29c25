#pragma once

// The operator console's shell: menus, toolbar, status bar and the panels of the run view. Feature
// widgets live in their own folders; the run itself is core's RunSession — this class only arranges
// the widgets, routes actions and shows what the controller reports.

#include "core/run/RunSession.h"
#include "core/scenario/Scenario.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QNetworkAccessManager;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QToolButton;

class QMenu;

namespace canary {
class RunStore;
}

namespace canary::ui {

class DashboardView;
class ElidedLabel;
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
    QStringList recentScenarios() const;
    QMenu *recentMenu() const { return m_recentMenu; }
    // Opens the scenario editor on the current scenario (or the demo's as a template); Use applies it.
    ScenarioEditor *editScenario();
    // Reopens the scenario of the last session, if its file is still there (no dialog on failure).
    bool openLastScenario();
    // Completes each run's setup before it starts (the demo passes the sandbox's secrets this way).
    void setRunSetupHook(std::function<void(RunSetup &)> hook) { m_setupHook = std::move(hook); }

    // Named actions, for menus, shortcuts and tests: open, save, start, stop, abort, export, quit.
    QAction *action(const QString &name) const;
    ScenarioSummaryWidget *summary() const { return m_summary; }
    DashboardView *dashboard() const { return m_dashboard; }
    HealthView *healthView() const { return m_health; }
    LogView *logView() const { return m_logs; }
    TimelineView *timelineView() const { return m_timeline; }

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
    QString verdictText() const;
    // Opens or folds the diagnosis under the verdict's line (the Details button).
    void setVerdictDetailsShown(bool shown);
    QString packageDir() const { return m_packageDir; }
    // Copies the last package into destination/<its folder name> off the GUI thread and checks it there;
    // with an empty destination, asks for a folder.
    void exportEvidence(const QString &destination = QString());
    // The package as one .zip (asks where when zipPath is empty); checked against its manifest, then unpacked
    // and checked again. exportFinished says how it went.
    void exportEvidenceZip(const QString &zipPath = QString());
    QString lastExport() const { return m_lastExport; }
    // Shows the checkpoint update as Slack will show it and posts it to the incoming webhook kept in the
    // keychain (entry slack-webhook; CANARYDESK_SLACK_WEBHOOK overrides). Tests pass the webhook: no preview.
    void postCheckpointToSlack(const QByteArray &webhookForTests = {});
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
    void createMenus();
    void createPanels();
    void openScenarioDialog();
    void saveScenarioDialog();
    void showAbout();
    void showCredentials();
    void restoreState();
    void updateActions();
    void clearPreviousRun();
    void setState(const QString &text, const QString &colour = QString());
    void onRunFinished();
    void showOutcome(const PackageOutcome &o);
    bool active() const;
    void onRunFailed(const QString &message);
    // The verdict banner: one line (elided to the width, whole in its tooltip) and details on demand.
    void showBanner(const QString &line, const QString &details, const QString &colour);
    void fitBannerDetails();
    RunStore *store();

    std::optional<Scenario> m_scenario;
    QString m_source;
    QString m_lastError;
    QMenu *m_recentMenu = nullptr;
    void rememberScenario(const QString &path);
    void rebuildRecentMenu();
    QHash<QString, QAction *> m_actions;
    ScenarioSummaryWidget *m_summary = nullptr;
    DashboardView *m_dashboard = nullptr;
    HealthView *m_health = nullptr;
    LogView *m_logs = nullptr;
    TimelineView *m_timeline = nullptr;
    PanelFrame *m_scenarioPanel = nullptr;
    PanelFrame *m_healthPanel = nullptr;
    PanelFrame *m_logPanel = nullptr;
    PanelFrame *m_timelinePanel = nullptr;
    QScrollArea *m_scenarioArea = nullptr;
    ElidedLabel *m_scenarioLine = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_monitorSplitter = nullptr;
    QWidget *m_banner = nullptr;
    ElidedLabel *m_bannerText = nullptr;
    QLabel *m_bannerDetails = nullptr;
    QToolButton *m_bannerDetailsButton = nullptr;
    QScrollArea *m_bannerDetailsArea = nullptr;
    QList<QWidget *> m_bannerActions; // export, view, more: only with a package
    QLabel *m_stateLabel = nullptr;
    ElidedLabel *m_targetLabel = nullptr;
    std::function<void(RunSetup &)> m_setupHook;
    std::unique_ptr<QtReportRenderer> m_renderer;
    std::unique_ptr<RunStore> m_store;
    bool m_storeTried = false;
    bool m_confirmClose = true;
    std::unique_ptr<RunSession> m_run;
    QComboBox *m_engine = nullptr;
    QString m_packageDir;
    QString m_lastExport;
    QFutureWatcher<QString> m_exportWatcher; // the export's problem, empty when it succeeded
    std::unique_ptr<QNetworkAccessManager> m_slackNam;
};

} // namespace canary::ui
