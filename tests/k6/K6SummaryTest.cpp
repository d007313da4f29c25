#include "core/k6/K6Summary.h"

#include "tests/support/TestUtil.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <zlib.h>

using namespace canary;

namespace {

QString fixture(const char *name)
{
    return test::sourcePath(QStringLiteral("tests/data/k6/") + QLatin1String(name));
}

Threshold threshold(const char *metric, const char *expression)
{
    return Threshold{QString::fromLatin1(metric), ThresholdExpression::parse(QString::fromLatin1(expression)).value()};
}

} // namespace

TEST(K6Summary, TellsK6sThreeOutputsApartAndNamesWhatIsNot)
{
    EXPECT_EQ(K6Summary::detect(fixture("points-head.ndjson")).value(), K6FileKind::OutJson);
    EXPECT_EQ(K6Summary::detect(fixture("handle-summary.json")).value(), K6FileKind::HandleSummary);
    EXPECT_EQ(K6Summary::detect(fixture("summary-export.json")).value(), K6FileKind::SummaryExport);

    QTemporaryDir dir;
    const QString gz = dir.filePath(QStringLiteral("points.json.gz"));
    gzFile f = gzopen(QFile::encodeName(gz).constData(), "wb");
    const QByteArray points = test::readFile(fixture("points-head.ndjson"));
    gzwrite(f, points.constData(), static_cast<unsigned>(points.size()));
    gzclose(f);
    EXPECT_EQ(K6Summary::detect(gz).value(), K6FileKind::OutJson);

    const QString csv = dir.filePath(QStringLiteral("x.csv"));
    test::writeFile(csv, "a,b\n1,2\n");
    ASSERT_FALSE(K6Summary::detect(csv).ok());
    EXPECT_TRUE(K6Summary::detect(csv).error().message.contains(QStringLiteral("not k6 output: line 1 is neither")));
    const QString other = dir.filePath(QStringLiteral("other.json"));
    test::writeFile(other, R"({"name": "not k6"})");
    EXPECT_TRUE(K6Summary::detect(other).error().message.contains(QStringLiteral("not a k6 summary")));
}

TEST(K6Summary, MeasuresGateThresholdsOnTheValuesK6Gave)
{
    const QJsonObject hs = K6Summary::loadAsHandleSummary(fixture("handle-summary.json")).value();
    EXPECT_DOUBLE_EQ(*K6Summary::measure(hs, threshold("http_req_duration", "p(95)<250")), 0.156022);
    EXPECT_DOUBLE_EQ(*K6Summary::measure(hs, threshold("http_req_duration", "p(90)<250")), 0.138106);
    EXPECT_DOUBLE_EQ(*K6Summary::measure(hs, threshold("errors", "rate<0.005")), 0.0);
    EXPECT_DOUBLE_EQ(*K6Summary::measure(hs, threshold("delivery_success", "rate>=0.99")), 1.0);
    EXPECT_DOUBLE_EQ(*K6Summary::measure(hs, threshold("http_reqs", "count>100")), 5001.0);
    EXPECT_FALSE(K6Summary::measure(hs, threshold("http_req_duration", "p(99)<250")).has_value())
        << "p(99) was not in k6's summaryTrendStats for that run";
    EXPECT_FALSE(K6Summary::measure(hs, threshold("nope", "rate<1")).has_value());
}

TEST(K6Summary, TheExportShapeIsReadWithK6sOppositeThresholdPolarity)
{
    const QJsonObject hs = K6Summary::loadAsHandleSummary(fixture("summary-export.json")).value();
    // Values nested, Rates as rate, duration derived from count / rate (the export has no state).
    EXPECT_DOUBLE_EQ(*K6Summary::measure(hs, threshold("http_req_duration", "p(95)<250")), 0.263253);
    EXPECT_DOUBLE_EQ(*K6Summary::measure(hs, threshold("delivery_success", "rate>=0.99")), 1.0);
    EXPECT_NEAR(hs.value(QStringLiteral("state")).toObject().value(QStringLiteral("testRunDurationMs")).toDouble(),
                5001 / 250.04209573178022 * 1000, 1e-6);
    // In the export, false means the threshold held.
    EXPECT_TRUE(K6Summary::thresholdOutcomes(hs).contains(QStringLiteral("http_req_duration: p(95)<250 passed")))
        << K6Summary::thresholdOutcomes(hs).join(QLatin1Char('|')).toStdString();

    QJsonObject exported = QJsonDocument::fromJson(test::readFile(fixture("summary-export.json"))).object();
    QJsonObject metrics = exported.value(QStringLiteral("metrics")).toObject();
    QJsonObject duration = metrics.value(QStringLiteral("http_req_duration")).toObject();
    duration.insert(QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("p(95)<250"), true}});
    metrics.insert(QStringLiteral("http_req_duration"), duration);
    exported.insert(QStringLiteral("metrics"), metrics);
    const QJsonObject failed = K6Summary::exportToHandleSummary(exported);
    EXPECT_TRUE(K6Summary::thresholdOutcomes(failed).contains(QStringLiteral("http_req_duration: p(95)<250 FAILED")));
    EXPECT_EQ(failed.value(QStringLiteral("metrics"))
                  .toObject()
                  .value(QStringLiteral("http_req_duration"))
                  .toObject()
                  .value(QStringLiteral("type"))
                  .toString(),
              QStringLiteral("trend"));
    EXPECT_EQ(failed.value(QStringLiteral("metrics"))
                  .toObject()
                  .value(QStringLiteral("errors"))
                  .toObject()
                  .value(QStringLiteral("type"))
                  .toString(),
              QStringLiteral("rate"));
}

// A real k6 v2.2.0 run of the generated canary script against the sandbox (tests/data/k6/v2.2: the new
// machine-readable summary, the legacy --summary-export of a second run, and k6's own end-of-test text of the
// first): imported with k6's own counts and percentiles, and what the format does not carry said, not guessed.
TEST(K6Summary, K6v2sNewMachineReadableSummaryIsReadWithK6sOwnNumbers)
{
    const QString path = fixture("v2.2/summary-new-machine-readable.json");
    ASSERT_EQ(K6Summary::detect(path).value(), K6FileKind::MachineReadable);
    const QJsonObject hs = K6Summary::loadAsHandleSummary(path).value();
    // What k6 printed at the end of that run: "http_reqs: 82", "p(95)=10.06ms", "delivery_success 81 out of 81".
    const QByteArray printed = test::readFile(fixture("v2.2/end-of-test-summary.txt"));
    ASSERT_TRUE(printed.contains("http_reqs......................: 82 "));
    ASSERT_TRUE(printed.contains("p(95)=10.06ms"));
    EXPECT_DOUBLE_EQ(*K6Summary::measure(hs, threshold("http_reqs", "count>1")), 82.0);
    const double p95 = *K6Summary::measure(hs, threshold("http_req_duration", "p(95)<250"));
    EXPECT_NEAR(p95, 10.06, 0.01) << "k6 printed 10.06 ms";
    EXPECT_DOUBLE_EQ(*K6Summary::measure(hs, threshold("delivery_success", "rate>=0.99")), 1.0);
    EXPECT_DOUBLE_EQ(*K6Summary::measure(hs, threshold("errors", "rate<=0.005")), 0.0);
    const QJsonObject delivery =
        hs.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("delivery_success")).toObject();
    EXPECT_EQ(delivery.value(QStringLiteral("values")).toObject().value(QStringLiteral("passes")).toInt(), 81);
    EXPECT_EQ(delivery.value(QStringLiteral("values")).toObject().value(QStringLiteral("fails")).toInt(), 0);
    // The run's duration is config.duration; a counter's rate is its count over it.
    const double durationMs =
        hs.value(QStringLiteral("state")).toObject().value(QStringLiteral("testRunDurationMs")).toDouble();
    EXPECT_NEAR(durationMs, 4016.8, 1.0);
    EXPECT_NEAR(*K6Summary::measure(hs, threshold("http_reqs", "rate>1")), 82.0 / durationMs * 1000.0, 1e-9);
    // Not in this format: p(99) (though the script's summaryTrendStats asked for it) and thresholds.
    EXPECT_FALSE(K6Summary::measure(hs, threshold("http_req_duration", "p(99)<250")).has_value());
    EXPECT_TRUE(K6Summary::thresholdOutcomes(hs).isEmpty());
    const QStringList notes =
        K6Summary::formatNotes(K6FileKind::MachineReadable, QJsonDocument::fromJson(test::readFile(path)).object());
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes.first().contains(QStringLiteral("carries no threshold results"))) << notes.first().toStdString();
    EXPECT_TRUE(notes.first().contains(QStringLiteral("written by k6 2.2.0")));

    // The legacy --summary-export of k6 v2.2 keeps v0.47's shape: thresholds with the export's polarity.
    const QString legacy = fixture("v2.2/summary-export.json");
    ASSERT_EQ(K6Summary::detect(legacy).value(), K6FileKind::SummaryExport);
    const QJsonObject old = K6Summary::loadAsHandleSummary(legacy).value();
    EXPECT_TRUE(K6Summary::measure(old, threshold("http_req_duration", "p(99)<250")).has_value());
    EXPECT_FALSE(K6Summary::thresholdOutcomes(old).isEmpty());

    // A later format version is named, never read as if it were 1.x.
    QJsonObject later = QJsonDocument::fromJson(test::readFile(path)).object();
    later.insert(QStringLiteral("version"), QStringLiteral("2.0.0"));
    QTemporaryDir dir;
    const QString laterPath = dir.filePath(QStringLiteral("later.json"));
    test::writeFile(laterPath, QJsonDocument(later).toJson());
    ASSERT_FALSE(K6Summary::detect(laterPath).ok());
    EXPECT_TRUE(K6Summary::detect(laterPath).error().message.contains(QStringLiteral("version 2.0.0")));
}
