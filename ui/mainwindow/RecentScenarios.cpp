#include "ui/mainwindow/RecentScenarios.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace canary::ui {

namespace {
const QString kRecentKey = QStringLiteral("scenario/recent");
const QString kLastKey = QStringLiteral("scenario/last");
constexpr int kMaxRecent = 8;
} // namespace

RecentScenarios::RecentScenarios(QMenu *menu) : QObject(menu), m_menu(menu)
{
    rebuild();
}

QStringList RecentScenarios::paths() const
{
    return QSettings().value(kRecentKey).toStringList();
}

QString RecentScenarios::last() const
{
    const QString last = QSettings().value(kLastKey).toString();
    return QFileInfo::exists(last) ? last : QString();
}

void RecentScenarios::remember(const QString &path)
{
    if (path.startsWith(QLatin1Char(':')))
        return; // built into the program: nothing to reopen
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = paths();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings settings;
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    settings.setValue(kLastKey, absolute);
    rebuild();
}

void RecentScenarios::rebuild()
{
    m_menu->clear();
    int n = 0;
    for (const QString &path : paths()) {
        if (!QFileInfo::exists(path))
            continue; // moved or deleted since: not offered, kept in case it comes back
        QAction *a = m_menu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(path);
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (n == 0)
        m_menu->addAction(tr("No recent scenarios"))->setEnabled(false);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        QSettings().remove(kRecentKey);
        rebuild();
    });
}

} // namespace canary::ui
