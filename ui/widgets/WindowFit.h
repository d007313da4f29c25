#pragma once

// Windows that fit the screen they open on: the preferred size where there is room, else the screen's free
// area less the window manager's title bar — a 1366 × 768 laptop gets a window it can see whole.

#include <QSize>

class QWidget;

namespace canary::ui {

// The room a window's frame and title bar take (the test of every window's minimum size allows the same).
inline constexpr int kWindowFrameAllowance = 40;

void resizeToFit(QWidget *window, QSize preferred);

} // namespace canary::ui
