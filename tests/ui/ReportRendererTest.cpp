#include "ui/report/QtReportRenderer.h"

#include "tests/support/TestUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace canary;

namespace {

struct Fixture
{
    GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    QList<Snapshot> timeline;
    IntervalStats total;
    GateVerdict verdict;
    ReportInput input;

    explicit Fixture(double p95)
    {
        for (int i = 0; i < 120; ++i) {
            Snapshot s;
            s.second = i + 1;
            s.elapsedMs = (i + 1) * 1000;
            s.plannedMs = 120000;
            s.targetRate = 250;
            s.achievedRate = 250 - (i % 7 == 0 ? 3 : 0);
            s.service.p95 = p95 + 10 * std::sin(i / 5.0);
            s.corrected.p99 = s.service.p95 * 1.3;
            s.errorRate = i == 60 ? 0.004 : 0.0;
            s.deliveryRate = 0.996;
            timeline << s;
        }
        for (int i = 0; i < 1000; ++i) {
            RequestResult r;
            r.finishedNs = static_cast<qint64>(p95 * 1e6);
            r.status = 202;
            r.checkOk = r.delivered = true;
            total.record(r);
        }
        verdict = GateVerdict::judge(gate, total, ThresholdEvaluator::evaluate(gate, total, 120),
                                     RunFacts{120000, 120000, 1000, false, {}});
        input.title = QStringLiteral("auto_com_center 250 rps · 2m · Gate 1");
        input.runId = QStringLiteral("run-42");
        input.target = QStringLiteral("https://example.invalid/api/v1/notifications");
        input.started = QStringLiteral("2026-11-27T10:00:00Z");
        input.finished = QStringLiteral("2026-11-27T10:02:00Z");
        input.operatorName = QStringLiteral("ops");
        input.machine = QStringLiteral("desk");
        input.environment = QStringLiteral("CanaryDesk test");
        input.gate = &gate;
        input.verdict = &verdict;
        input.timeline = &timeline;
        input.findings = {
            Finding{QStringLiteral("All criteria passed"), QStringLiteral("PASS"), QStringLiteral("Green light.")}};
        input.scenarioJson = QStringLiteral("{\"name\": \"x\"}");
    }
};

bool nonBlank(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 9)
        for (int x = 0; x < image.width(); x += 9)
            colours.insert(image.pixel(x, y));
    return colours.size() > 8;
}

} // namespace

TEST(ReportRenderer, WritesChartsHtmlAndPdfWithTheVerdictFirst)
{
    Fixture f(40);
    QTemporaryDir dir;
    ui::QtReportRenderer renderer;
    const Status s = renderer.render(f.input, dir.path());
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    for (const char *png :
         {"dashboard.png", "p95_latency.png", "error_rate.png", "delivery_success.png", "request_rate.png"}) {
        const QImage image(dir.filePath(QStringLiteral("screenshots/") + QString::fromLatin1(png)));
        ASSERT_FALSE(image.isNull()) << png;
        EXPECT_GE(image.width(), 1200) << png;
        EXPECT_TRUE(nonBlank(image)) << png;
    }
    const QByteArray html = test::readFile(dir.filePath(QStringLiteral("report.html")));
    EXPECT_TRUE(html.contains("Gate 1 — PASS"));
    EXPECT_LT(html.indexOf("<h2>Verdict</h2>"), html.indexOf("<h2>Charts</h2>")) << "the verdict comes first";
    EXPECT_EQ(html.count("src=\"data:image/png;base64,"), 4) << "self-contained: images embedded";
    EXPECT_FALSE(html.contains("src=\"http")) << "no external resources";
    EXPECT_TRUE(html.contains("Latency p95 (http_req_duration)"));

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                     dir.filePath(QStringLiteral("report.pdf")), QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    const QByteArray page1 = pdftotext.readAllStandardOutput();
    EXPECT_TRUE(page1.contains("Verdict")) << page1.constData();
    EXPECT_TRUE(page1.contains("Latency p95")) << "the first page shows the verdict table";
    EXPECT_TRUE(page1.contains("PASS"));
}

TEST(ReportRenderer, AFailingRunSaysFail)
{
    Fixture f(400);
    EXPECT_FALSE(f.verdict.passed);
    const QString html = ui::QtReportRenderer::html(f.input, {});
    EXPECT_TRUE(html.contains(QStringLiteral("Gate 1 — FAIL")));
    EXPECT_TRUE(html.contains(QStringLiteral("class=\"fail\">FAIL")));
}

TEST(ReportRenderer, TheProvidersCountsAreAChartOfTheirOwn)
{
    Fixture f(20);
    f.input.provider = QJsonObject{{QStringLiteral("provider"), QStringLiteral("sendgrid")},
                                   {QStringLiteral("engine_delivered"), 998},
                                   {QStringLiteral("note"), QStringLiteral("the provider aggregates by day")},
                                   {QStringLiteral("delta"), QJsonObject{{QStringLiteral("requests"), 1000},
                                                                         {QStringLiteral("delivered"), 990},
                                                                         {QStringLiteral("bounces"), 7},
                                                                         {QStringLiteral("blocks"), 3}}}};
    QTemporaryDir dir;
    ui::QtReportRenderer renderer;
    ASSERT_TRUE(renderer.render(f.input, dir.path()).ok());
    const QImage image(dir.filePath(QStringLiteral("screenshots/provider_stats.png")));
    ASSERT_FALSE(image.isNull());
    EXPECT_TRUE(nonBlank(image));
    EXPECT_EQ(test::readFile(dir.filePath(QStringLiteral("report.html"))).count("src=\"data:image/png;base64,"), 5);

    // Without numbers the chart says why, rather than drawing empty bars.
    const QImage failed =
        ui::QtReportRenderer::providerChart(QJsonObject{{QStringLiteral("provider"), QStringLiteral("sendgrid")},
                                                        {QStringLiteral("error"), QStringLiteral("HTTP 401")}});
    EXPECT_TRUE(nonBlank(failed));
    Fixture none(20);
    QTemporaryDir noneDir;
    ASSERT_TRUE(renderer.render(none.input, noneDir.path()).ok());
    EXPECT_FALSE(QFileInfo::exists(noneDir.filePath(QStringLiteral("screenshots/provider_stats.png"))))
        << "not watched, not drawn";
}
