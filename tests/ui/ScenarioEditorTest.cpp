// The scenario editor driven through its real widgets (keyboard input, table cells, the JSON tab): inline
// messages by JSON path, the stage preview, and one real test request to the in-process sandbox.
#include "ui/scenario/ScenarioEditor.h"

#include "core/sandbox/SandboxTarget.h"
#include "core/scenario/ScenarioLoader.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/scenario/StagePreview.h"

#include "tests/support/TestUtil.h"

#include <QAction>
#include <QLabel>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::ui;

namespace {

Scenario demo()
{
    return ScenarioLoader::loadFile(test::sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
}

// Replaces a line edit's text the way a user does: select all, type.
void retype(QWidget *field, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(field);
    ASSERT_NE(edit, nullptr);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

TEST(ScenarioEditor, AValidScenarioHasNoMessagesAndAPreviewOfItsRate)
{
    ScenarioEditor editor(demo());
    ASSERT_TRUE(editor.scenario().has_value());
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("target.baseUrl")).isEmpty());
    EXPECT_TRUE(editor.generalMessage().isEmpty());
    EXPECT_TRUE(editor.testButton()->isEnabled());
    EXPECT_EQ(editor.preview()->points(), (QList<QPointF>{{0, 50}, {120, 50}})) << "50/s for 2 minutes";
    auto *summary = editor.findChild<QLabel *>(QStringLiteral("loadSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(summary->text(), QStringLiteral("%1 requests over 2m, peak 50/s").arg(QLocale().toString(6000)));
    EXPECT_EQ(qobject_cast<QLineEdit *>(editor.field(QStringLiteral("target.path")))->text(),
              QStringLiteral("/api/v1/notifications"));
    EXPECT_EQ(editor.scenario()->toJson(), demo().toJson()) << "opening and closing changes nothing";
}

TEST(ScenarioEditor, AnInvalidFieldShowsItsInlineMessageAndBlocksUse)
{
    ScenarioEditor editor(demo());
    editor.show();
    retype(editor.field(QStringLiteral("target.baseUrl")), QStringLiteral("htp:/bad"));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("target.baseUrl"))
                    .contains(QStringLiteral("must be an http:// or https:// URL")))
        << editor.inlineMessage(QStringLiteral("target.baseUrl")).toStdString();
    EXPECT_FALSE(editor.scenario().has_value());
    EXPECT_FALSE(editor.testButton()->isEnabled());
    EXPECT_TRUE(editor.field(QStringLiteral("target.baseUrl"))->accessibleDescription().contains(QStringLiteral("✗")))
        << "screen readers hear the message too";
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("target.path")).isEmpty()) << "only the field concerned";

    retype(editor.field(QStringLiteral("target.baseUrl")), QStringLiteral("https://canary.example.com"));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("target.baseUrl")).isEmpty());
    ASSERT_TRUE(editor.scenario().has_value());
    EXPECT_EQ(editor.scenario()->target.baseUrl, QStringLiteral("https://canary.example.com"));

    retype(editor.field(QStringLiteral("target.timeout")), QStringLiteral("soon"));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("target.timeout")).contains(QStringLiteral("is not a duration")));
    retype(editor.field(QStringLiteral("target.timeout")), QStringLiteral("2s"));
    ASSERT_TRUE(editor.scenario().has_value());
    EXPECT_EQ(editor.scenario()->target.timeoutMs, 2000);

    retype(editor.field(QStringLiteral("checks.expectedStatus")), QStringLiteral("202, 999"));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("checks.expectedStatus")).contains(QStringLiteral("100-599")))
        << editor.inlineMessage(QStringLiteral("checks.expectedStatus")).toStdString();
    retype(editor.field(QStringLiteral("checks.expectedStatus")), QStringLiteral("202, x"));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("checks.expectedStatus"))
                    .contains(QStringLiteral("\"x\" is not a number")));
    EXPECT_FALSE(editor.scenario().has_value());
}

TEST(ScenarioEditor, TheBodyTemplateMustBeJson)
{
    ScenarioEditor editor(demo());
    auto *body = qobject_cast<QPlainTextEdit *>(editor.field(QStringLiteral("target.body")));
    ASSERT_NE(body, nullptr);
    body->setPlainText(QStringLiteral("{\"to\": \"{{seq}}@example.com\", "));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("target.body")).contains(QStringLiteral("not JSON")));
    EXPECT_FALSE(editor.scenario().has_value());
    body->setPlainText(QStringLiteral("{\"to\": \"{{seq}}@example.com\"}"));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("target.body")).isEmpty());
    ASSERT_TRUE(editor.scenario().has_value());
    EXPECT_EQ(editor.scenario()->target.body.toObject().value(QStringLiteral("to")).toString(),
              QStringLiteral("{{seq}}@example.com"));
}

TEST(ScenarioEditor, StagesAreCheckedPerCellAndPreviewed)
{
    ScenarioEditor editor(demo());
    QTableWidget *stages = editor.stagesTable();
    stages->item(0, 1)->setText(QStringLiteral("ten minutes"));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("load.stages")).contains(QStringLiteral("[0].duration")))
        << editor.inlineMessage(QStringLiteral("load.stages")).toStdString();
    stages->item(0, 1)->setText(QStringLiteral("1m"));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("load.stages")).isEmpty());

    // A second stage needs the ramping executor; the message says so until it is chosen.
    stages->insertRow(1);
    stages->setItem(1, 0, new QTableWidgetItem(QStringLiteral("250")));
    stages->setItem(1, 1, new QTableWidgetItem(QStringLiteral("2m")));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("load.stages")).contains(QStringLiteral("ramping-arrival-rate")));
    auto *executor = qobject_cast<QComboBox *>(editor.field(QStringLiteral("load.executor")));
    ASSERT_NE(executor, nullptr);
    executor->setFocus();
    QTest::keyClick(executor, Qt::Key_Down); // the next choice: ramping-arrival-rate
    EXPECT_EQ(executor->currentText(), QStringLiteral("ramping-arrival-rate"));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("load.stages")).isEmpty())
        << editor.inlineMessage(QStringLiteral("load.stages")).toStdString();
    ASSERT_TRUE(editor.scenario().has_value());
    EXPECT_EQ(editor.preview()->points(), (QList<QPointF>{{0, 0}, {60, 50}, {180, 250}}))
        << "ramps from the start rate through each stage's rate";
    EXPECT_EQ(editor.scenario()->load.expectedRequests(), 1500.0 + 18000.0);
}

TEST(ScenarioEditor, TheJsonTabEditsEverythingAndNamesItsSyntaxErrors)
{
    ScenarioEditor editor(demo());
    editor.show();
    editor.tabs()->setCurrentIndex(1);
    QPlainTextEdit *json = editor.jsonEditor();
    EXPECT_TRUE(json->toPlainText().contains(QStringLiteral("\"baseUrl\": \"http://127.0.0.1:18080\"")));
    auto *problems = editor.findChild<QLabel *>(QStringLiteral("jsonProblems"));
    ASSERT_NE(problems, nullptr);

    QString text = json->toPlainText();
    json->setPlainText(text.left(text.indexOf(QStringLiteral("\"load\""))) + QStringLiteral("\"load\": {,"));
    ASSERT_TRUE(test::waitUntil([&] { return !problems->isHidden(); }, 5000));
    EXPECT_TRUE(problems->text().startsWith(QStringLiteral("✗ line "))) << problems->text().toStdString();
    EXPECT_FALSE(editor.scenario().has_value());

    text.replace(QStringLiteral("\"demo_sandbox_50rps_2min\""), QStringLiteral("\"edited_in_json\""));
    json->setPlainText(text);
    ASSERT_TRUE(test::waitUntil([&] { return editor.scenario().has_value(); }, 5000));
    EXPECT_TRUE(problems->isHidden());
    EXPECT_EQ(editor.scenario()->name, QStringLiteral("edited_in_json"));
    EXPECT_EQ(qobject_cast<QLineEdit *>(editor.field(QStringLiteral("name")))->text(), QStringLiteral("edited_in_json"))
        << "the form follows the JSON";
}

TEST(ScenarioEditor, OneTestRequestReachesTheTargetAndIsJudged)
{
    SandboxTarget sandbox(SandboxConfig{});
    ASSERT_TRUE(sandbox.listen().ok());
    Scenario s = demo();
    s.target.baseUrl = sandbox.baseUrl().toString();
    ScenarioEditor editor(s);
    editor.setClientSecret(givenCredential(sandbox.config().clientSecret.toUtf8(), sandbox.baseUrl()));
    bool finished = false;
    QObject::connect(&editor, &ScenarioEditor::testRequestFinished, [&] { finished = true; });
    editor.sendTestRequest(false);
    ASSERT_TRUE(test::waitUntil([&] { return finished; }, 20000));
    EXPECT_TRUE(editor.testResult().contains(QStringLiteral("→ HTTP 202"))) << editor.testResult().toStdString();
    EXPECT_TRUE(editor.testResult().contains(QStringLiteral("delivered ✓"))) << editor.testResult().toStdString();
    EXPECT_TRUE(editor.testResult().contains(QStringLiteral("queued")));
    EXPECT_EQ(sandbox.counts().notificationsReceived, 1);
}

// #31: in the --demo console, Send One Test Request uses the demo sandbox's own secret, as the demo run does (it
// asked the keychain for 'canarydesk-demo' and failed). The same hook as GuiCommand's, aimed at a real sandbox.
TEST(ScenarioEditor, TheDemoConsolesTestRequestUsesTheSandboxsSecret)
{
    SandboxTarget sandbox(SandboxConfig{});
    ASSERT_TRUE(sandbox.listen().ok());
    Scenario s = demo();
    s.target.baseUrl = sandbox.baseUrl().toString();
    s.auth.tokenUrl = sandbox.baseUrl().toString() + QStringLiteral("/oauth/token");
    MainWindow window;
    window.setConfirmClose(false);
    window.setScenario(s, QStringLiteral("demo"));
    SandboxTarget *box = &sandbox;
    window.setRunSetupHook([box](RunSetup &setup) {
        const QUrl target = setup.scenario.target.requestUrl();
        if (target.host() != box->baseUrl().host() || target.port() != box->baseUrl().port())
            return; // as applyDemo: only a scenario aimed at the sandbox gets its secret
        setup.clientSecret = givenCredential(box->config().clientSecret.toUtf8(), box->baseUrl());
    });
    ScenarioEditor *editor = window.editScenario();
    ASSERT_NE(editor, nullptr);
    bool finished = false;
    QObject::connect(editor, &ScenarioEditor::testRequestFinished, [&] { finished = true; });
    editor->sendTestRequest(false);
    ASSERT_TRUE(test::waitUntil([&] { return finished; }, 20000));
    EXPECT_TRUE(editor->testResult().contains(QStringLiteral("→ HTTP 202"))) << editor->testResult().toStdString();
    EXPECT_EQ(sandbox.counts().notificationsReceived, 1);
    editor->reject();
}

TEST(ScenarioEditor, TheConsoleOpensItAndUsesTheEditedScenario)
{
    MainWindow window;
    window.setScenario(demo(), QStringLiteral("demo"));
    ASSERT_EQ(window.action(QStringLiteral("edit"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    ScenarioEditor *editor = window.editScenario();
    ASSERT_NE(editor, nullptr);
    retype(editor->field(QStringLiteral("name")), QStringLiteral("edited_canary"));
    retype(editor->field(QStringLiteral("target.timeout")), QStringLiteral("nope"));
    EXPECT_FALSE(editor->scenario().has_value());
    retype(editor->field(QStringLiteral("target.timeout")), QStringLiteral("3s"));
    ASSERT_TRUE(editor->scenario().has_value());
    editor->accept();
    ASSERT_TRUE(window.scenario().has_value());
    EXPECT_EQ(window.scenario()->name, QStringLiteral("edited_canary"));
    EXPECT_EQ(window.scenario()->target.timeoutMs, 3000);
}

TEST(ScenarioEditor, HeadersThresholdsAndMonitorsAreEditedInTheForm)
{
    ScenarioEditor editor(demo());
    auto *headers = qobject_cast<QTableWidget *>(editor.field(QStringLiteral("target.headers")));
    ASSERT_NE(headers, nullptr);
    ASSERT_EQ(headers->rowCount(), 1);
    EXPECT_EQ(headers->item(0, 0)->text(), QStringLiteral("Content-Type"));
    headers->insertRow(1);
    headers->setItem(1, 0, new QTableWidgetItem(QStringLiteral("Authorization")));
    headers->setItem(1, 1, new QTableWidgetItem(QStringLiteral("Bearer pasted-token")));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("target.headers")).contains(QStringLiteral("auth profile")))
        << editor.inlineMessage(QStringLiteral("target.headers")).toStdString();
    EXPECT_FALSE(editor.scenario().has_value());
    headers->item(1, 0)->setText(QStringLiteral("X-Canary"));
    headers->item(1, 1)->setText(QStringLiteral("release-42"));
    ASSERT_TRUE(editor.scenario().has_value()) << editor.inlineMessage(QStringLiteral("target.headers")).toStdString();
    EXPECT_EQ(editor.scenario()->target.headers.value(QStringLiteral("X-Canary")), QStringLiteral("release-42"));

    // The follow-up gate: p95 at 120 ms, typed as k6 writes it; a typo is named in place.
    auto *thresholds = qobject_cast<QTableWidget *>(editor.field(QStringLiteral("gate.thresholds")));
    ASSERT_NE(thresholds, nullptr);
    thresholds->insertRow(0);
    thresholds->setItem(0, 0, new QTableWidgetItem(QStringLiteral("http_req_duration")));
    thresholds->setItem(0, 1, new QTableWidgetItem(QStringLiteral("p(95)<<120")));
    EXPECT_TRUE(editor.inlineMessage(QStringLiteral("gate.thresholds")).contains(QStringLiteral("expected a number")))
        << editor.inlineMessage(QStringLiteral("gate.thresholds")).toStdString();
    thresholds->item(0, 1)->setText(QStringLiteral("p(95)<=120"));
    ASSERT_TRUE(editor.scenario().has_value()) << editor.inlineMessage(QStringLiteral("gate.thresholds")).toStdString();
    ASSERT_EQ(editor.scenario()->gate.thresholds.size(), 1);
    EXPECT_EQ(editor.scenario()->gate.thresholds.first().expression.text(), QStringLiteral("p(95)<=120"));

    retype(editor.field(QStringLiteral("monitors.logs.files")), QStringLiteral("/var/log/acc/*.log, /tmp/app.log"));
    ASSERT_TRUE(editor.scenario().has_value());
    ASSERT_TRUE(editor.scenario()->monitors.logs.has_value());
    EXPECT_EQ(editor.scenario()->monitors.logs->files,
              (QStringList{QStringLiteral("/var/log/acc/*.log"), QStringLiteral("/tmp/app.log")}));

    retype(editor.field(QStringLiteral("monitors.health.url")), QString());
    ASSERT_TRUE(editor.scenario().has_value()) << editor.generalMessage().toStdString();
    EXPECT_FALSE(editor.scenario()->monitors.health.has_value()) << "no URL, no health monitor";
}
