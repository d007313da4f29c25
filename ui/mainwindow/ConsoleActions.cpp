#include "ui/mainwindow/ConsoleActions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QToolBar>

namespace canary::ui {

ConsoleActions::ConsoleActions(QMainWindow *window) : QObject(window)
{
    auto add = [this, window](const char *name, const QString &text, const QKeySequence &shortcut, const QString &tip) {
        auto *a = new QAction(text, window);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(shortcut);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        m_actions.insert(QLatin1String(name), a);
        m_order << a;
        return a;
    };
    add("open", tr("&Open Scenario…"), QKeySequence::Open, tr("Load a canary scenario (JSON)"));
    add("openPackage", tr("Open Evidence &Package…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
        tr("View an evidence package read-only (its manifest.json, or a .zip); a folder can also be dropped here"));
    add("import", tr("&Import k6 Results…"), QKeySequence(Qt::CTRL | Qt::Key_I),
        tr("Turn k6 output made elsewhere (--out json, handleSummary, --summary-export) into an evidence package"));
    add("history", tr("&History…"), QKeySequence(Qt::CTRL | Qt::Key_H),
        tr("Past runs: open, compare two, export again"));
    add("edit", tr("&Edit Scenario…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        tr("Change the scenario in a form (checked as you type) or as JSON, and send one test request"));
    add("save", tr("Save Scenario &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        tr("Save the scenario to a file"))
        ->setEnabled(false);
    add("start", tr("▶ &Start"), QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Start the canary against the scenario's target (asks first: this is real traffic)"));
    add("stop", tr("■ S&top"), QKeySequence(Qt::CTRL | Qt::Key_Period),
        tr("Stop gracefully: no new requests, in-flight ones finish, evidence is written"));
    add("abort", tr("✖ &Abort"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period),
        tr("Stop at once: in-flight requests are cut off; evidence is still written"));
    add("export", tr("&Export Evidence…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Copy the signed evidence package of the last run to a folder of your choice"));
    add("exportZip", tr("Export Evidence as &Zip…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E),
        tr("Write the signed evidence package of the last run as one .zip file, to mail or attach"));
    add("viewPackage", tr("&View as Stakeholder"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
        tr("Open the last run's package in the read-only viewer, as the people you send it to will see it"))
        ->setEnabled(false);
    add("openFolder", tr("Open Evidence &Folder"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
        tr("Show the last run's package folder in the file manager"))
        ->setEnabled(false);
    add("slack", tr("Post Checkpoint to &Slack…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        tr("Preview the checkpoint update as Slack will show it, then post it to the channel's incoming webhook"))
        ->setEnabled(false);
    add("credentials", tr("&Credentials…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        tr("OAuth2 client profiles; secrets stay in the OS keychain"));
    add("quit", tr("&Quit"), QKeySequence::Quit, tr("Quit CanaryDesk"));
    add("shortcuts", tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash),
        tr("Every command that has a shortcut, and its keys"));
    add("about", tr("&About CanaryDesk"), QKeySequence(), QString());
    // What the console shows is remembered: the scenario's details folded or open, the monitors shown or not.
    auto toggle = [&](const char *name, const QString &text, const QKeySequence &shortcut, const QString &tip,
                      const QString &key, bool byDefault) {
        QAction *a = add(name, text, shortcut, tip);
        a->setCheckable(true);
        a->setChecked(QSettings().value(key, byDefault).toBool());
        connect(a, &QAction::toggled, this, [key](bool on) { QSettings().setValue(key, on); });
    };
    toggle("stopWhenDecided", tr("Stop When &Decided"), QKeySequence(Qt::CTRL | Qt::Key_D),
           tr("End the canary the moment the gate is lost beyond recovery (a FAIL decided early, the package "
              "complete); a run that could still pass is never stopped"),
           QStringLiteral("run/stopWhenDecided"), false);
    toggle("scenario", tr("Scenario &Details"), QKeySequence(Qt::CTRL | Qt::Key_1),
           tr("Show or hide the scenario summary and gate"), QStringLiteral("window/scenarioDetails"), false);
    toggle("monitors", tr("&Monitors"), QKeySequence(Qt::CTRL | Qt::Key_2),
           tr("Show or hide health, application logs and the timeline beside the charts"),
           QStringLiteral("window/monitors"), true);
    createMenus(window);
}

QList<QAction *> ConsoleActions::withShortcuts() const
{
    QList<QAction *> out;
    for (QAction *a : m_order)
        if (!a->shortcut().isEmpty())
            out << a;
    return out;
}

void ConsoleActions::createMenus(QMainWindow *window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("open")));
    file->addAction(action(QStringLiteral("edit")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("openPackage")));
    file->addAction(action(QStringLiteral("history")));
    file->addAction(action(QStringLiteral("import")));
    file->addAction(action(QStringLiteral("credentials")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("scenario")));
    view->addAction(action(QStringLiteral("monitors")));
    QMenu *run = window->menuBar()->addMenu(tr("&Run"));
    run->addAction(action(QStringLiteral("start")));
    run->addAction(action(QStringLiteral("stop")));
    run->addAction(action(QStringLiteral("abort")));
    run->addSeparator();
    run->addAction(action(QStringLiteral("stopWhenDecided")));
    QMenu *evidence = window->menuBar()->addMenu(tr("&Evidence"));
    evidence->addAction(action(QStringLiteral("export")));
    evidence->addAction(action(QStringLiteral("exportZip")));
    evidence->addSeparator();
    evidence->addAction(action(QStringLiteral("viewPackage")));
    evidence->addAction(action(QStringLiteral("openFolder")));
    evidence->addAction(action(QStringLiteral("slack")));
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("shortcuts")));
    help->addSeparator();
    help->addAction(action(QStringLiteral("about")));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = window->addToolBar(tr("Run"));
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

} // namespace canary::ui
