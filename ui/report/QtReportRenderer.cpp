#include "ui/report/QtReportRenderer.h"
#include "ui/style/Palette.h"

#include "core/common/AtomicFile.h"
#include "core/common/Interrupt.h"
#include "core/common/Redactor.h"

#include "ui/VerdictStyle.h"
#include "core/common/Duration.h"
#include "core/evidence/Signer.h"
#include "ui/charts/GateChart.h"
#include "ui/monitors/MonitorViews.h"

#include <QApplication>
#include <QStyle>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

namespace canary::ui {

namespace {

QString word(const ReportInput &in)
{
    if (!in.verdictWord.isEmpty())
        return in.verdictWord;
    return in.verdict->word();
}

constexpr int kWidth = 1200;
constexpr int kHeight = 560;

QImage grabChart(GateChart &chart)
{
    // Evidence is printed and mailed: light charts whatever the operator's desktop scheme.
    chart.setPalette(QApplication::style()->standardPalette());
    chart.applyPalette();
    chart.setPrintFonts(); // read on paper at two thirds of the size: larger text than on screen
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(kWidth, kHeight);
    chart.show();
    QCoreApplication::processEvents(); // let the chart lay out its axes at the final size
    QImage image = chart.grab().toImage().convertToFormat(QImage::Format_RGB32);
    chart.hide();
    return image;
}

QList<QPointF> series(const QList<Snapshot> &t, double (*value)(const Snapshot &))
{
    QList<QPointF> points;
    for (const Snapshot &s : t)
        points << QPointF(static_cast<double>(s.elapsedMs) / 60000.0, value(s));
    return points;
}

// The seconds a chart shows: the schedule's, not the drain after it (its last answers are counted in the
// verdict; a second with one answer would draw a 0 % or 100 % spike past the axis' end) — as the console does.
QList<Snapshot> charted(const QList<Snapshot> &timeline)
{
    QList<Snapshot> out;
    for (const Snapshot &s : timeline)
        if (!(s.plannedMs > 0 && s.elapsedMs > s.plannedMs && s.targetRate <= 0))
            out << s;
    return out;
}

std::optional<double> limitOf(const GateProfile &gate, const char *metric, double scale)
{
    const auto t = gate.thresholdsFor(QString::fromLatin1(metric));
    if (t.isEmpty())
        return std::nullopt;
    return t.first().expression.limit() * scale;
}

} // namespace

// The e-mail provider's own counts for the run (after − before), beside CanaryDesk's delivered count: bars
// with their numbers, or the reason there are none.
QImage QtReportRenderer::providerChart(const QJsonObject &provider)
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont title = QApplication::font();
    title.setPixelSize(26);
    title.setBold(true);
    p.setFont(title);
    p.setPen(palette::colour(palette::kInk));
    const QString name =
        provider.value(QStringLiteral("provider")).toString(QCoreApplication::translate("Report", "e-mail provider"));
    p.drawText(QRect(30, 16, kWidth - 60, 40), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("Report", "%1: what the provider counted during the run").arg(name));
    QFont text = QApplication::font();
    text.setPixelSize(18);
    p.setFont(text);
    const QJsonObject delta = provider.value(QStringLiteral("delta")).toObject();
    if (delta.isEmpty()) {
        p.drawText(QRect(30, 80, kWidth - 60, kHeight - 120), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   QCoreApplication::translate("Report", "No provider numbers for this run: %1")
                       .arg(provider.value(QStringLiteral("error"))
                                .toString(QCoreApplication::translate("Report", "not fetched"))));
        return image;
    }
    const qint64 engineDelivered = provider.value(QStringLiteral("engine_delivered")).toInteger();
    const QList<QPair<QString, qint64>> bars = {
        {QCoreApplication::translate("Report", "requests"),
         delta.value(QCoreApplication::translate("Report", "requests")).toInteger()},
        {QCoreApplication::translate("Report", "delivered"),
         delta.value(QCoreApplication::translate("Report", "delivered")).toInteger()},
        {QCoreApplication::translate("Report", "bounces"),
         delta.value(QCoreApplication::translate("Report", "bounces")).toInteger()},
        {QCoreApplication::translate("Report", "blocks"),
         delta.value(QCoreApplication::translate("Report", "blocks")).toInteger()},
        {QCoreApplication::translate("Report", "drops"),
         delta.value(QCoreApplication::translate("Report", "drops")).toInteger()},
        {QCoreApplication::translate("Report", "CanaryDesk: delivered"), engineDelivered}};
    qint64 top = 1;
    for (const auto &b : bars)
        top = std::max(top, b.second);
    const int left = 60, bottom = kHeight - 90, height = bottom - 110;
    const int slot = (kWidth - 2 * left) / static_cast<int>(bars.size());
    p.setPen(palette::colour(palette::kBorder));
    p.drawLine(left, bottom, kWidth - left, bottom);
    for (int i = 0; i < bars.size(); ++i) {
        const int h = static_cast<int>(static_cast<double>(bars[i].second) / static_cast<double>(top) * height);
        const QRect bar(left + i * slot + slot / 5, bottom - h, slot * 3 / 5, h);
        const bool ours = i == bars.size() - 1;
        p.fillRect(bar, ours     ? palette::colour(palette::kLatency)
                        : i >= 2 ? palette::colour(palette::kFail)
                                 : palette::colour(palette::kPass));
        p.setPen(palette::colour(palette::kInk));
        p.drawText(QRect(left + i * slot, bottom - h - 30, slot, 26), Qt::AlignCenter,
                   QLocale().toString(bars[i].second));
        // Two lines where a name needs them ("CanaryDesk: delivered"): a label is never cut.
        p.drawText(QRect(left + i * slot, bottom + 6, slot, 52), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   bars[i].first);
    }
    p.setPen(palette::colour(palette::kMuted));
    p.drawText(QRect(30, kHeight - 34, kWidth - 60, 32), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               provider.value(QStringLiteral("note")).toString());
    return image;
}

QMap<QString, QImage> QtReportRenderer::renderCharts(const ReportInput &in)
{
    const QList<Snapshot> t = charted(*in.timeline);
    // The time that ran: a run stopped at 0:40 of 720 h is charted over its 40 s (the verdict says it stopped).
    const qint64 shown = t.isEmpty() ? 60000 : std::max<qint64>(t.last().elapsedMs, 1000);
    QMap<QString, QImage> out;

    // Each chart shows what the gate judges — the whole run so far — in bold against the gate line, and each
    // second's value faint behind it: one slow or failing second of a run that passed is detail, not a verdict.
    {
        GateChart c(QCoreApplication::translate("Report", "Latency p95 (ms): the whole run so far, and each second"),
                    QStringLiteral("ms"));
        c.setDuration(shown);
        c.setEpisodes(in.episodes);
        const auto limit = limitOf(*in.gate, "http_req_duration", 1.0);
        c.setLimit(limit, limit ? QCoreApplication::translate("Report", "gate ≤ %1 ms").arg(QLocale().toString(*limit))
                                : QString());
        double top = limit.value_or(0);
        for (const Snapshot &s : t)
            top = std::max({top, s.p95Total, s.service.p95});
        c.setYRange(0, std::max(10.0, top * 1.15));
        GateChart::faint(c.addLine(QCoreApplication::translate("Report", "p95 each second"),
                                   series(t, [](const Snapshot &s) { return s.service.p95; }),
                                   palette::colour(palette::kLatency)));
        GateChart::faint(c.addLine(QCoreApplication::translate("Report", "p99 from intended send"),
                                   series(t, [](const Snapshot &s) { return s.corrected.p99; }),
                                   palette::colour(palette::kP99), Qt::DotLine));
        GateChart::judged(c.addLine(QCoreApplication::translate("Report", "p95 whole run (judged)"),
                                    series(t, [](const Snapshot &s) { return s.p95Total; }),
                                    palette::colour(palette::kLatencyJudged)));
        out.insert(QStringLiteral("p95_latency.png"), grabChart(c));
    }
    {
        GateChart c(QCoreApplication::translate("Report",
                                                "Errors and HTTP failures (%): the whole run so far, and each second"),
                    QStringLiteral("%"));
        c.setDuration(shown);
        c.setEpisodes(in.episodes);
        const auto limit = limitOf(*in.gate, "errors", 100.0);
        c.setLimit(limit, limit ? QCoreApplication::translate("Report", "gate ≤ %1 %").arg(QLocale().toString(*limit))
                                : QString());
        double top = limit.value_or(1.0) * 2;
        for (const Snapshot &s : t)
            top = std::max({top, s.errorRateTotal * 100 * 1.3, s.httpFailedRateTotal * 100 * 1.3});
        c.setYRange(0, top); // the scale follows the judged lines; a faint per-second spike may run off the top
        GateChart::faint(c.addLine(QCoreApplication::translate("Report", "errors each second"),
                                   series(t, [](const Snapshot &s) { return s.errorRate * 100; }),
                                   palette::colour(palette::kFail)));
        QLineSeries *errors = GateChart::judged(c.addLine(
            QCoreApplication::translate("Report", "errors (judged)"),
            series(t, [](const Snapshot &s) { return s.errorRateTotal * 100; }), palette::colour(palette::kFail)));
        QPen wide = errors->pen();
        wide.setWidthF(5); // beneath HTTP failures, which are often the same requests
        errors->setPen(wide);
        c.addLine(QCoreApplication::translate("Report", "http_req_failed (judged)"),
                  series(t, [](const Snapshot &s) { return s.httpFailedRateTotal * 100; }),
                  palette::colour(palette::kHttpFailed), Qt::DashDotLine);
        out.insert(QStringLiteral("error_rate.png"), grabChart(c));
    }
    {
        GateChart c(
            QCoreApplication::translate("Report", "Delivery success (%): the whole run so far, and each second"),
            QStringLiteral("%"));
        c.setDuration(shown);
        c.setEpisodes(in.episodes);
        const auto limit = limitOf(*in.gate, "delivery_success", 100.0);
        c.setLimit(limit, limit ? QCoreApplication::translate("Report", "gate ≥ %1 %").arg(QLocale().toString(*limit))
                                : QString());
        double bottom = limit.value_or(100.0);
        for (const Snapshot &s : t)
            bottom = std::min(bottom, s.deliveryRateTotal * 100);
        c.setYRange(std::max(0.0, bottom - 2.0), 100.5);
        GateChart::faint(c.addLine(QCoreApplication::translate("Report", "each second"),
                                   series(t, [](const Snapshot &s) { return s.deliveryRate * 100; }),
                                   palette::colour(palette::kPass)));
        GateChart::judged(c.addLine(QCoreApplication::translate("Report", "delivery_success (judged)"),
                                    series(t, [](const Snapshot &s) { return s.deliveryRateTotal * 100; }),
                                    palette::colour(palette::kDeliveryJudged)));
        out.insert(QStringLiteral("delivery_success.png"), grabChart(c));
    }
    {
        GateChart c(QCoreApplication::translate("Report", "Request rate (requests/s)"), QStringLiteral("req/s"));
        c.setDuration(shown);
        c.setEpisodes(in.episodes);
        c.setLimit(std::nullopt, QString());
        double top = 1;
        for (const Snapshot &s : t)
            top = std::max({top, s.targetRate, s.achievedRate});
        c.setYRange(0, top * 1.2);
        c.addLine(QCoreApplication::translate("Report", "target"),
                  series(t, [](const Snapshot &s) { return s.targetRate; }), palette::colour(palette::kTarget),
                  Qt::DashLine);
        c.addLine(QCoreApplication::translate("Report", "achieved"),
                  series(t, [](const Snapshot &s) { return s.achievedRate; }), palette::colour(palette::kLatency));
        out.insert(QStringLiteral("request_rate.png"), grabChart(c));
    }

    if (!in.provider.isEmpty())
        out.insert(QStringLiteral("provider_stats.png"), providerChart(in.provider));

    // The dashboard: the verdict across the top, the four charts below.
    QImage dash(kWidth * 2, kHeight * 2 + 140, QImage::Format_RGB32);
    dash.fill(Qt::white);
    QPainter p(&dash);
    p.setRenderHint(QPainter::Antialiasing);
    const bool passed = in.verdict->passed;
    p.fillRect(QRect(0, 0, dash.width(), 140),
               passed ? palette::colour(palette::kPass) : palette::colour(palette::kFail));
    p.setPen(Qt::white);
    QFont big = QApplication::font();
    big.setPixelSize(56);
    big.setBold(true);
    p.setFont(big);
    p.drawText(QRect(40, 0, dash.width() - 80, 140), Qt::AlignVCenter | Qt::AlignLeft,
               QStringLiteral("%1 — %2").arg(word(in), in.title));
    const QStringList order = {QStringLiteral("p95_latency.png"), QStringLiteral("error_rate.png"),
                               QStringLiteral("delivery_success.png"), QStringLiteral("request_rate.png")};
    for (int i = 0; i < order.size(); ++i)
        p.drawImage(QPoint((i % 2) * kWidth, 140 + (i / 2) * kHeight), out.value(order[i]));
    p.end();
    out.insert(QStringLiteral("dashboard.png"), dash);
    return out;
}

namespace {

// One interactive chart of report.html: every point of every series (x in seconds), drawn by dygraphs — the
// value of every series under the mouse, drag to zoom, double-click to go back.
struct HtmlSeries
{
    QString name;
    QString colour; // CSS colour; faint lines carry their alpha
    double width = 2;
    bool dashed = false;
    double (*value)(const Snapshot &) = nullptr;
    double constant = 0; // the gate line when value is null
};

QJsonObject chartSpec(const QString &title, const QString &unit, const QList<Snapshot> &t,
                      const QList<HtmlSeries> &series, double yMin, double yMax)
{
    QJsonArray rows;
    for (const Snapshot &s : t) {
        QJsonArray row{static_cast<double>(s.elapsedMs) / 1000.0};
        for (const HtmlSeries &h : series)
            row.append(h.value ? h.value(s) : h.constant);
        rows.append(row);
    }
    QJsonArray defs;
    for (const HtmlSeries &h : series)
        defs.append(QJsonObject{{QStringLiteral("name"), h.name},
                                {QStringLiteral("color"), h.colour},
                                {QStringLiteral("width"), h.width},
                                {QStringLiteral("dash"), h.dashed}});
    return QJsonObject{{QStringLiteral("title"), title},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("series"), defs},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("range"), QJsonArray{yMin, yMax}}};
}

// What the Episodes section is, in a sentence, and when the gate was decided early, in another.
QString episodesIntro(const GateVerdict &v)
{
    QString text = QCoreApplication::translate(
        "Report", "Episodes are the stretches of the run where something went wrong — requests without an answer, "
                  "5xx or 429 bursts, seconds over the latency limit, /health failing, token failures, the load "
                  "generator paused — cut from its per-second record; the charts shade them.");
    if (v.decidedAtMs >= 0)
        text += QLatin1Char(' ') +
                QCoreApplication::translate("Report", "The gate was decided early, at %1: from that moment it could "
                                                      "no longer be met whatever the rest of the run brought (%2)%3.")
                    .arg(duration::clock(v.decidedAtMs), v.decidedWhy,
                         v.stoppedWhenDecided ? QCoreApplication::translate("Report", "; the canary stopped then")
                                              : QString());
    return text;
}

// One of the run's number tables (report_tables::build): a heading, its sentence and the rows; the error log's
// lines as the text they are.
QString tableHtml(const ReportTable &t)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(t.title));
    if (!t.intro.isEmpty())
        h += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(t.intro));
    if (t.id == QLatin1String("log")) {
        if (t.rows.isEmpty())
            return h;
        h += QStringLiteral("<pre class=\"log\" id=\"table-log\">");
        for (const QStringList &row : t.rows)
            h += esc(row.value(0)) + QLatin1Char('\n');
        return h + QStringLiteral("</pre>");
    }
    h += QStringLiteral("<table class=\"numbers\" id=\"table-%1\">").arg(t.id);
    if (!t.headers.isEmpty()) {
        h += QStringLiteral("<tr>");
        for (const QString &c : t.headers)
            h += QStringLiteral("<th>%1</th>").arg(esc(c));
        h += QStringLiteral("</tr>");
    }
    for (const QStringList &row : t.rows) {
        h += QStringLiteral("<tr>");
        for (const QString &c : row)
            h += QStringLiteral("<td>%1</td>").arg(esc(c));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

// The tables of page 1 (the percentiles and the answers by status code), and those that follow the charts.
bool onPageOne(const ReportTable &t)
{
    return t.id == QLatin1String("latency") || t.id == QLatin1String("status");
}

QString dygraphs(const char *file)
{
    QFile f(QStringLiteral(":/report/") + QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    // The single file fetches nothing, not even a source map.
    text.remove(QRegularExpression(QStringLiteral(R"(/[/*]# sourceMappingURL=[^\s*]*(\s*\*/)?)")));
    return text;
}

} // namespace

QJsonArray QtReportRenderer::htmlCharts(const ReportInput &in)
{
    const QList<Snapshot> t = charted(*in.timeline);
    const GateProfile &gate = *in.gate;
    auto gateLine = [](const std::optional<double> &limit, const QString &label) {
        return HtmlSeries{label, palette::hex(palette::kCrosshair), 1.5, true, nullptr, limit.value_or(0)};
    };
    QJsonArray charts;
    double top = 10;
    const auto p95 = limitOf(gate, "http_req_duration", 1.0);
    for (const Snapshot &s : t)
        top = std::max({top, s.p95Total, s.service.p95, p95.value_or(0)});
    QList<HtmlSeries> latency{
        {QCoreApplication::translate("Report", "p95 each second"), QStringLiteral("rgba(31,111,235,0.45)"), 1.2, false,
         [](const Snapshot &s) { return s.service.p95; }},
        {QCoreApplication::translate("Report", "p95 whole run (judged)"), palette::hex(palette::kLatencyJudged), 3,
         false, [](const Snapshot &s) { return s.p95Total; }}};
    if (p95)
        latency.prepend(
            gateLine(p95, QCoreApplication::translate("Report", "gate ≤ %1 ms").arg(QLocale().toString(*p95))));
    charts.append(
        chartSpec(QCoreApplication::translate("Report", "Latency p95 (ms): the whole run so far, and each second"),
                  QStringLiteral("ms"), t, latency, 0, top * 1.15));

    const auto errors = limitOf(gate, "errors", 100.0);
    double etop = errors.value_or(1.0) * 2;
    for (const Snapshot &s : t)
        etop = std::max({etop, s.errorRateTotal * 130, s.httpFailedRateTotal * 130});
    QList<HtmlSeries> failures{
        {QCoreApplication::translate("Report", "errors each second"), QStringLiteral("rgba(207,34,46,0.4)"), 1.2, false,
         [](const Snapshot &s) { return s.errorRate * 100; }},
        {QCoreApplication::translate("Report", "errors (judged)"), palette::hex(palette::kFail), 4, false,
         [](const Snapshot &s) { return s.errorRateTotal * 100; }},
        {QCoreApplication::translate("Report", "http_req_failed (judged)"), palette::hex(palette::kHttpFailed), 2, true,
         [](const Snapshot &s) { return s.httpFailedRateTotal * 100; }}};
    if (errors)
        failures.prepend(
            gateLine(errors, QCoreApplication::translate("Report", "gate ≤ %1 %").arg(QLocale().toString(*errors))));
    charts.append(chartSpec(
        QCoreApplication::translate("Report", "Errors and HTTP failures (%): the whole run so far, and each second"),
        QStringLiteral("%"), t, failures, 0, etop));

    const auto delivery = limitOf(gate, "delivery_success", 100.0);
    double bottom = delivery.value_or(100.0);
    for (const Snapshot &s : t)
        bottom = std::min(bottom, s.deliveryRateTotal * 100);
    QList<HtmlSeries> delivered{
        {QCoreApplication::translate("Report", "each second"), QStringLiteral("rgba(26,127,55,0.4)"), 1.2, false,
         [](const Snapshot &s) { return s.deliveryRate * 100; }},
        {QCoreApplication::translate("Report", "delivery_success (judged)"), palette::hex(palette::kDeliveryJudged), 3,
         false, [](const Snapshot &s) { return s.deliveryRateTotal * 100; }}};
    if (delivery)
        delivered.prepend(gateLine(
            delivery, QCoreApplication::translate("Report", "gate ≥ %1 %").arg(QLocale().toString(*delivery))));
    charts.append(
        chartSpec(QCoreApplication::translate("Report", "Delivery success (%): the whole run so far, and each second"),
                  QStringLiteral("%"), t, delivered, std::max(0.0, bottom - 2.0), 100.5));

    double rtop = 1;
    for (const Snapshot &s : t)
        rtop = std::max({rtop, s.targetRate, s.achievedRate});
    charts.append(chartSpec(QCoreApplication::translate("Report", "Request rate (requests/s)"), QStringLiteral("/s"), t,
                            {{QCoreApplication::translate("Report", "target"), palette::hex(palette::kTarget), 2, true,
                              [](const Snapshot &s) { return s.targetRate; }},
                             {QCoreApplication::translate("Report", "achieved"), palette::hex(palette::kLatency), 2,
                              false, [](const Snapshot &s) { return s.achievedRate; }}},
                            0, rtop * 1.2));
    // The judgement's episodes, shaded behind every chart (seconds, as the rows' x).
    QJsonArray episodes;
    for (const Episode &e : in.episodes)
        episodes.append(QJsonArray{e.startS, e.endS, GateChart::episodeColor(e.kind).name(QColor::HexArgb),
                                   e.when() + QLatin1Char(' ') + e.what, GateChart::episodeName(e.kind)});
    for (qsizetype i = 0; i < charts.size(); ++i) {
        QJsonObject chart = charts.at(i).toObject();
        chart.insert(QStringLiteral("episodes"), episodes);
        charts.replace(i, chart);
    }
    return charts;
}

QString QtReportRenderer::html(const ReportInput &in, const QMap<QString, QString> &images)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const GateVerdict &v = *in.verdict;
    const QString colour = verdictColour(v.outcome);
    QString h;
    h +=
        palette::fill(
            QStringLiteral(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                "body{font-family:sans-serif;max-width:1000px;margin:24px auto;padding:0 12px;color:@ink@}"
                "table{border-collapse:collapse;width:100%}td,th{border:1px solid @border@;padding:6px "
                "8px;text-align:left}"
                ".pass{color:@pass@;font-weight:bold}.fail{color:@fail@;font-weight:bold}"
                ".banner{padding:16px;color:white;font-size:28px;font-weight:bold}.why{font-weight:bold;font-size:18px}"
                ".meta{color:@muted@;font-size:14px}.signature{color:@muted@;font-size:13px}.signature.onetime,.caveat{"
                "background:"
                "@noticeBack@;color:@noticeInk@;padding:4px 6px;border-radius:4px}.chart{height:340px;margin:8px 0 "
                "4px}.legend{font-size:13px;"
                "min-height:2.6em}.hint{color:@muted@;font-size:12px}"
                "img{width:100%;border:1px solid @border@;margin:8px "
                "0}pre{background:@surface@;padding:8px;overflow:auto}"
                "table.numbers td:not(:first-child),table.numbers th:not(:first-child){text-align:right;"
                "font-variant-numeric:tabular-nums}#table-status td:nth-child(2){text-align:left}"
                "pre.log{white-space:pre-wrap;word-break:break-all;font-size:12px}h3{margin:18px 0 4px}"
                // Printed, page 1 is the answer; the details follow on the next pages.
                "@media print{body{margin:0;max-width:none}.page1{page-break-after:always}.hint{display:none}"
                ".chart{page-break-inside:avoid}h2{page-break-after:avoid}}"
                "%2</style></head><body>"))
            .arg(esc(in.title), dygraphs("dygraph.min.css"));
    h += QStringLiteral("<div class=\"page1\">");
    h += QStringLiteral("<div class=\"banner\" style=\"background:%1\">%2 — %3</div>")
             .arg(colour, esc(v.gateTitle), word(in));
    if (!v.details().isEmpty())
        h += QStringLiteral("<p class=\"why\" style=\"color:%1\">%2</p>").arg(colour, esc(v.details()));
    for (const QString &caveat : v.caveats)
        h += QStringLiteral("<p class=\"caveat\">⚠ %1</p>")
                 .arg(esc(QCoreApplication::translate("Report", "Caveat: %1").arg(caveat)));
    h += QStringLiteral("<p><b>%1</b><br><span class=\"meta\">%2</span></p>")
             .arg(esc(in.title),
                  esc(QCoreApplication::translate("Report", "Target %1\nRan %2 → %3 · run %4\nBy %5 on %6 · %7")
                          .arg(in.target, in.started, in.finished, in.runId, in.operatorName, in.machine,
                               in.environment))
                      .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!in.keyFingerprint.isEmpty())
        h += QStringLiteral("<p class=\"signature%1\">%2</p>")
                 .arg(in.keySource == QLatin1String("one-time") ? QStringLiteral(" onetime") : QString(),
                      esc(Signer::signatureLine(in.keyFingerprint, in.keySource)));
    h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
             .arg(esc(QCoreApplication::translate("Report", "Verdict")),
                  esc(QCoreApplication::translate("Report", "Criterion")),
                  esc(QCoreApplication::translate("Report", "Target")),
                  esc(QCoreApplication::translate("Report", "Measured")),
                  esc(QCoreApplication::translate("Report", "Margin")),
                  esc(QCoreApplication::translate("Report", "Result")));
    for (const CriterionResult &c : v.criteria)
        h +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"%4\">%5</td><td class=\"%4\">%6</td></tr>")
                .arg(esc(c.label), esc(c.target), esc(c.measured),
                     c.pass ? QStringLiteral("pass") : QStringLiteral("fail"), esc(c.margin),
                     c.pass ? QCoreApplication::translate("Report", "PASS")
                            : QCoreApplication::translate("Report", "FAIL"));
    h += QStringLiteral("</table>");
    for (const CriterionResult &c : v.criteria)
        if (c.uncertain)
            h += QStringLiteral("<p class=\"note\"><b>%1</b>: %2</p>").arg(esc(c.label), esc(c.confidence));
    h += QStringLiteral("<h2>%1</h2><ul>")
             .arg(esc(QCoreApplication::translate("Report", "What happened and what to do")));
    for (const Finding &f : in.findings)
        h += QStringLiteral("<li><b>%1</b> — %2. %3</li>").arg(esc(f.title), esc(f.evidence), esc(f.nextSteps));
    h += QStringLiteral("</ul>");
    for (const ReportTable &t : in.tables)
        if (onPageOne(t))
            h += tableHtml(t);
    if (!in.episodes.isEmpty() || v.decidedAtMs >= 0) {
        h += QStringLiteral("<h2>%1</h2><p>%2</p><ul>")
                 .arg(esc(QCoreApplication::translate("Report", "Episodes")), esc(episodesIntro(v)));
        for (const Episode &e : in.episodes)
            h += QStringLiteral("<li><b>%1</b> %2%3</li>")
                     .arg(esc(e.when()), esc(e.what),
                          e.evidence.isEmpty() ? QString() : esc(QStringLiteral("; ") + e.evidence.join(u"; ")));
        h += QStringLiteral("</ul>");
    }
    // The charts: interactive where scripts run (every point, values under the mouse, drag to zoom, double-click
    // back), the rendered PNG where they do not.
    const QJsonArray charts = htmlCharts(in);
    const QStringList pngs = {QStringLiteral("p95_latency.png"), QStringLiteral("error_rate.png"),
                              QStringLiteral("delivery_success.png"), QStringLiteral("request_rate.png")};
    auto chartBlock = [&](int i) {
        QString b = QStringLiteral("<div id=\"chart%1\" class=\"chart\" role=\"img\" aria-label=\"%2\"></div>"
                                   "<div id=\"chart%1-legend\" class=\"legend\"></div>")
                        .arg(i)
                        .arg(esc(charts[i].toObject().value(QStringLiteral("title")).toString()));
        if (images.contains(pngs[i]))
            b += QStringLiteral("<noscript><img src=\"%1\" alt=\"%2\"></noscript>").arg(images.value(pngs[i]), pngs[i]);
        return b;
    };
    h += chartBlock(0); // the key chart stays on page 1
    h += QStringLiteral("<p class=\"hint\">%1</p></div>")
             .arg(esc(QCoreApplication::translate("Report", "Point at a chart for every line's value at that second; "
                                                            "drag across it to zoom to a time range, double-click to "
                                                            "see the whole run.")));
    if (!in.notes.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(QCoreApplication::translate("Report", "About the data")));
        for (const QString &n : in.notes)
            h += QStringLiteral("<li>%1</li>").arg(esc(n));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("Report", "Charts")));
    for (int i = 1; i < charts.size(); ++i)
        h += chartBlock(i);
    if (images.contains(QStringLiteral("provider_stats.png")))
        h += QStringLiteral("<p><img src=\"%1\" alt=\"provider_stats.png\"></p>")
                 .arg(images.value(QStringLiteral("provider_stats.png")));
    if (std::any_of(in.tables.begin(), in.tables.end(),
                    [](const ReportTable &t) { return !onPageOne(t) && t.id != QLatin1String("log"); })) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("Report", "Numbers")));
        for (const ReportTable &t : in.tables)
            if (!onPageOne(t) && t.id != QLatin1String("log"))
                h += tableHtml(t);
    }
    for (const ReportTable &t : in.tables)
        if (t.id == QLatin1String("log"))
            h += QStringLiteral("<h2>%1</h2>").arg(esc(t.title)) + tableHtml(t).section(QStringLiteral("</h3>"), 1);
    h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(QCoreApplication::translate("Report", "Timeline")),
                  esc(QCoreApplication::translate("Report", "Time")),
                  esc(QCoreApplication::translate("Report", "Event")),
                  esc(QCoreApplication::translate("Report", "Detail")));
    for (const QJsonValue &e : in.events) {
        const QJsonObject o = e.toObject();
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(o.value(QStringLiteral("time")).toString()),
                      esc(TimelineView::eventWords(o.value(QStringLiteral("event")).toString(), false)),
                      esc(o.value(QStringLiteral("detail")).toString()));
    }
    h +=
        QStringLiteral("</table><h2>%1</h2><table>").arg(esc(QCoreApplication::translate("Report", "Summary numbers")));
    for (auto it = in.canarySummary.constBegin(); it != in.canarySummary.constEnd(); ++it)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(esc(it.key()), QLocale().toString(it->toDouble(), 'g', 8));
    h += QStringLiteral("</table><h2>%1</h2><p>%2<br>%3</p>")
             .arg(esc(QCoreApplication::translate("Report", "Environment")), esc(in.environment),
                  esc(QCoreApplication::translate("Report", "Operator: %1 on %2").arg(in.operatorName, in.machine)));
    h += QStringLiteral("<h2>%1</h2><pre>%2</pre>")
             .arg(esc(QCoreApplication::translate("Report", "Scenario")), esc(in.scenarioJson));
    // The data as JSON inside a script: "</" is written "<\/", so no text in it can end the script early.
    QString data = QString::fromUtf8(QJsonDocument(charts).toJson(QJsonDocument::Compact));
    data.replace(QStringLiteral("</"), QStringLiteral("<\\/"));
    h += QStringLiteral("<script>") + dygraphs("dygraph.min.js") + QStringLiteral("</script>");
    h += QStringLiteral(
             "<script>(function(){var charts=%1,steps=%2;"
             "function pad(n){return(n<10?'0':'')+n}"
             "function clock(s){s=Math.round(s);var h=Math.floor(s/3600),m=Math.floor(s/60)%60,x=s%60;"
             "return h>0?h+':'+pad(m)+':'+pad(x):Math.floor(s/60)+':'+pad(x)}"
             // Ticks for people, as the console's (duration::axisStep/axisLabel): whole seconds, minutes, hours, days.
             "function tick(s,step,span){s=Math.round(s);if(span>86400&&step>=3600){var d=Math.floor(s/86400),"
             "h=Math.floor(s%86400/3600);return d==0?h+' h':h==0?d+' d':d+' d '+h+' h'}"
             "var H=Math.floor(s/3600),m=Math.floor(s/60)%60,x=s%60;"
             "return span>=3600?H+':'+pad(m)+':'+pad(x):Math.floor(s/60)+':'+pad(x)}"
             "function ticker(span){return function(min,max,pixels){var n=Math.max(2,Math.min(10,pixels/90)),"
             "w=max-min,step=0;for(var i=0;i<steps.length;i++)if(w/steps[i]<=n){step=steps[i];break}"
             "if(!step)step=604800*Math.ceil(w/604800/n);var out=[];"
             "for(var t=Math.ceil(min/step-1e-9)*step;t<=max+1e-9;t+=step)out.push({v:t,label:tick(t,step,span)});"
             "return out}}"
             "if(typeof Dygraph==='undefined')return;"
             "charts.forEach(function(c,i){var opts={};c.series.forEach(function(s){opts[s.name]={strokeWidth:s.width,"
             "color:s.color,strokePattern:s.dash?[6,4]:null}});"
             "window['canaryChart'+i]=new Dygraph(document.getElementById('chart'+i),c.rows,{labels:['time'].concat("
             "c.series.map(function(s){return s.name})),colors:c.series.map(function(s){return s.color}),series:opts,"
             "title:c.title,ylabel:c.unit,legend:'always',labelsDiv:'chart'+i+'-legend',valueRange:c.range,"
             "underlayCallback:function(ctx,area,g){(c.episodes||[]).forEach(function(e,k){var a=g.toDomXCoord(e[0]),"
             "b=g.toDomXCoord(e[1]),h=e[2],rgb=parseInt(h.substr(3,2),16)+','+parseInt(h.substr(5,2),16)+','+"
             "parseInt(h.substr(7,2),16);ctx.fillStyle='rgba('+rgb+','+(parseInt(h.substr(1,2),16)/255)+')';"
             "ctx.fillRect(a,area.y,Math.max(2,b-a),area.h);ctx.fillStyle='rgb('+rgb+')';ctx.font='11px sans-serif';"
             "ctx.fillText(e[4],a+3,area.y+12+(k%2)*13)})},"
             "axes:{x:{valueFormatter:clock,ticker:ticker(c.rows.length?c.rows[c.rows.length-1][0]:0)},"
             "y:{valueFormatter:function(v){"
             "return v.toFixed(2)+' '+c.unit}}}})});"
             "document.body.setAttribute('data-charts-drawn',String(charts.length));})();</script>")
             .arg(data, QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList([] {
                                              QVariantList steps;
                                              for (const double step : duration::axisSteps())
                                                  steps << step;
                                              return steps;
                                          }()))
                                              .toJson(QJsonDocument::Compact)));
    h += QStringLiteral("</body></html>");
    return h;
}

namespace {

// report.pdf, painted page by page (A4 portrait at 96 dpi: one unit is one screen pixel). Page 1 is the answer:
// the verdict, the run's identity, the gate's criteria with target, measured value and margin, what happened
// and what to do, and the chart that matters most. Every chart after it, the timeline, the numbers, the
// environment and the scenario follow; the scenario's JSON is the appendix. Each chart is scaled whole into the
// page's margins and framed (chartFrame()), so a test can find every chart on the rendered pages.
class PdfPages
{
public:
    explicit PdfPages(QPdfWriter &writer) : m_writer(writer), m_p(&writer)
    {
        m_p.setRenderHint(QPainter::Antialiasing);
        m_p.setRenderHint(QPainter::SmoothPixmapTransform);
        m_area = QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        m_y = m_area.top();
    }

    QPainter &painter() { return m_p; }
    QRectF area() const { return m_area; }
    double left() const { return m_area.bottom() - m_y; }
    bool onFirstPage() const { return m_page == 1; }

    void newPage()
    {
        m_writer.newPage();
        ++m_page;
        m_y = m_area.top();
    }
    void ensure(double height)
    {
        if (m_y + height > m_area.bottom() && m_y > m_area.top())
            newPage();
    }
    void space(double h) { m_y += h; }

    static QFont font(int pixels, bool bold = false, bool italic = false)
    {
        QFont f = QApplication::font();
        f.setPixelSize(pixels);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    double measure(const QString &text, const QFont &f, double width)
    {
        m_p.setFont(f);
        return m_p.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    // A paragraph across the width (or from x with a width), wrapped; a new page first if it does not fit.
    void text(const QString &raw, const QFont &f, const QColor &colour = palette::colour(palette::kInk), double x = 0,
              double width = -1)
    {
        const QString t = redaction::redact(raw); // a secret a server repeated never reaches the page
        const double w = width > 0 ? width : m_area.width() - x;
        const double h = measure(t, f, w);
        ensure(h);
        m_p.setPen(colour);
        m_p.setFont(f);
        m_p.drawText(QRectF(m_area.left() + x, m_y, w, h), Qt::TextWordWrap, t);
        m_y += h;
    }

    void heading(const QString &t)
    {
        ensure(60); // never a heading alone at the foot of a page
        space(10);
        text(t, font(15, true));
        space(4);
    }

    // A table: the columns' shares of the width, a bold header row, rows wrapped; colour per cell (or none).
    void table(const QList<double> &shares, const QStringList &header, const QList<QStringList> &rows,
               const std::function<QColor(int row, int col)> &colour = {})
    {
        const QFont head = font(11, true), body = font(11);
        auto rowHeight = [&](const QStringList &cells, const QFont &f) {
            double h = 0;
            for (int c = 0; c < cells.size(); ++c)
                h = std::max(h, measure(cells[c], f, shares[c] * m_area.width() - 8));
            return h + 6;
        };
        auto drawRow = [&](QStringList cells, const QFont &f, int row) {
            for (QString &cell : cells)
                cell = redaction::redact(cell);
            const double h = rowHeight(cells, f);
            ensure(h);
            double x = m_area.left();
            m_p.setFont(f);
            for (int c = 0; c < cells.size(); ++c) {
                const double w = shares[c] * m_area.width();
                m_p.setPen(row < 0 || !colour ? palette::colour(palette::kInk) : colour(row, c));
                m_p.drawText(QRectF(x + 4, m_y + 3, w - 8, h - 6), Qt::TextWordWrap, cells[c]);
                x += w;
            }
            m_p.setPen(QPen(palette::colour(palette::kBorder), 1));
            m_p.drawLine(QPointF(m_area.left(), m_y + h), QPointF(m_area.right(), m_y + h));
            m_y += h;
        };
        if (!header.isEmpty()) {
            const double h = rowHeight(header, head);
            ensure(h + rowHeight(rows.value(0), body));
            m_p.fillRect(QRectF(m_area.left(), m_y, m_area.width(), h), palette::colour(palette::kSurface));
            drawRow(header, head, -1);
        }
        for (int r = 0; r < rows.size(); ++r)
            drawRow(rows[r], body, r);
    }

    // A chart, whole: scaled to the width (or to maxHeight, keeping its proportions), framed.
    void chart(const QImage &image, double maxHeight = 1e9)
    {
        if (image.isNull())
            return;
        double w = m_area.width();
        double h = w * image.height() / image.width();
        if (h > maxHeight) {
            h = maxHeight;
            w = h * image.width() / image.height();
        }
        ensure(h + 4);
        const QRectF target(std::round(m_area.left() + (m_area.width() - w) / 2), std::round(m_y), std::round(w),
                            std::round(h));
        m_p.drawImage(target, image);
        m_p.setPen(QPen(QtReportRenderer::chartFrame(), 2));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(target);
        m_y += h + 10;
    }

private:
    QPdfWriter &m_writer;
    QPainter m_p;
    QRectF m_area;
    double m_y = 0;
    int m_page = 1;
};

// The chart that matters most for this verdict: the first failing criterion's, else latency's.
QString keyChart(const GateVerdict &v)
{
    for (const CriterionResult &c : v.criteria) {
        if (c.pass)
            continue;
        if (c.label.contains(QLatin1String("errors")) || c.label.contains(QLatin1String("http_req_failed")))
            return QStringLiteral("error_rate.png");
        if (c.label.contains(QLatin1String("delivery")))
            return QStringLiteral("delivery_success.png");
        if (c.label.contains(QLatin1String("http_reqs")) || c.label.contains(QLatin1String("dropped")))
            return QStringLiteral("request_rate.png");
        break;
    }
    return QStringLiteral("p95_latency.png");
}

// The scenario as a short table: what a reader needs to know it ran what it should have.
QList<QStringList> scenarioRows(const QString &json)
{
    const QJsonObject s = QJsonDocument::fromJson(json.toUtf8()).object();
    QList<QStringList> rows;
    auto add = [&](const QString &name, const QString &value) {
        if (!value.isEmpty())
            rows << QStringList{name, value};
    };
    add(QCoreApplication::translate("Report", "Scenario"), s.value(QStringLiteral("name")).toString());
    add(QCoreApplication::translate("Report", "Service"), s.value(QStringLiteral("service")).toString());
    const QJsonObject target = s.value(QCoreApplication::translate("Report", "target")).toObject();
    add(QCoreApplication::translate("Report", "Request"),
        QStringLiteral("%1 %2%3")
            .arg(target.value(QStringLiteral("method")).toString(), target.value(QStringLiteral("baseUrl")).toString(),
                 target.value(QStringLiteral("path")).toString())
            .trimmed());
    const QJsonObject load = s.value(QStringLiteral("load")).toObject();
    QStringList stages;
    for (const QJsonValue &st : load.value(QStringLiteral("stages")).toArray())
        stages << QCoreApplication::translate("Report", "%1/s for %2")
                      .arg(QLocale().toString(st.toObject().value(QStringLiteral("rate")).toDouble()))
                      .arg(st.toObject().value(QStringLiteral("duration")).toVariant().toString());
    add(QCoreApplication::translate("Report", "Load"),
        stages.join(QStringLiteral(", ")) +
            (load.contains(QStringLiteral("maxInFlight"))
                 ? QCoreApplication::translate("Report", " · at most %1 in flight")
                       .arg(QLocale().toString(load.value(QStringLiteral("maxInFlight")).toInt()))
                 : QString()));
    const QJsonObject gate = s.value(QStringLiteral("gate")).toObject();
    add(QCoreApplication::translate("Report", "Gate"), gate.value(QStringLiteral("profile")).toString());
    return rows;
}

QByteArray paintPdf(const ReportInput &in, const QMap<QString, QImage> &charts)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    constexpr double m = QtReportRenderer::kPdfMarginMm;
    writer.setPageMargins(QMarginsF(m, m, m, m), QPageLayout::Millimeter);
    writer.setTitle(in.title);
    writer.setCreator(QStringLiteral("CanaryDesk " CANARYDESK_VERSION));
    writer.setResolution(96);
    {
        PdfPages pages(writer);
        QPainter &p = pages.painter();
        const GateVerdict &v = *in.verdict;
        const QString verdictWord = word(in);
        const QColor colour = QColor(verdictColour(v.outcome));

        // Page 1 — the answer.
        const QRectF banner(pages.area().left(), pages.area().top(), pages.area().width(), 52);
        p.fillRect(banner, colour);
        p.setPen(Qt::white);
        p.setFont(PdfPages::font(24, true));
        p.drawText(banner.adjusted(14, 0, -14, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   redaction::redact(QStringLiteral("%1 — %2").arg(v.gateTitle, verdictWord)));
        pages.space(banner.height() + 8);
        if (!v.details().isEmpty()) // what failed, in one sentence, before anything else
            pages.text(v.details(), PdfPages::font(13, true), colour);
        for (const QString &caveat : v.caveats)
            pages.text(QStringLiteral("⚠ ") + QCoreApplication::translate("Report", "Caveat: %1").arg(caveat),
                       PdfPages::font(12, true), palette::colour(palette::kNoticeInk));
        pages.text(in.title, PdfPages::font(14, true));
        pages.text(QCoreApplication::translate("Report", "Target %1\nRan %2 → %3 · run %4\nBy %5 on %6 · %7")
                       .arg(in.target, in.started, in.finished, in.runId, in.operatorName, in.machine, in.environment),
                   PdfPages::font(10), palette::colour(palette::kMuted));
        pages.text(in.keyFingerprint.isEmpty()
                       ? QCoreApplication::translate("Report",
                                                     "Signed: manifest.json holds a SHA-256 of every file and "
                                                     "its signature; open the package in CanaryDesk's viewer "
                                                     "or run `canarydesk verify` to check it.")
                       : Signer::signatureLine(in.keyFingerprint, in.keySource),
                   PdfPages::font(10),
                   in.keySource == QLatin1String("one-time") ? palette::colour(palette::kNoticeInk)
                                                             : palette::colour(palette::kMuted));

        pages.heading(QCoreApplication::translate("Report", "Gate criteria"));
        QList<QStringList> rows;
        for (const CriterionResult &c : v.criteria)
            rows << QStringList{c.label, c.target, c.measured, c.margin,
                                c.pass ? QCoreApplication::translate("Report", "✓ PASS")
                                       : QCoreApplication::translate("Report", "✗ FAIL")};
        pages.table({0.33, 0.15, 0.21, 0.21, 0.10},
                    {QCoreApplication::translate("Report", "Criterion"),
                     QCoreApplication::translate("Report", "Target"), QCoreApplication::translate("Report", "Measured"),
                     QCoreApplication::translate("Report", "Margin"), QCoreApplication::translate("Report", "Result")},
                    rows, [&v](int row, int col) {
                        if (col != 4 && col != 3)
                            return palette::colour(palette::kInk);
                        return v.criteria[row].pass ? palette::colour(palette::kPass) : palette::colour(palette::kFail);
                    });

        for (const CriterionResult &c : v.criteria)
            if (c.uncertain)
                pages.text(c.label + QStringLiteral(": ") + c.confidence, PdfPages::font(10, false, true));
        pages.heading(QCoreApplication::translate("Report", "What happened and what to do"));
        auto finding = [&pages](const Finding &f) {
            pages.text(f.title, PdfPages::font(12, true));
            pages.text(f.evidence, PdfPages::font(11));
            pages.text(QStringLiteral("→ ") + f.nextSteps, PdfPages::font(11, false, true));
            pages.space(4);
        };
        constexpr int kFindingsOnPageOne = 3;
        for (int i = 0; i < in.findings.size() && i < kFindingsOnPageOne; ++i)
            finding(in.findings[i]);
        if (in.findings.size() > kFindingsOnPageOne)
            pages.text(QCoreApplication::translate("Report", "%1 more finding(s) on the next pages.")
                           .arg(in.findings.size() - kFindingsOnPageOne),
                       PdfPages::font(10, false, true));
        auto table = [&pages](const ReportTable &t, bool heading) {
            if (heading)
                pages.heading(t.title);
            else
                pages.text(t.title, PdfPages::font(12, true));
            if (!t.intro.isEmpty())
                pages.text(t.intro, PdfPages::font(10), palette::colour(palette::kMuted));
            if (t.id == QLatin1String("log")) {
                QFont mono(QStringLiteral("monospace"));
                mono.setStyleHint(QFont::Monospace);
                mono.setPixelSize(9);
                for (const QStringList &row : t.rows)
                    pages.text(row.value(0), mono);
            } else {
                pages.table(t.widths, t.headers, t.rows);
            }
            pages.space(6);
        };
        for (const ReportTable &t : in.tables)
            if (onPageOne(t))
                table(t, false);
        const QString key = keyChart(v);
        if (pages.onFirstPage() && charts.contains(key)) {
            pages.space(6);
            // The key chart on page 1, smaller if the findings took the room (never under a sixth of the page).
            pages.chart(charts.value(key), std::max(pages.left() - 10, pages.area().height() / 6));
        }

        // The details.
        pages.newPage();
        if (in.findings.size() > kFindingsOnPageOne) {
            pages.heading(QCoreApplication::translate("Report", "More findings"));
            for (int i = kFindingsOnPageOne; i < in.findings.size(); ++i)
                finding(in.findings[i]);
        }
        if (!in.episodes.isEmpty() || v.decidedAtMs >= 0) {
            pages.heading(QCoreApplication::translate("Report", "Episodes"));
            pages.text(episodesIntro(v), PdfPages::font(10, false, true));
            for (const Episode &e : in.episodes)
                pages.text(QStringLiteral("• %1 %2%3")
                               .arg(e.when(), e.what,
                                    e.evidence.isEmpty() ? QString() : QStringLiteral("; ") + e.evidence.join(u"; ")),
                           PdfPages::font(11));
        }
        pages.heading(QCoreApplication::translate("Report", "Charts"));
        for (const char *name :
             {"p95_latency.png", "error_rate.png", "delivery_success.png", "request_rate.png", "provider_stats.png"})
            if (charts.contains(QString::fromLatin1(name)))
                pages.chart(charts.value(QString::fromLatin1(name)));
        if (!in.notes.isEmpty()) {
            pages.heading(QCoreApplication::translate("Report", "About the data"));
            for (const QString &n : in.notes)
                pages.text(QStringLiteral("• ") + n, PdfPages::font(11));
        }
        bool numbers = false;
        for (const ReportTable &t : in.tables)
            if (!onPageOne(t) && t.id != QLatin1String("log")) {
                if (!numbers)
                    pages.heading(QCoreApplication::translate("Report", "Numbers"));
                numbers = true;
                table(t, false);
            }
        for (const ReportTable &t : in.tables)
            if (t.id == QLatin1String("log"))
                table(t, true);
        if (!in.events.isEmpty()) {
            pages.heading(QCoreApplication::translate("Report", "Timeline"));
            QList<QStringList> events;
            for (const QJsonValue &e : in.events) {
                const QJsonObject o = e.toObject();
                events << QStringList{o.value(QStringLiteral("time")).toString(),
                                      TimelineView::eventWords(o.value(QStringLiteral("event")).toString(), false),
                                      o.value(QStringLiteral("detail")).toString()};
            }
            pages.table({0.27, 0.2, 0.53},
                        {QCoreApplication::translate("Report", "Time"), QCoreApplication::translate("Report", "Event"),
                         QCoreApplication::translate("Report", "Detail")},
                        events);
        }
        if (!in.canarySummary.isEmpty()) {
            pages.heading(QCoreApplication::translate("Report", "Summary numbers"));
            QList<QStringList> numbers;
            for (auto it = in.canarySummary.constBegin(); it != in.canarySummary.constEnd(); ++it)
                numbers << QStringList{it.key(), QLocale().toString(it->toDouble(), 'g', 8)};
            pages.table({0.6, 0.4}, {}, numbers);
        }
        pages.heading(QCoreApplication::translate("Report", "Scenario"));
        pages.table({0.25, 0.75}, {}, scenarioRows(in.scenarioJson));
        pages.heading(QCoreApplication::translate("Report", "Appendix: the scenario as run"));
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        mono.setPixelSize(9);
        for (const QString &line : in.scenarioJson.split(QLatin1Char('\n')))
            pages.text(line.isEmpty() ? QStringLiteral(" ") : line, mono);
    } // the painter ends the document
    return pdf;
}

} // namespace

Status QtReportRenderer::render(const ReportInput &in, const QString &dir)
{
    const Status cut = Status::failure(
        QStringLiteral("evidence cut short by a second signal: the report was not finished (%1)").arg(dir));
    const QMap<QString, QImage> charts = renderCharts(in);
    if (interrupt::evidenceCutShort())
        return cut;
    if (!QDir(dir).mkpath(QStringLiteral("screenshots")))
        return Status::failure(
            QStringLiteral("cannot create %1").arg(QDir(dir).filePath(QStringLiteral("screenshots"))));
    // Every file is made in memory and written whole (atomic::writeFile): a full disk leaves no half file.
    QMap<QString, QString> embedded;
    for (auto it = charts.constBegin(); it != charts.constEnd(); ++it) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        it->save(&buffer, "PNG");
        if (const Status written =
                atomic::writeFile(QDir(dir).filePath(QStringLiteral("screenshots/") + it.key()), png);
            !written)
            return written;
        embedded.insert(it.key(), QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
    }
    if (const Status written = atomic::writeFile(QDir(dir).filePath(QStringLiteral("report.html")),
                                                 redaction::redact(QtReportRenderer::html(in, embedded).toUtf8()));
        !written)
        return written;

    if (interrupt::evidenceCutShort())
        return cut;
    // The PDF, painted: page 1 is the answer, every chart whole inside the margins.
    const QString pdfPath = QDir(dir).filePath(QStringLiteral("report.pdf"));
    const QByteArray pdf = paintPdf(in, charts); // every string it draws is redacted as it is drawn
    if (pdf.isEmpty())
        return Status::failure(QStringLiteral("cannot write %1: the PDF came out empty").arg(pdfPath));
    return atomic::writeFile(pdfPath, pdf);
}

} // namespace canary::ui
