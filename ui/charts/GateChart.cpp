#include "ui/charts/GateChart.h"

#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QEvent>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace canary::ui {

GateChart::GateChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(parent), m_chart(new QChart()), m_x(new QValueAxis(m_chart)), m_y(new QValueAxis(m_chart)),
      m_limit(new QLineSeries(m_chart)), m_unit(unit)
{
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    // Minutes on the x-axis, in the labels: Qt Charts 6.4 elides a horizontal axis title here.
    m_x->setLabelFormat(tr("%g min"));
    m_x->setTruncateLabels(false);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_y->setTitleText(unit);
    m_y->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    QPen dashed(QColor(0xc6, 0x28, 0x28));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    m_limit->setPen(dashed);
    m_chart->addSeries(m_limit);
    m_limit->attachAxis(m_x);
    m_limit->attachAxis(m_y);
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    setAccessibleName(title);
    setDuration(m_durationMs);
    applyPalette();
}

void GateChart::applyPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() == theme)
        return;
    // A theme overwrites the series' pens: keep ours (the gate's red limit, the chosen line colours).
    QList<QPair<QLineSeries *, QPen>> pens;
    for (QAbstractSeries *series : m_chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(series))
            pens << qMakePair(line, line->pen());
    m_chart->setTheme(theme);
    for (const auto &[line, pen] : pens)
        line->setPen(pen);
}

void GateChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void GateChart::setDuration(qint64 durationMs)
{
    m_durationMs = std::max<qint64>(durationMs, 1000);
    const double minutes = static_cast<double>(m_durationMs) / 60000.0;
    // At most eight ticks at a round step: 1, 2, 5, 10, 20 or 30 s, 1, 2, 5, 10, 15 or 30 minutes, 1, 2, 6 or 12
    // hours, then whole days. Qt Charts lays out the ticks after each change, so the old step never meets the new,
    // longer range (a 720-h range at a 1-s step is 2.6 million tick items: minutes of CPU and gigabytes).
    double step = 0;
    for (double candidate : {1.0 / 60, 2.0 / 60, 5.0 / 60, 10.0 / 60, 1.0 / 3, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0,
                             60.0, 120.0, 360.0, 720.0, 1440.0}) {
        if (minutes / candidate <= 8) {
            step = candidate;
            break;
        }
    }
    if (step == 0)
        step = 1440.0 * std::ceil(minutes / 1440.0 / 8);
    if (step >= m_x->tickInterval()) { // never the small one of the two steps over the long one of the two ranges
        m_x->setTickInterval(step);
        m_x->setRange(0, minutes);
    } else {
        m_x->setRange(0, minutes);
        m_x->setTickInterval(step);
    }
    m_x->setLabelFormat(minutes < 3 ? tr("%.2f min") : tr("%g min"));
    if (m_limit->count() == 2) {
        const double y = m_limit->at(0).y();
        m_limit->replace({QPointF(0, y), QPointF(m_x->max(), y)});
    }
}

void GateChart::setLimit(std::optional<double> limit, const QString &label)
{
    m_limit->clear();
    const auto markers = m_chart->legend()->markers(m_limit);
    for (QLegendMarker *marker : markers)
        marker->setVisible(limit.has_value());
    if (!limit) {
        m_limit->setName(QString());
        m_y->setRange(0, 100);
        return;
    }
    m_limit->setName(label);
    m_limit->append(0, *limit);
    m_limit->append(m_x->max(), *limit);
    m_y->setRange(0, *limit * 1.6);
}

void GateChart::setYRange(double min, double max)
{
    m_y->setRange(min, max);
    m_y->applyNiceNumbers(); // round tick values (0, 50, 100 … rather than 71.875)
}

QLineSeries *GateChart::addLine(const QString &name, const QList<QPointF> &points, const QColor &color,
                                Qt::PenStyle style)
{
    auto *series = new QLineSeries(m_chart);
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2.0);
    pen.setStyle(style);
    series->setPen(pen);
    series->append(points);
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    return series;
}

double GateChart::yMax() const
{
    return m_y->max();
}

} // namespace canary::ui
