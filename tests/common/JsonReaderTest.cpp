#include "core/common/JsonReader.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace canary;

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

TEST(JsonReader, ReportsTypeErrorsWithPathAndValue)
{
    QList<Problem> problems;
    JsonReader r(parse(R"({"rate": "fast", "name": 3})"), QStringLiteral("load"), &problems);
    EXPECT_FALSE(r.number(QStringLiteral("rate")).has_value());
    EXPECT_FALSE(r.string(QStringLiteral("name")).has_value());
    r.finish();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].toString(), QStringLiteral("load.rate: must be a number, got \"fast\""));
    EXPECT_EQ(problems[1].toString(), QStringLiteral("load.name: must be a string, got 3"));
}

TEST(JsonReader, ReportsMissingRequiredAndUnknownKeys)
{
    QList<Problem> problems;
    JsonReader r(parse(R"({"maxInflight": 5})"), QString(), &problems);
    (void)r.integer(QStringLiteral("maxInFlight"), JsonReader::Need::Required);
    r.finish();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].path, QStringLiteral("maxInFlight"));
    EXPECT_TRUE(problems[0].message.startsWith(QStringLiteral("is required")));
    EXPECT_EQ(problems[1].path, QStringLiteral("maxInflight"));
    EXPECT_TRUE(problems[1].message.contains(QStringLiteral("unknown key")));
    EXPECT_TRUE(problems[1].message.contains(QStringLiteral("maxInFlight"))) << "names the keys it knows";
}

TEST(JsonReader, IntegerRejectsFractions)
{
    QList<Problem> problems;
    JsonReader r(parse(R"({"n": 2.5})"), QString(), &problems);
    EXPECT_FALSE(r.integer(QStringLiteral("n")).has_value());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].toString(), QStringLiteral("n: must be a whole number, got 2.5"));
}
