#include "ui/report/QtReportRenderer.h"

#include "core/common/AtomicFile.h"
#include "core/common/Interrupt.h"
#include "core/common/Redactor.h"

#include "ui/charts/GateChart.h"

#include <QApplication>
#include <QStyle>
#include <QBuffer>
#include <QDir>
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
    p.setPen(QColor(0x1f, 0x23, 0x28));
    const QString name = provider.value(QStringLiteral("provider")).toString(QStringLiteral("e-mail provider"));
    p.drawText(QRect(30, 16, kWidth - 60, 40), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("%1: what the provider counted during the run").arg(name));
    QFont text = QApplication::font();
    text.setPixelSize(18);
    p.setFont(text);
    const QJsonObject delta = provider.value(QStringLiteral("delta")).toObject();
    if (delta.isEmpty()) {
        p.drawText(QRect(30, 80, kWidth - 60, kHeight - 120), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   QStringLiteral("No provider numbers for this run: %1")
                       .arg(provider.value(QStringLiteral("error")).toString(QStringLiteral("not fetched"))));
        return image;
    }
    const qint64 engineDelivered = provider.value(QStringLiteral("engine_delivered")).toInteger();
    const QList<QPair<QString, qint64>> bars = {
        {QStringLiteral("requests"), delta.value(QStringLiteral("requests")).toInteger()},
        {QStringLiteral("delivered"), delta.value(QStringLiteral("delivered")).toInteger()},
        {QStringLiteral("bounces"), delta.value(QStringLiteral("bounces")).toInteger()},
        {QStringLiteral("blocks"), delta.value(QStringLiteral("blocks")).toInteger()},
        {QStringLiteral("drops"), delta.value(QStringLiteral("drops")).toInteger()},
        {QStringLiteral("CanaryDesk: delivered"), engineDelivered}};
    qint64 top = 1;
    for (const auto &b : bars)
        top = std::max(top, b.second);
    const int left = 60, bottom = kHeight - 90, height = bottom - 110;
    const int slot = (kWidth - 2 * left) / static_cast<int>(bars.size());
    p.setPen(QColor(0xd0, 0xd7, 0xde));
    p.drawLine(left, bottom, kWidth - left, bottom);
    for (int i = 0; i < bars.size(); ++i) {
        const int h = static_cast<int>(static_cast<double>(bars[i].second) / static_cast<double>(top) * height);
        const QRect bar(left + i * slot + slot / 5, bottom - h, slot * 3 / 5, h);
        const bool ours = i == bars.size() - 1;
        p.fillRect(bar, ours ? QColor(0x1f, 0x6f, 0xeb) : i >= 2 ? QColor(0xcf, 0x22, 0x2e) : QColor(0x1a, 0x7f, 0x37));
        p.setPen(QColor(0x1f, 0x23, 0x28));
        p.drawText(QRect(left + i * slot, bottom - h - 30, slot, 26), Qt::AlignCenter,
                   QLocale().toString(bars[i].second));
        p.drawText(QRect(left + i * slot, bottom + 8, slot, 26), Qt::AlignCenter, bars[i].first);
    }
    p.setPen(QColor(0x57, 0x60, 0x6a));
    p.drawText(QRect(30, kHeight - 50, kWidth - 60, 40), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               provider.value(QStringLiteral("note")).toString());
    return image;
}

QMap<QString, QImage> QtReportRenderer::renderCharts(const ReportInput &in)
{
    const QList<Snapshot> &t = *in.timeline;
    // The time that ran: a run stopped at 0:40 of 720 h is charted over its 40 s (the verdict says it stopped).
    const qint64 shown = t.isEmpty() ? 60000 : std::max<qint64>(t.last().elapsedMs, 1000);
    QMap<QString, QImage> out;

    {
        GateChart c(QStringLiteral("Latency p95 per second (ms)"), QStringLiteral("ms"));
        c.setDuration(shown);
        const auto limit = limitOf(*in.gate, "http_req_duration", 1.0);
        c.setLimit(limit, limit ? QStringLiteral("gate ≤ %1 ms").arg(*limit) : QString());
        double top = limit.value_or(0);
        for (const Snapshot &s : t)
            top = std::max({top, s.service.p95, s.corrected.p99});
        c.setYRange(0, std::max(10.0, top * 1.15));
        c.addLine(QStringLiteral("p95 (http_req_duration)"), series(t, [](const Snapshot &s) { return s.service.p95; }),
                  QColor(0x1f, 0x6f, 0xeb));
        c.addLine(QStringLiteral("p99 from intended send"),
                  series(t, [](const Snapshot &s) { return s.corrected.p99; }), QColor(0x8b, 0x94, 0x9e), Qt::DotLine);
        out.insert(QStringLiteral("p95_latency.png"), grabChart(c));
    }
    {
        GateChart c(QStringLiteral("Error rate and HTTP failures per second (%)"), QStringLiteral("%"));
        c.setDuration(shown);
        const auto limit = limitOf(*in.gate, "errors", 100.0);
        c.setLimit(limit, limit ? QStringLiteral("gate ≤ %1 %").arg(*limit) : QString());
        double top = limit.value_or(1.0);
        for (const Snapshot &s : t)
            top = std::max({top, s.errorRate * 100, s.httpFailedRate * 100});
        c.setYRange(0, top * 1.2);
        c.addLine(QStringLiteral("errors"), series(t, [](const Snapshot &s) { return s.errorRate * 100; }),
                  QColor(0xcf, 0x22, 0x2e));
        c.addLine(QStringLiteral("http_req_failed"),
                  series(t, [](const Snapshot &s) { return s.httpFailedRate * 100; }), QColor(0xbf, 0x87, 0x00),
                  Qt::DashDotLine);
        out.insert(QStringLiteral("error_rate.png"), grabChart(c));
    }
    {
        GateChart c(QStringLiteral("Delivery success per second (%)"), QStringLiteral("%"));
        c.setDuration(shown);
        const auto limit = limitOf(*in.gate, "delivery_success", 100.0);
        c.setLimit(limit, limit ? QStringLiteral("gate ≥ %1 %").arg(*limit) : QString());
        double bottom = limit.value_or(100.0);
        for (const Snapshot &s : t)
            bottom = std::min(bottom, s.deliveryRate * 100);
        c.setYRange(std::max(0.0, bottom - 2.0), 100.5);
        c.addLine(QStringLiteral("delivery_success"), series(t, [](const Snapshot &s) { return s.deliveryRate * 100; }),
                  QColor(0x1a, 0x7f, 0x37));
        out.insert(QStringLiteral("delivery_success.png"), grabChart(c));
    }
    {
        GateChart c(QStringLiteral("Request rate (requests/s)"), QStringLiteral("req/s"));
        c.setDuration(shown);
        c.setLimit(std::nullopt, QString());
        double top = 1;
        for (const Snapshot &s : t)
            top = std::max({top, s.targetRate, s.achievedRate});
        c.setYRange(0, top * 1.2);
        c.addLine(QStringLiteral("target"), series(t, [](const Snapshot &s) { return s.targetRate; }),
                  QColor(0x8b, 0x94, 0x9e), Qt::DashLine);
        c.addLine(QStringLiteral("achieved"), series(t, [](const Snapshot &s) { return s.achievedRate; }),
                  QColor(0x1f, 0x6f, 0xeb));
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
    p.fillRect(QRect(0, 0, dash.width(), 140), passed ? QColor(0x1a, 0x7f, 0x37) : QColor(0xcf, 0x22, 0x2e));
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

QString QtReportRenderer::html(const ReportInput &in, const QMap<QString, QString> &images)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const GateVerdict &v = *in.verdict;
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
             "body{font-family:sans-serif;max-width:1000px;margin:24px auto;color:#1f2328}"
             "table{border-collapse:collapse;width:100%}td,th{border:1px solid #d0d7de;padding:6px 8px;text-align:left}"
             ".pass{color:#1a7f37;font-weight:bold}.fail{color:#cf222e;font-weight:bold}"
             ".banner{padding:16px;color:white;font-size:28px;font-weight:bold}"
             "img{width:100%;border:1px solid #d0d7de;margin:8px 0}pre{background:#f6f8fa;padding:8px;overflow:auto}"
             "</style></head><body>")
             .arg(esc(in.title));
    h += QStringLiteral("<div class=\"banner\" style=\"background:%1\">%2 — %3</div>")
             .arg(v.passed ? QStringLiteral("#1a7f37") : QStringLiteral("#cf222e"), esc(v.gateTitle), word(in));
    h += QStringLiteral("<p><b>%1</b><br>Target %2<br>%3 → %4 · run %5</p>")
             .arg(esc(in.title), esc(in.target), esc(in.started), esc(in.finished), esc(in.runId));
    h += QStringLiteral(
        "<h2>Verdict</h2><table><tr><th>Criterion</th><th>Target</th><th>Measured</th><th>Result</th></tr>");
    for (const CriterionResult &c : v.criteria)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"%4\">%5</td></tr>")
                 .arg(esc(c.label), esc(c.target), esc(c.measured),
                      c.pass ? QStringLiteral("pass") : QStringLiteral("fail"),
                      c.pass ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>What happened</h2><ul>");
    for (const Finding &f : in.findings)
        h += QStringLiteral("<li><b>%1</b> — %2. %3</li>").arg(esc(f.title), esc(f.evidence), esc(f.nextSteps));
    h += QStringLiteral("</ul>");
    if (!in.notes.isEmpty()) {
        h += QStringLiteral("<h2>About the data</h2><ul>");
        for (const QString &n : in.notes)
            h += QStringLiteral("<li>%1</li>").arg(esc(n));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<h2>Charts</h2>");
    for (const char *name :
         {"p95_latency.png", "error_rate.png", "delivery_success.png", "request_rate.png", "provider_stats.png"})
        if (images.contains(QString::fromLatin1(name)))
            h += QStringLiteral("<p><img src=\"%1\" alt=\"%2\"></p>")
                     .arg(images.value(QString::fromLatin1(name)), QString::fromLatin1(name));
    h += QStringLiteral("<h2>Timeline</h2><table><tr><th>Time</th><th>Event</th><th>Detail</th></tr>");
    for (const QJsonValue &e : in.events) {
        const QJsonObject o = e.toObject();
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(o.value(QStringLiteral("time")).toString()), esc(o.value(QStringLiteral("event")).toString()),
                      esc(o.value(QStringLiteral("detail")).toString()));
    }
    h += QStringLiteral("</table><h2>Summary numbers</h2><table>");
    for (auto it = in.canarySummary.constBegin(); it != in.canarySummary.constEnd(); ++it)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(esc(it.key()), QString::number(it->toDouble(), 'g', 8));
    h += QStringLiteral("</table><h2>Environment</h2><p>%1<br>Operator: %2 on %3</p>")
             .arg(esc(in.environment), esc(in.operatorName), esc(in.machine));
    h += QStringLiteral("<h2>Scenario</h2><pre>%1</pre></body></html>").arg(esc(in.scenarioJson));
    return h;
}

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
    // The PDF: the same report, images as document resources (A4, portrait).
    QMap<QString, QString> named;
    QTextDocument doc;
    for (auto it = charts.constBegin(); it != charts.constEnd(); ++it) {
        const QString name = QStringLiteral("chart://") + it.key();
        doc.addResource(QTextDocument::ImageResource, QUrl(name), it->scaledToWidth(900, Qt::SmoothTransformation));
        named.insert(it.key(), name);
    }
    QString pdfHtml = redaction::redact(QtReportRenderer::html(in, named));
    pdfHtml.replace(QStringLiteral("<img src="), QStringLiteral("<img width=\"640\" src="));
    doc.setHtml(pdfHtml);
    const QString pdfPath = QDir(dir).filePath(QStringLiteral("report.pdf"));
    QByteArray pdf;
    {
        QBuffer pdfBuffer(&pdf);
        pdfBuffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&pdfBuffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(in.title);
        writer.setCreator(QStringLiteral("CanaryDesk " CANARYDESK_VERSION));
        writer.setResolution(96); // lay the HTML out at screen scale, so text and images keep their proportions
        doc.print(&writer);
    } // the PDF is complete when its writer is gone
    if (pdf.isEmpty())
        return Status::failure(QStringLiteral("cannot write %1: the PDF came out empty").arg(pdfPath));
    return atomic::writeFile(pdfPath, pdf);
}

} // namespace canary::ui
