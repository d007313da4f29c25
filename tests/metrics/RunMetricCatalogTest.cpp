// The run's metric catalogue is the one list the writer, the reader, the summary and the thresholds use: each row
// agrees with the scenario's catalogue (which thresholds are checked against), a request's points counted back
// through the table give the totals the engine recorded, and every metric a threshold may name can be measured.
#include "core/metrics/RunMetricCatalog.h"
#include "core/metrics/ThresholdEvaluator.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace canary;

TEST(RunMetricCatalog, EveryRowHasTheTypeTheScenariosCatalogueGivesIt)
{
    for (const RunMetric &m : runMetrics()) {
        const auto type = metrics::typeOf(QLatin1String(m.name));
        ASSERT_TRUE(type.has_value()) << m.name << " is not a metric a threshold can name";
        const int kept = (m.histogram ? 1 : 0) + (m.samples ? 1 : 0) + (m.count ? 1 : 0);
        EXPECT_EQ(kept, 1) << m.name << ": kept in exactly one place";
        EXPECT_EQ(*type == MetricType::Trend, m.histogram != nullptr) << m.name;
        EXPECT_EQ(*type == MetricType::Rate, m.samples != nullptr) << m.name;
        EXPECT_EQ(*type == MetricType::Counter, m.count != nullptr) << m.name;
        EXPECT_EQ(runMetric(std::string_view(m.name)), &m);
    }
    EXPECT_EQ(runMetric(QStringView(u"http_req_duration{expected_response:true}"))->name,
              std::string_view("http_req_duration"));
    EXPECT_EQ(runMetric(std::string_view("vus")), nullptr);
}

TEST(RunMetricCatalog, ARequestsPointsCountedBackGiveTheTotalsTheEngineRecorded)
{
    RequestResult ok;
    ok.intendedNs = 1'000'000;
    ok.sentNs = 3'000'000;
    ok.finishedNs = 45'678'000;
    ok.blockedNs = 2'000'000;
    ok.connectingNs = 1'500'000;
    ok.tlsNs = 1'000'000;
    ok.sendingNs = 100'000;
    ok.waitingNs = 40'000'000;
    ok.status = 202;
    ok.checkOk = true;
    ok.delivered = true;
    ok.bytesIn = 321;
    ok.bytesOut = 654;
    RequestResult failed = ok;
    failed.status = 503;
    failed.checkOk = false;
    failed.delivered = false;
    failed.waitingNs = 7'000'000;

    IntervalStats live, readBack;
    for (const RequestResult &r : {ok, failed, ok}) {
        live.record(r);
        for (const RunMetric &m : runMetrics())
            if (m.ofRequest && m.readBack)
                m.record(readBack, m.ofRequest(r));
    }
    readBack.requests = live.requests; // http_reqs and the latencies are the reader's own (they need the tags)
    readBack.service = live.service;
    readBack.corrected = live.corrected;
    for (const RunMetric &m : runMetrics()) {
        if (m.histogram) {
            EXPECT_EQ((readBack.*m.histogram).count(), (live.*m.histogram).count()) << m.name;
            EXPECT_EQ((readBack.*m.histogram).valueAtPercentile(50), (live.*m.histogram).valueAtPercentile(50))
                << m.name;
        } else if (m.samples) {
            EXPECT_EQ(m.rate(readBack), m.rate(live)) << m.name;
        } else {
            EXPECT_EQ(readBack.*m.count, live.*m.count) << m.name;
        }
    }
    EXPECT_EQ(live.httpFailed, 1u);
    EXPECT_EQ(runMetric(std::string_view("checks"))->rate(live), (std::pair<quint64, quint64>{2, 3}))
        << "passes are the checks that held";
}

TEST(RunMetricCatalog, EveryMetricAThresholdMayNameIsMeasured)
{
    IntervalStats s;
    RequestResult r;
    r.sentNs = 1'000'000;
    r.finishedNs = 21'000'000;
    r.waitingNs = 19'000'000;
    r.status = 202;
    r.checkOk = true;
    r.delivered = true;
    s.record(r);
    for (const QString &name : metrics::knownNames()) {
        if (name == QLatin1String("vus") || name == QLatin1String("vus_max"))
            continue; // k6's VU gauges: an open model has none to judge
        const MetricType type = *metrics::typeOf(name);
        const QString aggregation = type == MetricType::Trend  ? QStringLiteral("p(95)<1")
                                    : type == MetricType::Rate ? QStringLiteral("rate<2")
                                                               : QStringLiteral("count<5");
        const auto expression = ThresholdExpression::parse(aggregation);
        ASSERT_TRUE(expression.ok()) << aggregation.toStdString();
        const Threshold threshold{name, expression.value()};
        EXPECT_FALSE(std::isnan(ThresholdEvaluator::measure(threshold, s, 1.0))) << name.toStdString();
    }
}
