#include "ui/mainwindow/MainWindow.h"

#include "core/common/Duration.h"
#include "core/scenario/ScenarioLoader.h"
#include "core/auth/KeychainSecretStore.h"
#include "ui/charts/GateChart.h"
#include "ui/credentials/CredentialsDialog.h"
#include "ui/mainwindow/PanelFrame.h"
#include "ui/scenario/ScenarioSummaryWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace canary::ui {

namespace {
const QString kEngineMissing = QT_TRANSLATE_NOOP(
    "canary::ui::MainWindow", "Runs start from the command line for now: canarydesk run (see the README).");
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(QStringLiteral("CanaryDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/canarydesk.svg")));
    createActions();
    createMenus();
    createPanels();
    restoreState();
}

MainWindow::~MainWindow() = default;

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
    connect(add(QStringLiteral("save"), tr("Save Scenario &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                tr("Save the scenario to a file")),
            &QAction::triggered, this, &MainWindow::saveScenarioDialog);
    add(QStringLiteral("start"), tr("▶ &Start"), QKeySequence(Qt::CTRL | Qt::Key_R),
        tr(kEngineMissing.toUtf8().constData()));
    add(QStringLiteral("stop"), tr("■ S&top"), QKeySequence(Qt::CTRL | Qt::Key_Period),
        tr("Stop gracefully: in-flight requests finish, evidence is written"));
    add(QStringLiteral("abort"), tr("✖ &Abort"), QKeySequence(), tr("Stop at once"));
    add(QStringLiteral("export"), tr("&Export Evidence…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Write the signed evidence package of the last run"));
    connect(add(QStringLiteral("credentials"), tr("&Credentials…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                tr("OAuth2 client profiles; secrets stay in the OS keychain")),
            &QAction::triggered, this, &MainWindow::showCredentials);
    connect(add(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, tr("Quit CanaryDesk")), &QAction::triggered,
            this, &QWidget::close);
    connect(add(QStringLiteral("about"), tr("&About CanaryDesk"), QKeySequence(), QString()), &QAction::triggered, this,
            &MainWindow::showAbout);
    // Until the console drives the engine these cannot do anything honest, so they say so instead of pretending.
    for (const char *name : {"start", "stop", "abort", "export"})
        m_actions.value(QString::fromLatin1(name))->setEnabled(false);
    m_actions.value(QStringLiteral("save"))->setEnabled(false);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("open")));
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("credentials")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(action(QStringLiteral("start")));
    run->addAction(action(QStringLiteral("stop")));
    run->addAction(action(QStringLiteral("abort")));
    QMenu *evidence = menuBar()->addMenu(tr("&Evidence"));
    evidence->addAction(action(QStringLiteral("export")));
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
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("MainSplitter"));

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    m_scenarioPanel =
        new PanelFrame(tr("Scenario and gate"), tr("Open a scenario (Ctrl+O) to see what the canary will do."), left);
    m_summary = new ScenarioSummaryWidget(m_scenarioPanel);
    m_summary->hide();
    leftLayout->addWidget(m_scenarioPanel);
    m_latencyChart = new GateChart(tr("Latency p95 (ms)"), tr("ms"), left);
    m_errorChart = new GateChart(tr("Errors, HTTP failures (%)"), tr("%"), left);
    leftLayout->addWidget(m_latencyChart, 1);
    leftLayout->addWidget(m_errorChart, 1);

    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    m_healthPanel =
        new PanelFrame(tr("Health"), tr("The service's health endpoint is polled here during a run."), right);
    m_logPanel =
        new PanelFrame(tr("Application logs"),
                       tr("Matching log lines (ERROR, WARN, delivery_failure) stream here during a run."), right);
    m_timelinePanel = new PanelFrame(
        tr("Timeline"), tr("Token fetches, stage changes, threshold crossings and the verdict appear here."), right);
    rightLayout->addWidget(m_healthPanel);
    rightLayout->addWidget(m_logPanel, 1);
    rightLayout->addWidget(m_timelinePanel);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    m_targetLabel = new QLabel(tr("no scenario loaded"), this);
    statusBar()->addWidget(m_targetLabel, 1);
    statusBar()->addPermanentWidget(new QLabel(QStringLiteral("CanaryDesk " CANARYDESK_VERSION), this));
}

void MainWindow::setScenario(const Scenario &scenario, const QString &source)
{
    m_scenario = scenario;
    m_source = source;
    if (m_summary->isHidden()) {
        m_scenarioPanel->setContent(m_summary);
        m_summary->show();
    }
    m_summary->setScenario(scenario);
    setWindowTitle(QStringLiteral("CanaryDesk — %1").arg(scenario.headline()));
    const GateProfile gate = scenario.gate.resolve();
    const qint64 duration = scenario.load.totalDurationMs();
    m_latencyChart->setDuration(duration);
    m_errorChart->setDuration(duration);
    const auto p95 = gate.thresholdsFor(QStringLiteral("http_req_duration"));
    m_latencyChart->setLimit(p95.isEmpty() ? std::nullopt : std::optional<double>(p95.first().expression.limit()),
                             p95.isEmpty() ? QString() : tr("gate %1").arg(GateProfile::describe(p95.first()).target));
    const auto errors = gate.thresholdsFor(QStringLiteral("errors"));
    m_errorChart->setLimit(
        errors.isEmpty() ? std::nullopt : std::optional<double>(errors.first().expression.limit() * 100.0),
        errors.isEmpty() ? QString() : tr("gate %1").arg(GateProfile::describe(errors.first()).target));
    if (scenario.monitors.health)
        m_healthPanel->setEmptyText(tr("%1 is polled every %2 during a run.")
                                        .arg(scenario.resolveUrl(scenario.monitors.health->url).toString(),
                                             duration::format(scenario.monitors.health->intervalMs)));
    m_targetLabel->setText(tr("target %1").arg(scenario.target.requestUrl().toString()));
    action(QStringLiteral("save"))->setEnabled(true);
    m_stateLabel->setText(tr("● READY"));
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
    return true;
}

void MainWindow::setTargetNote(const QString &note)
{
    m_targetLabel->setText(m_targetLabel->text() + QStringLiteral(" · ") + note);
}

void MainWindow::openScenarioDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), QString(), tr("Scenarios (*.json)"));
    if (!path.isEmpty())
        openScenarioFile(path);
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
    KeychainSecretStore secrets;
    CredentialsDialog dialog(settings, secrets, this);
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
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}

} // namespace canary::ui
