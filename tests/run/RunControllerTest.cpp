#include "core/run/RunController.h"

#include "core/scenario/ScenarioLoader.h"
#include "tests/support/TestTls.h"
#include "tests/support/TestUtil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::test;

TEST(RunController, AnInsecureTargetIsWarnedAboutAndMarkedInTheEvidence)
{
    TlsTarget target(makeSelfSigned());
    ASSERT_TRUE(target.listen());
    Scenario s = ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json"))).value();
    s.target.baseUrl = target.baseUrl();
    s.target.insecure = true;
    s.auth = AuthSpec{};
    s.monitors = MonitorsSpec{};
    s.load.stages = {LoadStage{10, 1000}};
    QTemporaryDir dir;
    RunSetup setup;
    setup.scenario = s;
    setup.outDir = dir.filePath(QStringLiteral("run"));
    setup.workers = 1;
    RunController run(setup, nullptr, nullptr);
    QStringList warnings;
    QObject::connect(&run, &RunController::warning, [&](const QString &w) { warnings << w; });
    bool done = false;
    QObject::connect(&run, &RunController::finished, [&] { done = true; });
    QObject::connect(&run, &RunController::failed, [&](const QString &m) { ADD_FAILURE() << m.toStdString(); done = true; });
    run.start();
    ASSERT_TRUE(waitUntil([&] { return done; }, 60000));
    EXPECT_TRUE(warnings.join(QLatin1Char('|')).contains(QStringLiteral("TLS certificate verification is OFF"))) << warnings.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(run.outcome().record.notes.join(QLatin1Char('|')).contains(QStringLiteral("TLS certificate verification is OFF")));
    EXPECT_TRUE(readFile(QDir(run.outcome().dir).filePath(QStringLiteral("checkpoint.md"))).size() > 0);
    EXPECT_TRUE(readFile(QDir(run.outcome().dir).filePath(QStringLiteral("run.json"))).contains("TLS certificate verification is OFF"));
    EXPECT_EQ(run.outcome().total.statusCounts.value(202), 10u);
}
