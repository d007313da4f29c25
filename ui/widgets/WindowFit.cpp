#include "ui/widgets/WindowFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace canary::ui {

void resizeToFit(QWidget *window, QSize preferred)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect free = screen->availableGeometry();
    window->resize(std::min(preferred.width(), free.width()),
                   std::min(preferred.height(), free.height() - kWindowFrameAllowance));
}

} // namespace canary::ui
