// What a screen reader and a keyboard user meet: every control that takes focus has a name (from its text,
// its form label or an accessible name) and is reachable with Tab, in the console, the scenario editor and
// the History window.
#include "core/run/RunStore.h"
#include "core/scenario/ScenarioLoader.h"
#include "ui/history/HistoryWindow.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/scenario/ScenarioEditor.h"

#include "tests/support/TestUtil.h"

#include <QAccessible>
#include <QApplication>
#include <QDateTime>
#include <QTableWidget>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::ui;

namespace {

int focusable(QWidget *root);

bool takesFocus(const QWidget *w)
{
    return w->isVisibleTo(w->window()) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Controls without a name a screen reader can read.
QString unnamed(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!takesFocus(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            out << describe(w);
    }
    return out.join(QStringLiteral(", "));
}

// Controls that Tab never reaches from the window's first focus.
QString unreachable(QWidget *root)
{
    QSet<QWidget *> reached;
    QWidget *w = root;
    for (int i = 0; i < 2000; ++i) {
        w = w->nextInFocusChain();
        if (w == root)
            break;
        reached.insert(w);
    }
    QStringList out;
    for (QWidget *c : root->findChildren<QWidget *>())
        if (takesFocus(c) && !reached.contains(c))
            out << describe(c);
    return out.join(QStringLiteral(", "));
}

int focusable(QWidget *root)
{
    int n = 0;
    for (QWidget *w : root->findChildren<QWidget *>())
        n += takesFocus(w) ? 1 : 0;
    return n;
}

Scenario demo()
{
    return ScenarioLoader::loadFile(test::sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
}

} // namespace

TEST(Accessibility, TheConsoleNamesEveryControlAndTabReachesThem)
{
    MainWindow w;
    w.setScenario(demo(), QStringLiteral("demo"));
    w.show();
    // Idle: the engine choice, the criteria table, the latency switch and the three charts take focus; the
    // toolbar's actions are in the menus (Alt+letter) and have shortcuts.
    EXPECT_GE(focusable(&w), 6) << "the check covers the console's controls";
    EXPECT_EQ(unnamed(&w).toStdString(), "");
    EXPECT_EQ(unreachable(&w).toStdString(), "");
}

TEST(Accessibility, TheScenarioEditorNamesEveryControlAndTabReachesThem)
{
    ScenarioEditor editor(demo());
    editor.show();
    EXPECT_GE(focusable(&editor), 20);
    EXPECT_EQ(unnamed(&editor).toStdString(), "");
    EXPECT_EQ(unreachable(&editor).toStdString(), "");
}

TEST(Accessibility, TheHistoryWindowNamesEveryControlAndTabReachesThem)
{
    QTemporaryDir dir;
    RunStore store(dir.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(store.open().ok());
    RunRecord record;
    record.runId = QStringLiteral("0b7e2c1a-0000-4000-8000-000000000001");
    record.state = RunRecord::State::Finished;
    record.scenario = demo();
    record.startedUtc = QDateTime::currentDateTimeUtc();
    record.outDir = dir.path();
    ASSERT_TRUE(store.save(record, nullptr).ok());
    HistoryWindow history(store);
    history.show();
    history.table()->selectRow(0); // the buttons that act on a run are enabled now
    EXPECT_GE(focusable(&history), 4);
    EXPECT_EQ(unnamed(&history).toStdString(), "");
    EXPECT_EQ(unreachable(&history).toStdString(), "");
}
