#include "ui/scenario/StagePreview.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace canary::ui {

StagePreview::StagePreview(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Arrival rate over the run"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StagePreview::setProfile(const LoadProfile &p)
{
    m_points.clear();
    const double perSecond = 1000.0 / static_cast<double>(std::max<qint64>(1, p.timeUnitMs));
    double t = 0;
    double previous = p.executor == LoadProfile::Executor::RampingArrivalRate ? p.startRate * perSecond : -1;
    for (const LoadStage &stage : p.stages) {
        const double rate = stage.rate * perSecond;
        const double end = t + static_cast<double>(stage.durationMs) / 1000.0;
        if (p.executor == LoadProfile::Executor::RampingArrivalRate) {
            if (m_points.isEmpty())
                m_points << QPointF(t, previous);
            m_points << QPointF(end, rate); // linear from the previous stage's end rate
        } else {
            m_points << QPointF(t, rate) << QPointF(end, rate);
        }
        previous = rate;
        t = end;
    }
    setToolTip(m_points.isEmpty() ? QString()
                                  : tr("Peak %1 requests/s over %2 min")
                                        .arg(QLocale().toString(p.peakRatePerSecond(), 'g', 4))
                                        .arg(QLocale().toString(t / 60.0, 'g', 3)));
    update();
}

void StagePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(44, 8, -8, -20);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(area);
    if (m_points.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("no valid stages"));
        return;
    }
    double maxT = 0, maxRate = 0;
    for (const QPointF &p : m_points) {
        maxT = std::max(maxT, p.x());
        maxRate = std::max(maxRate, p.y());
    }
    maxT = std::max(maxT, 1.0);
    maxRate = std::max(maxRate * 1.15, 1.0);
    auto map = [&](const QPointF &p) {
        return QPointF(area.left() + p.x() / maxT * area.width(), area.bottom() - p.y() / maxRate * area.height());
    };
    QPainterPath line(map(m_points.first()));
    for (const QPointF &p : m_points)
        line.lineTo(map(p));
    QPainterPath fill = line;
    fill.lineTo(map(QPointF(m_points.last().x(), 0)));
    fill.lineTo(map(QPointF(m_points.first().x(), 0)));
    fill.closeSubpath();
    QColor accent = palette().color(QPalette::Highlight);
    QColor soft = accent;
    soft.setAlpha(60);
    painter.fillPath(fill, soft);
    painter.setPen(QPen(accent, 2));
    painter.drawPath(line);
    painter.setPen(palette().color(QPalette::WindowText));
    const QLocale locale;
    const double peak = maxRate / 1.15;
    painter.drawText(QRectF(0, map(QPointF(0, peak)).y() - 7, 40, 14), Qt::AlignRight | Qt::AlignVCenter,
                     locale.toString(peak, 'g', 4));
    painter.drawText(QRectF(0, area.bottom() - 8, 40, 14), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), 16), Qt::AlignRight | Qt::AlignTop,
                     tr("%1 min · requests/s").arg(locale.toString(maxT / 60.0, 'g', 3)));
}

} // namespace canary::ui
