// canarydesk compare: two runs of the sandbox, as the seed's story has them — Gate 1, then the follow-up at 120 ms.
#include "tests/e2e/E2eSupport.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary::test;

namespace {

// One 8-s canary at 50/s against a sandbox answering after latencyMs, judged against gate.
bool runCanary(const QString &latencyMs, const QString &gate, const QString &out)
{
    QProcess sandbox;
    const QString base = startSandbox(sandbox, {QStringLiteral("--latency"), latencyMs});
    if (base.isEmpty())
        return false;
    const ProcessRun r = runAgainstSandbox(
        base, {QStringLiteral(CANARYDESK_SOURCE_DIR "/resources/scenarios/demo_sandbox.json"), QStringLiteral("--url"),
               base, QStringLiteral("--rate"), QStringLiteral("50"), QStringLiteral("--duration"), QStringLiteral("8s"),
               QStringLiteral("--gate"), gate, QStringLiteral("--out"), out});
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return r.exitCode == 0 || r.exitCode == 99;
}

QJsonObject row(const QJsonObject &comparison, const QString &metric)
{
    for (const QJsonValue &r : comparison.value(QStringLiteral("metrics")).toArray())
        if (r.toObject().value(QStringLiteral("metric")).toString() == metric)
            return r.toObject();
    return {};
}

} // namespace

TEST(Compare, TheFollowUpFailsOnlyBecauseItsLimitIsTighterAndASlowerServiceIsCalledSlower)
{
    QTemporaryDir dir;
    const QString gate1 = dir.filePath(QStringLiteral("gate1")), followUp = dir.filePath(QStringLiteral("followup")),
                  slower = dir.filePath(QStringLiteral("slower"));
    // The same service (130 ms) under Gate 1 (p95 <= 250 ms: PASS) and the follow-up gate (<= 120 ms: FAIL); then a
    // service 10 % slower under Gate 1.
    ASSERT_TRUE(runCanary(QStringLiteral("130"), QStringLiteral("gate1"), gate1));
    ASSERT_TRUE(runCanary(QStringLiteral("130"), QStringLiteral("followup"), followUp));
    ASSERT_TRUE(runCanary(QStringLiteral("143"), QStringLiteral("gate1"), slower));

    const QString html = dir.filePath(QStringLiteral("comparison.html"));
    const ProcessRun same = canarydesk(
        {QStringLiteral("compare"), gate1, followUp, QStringLiteral("--json"), QStringLiteral("--html"), html});
    EXPECT_EQ(same.exitCode, 99) << "B fails where A passes" << same.err.constData();
    const QJsonObject c = QJsonDocument::fromJson(same.out).object();
    ASSERT_FALSE(c.isEmpty()) << same.out.constData();
    const QString sentence = c.value(QStringLiteral("sentence")).toString();
    EXPECT_TRUE(sentence.startsWith(QStringLiteral("B failed only because its limit is 120 ms (A's is 250 ms); its "
                                                   "latency is the same as A's within ±")))
        << sentence.toStdString();
    const QJsonObject p95 = row(c, QStringLiteral("http_req_duration p(95)"));
    EXPECT_EQ(p95.value(QStringLiteral("call")).toString(), QStringLiteral("no detectable change"));
    EXPECT_EQ(p95.value(QStringLiteral("unit")).toString(), QStringLiteral("ms"));
    EXPECT_EQ(p95.value(QStringLiteral("ci")).toArray().size(), 2);
    for (const char *key : {"metric", "a", "b", "change", "ci", "call"})
        EXPECT_TRUE(p95.contains(QLatin1String(key))) << key;
    EXPECT_EQ(c.value(QStringLiteral("a")).toObject().value(QStringLiteral("verdict")).toString(),
              QStringLiteral("PASS"));
    EXPECT_EQ(c.value(QStringLiteral("b")).toObject().value(QStringLiteral("verdict")).toString(),
              QStringLiteral("FAIL"));
    const QByteArray page = readFile(html);
    EXPECT_TRUE(page.contains("B failed only because its limit is 120 ms")) << "the page says it in one sentence";
    EXPECT_TRUE(page.contains("limit ≤ 120 ms") && page.contains("limit ≤ 250 ms")) << "each run's own limit drawn";
    EXPECT_FALSE(page.contains("<script")) << "a page that needs nothing";

    const ProcessRun worse = canarydesk({QStringLiteral("compare"), gate1, slower, QStringLiteral("--json")});
    EXPECT_EQ(worse.exitCode, 99);
    const QJsonObject w = QJsonDocument::fromJson(worse.out).object();
    const QJsonObject slowerP95 = row(w, QStringLiteral("http_req_duration p(95)"));
    EXPECT_EQ(slowerP95.value(QStringLiteral("call")).toString(), QStringLiteral("slower"))
        << QJsonDocument(slowerP95).toJson().constData();
    EXPECT_GT(slowerP95.value(QStringLiteral("ci")).toArray().at(0).toDouble(), 0.0);

    // The other way round nothing got worse: exit 0, and the text says faster.
    const ProcessRun better = canarydesk({QStringLiteral("compare"), slower, gate1});
    EXPECT_EQ(better.exitCode, 0) << better.out.constData();
    EXPECT_TRUE(better.out.contains("faster")) << better.out.constData();

    // History knows the trend: the slower run of the same scenario is marked, with its p95 interval.
    const ProcessRun history = canarydesk({QStringLiteral("history")});
    const QList<QByteArray> lines = history.out.split('\n');
    qsizetype at = -1;
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (lines[i].trimmed() == slower.toUtf8())
            at = i - 1;
    ASSERT_GE(at, 0) << history.out.constData();
    EXPECT_TRUE(lines[at].contains("↑ slower than the previous run")) << lines[at].constData();
    EXPECT_TRUE(lines[at].contains(" [")) << "the p95 with its interval: " << lines[at].constData();

    const ProcessRun missing = canarydesk({QStringLiteral("compare"), gate1, dir.filePath(QStringLiteral("nope"))});
    EXPECT_EQ(missing.exitCode, 104);
    EXPECT_TRUE(missing.err.contains("B:")) << missing.err.constData();
}
