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

QRect fitInside(const QRect &geometry, const QRect &available)
{
    // The window plus its frame and title bar inside the free area: no larger, and moved in where it stuck out.
    const QSize size(std::min(geometry.width(), available.width()),
                     std::min(geometry.height(), std::max(1, available.height() - kWindowFrameAllowance)));
    const int x = std::clamp(geometry.x(), available.left(), available.left() + available.width() - size.width());
    const int y = std::clamp(
        geometry.y(), available.top(),
        std::max(available.top(), available.top() + available.height() - kWindowFrameAllowance - size.height()));
    return QRect(QPoint(x, y), size);
}

void fitOnScreen(QWidget *window)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect fitted = fitInside(window->geometry(), screen->availableGeometry());
    if (fitted != window->geometry())
        window->setGeometry(fitted);
}

} // namespace canary::ui
