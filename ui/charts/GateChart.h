#pragma once

// A time chart for one gate criterion: a fixed 0…duration x-axis so the run fills in left to right,
// units on the axes and the gate limit as a dashed line.

#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <optional>

namespace canary::ui {

class GateChart : public QChartView
{
    Q_OBJECT
public:
    GateChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    void setDuration(qint64 durationMs);
    // The dashed limit line; nullopt removes it.
    void setLimit(std::optional<double> limit, const QString &label);
    double yMax() const;
    void setYRange(double min, double max);
    // A data line over time (x in minutes); returns it so callers can append live.
    QLineSeries *addLine(const QString &name, const QList<QPointF> &points, const QColor &color,
                         Qt::PenStyle style = Qt::SolidLine);

    // Light or dark chart theme by the widget's palette (the system's, unless set): it follows a change of
    // the desktop's colour scheme while the window is open. Series keep their own colours.
    void applyPalette();

protected:
    void changeEvent(QEvent *event) override;

private:
    QChart *m_chart;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QLineSeries *m_limit;
    QString m_unit;
    qint64 m_durationMs = 60000;
};

} // namespace canary::ui
