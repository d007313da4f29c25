#include "core/evidence/Summary.h"

#include "tests/support/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary;

namespace {

IntervalStats stats()
{
    IntervalStats s;
    for (int i = 0; i < 5000; ++i) {
        RequestResult r;
        r.sentNs = 0;
        r.finishedNs = (1000 + i % 200) * 1000; // 1.0 .. 1.2 ms
        r.intendedNs = -200'000;
        r.status = i < 10 ? 503 : 202;
        r.checkOk = i >= 10;
        r.delivered = i >= 20;
        s.record(r);
    }
    return s;
}

} // namespace

TEST(Summary, HasTheHandleSummaryShapeOfTheK6Fixture)
{
    const IntervalStats s = stats();
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const QJsonObject ours =
        Summary::handleSummary(SummaryInput{&s, ThresholdEvaluator::evaluate(gate, s, 20.0), 20000, {202}});
    // A real k6 v0.46.0 handleSummary (copied from shared/fixtures/k6 so the tests stand alone).
    const QJsonObject k6 = QJsonDocument::fromJson(test::readFile(QStringLiteral(CANARYDESK_SOURCE_DIR
                                                                                 "/tests/data/k6/handle-summary.json")))
                               .object();
    ASSERT_FALSE(k6.isEmpty());
    {
        EXPECT_EQ(ours.keys(), k6.keys());
        for (const char *metric : {"http_reqs", "http_req_duration", "errors", "delivery_success", "http_req_failed"}) {
            const QJsonObject a =
                ours.value(QStringLiteral("metrics")).toObject().value(QString::fromLatin1(metric)).toObject();
            const QJsonObject b =
                k6.value(QStringLiteral("metrics")).toObject().value(QString::fromLatin1(metric)).toObject();
            EXPECT_EQ(a.value(QStringLiteral("type")), b.value(QStringLiteral("type"))) << metric;
            EXPECT_EQ(a.value(QStringLiteral("contains")), b.value(QStringLiteral("contains"))) << metric;
            for (const QString &key : b.value(QStringLiteral("values")).toObject().keys())
                EXPECT_TRUE(a.value(QStringLiteral("values")).toObject().contains(key))
                    << metric << " lacks " << key.toStdString();
            EXPECT_EQ(a.value(QStringLiteral("thresholds")).toObject().isEmpty(),
                      b.value(QStringLiteral("thresholds")).toObject().isEmpty())
                << metric;
        }
    }
    const QJsonObject m = ours.value(QStringLiteral("metrics")).toObject();
    EXPECT_EQ(m.value(QStringLiteral("http_reqs"))
                  .toObject()
                  .value(QStringLiteral("values"))
                  .toObject()
                  .value(QStringLiteral("count"))
                  .toInt(),
              5000);
    EXPECT_DOUBLE_EQ(m.value(QStringLiteral("http_reqs"))
                         .toObject()
                         .value(QStringLiteral("values"))
                         .toObject()
                         .value(QStringLiteral("rate"))
                         .toDouble(),
                     250.0);
    const QJsonObject errors = m.value(QStringLiteral("errors")).toObject().value(QStringLiteral("values")).toObject();
    EXPECT_EQ(errors.value(QStringLiteral("passes")).toInt(), 10)
        << "a Rate's passes count the true samples: the errors";
    EXPECT_EQ(errors.value(QStringLiteral("fails")).toInt(), 4990);
    const QJsonObject duration = m.value(QStringLiteral("http_req_duration")).toObject();
    EXPECT_TRUE(duration.value(QStringLiteral("values")).toObject().contains(QStringLiteral("p(99)")));
    EXPECT_TRUE(duration.value(QStringLiteral("thresholds"))
                    .toObject()
                    .value(QStringLiteral("p(95)<=250"))
                    .toObject()
                    .value(QStringLiteral("ok"))
                    .toBool());
    EXPECT_TRUE(m.value(QStringLiteral("delivery_success"))
                    .toObject()
                    .value(QStringLiteral("thresholds"))
                    .toObject()
                    .value(QStringLiteral("rate>=0.99"))
                    .toObject()
                    .value(QStringLiteral("ok"))
                    .toBool(false))
        << "4980 of 5000 delivered is 99.6 %, within Gate 1";
    EXPECT_TRUE(m.value(QStringLiteral("errors"))
                    .toObject()
                    .value(QStringLiteral("thresholds"))
                    .toObject()
                    .value(QStringLiteral("rate<=0.005"))
                    .toObject()
                    .value(QStringLiteral("ok"))
                    .toBool(false))
        << "10 errors of 5000 is 0.2 %, within Gate 1";
}

TEST(Summary, SeedsJqFilterReadsIt)
{
    const QString jq = QStandardPaths::findExecutable(QStringLiteral("jq"));
    ASSERT_FALSE(jq.isEmpty()) << "jq is installed by scripts/install-deps.sh";
    const IntervalStats s = stats();
    const QJsonObject summary = Summary::handleSummary(SummaryInput{&s, {}, 20000, {202}});
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("canary.json"));
    test::writeFile(file, QJsonDocument(summary).toJson());
    QProcess p;
    // The filter of the seed's "Generate Summary Report" step, verbatim.
    p.start(jq, {QStringLiteral("{\n  test_duration_min: (.state.testRunDurationMs / 1000 / 60),\n  total_requests: "
                                ".metrics.http_reqs.values.count,\n"
                                "  requests_per_second: .metrics.http_reqs.values.rate,\n  p95_latency_ms: "
                                ".metrics.http_req_duration.values.\"p(95)\",\n"
                                "  error_rate_pct: (.metrics.errors.values.rate * 100),\n  delivery_success_pct: "
                                "(.metrics.delivery_success.values.rate * 100),\n"
                                "  http_failures_pct: (.metrics.http_req_failed.values.rate * 100)\n}"),
                 file});
    ASSERT_TRUE(p.waitForFinished(30000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
    const QJsonObject viaJq = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonObject ours = Summary::canarySummary(summary);
    ASSERT_EQ(viaJq.keys(), ours.keys());
    for (const QString &key : ours.keys())
        EXPECT_NEAR(viaJq.value(key).toDouble(), ours.value(key).toDouble(), 1e-9) << key.toStdString();
    EXPECT_EQ(ours.value(QStringLiteral("total_requests")).toInt(), 5000);
    EXPECT_NEAR(ours.value(QStringLiteral("error_rate_pct")).toDouble(), 0.2, 1e-9);
    EXPECT_NEAR(ours.value(QStringLiteral("test_duration_min")).toDouble(), 20.0 / 60.0, 1e-12);
}
