#include "core/run/RunRecord.h"
#include "core/run/RunStore.h"

#include "core/metrics/IntervalStats.h"
#include "core/scenario/ScenarioLoader.h"
#include "tests/support/TestUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace canary;

namespace {

RunRecord record(const QString &id, const QString &dir, qint64 pid)
{
    const auto scenario =
        ScenarioLoader::loadFile(test::sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json")));
    EXPECT_TRUE(scenario.ok());
    RunRecord r;
    r.runId = id;
    r.scenario = scenario.value();
    r.outDir = dir;
    r.startedUtc = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    r.plannedMs = 10000;
    r.expectedRequests = 500;
    r.pid = pid;
    r.events.append(QJsonObject{{QStringLiteral("time"), QStringLiteral("2026-11-27T09:00:00.000Z")},
                                {QStringLiteral("event"), QStringLiteral("fetched")}});
    return r;
}

} // namespace

TEST(RunRecord, RoundTripsThroughRunJsonAndNamesABrokenFile)
{
    QTemporaryDir dir;
    RunRecord r = record(QStringLiteral("0123abcd-0000-0000-0000-000000000000"), dir.path(), 42);
    r.state = RunRecord::State::Stopped;
    r.stopReason = QStringLiteral("guard rail: health failed 3 times in a row");
    r.notes << QStringLiteral("a note");
    ASSERT_TRUE(r.save(dir.path()).ok());
    const auto back = RunRecord::load(dir.path());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value().toJson(), r.toJson());
    EXPECT_EQ(back.value().targetRate(), 50.0);
    EXPECT_TRUE(back.value().facts().aborted);

    test::writeFile(QDir(dir.path()).filePath(QStringLiteral("run.json")), "{\"format\":\"canarydesk-run/1\",");
    const auto broken = RunRecord::load(dir.path());
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("run.json: not JSON")))
        << broken.error().message.toStdString();
}

TEST(RunStore, ListsFindsByPrefixUpdatesAndRemoves)
{
    QTemporaryDir dir;
    RunStore store(dir.filePath(QStringLiteral("h/history.sqlite")));
    ASSERT_TRUE(store.open().ok());
    RunRecord a = record(QStringLiteral("aaaa1111-0000-0000-0000-000000000000"), dir.path(), 1);
    RunRecord b = record(QStringLiteral("aaaa2222-0000-0000-0000-000000000000"), dir.path(), 1);
    b.startedUtc = b.startedUtc.addSecs(60);
    ASSERT_TRUE(store.save(a).ok());
    ASSERT_TRUE(store.save(b).ok());
    IntervalStats total;
    total.requests = 480;
    total.delivered = 470;
    total.deliverySamples = 480; // delivery_success is a Rate over its own points
    a.state = RunRecord::State::Finished;
    a.passed = true;
    ASSERT_TRUE(store.save(a, &total).ok()); // an update, not a second row

    const auto rows = store.list();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 2);
    EXPECT_EQ(rows.value()[0].runId, b.runId) << "newest first";
    EXPECT_EQ(rows.value()[1].requests, 480u);
    EXPECT_EQ(rows.value()[1].state, QStringLiteral("finished"));
    EXPECT_NEAR(rows.value()[1].deliveryRate, 470.0 / 480.0, 1e-12);
    EXPECT_NEAR(rows.value()[1].achievedRate, 48.0, 1e-9);

    EXPECT_EQ(store.find(QStringLiteral("aaaa1")).value().runId, a.runId);
    EXPECT_TRUE(store.find(QStringLiteral("aaaa")).error().message.contains(QStringLiteral("matches 2 runs")));
    EXPECT_TRUE(store.find(QStringLiteral("bbbb")).error().message.contains(QStringLiteral("not in the history")));
    EXPECT_TRUE(store.find(QStringLiteral("aa")).error().message.contains(QStringLiteral("at least 4")));
    ASSERT_TRUE(store.remove(b.runId).ok());
    EXPECT_FALSE(store.remove(b.runId).ok());
    EXPECT_EQ(store.list().value().size(), 1);
}

TEST(RunStore, ARunWhoseProcessIsGoneBecomesInterruptedInTheRowAndItsRunJson)
{
    QTemporaryDir dir;
    RunStore store(dir.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(store.open().ok());
    const QString deadDir = dir.filePath(QStringLiteral("dead"));
    const QString liveDir = dir.filePath(QStringLiteral("live"));
    QDir().mkpath(deadDir);
    QDir().mkpath(liveDir);
    // A pid no process has (above the kernel's pid_max) and this very process.
    RunRecord dead = record(QStringLiteral("dead0000-0000-0000-0000-000000000000"), deadDir, 99999999);
    RunRecord live =
        record(QStringLiteral("11ve0000-0000-0000-0000-000000000000"), liveDir, QCoreApplication::applicationPid());
    for (const RunRecord *r : {&dead, &live}) {
        ASSERT_TRUE(r->save(r->outDir).ok());
        ASSERT_TRUE(store.save(*r).ok());
    }
    EXPECT_EQ(store.markInterrupted(), 1);
    EXPECT_EQ(store.find(QStringLiteral("dead")).value().state, QStringLiteral("interrupted"));
    EXPECT_EQ(store.find(QStringLiteral("11ve")).value().state, QStringLiteral("running"));
    const auto reloaded = RunRecord::load(deadDir);
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(reloaded.value().state, RunRecord::State::Interrupted);
    EXPECT_TRUE(reloaded.value().stopReason.contains(QStringLiteral("ended before the run did")));
    EXPECT_EQ(store.markInterrupted(), 0) << "once";
}

TEST(RunStore, AFileThatIsNoDatabaseIsNamed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    test::writeFile(path, QByteArray(4096, 'x'));
    RunStore store(path);
    const Status opened = store.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(path)) << opened.error().message.toStdString();
}

TEST(RunStore, KeepsTheJudgedP95WithItsIntervalAndMarksARunSlowerOnlyWhenTheIntervalsDoNotOverlap)
{
    QTemporaryDir dir;
    RunStore store(dir.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(store.open().ok());
    IntervalStats total;
    total.requests = 500;
    // Three runs of the same scenario: 100 ms [98–102], 101 ms [99–103] (overlaps: no mark), 110 ms [108–112]
    // (wholly above the one before: slower).
    const double p95[] = {100, 101, 110};
    for (int i = 0; i < 3; ++i) {
        RunRecord r = record(QStringLiteral("bbbb%1000-0000-0000-0000-000000000000").arg(i), dir.path(), 1);
        r.startedUtc = r.startedUtc.addSecs(60 * i);
        r.state = RunRecord::State::Finished;
        GateVerdict v;
        CriterionResult c;
        c.key = QStringLiteral("http_req_duration:p(95)<=250");
        c.value = p95[i];
        c.ciLo = p95[i] - 2;
        c.ciHi = p95[i] + 2;
        c.pass = true;
        v.criteria << c;
        ASSERT_TRUE(store.save(r, &total, &v).ok());
    }
    const auto rows = store.list();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 3);
    EXPECT_DOUBLE_EQ(rows.value()[0].p95Ms, 110.0) << "the verdict's figure, not the totals' own";
    EXPECT_DOUBLE_EQ(rows.value()[0].p95Lo, 108.0);
    EXPECT_DOUBLE_EQ(rows.value()[0].p95Hi, 112.0);
    const QHash<QString, QString> trend = RunStore::trend(rows.value());
    EXPECT_EQ(trend.value(rows.value()[0].runId), QStringLiteral("slower"));
    EXPECT_FALSE(trend.contains(rows.value()[1].runId)) << "101 [99–103] after 100 [98–102]: no change shown";
    EXPECT_FALSE(trend.contains(rows.value()[2].runId)) << "the first has nothing before it";
    // A run without an interval (a summary import) is never marked, nor compared against.
    RunRecord plain = record(QStringLiteral("cccc0000-0000-0000-0000-000000000000"), dir.path(), 1);
    plain.startedUtc = plain.startedUtc.addSecs(600);
    ASSERT_TRUE(store.save(plain, &total).ok());
    EXPECT_TRUE(std::isnan(store.find(QStringLiteral("cccc")).value().p95Lo));
    EXPECT_FALSE(RunStore::trend(store.list().value()).contains(plain.runId));
}
