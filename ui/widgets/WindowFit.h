#pragma once

// Windows that fit the screen they open on: the preferred size where there is room, else the screen's free
// area less the window manager's title bar — a 1366 × 768 laptop gets a window it can see whole.

#include <QRect>
#include <QSize>

class QWidget;

namespace canary::ui {

// The room a window's frame and title bar take (the test of every window's minimum size allows the same).
inline constexpr int kWindowFrameAllowance = 40;

void resizeToFit(QWidget *window, QSize preferred);

// A remembered geometry on the screen it opens on now (saved on a 1440 × 900 screen, opened on a 1366 × 768
// laptop): no larger than the free area less the title bar, and moved wholly inside it. Pure.
QRect fitInside(const QRect &geometry, const QRect &available);
// fitInside for a window whose geometry was just restored, on its screen.
void fitOnScreen(QWidget *window);

} // namespace canary::ui
