#pragma once

// Past runs from the history database: date, scenario, target, verdict and key numbers; open one in the
// viewer, compare two side by side, export one again (an interrupted run gets its package built now),
// or forget one.

#include "core/run/PackageReader.h"
#include "core/run/RunStore.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace canary::ui {

class GateChart;
class QtReportRenderer;

// Two runs side by side: every number with its change, and both p95 curves on one chart.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);
    void compare(const QString &dirA, const QString &dirB);
    QTableWidget *table() const { return m_table; }
    QString errorText() const { return m_error; }
    QString headingText() const;
    const Comparison &comparison() const { return m_comparison; }
    // The comparison as one self-contained HTML page (what Export writes); false before one is shown.
    bool exportHtml(const QString &path);

Q_SIGNALS:
    void compared(bool ok);

private:
    void display(const OpenedPackage &a, const OpenedPackage &b);

    QLabel *m_heading;
    QTableWidget *m_table;
    QPushButton *m_export;
    GateChart *m_chart;
    Comparison m_comparison;
    QFutureWatcher<std::pair<Result<OpenedPackage>, Result<OpenedPackage>>> m_watcher;
    QString m_error;
};

class HistoryWindow : public QDialog
{
    Q_OBJECT
public:
    HistoryWindow(RunStore &store, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    void reload();
    QTableWidget *table() const { return m_table; }
    // Rows are runs, newest first; these act on the selected rows.
    CompareView *compareSelected();
    void openSelected();
    Status removeSelected(bool ask = true);
    // Copies the selected run's package to destination (asks when empty), built again from its results through
    // the evidence pipeline; then exportFinished().
    void exportSelected(const QString &destination = QString());

Q_SIGNALS:
    void openPackageRequested(const QString &dir);
    void exportFinished(bool ok, const QString &messageOrDir);

private:
    QList<RunRow> selectedRows() const;
    void updateButtons();

    RunStore &m_store;
    QList<RunRow> m_rows;
    QTableWidget *m_table;
    QPushButton *m_open;
    QPushButton *m_compare;
    QPushButton *m_export;
    QPushButton *m_remove;
    QLabel *m_status;
    std::unique_ptr<QtReportRenderer> m_renderer; // made on the first export
};

} // namespace canary::ui
