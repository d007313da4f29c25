#pragma once

// A time chart for one gate criterion, the one chart style of the console, the viewer and the evidence: a
// fixed 0…duration x-axis so the run fills in left to right, time in m:ss (h:mm:ss from an hour on) at round
// steps that never overlap, units on the axes, the gate limit as a dashed line in a colour no data line uses,
// and a legend the chart is never narrower than. Under the mouse: a crosshair with every series' value at
// that second; drag across the plot to zoom to a time range, double-click (or right-click, or Esc) to go back.
//
// x values are minutes since the run's start (as every caller has them); the axis labels say m:ss.

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include "core/judge/Judgement.h"

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

    // A line of detail (each second's values): thin and translucent, behind what the gate judges.
    static QLineSeries *faint(QLineSeries *series);
    // The judged line (the whole run so far): wide, on top.
    static QLineSeries *judged(QLineSeries *series);

    // The run's episodes (Judge), shaded across the plot behind nothing: a translucent band per episode in its
    // kind's colour, so a spike or a gap is read with what happened then.
    void setEpisodes(const QList<Episode> &episodes);
    const QList<Episode> &episodes() const { return m_episodes; }
    static QColor episodeColor(Episode::Kind kind);
    static QString episodeName(Episode::Kind kind); // the band's label: "no answer", "/health failing"

    // Title, legend and axis labels in pixel sizes that stay readable when a 1200-px chart is printed at A4 width.
    void setPrintFonts();

    // Light or dark chart theme by the widget's palette (the system's, unless set): it follows a change of
    // the desktop's colour scheme while the window is open. Series keep their own colours.
    void applyPalette();

    // "1:05", or "1:02:05" when the chart spans an hour or more.
    static QString timeLabel(qint64 seconds, bool hours);
    // The time axis' labels as shown now, left to right.
    QStringList timeLabels() const;

    // Zoom to a time range (minutes) and back to the whole run. A zoom survives new data and a longer duration.
    void zoomTo(double fromMinutes, double toMinutes);
    void resetZoom();
    bool isZoomed() const { return m_zoomed; }
    std::pair<double, double> visibleRange() const { return {m_x->min(), m_x->max()}; }
    int plotColumns() const; // the plot's width in pixels: what a line can show at most
    // The points a line needs at `columns` pixels over [from, to] (minutes): per pixel column its first, lowest,
    // highest and last point (M4), plus one on each side for the line's way in and out. A spike is never lost; what
    // a chart draws is bounded by its width, not by how many seconds fell into one pixel.
    static QList<QPointF> forWidth(const QList<QPointF> &points, double from, double to, int columns);

    // What the crosshair says at a time (minutes): the time, then "name: value unit" for every data series with
    // a point within the nearest second (the gate line too). Empty when no series has data there.
    QStringList valuesAt(double minutes) const;
    // A line that runs off the top of the value axis is cut there; each cut is marked at the top edge with a
    // small arrow in the line's colour and the highest value it reached, so a spike beyond the scale is seen and
    // read, never silently lost. The peaks of runs of points above `top` within [from, to] (minutes), the `most`
    // highest of them, in time order.
    struct CutMark
    {
        double minutes = 0;
        double value = 0;
        QColor colour;
    };
    static QList<QPointF> cutPeaks(const QList<QPointF> &points, double top, double from, double to, int most);
    // The marks drawn now: at most kMostCutMarks over every data line, the highest.
    QList<CutMark> cutMarks() const;
    static constexpr int kMostCutMarks = 4;

    // The crosshair's lines as drawn now (empty when the mouse is not over the plot).
    QStringList crosshairText() const { return m_hoverText; }

Q_SIGNALS:
    void rangeChanged(); // zoomed, zoomed out or resized: the lines' points are due again

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void relabel();
    void updateLegendWidth();
    double minutesAt(const QPointF &viewPos) const;

    QChart *m_chart;
    QList<Episode> m_episodes;
    QCategoryAxis *m_x;
    QValueAxis *m_y;
    QLineSeries *m_limit;
    QString m_unit;
    qint64 m_durationMs = 60000;
    bool m_zoomed = false;
    std::optional<double> m_hoverMinutes;
    QStringList m_hoverText;
    std::optional<double> m_dragFrom, m_dragTo; // minutes
};

} // namespace canary::ui
