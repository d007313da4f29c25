#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/WindowFit.h"

#include "core/common/Duration.h"
#include "ui/VerdictStyle.h"
#include "core/scenario/ScenarioLoader.h"
#include "core/auth/Secrets.h"
#include "ui/charts/GateChart.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/credentials/CredentialsDialog.h"
#include "ui/mainwindow/PanelFrame.h"
#include "ui/scenario/ScenarioEditor.h"
#include "ui/scenario/ScenarioSummaryWidget.h"
#include "core/evidence/Manifest.h"
#include "core/evidence/PackageArchive.h"
#include "core/evidence/SlackMessage.h"
#include "core/run/RunSecrets.h"
#include "core/run/RunStore.h"
#include "core/run/EvidencePipeline.h"
#include "core/run/K6Source.h"
#include "core/run/RunExporter.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/monitors/MonitorViews.h"
#include "ui/report/QtReportRenderer.h"
#include "ui/viewer/PackageViewer.h"
#include "ui/history/HistoryWindow.h"

#include <QLocale>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QPointer>
#include <QMimeData>
#include <QHBoxLayout>
#include <QNetworkAccessManager>
#include <QJsonDocument>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QtConcurrent/QtConcurrentRun>
#include <QUrl>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QScreen>
#include <QMenu>
#include <QToolButton>
#include <QTemporaryDir>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace canary::ui {

namespace {

// A folder of its own under <data>/runs for every run or import, claimed with mkdir (atomic): two started in
// the same second — two windows, a quick re-run — never share one (found by the sanitizer CI run).
QString claimRunFolder(const QString &base)
{
    const QDir runs(QDir(QFileInfo(RunStore::defaultPath()).absolutePath()).filePath(QStringLiteral("runs")));
    runs.mkpath(QStringLiteral("."));
    QString name = base;
    for (int n = 2; !runs.mkdir(name) && n < 1000; ++n)
        name = QStringLiteral("%1_%2").arg(base).arg(n);
    return runs.filePath(name);
}

// Copies a package folder, then checks the copy against its manifest: runs on a pool thread.
QString copyPackage(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to))
        return QCoreApplication::translate("canary::ui::MainWindow", "%1 already exists").arg(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return QCoreApplication::translate("canary::ui::MainWindow", "cannot copy %1 to %2").arg(file, target);
    }
    const VerifyReport check = Manifest::verify(to);
    return check.ok ? QString() : check.problems.join(QStringLiteral("; "));
}

// The package as one .zip, as `--zip` writes it: checked against its manifest before, and the zip itself
// unpacked into a scratch folder and checked again, so what is mailed is what was signed.
QString zipPackage(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to))
        return QCoreApplication::translate("canary::ui::MainWindow", "%1 already exists").arg(to);
    if (const VerifyReport source = Manifest::verify(from); !source.ok)
        return source.problems.join(QStringLiteral("; "));
    if (const Status zipped = PackageArchive::zip(from, to); !zipped) {
        QFile::remove(to);
        return zipped.error().message;
    }
    QTemporaryDir scratch;
    if (const Status unzipped = PackageArchive::unzip(to, scratch.path()); !unzipped)
        return unzipped.error().message;
    const VerifyReport check = Manifest::verify(scratch.path());
    return check.ok ? QString() : check.problems.join(QStringLiteral("; "));
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(QStringLiteral("CanaryDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/canarydesk.svg")));
    setAcceptDrops(true);
    createActions();
    createMenus();
    createPanels();
    restoreState();
}

MainWindow::~MainWindow()
{
    m_exportWatcher.waitForFinished();
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        m_actions.insert(name, a);
        return a;
    };
    connect(add(QStringLiteral("open"), tr("&Open Scenario…"), QKeySequence::Open, tr("Load a canary scenario (JSON)")),
            &QAction::triggered, this, &MainWindow::openScenarioDialog);
    connect(
        add(QStringLiteral("openPackage"), tr("Open Evidence &Package…"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
            tr("View an evidence package read-only (its manifest.json, or a .zip); a folder can also be dropped here")),
        &QAction::triggered, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Open Evidence Package"), QSettings().value(QStringLiteral("export/last")).toString(),
                tr("Evidence packages (manifest.json *.zip)"));
            if (!path.isEmpty())
                openPackage(QFileInfo(path).fileName() == QLatin1String("manifest.json")
                                ? QFileInfo(path).absolutePath()
                                : path);
        });
    connect(
        add(QStringLiteral("import"), tr("&Import k6 Results…"), QKeySequence(Qt::CTRL | Qt::Key_I),
            tr("Turn k6 output made elsewhere (--out json, handleSummary, --summary-export) into an evidence package")),
        &QAction::triggered, this, [this] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Import k6 Results"), QString(),
                                                              tr("k6 results (*.json *.json.gz *.ndjson *.gz)"));
            if (!path.isEmpty())
                importK6Results(path);
        });
    connect(add(QStringLiteral("history"), tr("&History…"), QKeySequence(Qt::CTRL | Qt::Key_H),
                tr("Past runs: open, compare two, export again")),
            &QAction::triggered, this, [this] { showHistory(); });
    connect(add(QStringLiteral("edit"), tr("&Edit Scenario…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                tr("Change the scenario in a form (checked as you type) or as JSON, and send one test request")),
            &QAction::triggered, this, [this] { editScenario(); });
    connect(add(QStringLiteral("save"), tr("Save Scenario &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                tr("Save the scenario to a file")),
            &QAction::triggered, this, &MainWindow::saveScenarioDialog);
    connect(add(QStringLiteral("start"), tr("▶ &Start"), QKeySequence(Qt::CTRL | Qt::Key_R),
                tr("Start the canary against the scenario's target (asks first: this is real traffic)")),
            &QAction::triggered, this, [this] { startRun(true); });
    connect(add(QStringLiteral("stop"), tr("■ S&top"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                tr("Stop gracefully: no new requests, in-flight ones finish, evidence is written")),
            &QAction::triggered, this, &MainWindow::stopRun);
    connect(add(QStringLiteral("abort"), tr("✖ &Abort"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period),
                tr("Stop at once: in-flight requests are cut off; evidence is still written")),
            &QAction::triggered, this, &MainWindow::abortRun);
    connect(add(QStringLiteral("export"), tr("&Export Evidence…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                tr("Copy the signed evidence package of the last run to a folder of your choice")),
            &QAction::triggered, this, [this] { exportEvidence(); });
    connect(add(QStringLiteral("exportZip"), tr("Export Evidence as &Zip…"),
                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E),
                tr("Write the signed evidence package of the last run as one .zip file, to mail or attach")),
            &QAction::triggered, this, [this] { exportEvidenceZip(); });
    connect(add(QStringLiteral("credentials"), tr("&Credentials…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                tr("OAuth2 client profiles; secrets stay in the OS keychain")),
            &QAction::triggered, this, &MainWindow::showCredentials);
    // Quit ends the application, not just this window: a viewer or History window left open (they are
    // top-level windows of their own) must not keep the process running after the console is gone.
    connect(add(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, tr("Quit CanaryDesk")), &QAction::triggered,
            this, [this] {
                if (!close())
                    return; // a run is on and the operator chose to keep it
                for (QWidget *window : QApplication::topLevelWidgets())
                    if (window != this)
                        window->close();
                QCoreApplication::quit();
            });
    // What the console shows is remembered: the scenario's details folded or open, the monitors shown or not.
    QAction *scenarioToggle = add(QStringLiteral("scenario"), tr("Scenario &Details"),
                                  QKeySequence(Qt::CTRL | Qt::Key_1), tr("Show or hide the scenario summary and gate"));
    scenarioToggle->setCheckable(true);
    scenarioToggle->setChecked(QSettings().value(QStringLiteral("window/scenarioDetails"), false).toBool());
    connect(scenarioToggle, &QAction::toggled, this, [this](bool on) {
        m_scenarioArea->setVisible(on);
        QSettings().setValue(QStringLiteral("window/scenarioDetails"), on);
    });
    QAction *monitorsToggle = add(QStringLiteral("monitors"), tr("&Monitors"), QKeySequence(Qt::CTRL | Qt::Key_2),
                                  tr("Show or hide health, application logs and the timeline beside the charts"));
    monitorsToggle->setCheckable(true);
    monitorsToggle->setChecked(QSettings().value(QStringLiteral("window/monitors"), true).toBool());
    connect(monitorsToggle, &QAction::toggled, this, [this](bool on) {
        m_monitorSplitter->setVisible(on);
        QSettings().setValue(QStringLiteral("window/monitors"), on);
    });
    connect(add(QStringLiteral("about"), tr("&About CanaryDesk"), QKeySequence(), QString()), &QAction::triggered, this,
            &MainWindow::showAbout);
    m_actions.value(QStringLiteral("save"))->setEnabled(false);
    connect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString problem = m_exportWatcher.result();
        const QString message =
            problem.isEmpty() ? tr("Evidence exported to %1 and checked against its signed manifest.").arg(m_lastExport)
                              : tr("Export failed: %1").arg(problem);
        statusBar()->showMessage(message, 15000);
        Q_EMIT exportFinished(problem.isEmpty(), message);
        updateActions();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("open")));
    file->addAction(action(QStringLiteral("edit")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("openPackage")));
    file->addAction(action(QStringLiteral("history")));
    file->addAction(action(QStringLiteral("import")));
    file->addAction(action(QStringLiteral("credentials")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("scenario")));
    view->addAction(action(QStringLiteral("monitors")));
    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(action(QStringLiteral("start")));
    run->addAction(action(QStringLiteral("stop")));
    run->addAction(action(QStringLiteral("abort")));
    QMenu *evidence = menuBar()->addMenu(tr("&Evidence"));
    evidence->addAction(action(QStringLiteral("export")));
    evidence->addAction(action(QStringLiteral("exportZip")));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Run"));
    bar->setObjectName(QStringLiteral("RunToolBar"));
    bar->setMovable(false);
    bar->addAction(action(QStringLiteral("open")));
    bar->addAction(action(QStringLiteral("credentials")));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("start")));
    bar->addAction(action(QStringLiteral("stop")));
    bar->addAction(action(QStringLiteral("abort")));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("export")));
    bar->addSeparator();
    m_engine = new QComboBox(bar);
    m_engine->addItem(tr("Engine: CanaryDesk"), QStringLiteral("canarydesk"));
    m_engine->addItem(tr("Engine: k6"), QStringLiteral("k6"));
    m_engine->setAccessibleName(tr("Load engine"));
    m_engine->setToolTip(
        tr("CanaryDesk's own engine, or k6 on this machine (CANARYDESK_K6 or k6 on PATH), followed live "
           "and packaged the same way"));
    bar->addWidget(m_engine);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_stateLabel = new QLabel(tr("● IDLE"), bar);
    m_stateLabel->setAccessibleName(tr("Run state"));
    m_stateLabel->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_stateLabel);
}

void MainWindow::createPanels()
{
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 4, 6, 4);
    centralLayout->setSpacing(4);

    // The verdict across the top once a run has ended: one line (the verdict and what failed, in short), the
    // diagnosis and next steps under "Details", and what to do with the package.
    m_banner = new QWidget(central);
    m_banner->setObjectName(QStringLiteral("VerdictBanner"));
    m_banner->setAutoFillBackground(true);
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->setSpacing(2);
    auto *bannerRow = new QHBoxLayout;
    m_bannerText = new ElidedLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("VerdictLine"));
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_bannerText->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_bannerText->setFont(big);
    m_bannerDetailsButton = new QToolButton(m_banner);
    m_bannerDetailsButton->setObjectName(QStringLiteral("VerdictDetailsButton"));
    m_bannerDetailsButton->setText(tr("Details"));
    m_bannerDetailsButton->setCheckable(true);
    m_bannerDetailsButton->setToolTip(tr("The diagnosis, the next steps and where the evidence is"));
    auto *exportButton = new QToolButton(m_banner);
    exportButton->setObjectName(QStringLiteral("BannerExport"));
    exportButton->setPopupMode(QToolButton::MenuButtonPopup);
    exportButton->setDefaultAction(action(QStringLiteral("export")));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(action(QStringLiteral("export")));
    exportMenu->addAction(action(QStringLiteral("exportZip")));
    exportButton->setMenu(exportMenu);
    auto *viewButton = new QPushButton(tr("View as stakeholder"), m_banner);
    connect(viewButton, &QPushButton::clicked, this, [this] { openPackage(m_packageDir); });
    auto *more = new QToolButton(m_banner);
    more->setObjectName(QStringLiteral("BannerMore"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(more);
    moreMenu->addAction(tr("Open folder"), this,
                        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_packageDir)); });
    moreMenu->addAction(tr("Copy path"), this, [this] {
        QGuiApplication::clipboard()->setText(m_packageDir);
        statusBar()->showMessage(tr("Copied %1").arg(m_packageDir), 5000);
    });
    moreMenu->addAction(tr("Post checkpoint to Slack…"), this, [this] { postCheckpointToSlack(); });
    more->setMenu(moreMenu);
    bannerRow->addWidget(m_bannerText, 1);
    bannerRow->addWidget(m_bannerDetailsButton);
    bannerRow->addWidget(exportButton);
    bannerRow->addWidget(viewButton);
    bannerRow->addWidget(more);
    m_bannerActions = {exportButton, viewButton, more};
    bannerLayout->addLayout(bannerRow);
    m_bannerDetails = new QLabel(m_banner);
    m_bannerDetails->setObjectName(QStringLiteral("VerdictDetails"));
    m_bannerDetails->setWordWrap(true);
    m_bannerDetails->setTextFormat(Qt::PlainText);
    m_bannerDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerDetails->setAccessibleName(tr("Verdict details"));
    m_bannerDetailsArea = new QScrollArea(m_banner);
    m_bannerDetailsArea->setWidget(m_bannerDetails);
    m_bannerDetailsArea->setWidgetResizable(true);
    m_bannerDetailsArea->setFrameShape(QFrame::NoFrame);
    m_bannerDetailsArea->setFixedHeight(60); // fitted to the diagnosis (fitBannerDetails)
    m_bannerDetailsArea->hide();
    bannerLayout->addWidget(m_bannerDetailsArea);
    connect(m_bannerDetailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_bannerDetailsArea->setVisible(on);
        fitBannerDetails();
        QSettings().setValue(QStringLiteral("window/verdictDetails"), on);
    });
    m_banner->hide();
    centralLayout->addWidget(m_banner);

    // The scenario in one line; its full summary and gate open on demand (View → Scenario Details, Ctrl+1).
    auto *scenarioRow = new QHBoxLayout;
    m_scenarioLine = new ElidedLabel(central);
    m_scenarioLine->setObjectName(QStringLiteral("ScenarioLine"));
    m_scenarioLine->setFullText(tr("No scenario — open one (Ctrl+O) to see what the canary will do."));
    auto *detailsButton = new QToolButton(central);
    detailsButton->setObjectName(QStringLiteral("ScenarioDetailsButton"));
    detailsButton->setDefaultAction(action(QStringLiteral("scenario")));
    detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    scenarioRow->addWidget(m_scenarioLine, 1);
    scenarioRow->addWidget(detailsButton);
    centralLayout->addLayout(scenarioRow);
    m_scenarioPanel = new PanelFrame(tr("Scenario and gate"),
                                     tr("Open a scenario (Ctrl+O) to see what the canary will do."), central);
    m_summary = new ScenarioSummaryWidget(m_scenarioPanel);
    m_summary->hide();
    m_scenarioArea = new QScrollArea(central);
    m_scenarioArea->setObjectName(QStringLiteral("ScenarioDetails"));
    m_scenarioArea->setWidget(m_scenarioPanel);
    m_scenarioArea->setWidgetResizable(true);
    m_scenarioArea->setFrameShape(QFrame::NoFrame);
    m_scenarioArea->setMaximumHeight(200); // it scrolls; the charts keep their room (resizeEvent)
    m_scenarioArea->setVisible(action(QStringLiteral("scenario"))->isChecked());
    centralLayout->addWidget(m_scenarioArea);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("MainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_dashboard = new DashboardView(m_splitter);

    // The monitors beside the charts, in a splitter of their own: health on top (one line and a strip), the
    // log lines taking the height, the timeline under them.
    m_monitorSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_monitorSplitter->setObjectName(QStringLiteral("MonitorSplitter"));
    m_monitorSplitter->setChildrenCollapsible(false);
    m_healthPanel = new PanelFrame(tr("Health"), tr("The service's health endpoint is polled here during a run."),
                                   m_monitorSplitter);
    m_health = new HealthView(m_healthPanel);
    m_health->hide();
    m_logPanel = new PanelFrame(tr("Application logs"),
                                tr("Matching log lines (ERROR, WARN, delivery_failure) stream here during a run."),
                                m_monitorSplitter);
    m_logs = new LogView(m_logPanel);
    m_logs->hide();
    m_timelinePanel =
        new PanelFrame(tr("Timeline"), tr("Token fetches, health changes, guard rails and the verdict appear here."),
                       m_monitorSplitter);
    m_timeline = new TimelineView(m_timelinePanel);
    m_timeline->hide();
    m_monitorSplitter->addWidget(m_healthPanel);
    m_monitorSplitter->addWidget(m_logPanel);
    m_monitorSplitter->addWidget(m_timelinePanel);
    m_monitorSplitter->setStretchFactor(0, 0);
    m_monitorSplitter->setStretchFactor(1, 3);
    m_monitorSplitter->setStretchFactor(2, 1);
    m_splitter->addWidget(m_dashboard);
    m_splitter->addWidget(m_monitorSplitter);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    m_monitorSplitter->setVisible(action(QStringLiteral("monitors"))->isChecked());
    centralLayout->addWidget(m_splitter, 1);
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
    if (m_summary->isHidden()) {
        m_scenarioPanel->setContent(m_summary);
        m_summary->show();
    }
    m_summary->setScenario(scenario);
    setWindowTitle(QStringLiteral("CanaryDesk — %1").arg(scenario.headline()));
    m_dashboard->reset(scenario);
    if (scenario.monitors.health)
        m_healthPanel->setEmptyText(tr("%1 is polled every %2 during a run.")
                                        .arg(scenario.resolveUrl(scenario.monitors.health->url).toString(),
                                             duration::format(scenario.monitors.health->intervalMs)));
    m_targetLabel->setFullText(tr("target %1").arg(scenario.target.requestUrl().toString()));
    m_scenarioLine->setFullText(tr("%1 · %2 %3 · %4 requests")
                                    .arg(scenario.headline(), scenario.target.method,
                                         scenario.target.requestUrl().toString(QUrl::RemoveUserInfo),
                                         QLocale().toString(static_cast<qulonglong>(std::llround(
                                             scenario.load.peakRatePerSecond() *
                                             static_cast<double>(scenario.load.totalDurationMs()) / 1000.0)))));
    action(QStringLiteral("save"))->setEnabled(true);
    setState(tr("● READY"));
    updateActions();
}

void MainWindow::clearPreviousRun()
{
    m_packageDir.clear();
    m_banner->hide();
    m_bannerText->setFullText(QString());
    m_bannerDetails->clear();
    m_timeline->clear();
    m_health->reset(QString());
    m_logs->reset(QString());
    for (PanelFrame *panel : {m_timelinePanel, m_healthPanel, m_logPanel})
        panel->showEmpty();
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

void MainWindow::setState(const QString &text, const QString &colour)
{
    m_stateLabel->setText(text);
    m_stateLabel->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color:%1;font-weight:bold").arg(colour));
}

QString MainWindow::stateText() const
{
    return m_stateLabel->text();
}

QString MainWindow::verdictText() const
{
    const QString line = m_bannerText->fullText();
    if (line.isEmpty())
        return QString();
    return m_bannerDetails->text().isEmpty() ? line : line + QLatin1Char('\n') + m_bannerDetails->text();
}

void MainWindow::setVerdictDetailsShown(bool shown)
{
    m_bannerDetailsButton->setChecked(shown && !m_bannerDetails->text().isEmpty());
}

bool MainWindow::active() const
{
    return (m_run && (m_run->phase() == RunSession::Phase::Preparing || m_run->phase() == RunSession::Phase::Running ||
                      m_run->phase() == RunSession::Phase::Finishing));
}

void MainWindow::setEngine(const QString &engine)
{
    m_engine->setCurrentIndex(std::max(0, m_engine->findData(engine)));
}

void MainWindow::updateActions()
{
    const bool active = this->active();
    const bool running = m_run && m_run->phase() == RunSession::Phase::Running;
    if (m_engine)
        m_engine->setEnabled(!active);
    action(QStringLiteral("start"))->setEnabled(m_scenario.has_value() && !active);
    action(QStringLiteral("stop"))->setEnabled(running || (m_run && m_run->phase() == RunSession::Phase::Preparing));
    action(QStringLiteral("abort"))->setEnabled(running);
    action(QStringLiteral("export"))->setEnabled(!m_packageDir.isEmpty() && !m_exportWatcher.isRunning());
    action(QStringLiteral("exportZip"))->setEnabled(!m_packageDir.isEmpty() && !m_exportWatcher.isRunning());
    action(QStringLiteral("open"))->setEnabled(!active);
}

void MainWindow::showBanner(const QString &line, const QString &details, const QString &colour)
{
    m_bannerText->setFullText(line);
    m_bannerDetails->setText(details);
    m_bannerDetailsButton->setVisible(!details.isEmpty());
    m_bannerDetailsButton->setChecked(!details.isEmpty() &&
                                      QSettings().value(QStringLiteral("window/verdictDetails"), false).toBool());
    m_bannerDetailsArea->setVisible(m_bannerDetailsButton->isChecked());
    fitBannerDetails();
    for (QWidget *w : std::as_const(m_bannerActions))
        w->setVisible(!m_packageDir.isEmpty()); // nothing to export or view when the run did not start
    m_banner->setStyleSheet(QStringLiteral("#VerdictBanner{background:%1;border-radius:6px}"
                                           "#VerdictLine,#VerdictDetails{color:white}"
                                           "#VerdictBanner QScrollArea,#VerdictBanner QScrollArea>QWidget>QWidget"
                                           "{background:transparent}")
                                .arg(colour));
    m_banner->show();
}

void MainWindow::startRun(bool confirm)
{
    if (!m_scenario || active())
        return;
    const Scenario &s = *m_scenario;
    if (confirm) {
        QUrl target = s.target.requestUrl();
        target.setUserInfo(QString());
        const double total = s.load.peakRatePerSecond() * static_cast<double>(s.load.totalDurationMs()) / 1000.0;
        QMessageBox box(QMessageBox::Question, tr("Start the canary?"), tr("This sends real traffic to the target."),
                        QMessageBox::Cancel, this);
        box.setInformativeText(tr("%1 %2\n%3 /s for %4 — about %5 requests\nGate: %6")
                                   .arg(s.target.method, target.toString())
                                   .arg(QLocale().toString(s.load.peakRatePerSecond(), 'g', 6))
                                   .arg(duration::format(s.load.totalDurationMs()))
                                   .arg(QLocale().toString(static_cast<qulonglong>(total)))
                                   .arg(s.gate.resolve().title));
        QStringList details;
        if (s.monitors.logs && !s.monitors.logs->commands.isEmpty())
            details << tr("These commands will run on this machine to read the application's logs:\n%1")
                           .arg(s.monitors.logs->commands.join(QLatin1Char('\n')));
        if (!s.target.environment.isEmpty())
            details << tr("The request body reads these environment variables of this machine: %1")
                           .arg(s.target.environment.join(QStringLiteral(", ")));
        if (s.target.insecure)
            details << tr("TLS certificate verification is OFF for the target (target.insecure).");
        if (!details.isEmpty())
            box.setDetailedText(details.join(QStringLiteral("\n\n")));
        QPushButton *go = box.addButton(tr("Start"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != go)
            return;
    }
    RunSetup setup;
    setup.scenario = s;
    setup.workers = std::clamp(QThread::idealThreadCount(), 1, 2);
    const QDateTime stamp = QDateTime::currentDateTimeUtc();
    const QString folder = QFileInfo(s.expandEvidence(s.evidence.folder, stamp)).fileName();
    setup.outDir =
        claimRunFolder(QStringLiteral("%1_%2").arg(folder, stamp.toString(QStringLiteral("yyyyMMdd_HHmmss"))));
    setup.allowLogCommands = true; // shown in the confirmation (or started without asking, by choice)
    if (m_setupHook)
        m_setupHook(setup);
    if (!m_renderer)
        m_renderer = std::make_unique<QtReportRenderer>();
    clearPreviousRun();
    m_dashboard->reset(s);
    m_timelinePanel->setContent(m_timeline);
    m_timeline->show();
    if (s.monitors.health) {
        m_health->reset(s.resolveUrl(s.monitors.health->url).toString());
        m_healthPanel->setContent(m_health);
        m_health->show();
    }
    if (s.monitors.logs && (!s.monitors.logs->files.isEmpty() || !s.monitors.logs->commands.isEmpty())) {
        m_logs->reset(tr("/%1/ in %2")
                          .arg(s.monitors.logs->filter,
                               (s.monitors.logs->files + s.monitors.logs->commands).join(QStringLiteral(", "))));
        m_logPanel->setContent(m_logs);
        m_logs->show();
    }

    if (m_engine->currentData().toString() == QLatin1String("k6"))
        setup.load = RunSetup::Load::K6;
    m_run = std::make_unique<RunSession>(setup, m_renderer.get(), store());
    RunSession *run = m_run.get();
    connect(run, &RunSession::progress, this, [this](const QString &step) { statusBar()->showMessage(step, 10000); });
    connect(run, &RunSession::output, this,
            [this](const QString &line) { statusBar()->showMessage(QStringLiteral("k6: ") + line, 5000); });
    connect(run, &RunSession::warning, this, [this](const QString &message) {
        m_timeline->add(QDateTime::currentDateTimeUtc(), tr("warning"), message);
        statusBar()->showMessage(message, 15000);
    });
    connect(run, &RunSession::failed, this, &MainWindow::onRunFailed);
    connect(run, &RunSession::started, this, [this, run] {
        statusBar()->clearMessage();
        if (run->setup().load != RunSetup::Load::Engine)
            m_timeline->add(QDateTime::currentDateTimeUtc(), tr("k6 started"), run->startedWith());
        action(QStringLiteral("scenario"))->setChecked(false); // the live view needs the room
        setState(tr("● RUNNING"), QStringLiteral("#1565c0"));
        updateActions();
    });
    connect(run, &RunSession::snapshot, this, [this](const Snapshot &snap) {
        m_dashboard->addSnapshot(snap);
        setState(tr("● RUNNING %1").arg(duration::clock(snap.elapsedMs)), QStringLiteral("#1565c0"));
    });
    connect(run, &RunSession::timelineEvent, m_timeline, &TimelineView::add);
    connect(run, &RunSession::healthSampled, m_health, &HealthView::addSample);
    connect(run, &RunSession::logMatched, m_logs, &LogView::addLine);
    connect(run, &RunSession::finished, this, &MainWindow::onRunFinished);
    setState(tr("● STARTING"), QStringLiteral("#1565c0"));
    run->start();
    updateActions();
}

void MainWindow::stopRun()
{
    if (m_run && active()) {
        m_run->stop(tr("stopped by the operator"));
        setState(tr("● STOPPING"), QStringLiteral("#9a6700"));
    }
}

void MainWindow::abortRun()
{
    if (m_run && active()) {
        m_run->abort(tr("aborted by the operator"));
        setState(tr("● ABORTING"), QStringLiteral("#cf222e"));
    }
}

void MainWindow::onRunFailed(const QString &message)
{
    setState(tr("● NOT STARTED"), QStringLiteral("#cf222e"));
    showBanner(tr("The run did not start: %1").arg(message), message, QStringLiteral("#6e7781"));
    m_timeline->add(QDateTime::currentDateTimeUtc(), tr("not started"), message);
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
    showBanner(tr("k6 finished: %1 %2").arg(K6Source::exitMeaning(end.k6ExitCode), end.cloudUrl), QString(),
               QStringLiteral("#6e7781"));
    updateActions();
    Q_EMIT runFinished(false);
}

void MainWindow::importK6Results(const QString &file, bool interactive)
{
    const QString out = claimRunFolder(
        QStringLiteral("import_%1").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd_HHmmss"))));
    statusBar()->showMessage(tr("Importing %1 …").arg(file));
    action(QStringLiteral("import"))->setEnabled(false);
    QPointer<MainWindow> self(this);
    auto fail = [self, interactive, out](const QString &message) {
        QDir().rmdir(out); // the folder claimed for it, if nothing was written
        if (!self)
            return;
        self->action(QStringLiteral("import"))->setEnabled(true);
        self->m_lastError = message;
        self->statusBar()->clearMessage();
        if (interactive)
            QMessageBox::warning(self, tr("Import failed"), message);
        Q_EMIT self->importFailed(message);
    };
    if (!m_renderer)
        m_renderer = std::make_unique<QtReportRenderer>();
    EvidencePipeline::start(
        this,
        [request = ImportRequest{{file}, out, QStringLiteral("gate1"), {}}] {
            return RunExporter::prepareImport(request);
        },
        EvidenceOptions{m_renderer.get(), nullptr, store(), {}, {}},
        [self, file, fail](Result<PackageOutcome> outcome) {
            if (!outcome.ok()) {
                fail(outcome.error().message);
                return;
            }
            self->action(QStringLiteral("import"))->setEnabled(true);
            self->statusBar()->showMessage(tr("Imported %1 into %2").arg(file, outcome.value().dir), 15000);
            Q_EMIT self->imported(self->openPackage(outcome.value().dir));
        });
}

void MainWindow::showOutcome(const PackageOutcome &o)
{
    m_packageDir = o.dir;
    m_dashboard->showFinished(&o.verdict);
    const bool whole = o.problems.isEmpty() && !o.manifest.isEmpty();
    statusBar()->showMessage(whole ? tr("Evidence written to %1").arg(o.dir)
                                   : tr("Evidence incomplete in %1: not signed").arg(o.dir),
                             15000);
    const bool stopped = !o.record.stopReason.isEmpty();
    const QString word = o.verdict.word();
    const QString colour = verdictColour(o.verdict.outcome);
    // One line: the verdict and, in short, what failed (or why it stopped); the rest under "Details".
    QString line = QStringLiteral("%1 — %2").arg(o.verdict.gateTitle, word);
    if (!o.verdict.details().isEmpty())
        line += QStringLiteral(" · ") + o.verdict.details();
    else if (stopped)
        line += QStringLiteral(" · ") + o.record.stopReason;
    QStringList lines;
    if (stopped)
        lines << tr("Stopped: %1").arg(o.record.stopReason);
    if (!o.verdict.details().isEmpty())
        lines << o.verdict.details();
    for (const Finding &f : o.findings)
        lines << QStringLiteral("→ %1: %2").arg(f.title, f.nextSteps);
    if (whole) {
        lines << tr("Evidence: %1 (signed %2)")
                     .arg(o.dir, o.manifest.value(QStringLiteral("key_fingerprint")).toString());
    } else {
        lines << tr("Evidence INCOMPLETE in %1 — not signed; the raw results are kept. Free the space or fix the "
                    "folder, then export the run again from History.")
                     .arg(o.dir);
        for (const QString &p : o.problems)
            lines << QStringLiteral("✗ %1").arg(p);
    }
    showBanner(line, lines.join(QLatin1Char('\n')), colour);
    setState(tr("● %1").arg(word), colour);
    m_timeline->add(o.record.finishedUtc(), tr("verdict"), o.verdict.summary);
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

void MainWindow::exportEvidence(const QString &destination)
{
    if (m_packageDir.isEmpty() || m_exportWatcher.isRunning())
        return;
    QString dest = destination;
    if (dest.isEmpty()) {
        dest = QFileDialog::getExistingDirectory(this, tr("Export the evidence package to"),
                                                 QSettings().value(QStringLiteral("export/last")).toString());
        if (dest.isEmpty())
            return;
        QSettings().setValue(QStringLiteral("export/last"), dest);
    }
    m_lastExport = QDir(dest).filePath(QFileInfo(m_packageDir).fileName());
    statusBar()->showMessage(tr("Exporting to %1…").arg(m_lastExport));
    m_exportWatcher.setFuture(QtConcurrent::run(copyPackage, m_packageDir, m_lastExport));
    updateActions();
}

void MainWindow::exportEvidenceZip(const QString &zipPath)
{
    if (m_packageDir.isEmpty() || m_exportWatcher.isRunning())
        return;
    QString dest = zipPath;
    if (dest.isEmpty()) {
        const QString folder = QSettings().value(QStringLiteral("export/last")).toString();
        dest = QFileDialog::getSaveFileName(
            this, tr("Export the evidence package as a zip file"),
            QDir(folder).filePath(QFileInfo(m_packageDir).fileName() + QStringLiteral(".zip")),
            tr("Zip archives (*.zip)"));
        if (dest.isEmpty())
            return;
        if (!dest.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            dest += QStringLiteral(".zip");
        QSettings().setValue(QStringLiteral("export/last"), QFileInfo(dest).absolutePath());
    }
    m_lastExport = dest;
    statusBar()->showMessage(tr("Exporting to %1…").arg(m_lastExport));
    m_exportWatcher.setFuture(QtConcurrent::run(zipPackage, m_packageDir, m_lastExport));
    updateActions();
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
    rememberScenario(path);
    return true;
}

namespace {
const QString kRecentKey = QStringLiteral("scenario/recent");
const QString kLastKey = QStringLiteral("scenario/last");
constexpr int kMaxRecent = 8;
} // namespace

QStringList MainWindow::recentScenarios() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberScenario(const QString &path)
{
    if (path.startsWith(QLatin1Char(':')))
        return; // built into the program: nothing to reopen
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentScenarios();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings settings;
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    settings.setValue(kLastKey, absolute);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    int n = 0;
    for (const QString &path : recentScenarios()) {
        if (!QFileInfo::exists(path))
            continue; // moved or deleted since: not offered, kept in case it comes back
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(path);
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] { openScenarioFile(path); });
    }
    if (n == 0)
        m_recentMenu->addAction(tr("No recent scenarios"))->setEnabled(false);
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        QSettings().remove(kRecentKey);
        rebuildRecentMenu();
    });
}

bool MainWindow::openLastScenario()
{
    const QString last = QSettings().value(kLastKey).toString();
    return !last.isEmpty() && QFileInfo::exists(last) && openScenarioFile(last, false);
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
    RunSetup probe; // the demo's secret, when the demo is running
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

void MainWindow::showCredentials()
{
    QSettings settings;
    CredentialsDialog dialog(settings, systemSecretStore(), this);
    if (m_scenario && m_scenario->auth.type == AuthSpec::Type::OAuth2ClientCredentials)
        dialog.selectProfile(m_scenario->auth.effectiveSecretKey());
    dialog.exec();
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
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: 1280 × 800 where there is room, else the screen's free area (a 1366 × 768 laptop).
        resizeToFit(this, QSize(1280, 800));
    }
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({width() * 7 / 10, width() * 3 / 10}); // the charts lead; the monitors beside them
    m_monitorSplitter->restoreState(settings.value(QStringLiteral("window/monitorSplitter")).toByteArray());
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

void MainWindow::postCheckpointToSlack(const QByteArray &webhookForTests)
{
    if (m_packageDir.isEmpty())
        return;
    QFile file(QDir(m_packageDir).filePath(QStringLiteral("slack_message.json")));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject message = QJsonDocument::fromJson(file.readAll()).object();
    if (webhookForTests.isEmpty()) {
        // The preview: exactly the text Slack will show, before anything is sent.
        QMessageBox preview(QMessageBox::Question, tr("Post the checkpoint update to Slack?"),
                            message.value(QStringLiteral("text")).toString(), QMessageBox::Cancel, this);
        preview.setDetailedText(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Indented)));
        QPushButton *post = preview.addButton(tr("Post"), QMessageBox::AcceptRole);
        preview.exec();
        if (preview.clickedButton() != post)
            return;
    }
    QPointer<MainWindow> self(this);
    auto send = [self, message](Result<Secret> read) {
        if (!self)
            return;
        if (!read.ok()) {
            self->statusBar()->showMessage(
                tr("Not posted: %1 (store the Slack incoming-webhook URL under the keychain entry slack-webhook, "
                   "or set CANARYDESK_SLACK_WEBHOOK)")
                    .arg(read.error().message),
                15000);
            Q_EMIT self->slackPosted(false, QStringLiteral("no webhook"));
            return;
        }
        const QByteArray webhook = read.value().reveal();
        if (!self->m_slackNam)
            self->m_slackNam = std::make_unique<QNetworkAccessManager>();
        SlackMessage::post(*self->m_slackNam, QUrl(QString::fromUtf8(webhook)), message, [self](Status posted) {
            if (!self)
                return;
            const QString text = posted.ok() ? tr("Checkpoint update posted to Slack")
                                             : tr("Slack did not take it: %1").arg(posted.error().message);
            self->statusBar()->showMessage(text, 15000);
            self->m_timeline->add(QDateTime::currentDateTimeUtc(), QStringLiteral("slack"), text);
            Q_EMIT self->slackPosted(posted.ok(), text);
        });
    };
    if (!webhookForTests.isEmpty()) {
        send(Secret(webhookForTests));
        return;
    }
    lookupSecret(systemSecretStore(), kSlackWebhookEnv, QLatin1String(kSlackWebhookEntry), send);
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
    m_scenarioArea->setMaximumHeight(std::max(100, height() / 4));
    fitBannerDetails();
}

void MainWindow::fitBannerDetails()
{
    // As tall as the diagnosis, up to a seventh of the window; more findings scroll.
    const int text = m_bannerDetails->heightForWidth(std::max(200, m_banner->width() - 40)) + 4;
    m_bannerDetailsArea->setFixedHeight(std::min(text, std::max(60, height() / 7)));
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
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/monitorSplitter"), m_monitorSplitter->saveState());
    event->accept();
}

} // namespace canary::ui
