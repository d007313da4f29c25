#include "ui/report/QtReportRenderer.h"

#include "core/common/Duration.h"
#include "ui/charts/GateChart.h"
#include "ui/report/ReportParts.h"
#include "ui/style/Palette.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <algorithm>

// The charts of the evidence: the PNGs under screenshots/, drawn by the console's own chart (GateChart) in its
// light print style, and the e-mail provider's counts as bars.

namespace canary::ui {

using namespace report;

namespace {

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

} // namespace canary::ui
