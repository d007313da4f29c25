#pragma once

// File → Open Recent: the scenario files opened before, newest first (at most 8, kept in the settings, with the
// last one to reopen at the next start); files moved or deleted since are not offered but kept in case they
// come back.

#include <QObject>
#include <QStringList>

class QMenu;

namespace canary::ui {

class RecentScenarios : public QObject
{
    Q_OBJECT
public:
    explicit RecentScenarios(QMenu *menu);

    QStringList paths() const;
    // The last scenario opened, if its file is still there.
    QString last() const;
    void remember(const QString &path);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuild();

    QMenu *m_menu;
};

} // namespace canary::ui
