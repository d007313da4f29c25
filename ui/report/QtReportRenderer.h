#pragma once

// Renders the evidence people look at: chart PNGs at a fixed size (also headless, on the offscreen
// platform), a self-contained report.html (images embedded) and report.pdf — verdict table first.

#include "core/evidence/ReportInput.h"
#include "ui/style/Palette.h"

#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace canary::ui {

class QtReportRenderer final : public ReportRenderer
{
public:
    Status render(const ReportInput &input, const QString &dir) override;

    // The charts by file name ("p95_latency.png" → image), for tests and for the viewer.
    static QMap<QString, QImage> renderCharts(const ReportInput &input);
    static QImage providerChart(const QJsonObject &provider);
    // report.html: one self-contained file — verdict, criteria with their margins, what happened and the key
    // chart first (page 1 when printed), then the details; charts interactive (dygraphs, inlined), the PNGs where
    // scripts do not run.
    static QString html(const ReportInput &input, const QMap<QString, QString> &imageSources);
    // The data of report.html's charts: title, unit, series (name, colour, width, dashed) and every row.
    static QJsonArray htmlCharts(const ReportInput &input);

    // report.pdf's page margins (A4), and the colour of the frame around every chart in it (tests find the
    // charts on the rendered pages by it).
    static constexpr double kPdfMarginMm = 15;
    static QColor chartFrame() { return palette::colour(palette::kChartFrame); }
};

} // namespace canary::ui
