// The chart style every surface shares (m:ss time at round steps that fit, the crosshair's values, zoom to
// a time range and back) and the console's panels (log lines read as time · level · message, filtered by
// level and text; the health body on demand).
#include "ui/charts/GateChart.h"
#include "ui/monitors/MonitorViews.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QTextDocument>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::ui;

namespace {

// The plot area's point at a fraction of its width, half-way up, in the chart view's coordinates.
QPoint plotPoint(GateChart &c, double fraction)
{
    const QRectF plot = c.chart()->plotArea();
    return c.mapFromScene(QPointF(plot.left() + plot.width() * fraction, plot.center().y()));
}

LogLine logLine(const char *text, bool stamped = true)
{
    LogLine l;
    l.text = text;
    if (stamped)
        l.stamp = QDateTime(QDate(2026, 12, 1), QTime(14, 3, 58), QTimeZone::utc());
    return l;
}

} // namespace

// #31: a spike cut at the top of the scale carries a mark — an arrow at the edge in its line's colour and the value
// it reached — so it is seen and read, never silently lost.
TEST(GateChartStyle, ALineCutAtTheTopOfTheScaleIsMarkedWithTheValueItReached)
{
    // The peaks of runs above the top, the highest ones, in time order.
    const QList<QPointF> points{{0, 1}, {1, 12}, {2, 30}, {3, 2}, {4, 11}, {5, 2}, {6, 50}, {7, 40}, {8, 3}};
    EXPECT_EQ(GateChart::cutPeaks(points, 10, 0, 8, 5), (QList<QPointF>{{2, 30}, {4, 11}, {6, 50}}));
    EXPECT_EQ(GateChart::cutPeaks(points, 10, 0, 8, 2), (QList<QPointF>{{2, 30}, {6, 50}})) << "the highest two";
    EXPECT_EQ(GateChart::cutPeaks(points, 10, 3, 5, 5), (QList<QPointF>{{4, 11}})) << "only what is in view";
    EXPECT_TRUE(GateChart::cutPeaks(points, 60, 0, 8, 5).isEmpty());
    EXPECT_EQ(GateChart::cutPeaks({{0, 20}}, 10, 0, 1, 5), (QList<QPointF>{{0, 20}})) << "a run at the end";

    GateChart c(QStringLiteral("Errors"), QStringLiteral("%"));
    c.resize(900, 400);
    c.setDuration(120000);
    c.setLimit(0.5, QStringLiteral("gate ≤ 0.5 %"));
    c.setYRange(0, 1);
    QList<QPointF> second, judged;
    for (int i = 0; i <= 120; ++i) {
        second << QPointF(i / 60.0, i == 60 ? 100.0 : 0.1);
        judged << QPointF(i / 60.0, 0.2);
    }
    const QColor red(0xcf, 0x22, 0x2e);
    GateChart::faint(c.addLine(QStringLiteral("errors each second"), second, red));
    c.addLine(QStringLiteral("errors (judged)"), judged, QColor(0x0b, 0x3d, 0x91));
    c.show();
    QCoreApplication::processEvents();
    const QList<GateChart::CutMark> marks = c.cutMarks();
    ASSERT_EQ(marks.size(), 1) << "the judged line stays in the scale";
    EXPECT_DOUBLE_EQ(marks[0].minutes, 1.0);
    EXPECT_DOUBLE_EQ(marks[0].value, 100.0);
    EXPECT_EQ(marks[0].colour.rgb(), red.rgb()) << "the faint line's colour, opaque";
    // Drawn: the arrow's red just under the plot's top edge, at 1:00.
    const QImage image = c.grab().toImage();
    const QRectF plot = c.chart()->plotArea();
    const QPoint at = c.mapFromScene(QPointF(c.chart()->mapToPosition(QPointF(1.0, 0)).x(), plot.top() + 4));
    bool redThere = false;
    for (int dx = -2; dx <= 2; ++dx) {
        const QColor px = image.pixelColor(at + QPoint(dx, 0));
        redThere = redThere || (px.red() > 150 && px.green() < 90 && px.blue() < 90);
    }
    EXPECT_TRUE(redThere) << "no mark at the top edge";
}

// A gate of "< 15 ms" reads so in the legend: Qt Charts takes a label as rich text, where "< 15 ms" was a tag and
// the legend said "gate" alone.
TEST(GateChartStyle, TheLegendShowsAGateWithALessThanSignWhole)
{
    GateChart c(QStringLiteral("Latency"), QStringLiteral("ms"));
    c.setDuration(60000);
    c.setLimit(15, QStringLiteral("gate < 15 ms"));
    c.addLine(QStringLiteral("p95 <b>bold</b>"), {{0, 1}, {1, 2}}, Qt::blue);
    QStringList labels;
    for (QLegendMarker *m : c.chart()->legend()->markers()) {
        QTextDocument shown;
        shown.setHtml(m->label());
        labels << shown.toPlainText();
    }
    EXPECT_TRUE(labels.contains(QStringLiteral("gate < 15 ms"))) << labels.join(u'|').toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("p95 <b>bold</b>"))) << "a name is text, never markup";
}

TEST(GateChartStyle, TimeReadsInMinutesAndSecondsAtRoundStepsThatFitTheWidth)
{
    GateChart c(QStringLiteral("Latency"), QStringLiteral("ms"));
    c.resize(1200, 400);
    c.show();
    c.setDuration(120000);
    QCoreApplication::processEvents();
    QStringList labels = c.timeLabels();
    ASSERT_GE(labels.size(), 3) << labels.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(labels.first(), QStringLiteral("0:00"));
    EXPECT_EQ(labels.last(), QStringLiteral("2:00"));
    for (const QString &l : labels)
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d+:\\d\\d$")).match(l).hasMatch()) << l.toStdString();
    // No decimal minutes, and never more labels than fit apart at this width (the 1200-px overlap).
    EXPECT_LE(labels.size(), 11);

    c.resize(420, 300); // narrow: fewer labels at a coarser round step
    QCoreApplication::processEvents();
    EXPECT_LT(c.timeLabels().size(), labels.size()) << c.timeLabels().join(QLatin1Char(' ')).toStdString();

    c.setDuration(2 * 3600 * 1000); // two hours: h:mm:ss
    QCoreApplication::processEvents();
    labels = c.timeLabels();
    EXPECT_EQ(labels.first(), QStringLiteral("0:00:00"));
    EXPECT_EQ(labels.last(), QStringLiteral("2:00:00")) << labels.join(QLatin1Char(' ')).toStdString();

    c.setDuration(72LL * 3600 * 1000); // a 72-hour soak: whole hours or days, said as such (#32)
    labels = c.timeLabels();
    EXPECT_EQ(labels.first(), QStringLiteral("0 h"));
    EXPECT_EQ(labels.last(), QStringLiteral("3 d")) << labels.join(QLatin1Char(' ')).toStdString();
    for (const QString &l : labels)
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^(\\d+ h|\\d+ d|\\d+ d \\d+ h)$")).match(l).hasMatch())
            << l.toStdString();

    c.setDuration(720LL * 3600 * 1000); // 30 days: whole steps, a bounded number of labels
    EXPECT_LE(c.timeLabels().size(), 11);
    EXPECT_EQ(GateChart::timeLabel(65, false), QStringLiteral("1:05"));
    EXPECT_EQ(GateChart::timeLabel(3725, true), QStringLiteral("1:02:05"));
}

TEST(GateChartStyle, TheCrosshairSaysEverySeriesValueAtThatSecond)
{
    GateChart c(QStringLiteral("Latency"), QStringLiteral("ms"));
    c.resize(900, 400);
    c.setDuration(60000);
    c.setLimit(250, QStringLiteral("gate ≤ 250 ms"));
    QList<QPointF> p95, p50;
    for (int s = 1; s <= 60; ++s) {
        p95 << QPointF(s / 60.0, 100 + s);
        p50 << QPointF(s / 60.0, 20);
    }
    c.addLine(QStringLiteral("p50"), p50, Qt::darkGreen);
    c.addLine(QStringLiteral("p95"), p95, Qt::blue);
    const QStringList at30 = c.valuesAt(0.5);
    ASSERT_EQ(at30.size(), 4) << at30.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(at30[0], QStringLiteral("0:30"));
    EXPECT_TRUE(at30.contains(QStringLiteral("p95: 130.0 ms"))) << at30.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(at30.contains(QStringLiteral("p50: 20.0 ms")));
    EXPECT_TRUE(at30.contains(QStringLiteral("gate ≤ 250 ms: 250.0 ms")));
    EXPECT_TRUE(c.valuesAt(-5).isEmpty()) << "no data there, no box";

    // With the mouse: over the plot the crosshair shows the values of the second under it; off it, nothing.
    c.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&c));
    QTest::mouseMove(c.viewport(), plotPoint(c, 0.5));
    const QStringList shown = c.crosshairText();
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_TRUE(shown[0] == QStringLiteral("0:30") || shown[0] == QStringLiteral("0:29") ||
                shown[0] == QStringLiteral("0:31"))
        << shown[0].toStdString();
    EXPECT_TRUE(shown.filter(QStringLiteral("p95: ")).size() == 1) << shown.join(QLatin1Char('|')).toStdString();
    QTest::mouseMove(c.viewport(), QPoint(2, 2));
    EXPECT_TRUE(c.crosshairText().isEmpty());
}

TEST(GateChartStyle, DragZoomsToATimeRangeThatSurvivesNewDataAndDoubleClickGoesBack)
{
    GateChart c(QStringLiteral("Latency"), QStringLiteral("ms"));
    c.resize(900, 400);
    c.setDuration(600000); // 10 minutes
    c.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&c));
    const QStringList whole = c.timeLabels();
    QTest::mousePress(c.viewport(), Qt::LeftButton, {}, plotPoint(c, 0.2));
    QTest::mouseMove(c.viewport(), plotPoint(c, 0.5));
    QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, plotPoint(c, 0.5));
    ASSERT_TRUE(c.isZoomed());
    const auto [from, to] = c.visibleRange();
    EXPECT_NEAR(from, 2.0, 0.1);
    EXPECT_NEAR(to, 5.0, 0.1);
    EXPECT_NE(c.timeLabels(), whole) << "finer steps for the shorter range";
    EXPECT_TRUE(c.timeLabels().first().startsWith(QLatin1Char('2'))) << c.timeLabels().first().toStdString();

    c.setDuration(1200000); // the live run goes on: the operator's zoom stays
    EXPECT_TRUE(c.isZoomed());
    EXPECT_NEAR(c.visibleRange().second, 5.0, 0.1);

    QTest::mouseDClick(c.viewport(), Qt::LeftButton, {}, plotPoint(c, 0.5));
    EXPECT_FALSE(c.isZoomed());
    EXPECT_DOUBLE_EQ(c.visibleRange().first, 0.0);
    EXPECT_DOUBLE_EQ(c.visibleRange().second, 20.0);

    c.zoomTo(1, 1.0001); // never narrower than 5 s
    EXPECT_GE(c.visibleRange().second - c.visibleRange().first, 5.0 / 60 - 1e-9);
    c.setFocus();
    QTest::keyClick(&c, Qt::Key_Escape);
    EXPECT_FALSE(c.isZoomed());
}

TEST(GateChartStyle, TheChartIsNeverNarrowerThanItsLegend)
{
    GateChart c(QStringLiteral("Failures"), QStringLiteral("%"));
    const int before = c.minimumWidth();
    c.setLimit(0.5, QStringLiteral("gate ≤ 0.5 %"));
    c.addLine(QStringLiteral("errors"), {}, Qt::red);
    c.addLine(QStringLiteral("HTTP failures"), {}, Qt::darkYellow);
    c.addLine(QStringLiteral("not delivered with a much longer name in another language"), {}, Qt::magenta);
    const QFontMetrics fm(c.chart()->legend()->font());
    EXPECT_GT(c.minimumWidth(), before);
    EXPECT_GE(c.minimumWidth(),
              fm.horizontalAdvance(QStringLiteral("not delivered with a much longer name in another language")) +
                  fm.horizontalAdvance(QStringLiteral("HTTP failures")) +
                  fm.horizontalAdvance(QStringLiteral("errors")));
}

TEST(LogPanel, ALineReadsAsTimeLevelAndMessage)
{
    const LogEntry iso = LogEntry::parse(logLine("2026-12-01T14:03:58.123Z ERROR delivery_failure id=42 bounce"));
    EXPECT_EQ(iso.level, QStringLiteral("ERROR"));
    EXPECT_EQ(iso.levelClass, LogEntry::Level::Error);
    EXPECT_EQ(iso.message, QStringLiteral("delivery_failure id=42 bounce")) << "the stamp is shown once, as the time";
    EXPECT_FALSE(iso.time.isEmpty());
    const LogEntry bracketed = LogEntry::parse(logLine("[2026-12-01 14:03:58] [warn] queue depth 900"));
    EXPECT_EQ(bracketed.level, QStringLiteral("WARN"));
    EXPECT_EQ(bracketed.levelClass, LogEntry::Level::Warning);
    EXPECT_EQ(bracketed.message, QStringLiteral("queue depth 900"));
    const LogEntry json = LogEntry::parse(logLine(R"({"level":"error","msg":"smtp 451"})"));
    EXPECT_EQ(json.level, QStringLiteral("ERROR"));
    EXPECT_EQ(json.message, QStringLiteral(R"({"level":"error","msg":"smtp 451"})")) << "a JSON line stays whole";
    const LogEntry plain = LogEntry::parse(logLine("delivery_failure id=7", false));
    EXPECT_TRUE(plain.time.isEmpty());
    EXPECT_TRUE(plain.level.isEmpty());
    EXPECT_EQ(plain.levelClass, LogEntry::Level::Other);
}

TEST(LogPanel, LinesWrapWholeAndFilterByLevelAndText)
{
    LogView view;
    view.resize(320, 400);
    view.reset(QStringLiteral("/ERROR|WARN/ in app.log"));
    const QByteArray longTail(300, 'x');
    view.addLine(logLine(QByteArray("2026-12-01T14:03:58Z ERROR notification_failed id=1 " + longTail).constData()));
    view.addLine(logLine("2026-12-01T14:03:59Z WARN delivery_failure id=2 reason=bounce"));
    view.addLine(logLine("2026-12-01T14:04:00Z INFO provider_stats delivered=40"));
    EXPECT_TRUE(view.visibleText().contains(QString::fromLatin1(longTail))) << "the long line is whole, not cut";
    EXPECT_TRUE(view.visibleText().contains(QStringLiteral("ERROR  notification_failed id=1")))
        << view.visibleText().toStdString();
    view.setLevelFilter(1);
    EXPECT_TRUE(view.visibleText().contains(QStringLiteral("id=1")));
    EXPECT_FALSE(view.visibleText().contains(QStringLiteral("id=2")));
    view.setLevelFilter(2);
    EXPECT_TRUE(view.visibleText().contains(QStringLiteral("id=2")));
    EXPECT_FALSE(view.visibleText().contains(QStringLiteral("id=1")));
    view.setLevelFilter(0);
    view.setFilterText(QStringLiteral("bounce"));
    EXPECT_EQ(view.visibleText().count(QLatin1Char('\n')), 0) << view.visibleText().toStdString();
    EXPECT_TRUE(view.visibleText().contains(QStringLiteral("id=2")));
    // A log line is text, never markup.
    view.setFilterText(QString());
    view.addLine(logLine("2026-12-01T14:04:01Z ERROR <b>bold</b> & <script>"));
    EXPECT_TRUE(view.visibleText().contains(QStringLiteral("<b>bold</b> & <script>")))
        << view.visibleText().toStdString();
    // The Find box is wide enough for its placeholder.
    view.show();
    QCoreApplication::processEvents();
    EXPECT_GE(view.findBox()->width(),
              view.findBox()->fontMetrics().horizontalAdvance(view.findBox()->placeholderText()) + 20);
}

TEST(HealthPanel, StateAndStripAlwaysTheBodyOnDemand)
{
    HealthView view;
    view.show();
    view.reset(QStringLiteral("http://127.0.0.1/health"));
    HealthSample s;
    s.healthy = true;
    s.status = 200;
    s.latencyMs = 23;
    s.at = QDateTime::currentDateTime();
    s.body = QStringLiteral(R"({"status":"ok","queue_depth":3})");
    view.addSample(s);
    EXPECT_TRUE(view.stateText().contains(QStringLiteral("23 ms"))) << view.stateText().toStdString();
    EXPECT_EQ(view.samples(), 1);
    EXPECT_FALSE(view.bodyShown());
    EXPECT_EQ(view.lastBody(), QStringLiteral(R"({"status":"ok","queue_depth":3})"));
    auto *body = view.findChild<QPlainTextEdit *>();
    ASSERT_NE(body, nullptr);
    EXPECT_FALSE(body->isVisible()) << "the body is not a box of its own until asked for";
    view.setBodyShown(true);
    EXPECT_TRUE(body->isVisible());
}

// #32: what a line draws is bounded by the chart's width: the last 15 minutes of a 72-hour run fall into a few
// pixels, and a pixel column keeps its first, lowest, highest and last point — a one-second spike is never lost.
TEST(GateChartStyle, ALineKeepsWhatEachPixelColumnShowsAndEverySpike)
{
    QList<QPointF> points;
    for (int s = 1; s <= 3600; ++s)
        points << QPointF(s / 60.0, s == 1234 ? 900.0 : 20.0 + s % 7);          // one hour, a spike at 20:34
    const QList<QPointF> drawn = GateChart::forWidth(points, 0, 72 * 60, 1000); // on a 72-h axis, 1000 px wide
    EXPECT_LE(drawn.size(), 4 * 15) << "an hour of a 72-h axis is 14 pixel columns: at most four points each";
    double top = 0;
    for (const QPointF &p : drawn)
        top = std::max(top, p.y());
    EXPECT_EQ(top, 900.0) << "the spike survives";
    EXPECT_EQ(drawn.first(), points.first());
    EXPECT_EQ(drawn.last(), points.last());
    for (qsizetype i = 1; i < drawn.size(); ++i)
        EXPECT_LT(drawn[i - 1].x(), drawn[i].x()) << "in time order";

    // On an axis as long as the data, nothing is left out.
    const QList<QPointF> sparse = points.mid(0, 60);
    EXPECT_EQ(GateChart::forWidth(sparse, 0, 1, 1000), sparse);
    // Zoomed to minutes 10-11: one point on each side for the line's way in and out, then every second of it.
    const QList<QPointF> zoomed = GateChart::forWidth(points, 10, 11, 1000);
    EXPECT_EQ(zoomed.size(), 61 + 2);
    EXPECT_LT(zoomed.first().x(), 10.0);
    EXPECT_GT(zoomed.last().x(), 11.0);
}
