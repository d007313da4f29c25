#include "core/scenario/GateProfile.h"
#include "core/scenario/Scenario.h"

#include <gtest/gtest.h>

using namespace canary;

namespace {
QString expressionOf(const GateProfile &g, const char *metric)
{
    const auto list = g.thresholdsFor(QString::fromLatin1(metric));
    return list.size() == 1 ? list.first().expression.text() : QStringLiteral("<%1 thresholds>").arg(list.size());
}
} // namespace

TEST(GateProfile, Gate1IsTheSeedsAcceptanceCriteria)
{
    const auto g = GateProfile::builtin(QStringLiteral("gate1"));
    ASSERT_TRUE(g.has_value());
    EXPECT_EQ(g->title, QStringLiteral("Gate 1"));
    EXPECT_EQ(expressionOf(*g, "http_req_duration"), QStringLiteral("p(95)<=250"));
    EXPECT_EQ(expressionOf(*g, "errors"), QStringLiteral("rate<=0.005"));
    EXPECT_EQ(expressionOf(*g, "delivery_success"), QStringLiteral("rate>=0.99"));
    EXPECT_EQ(expressionOf(*g, "http_req_failed"), QStringLiteral("rate<0.005"));
    EXPECT_TRUE(g->requireFullDuration);
    EXPECT_DOUBLE_EQ(g->minRateRatio, 0.99);
    EXPECT_EQ(g->maxDropped, 0);
    // Boundaries exactly as the seed states them: p95 of 250 ms passes, 250.001 fails; 0.5 % errors passes.
    const auto p95 = g->thresholdsFor(QStringLiteral("http_req_duration")).first().expression;
    EXPECT_TRUE(p95.holds(250.0));
    EXPECT_FALSE(p95.holds(250.001));
    EXPECT_TRUE(g->thresholdsFor(QStringLiteral("errors")).first().expression.holds(0.005));
    EXPECT_FALSE(g->thresholdsFor(QStringLiteral("http_req_failed")).first().expression.holds(0.005));
}

TEST(GateProfile, FollowUpOnlyTightensP95)
{
    const auto gate1 = GateProfile::builtin(QStringLiteral("gate1")).value();
    const auto follow = GateProfile::builtin(QStringLiteral("followup")).value();
    EXPECT_EQ(expressionOf(follow, "http_req_duration"), QStringLiteral("p(95)<=120"));
    for (const char *m : {"errors", "delivery_success", "http_req_failed"})
        EXPECT_EQ(expressionOf(follow, m), expressionOf(gate1, m)) << m;
    EXPECT_EQ(follow.requireFullDuration, gate1.requireFullDuration);
    EXPECT_EQ(follow.minRateRatio, gate1.minRateRatio);
    EXPECT_FALSE(GateProfile::builtin(QStringLiteral("gate2")).has_value());
}

TEST(GateProfile, ScenarioThresholdsReplaceTheProfilesForTheirMetric)
{
    GateSpec spec;
    spec.profile = QStringLiteral("gate1");
    spec.thresholds = {Threshold{QStringLiteral("http_req_duration"),
                                 ThresholdExpression::parse(QStringLiteral("p(99)<400")).value(), true, 10000}};
    spec.minRateRatio = 0.95;
    const GateProfile g = spec.resolve();
    EXPECT_EQ(expressionOf(g, "http_req_duration"), QStringLiteral("p(99)<400"));
    EXPECT_TRUE(g.thresholdsFor(QStringLiteral("http_req_duration")).first().abortOnFail);
    EXPECT_EQ(expressionOf(g, "errors"), QStringLiteral("rate<=0.005")) << "other metrics keep the profile's";
    EXPECT_DOUBLE_EQ(g.minRateRatio, 0.95);
    EXPECT_TRUE(g.requireFullDuration);
}

// #31: the criteria keep one order whatever the gate — an overridden limit stays in its row, a custom gate written
// in any order (a JSON object's keys come back sorted) reads latency first, other metrics after the known ones.
TEST(GateProfile, TheCriteriaKeepOneOrderWhateverTheGate)
{
    auto metrics = [](const GateProfile &g) {
        QStringList out;
        for (const Threshold &t : g.thresholds)
            out << t.metric;
        return out;
    };
    auto threshold = [](const char *metric, const char *expression) {
        return Threshold{QString::fromLatin1(metric),
                         ThresholdExpression::parse(QString::fromLatin1(expression)).value(), false, 0};
    };
    const QStringList seed{QStringLiteral("http_req_duration"), QStringLiteral("errors"),
                           QStringLiteral("delivery_success"), QStringLiteral("http_req_failed")};
    GateSpec tightened;
    tightened.profile = QStringLiteral("gate1");
    tightened.thresholds = {threshold("http_req_duration", "p(95)<=120")};
    EXPECT_EQ(metrics(tightened.resolve()), seed);
    GateSpec followup;
    followup.profile = QStringLiteral("followup");
    EXPECT_EQ(metrics(followup.resolve()), seed);

    GateSpec custom;
    custom.profile = QStringLiteral("custom");
    custom.thresholds = {threshold("checks", "rate>0.99"), threshold("delivery_success", "rate>=0.99"),
                         threshold("http_req_duration", "p(99)<500"), threshold("http_req_duration", "p(95)<200")};
    EXPECT_EQ(metrics(custom.resolve()),
              (QStringList{QStringLiteral("http_req_duration"), QStringLiteral("http_req_duration"),
                           QStringLiteral("delivery_success"), QStringLiteral("checks")}));
    EXPECT_EQ(custom.resolve().thresholds[0].expression.text(), QStringLiteral("p(99)<500")) << "as written within";
}

TEST(GateProfile, CriteriaReadAsPlainWords)
{
    const auto g = GateProfile::builtin(QStringLiteral("gate1")).value();
    const QList<GateCriterion> c = g.criteria(250, 1800000);
    ASSERT_EQ(c.size(), 7);
    EXPECT_EQ(c[0], (GateCriterion{QStringLiteral("Latency p95 (http_req_duration)"), QStringLiteral("≤ 250 ms")}));
    EXPECT_EQ(c[1], (GateCriterion{QStringLiteral("Error rate (errors)"), QStringLiteral("≤ 0.5 %")}));
    EXPECT_EQ(c[2], (GateCriterion{QStringLiteral("Delivery success (delivery_success)"), QStringLiteral("≥ 99 %")}));
    EXPECT_EQ(c[3], (GateCriterion{QStringLiteral("HTTP failures (http_req_failed)"), QStringLiteral("< 0.5 %")}));
    EXPECT_EQ(c[4], (GateCriterion{QStringLiteral("Duration"), QStringLiteral("full 30:00")}));
    EXPECT_EQ(c[5].target, QStringLiteral("≥ 247.5 /s (99 % of 250)"));
    EXPECT_EQ(c[6].target, QStringLiteral("≤ 0"));
}
