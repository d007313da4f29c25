#include "ui/charts/GateChart.h"
#include "ui/style/Palette.h"

#include "core/common/Duration.h"

#include <QtCharts/QLegendMarker>

#include <QEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace canary::ui {

namespace {

constexpr double kMinZoomMinutes = 5.0 / 60; // a zoom shows at least 5 s

// The gate's line: dashed, in the text colour — no data line is black or white, so it never hides one.
QColor limitColour(bool dark)
{
    return dark ? palette::colour(palette::kDarkInk) : palette::colour(palette::kCrosshair);
}

QString valueText(double v, const QString &unit)
{
    const int decimals = std::abs(v) < 10 ? 2 : 1;
    const QString number = QLocale().toString(v, 'f', decimals);
    return unit.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, unit);
}

} // namespace

GateChart::GateChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(parent), m_chart(new QChart()), m_x(new QCategoryAxis(m_chart)), m_y(new QValueAxis(m_chart)),
      m_limit(new QLineSeries(m_chart)), m_unit(unit)
{
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setShowToolTips(true);
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    // Time labels at round steps placed on their value (m:ss); Qt Charts 6.4 elides a horizontal axis title.
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setTruncateLabels(false);
    m_y->setTitleText(unit);
    m_y->setLabelFormat(QStringLiteral("%.6g")); // as "%g"; a bare "%g" draws no labels once localized
    m_chart->setLocale(QLocale());               // "0,5" on a German axis, as the tiles and the verdict write it
    m_chart->setLocalizeNumbers(true);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    QPen dashed(limitColour(false));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    m_limit->setPen(dashed);
    m_chart->addSeries(m_limit);
    m_limit->attachAxis(m_x);
    m_limit->attachAxis(m_y);
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150);
    setAccessibleName(title);
    setToolTip(tr("Point at the chart for the values at that second; drag across it to zoom to a time range, "
                  "double-click (or Esc) to see the whole run again."));
    setFocusPolicy(Qt::StrongFocus); // Tab reaches it; Esc goes back from a zoom
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setDuration(m_durationMs);
    applyPalette();
}

void GateChart::applyPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() == theme)
        return;
    // A theme overwrites the series' pens: keep ours (the gate's limit, the chosen line colours).
    QList<QPair<QLineSeries *, QPen>> pens;
    for (QAbstractSeries *series : m_chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(series))
            pens << qMakePair(line, line->pen());
    m_chart->setTheme(theme);
    for (const auto &[line, pen] : pens)
        line->setPen(pen);
    QPen limit = m_limit->pen();
    limit.setColor(limitColour(dark));
    m_limit->setPen(limit);
    relabel(); // a theme resets the margins
}

void GateChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void GateChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    relabel(); // as many labels as fit without touching
    Q_EMIT rangeChanged();
}

int GateChart::plotColumns() const
{
    const double w = m_chart->plotArea().width() > 50 ? m_chart->plotArea().width() : width() - 80.0;
    return std::max(100, static_cast<int>(w));
}

QList<QPointF> GateChart::forWidth(const QList<QPointF> &points, double from, double to, int columns)
{
    if (!(to > from) || columns <= 0 || points.size() < 4)
        return points;
    const double scale = columns / (to - from);
    auto column = [&](const QPointF &p) { return static_cast<qint64>(std::floor((p.x() - from) * scale)); };
    const qsizetype n = points.size();
    QList<QPointF> out;
    out.reserve(std::min<qsizetype>(n, 4 * static_cast<qsizetype>(columns) + 2));
    qsizetype i = 0;
    while (i < n && points[i].x() < from)
        ++i;
    if (i > 0)
        out << points[i - 1];
    while (i < n && points[i].x() <= to) {
        const qint64 col = column(points[i]);
        qsizetype j = i, lo = i, hi = i;
        for (; j < n && points[j].x() <= to && column(points[j]) == col; ++j) {
            if (points[j].y() < points[lo].y())
                lo = j;
            if (points[j].y() > points[hi].y())
                hi = j;
        }
        for (const qsizetype k : {i, std::min(lo, hi), std::max(lo, hi), j - 1})
            if (out.isEmpty() || out.last() != points[k])
                out << points[k];
        i = j;
    }
    if (i < n)
        out << points[i];
    return out;
}

QString GateChart::timeLabel(qint64 seconds, bool hours)
{
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    if (hours)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(s, 2, 10, QLatin1Char('0'));
}

QStringList GateChart::timeLabels() const
{
    return m_x->categoriesLabels();
}

void GateChart::relabel()
{
    const double from = m_x->min(), to = m_x->max();
    const bool hours = m_durationMs >= 3600 * 1000;
    const double runS = static_cast<double>(m_durationMs) / 1000.0; // the run's span sets the words, not the zoom
    const QFontMetrics fm(m_x->labelsFont());
    const int labelWidth = fm.horizontalAdvance(runS > 86400 ? QStringLiteral("00 d 00 h")
                                                : hours      ? QStringLiteral("00:00:00")
                                                             : QStringLiteral("000:00")) +
                           28;
    const double plotWidth = m_chart->plotArea().width() > 50 ? m_chart->plotArea().width() : width() - 80.0;
    const double maxTicks = std::max(2.0, std::min(10.0, plotWidth / labelWidth));
    const double spanS = std::max(1.0, (to - from) * 60);
    // The smallest round step that keeps the labels apart: whole seconds, minutes, hours or days.
    const double step = duration::axisStep(spanS, maxTicks);
    // Room on the right for half of the last label, which sits on the axis' end ("2:00" is never cut).
    const QMargins margins(4, 4, fm.horizontalAdvance(duration::axisLabel(std::llround(to * 60), step, runS)) / 2 + 6,
                           4);
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins);
    const QStringList old = m_x->categoriesLabels();
    for (const QString &label : old)
        m_x->remove(label);
    // Each label ends a category and sits on that value; the first category starts just before the range so
    // the run's start gets its "0:00".
    m_x->setStartValue(from - 1e-6);
    for (double t = std::ceil(from * 60 / step - 1e-9) * step; t <= to * 60 + 1e-9; t += step)
        m_x->append(duration::axisLabel(std::llround(t), step, runS), t / 60);
}

void GateChart::setDuration(qint64 durationMs)
{
    m_durationMs = std::max<qint64>(durationMs, 1000);
    const double minutes = static_cast<double>(m_durationMs) / 60000.0;
    if (!m_zoomed) {
        m_x->setRange(0, minutes);
    } else if (m_x->max() > minutes) {
        zoomTo(m_x->min(), minutes);
        return;
    }
    relabel();
    if (m_limit->count() == 2) {
        const double y = m_limit->at(0).y();
        m_limit->replace({QPointF(0, y), QPointF(minutes, y)});
    }
}

void GateChart::zoomTo(double fromMinutes, double toMinutes)
{
    const double whole = static_cast<double>(m_durationMs) / 60000.0;
    double from = std::clamp(std::min(fromMinutes, toMinutes), 0.0, whole);
    double to = std::clamp(std::max(fromMinutes, toMinutes), 0.0, whole);
    if (to - from < kMinZoomMinutes) {
        const double mid = (from + to) / 2;
        from = std::max(0.0, mid - kMinZoomMinutes / 2);
        to = std::min(whole, from + kMinZoomMinutes);
    }
    m_zoomed = from > 0 || to < whole;
    m_x->setRange(from, to);
    relabel();
    viewport()->update();
    Q_EMIT rangeChanged();
}

void GateChart::resetZoom()
{
    m_zoomed = false;
    m_x->setRange(0, static_cast<double>(m_durationMs) / 60000.0);
    relabel();
    viewport()->update();
    Q_EMIT rangeChanged();
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
        updateLegendWidth();
        return;
    }
    m_limit->setName(label);
    m_limit->append(0, *limit);
    m_limit->append(static_cast<double>(m_durationMs) / 60000.0, *limit);
    m_y->setRange(0, *limit * 1.6);
    updateLegendWidth();
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
    updateLegendWidth();
    return series;
}

void GateChart::updateLegendWidth()
{
    // A legend label is rich text to Qt Charts: "gate < 15 ms" would lose "< 15 ms" as a tag. Each label is the
    // series' name as plain text.
    for (QLegendMarker *marker : m_chart->legend()->markers())
        marker->setLabel(marker->series()->name().toHtmlEscaped());
    // The chart is never narrower than its legend in one row: Qt Charts would cut the names short.
    const QFontMetrics fm(m_chart->legend()->font());
    int width = 40;
    for (QAbstractSeries *series : m_chart->series()) {
        const bool shown = series == m_limit ? m_limit->count() > 0 : series->isVisible();
        if (shown && !series->name().isEmpty())
            width += fm.horizontalAdvance(series->name()) + 44; // marker, spacing and the label
    }
    setMinimumWidth(std::max(220, width));
}

void GateChart::setPrintFonts()
{
    QFont title = m_chart->titleFont();
    title.setPixelSize(24);
    title.setBold(true);
    m_chart->setTitleFont(title);
    QFont legend = m_chart->legend()->font();
    legend.setPixelSize(19);
    m_chart->legend()->setFont(legend);
    QFont labels = m_x->labelsFont();
    labels.setPixelSize(18);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(labels);
    }
    updateLegendWidth();
    relabel();
}

QLineSeries *GateChart::faint(QLineSeries *series)
{
    QPen pen = series->pen();
    QColor c = pen.color();
    c.setAlpha(95);
    pen.setColor(c);
    pen.setWidthF(1.3);
    series->setPen(pen);
    return series;
}

QLineSeries *GateChart::judged(QLineSeries *series)
{
    QPen pen = series->pen();
    pen.setWidthF(3.2);
    series->setPen(pen);
    return series;
}

double GateChart::yMax() const
{
    return m_y->max();
}

QStringList GateChart::valuesAt(double minutes) const
{
    QStringList lines;
    constexpr double kSecond = 1.0 / 60;
    for (QAbstractSeries *abstract : m_chart->series()) {
        auto *series = qobject_cast<QLineSeries *>(abstract);
        if (!series || !series->isVisible() || series->name().isEmpty() || series->count() == 0)
            continue;
        if (series == m_limit) {
            lines << QStringLiteral("%1: %2").arg(series->name(), valueText(series->at(0).y(), m_unit));
            continue;
        }
        // Points are in time order: the nearest by binary search.
        int lo = 0, hi = static_cast<int>(series->count()) - 1;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (series->at(mid).x() < minutes)
                lo = mid + 1;
            else
                hi = mid;
        }
        int best = lo;
        if (lo > 0 && std::abs(series->at(lo - 1).x() - minutes) <= std::abs(series->at(lo).x() - minutes))
            best = lo - 1;
        const QPointF p = series->at(best);
        if (std::abs(p.x() - minutes) <= kSecond * 1.01)
            lines << QStringLiteral("%1: %2").arg(series->name(), valueText(p.y(), m_unit));
    }
    const bool onlyGate = lines.size() == 1 && m_limit->count() > 0;
    if (lines.isEmpty() || onlyGate)
        return {};
    lines.prepend(timeLabel(std::llround(std::max(0.0, minutes) * 60), m_durationMs >= 3600 * 1000));
    return lines;
}

double GateChart::minutesAt(const QPointF &viewPos) const
{
    return m_chart->mapToValue(mapToScene(viewPos.toPoint()), m_limit).x();
}

void GateChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        resetZoom();
        return;
    }
    if (event->button() == Qt::LeftButton && m_chart->plotArea().contains(mapToScene(event->position().toPoint()))) {
        m_dragFrom = m_dragTo = minutesAt(event->position());
        return;
    }
    QChartView::mousePressEvent(event);
}

void GateChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (m_dragFrom)
        m_dragTo = std::clamp(minutesAt(event->position()), m_x->min(), m_x->max());
    if (m_chart->plotArea().contains(scenePos)) {
        m_hoverMinutes = minutesAt(event->position());
        m_hoverText = valuesAt(*m_hoverMinutes);
    } else {
        m_hoverMinutes.reset();
        m_hoverText.clear();
    }
    viewport()->update();
    QChartView::mouseMoveEvent(event);
}

void GateChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragFrom && m_dragTo) {
        const double from = *m_dragFrom, to = *m_dragTo;
        m_dragFrom.reset();
        m_dragTo.reset();
        const double pixels = std::abs(m_chart->mapToPosition(QPointF(to, 0), m_limit).x() -
                                       m_chart->mapToPosition(QPointF(from, 0), m_limit).x());
        if (pixels >= 8)
            zoomTo(from, to);
        viewport()->update();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void GateChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        resetZoom();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void GateChart::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_zoomed) {
        resetZoom();
        return;
    }
    QChartView::keyPressEvent(event);
}

void GateChart::leaveEvent(QEvent *event)
{
    m_hoverMinutes.reset();
    m_hoverText.clear();
    viewport()->update();
    QChartView::leaveEvent(event);
}

void GateChart::setEpisodes(const QList<Episode> &episodes)
{
    m_episodes = episodes;
    viewport()->update();
}

QString GateChart::episodeName(Episode::Kind kind)
{
    switch (kind) {
    case Episode::Kind::NoAnswer:
        return tr("no answer");
    case Episode::Kind::ServerErrors:
        return tr("5xx");
    case Episode::Kind::RateLimited:
        return tr("429");
    case Episode::Kind::Slow:
        return tr("over the limit");
    case Episode::Kind::HealthFailing:
        return tr("/health failing");
    case Episode::Kind::TokenFailures:
        return tr("no token");
    case Episode::Kind::ClientPaused:
        break;
    }
    return tr("client paused");
}

QColor GateChart::episodeColor(Episode::Kind kind)
{
    switch (kind) {
    case Episode::Kind::NoAnswer:
    case Episode::Kind::ServerErrors:
        return palette::colour(palette::kEpisodeErrors, 40);
    case Episode::Kind::RateLimited:
    case Episode::Kind::TokenFailures:
        return palette::colour(palette::kEpisodeSlow, 40);
    case Episode::Kind::Slow:
    case Episode::Kind::HealthFailing:
        return palette::colour(palette::kEpisodeHealth, 40);
    case Episode::Kind::ClientPaused:
        break;
    }
    return palette::colour(palette::kEpisodeOther, 50);
}

QList<QPointF> GateChart::cutPeaks(const QList<QPointF> &points, double top, double from, double to, int most)
{
    QList<QPointF> peaks;
    std::optional<QPointF> peak; // the highest point of the run above the top so far
    for (const QPointF &p : points) {
        const bool above = p.y() > top && p.x() >= from && p.x() <= to;
        if (above && (!peak || p.y() > peak->y()))
            peak = p;
        if (!above && peak) {
            peaks << *peak;
            peak.reset();
        }
    }
    if (peak)
        peaks << *peak;
    std::stable_sort(peaks.begin(), peaks.end(), [](const QPointF &a, const QPointF &b) { return a.y() > b.y(); });
    peaks = peaks.mid(0, most);
    std::sort(peaks.begin(), peaks.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return peaks;
}

QList<GateChart::CutMark> GateChart::cutMarks() const
{
    QList<CutMark> marks;
    for (QAbstractSeries *s : m_chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (!line || line == m_limit || !line->isVisible())
            continue;
        QColor colour = line->pen().color();
        colour.setAlpha(255); // a faint line's mark is as readable as any
        for (const QPointF &p : cutPeaks(line->points(), m_y->max(), m_x->min(), m_x->max(), kMostCutMarks))
            marks << CutMark{p.x(), p.y(), colour};
    }
    std::stable_sort(marks.begin(), marks.end(), [](const CutMark &a, const CutMark &b) { return a.value > b.value; });
    return marks.mid(0, kMostCutMarks);
}

void GateChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = m_chart->plotArea();
    const bool dark = m_chart->theme() == QChart::ChartThemeDark;
    auto xOf = [&](double minutes) { return m_chart->mapToPosition(QPointF(minutes, m_y->min()), m_limit).x(); };
    painter->save();
    // Each episode a band, named at its top (on two rows, so neighbours do not write over each other).
    QFont small = m_chart->legend()->font(); // the legend's size, a little smaller: readable in print too
    if (small.pixelSize() > 0)
        small.setPixelSize(std::max(10, small.pixelSize() * 4 / 5));
    else
        small.setPointSizeF(std::max(7.5, small.pointSizeF() * 0.8));
    painter->setFont(small);
    const QFontMetrics smallMetrics(small);
    int row = 0;
    for (const Episode &e : std::as_const(m_episodes)) {
        const double a = std::clamp(xOf(e.startS / 60.0), plot.left(), plot.right());
        const double b = std::clamp(xOf(e.endS / 60.0), plot.left(), plot.right());
        if (b < plot.left() || a > plot.right())
            continue;
        painter->fillRect(QRectF(QPointF(a, plot.top()), QPointF(std::max(b, a + 2.0), plot.bottom())),
                          episodeColor(e.kind));
        QColor ink = episodeColor(e.kind);
        ink.setAlpha(255);
        painter->setPen(dark ? ink.lighter(160) : ink.darker(130));
        const QString name = episodeName(e.kind);
        const double x = std::min(a + 3, plot.right() - smallMetrics.horizontalAdvance(name) - 3);
        painter->drawText(QPointF(x, plot.top() + 3 + smallMetrics.ascent() + (row++ % 2) * smallMetrics.height()),
                          name);
    }
    // Lines cut at the top of the scale: an arrow at the edge and the value they reached.
    for (const CutMark &mark : cutMarks()) {
        const double x = std::clamp(xOf(mark.minutes), plot.left(), plot.right());
        QPainterPath arrow;
        arrow.moveTo(x, plot.top() - 1);
        arrow.lineTo(x - 5, plot.top() + 7);
        arrow.lineTo(x + 5, plot.top() + 7);
        arrow.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(mark.colour);
        painter->drawPath(arrow);
        const QString value = QStringLiteral("%1 %2").arg(QLocale().toString(mark.value, 'g', 4), m_unit);
        const double w = smallMetrics.horizontalAdvance(value);
        const double textX = x + 7 + w > plot.right() ? x - 7 - w : x + 7;
        painter->setPen(dark ? mark.colour.lighter(140) : mark.colour.darker(120));
        painter->drawText(QPointF(textX, plot.top() + 2 + smallMetrics.ascent()), value);
    }
    painter->setBrush(Qt::NoBrush);
    if (m_dragFrom && m_dragTo) {
        const double a = xOf(*m_dragFrom), b = xOf(*m_dragTo);
        painter->fillRect(QRectF(QPointF(std::min(a, b), plot.top()), QPointF(std::max(a, b), plot.bottom())),
                          palette::colour(palette::kSelection, 50));
    }
    if (m_hoverMinutes) {
        const double x = std::clamp(xOf(*m_hoverMinutes), plot.left(), plot.right());
        painter->setPen(
            QPen(dark ? palette::colour(palette::kDarkInk, 160) : palette::colour(palette::kCrosshair, 160), 1));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (!m_hoverText.isEmpty()) {
            const QFontMetrics fm(font());
            int w = 0;
            for (const QString &l : std::as_const(m_hoverText))
                w = std::max(w, fm.horizontalAdvance(l));
            const int lineH = fm.height();
            QRectF box(0, 0, w + 30, lineH * m_hoverText.size() + 10);
            box.moveTopLeft(
                QPointF(x + 12 + box.width() > plot.right() ? x - 12 - box.width() : x + 12, plot.top() + 6));
            painter->setPen(QPen(dark ? palette::colour(palette::kDarkBorder) : palette::colour(palette::kBorder)));
            painter->setBrush(dark ? palette::colour(palette::kDarkPaper, 235) : palette::colour(palette::kPaper, 235));
            painter->drawRoundedRect(box, 4, 4);
            painter->setFont(font());
            const QList<QAbstractSeries *> all = m_chart->series();
            for (int i = 0; i < m_hoverText.size(); ++i) {
                const double baseline = box.top() + 5 + lineH * i + fm.ascent();
                // The swatch of the series this line is about (matched by its name).
                for (QAbstractSeries *abstract : all) {
                    auto *series = qobject_cast<QLineSeries *>(abstract);
                    if (i > 0 && series && !series->name().isEmpty() &&
                        m_hoverText.at(i).startsWith(series->name() + QLatin1Char(':'))) {
                        QPen swatch = series->pen();
                        swatch.setWidthF(3);
                        painter->setPen(swatch);
                        const double y = baseline - fm.ascent() / 2.5;
                        painter->drawLine(QPointF(box.left() + 6, y), QPointF(box.left() + 20, y));
                        break;
                    }
                }
                painter->setPen(dark ? palette::colour(palette::kDarkInk) : palette::colour(palette::kInk));
                painter->drawText(QPointF(box.left() + 24, baseline), m_hoverText.at(i));
            }
        }
    }
    painter->restore();
}

} // namespace canary::ui
