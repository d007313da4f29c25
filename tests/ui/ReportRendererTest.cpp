#include "ui/report/QtReportRenderer.h"

#include "core/evidence/Summary.h"
#include "tests/support/TestUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QTranslator>
#include <QUrl>
#include <QProcess>
#include <QStandardPaths>
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
        // The run's numbers as a package gives them: k6's summary of the totals, and two error-log lines.
        const QJsonObject summary = Summary::handleSummary(SummaryInput{&total, {}, 120000, {202}});
        const QJsonObject logs{
            {QStringLiteral("filter"), QStringLiteral("ERROR")},
            {QStringLiteral("inside"), 2},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("10:00:05 ERROR smtp relay refused")}},
                        QJsonObject{{QStringLiteral("text"), QStringLiteral("10:01:10 ERROR <b>queue</b> full")}}}}};
        input.tables = report_tables::build(summary, &total, timeline, logs, QStringLiteral("error_logs_x.log"));
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
    EXPECT_EQ(html.count("<img src=\"data:image/png;base64,"), 4) << "self-contained: images embedded";
    EXPECT_FALSE(html.contains("src=\"http")) << "no external resources";
    EXPECT_TRUE(html.contains("Latency p95 (http_req_duration)"));
    // #31: what k6's report shows, from the package's own numbers — percentiles on page 1, the rest after the charts.
    EXPECT_LT(html.indexOf("id=\"table-latency\""), html.indexOf("<h2>Charts</h2>"));
    EXPECT_LT(html.indexOf("id=\"table-status\""), html.indexOf("<h2>Charts</h2>"));
    EXPECT_GT(html.indexOf("id=\"table-phases\""), html.indexOf("<h2>Charts</h2>"));
    EXPECT_TRUE(html.contains(
        QStringLiteral("<td>202</td><td>Accepted</td><td>%1</td>").arg(QLocale().toString(qint64(1000))).toUtf8()));
    EXPECT_TRUE(html.contains("ERROR &lt;b&gt;queue&lt;/b&gt; full")) << "a log line is text, never markup";
    EXPECT_FALSE(html.contains("Caveat")) << "none was given";

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                     dir.filePath(QStringLiteral("report.pdf")), QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    const QByteArray page1 = pdftotext.readAllStandardOutput();
    EXPECT_TRUE(page1.contains("Gate criteria")) << page1.constData();
    EXPECT_TRUE(page1.contains("Latency p95")) << "the first page shows the verdict table";
    EXPECT_TRUE(page1.contains("PASS"));
}

// report.html's page is a template (ui/report/page/): filled once, so a run's own text that looks like a placeholder
// stays text, and the page carries its look and its chart script.
TEST(ReportRenderer, ThePagesTemplateIsFilledOnceAndRunTextIsNeverAPlaceholder)
{
    Fixture f(40);
    f.input.title = QStringLiteral("canary {{report.js}} {{body}}");
    const QString html = ui::QtReportRenderer::html(f.input, {});
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_EQ(html.count(QStringLiteral("canary {{report.js}} {{body}}")), 2) << "the title and the heading, as text";
    EXPECT_EQ(html.count(QStringLiteral("data-charts-drawn")), 1) << "the chart script once";
    for (const char *name : {"title", "report.css", "dygraph.css", "dygraph.js", "charts", "axisSteps"})
        EXPECT_FALSE(html.contains(QStringLiteral("{{%1}}").arg(QLatin1String(name)))) << name << " left unfilled";
    EXPECT_EQ(html.count(QStringLiteral("{{report.js}}")), 2) << "only the title's, as text (title and heading)";
    EXPECT_TRUE(html.contains(ui::palette::hex(ui::palette::kPass))) << "the look's colours are the palette's";
    EXPECT_FALSE(html.contains(QStringLiteral("@pass@")));
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
    EXPECT_EQ(test::readFile(dir.filePath(QStringLiteral("report.html"))).count("<img src=\"data:image/png;base64,"),
              5);

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

namespace {

// The framed charts on a page rendered by pdftoppm: every long horizontal run of the frame's colour is a top or
// bottom edge; two edges with the same span are one chart.
QList<QRect> framedCharts(const QImage &page)
{
    const QColor frame = ui::QtReportRenderer::chartFrame();
    auto isFrame = [&](QRgb px) {
        return std::abs(qRed(px) - frame.red()) < 24 && std::abs(qGreen(px) - frame.green()) < 24 &&
               std::abs(qBlue(px) - frame.blue()) < 24;
    };
    struct Edge
    {
        int y, x0, x1;
    };
    QList<Edge> edges;
    for (int y = 0; y < page.height(); ++y) {
        int start = -1;
        for (int x = 0; x <= page.width(); ++x) {
            const bool on = x < page.width() && isFrame(page.pixel(x, y));
            if (on && start < 0)
                start = x;
            if (!on && start >= 0) {
                if (x - start >= 150) {
                    const bool sameAsRowAbove =
                        !edges.isEmpty() && edges.last().y >= y - 2 && std::abs(edges.last().x0 - start) <= 2;
                    if (!sameAsRowAbove)
                        edges << Edge{y, start, x - 1};
                }
                start = -1;
            }
        }
    }
    QList<QRect> charts;
    QList<bool> used(edges.size(), false);
    for (int i = 0; i < edges.size(); ++i) {
        if (used[i])
            continue;
        for (int j = i + 1; j < edges.size(); ++j) {
            if (!used[j] && std::abs(edges[j].x0 - edges[i].x0) <= 3 && std::abs(edges[j].x1 - edges[i].x1) <= 3) {
                used[i] = used[j] = true;
                charts << QRect(QPoint(edges[i].x0, edges[i].y), QPoint(edges[i].x1, edges[j].y));
                break;
            }
        }
    }
    return charts;
}

QString pdfText(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                          QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST(ReportRenderer, ACaveatStandsBesideTheVerdictOnPageOne)
{
    Fixture f(40);
    f.verdict.caveats << QStringLiteral("TLS certificates were not verified (target.insecure)");
    QTemporaryDir dir;
    ui::QtReportRenderer renderer;
    ASSERT_TRUE(renderer.render(f.input, dir.path()).ok());
    const QByteArray html = test::readFile(dir.filePath(QStringLiteral("report.html")));
    const qsizetype caveat = html.indexOf("Caveat: TLS certificates were not verified");
    EXPECT_GT(caveat, html.indexOf("Gate 1 — PASS"));
    EXPECT_LT(caveat, html.indexOf("<h2>Verdict</h2>")) << "right under the banner";
    const QString page1 = pdfText(dir.filePath(QStringLiteral("report.pdf")), 1);
    EXPECT_LT(page1.indexOf(QStringLiteral("PASS")), page1.indexOf(QStringLiteral("Caveat: TLS cert")))
        << page1.toStdString();
    EXPECT_LT(page1.indexOf(QStringLiteral("Caveat: TLS cert")), page1.indexOf(QStringLiteral("Gate criteria")))
        << page1.toStdString();
}

// report.pdf as a reader sees it, rendered to images with pdftoppm: page 1 holds the verdict, the criteria with
// their margins and a chart; every chart on every page lies whole inside the page margins, in its proportions.
TEST(ReportRenderer, ThePdfsPageOneIsTheAnswerAndNoChartIsClipped)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        GTEST_SKIP() << "pdftoppm (poppler-utils) is not installed";
    // PASS and FAIL in English, and the FAIL again for a German reader: longer words, decimal commas, the same page.
    struct Case
    {
        double p95;
        bool german;
    };
    for (const Case c : {Case{40.0, false}, Case{400.0, false}, Case{400.0, true}}) {
        const double p95 = c.p95;
        SCOPED_TRACE(c.german ? "FAIL, German" : p95 < 250 ? "PASS" : "FAIL");
        QTranslator de;
        const QLocale before;
        if (c.german) {
            ASSERT_TRUE(de.load(QStringLiteral(CANARYDESK_QM_DIR "/canarydesk_de.qm")));
            QCoreApplication::installTranslator(&de);
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        }
        const auto english = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&de);
            QLocale::setDefault(before);
        });
        Fixture f(p95);
        f.input.provider = QJsonObject{{QStringLiteral("provider"), QStringLiteral("sendgrid")},
                                       {QStringLiteral("engine_delivered"), 996},
                                       {QStringLiteral("delta"), QJsonObject{{QStringLiteral("requests"), 1000},
                                                                             {QStringLiteral("delivered"), 996}}}};
        QTemporaryDir dir;
        ui::QtReportRenderer renderer;
        ASSERT_TRUE(renderer.render(f.input, dir.path()).ok());
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-png"), pdf, dir.filePath("page")});
        ASSERT_TRUE(render.waitForFinished(60000));
        ASSERT_EQ(render.exitCode(), 0) << render.readAllStandardError().constData();
        const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
        ASSERT_GE(pages.size(), 2);

        const double marginPx = ui::QtReportRenderer::kPdfMarginMm / 25.4 * 96;
        const double aspect = 1200.0 / 560.0;
        int charts = 0;
        for (int i = 0; i < pages.size(); ++i) {
            const QImage page(dir.filePath(pages[i]));
            ASSERT_FALSE(page.isNull());
            const QRectF inside(marginPx - 2, marginPx - 2, page.width() - 2 * marginPx + 4,
                                page.height() - 2 * marginPx + 4);
            const QList<QRect> found = framedCharts(page);
            if (i == 0) {
                EXPECT_EQ(found.size(), 1) << "page 1 holds the key chart";
            }
            for (const QRect &r : found) {
                ++charts;
                EXPECT_TRUE(inside.contains(QRectF(r)))
                    << pages[i].toStdString() << ": a chart at " << r.x() << "," << r.y() << " " << r.width() << "x"
                    << r.height() << " reaches into the margin";
                EXPECT_NEAR(static_cast<double>(r.width()) / r.height(), aspect, 0.05)
                    << pages[i].toStdString() << ": a chart cut short (" << r.width() << "x" << r.height() << ")";
            }
        }
        EXPECT_EQ(charts, 1 + 5) << "the key chart, then latency, errors, delivery, rate and the provider's counts";

        const QString page1 = pdfText(pdf, 1);
        EXPECT_TRUE(page1.contains(p95 < 250 ? QStringLiteral("Gate 1 — PASS") : QStringLiteral("Gate 1 — FAIL")))
            << page1.toStdString();
        // #31: the percentiles and the answers by status code are on page 1 too, with the key chart still whole.
        EXPECT_TRUE(page1.contains(c.german ? QStringLiteral("Antwortzeiten") : QStringLiteral("Response times")))
            << page1.toStdString();
        EXPECT_TRUE(page1.contains(QStringLiteral("p99")));
        EXPECT_TRUE(page1.contains(c.german ? QStringLiteral("Antworten nach Statuscode")
                                            : QStringLiteral("Answers by status code")))
            << page1.toStdString();
        EXPECT_TRUE(page1.contains(QLocale().toString(qint64(1000)))) << "1,000 answers 202: " << page1.toStdString();
        QString rest;
        for (int i = 2; i <= pages.size(); ++i)
            rest += pdfText(pdf, i);
        EXPECT_TRUE(rest.contains(QStringLiteral("smtp relay refused"))) << "the error log's lines follow";
        EXPECT_TRUE(
            rest.contains(c.german ? QStringLiteral("Wo die Zeit blieb") : QStringLiteral("Where the time went")))
            << rest.toStdString();
        EXPECT_TRUE(page1.contains(c.german ? QStringLiteral("Gate-Kriterien") : QStringLiteral("Gate criteria")));
        EXPECT_TRUE(page1.contains(c.german ? QStringLiteral("Abstand") : QStringLiteral("Margin")));
        for (const CriterionResult &cr : f.verdict.criteria)
            EXPECT_TRUE(page1.contains(cr.label.left(12))) << cr.label.toStdString();
        if (c.german) {
            EXPECT_TRUE(page1.contains(QStringLiteral("400,00 ms (gefordert ≤ 250 ms)"))) << page1.toStdString();
            EXPECT_TRUE(page1.contains(QStringLiteral("150,0 ms über dem"))) << page1.toStdString();
            EXPECT_TRUE(page1.contains(QStringLiteral("Was geschah und was zu tun ist"))) << page1.toStdString();
        } else {
            EXPECT_TRUE(
                page1.contains(p95 < 250 ? QStringLiteral("× under the limit") : QStringLiteral("over the limit")))
                << "the margin, in words: " << page1.toStdString();
            EXPECT_TRUE(page1.contains(QStringLiteral("What happened and what to do")));
        }
        EXPECT_FALSE(page1.contains(QStringLiteral("\"name\""))) << "the scenario's JSON is an appendix, not page 1";
    }
}

// report.html is one file that works offline: the charts' library and data inlined, nothing fetched, every
// point of the run in the chart data, the PNGs for readers without scripts, and text from the run escaped.
TEST(ReportRenderer, TheHtmlReportIsInteractiveAndSelfContained)
{
    Fixture f(40);
    f.input.title = QStringLiteral("svc </script><img src=x onerror=alert(1)> 50 rps");
    QTemporaryDir dir;
    ui::QtReportRenderer renderer;
    ASSERT_TRUE(renderer.render(f.input, dir.path()).ok());
    const QString html = QString::fromUtf8(test::readFile(dir.filePath(QStringLiteral("report.html"))));
    EXPECT_TRUE(html.contains(QStringLiteral("@license https://github.com/danvk/dygraphs"))) << "dygraphs inlined";
    EXPECT_FALSE(html.contains(QStringLiteral("<script src"))) << "no external script";
    EXPECT_FALSE(html.contains(QStringLiteral("src=\"http")));
    EXPECT_FALSE(html.contains(QStringLiteral("href=\"http")));
    EXPECT_FALSE(html.contains(QStringLiteral("sourceMappingURL"))) << "not even a source map is fetched";
    EXPECT_FALSE(html.contains(QStringLiteral("<img src=x"))) << "the run's own text is escaped";
    EXPECT_LT(html.indexOf(QStringLiteral("<th>Margin</th>")), html.indexOf(QStringLiteral("<h2>Charts</h2>")));
    EXPECT_LT(html.indexOf(QStringLiteral("id=\"chart0\"")), html.indexOf(QStringLiteral("<h2>Charts</h2>")))
        << "the key chart is on page 1";
    EXPECT_TRUE(html.contains(QStringLiteral(".page1{page-break-after:always}")));

    const QJsonArray charts = ui::QtReportRenderer::htmlCharts(f.input);
    ASSERT_EQ(charts.size(), 4);
    for (const QJsonValue &c : charts) {
        const QJsonObject o = c.toObject();
        EXPECT_EQ(o.value(QStringLiteral("rows")).toArray().size(), f.timeline.size())
            << "every second of the run: " << o.value(QStringLiteral("title")).toString().toStdString();
        EXPECT_EQ(o.value(QStringLiteral("rows")).toArray().first().toArray().size(),
                  o.value(QStringLiteral("series")).toArray().size() + 1);
    }
    EXPECT_EQ(charts[0].toObject().value(QStringLiteral("rows")).toArray()[59].toArray()[0].toDouble(), 60.0)
        << "x in seconds";
}

namespace {
// report.html as headless Chromium renders it, offline (empty when Chromium is not installed).
QString chromiumDom(const QString &htmlPath)
{
    QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        chromium = QStandardPaths::findExecutable(QStringLiteral("chromium-browser"));
    if (chromium.isEmpty())
        return {};
    QTemporaryDir profile;
    QProcess browser;
    browser.start(chromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                             QStringLiteral("--disable-gpu"), QStringLiteral("--user-data-dir=") + profile.path(),
                             // offline: any name it tried to resolve would fail
                             QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND"), QStringLiteral("--dump-dom"),
                             QUrl::fromLocalFile(htmlPath).toString()});
    if (!browser.waitForFinished(120000))
        return {};
    const QString dom = QString::fromUtf8(browser.readAllStandardOutput());
    if (dom.isEmpty())
        ADD_FAILURE() << browser.readAllStandardError().constData();
    return dom;
}

bool haveChromium()
{
    return !QStandardPaths::findExecutable(QStringLiteral("chromium")).isEmpty() ||
           !QStandardPaths::findExecutable(QStringLiteral("chromium-browser")).isEmpty();
}
} // namespace

// The same file in a real browser (headless Chromium): the script runs offline and draws all four charts.
TEST(ReportRenderer, HeadlessChromiumDrawsTheHtmlReportsCharts)
{
    if (!haveChromium())
        GTEST_SKIP() << "Chromium is not installed (apt-get install chromium; scripts/install-deps.sh does)";
    Fixture f(400);
    QTemporaryDir dir;
    ui::QtReportRenderer renderer;
    ASSERT_TRUE(renderer.render(f.input, dir.path()).ok());
    const QString dom = chromiumDom(dir.filePath(QStringLiteral("report.html")));
    ASSERT_FALSE(dom.isEmpty());
    EXPECT_TRUE(dom.contains(QStringLiteral("data-charts-drawn=\"4\""))) << "the charts' script ran to its end";
    EXPECT_GE(dom.count(QStringLiteral("<canvas")), 4) << "dygraphs drew a canvas for each chart";
    EXPECT_GE(dom.count(QStringLiteral("dygraph-legend")), 4);
    EXPECT_TRUE(dom.contains(QStringLiteral("Gate 1 — FAIL")));
    const QRegularExpression xLabel(QStringLiteral("dygraph-axis-label-x[^>]*>([^<]*)<"));
    for (auto it = xLabel.globalMatch(dom); it.hasNext();) {
        const QString label = it.next().captured(1);
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d+:\\d\\d$")).match(label).hasMatch())
            << "a 2-minute run ticks in m:ss: " << label.toStdString();
    }
}

// #32: a 72-hour run's report ticks at whole hours or days, said as such — not every 2:46:40 — and draws every hour.
TEST(ReportRenderer, AThreeDayRunsReportTicksInDaysAndHours)
{
    if (!haveChromium())
        GTEST_SKIP() << "Chromium is not installed (apt-get install chromium; scripts/install-deps.sh does)";
    Fixture f(40);
    f.timeline.clear();
    for (int hour = 1; hour <= 72; ++hour) {
        Snapshot s;
        s.second = hour * 3600;
        s.span = 3600;
        s.elapsedMs = hour * 3600LL * 1000;
        s.plannedMs = 72LL * 3600 * 1000;
        s.targetRate = s.achievedRate = 1;
        s.service.p95 = hour == 50 ? 900 : 40; // the spike of hour 50, drawn at its height
        s.p95Total = 41;
        s.deliveryRate = s.deliveryRateTotal = 1;
        f.timeline << s;
    }
    QTemporaryDir dir;
    ui::QtReportRenderer renderer;
    ASSERT_TRUE(renderer.render(f.input, dir.path()).ok());
    const QString dom = chromiumDom(dir.filePath(QStringLiteral("report.html")));
    ASSERT_FALSE(dom.isEmpty());
    ASSERT_TRUE(dom.contains(QStringLiteral("data-charts-drawn=\"4\"")));
    QStringList labels;
    const QRegularExpression xLabel(QStringLiteral("dygraph-axis-label-x[^>]*>([^<]*)<"));
    for (auto it = xLabel.globalMatch(dom); it.hasNext();)
        labels << it.next().captured(1);
    ASSERT_FALSE(labels.isEmpty());
    for (const QString &label : labels)
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^(\\d+ h|\\d+ d|\\d+ d \\d+ h)$")).match(label).hasMatch())
            << label.toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("1 d"))) << labels.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("2 d"))) << labels.join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(dom.contains(QStringLiteral("2:46:40")));
    const QJsonArray latency =
        ui::QtReportRenderer::htmlCharts(f.input)[0].toObject().value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(latency.size(), 72) << "every hour of the run is drawn";
}
