#include "core/common/Duration.h"

#include <gtest/gtest.h>

using namespace canary;

TEST(Duration, ParsesK6Durations)
{
    struct Case
    {
        const char *text;
        qint64 ms;
    } cases[] = {{"30m", 1800000}, {"1h30m", 5400000}, {"500ms", 500},        {"1.5s", 1500}, {"90s", 90000},
                 {"2h", 7200000},  {" 10s ", 10000},   {"1m30s250ms", 90250}, {"1500us", 2},  {"0s", 0}};
    for (const Case &c : cases) {
        auto r = duration::parseMs(QString::fromUtf8(c.text));
        ASSERT_TRUE(r.ok()) << c.text << ": " << r.error().message.toStdString();
        EXPECT_EQ(r.value(), c.ms) << c.text;
    }
}

TEST(Duration, RejectsWithReason)
{
    struct Case
    {
        const char *text;
        const char *mentions;
    } cases[] = {{"", "empty"},
                 {"30", "missing or unknown unit"},
                 {"m", "expected a number"},
                 {"10x", "unknown unit"},
                 {"1..5s", "bad number"}};
    for (const Case &c : cases) {
        auto r = duration::parseMs(QString::fromUtf8(c.text));
        ASSERT_FALSE(r.ok()) << c.text;
        EXPECT_TRUE(r.error().message.contains(QString::fromUtf8(c.mentions))) << r.error().message.toStdString();
    }
}

TEST(Duration, FormatsCanonicallyAndRoundTrips)
{
    EXPECT_EQ(duration::format(1800000), QStringLiteral("30m"));
    EXPECT_EQ(duration::format(5400000), QStringLiteral("1h30m"));
    EXPECT_EQ(duration::format(500), QStringLiteral("500ms"));
    EXPECT_EQ(duration::format(0), QStringLiteral("0s"));
    for (qint64 ms : {1LL, 999LL, 1000LL, 61001LL, 3600000LL, 3723004LL})
        EXPECT_EQ(duration::parseMs(duration::format(ms)).value(), ms) << ms;
}

// #32: a day-long run's axis ticked every 2:46:40 (10,000 s). Ticks fall on whole seconds, minutes, hours or days,
// and past a day the labels say days and hours.
TEST(Duration, AxisTicksAreWholeUnitsAPersonReads)
{
    struct Row
    {
        double spanS, maxTicks, step;
    };
    for (const Row &r :
         {Row{120, 10, 15}, Row{1800, 8, 300}, Row{3600, 10, 600}, Row{86400, 10, 10800}, Row{72 * 3600, 10, 43200},
          Row{72 * 3600, 4, 86400}, Row{744 * 3600, 10, 604800}, Row{744 * 3600, 2, 3 * 604800}, Row{7, 10, 1}})
        EXPECT_EQ(duration::axisStep(r.spanS, r.maxTicks), r.step) << r.spanS << " s in " << r.maxTicks << " ticks";
    EXPECT_EQ(duration::axisLabel(150, 30, 600), QStringLiteral("2:30"));
    EXPECT_EQ(duration::axisLabel(4500, 900, 7200), QStringLiteral("1:15:00"));
    EXPECT_EQ(duration::axisLabel(21600, 21600, 72 * 3600), QStringLiteral("6 h"));
    EXPECT_EQ(duration::axisLabel(108000, 21600, 72 * 3600), QStringLiteral("1 d 6 h"));
    EXPECT_EQ(duration::axisLabel(259200, 43200, 72 * 3600), QStringLiteral("3 d"));
    EXPECT_EQ(duration::axisLabel(86400, 3600, 86400), QStringLiteral("24:00:00")) << "a day exactly: still a clock";
}
