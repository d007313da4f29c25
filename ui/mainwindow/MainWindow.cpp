#include "ui/mainwindow/MainWindow.h"
#include "ui/style/Palette.h"

#include "core/common/Duration.h"
#include "core/evidence/SlackMessage.h"
#include "core/run/K6Source.h"
#include "core/run/RunSecrets.h"
#include "core/run/RunStore.h"
#include "core/scenario/ScenarioLoader.h"
#include "ui/credentials/CredentialsDialog.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/history/HistoryWindow.h"
#include "ui/mainwindow/StartConfirmation.h"
#include "ui/monitors/MonitorViews.h"
#include "ui/report/QtReportRenderer.h"
#include "ui/scenario/ScenarioEditor.h"
#include "ui/VerdictStyle.h"
#include "ui/viewer/PackageViewer.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/WindowFit.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUrl>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace canary::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(QStringLiteral("CanaryDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/canarydesk.svg")));
    setAcceptDrops(true);
    createActions();
    m_evidence = new EvidenceActions(this, statusBar(), action(QStringLiteral("import")));
    connect(m_evidence, &EvidenceActions::exportingChanged, this, &MainWindow::updateActions);
    connect(m_evidence, &EvidenceActions::exportFinished, this, &MainWindow::exportFinished);
    connect(m_evidence, &EvidenceActions::credentialsRequested, this,
            [this] { showCredentials(QLatin1String(kSlackWebhookEntry)); });
    connect(m_evidence, &EvidenceActions::slackPosted, this, [this](bool ok, const QString &text) {
        if (text != QLatin1String("no webhook"))
            timelineView()->add(QDateTime::currentDateTimeUtc(), QStringLiteral("slack"), text);
        Q_EMIT slackPosted(ok, text);
    });
    connect(m_evidence, &EvidenceActions::imported, this,
            [this](const QString &dir) { Q_EMIT imported(openPackage(dir)); });
    connect(m_evidence, &EvidenceActions::importFailed, this, [this](const QString &message) {
        m_lastError = message;
        Q_EMIT importFailed(message);
    });
    createPanels();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_actions = new ConsoleActions(this);
    m_engine = m_actions->engine();
    m_stateLabel = m_actions->stateLabel();
    m_recent = new RecentScenarios(m_actions->recentMenu());
    connect(m_recent, &RecentScenarios::openRequested, this, [this](const QString &path) { openScenarioFile(path); });
    auto on = [this](const char *name, auto slot) {
        connect(action(QLatin1String(name)), &QAction::triggered, this, slot);
    };
    on("open", [this] { openScenarioDialog(); });
    on("openPackage", [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Evidence Package"),
                                                          QSettings().value(QStringLiteral("export/last")).toString(),
                                                          tr("Evidence packages (manifest.json *.zip)"));
        if (!path.isEmpty())
            openPackage(QFileInfo(path).fileName() == QLatin1String("manifest.json") ? QFileInfo(path).absolutePath()
                                                                                     : path);
    });
    on("import", [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import k6 Results"), QString(),
                                                          tr("k6 results (*.json *.json.gz *.ndjson *.gz)"));
        if (!path.isEmpty())
            importK6Results(path);
    });
    on("history", [this] { showHistory(); });
    on("edit", [this] { editScenario(); });
    on("save", [this] { saveScenarioDialog(); });
    on("start", [this] { startRun(true); });
    on("stop", [this] { stopRun(); });
    on("abort", [this] { abortRun(); });
    on("export", [this] { exportEvidence(); });
    on("exportZip", [this] { exportEvidenceZip(); });
    on("credentials", [this] { showCredentials(); });
    on("viewPackage", [this] { openPackage(m_evidence->packageDir()); });
    on("openFolder", [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_evidence->packageDir())); });
    on("slack", [this] { postCheckpointToSlack(); });
    on("shortcuts", [this] { showShortcuts(); });
    on("about", [this] { showAbout(); });
    // Quit ends the application, not just this window: a viewer or History window left open (they are
    // top-level windows of their own) must not keep the process running after the console is gone.
    on("quit", [this] {
        if (!close())
            return; // a run is on and the operator chose to keep it
        for (QWidget *window : QApplication::topLevelWidgets())
            if (window != this)
                window->close();
        QCoreApplication::quit();
    });
    connect(action(QStringLiteral("monitors")), &QAction::toggled, this,
            [this](bool on) { m_runView->monitors()->setVisible(on); });
}

void MainWindow::createPanels()
{
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 4, 6, 4);
    centralLayout->setSpacing(4);
    m_banner = new VerdictBanner(action(QStringLiteral("export")), action(QStringLiteral("exportZip")), central);
    connect(m_banner, &VerdictBanner::viewRequested, this, &MainWindow::openPackage);
    connect(m_banner, &VerdictBanner::slackRequested, this, [this] { postCheckpointToSlack(); });
    connect(m_banner, &VerdictBanner::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    centralLayout->addWidget(m_banner);

    m_scenarioBar = new ScenarioBar(action(QStringLiteral("scenario")), central);
    centralLayout->addWidget(m_scenarioBar);
    m_runView = new RunView(central);
    m_runView->monitors()->setVisible(action(QStringLiteral("monitors"))->isChecked());
    centralLayout->addWidget(m_runView, 1);
    setCentralWidget(central);

    m_targetLabel = new ElidedLabel(this);
    m_targetLabel->setFullText(tr("no scenario loaded"));
    statusBar()->addWidget(m_targetLabel, 1);
    statusBar()->addPermanentWidget(new QLabel(QStringLiteral("CanaryDesk " CANARYDESK_VERSION), this));
    updateActions();
}

void MainWindow::setScenario(const Scenario &scenario, const QString &source)
{
    if (active())
        return; // the open actions are disabled while a run is on; a scenario never replaces a live run's
    m_scenario = scenario;
    m_source = source;
    clearPreviousRun(); // the last run's verdict, package and panels belong to the scenario it ran
    m_scenarioBar->showScenario(scenario);
    setWindowTitle(QStringLiteral("CanaryDesk — %1").arg(scenario.headline()));
    m_runView->showScenario(scenario);
    m_targetLabel->setFullText(tr("target %1").arg(scenario.target.requestUrl().toString()));
    action(QStringLiteral("save"))->setEnabled(true);
    setState(tr("● READY"));
    updateActions();
}

void MainWindow::clearPreviousRun()
{
    m_evidence->setPackageDir(QString());
    m_banner->clear();
    m_runView->clear();
}

RunStore *MainWindow::store()
{
    if (!m_storeTried) {
        m_storeTried = true;
        auto store = std::make_unique<RunStore>();
        if (const Status opened = store->open(); opened) {
            store->markInterrupted();
            m_store = std::move(store);
        } else {
            statusBar()->showMessage(tr("Run history unavailable: %1").arg(opened.error().message), 15000);
        }
    }
    return m_store.get();
}

ReportRenderer *MainWindow::renderer()
{
    if (!m_renderer)
        m_renderer = std::make_unique<QtReportRenderer>();
    return m_renderer.get();
}

void MainWindow::setState(const QString &text, const QString &colour)
{
    m_stateLabel->setText(text);
    m_stateLabel->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color:%1;font-weight:bold").arg(colour));
}

bool MainWindow::active() const
{
    return m_run && (m_run->phase() == RunSession::Phase::Preparing || m_run->phase() == RunSession::Phase::Running ||
                     m_run->phase() == RunSession::Phase::Finishing);
}

QString MainWindow::stateText() const
{
    return m_stateLabel->text();
}

void MainWindow::setEngine(const QString &engine)
{
    m_engine->setCurrentIndex(std::max(0, m_engine->findData(engine)));
}

void MainWindow::updateActions()
{
    const bool active = this->active();
    const bool running = m_run && m_run->phase() == RunSession::Phase::Running;
    const bool exportable = !m_evidence->packageDir().isEmpty() && !m_evidence->exporting();
    if (m_engine)
        m_engine->setEnabled(!active);
    action(QStringLiteral("start"))->setEnabled(m_scenario.has_value() && !active);
    action(QStringLiteral("stop"))->setEnabled(running || (m_run && m_run->phase() == RunSession::Phase::Preparing));
    action(QStringLiteral("abort"))->setEnabled(running);
    action(QStringLiteral("export"))->setEnabled(exportable);
    action(QStringLiteral("exportZip"))->setEnabled(exportable);
    for (const char *name : {"viewPackage", "openFolder", "slack"})
        action(QLatin1String(name))->setEnabled(!m_evidence->packageDir().isEmpty());
    action(QStringLiteral("open"))->setEnabled(!active);
}

void MainWindow::startRun(bool confirm)
{
    if (!m_scenario || active())
        return;
    const Scenario &s = *m_scenario;
    if (confirm && !StartConfirmation::ask(this, s))
        return;
    RunSetup setup;
    setup.scenario = s;
    if (m_actions->action(QStringLiteral("stopWhenDecided"))->isChecked())
        setup.scenario.gate.stopWhenDecided = true;
    setup.workers = std::clamp(QThread::idealThreadCount(), 1, 2);
    if (m_engine->currentData().toString() == QLatin1String("k6"))
        setup.load = RunSetup::Load::K6;
    const QDateTime stamp = QDateTime::currentDateTimeUtc();
    const QString folder = QFileInfo(s.expandEvidence(s.evidence.folder, stamp)).fileName();
    const auto placed = EvidenceActions::runFolderFor(
        QStringLiteral("%1_%2").arg(folder, stamp.toString(QStringLiteral("yyyyMMdd_HHmmss"))));
    if (!placed.ok()) {
        onRunFailed(placed.error().message);
        return;
    }
    setup.outDir = placed.value();
    // Both shown in the confirmation (or started without asking, by choice): Start is the operator's consent.
    setup.allowLogCommands = true;
    setup.environment = environmentWanted(s);
    if (m_setupHook)
        m_setupHook(setup);
    clearPreviousRun();
    m_runView->startRun(s);
    m_run = std::make_unique<RunSession>(setup, renderer(), store());
    RunSession *run = m_run.get();
    m_runView->follow(run);
    connect(run, &RunSession::progress, this, [this](const QString &step) { statusBar()->showMessage(step, 10000); });
    connect(run, &RunSession::output, this,
            [this](const QString &line) { statusBar()->showMessage(QStringLiteral("k6: ") + line, 5000); });
    connect(run, &RunSession::warning, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(run, &RunSession::failed, this, &MainWindow::onRunFailed);
    connect(run, &RunSession::decided, this, [this](qint64 atMs, const QString &why) {
        statusBar()->showMessage(tr("Gate lost: decided at %1 — %2").arg(duration::clock(atMs), why), 30000);
    });
    connect(m_actions->action(QStringLiteral("stopWhenDecided")), &QAction::toggled, run,
            &RunSession::setStopWhenDecided);
    connect(run, &RunSession::started, this, [this, run] {
        statusBar()->clearMessage();
        if (run->setup().load != RunSetup::Load::Engine)
            timelineView()->add(QDateTime::currentDateTimeUtc(), tr("k6 started"), run->startedWith());
        action(QStringLiteral("scenario"))->setChecked(false); // the live view needs the room
        setState(tr("● RUNNING"), palette::fill(QStringLiteral("@active@")));
        updateActions();
    });
    connect(run, &RunSession::snapshot, this, [this](const Snapshot &snap) {
        setState(tr("● RUNNING %1").arg(duration::clock(snap.elapsedMs)), palette::fill(QStringLiteral("@active@")));
    });
    connect(run, &RunSession::finished, this, &MainWindow::onRunFinished);
    setState(tr("● STARTING"), palette::fill(QStringLiteral("@active@")));
    run->start();
    updateActions();
}

void MainWindow::stopRun()
{
    if (m_run && active()) {
        m_run->stop(tr("stopped by the operator"));
        setState(tr("● STOPPING"), palette::fill(QStringLiteral("@warn@")));
    }
}

void MainWindow::abortRun()
{
    if (m_run && active()) {
        m_run->abort(tr("aborted by the operator"));
        setState(tr("● ABORTING"), palette::fill(QStringLiteral("@fail@")));
    }
}

void MainWindow::onRunFailed(const QString &message)
{
    if (m_run)
        QDir().rmdir(m_run->setup().outDir); // the folder made for it, if nothing was written
    setState(tr("● NOT STARTED"), palette::fill(QStringLiteral("@fail@")));
    m_banner->showMessage(tr("The run did not start: %1").arg(message), message,
                          palette::fill(QStringLiteral("@neutral@")));
    timelineView()->add(QDateTime::currentDateTimeUtc(), tr("not started"), message);
    m_lastError = message;
    updateActions();
    Q_EMIT runFinished(false);
}

void MainWindow::onRunFinished()
{
    if (m_run->hasPackage()) {
        showOutcome(m_run->outcome());
        return;
    }
    const LoadEnd &end = m_run->loadEnd(); // k6 Cloud could not run the test: its exit code is all there is
    m_banner->showMessage(tr("k6 finished: %1 %2").arg(K6Source::exitMeaning(end.k6ExitCode), end.cloudUrl), QString(),
                          palette::fill(QStringLiteral("@neutral@")));
    updateActions();
    Q_EMIT runFinished(false);
}

void MainWindow::importK6Results(const QString &file, bool interactive)
{
    m_evidence->importK6(file, renderer(), store(), interactive);
}

void MainWindow::showOutcome(const PackageOutcome &o)
{
    m_evidence->setPackageDir(o.dir);
    dashboard()->showFinished(&o.verdict);
    dashboard()->showEpisodes(o.episodes);
    const bool whole = o.problems.isEmpty() && !o.manifest.isEmpty();
    statusBar()->showMessage(whole ? tr("Evidence written to %1").arg(o.dir)
                                   : tr("Evidence incomplete in %1: not signed").arg(o.dir),
                             15000);
    m_banner->showOutcome(o);
    m_banner->fitDetails(height() / 7);
    const QString word = o.verdict.word();
    setState(tr("● %1").arg(word), verdictColour(o.verdict.outcome));
    timelineView()->add(o.record.finishedUtc(), tr("verdict"), o.verdict.summary);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *tray = new QSystemTrayIcon(windowIcon(), this);
        tray->show();
        tray->showMessage(tr("Canary %1: %2").arg(word, m_scenario ? m_scenario->headline() : QString()),
                          o.verdict.summary, QSystemTrayIcon::Information, 10000);
        QTimer::singleShot(15000, tray, &QObject::deleteLater);
    }
    QApplication::alert(this);
    updateActions();
    Q_EMIT runFinished(o.verdict.passed);
}

bool MainWindow::openScenarioFile(const QString &path, bool interactive)
{
    const ScenarioResult loaded = ScenarioLoader::loadFile(path);
    if (!loaded.ok()) {
        m_lastError = joinProblems(loaded.error());
        if (interactive) {
            QMessageBox box(QMessageBox::Warning, tr("Scenario not loaded"),
                            tr("%1 has problems; the current scenario stays loaded.").arg(path), QMessageBox::Ok, this);
            box.setDetailedText(m_lastError);
            box.setInformativeText(loaded.error().first().toString());
            box.exec();
        }
        return false;
    }
    m_lastError.clear();
    setScenario(loaded.value(), path);
    m_recent->remember(path);
    return true;
}

bool MainWindow::openLastScenario()
{
    const QString last = m_recent->last();
    return !last.isEmpty() && openScenarioFile(last, false);
}

void MainWindow::setTargetNote(const QString &note)
{
    m_targetLabel->setFullText(m_targetLabel->fullText() + QStringLiteral(" · ") + note);
}

void MainWindow::openScenarioDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), QString(), tr("Scenarios (*.json)"));
    if (!path.isEmpty())
        openScenarioFile(path);
}

ScenarioEditor *MainWindow::editScenario()
{
    const Scenario base =
        m_scenario ? *m_scenario : ScenarioLoader::loadFile(QStringLiteral(":/scenarios/demo_sandbox.json")).value();
    auto *editor = new ScenarioEditor(base, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    RunSetup probe; // the demo's secret, when the demo is running and the scenario aims at its sandbox
    probe.scenario = base;
    if (m_setupHook)
        m_setupHook(probe);
    editor->setClientSecret(probe.clientSecret);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        if (const auto edited = editor->scenario())
            setScenario(*edited, m_source.isEmpty() ? tr("edited scenario") : m_source);
    });
    editor->open();
    return editor;
}

void MainWindow::saveScenarioDialog()
{
    if (!m_scenario)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Scenario"), m_scenario->name + QStringLiteral(".json"), tr("Scenarios (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status saved = ScenarioLoader::saveFile(*m_scenario, path); !saved)
        QMessageBox::warning(this, tr("Scenario not saved"), saved.error().message);
}

void MainWindow::showCredentials(const QString &entry)
{
    QSettings settings;
    CredentialsDialog dialog(settings, systemSecretStore(), this);
    if (!entry.isEmpty())
        dialog.selectProfile(entry);
    else if (m_scenario && m_scenario->auth.type == AuthSpec::Type::OAuth2ClientCredentials)
        dialog.selectProfile(m_scenario->auth.effectiveSecretKey());
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("ShortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableWidget(0, 2, dialog);
    table->setObjectName(QStringLiteral("ShortcutTable"));
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (QAction *a : m_actions->withShortcuts()) {
        const int row = table->rowCount();
        table->insertRow(row);
        QString text = a->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        table->setItem(row, 0, new QTableWidgetItem(text));
        table->setItem(row, 1, new QTableWidgetItem(a->shortcut().toString(QKeySequence::NativeText)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    resizeToFit(dialog, QSize(520, 560));
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CanaryDesk"),
                       tr("<b>CanaryDesk %1</b><p>Runs a production canary, judges it against a release gate and "
                          "exports evidence that people who never open a terminal can trust.</p>")
                           .arg(QStringLiteral(CANARYDESK_VERSION)));
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray()))
        resizeToFit(this, QSize(1280, 800)); // first start: 1280 × 800 where there is room, else the free area
    else
        fitOnScreen(this); // remembered on a larger screen: made to fit this one
    m_runView->restoreLayout(width());
}

HistoryWindow *MainWindow::showHistory()
{
    RunStore *runs = store();
    if (!runs) {
        QMessageBox::warning(this, tr("History unavailable"), tr("The run history database could not be opened."));
        return nullptr;
    }
    auto *history = new HistoryWindow(*runs, this);
    history->setAttribute(Qt::WA_DeleteOnClose);
    connect(history, &HistoryWindow::openPackageRequested, this, &MainWindow::openPackage);
    history->show();
    return history;
}

PackageViewer *MainWindow::openPackage(const QString &folderOrZip)
{
    auto *viewer = new PackageViewer();
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowIcon(windowIcon());
    resizeToFit(viewer, QSize(1200, 850));
    viewer->openPackage(folderOrZip);
    viewer->show();
    return viewer;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        const QFileInfo info(urls.first().toLocalFile());
        if (info.isDir() || info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
            event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty())
        openPackage(urls.first().toLocalFile());
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // Details opened on demand take a share of the height, never the charts' room: they scroll instead.
    m_scenarioBar->fitHeight(height());
    m_banner->fitDetails(height() / 7);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_confirmClose && m_run &&
        (m_run->phase() == RunSession::Phase::Running || m_run->phase() == RunSession::Phase::Preparing)) {
        const auto answer = QMessageBox::question(this, tr("A run is in progress"),
                                                  tr("Abort the run and quit? The results so far stay on disk and the "
                                                     "run appears in History as interrupted."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_runView->saveLayout();
    event->accept();
}

} // namespace canary::ui
