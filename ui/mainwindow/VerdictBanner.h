#pragma once

// The verdict across the top of the console once a run has ended: one line (the verdict and, in short, what
// failed or why it stopped), the diagnosis, next steps and where the evidence is under "Details", and what to
// do with the package (export, view as a stakeholder, open its folder, copy its path, post to Slack).

#include "core/run/PackageBuilder.h"

#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;
class QToolButton;

namespace canary::ui {

class ElidedLabel;

class VerdictBanner : public QWidget
{
    Q_OBJECT
public:
    // exportAction and exportZipAction: the console's own (their shortcuts and enabled state).
    VerdictBanner(QAction *exportAction, QAction *exportZipAction, QWidget *parent = nullptr);

    // The package's verdict; its folder becomes the one the buttons act on.
    void showOutcome(const PackageOutcome &outcome);
    // Anything else (a run that did not start, a k6 Cloud run without a package): no package buttons.
    void showMessage(const QString &line, const QString &details, const QString &colour);
    void clear();
    // The line and, after a line break, the details; empty when nothing is shown.
    QString text() const;
    void setDetailsShown(bool shown);
    // As tall as the diagnosis, up to maxHeight; more findings scroll.
    void fitDetails(int maxHeight);

Q_SIGNALS:
    void viewRequested(const QString &packageDir);
    void slackRequested();
    void message(const QString &text); // for the status bar

private:
    void show(const QString &line, const QString &details, const QString &colour, bool package);

    QString m_packageDir;
    int m_maxDetailsHeight = 60;
    ElidedLabel *m_line;
    QLabel *m_details;
    QToolButton *m_detailsButton;
    QScrollArea *m_detailsArea;
    QList<QWidget *> m_packageButtons; // export, view, more: only with a package
};

} // namespace canary::ui
