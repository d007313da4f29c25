// The operator console driving real runs against the in-process sandbox: the real widgets, the real
// engine, real loopback HTTP, a real evidence package and the real history database.
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/StartConfirmation.h"

#include "core/evidence/Manifest.h"
#include "core/evidence/PackageArchive.h"
#include "core/evidence/SlackMessage.h"
#include "core/run/RunStore.h"
#include "core/sandbox/SandboxTarget.h"
#include "core/scenario/ScenarioLoader.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/monitors/MonitorViews.h"
#include "ui/viewer/PackageViewer.h"
#include "ui/history/HistoryWindow.h"
#include "ui/slack/SlackPreview.h"

#include "tests/support/TestUtil.h"

#include <QAction>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QTextBrowser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QProcess>
#include <QProgressBar>
#include <QUrl>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::ui;

namespace {

struct Console
{
    QTemporaryDir logDir;
    QTemporaryDir dataDir; // history and runs of this test alone (ctest runs the tests of this binary in parallel)
    std::unique_ptr<SandboxTarget> sandbox;
    MainWindow window;

    // The demo scenario aimed at a fresh sandbox: rate per second for a duration.
    explicit Console(double rate = 50, qint64 durationMs = 60000, const QString &secret = QString())
    {
        qputenv("CANARYDESK_DATA_DIR", QFile::encodeName(dataDir.path()));
        SandboxConfig config;
        config.logPath = logDir.filePath(QStringLiteral("app.log"));
        config.baseLatencyMs = 5;
        sandbox = std::make_unique<SandboxTarget>(config);
        EXPECT_TRUE(sandbox->listen(0).ok());
        Scenario s =
            ScenarioLoader::loadFile(test::sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json"))).value();
        const QString base = sandbox->baseUrl().toString();
        s.target.baseUrl = base;
        if (s.monitors.provider)
            s.monitors.provider->baseUrl = base;
        s.monitors.logs = LogMonitorSpec{{config.logPath}, {}, LogMonitorSpec{}.filter};
        s.load.stages = {LoadStage{rate, durationMs}};
        window.setScenario(s, QStringLiteral("test"));
        SandboxTarget *box = sandbox.get();
        const QByteArray clientSecret = secret.isEmpty() ? config.clientSecret.toUtf8() : secret.toUtf8();
        window.setRunSetupHook([box, clientSecret](RunSetup &setup) {
            setup.clientSecret = givenCredential(clientSecret, box->baseUrl());
            setup.providerKey = givenCredential(box->config().providerApiKey.toUtf8(), box->baseUrl());
            setup.workers = 1;
        });
        window.resize(1400, 900);
        window.show();
    }

    bool finished() const
    {
        return window.run() &&
               (window.run()->phase() == RunSession::Phase::Done || window.run()->phase() == RunSession::Phase::Failed);
    }
};

} // namespace

TEST(Console, StartWatchStopExportAndFindTheRunInHistory)
{
    Console c;
    MainWindow &w = c.window;
    ASSERT_TRUE(w.action(QStringLiteral("start"))->isEnabled());
    EXPECT_FALSE(w.action(QStringLiteral("stop"))->isEnabled());
    EXPECT_FALSE(w.action(QStringLiteral("export"))->isEnabled()) << "nothing to export before a run";

    w.startRun(false);
    // Live: tiles, charts, health, logs and timeline fill in while the engine runs off the GUI thread.
    ASSERT_TRUE(test::waitUntil([&] { return w.dashboard()->points() >= 3; }, 30000));
    EXPECT_TRUE(w.stateText().contains(QStringLiteral("RUNNING"))) << w.stateText().toStdString();
    EXPECT_TRUE(w.action(QStringLiteral("stop"))->isEnabled());
    EXPECT_FALSE(w.action(QStringLiteral("start"))->isEnabled());
    KpiTile *p95 = w.dashboard()->tile(QStringLiteral("p95"));
    EXPECT_TRUE(p95->value().endsWith(QStringLiteral(" ms"))) << p95->value().toStdString();
    EXPECT_EQ(p95->state(), KpiTile::State::Good) << "5 ms answers against ≤ 250 ms";
    EXPECT_EQ(w.dashboard()->tile(QStringLiteral("delivery"))->state(), KpiTile::State::Good);
    EXPECT_GT(w.dashboard()->progress()->value(), 0);
    ASSERT_TRUE(test::waitUntil([&] { return w.healthView()->samples() >= 1; }, 10000));
    EXPECT_TRUE(w.healthView()->stateText().contains(QStringLiteral("ok")))
        << w.healthView()->stateText().toStdString();
    EXPECT_GE(w.timelineView()->count(), 1);
    QStringList timeline;
    for (int i = 0; i < w.timelineView()->count(); ++i)
        timeline << w.timelineView()->textAt(i);
    // In words, not the names timeline.json keeps (token_fetched, provider_stats).
    EXPECT_TRUE(timeline.join(QLatin1Char('|')).contains(QStringLiteral("Token fetched — lifetime 3600 s")))
        << timeline.join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(timeline.join(QLatin1Char('|')).contains(QStringLiteral("token_fetched")));
    EXPECT_TRUE(timeline.join(QLatin1Char('|')).contains(QStringLiteral("E-mail provider stats — before the run")))
        << "the e-mail provider's numbers are on the timeline too: " << timeline.join(QLatin1Char('|')).toStdString();

    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.action(QStringLiteral("stop"))->trigger();
    ASSERT_TRUE(test::waitUntil([&] { return c.finished(); }, 60000));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().first().toBool()) << "stopped after a few seconds of a minute: not a pass";
    EXPECT_TRUE(w.verdictText().startsWith(QStringLiteral("Gate 1 — STOPPED"))) << w.verdictText().toStdString();
    EXPECT_TRUE(w.verdictText().contains(QStringLiteral("stopped by the operator"))) << w.verdictText().toStdString();
    EXPECT_TRUE(w.stateText().contains(QStringLiteral("STOPPED"))) << w.stateText().toStdString();
    // The rate is judged over the seconds that ran: the run held 50/s, so the tile and the criterion say so.
    KpiTile *rate = w.dashboard()->tile(QStringLiteral("rate"));
    EXPECT_NEAR(rate->value().section(QLatin1Char(' '), 0, 0).toDouble(), 50.0, 3.0) << rate->value().toStdString();
    const GateVerdict &verdict = w.run()->outcome().verdict;
    // One set of numbers: the tile states the rate and the judgement of the verdict's criterion (under ASan the
    // tile's own arithmetic once said 49.5 /s, not good, beside a passed criterion).
    EXPECT_EQ(rate->value(), QStringLiteral("%1 /s").arg(verdict.achievedRate, 0, 'f', 2))
        << "rounded as the criterion";
    EXPECT_EQ(rate->state(), verdict.ratePassed ? KpiTile::State::Good : KpiTile::State::Breached);
    EXPECT_EQ(rate->state(), KpiTile::State::Good) << rate->value().toStdString();
    EXPECT_EQ(verdict.outcome, RunOutcome::Stopped);
    EXPECT_TRUE(verdict.criteria[5].pass) << verdict.criteria[5].measured.toStdString();
    EXPECT_TRUE(verdict.criteria[4].measured.startsWith(QStringLiteral("stopped at 0:0")))
        << verdict.criteria[4].measured.toStdString();

    // The package was written and signed when the run ended; Export copies it off the GUI thread and checks it.
    const QString package = w.packageDir();
    ASSERT_FALSE(package.isEmpty());
    EXPECT_TRUE(Manifest::verify(package).ok);
    // Signed with the key the desktop keyring holds (ctest runs this test inside with-keyring.sh).
    const QJsonObject manifest =
        QJsonDocument::fromJson(test::readFile(QDir(package).filePath(QStringLiteral("manifest.json")))).object();
    EXPECT_EQ(manifest.value(QStringLiteral("key_source")).toString(), QStringLiteral("keychain"));
    EXPECT_TRUE(
        test::readFile(QDir(package).filePath(QStringLiteral("checkpoint.md"))).contains("**Verdict: STOPPED**"));
    ASSERT_TRUE(w.action(QStringLiteral("export"))->isEnabled());
    QTemporaryDir exportDir;
    QSignalSpy exported(&w, &MainWindow::exportFinished);
    // Or as one zip, as `canarydesk run --zip` writes it: unpacked, it verifies against its signed manifest.
    ASSERT_TRUE(w.action(QStringLiteral("exportZip"))->isEnabled());
    const QString zip = exportDir.filePath(QStringLiteral("evidence.zip"));
    w.exportEvidenceZip(zip);
    ASSERT_TRUE(test::waitUntil([&] { return exported.count() == 1; }, 30000));
    EXPECT_TRUE(exported.last().first().toBool()) << exported.last().last().toString().toStdString();
    QTemporaryDir unpacked;
    ASSERT_TRUE(PackageArchive::unzip(zip, unpacked.path()).ok());
    EXPECT_TRUE(Manifest::verify(unpacked.path()).ok);
    w.exportEvidenceZip(zip); // never overwritten
    ASSERT_TRUE(test::waitUntil([&] { return exported.count() == 2; }, 30000));
    EXPECT_FALSE(exported.last().first().toBool());
    EXPECT_TRUE(exported.last().last().toString().contains(QStringLiteral("already exists")))
        << exported.last().last().toString().toStdString();

    w.exportEvidence(exportDir.path());
    ASSERT_TRUE(test::waitUntil([&] { return exported.count() == 3; }, 30000));
    EXPECT_TRUE(exported.last().first().toBool()) << exported.last().last().toString().toStdString();
    const VerifyReport copy = Manifest::verify(w.lastExport());
    EXPECT_TRUE(copy.ok) << copy.problems.join(QLatin1Char(';')).toStdString();
    EXPECT_TRUE(QFileInfo::exists(QDir(w.lastExport()).filePath(QStringLiteral("report.pdf"))));

    // The checkpoint update goes to Slack's incoming webhook (the sandbox's Slack stand-in), after a preview that
    // shows the message as Slack does and says, before any Post, that there is no webhook yet.
    QSignalSpy slack(&w, &MainWindow::slackPosted);
    const QByteArray webhook = (c.sandbox->baseUrl().toString() + QStringLiteral("/slack/webhook")).toUtf8();
    qunsetenv(kSlackWebhookEnv);
    w.postCheckpointToSlack();
    auto *preview = qobject_cast<SlackPreviewDialog *>(w.slackPreview());
    ASSERT_NE(preview, nullptr);
    ASSERT_TRUE(test::waitUntil([&] { return preview->destination()->text().startsWith(QStringLiteral("✗")); }, 30000))
        << preview->destination()->text().toStdString();
    EXPECT_FALSE(preview->postButton()->isEnabled()) << "nothing to post to: Post is off";
    EXPECT_TRUE(preview->destination()->text().contains(QStringLiteral("slack-webhook")));
    EXPECT_TRUE(preview->destination()->text().contains(QLatin1String(kSlackWebhookEnv)));
    const QString shown = preview->preview()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Canary STOPPED"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("\"blocks\""))) << "the message, not its JSON";
    EXPECT_FALSE(shown.contains(QStringLiteral("*"))) << "mrkdwn drawn, not shown: " << shown.toStdString();
    preview->reject();
    ASSERT_TRUE(test::waitUntil([&] { return w.slackPreview() == nullptr; }, 5000));
    EXPECT_EQ(c.sandbox->counts().webhookMessages, 0);

    qputenv(kSlackWebhookEnv, webhook);
    const auto unset = qScopeGuard([] { qunsetenv(kSlackWebhookEnv); });
    w.postCheckpointToSlack();
    preview = qobject_cast<SlackPreviewDialog *>(w.slackPreview());
    ASSERT_NE(preview, nullptr);
    ASSERT_TRUE(test::waitUntil([&] { return preview->postButton()->isEnabled(); }, 30000))
        << preview->destination()->text().toStdString();
    EXPECT_TRUE(preview->destination()->text().contains(QStringLiteral("127.0.0.1")));
    EXPECT_FALSE(preview->destination()->text().contains(QStringLiteral("/slack/webhook"))) << "the path is the secret";
    preview->postButton()->click();
    ASSERT_TRUE(test::waitUntil([&] { return slack.count() == 1; }, 30000));
    EXPECT_TRUE(slack.first().first().toBool()) << slack.first().last().toString().toStdString();
    EXPECT_EQ(c.sandbox->counts().webhookMessages, 1);
    EXPECT_FALSE(slack.first().last().toString().contains(QString::fromUtf8(webhook))) << "the URL is a secret";

    // #31: what the banner offers is in the menu bar too, with shortcuts: the viewer, the folder, Slack.
    for (const char *name : {"viewPackage", "openFolder", "slack"})
        EXPECT_TRUE(w.action(QLatin1String(name))->isEnabled()) << name;
    QSet<QWidget *> before;
    for (QWidget *top : QApplication::topLevelWidgets())
        before.insert(top);
    w.action(QStringLiteral("viewPackage"))->trigger();
    PackageViewer *stakeholder = nullptr;
    ASSERT_TRUE(test::waitUntil(
        [&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *v = qobject_cast<PackageViewer *>(top); v && v->isVisible() && !before.contains(v))
                    stakeholder = v;
            return stakeholder != nullptr;
        },
        30000));
    stakeholder->close();
    // Help ▸ Keyboard Shortcuts lists every command with keys, each keys once.
    w.action(QStringLiteral("shortcuts"))->trigger();
    auto *shortcuts = w.findChild<QTableWidget *>(QStringLiteral("ShortcutTable"));
    ASSERT_NE(shortcuts, nullptr);
    QStringList keys;
    for (int r = 0; r < shortcuts->rowCount(); ++r)
        keys << shortcuts->item(r, 1)->text();
    EXPECT_GE(keys.size(), 15);
    EXPECT_EQ(QSet<QString>(keys.begin(), keys.end()).size(), keys.size()) << keys.join(u' ').toStdString();
    bool start = false;
    for (int r = 0; r < shortcuts->rowCount(); ++r)
        start = start || (shortcuts->item(r, 0)->text().contains(QStringLiteral("Start")) &&
                          shortcuts->item(r, 1)->text() ==
                              QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));
    EXPECT_TRUE(start) << "Start, Ctrl+R";
    shortcuts->window()->close();

    // History has it, with its numbers.
    RunStore store;
    ASSERT_TRUE(store.open().ok());
    const auto row = store.find(w.run()->record().runId);
    ASSERT_TRUE(row.ok()) << row.error().message.toStdString();
    EXPECT_EQ(row.value().state, QStringLiteral("stopped"));
    EXPECT_EQ(row.value().word(), QStringLiteral("STOPPED")) << "History says what the console said";
    EXPECT_NEAR(row.value().achievedRate, 50.0, 3.0) << "over the time that ran";
    EXPECT_GT(row.value().requests, 100u);
    EXPECT_EQ(row.value().outDir, package);

    EXPECT_TRUE(w.action(QStringLiteral("start"))->isEnabled()) << "ready for the next run";

    // The stakeholder's view of the exported copy: verdict, criteria, charts re-drawn, signature checked.
    PackageViewer *viewer = w.openPackage(w.lastExport());
    QSignalSpy openedSpy(viewer, &PackageViewer::opened);
    ASSERT_TRUE(test::waitUntil([&] { return openedSpy.count() == 1; }, 30000));
    ASSERT_TRUE(openedSpy.first().first().toBool()) << viewer->errorText().toStdString();
    EXPECT_TRUE(viewer->bannerText().startsWith(QStringLiteral("Gate 1 — STOPPED")))
        << viewer->bannerText().toStdString();
    EXPECT_TRUE(viewer->signatureText().startsWith(QStringLiteral("✓ Signature valid")))
        << viewer->signatureText().toStdString();
    EXPECT_TRUE(viewer->signatureText().contains(QStringLiteral("the operator's key, kept in the desktop's keychain")))
        << viewer->signatureText().toStdString();
    EXPECT_EQ(viewer->criteriaTable()->rowCount(), 7);
    EXPECT_EQ(viewer->criteriaTable()->item(0, 4)->text(), QStringLiteral("✓ PASS")) << "p95 passed";
    EXPECT_TRUE(viewer->criteriaTable()->item(0, 3)->text().contains(QStringLiteral("under the limit")))
        << "the margin, as the package stored it: " << viewer->criteriaTable()->item(0, 3)->text().toStdString();
    EXPECT_GE(viewer->dashboard()->points(), 3) << "charts re-drawn from the package's raw results";
    // The package's own diagnosis (diagnosis.json), word for word what the live run found — never a second one.
    const QList<Finding> live = w.run()->outcome().findings;
    ASSERT_EQ(viewer->package()->findings.size(), live.size());
    for (qsizetype i = 0; i < live.size(); ++i) {
        EXPECT_EQ(viewer->package()->findings[i].title, live[i].title);
        EXPECT_EQ(viewer->package()->findings[i].evidence, live[i].evidence);
        EXPECT_EQ(viewer->package()->findings[i].nextSteps, live[i].nextSteps);
    }
    // One run, one set of numbers: the criteria the console printed, the viewer shows and History stores.
    const GateVerdict &judged = w.run()->outcome().verdict;
    ASSERT_EQ(viewer->package()->verdict.criteria.size(), judged.criteria.size());
    for (qsizetype i = 0; i < judged.criteria.size(); ++i) {
        EXPECT_EQ(viewer->package()->verdict.criteria[i].measured, judged.criteria[i].measured);
        EXPECT_EQ(viewer->criteriaTable()->item(static_cast<int>(i), 2)->text(), judged.criteria[i].measured);
        if (judged.criteria[i].key.startsWith(QStringLiteral("http_req_duration:p(95)"))) {
            EXPECT_DOUBLE_EQ(row.value().p95Ms, judged.criteria[i].value) << "History's p95 is the judged one";
        }
    }
    EXPECT_DOUBLE_EQ(row.value().achievedRate, judged.achievedRate) << "History's rate, rounded as the verdict's";
    EXPECT_FALSE(viewer->signedWithOneTimeKey()) << "signed with the keychain's key";
    // The Files tab opens a file, the folder, and report.html in the browser.
    QList<QUrl> opened;
    viewer->setUrlOpener([&opened](const QUrl &url) { opened << url; });
    viewer->openReport();
    viewer->openFolder();
    ASSERT_EQ(opened.size(), 2);
    EXPECT_TRUE(opened[0].toLocalFile().endsWith(QStringLiteral("/report.html")));
    EXPECT_TRUE(QFileInfo::exists(opened[0].toLocalFile()));
    EXPECT_EQ(QDir(opened[1].toLocalFile()), QDir(w.lastExport()));
    EXPECT_EQ(viewer->package()->metrics.total().requests, static_cast<quint64>(row.value().requests));

    // One changed byte in the copy: the viewer says so and names the file.
    const QString checkpoint = QDir(w.lastExport()).filePath(QStringLiteral("checkpoint.md"));
    test::writeFile(checkpoint, test::readFile(checkpoint) + "x");
    viewer->openPackage(w.lastExport());
    ASSERT_TRUE(test::waitUntil([&] { return openedSpy.count() == 2; }, 30000));
    EXPECT_TRUE(viewer->signatureText().startsWith(QStringLiteral("✗"))) << viewer->signatureText().toStdString();
    EXPECT_TRUE(viewer->signatureText().contains(QStringLiteral("checkpoint.md")))
        << viewer->signatureText().toStdString();
    viewer->close();
}

// A 2-s `canarydesk run --demo` into out, with its history in dir (env: what the run sees besides).
// A 2-s demo run's package; passed: it must be a PASS (a machine loaded by other work may fail the gate's rate).
void demoPackage(const QTemporaryDir &dir, const QString &out, QProcessEnvironment env, bool passed = true)
{
    QProcess run;
    env.insert(QStringLiteral("CANARYDESK_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    run.setProcessEnvironment(env);
    run.start(QStringLiteral(CANARYDESK_BINARY_DIR "/app/canarydesk"),
              {QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--duration"), QStringLiteral("2s"),
               QStringLiteral("--out"), out});
    ASSERT_TRUE(run.waitForFinished(60000));
    if (passed)
        ASSERT_EQ(run.exitCode(), 0) << run.readAllStandardError().constData();
    else
        ASSERT_TRUE(run.exitCode() == 0 || run.exitCode() == 99) << run.readAllStandardError().constData();
}

// The viewer shows the judgement the package states (diagnosis.json) and never judges a run itself: an edited
// diagnosis.json is shown as written (and the signature says it was changed), a missing one gives no verdict.
TEST(Console, TheViewerShowsTheJudgementOfThePackageAndNeverJudgesItself)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("pkg"));
    ASSERT_NO_FATAL_FAILURE(demoPackage(dir, out, QProcessEnvironment::systemEnvironment()));

    const QString diagnosisPath = QDir(out).filePath(QStringLiteral("diagnosis.json"));
    QJsonObject diagnosis = QJsonDocument::fromJson(test::readFile(diagnosisPath)).object();
    ASSERT_EQ(diagnosis.value(QStringLiteral("verdict")).toString(), QStringLiteral("PASS"));
    diagnosis.insert(QStringLiteral("verdict"), QStringLiteral("FAIL"));
    diagnosis.insert(QStringLiteral("passed"), false);
    QJsonArray criteria = diagnosis.value(QStringLiteral("criteria")).toArray();
    QJsonObject first = criteria.at(0).toObject();
    first.insert(QStringLiteral("measured"), QStringLiteral("999.99 ms"));
    first.insert(QStringLiteral("pass"), false);
    criteria.replace(0, first);
    diagnosis.insert(QStringLiteral("criteria"), criteria);
    diagnosis.insert(QStringLiteral("findings"),
                     QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Written by hand")},
                                            {QStringLiteral("evidence"), QStringLiteral("not computed")},
                                            {QStringLiteral("next_steps"), QStringLiteral("none")}}});
    test::writeFile(diagnosisPath, QJsonDocument(diagnosis).toJson());

    PackageViewer viewer;
    QSignalSpy opened(&viewer, &PackageViewer::opened);
    viewer.openPackage(out);
    ASSERT_TRUE(test::waitUntil([&] { return opened.count() == 1; }, 30000));
    ASSERT_TRUE(opened.first().first().toBool()) << viewer.errorText().toStdString();
    // Judged from the raw results this run passes; the viewer shows what the package says, and that it was changed.
    EXPECT_EQ(viewer.package()->verdict.word(), QStringLiteral("FAIL"));
    EXPECT_TRUE(viewer.bannerText().contains(QStringLiteral("FAIL"))) << viewer.bannerText().toStdString();
    EXPECT_EQ(viewer.criteriaTable()->item(0, 2)->text(), QStringLiteral("999.99 ms"));
    ASSERT_EQ(viewer.package()->findings.size(), 1);
    EXPECT_EQ(viewer.package()->findings.first().title, QStringLiteral("Written by hand"));
    EXPECT_TRUE(viewer.signatureText().contains(QStringLiteral("diagnosis.json")))
        << viewer.signatureText().toStdString();

    ASSERT_TRUE(QFile::remove(diagnosisPath));
    viewer.openPackage(out);
    ASSERT_TRUE(test::waitUntil([&] { return opened.count() == 2; }, 30000));
    EXPECT_EQ(viewer.package()->verdict.word(), QStringLiteral("INCOMPLETE")) << "no verdict, not a second one";
    EXPECT_TRUE(viewer.package()->findings.isEmpty());
    EXPECT_TRUE(viewer.package()->notes.join(u'|').contains(QStringLiteral("no verdict: it has no diagnosis.json")))
        << viewer.package()->notes.join(u'|').toStdString();
}

// A package signed with a one-time key (no keychain where it ran): the viewer, report.html and report.pdf say so
// with the key's fingerprint and how to check it — in words for the reader, without the operator's D-Bus advice (#31).
TEST(Console, TheViewerShowsAOneTimeKeyAsANoticeWithItsFingerprint)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("pkg"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));     // no Secret Service: the key is made for this run
    ASSERT_NO_FATAL_FAILURE(demoPackage(dir, out, env, false)); // the signature is the point, not the verdict
    PackageViewer viewer;
    QSignalSpy opened(&viewer, &PackageViewer::opened);
    viewer.openPackage(out);
    ASSERT_TRUE(test::waitUntil([&] { return opened.count() == 1; }, 30000));
    ASSERT_TRUE(opened.first().first().toBool()) << viewer.errorText().toStdString();
    EXPECT_TRUE(viewer.signedWithOneTimeKey());
    const QString said = viewer.signatureText();
    const QString fingerprint = viewer.package()->verification.fingerprint;
    ASSERT_TRUE(fingerprint.startsWith(QStringLiteral("SHA256:")));
    EXPECT_TRUE(said.startsWith(QStringLiteral("⚠"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("Signed with key ") + fingerprint)) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("a one-time key made for this run only"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("canarydesk verify"))) << said.toStdString();
    for (const char *advice : {"D-Bus", "Secret Service", "CANARYDESK_CLIENT_SECRET"})
        EXPECT_FALSE(said.contains(QLatin1String(advice))) << advice << ": " << said.toStdString();

    // The same line in the report a stakeholder opens, and on report.pdf's first page.
    const QString html = QString::fromUtf8(test::readFile(QDir(out).filePath(QStringLiteral("report.html"))));
    EXPECT_TRUE(html.contains(QStringLiteral("Signed with key ") + fingerprint)) << "report.html";
    EXPECT_TRUE(html.contains(QStringLiteral("a one-time key made for this run only")));
    EXPECT_FALSE(html.contains(QStringLiteral("D-Bus")));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                     QDir(out).filePath(QStringLiteral("report.pdf")), QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    const QString page1 = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    EXPECT_TRUE(page1.contains(fingerprint)) << page1.toStdString();
    EXPECT_TRUE(page1.contains(QStringLiteral("a one-time key made for this run only"))) << page1.toStdString();
}

TEST(Console, TheViewerNamesAFolderThatIsNoPackage)
{
    QTemporaryDir dir;
    PackageViewer viewer;
    QSignalSpy opened(&viewer, &PackageViewer::opened);
    viewer.openPackage(dir.path());
    ASSERT_TRUE(test::waitUntil([&] { return opened.count() == 1; }, 10000));
    EXPECT_FALSE(opened.first().first().toBool());
    EXPECT_TRUE(viewer.bannerText().contains(QStringLiteral("is not a CanaryDesk evidence package")))
        << viewer.bannerText().toStdString();
    // It closes as every document window does: Esc, and Ctrl+W.
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)}) {
        viewer.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&viewer));
        QTest::keySequence(&viewer, keys);
        EXPECT_FALSE(viewer.isVisible()) << keys.toString().toStdString();
    }
}

TEST(Console, AWrongSecretShowsTheServersAnswerAndSendsNothing)
{
    Console c(50, 60000, QStringLiteral("not-the-secret"));
    c.window.startRun(false);
    ASSERT_TRUE(test::waitUntil([&] { return c.finished(); }, 30000));
    EXPECT_EQ(c.window.run()->phase(), RunSession::Phase::Failed);
    EXPECT_TRUE(c.window.verdictText().contains(QStringLiteral("did not start")))
        << c.window.verdictText().toStdString();
    EXPECT_TRUE(c.window.verdictText().contains(QStringLiteral("invalid_client")))
        << c.window.verdictText().toStdString();
    EXPECT_FALSE(c.window.verdictText().contains(QStringLiteral("not-the-secret")));
    EXPECT_EQ(c.sandbox->counts().notificationsReceived, 0);
    EXPECT_TRUE(c.window.action(QStringLiteral("start"))->isEnabled());
}

TEST(Console, HistoryComparesTheFollowUpRunWithTheGate1Run)
{
    Console c(50, 2000);
    MainWindow &w = c.window;
    w.startRun(false);
    ASSERT_TRUE(test::waitUntil([&] { return c.finished(); }, 60000));
    const QString gate1Run = w.run()->record().runId;
    Scenario followUp = *w.scenario();
    followUp.gate.profile = QStringLiteral("followup");
    ASSERT_TRUE(w.verdictText().startsWith(QStringLiteral("Gate 1 — PASS"))) << w.verdictText().toStdString();
    // The banner is painted in the verdict's colour (its white text is unreadable on anything else).
    auto *banner = w.findChild<QWidget *>(QStringLiteral("VerdictBanner"));
    ASSERT_NE(banner, nullptr);
    // As the window paints it (a widget grabbed alone gets its background drawn whatever it asks for).
    const QImage painted = w.grab(QRect(banner->mapTo(&w, QPoint(0, 0)), banner->size())).toImage();
    EXPECT_EQ(painted.pixelColor(painted.width() / 2, 2).name(), QStringLiteral("#1a7f37"))
        << "the PASS green behind the verdict line";
    ASSERT_TRUE(w.action(QStringLiteral("export"))->isEnabled());
    w.setScenario(followUp, QStringLiteral("follow-up"));
    // Another scenario: the last run's verdict, export and panels are gone; READY is the only state shown.
    EXPECT_TRUE(w.verdictText().isEmpty()) << w.verdictText().toStdString();
    EXPECT_FALSE(w.action(QStringLiteral("export"))->isEnabled());
    EXPECT_EQ(w.timelineView()->count(), 0);
    EXPECT_FALSE(w.healthView()->isVisible());
    EXPECT_TRUE(w.stateText().contains(QStringLiteral("READY"))) << w.stateText().toStdString();
    w.startRun(false);
    ASSERT_TRUE(test::waitUntil([&] { return c.finished() && w.run()->record().runId != gate1Run; }, 60000));
    ASSERT_EQ(w.run()->phase(), RunSession::Phase::Done);

    HistoryWindow *history = w.showHistory();
    ASSERT_NE(history, nullptr);
    ASSERT_GE(history->table()->rowCount(), 2);
    EXPECT_EQ(history->table()->item(0, 1)->text(), followUp.headline()) << "newest first";
    history->table()->setSelectionMode(QAbstractItemView::MultiSelection);
    history->table()->selectRow(0);
    history->table()->selectRow(1);
    CompareView *compare = history->compareSelected();
    ASSERT_NE(compare, nullptr);
    QSignalSpy compared(compare, &CompareView::compared);
    ASSERT_TRUE(test::waitUntil([&] { return compared.count() == 1; }, 30000));
    ASSERT_TRUE(compared.first().first().toBool()) << compare->errorText().toStdString();
    QTableWidget *t = compare->table();
    auto rowOf = [&](const QString &label) {
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0) && t->item(r, 0)->text() == label)
                return r;
        return -1;
    };
    const int gate = rowOf(QStringLiteral("Gate"));
    ASSERT_GE(gate, 0);
    EXPECT_EQ(t->item(gate, 1)->text(), QStringLiteral("Gate 1")) << "A is the older run";
    EXPECT_EQ(t->item(gate, 2)->text(), GateProfile::builtin(QStringLiteral("followup"))->title);
    // Rates change by percentage points, latencies by ms and a percent of A — never mixed in one cell.
    const QString errorChange = t->item(rowOf(QStringLiteral("Error rate")), 3)->text();
    EXPECT_TRUE(errorChange.contains(QStringLiteral(" pts"))) << errorChange.toStdString();
    EXPECT_FALSE(errorChange.contains(QStringLiteral("of A"))) << errorChange.toStdString();
    const QString p95Change = t->item(rowOf(QStringLiteral("Latency p95")), 3)->text();
    EXPECT_TRUE(p95Change.contains(QStringLiteral(" ms"))) << p95Change.toStdString();
    // Two seconds each: too few stretches to call anything — said, not guessed.
    EXPECT_EQ(t->item(rowOf(QStringLiteral("Latency p95")), 4)->text(), QStringLiteral("not enough data"));
    // The sentence first, each run against its own gate.
    EXPECT_TRUE(compare->headingText().contains(QStringLiteral("Both runs pass their own gates (p95 limit 250 ms "
                                                               "for A, 120 ms for B)")))
        << compare->headingText().toStdString();
    QTemporaryDir pageDir;
    const QString page = pageDir.filePath(QStringLiteral("comparison.html"));
    ASSERT_TRUE(compare->exportHtml(page));
    const QString html = QString::fromUtf8(test::readFile(page));
    EXPECT_TRUE(html.contains(QStringLiteral("Both runs pass their own gates")));
    EXPECT_TRUE(html.contains(QStringLiteral("B&#x27;s limit ≤ 120 ms")) ||
                html.contains(QStringLiteral("B's limit ≤ 120 ms")))
        << "each run's own limit on the chart";
    compare->close();

    // Export the Gate 1 run again, elsewhere: read on a worker thread, then written and signed.
    history->table()->clearSelection();
    history->table()->selectRow(1);
    QTemporaryDir elsewhere;
    QSignalSpy exported(history, &HistoryWindow::exportFinished);
    history->exportSelected(elsewhere.path());
    EXPECT_EQ(exported.count(), 0) << "the window is back before the package is written";
    ASSERT_TRUE(test::waitUntil([&] { return exported.count() == 1; }, 60000));
    ASSERT_TRUE(exported.first().first().toBool()) << exported.first().last().toString().toStdString();
    const QString copy = exported.first().last().toString();
    EXPECT_TRUE(copy.startsWith(elsewhere.path()));
    EXPECT_TRUE(Manifest::verify(copy).ok);
    EXPECT_EQ(RunRecord::load(copy).value().runId, gate1Run);
    history->close();
}

TEST(Console, TheK6EngineIsFollowedLiveAndPackagedLikeTheBuiltInOne)
{
    qputenv("CANARYDESK_K6", FAKE_K6_BIN); // a stand-in that writes k6's JSON output at the real pace
    qputenv("K6_FAKE_RATE", "20");
    qputenv("K6_FAKE_SECONDS", "3");
    Console c(20, 3000);
    MainWindow &w = c.window;
    w.setEngine(QStringLiteral("k6"));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.startRun(false);
    ASSERT_TRUE(test::waitUntil([&] { return finished.count() == 1; }, 60000));
    ASSERT_NE(w.run(), nullptr);
    EXPECT_EQ(w.run()->loadEnd().k6ExitCode, 0);
    EXPECT_TRUE(w.verdictText().startsWith(QStringLiteral("Gate 1 — PASS"))) << w.verdictText().toStdString();
    EXPECT_GE(w.dashboard()->points(), 2) << "k6's seconds reached the charts";
    EXPECT_TRUE(Manifest::verify(w.packageDir()).ok);
    EXPECT_TRUE(w.action(QStringLiteral("start"))->isEnabled());
    qunsetenv("CANARYDESK_K6");
}

TEST(Console, ImportingK6ResultsOpensTheirPackage)
{
    MainWindow w;
    PackageViewer *viewer = nullptr;
    QString failure;
    QObject::connect(&w, &MainWindow::imported, [&](PackageViewer *v) { viewer = v; });
    QObject::connect(&w, &MainWindow::importFailed, [&](const QString &message) { failure = message; });
    w.importK6Results(test::sourcePath(QStringLiteral("tests/data/k6/summary-export.json")), false);
    EXPECT_EQ(viewer, nullptr) << "read on a worker thread: the window is back before the package exists";
    ASSERT_TRUE(test::waitUntil([&] { return viewer || !failure.isEmpty(); }, 60000));
    ASSERT_NE(viewer, nullptr) << failure.toStdString();
    QSignalSpy opened(viewer, &PackageViewer::opened);
    ASSERT_TRUE(test::waitUntil([&] { return opened.count() == 1; }, 30000));
    EXPECT_TRUE(viewer->bannerText().startsWith(QStringLiteral("Gate 1 — PASS"))) << viewer->bannerText().toStdString();
    EXPECT_TRUE(viewer->signatureText().startsWith(QStringLiteral("✓"))) << viewer->signatureText().toStdString();
    viewer->close();
    viewer = nullptr;
    w.importK6Results(test::sourcePath(QStringLiteral("README.md")), false);
    ASSERT_TRUE(test::waitUntil([&] { return viewer || !failure.isEmpty(); }, 60000));
    EXPECT_EQ(viewer, nullptr);
    EXPECT_TRUE(failure.contains(QStringLiteral("not k6 output"))) << failure.toStdString();
    EXPECT_EQ(w.lastError(), failure);
    EXPECT_TRUE(w.action(QStringLiteral("import"))->isEnabled()) << "ready for the next file";
}

// The console's Start is the operator's consent (#26): it hands the scenario's variables over and sends each stored
// secret where it is bound, so the confirmation shows every one of them and the origin it goes to, in plain sight.
TEST(Console, TheStartConfirmationShowsEverySecretAndVariableAndWhereItGoes)
{
    Scenario s = ScenarioLoader::loadFile(
                     test::sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json")))
                     .value();
    s.target.secretHeaders.insert(QStringLiteral("X-Api-Key"), QStringLiteral("acme-api-key"));
    s.target.environment = {QStringLiteral("REGION")};
    s.target.insecure = true;
    const QString text = StartConfirmation::text(s);
    EXPECT_TRUE(text.contains(QStringLiteral("the client secret (%1) → https://scholar-auth-jamarrlmayes.replit.app; "
                                             "the token it buys → https://auto-com-center-jamarrlmayes.replit.app")
                                  .arg(s.auth.effectiveSecretKey())))
        << text.toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("the header X-Api-Key (acme-api-key) → https://auto-com-center-jamarrlmayes.replit.app")));
    EXPECT_TRUE(text.contains(QStringLiteral("the SendGrid API key (sendgrid_api_key) → https://api.sendgrid.com")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("the environment variable REGION → https://auto-com-center-jamarrlmayes.replit.app")));
    EXPECT_TRUE(text.contains(QStringLiteral("TLS certificate verification is OFF for every request")));
}
