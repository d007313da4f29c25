#include "ui/report/QtReportRenderer.h"

#include "core/common/Duration.h"
#include "core/evidence/Signer.h"
#include "ui/VerdictStyle.h"
#include "ui/charts/GateChart.h"
#include "ui/monitors/MonitorViews.h"
#include "ui/report/ReportParts.h"
#include "ui/style/Palette.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

// report.html: one self-contained file for a stakeholder's browser.

namespace canary::ui {

using namespace report;

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

// A file of report.html's page (ui/report/page/, built in).
QString resource(const char *name)
{
    QFile f(QStringLiteral(":/report/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The page with each {{name}} replaced by its value, in one pass: a value's own text (a scenario's name, a log line)
// is never read for placeholders. A name without a value stays as it is.
QString fillPage(const QString &page, const QMap<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([A-Za-z.]+)\\}\\}"));
    QString out;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(page); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += page.mid(at, m.capturedStart() - at);
        out += values.contains(m.captured(1)) ? values.value(m.captured(1)) : m.captured(0);
        at = m.capturedEnd();
    }
    return out + page.mid(at);
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
        {QCoreApplication::translate("Report", "p95 each second"), palette::rgba(palette::kLatency, 0.45), 1.2, false,
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
        {QCoreApplication::translate("Report", "errors each second"), palette::rgba(palette::kErrors, 0.4), 1.2, false,
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
        {QCoreApplication::translate("Report", "each second"), palette::rgba(palette::kDelivery, 0.4), 1.2, false,
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
    QString h; // the page's body; the skeleton, its look and the chart script are the template's (page/)
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
    QVariantList steps;
    for (const double step : duration::axisSteps())
        steps << step;
    return fillPage(
        resource("report.html"),
        {{QStringLiteral("title"), esc(in.title)},
         {QStringLiteral("report.css"), palette::fill(resource("report.css"))},
         {QStringLiteral("dygraph.css"), dygraphs("dygraph.min.css")},
         {QStringLiteral("body"), h},
         {QStringLiteral("dygraph.js"), dygraphs("dygraph.min.js")},
         {QStringLiteral("charts"), data},
         {QStringLiteral("axisSteps"),
          QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(steps)).toJson(QJsonDocument::Compact))},
         {QStringLiteral("report.js"), resource("report.js")}});
}

} // namespace canary::ui
