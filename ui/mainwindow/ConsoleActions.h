#pragma once

// The console's commands: every named action (text, shortcut, tip — for menus, toolbar, tests), the menu bar,
// and the toolbar with the load-engine choice and the run's state. What each action does is wired by
// MainWindow; the View toggles remember their state in the settings.

#include <QHash>
#include <QObject>

class QAction;
class QComboBox;
class QLabel;
class QMainWindow;
class QMenu;

namespace canary::ui {

class ConsoleActions : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleActions(QMainWindow *window);

    // open, openPackage, import, history, edit, save, start, stop, abort, export, exportZip, viewPackage,
    // openFolder, slack, credentials, quit, scenario (checkable), monitors (checkable), shortcuts, about.
    QAction *action(const QString &name) const { return m_actions.value(name); }
    // Every action with a shortcut, in menu order: what Help ▸ Keyboard Shortcuts lists.
    QList<QAction *> withShortcuts() const;
    QMenu *recentMenu() const { return m_recentMenu; }
    QComboBox *engine() const { return m_engine; }
    QLabel *stateLabel() const { return m_stateLabel; }

private:
    void createMenus(QMainWindow *window);

    QHash<QString, QAction *> m_actions;
    QList<QAction *> m_order;
    QMenu *m_recentMenu = nullptr;
    QComboBox *m_engine = nullptr;
    QLabel *m_stateLabel = nullptr;
};

} // namespace canary::ui
