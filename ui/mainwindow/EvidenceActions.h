#pragma once

// What the console does with evidence besides making it: copy the last package to a folder or write it as one
// .zip (off the GUI thread, each checked against its signed manifest), post its checkpoint update to Slack
// (after a preview of exactly what Slack will show), and import k6 results made elsewhere as a package of
// their own (through the evidence pipeline, like every package).

#include "core/common/Result.h"
#include "core/evidence/ReportInput.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QDialog>
#include <QString>

#include <memory>

class QAction;
class QNetworkAccessManager;
class QStatusBar;
class QWidget;

namespace canary {
class RunStore;
}

namespace canary::ui {

class EvidenceActions : public QObject
{
    Q_OBJECT
public:
    // Says what it does in window's status bar; importAction is off while an import is under way.
    EvidenceActions(QWidget *window, QStatusBar *status, QAction *importAction);
    ~EvidenceActions() override; // waits for an export under way

    // A new empty folder of its own under <data>/runs for a run or an import (RunFolder's policy: no link leading
    // out; made with mkdir, so two started in the same second never share one). The run claims it.
    static Result<QString> runFolderFor(const QString &base);

    void setPackageDir(const QString &dir) { m_packageDir = dir; }
    QString packageDir() const { return m_packageDir; }
    bool exporting() const { return m_export.isRunning(); }
    QString lastExport() const { return m_lastExport; }

    // Into destination/<the package's folder name>; asks for a folder when destination is empty.
    void exportTo(const QString &destination = QString());
    // As one .zip, checked before and, unpacked, after; asks where when zipPath is empty.
    void exportZip(const QString &zipPath = QString());
    // A preview of the message as Slack shows it, then the keychain entry slack-webhook (CANARYDESK_SLACK_WEBHOOK).
    void postToSlack();
    // k6 results (--out json, handleSummary or --summary-export) → a package, recorded in store (may be null).
    void importK6(const QString &file, ReportRenderer *renderer, RunStore *store, bool interactive);

Q_SIGNALS:
    void exportingChanged();
    void exportFinished(bool ok, const QString &message);
    void slackPosted(bool ok, const QString &text);
    // The Slack preview's "Credentials…": the webhook is stored there.
    void credentialsRequested();
    void imported(const QString &dir);
    void importFailed(const QString &message);

public:
    // The preview Post to Slack opened last (for tests); null when none is open.
    QDialog *slackPreview() const { return m_slackPreview; }

private:
    void say(const QString &text, int timeoutMs = 0);
    void send(const QJsonObject &slack, const QUrl &webhook);

    QWidget *m_window;
    QStatusBar *m_status;
    QAction *m_import;
    QString m_packageDir;
    QString m_lastExport;
    QFutureWatcher<QString> m_export; // the export's problem, empty when it succeeded
    std::unique_ptr<QNetworkAccessManager> m_slackNam;
    QPointer<QDialog> m_slackPreview;
};

} // namespace canary::ui
