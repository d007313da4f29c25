#include "core/scenario/Threshold.h"

#include <gtest/gtest.h>

using namespace canary;

TEST(Threshold, ParsesK6Syntax)
{
    struct Case
    {
        const char *text;
        const char *canonical;
        double passes;
        double fails;
    } cases[] = {
        {"p(95)<250", "p(95)<250", 249.9, 250},
        {"p(99.9) <= 1000", "p(99.9)<=1000", 1000, 1000.1},
        {"rate<0.005", "rate<0.005", 0.0049, 0.005},
        {"rate>=0.99", "rate>=0.99", 0.99, 0.9899},
        {"avg < 100", "avg<100", 99, 100},
        {"count==0", "count==0", 0, 1},
        {"count===0", "count==0", 0, 2},
        {"max!=5", "max!=5", 4, 5},
        {"med>1e-3", "med>0.001", 0.002, 0.001},
        {"min>=-1", "min>=-1", -1, -1.5},
    };
    for (const Case &c : cases) {
        auto r = ThresholdExpression::parse(QString::fromUtf8(c.text));
        ASSERT_TRUE(r.ok()) << c.text << ": " << r.error().message.toStdString();
        EXPECT_EQ(r->text(), QString::fromUtf8(c.canonical));
        EXPECT_TRUE(r->holds(c.passes)) << c.text << " with " << c.passes;
        EXPECT_FALSE(r->holds(c.fails)) << c.text << " with " << c.fails;
        EXPECT_FALSE(r->holds(std::nan(""))) << "no data never passes";
        auto again = ThresholdExpression::parse(r->text());
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again.value(), r.value()) << "canonical text parses back to the same expression";
    }
}

TEST(Threshold, RejectsWithMessagesThatSayWhatIsWrong)
{
    struct Case
    {
        const char *text;
        const char *message;
    } cases[] = {
        {"p(95)<<250", "p(95)<<250: expected a number after '<'"},
        {"p(95)", "p(95): expected an operator (<, <=, >, >=, ==, !=) after 'p(95)'"},
        {"p95<250", "p95<250: expected '(' after 'p' (percentiles are written p(95))"},
        {"p(101)<5", "p(101)<5: expected a percentile between 0 and 100 inside p(...)"},
        {"p(95<5", "p(95<5: expected ')' after the percentile"},
        {"mean<5", "mean<5: unknown aggregation 'mean' (expected avg, min, max, med, p(N), rate, count or value)"},
        {"rate<0.5ms", "rate<0.5ms: unexpected 'ms' after 0.5"},
        {"<5", "<5: expected an aggregation (avg, min, max, med, p(N), rate, count or value) at the start"},
        {"   ", "empty threshold (expected e.g. \"p(95)<250\" or \"rate<0.005\")"},
    };
    for (const Case &c : cases) {
        auto r = ThresholdExpression::parse(QString::fromUtf8(c.text));
        ASSERT_FALSE(r.ok()) << c.text;
        EXPECT_EQ(r.error().message.toStdString(), std::string(c.message));
    }
}

TEST(Threshold, AggregationMustFitTheMetricType)
{
    EXPECT_TRUE(ThresholdExpression::parse(QStringLiteral("p(95)<1")).value().appliesTo(MetricType::Trend));
    EXPECT_FALSE(ThresholdExpression::parse(QStringLiteral("p(95)<1")).value().appliesTo(MetricType::Rate));
    EXPECT_TRUE(ThresholdExpression::parse(QStringLiteral("rate<1")).value().appliesTo(MetricType::Counter));
    EXPECT_FALSE(ThresholdExpression::parse(QStringLiteral("count<1")).value().appliesTo(MetricType::Rate));
    EXPECT_FALSE(ThresholdExpression::parse(QStringLiteral("rate<1")).value().appliesTo(MetricType::Trend));
}

TEST(Threshold, EveryAcceptedLimitPrintsBackToTheSameNumber)
{
    // Found by fuzz_threshold: a limit with more than 15 significant digits did not survive text().
    for (const char *text : {"p(99.9)>922222222222222222222222.", "p(95)<250.0000000000001", "rate<0.1", "avg<1e-7"}) {
        const auto e = ThresholdExpression::parse(QString::fromLatin1(text));
        ASSERT_TRUE(e.ok()) << text;
        const auto again = ThresholdExpression::parse(e.value().text());
        ASSERT_TRUE(again.ok()) << e.value().text().toStdString();
        EXPECT_EQ(again.value(), e.value()) << text;
    }
    EXPECT_EQ(ThresholdExpression::parse(QStringLiteral("rate<0.1")).value().text(), QStringLiteral("rate<0.1"));
}
