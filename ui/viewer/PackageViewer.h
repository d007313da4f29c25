#pragma once

// The stakeholder's window onto an evidence package, read-only: the verdict first (banner and criteria
// table), whether the signature holds and whose key signed it, then the charts re-drawn from the package's
// own raw results, what happened and what to do, the timeline, the error log lines and the files.
// Opening happens off the GUI thread; nothing here needs credentials.

#include "core/run/PackageReader.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QUrl;

namespace canary::ui {

class DashboardView;

class PackageViewer : public QWidget
{
    Q_OBJECT
public:
    explicit PackageViewer(QWidget *parent = nullptr);
    ~PackageViewer() override;

    void openPackage(const QString &folderOrZip);
    bool isLoaded() const { return m_package.has_value(); }
    const OpenedPackage *package() const { return m_package ? &*m_package : nullptr; }
    QString bannerText() const;
    QString signatureText() const;
    QTableWidget *criteriaTable() const { return m_criteria; }
    DashboardView *dashboard() const { return m_dashboard; }
    QString errorText() const { return m_error; }
    // Whether the signature's key was made for this run only (no keychain): shown as an amber notice.
    bool signedWithOneTimeKey() const { return m_oneTimeKey; }
    // Opens a file of the package (relative path), its folder, or report.html in the browser; tests replace
    // the opener (the desktop's, by default) to see what would be opened.
    void openFile(const QString &relativePath);
    void openFolder();
    void openReport();
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_opener = std::move(opener); }
    QListWidget *filesList() const { return m_files; }

Q_SIGNALS:
    void opened(bool ok);

private:
    void display(const OpenedPackage &p);

    QLabel *m_banner;
    QLabel *m_signature;
    QTabWidget *m_tabs;
    QTableWidget *m_criteria;
    QTextBrowser *m_findings;
    DashboardView *m_dashboard;
    QListWidget *m_timeline;
    QPlainTextEdit *m_logs;
    QListWidget *m_files;
    QTextBrowser *m_about;
    QFutureWatcher<Result<OpenedPackage>> m_watcher;
    std::optional<OpenedPackage> m_package;
    QString m_error;
    bool m_oneTimeKey = false;
    std::function<void(const QUrl &)> m_opener;
};

} // namespace canary::ui
