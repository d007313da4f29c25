#include "ui/mainwindow/MainWindow.h"

#include "ui/charts/GateChart.h"

#include "core/scenario/ScenarioLoader.h"
#include "ui/scenario/ScenarioSummaryWidget.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/viewer/PackageViewer.h"
#include "ui/widgets/WindowFit.h"

#include "tests/support/TestUtil.h"

#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QStyle>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <QHash>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::ui;

namespace {
Scenario seed()
{
    return ScenarioLoader::loadFile(
               test::sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json")))
        .value();
}
} // namespace

TEST(MainWindow, ShowsTheScenarioAndItsGate)
{
    MainWindow w;
    w.setScenario(seed(), QStringLiteral("seed"));
    w.show();
    EXPECT_EQ(w.windowTitle(), QStringLiteral("CanaryDesk — auto_com_center 250 rps · 30m · Gate 1"));
    EXPECT_EQ(w.summary()->fieldText(QStringLiteral("target")),
              QStringLiteral("POST https://auto-com-center-jamarrlmayes.replit.app/api/v1/notifications"));
    EXPECT_EQ(w.summary()->fieldText(QStringLiteral("requests")), QLocale().toString(450000));
    EXPECT_TRUE(w.summary()->fieldText(QStringLiteral("auth")).contains(QStringLiteral("auto_com_center_client")));
    QTableWidget *table = w.summary()->criteriaTable();
    ASSERT_EQ(table->rowCount(), 7);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("≤ 250 ms"));
}

TEST(MainWindow, KeyboardShortcutsAreTheDocumentedOnes)
{
    MainWindow w;
    EXPECT_EQ(w.action(QStringLiteral("open"))->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(w.action(QStringLiteral("start"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    EXPECT_EQ(w.action(QStringLiteral("stop"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Period));
    EXPECT_EQ(w.action(QStringLiteral("export"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    EXPECT_EQ(w.action(QStringLiteral("abort"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    EXPECT_EQ(w.action(QStringLiteral("exportZip"))->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    QHash<QKeySequence, QString> taken; // one key, one action: Qt runs neither when two share it
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcut().isEmpty())
            continue;
        EXPECT_FALSE(taken.contains(a->shortcut()))
            << a->shortcut().toString().toStdString() << ": " << a->objectName().toStdString() << " and "
            << taken.value(a->shortcut()).toStdString();
        taken.insert(a->shortcut(), a->objectName());
    }
    EXPECT_FALSE(w.action(QStringLiteral("start"))->isEnabled()) << "no scenario yet: nothing to start";
    w.setScenario(seed(), QStringLiteral("seed"));
    EXPECT_TRUE(w.action(QStringLiteral("start"))->isEnabled());
    EXPECT_FALSE(w.action(QStringLiteral("stop"))->isEnabled()) << "nothing running";
    for (QAction *a : w.findChildren<QAction *>()) {
        if (!a->text().isEmpty() && a->objectName() != QLatin1String("about") && !a->objectName().isEmpty()) {
            EXPECT_FALSE(a->toolTip().isEmpty()) << a->objectName().toStdString() << " says what it does";
        }
    }
}

// #31: a size remembered on one screen reopens whole on a smaller one — not 1280 × 800 on a 1366 × 768 laptop.
TEST(WindowFit, ARememberedGeometryIsFittedInsideTheScreenItOpensOn)
{
    const QRect laptop(0, 0, 1366, 768);
    struct Case
    {
        QRect remembered, expected;
        const char *what;
    };
    for (const Case &c : {
             Case{QRect(40, 60, 1000, 600), QRect(40, 60, 1000, 600), "fits: unchanged"},
             Case{QRect(0, 0, 1440, 900), QRect(0, 0, 1366, 768 - kWindowFrameAllowance), "larger: the free area"},
             Case{QRect(100, 100, 1280, 800), QRect(86, 0, 1280, 768 - kWindowFrameAllowance),
                  "taller: shrunk, moved up and in"},
             Case{QRect(2000, 1200, 800, 600), QRect(566, 128, 800, 600), "on a screen that is gone: moved in"},
             Case{QRect(-300, -50, 800, 600), QRect(0, 0, 800, 600), "above and left of it: moved in"},
         }) {
        const QRect got = fitInside(c.remembered, laptop);
        EXPECT_EQ(got, c.expected) << c.what << ": " << got.x() << "," << got.y() << " " << got.width() << "x"
                                   << got.height();
    }
    // A second screen to the right: fitted inside that one, not the first.
    EXPECT_EQ(fitInside(QRect(1500, 20, 1920, 1200), QRect(1366, 0, 1920, 1080)),
              QRect(1366, 0, 1920, 1080 - kWindowFrameAllowance));

    // The console itself: a geometry saved from a window larger than this screen comes back inside it.
    QSettings().clear();
    {
        MainWindow big;
        big.setConfirmClose(false);
        const QRect screen = big.screen()->availableGeometry();
        big.setGeometry(QRect(screen.topLeft(), screen.size() + QSize(300, 300)));
        QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
    }
    MainWindow w;
    const QRect screen = w.screen()->availableGeometry();
    EXPECT_LE(w.height(), screen.height() - kWindowFrameAllowance);
    EXPECT_LE(w.width(), screen.width());
    EXPECT_TRUE(screen.contains(w.geometry())) << w.geometry().width() << "x" << w.geometry().height();
    QSettings().clear();
}

TEST(MainWindow, ABrokenScenarioFileKeepsTheCurrentOne)
{
    MainWindow w;
    w.setScenario(seed(), QStringLiteral("seed"));
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    test::writeFile(bad, R"({"schemaVersion": 1, "name": "x", "target": {"baseUrl": "nope"}, "load": {"stages": []}})");
    EXPECT_FALSE(w.openScenarioFile(bad, false));
    EXPECT_TRUE(w.lastError().contains(QStringLiteral("target.baseUrl: must be an http:// or https:// URL")));
    EXPECT_TRUE(w.lastError().contains(QStringLiteral("load.stages: needs at least one stage")));
    ASSERT_TRUE(w.scenario().has_value());
    EXPECT_EQ(w.scenario()->service, QStringLiteral("auto_com_center"));

    const QString good = dir.filePath(QStringLiteral("good.json"));
    Scenario other = seed();
    other.name = QStringLiteral("renamed");
    ASSERT_TRUE(ScenarioLoader::saveFile(other, good).ok());
    EXPECT_TRUE(w.openScenarioFile(good, false));
    EXPECT_EQ(w.scenario()->name, QStringLiteral("renamed"));
    EXPECT_TRUE(w.lastError().isEmpty());
}

TEST(MainWindow, RendersOffscreen)
{
    MainWindow w;
    w.setScenario(seed(), QStringLiteral("seed"));
    w.resize(1200, 800);
    w.show();
    const QImage image = w.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 1200 * image.devicePixelRatio());
    // Not a blank window: the rendering has many distinct colours (text, chart lines, panels).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 10);
}

TEST(MainWindow, RecentScenariosAreRememberedOfferedAndTheLastOneReopens)
{
    QTemporaryDir dir;
    QSettings().remove(QStringLiteral("scenario"));
    const QString seedPath = test::sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json"));
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const QString b = dir.filePath(QStringLiteral("b.json"));
    ASSERT_TRUE(QFile::copy(seedPath, a));
    ASSERT_TRUE(QFile::copy(seedPath, b));
    {
        MainWindow w;
        ASSERT_TRUE(w.openScenarioFile(a, false));
        ASSERT_TRUE(w.openScenarioFile(b, false));
        ASSERT_TRUE(w.openScenarioFile(a, false));
        EXPECT_EQ(w.recentScenarios(), (QStringList{a, b})) << "newest first, no duplicates";
        const QList<QAction *> entries = w.recentMenu()->actions();
        ASSERT_GE(entries.size(), 2);
        EXPECT_EQ(entries[0]->text(), QStringLiteral("&1 a.json"));
        EXPECT_EQ(entries[1]->data().toString(), b);
        entries[1]->trigger(); // File → Open Recent → b.json
        EXPECT_EQ(w.recentScenarios().first(), b);
    }
    // The next session starts where this one ended: b.json.
    MainWindow next;
    ASSERT_TRUE(next.openLastScenario());
    ASSERT_TRUE(next.scenario().has_value());
    EXPECT_EQ(next.recentScenarios().first(), b);

    // A file that has gone is not offered (and not reopened).
    ASSERT_TRUE(QFile::remove(b));
    MainWindow after;
    EXPECT_FALSE(after.openLastScenario());
    QStringList offered;
    for (QAction *action : after.recentMenu()->actions())
        offered << action->data().toString();
    EXPECT_TRUE(offered.contains(a));
    EXPECT_FALSE(offered.contains(b));
}

TEST(MainWindow, ChartsFollowADarkPaletteAndKeepTheirLineColours)
{
    GateChart chart(QStringLiteral("p95"), QStringLiteral("ms"));
    chart.setLimit(250, QStringLiteral("gate"));
    QLineSeries *line = chart.addLine(QStringLiteral("p95"), {{0, 100}, {1, 120}}, QColor(0x15, 0x65, 0xc0));
    QPalette light = QApplication::style()->standardPalette();
    light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
    chart.setPalette(light);
    EXPECT_EQ(chart.chart()->theme(), QChart::ChartThemeLight);

    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    chart.setPalette(dark); // as when the desktop switches to a dark scheme
    EXPECT_EQ(chart.chart()->theme(), QChart::ChartThemeDark);
    EXPECT_LT(chart.chart()->backgroundBrush().color().lightness(), 128) << "a dark chart, not a white box";
    EXPECT_EQ(line->pen().color(), QColor(0x15, 0x65, 0xc0)) << "the theme does not repaint the data lines";

    chart.setPalette(light);
    EXPECT_EQ(chart.chart()->theme(), QChart::ChartThemeLight);
}

TEST(MainWindow, QuitEndsTheApplicationEvenWithAViewerWindowOpen)
{
    auto *w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setScenario(seed(), QStringLiteral("seed"));
    w->show();
    QTemporaryDir notAPackage;
    w->openPackage(notAPackage.path())->show(); // a top-level window of its own, as the stakeholder view is
    // The application's own event loop, as `canarydesk` runs it: Quit must end it. A watchdog ends it with
    // another code if Quit leaves the viewer keeping the process alive.
    QTimer::singleShot(0, w, [w] { w->action(QStringLiteral("quit"))->trigger(); });
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [] { QCoreApplication::exit(7); });
    watchdog.start(20000);
    EXPECT_EQ(QApplication::exec(), 0) << "Ctrl+Q left the process running";
    for (QWidget *window : QApplication::topLevelWidgets())
        EXPECT_FALSE(window->isVisible()) << window->metaObject()->className();
}

namespace {
Snapshot snapshotAt(int second, quint64 requestsTotal, double targetRate)
{
    Snapshot s;
    s.second = second;
    s.elapsedMs = second * 1000;
    s.plannedMs = 60000;
    s.targetRate = targetRate;
    s.achievedRate = targetRate;
    s.requestsTotal = requestsTotal;
    s.expectedTotal = 3000;
    s.p95Total = 0.9;
    s.deliveryRateTotal = 1.0;
    return s;
}
} // namespace

TEST(Dashboard, TheRateTileShowsTheAverageItJudgesAndANoAnswerRunIsNoGreenLatency)
{
    Scenario s = seed();
    s.load.stages = {LoadStage{50, 60000}};
    DashboardView d;
    d.reset(s);
    // 10 s at 50/s, every second full but one a request short: the tile shows the average it judges by.
    for (int i = 1; i <= 10; ++i)
        d.addSnapshot(snapshotAt(i, static_cast<quint64>(i) * 50 - (i >= 5 ? 1 : 0), 50));
    KpiTile *rate = d.tile(QStringLiteral("rate"));
    EXPECT_EQ(rate->value(), QStringLiteral("49.9 /s")) << "499 requests in 10 s";
    EXPECT_EQ(rate->state(), KpiTile::State::Good) << "499 of 500 is above 99 %";
    EXPECT_TRUE(rate->detail().contains(QStringLiteral("target 50.00 /s"))) << rate->detail().toStdString();

    // Stopped after those 10 s: the finished tile is over the 10 s that ran, not the 60 planned.
    d.showFinished();
    EXPECT_EQ(rate->value(), QStringLiteral("49.9 /s"));
    EXPECT_EQ(rate->state(), KpiTile::State::Good);

    // Every request a transport failure: 0.9 ms is how fast it failed, not a good latency.
    DashboardView dead;
    dead.reset(s);
    Snapshot failing = snapshotAt(1, 50, 50);
    failing.errorRateTotal = 1.0;
    failing.httpFailedRateTotal = 1.0;
    failing.deliveryRateTotal = 0.0;
    dead.addSnapshot(failing);
    EXPECT_NE(dead.tile(QStringLiteral("p95"))->state(), KpiTile::State::Good);
    EXPECT_TRUE(dead.tile(QStringLiteral("p95"))->detail().startsWith(QStringLiteral("no request succeeded")));
}

TEST(MainWindow, TheWindowRemembersItsSizeSplittersAndWhatItShows)
{
    QSettings().remove(QStringLiteral("window"));
    QList<int> sizes;
    {
        MainWindow w;
        w.setScenario(seed(), QStringLiteral("seed"));
        w.show();
        w.resize(1300, 700);
        auto *splitter = w.findChild<QSplitter *>(QStringLiteral("MainSplitter"));
        ASSERT_NE(splitter, nullptr);
        splitter->setSizes({850, 440});
        QCoreApplication::processEvents();
        sizes = splitter->sizes();
        w.close();
    }
    {
        MainWindow again;
        again.setScenario(seed(), QStringLiteral("seed"));
        again.show();
        QCoreApplication::processEvents();
        // As remembered where it fits this screen, else fitted to it (the offscreen screen is 800 × 600), never
        // below the window's minimum.
        const QSize expected = fitInside(QRect(again.pos(), QSize(1300, 700)), again.screen()->availableGeometry())
                                   .size()
                                   .expandedTo(again.minimumSizeHint());
        EXPECT_EQ(again.size(), expected);
        // The charts keep their remembered width; the monitors beside them get what the fitted window leaves.
        const QList<int> restored = again.findChild<QSplitter *>(QStringLiteral("MainSplitter"))->sizes();
        ASSERT_EQ(restored.size(), sizes.size());
        EXPECT_EQ(restored.first(), sizes.first());
        if (again.size() == QSize(1300, 700)) {
            EXPECT_EQ(restored, sizes);
        }
        EXPECT_TRUE(again.action(QStringLiteral("monitors"))->isChecked()) << "shown by default";
        EXPECT_FALSE(again.action(QStringLiteral("scenario"))->isChecked()) << "folded by default";
        again.action(QStringLiteral("monitors"))->setChecked(false);
        again.action(QStringLiteral("scenario"))->setChecked(true);
        again.close();
    }
    MainWindow third;
    third.setScenario(seed(), QStringLiteral("seed"));
    third.show();
    QCoreApplication::processEvents();
    EXPECT_FALSE(third.action(QStringLiteral("monitors"))->isChecked());
    EXPECT_FALSE(third.findChild<QSplitter *>(QStringLiteral("MonitorSplitter"))->isVisible());
    EXPECT_TRUE(third.action(QStringLiteral("scenario"))->isChecked());
    EXPECT_TRUE(third.findChild<QWidget *>(QStringLiteral("ScenarioDetails"))->isVisible());
    QSettings().remove(QStringLiteral("window"));
}
