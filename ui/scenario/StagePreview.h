#pragma once

// A small plot of a load profile's arrival rate over time (requests per second against minutes), drawn
// in the palette's colours so it reads in light and dark themes.

#include "core/scenario/Scenario.h"

#include <QList>
#include <QPointF>
#include <QWidget>

namespace canary::ui {

class StagePreview : public QWidget
{
    Q_OBJECT
public:
    explicit StagePreview(QWidget *parent = nullptr);

    void setProfile(const LoadProfile &profile);
    // The corners of the plotted line: (seconds since the start, arrivals per second).
    QList<QPointF> points() const { return m_points; }
    QSize sizeHint() const override { return {360, 120}; }
    QSize minimumSizeHint() const override { return {200, 80}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPointF> m_points;
};

} // namespace canary::ui
