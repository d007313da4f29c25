// The console on a 1366 × 768 laptop: in every state an operator meets (idle, running, PASS, FAIL with many
// findings and every panel open, German), and for every other window and dialog, the minimum size stays within
// the screen (less the title bar), and at that size the charts lead: the latency chart is whole, tall and
// inside the window, and so is the newest log line. Real runs against the in-process sandbox.
#include "ui/mainwindow/MainWindow.h"

#include "core/auth/Secrets.h"
#include "core/run/RunStore.h"
#include "core/sandbox/SandboxTarget.h"
#include "core/scenario/ScenarioLoader.h"
#include "ui/charts/GateChart.h"
#include "ui/credentials/CredentialsDialog.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/history/HistoryWindow.h"
#include "ui/monitors/MonitorViews.h"
#include "ui/scenario/ScenarioEditor.h"
#include "ui/viewer/PackageViewer.h"
#include "ui/widgets/WindowFit.h"

#include "tests/support/TestUtil.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::ui;

namespace {

const QSize kLaptop(1366, 768 - kWindowFrameAllowance);

// The smallest size the window can be given: what its layout needs, or more if it asks for more.
QSize minimumOf(QWidget &w)
{
    QCoreApplication::processEvents();
    return w.minimumSizeHint().expandedTo(w.minimumSize());
}

void expectFits(QWidget &w, const char *state)
{
    const QSize min = minimumOf(w);
    EXPECT_LE(min.width(), kLaptop.width()) << state << ": minimum width " << min.width();
    EXPECT_LE(min.height(), kLaptop.height()) << state << ": minimum height " << min.height();
    w.resize(kLaptop);
    QCoreApplication::processEvents();
    EXPECT_EQ(w.size(), kLaptop) << state << ": the window would not shrink to the laptop's screen";
}

// A widget is wholly inside the window and at least this tall.
void expectShown(QWidget &window, QWidget *widget, int minHeight, const char *what, const char *state)
{
    ASSERT_NE(widget, nullptr) << what;
    EXPECT_TRUE(widget->isVisible()) << state << ": " << what << " is hidden";
    const QRect r(widget->mapTo(&window, QPoint(0, 0)), widget->size());
    EXPECT_TRUE(window.rect().contains(r)) << state << ": " << what << " reaches outside the window: " << r.x() << ","
                                           << r.y() << " " << r.width() << "x" << r.height();
    EXPECT_GE(r.height(), minHeight) << state << ": " << what << " is squeezed to " << r.height() << " px";
}

struct Laptop
{
    QTemporaryDir logDir;
    QTemporaryDir dataDir;
    std::unique_ptr<SandboxTarget> sandbox;
    std::unique_ptr<MainWindow> window;

    explicit Laptop(SandboxConfig config = {}, qint64 durationMs = 3000)
    {
        qputenv("CANARYDESK_DATA_DIR", QFile::encodeName(dataDir.path()));
        QSettings().clear(); // no remembered layout (the test main gives every test process settings of its own)
        config.logPath = logDir.filePath(QStringLiteral("app.log"));
        sandbox = std::make_unique<SandboxTarget>(config);
        EXPECT_TRUE(sandbox->listen(0).ok());
        Scenario s =
            ScenarioLoader::loadFile(test::sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
        const QString base = sandbox->baseUrl().toString();
        s.target.baseUrl = base;
        if (s.monitors.provider)
            s.monitors.provider->baseUrl = base;
        s.monitors.logs = LogMonitorSpec{{config.logPath}, {}, LogMonitorSpec{}.filter};
        s.load.stages = {LoadStage{50, durationMs}};
        window = std::make_unique<MainWindow>();
        window->setConfirmClose(false);
        window->setScenario(s, QStringLiteral("test"));
        SandboxTarget *box = sandbox.get();
        window->setRunSetupHook([box](RunSetup &setup) {
            setup.clientSecret = givenCredential(box->config().clientSecret.toUtf8(), box->baseUrl());
            setup.providerKey = givenCredential(box->config().providerApiKey.toUtf8(), box->baseUrl());
            setup.workers = 1;
        });
        window->show();
    }

    bool runToEnd()
    {
        QSignalSpy done(window.get(), &MainWindow::runFinished);
        window->startRun(false);
        return test::waitUntil([&] { return done.count() > 0; }, 60000);
    }

    // With the details folded (as a run starts) the charts get the room; with every panel opened on demand they
    // still show whole and readable.
    void expectChartsLead(const char *state, bool allOpen = false)
    {
        MainWindow &w = *window;
        expectShown(w, w.dashboard()->latencyChart(), allOpen ? 150 : 220, "the latency chart", state);
        expectShown(w, w.dashboard()->rateChart(), allOpen ? 100 : 150, "the rate chart", state);
        expectShown(w, w.dashboard()->failureChart(), allOpen ? 100 : 150, "the failure chart", state);
        if (w.logView()->isVisible()) {
            expectShown(w, w.logView()->findChild<QPlainTextEdit *>(), 100, "the log lines", state);
        }
        // The latency chart is the largest thing on screen, not the gate table or the banner.
        const int chart = w.dashboard()->latencyChart()->height() * w.dashboard()->latencyChart()->width();
        auto *banner = w.findChild<QWidget *>(QStringLiteral("VerdictBanner"));
        if (banner && banner->isVisible() && !allOpen) {
            EXPECT_LT(banner->height() * banner->width(), chart) << state << ": the banner outweighs the chart";
        }
    }
};

} // namespace

TEST(ScreenFit, TheConsoleFitsALaptopIdleRunningAndPassed)
{
    Laptop l(SandboxConfig{}, 4000);
    MainWindow &w = *l.window;
    expectFits(w, "idle");
    l.expectChartsLead("idle");

    // The scenario's details on demand: the window still fits, the charts keep their room.
    w.action(QStringLiteral("scenario"))->setChecked(true);
    expectFits(w, "idle, scenario details open");
    l.expectChartsLead("idle, scenario details open", true);
    w.action(QStringLiteral("scenario"))->setChecked(false);

    QSignalSpy done(&w, &MainWindow::runFinished);
    w.startRun(false);
    ASSERT_TRUE(test::waitUntil([&] { return w.dashboard()->points() >= 2 && w.logView()->isVisible(); }, 30000));
    expectFits(w, "running");
    l.expectChartsLead("running");
    EXPECT_FALSE(w.action(QStringLiteral("scenario"))->isChecked()) << "a live run folds the scenario details";

    ASSERT_TRUE(test::waitUntil([&] { return done.count() > 0; }, 60000));
    ASSERT_TRUE(w.verdictText().startsWith(QStringLiteral("Gate 1 — PASS"))) << w.verdictText().toStdString();
    expectFits(w, "PASS");
    l.expectChartsLead("PASS");
}

TEST(ScreenFit, AFailWithManyFindingsAndEveryPanelOpenStillFits)
{
    SandboxConfig failing;
    failing.errorRatio = 0.08;
    failing.undeliveredRatio = 0.08;
    failing.tailLatencyMs = 600;
    failing.tailRatio = 0.2;
    failing.healthy = false;
    Laptop l(failing, 3000);
    MainWindow &w = *l.window;
    ASSERT_TRUE(l.runToEnd());
    ASSERT_TRUE(w.verdictText().startsWith(QStringLiteral("Gate 1 — FAIL"))) << w.verdictText().toStdString();
    EXPECT_GE(w.verdictText().count(QStringLiteral("→ ")), 2) << "findings: " << w.verdictText().toStdString();

    // One line of verdict, the failing criteria in short; the diagnosis under Details.
    auto *line = w.findChild<QWidget *>(QStringLiteral("VerdictLine"));
    ASSERT_NE(line, nullptr);
    EXPECT_LE(line->height(), 2 * line->fontMetrics().height()) << "the verdict is one line";
    auto *details = w.findChild<QToolButton *>(QStringLiteral("VerdictDetailsButton"));
    ASSERT_NE(details, nullptr);
    EXPECT_TRUE(details->isVisible());
    details->setChecked(true);
    w.action(QStringLiteral("scenario"))->setChecked(true);
    expectFits(w, "FAIL, details and scenario open");
    l.expectChartsLead("FAIL, details and scenario open", true);
    EXPECT_TRUE(w.findChild<QWidget *>(QStringLiteral("VerdictDetails"))->isVisible());

    // The other windows an operator opens from here.
    PackageViewer *viewer = w.openPackage(w.packageDir());
    ASSERT_TRUE(test::waitUntil([&] { return viewer->isLoaded(); }, 20000)) << viewer->errorText().toStdString();
    expectFits(*viewer, "viewer");
    HistoryWindow *history = w.showHistory();
    ASSERT_NE(history, nullptr);
    expectFits(*history, "history");
    ScenarioEditor *editor = w.editScenario();
    ASSERT_NE(editor, nullptr);
    expectFits(*editor, "scenario editor");
    CompareView compare;
    QSignalSpy compared(&compare, &CompareView::compared);
    compare.compare(w.packageDir(), w.packageDir());
    compare.show();
    ASSERT_TRUE(test::waitUntil([&] { return compared.count() > 0; }, 20000));
    expectFits(compare, "compare");
    QSettings settings;
    CredentialsDialog credentials(settings, systemSecretStore());
    credentials.show();
    expectFits(credentials, "credentials");
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top != &w && top->isVisible())
            top->close();
}

TEST(ScreenFit, InGermanTheConsoleFitsAndItsFindBoxIsReadable)
{
    QTranslator de;
    ASSERT_TRUE(de.load(QStringLiteral(CANARYDESK_QM_DIR "/canarydesk_de.qm")));
    QCoreApplication::installTranslator(&de);
    {
        SandboxConfig failing;
        failing.errorRatio = 0.1;
        Laptop l(failing, 3000);
        MainWindow &w = *l.window;
        expectFits(w, "German, idle");
        ASSERT_TRUE(l.runToEnd());
        EXPECT_TRUE(w.verdictText().contains(QStringLiteral("FAIL"))) << w.verdictText().toStdString();
        w.findChild<QToolButton *>(QStringLiteral("VerdictDetailsButton"))->setChecked(true);
        expectFits(w, "German, FAIL");
        l.expectChartsLead("German, FAIL, details open", true);
        w.findChild<QToolButton *>(QStringLiteral("VerdictDetailsButton"))->setChecked(false);
        QCoreApplication::processEvents();
        l.expectChartsLead("German, FAIL");
        // The Find box shows its whole placeholder ("Suchen"), not "S…".
        QLineEdit *find = w.logView()->findBox();
        EXPECT_NE(find->placeholderText(), QStringLiteral("Find")) << "the German translation is loaded";
        EXPECT_GE(find->width(), find->fontMetrics().horizontalAdvance(find->placeholderText()) + 20)
            << find->width() << " px for \"" << find->placeholderText().toStdString() << "\"";
    }
    QCoreApplication::removeTranslator(&de);
}
