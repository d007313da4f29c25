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
