#include "ui/history/HistoryWindow.h"
#include "ui/style/Palette.h"
#include "ui/widgets/WindowFit.h"

#include "core/common/AtomicFile.h"
#include "core/common/Duration.h"
#include "core/run/RunExporter.h"
#include "core/run/EvidencePipeline.h"
#include "ui/charts/GateChart.h"
#include "ui/report/QtReportRenderer.h"

#include <QtCharts/QLineSeries>

#include <QDir>
#include <QFileDialog>
#include <QPointer>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace canary::ui {

namespace {

QString verdictWord(const RunRow &r)
{
    return r.state == QLatin1String("running") ? HistoryWindow::tr("running") : r.word();
}

QString pct(double v)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(v * 100, 'f', 2));
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_table(new QTableWidget(0, 5, this)),
      m_export(new QPushButton(tr("&Export comparison…"), this)),
      m_chart(new GateChart(tr("Latency p95 (ms) of both runs"), tr("ms"), this))
{
    setObjectName(QStringLiteral("CompareView"));
    setWindowTitle(tr("CanaryDesk — compare runs"));
    auto *layout = new QVBoxLayout(this);
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Reading both runs…"));
    m_table->setHorizontalHeaderLabels({tr("Measure"), tr("Run A"), tr("Run B"),
                                        tr("Change (B − A), 95 % interval: rates in percentage points"), tr("Call")});
    m_export->setEnabled(false);
    m_export->setToolTip(tr("Write the comparison as one self-contained HTML page, to mail or attach"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"),
                                                          QDir::home().filePath(QStringLiteral("comparison.html")),
                                                          tr("HTML page (*.html)"));
        if (!path.isEmpty() && !exportHtml(path))
            QMessageBox::warning(this, tr("Export comparison"), tr("Cannot write %1").arg(path));
    });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Both runs' numbers side by side"));
    m_heading->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chart, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    connect(&m_watcher, &QFutureWatcher<std::pair<Result<OpenedPackage>, Result<OpenedPackage>>>::finished, this,
            [this] {
                const auto [a, b] = m_watcher.result();
                if (!a.ok() || !b.ok()) {
                    m_error = !a.ok() ? a.error().message : b.error().message;
                    m_heading->setText(tr("Cannot compare: %1").arg(m_error));
                    Q_EMIT compared(false);
                    return;
                }
                display(a.value(), b.value());
                Q_EMIT compared(true);
            });
}

void CompareView::compare(const QString &dirA, const QString &dirB)
{
    m_watcher.setFuture(QtConcurrent::run(
        [dirA, dirB] { return std::make_pair(PackageReader::open(dirA), PackageReader::open(dirB)); }));
}

void CompareView::display(const OpenedPackage &a, const OpenedPackage &b)
{
    // The comparison `canarydesk compare` makes: per judged figure the change with its interval and a call, each
    // run against its own gate, one sentence first.
    m_comparison = Compare::compare(PackageReader::compareSide(a, QStringLiteral("A")),
                                    PackageReader::compareSide(b, QStringLiteral("B")));
    const Comparison &c = m_comparison;
    m_heading->setText(QStringLiteral("<b>%1</b><br>%2<br>%3")
                           .arg(c.sentence.toHtmlEscaped(), c.a.name.toHtmlEscaped(), c.b.name.toHtmlEscaped()));
    m_export->setEnabled(true);
    m_table->setRowCount(static_cast<int>(c.rows.size()) + 2);
    auto cell = [](double v, const QString &unit) {
        const int decimals = unit == QLatin1String("%") ? 3 : 2;
        return QStringLiteral("%1 %2").arg(QLocale().toString(v, 'f', decimals), unit).trimmed();
    };
    int i = 0;
    for (const CompareRow &r : c.rows) {
        const int decimals = r.unit == QLatin1String("%") ? 3 : 2;
        const QString unit = r.unit == QLatin1String("%") ? tr("pts") : r.unit;
        const QString sign = r.change > 0 ? QStringLiteral("+") : QString();
        // A rate changes by percentage points, never by a percent of a percent; a latency or a request rate by
        // its unit and a percent of A.
        QString change = QStringLiteral("%1%2 %3").arg(sign, QLocale().toString(r.change, 'f', decimals), unit);
        if (r.unit != QLatin1String("%") && !std::isnan(r.changePct))
            change += tr(" (%1%2 % of A)").arg(sign, QLocale().toString(r.changePct, 'f', 1));
        if (r.ci.known())
            change += tr(" · 95 %: %1 to %2")
                          .arg(QLocale().toString(r.ci.lo, 'f', decimals), QLocale().toString(r.ci.hi, 'f', decimals));
        const QString call = r.call + (r.spreadChanged ? tr(" (spread changed)") : QString());
        const QStringList cells{r.label, cell(r.a, r.unit), cell(r.b, r.unit), change, call};
        for (int col = 0; col < 5; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 4 && (r.call == QLatin1String("slower") || r.call == QLatin1String("worse")))
                item->setForeground(palette::colour(palette::kFail));
            else if (col == 4 && (r.call == QLatin1String("faster") || r.call == QLatin1String("better")))
                item->setForeground(palette::colour(palette::kPass));
            m_table->setItem(i, col, item);
        }
        ++i;
    }
    const QStringList gates{tr("Gate"), c.a.verdict.gateTitle, c.b.verdict.gateTitle, QString(), QString()};
    const QStringList verdicts{tr("Verdict (own gate)"), c.a.verdict.word(), c.b.verdict.word(), QString(), QString()};
    for (int col = 0; col < 5; ++col) {
        m_table->setItem(i, col, new QTableWidgetItem(gates[col]));
        m_table->setItem(i + 1, col, new QTableWidgetItem(verdicts[col]));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto curve = [](const OpenedPackage &p) {
        QList<QPointF> points;
        for (const Snapshot &s : p.metrics.timeline())
            points << QPointF(static_cast<double>(s.elapsedMs) / 60000.0, s.service.p95);
        return points;
    };
    const qint64 span = std::max(a.record.durationMs, b.record.durationMs);
    m_chart->setDuration(span);
    // Each run's own limit: B's FAIL against 120 ms is read against B's line, not A's 250 ms.
    const auto limitA = Compare::p95Limit(c.a.gate), limitB = Compare::p95Limit(c.b.gate);
    m_chart->setLimit(limitA, limitA ? tr("A's limit ≤ %1 ms").arg(QLocale().toString(*limitA)) : QString());
    const QList<QPointF> pa = curve(a), pb = curve(b);
    m_chart->addLine(tr("A p95"), pa, palette::colour(palette::kCompareA));
    m_chart->addLine(tr("B p95"), pb, palette::colour(palette::kCompareB));
    if (limitB && limitB != limitA)
        m_chart->addLine(tr("B's limit ≤ %1 ms").arg(QLocale().toString(*limitB)),
                         {QPointF(0, *limitB), QPointF(static_cast<double>(span) / 60000.0, *limitB)},
                         palette::colour(palette::kCompareB), Qt::DashLine);
    double top = std::max(limitA.value_or(10), limitB.value_or(0)) * 1.3;
    for (const QPointF &p : pa + pb)
        top = std::max(top, p.y() * 1.1);
    m_chart->setYRange(0, top);
}

QString CompareView::headingText() const
{
    return m_heading->text();
}

bool CompareView::exportHtml(const QString &path)
{
    if (!m_export->isEnabled())
        return false;
    return atomic::writeFile(path, m_comparison.toHtml().toUtf8()).ok();
}

HistoryWindow::HistoryWindow(RunStore &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_table(new QTableWidget(0, 9, this)),
      m_open(new QPushButton(tr("&Open"), this)), m_compare(new QPushButton(tr("&Compare two"), this)),
      m_export(new QPushButton(tr("&Export…"), this)), m_remove(new QPushButton(tr("&Remove from history"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("HistoryWindow"));
    setWindowTitle(tr("CanaryDesk — run history"));
    resizeToFit(this, QSize(1100, 500));
    auto *layout = new QVBoxLayout(this);
    m_table->setHorizontalHeaderLabels({tr("Started"), tr("Scenario"), tr("Target"), tr("State"), tr("Verdict"),
                                        tr("Requests"), tr("p95"), tr("Errors"), tr("Delivery")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Stored runs, newest first"));
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_compare, m_export, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_status);
    layout->addLayout(buttons);
    m_open->setToolTip(tr("Open the run's evidence package in the viewer"));
    m_compare->setToolTip(tr("Select two runs (Ctrl+click) to compare their numbers and p95 curves"));
    m_export->setToolTip(tr("Copy the run's package elsewhere; an interrupted run gets its package built now"));
    m_remove->setToolTip(tr("Forget the run in History; its folder stays on disk"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryWindow::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &HistoryWindow::openSelected);
    connect(m_open, &QPushButton::clicked, this, &HistoryWindow::openSelected);
    connect(m_compare, &QPushButton::clicked, this, [this] { compareSelected(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportSelected(); });
    connect(this, &HistoryWindow::exportFinished, this, [this](bool ok, const QString &message) {
        if (!ok && isVisible())
            QMessageBox::warning(this, tr("Export failed"), message);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const Status s = removeSelected(); !s)
            QMessageBox::warning(this, tr("Not removed"), s.error().message);
    });
    reload();
}

void HistoryWindow::reload()
{
    m_store.markInterrupted();
    const auto rows = m_store.list();
    m_rows = rows.ok() ? rows.value() : QList<RunRow>{};
    m_status->setText(rows.ok() ? tr("%n run(s) · %1", nullptr, static_cast<int>(m_rows.size())).arg(m_store.path())
                                : rows.error().message);
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    const QHash<QString, QString> trend = RunStore::trend(m_rows);
    for (int i = 0; i < m_rows.size(); ++i) {
        const RunRow &r = m_rows[i];
        // The judged p95 with its 95 % interval, and the trend against the scenario's previous run when the two
        // intervals do not overlap.
        QString p95 = QStringLiteral("%1 ms").arg(QLocale().toString(r.p95Ms, 'f', 2));
        if (!std::isnan(r.p95Lo))
            p95 += QStringLiteral(" [%1–%2]")
                       .arg(QLocale().toString(r.p95Lo, 'f', 1), QLocale().toString(r.p95Hi, 'f', 1));
        const QString mark = trend.value(r.runId);
        if (mark == QLatin1String("slower"))
            p95 += tr(" ↑ slower than the previous run");
        else if (mark == QLatin1String("faster"))
            p95 += tr(" ↓ faster than the previous run");
        const QStringList cells{r.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                r.title,
                                r.target,
                                r.evidenceIncomplete() ? tr("%1 · evidence incomplete").arg(r.state) : r.state,
                                verdictWord(r),
                                QLocale().toString(static_cast<qulonglong>(r.requests)),
                                p95,
                                pct(r.errorRate),
                                pct(r.deliveryRate)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 4)
                item->setForeground(r.passed ? palette::colour(palette::kPass) : palette::colour(palette::kFail));
            if (col == 6 && !mark.isEmpty())
                item->setForeground(mark == QLatin1String("slower") ? palette::colour(palette::kFail)
                                                                    : palette::colour(palette::kPass));
            item->setToolTip(col == 3 && r.evidenceIncomplete() ? r.evidenceProblems : r.outDir);
            m_table->setItem(i, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QList<RunRow> HistoryWindow::selectedRows() const
{
    QList<RunRow> out;
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    for (int r : rows)
        out << m_rows.value(r);
    return out;
}

void HistoryWindow::updateButtons()
{
    const qsizetype n = selectedRows().size();
    m_open->setEnabled(n == 1);
    m_compare->setEnabled(n == 2);
    m_export->setEnabled(n == 1);
    m_remove->setEnabled(n >= 1);
}

void HistoryWindow::openSelected()
{
    const QList<RunRow> rows = selectedRows();
    if (rows.size() == 1)
        Q_EMIT openPackageRequested(rows.first().outDir);
}

CompareView *HistoryWindow::compareSelected()
{
    const QList<RunRow> rows = selectedRows();
    if (rows.size() != 2)
        return nullptr;
    auto *view = new CompareView();
    view->setAttribute(Qt::WA_DeleteOnClose);
    resizeToFit(view, QSize(1000, 800));
    // Older run first: B − A reads as "what changed since".
    view->compare(rows[1].outDir, rows[0].outDir);
    view->show();
    return view;
}

Status HistoryWindow::removeSelected(bool ask)
{
    const QList<RunRow> rows = selectedRows();
    if (rows.isEmpty())
        return Done{};
    if (ask && QMessageBox::question(this, tr("Remove from history"),
                                     tr("Forget %n run(s)? Their folders stay on disk.", nullptr,
                                        static_cast<int>(rows.size()))) != QMessageBox::Yes)
        return Done{};
    for (const RunRow &r : rows)
        if (const Status s = m_store.remove(r.runId); !s)
            return s;
    reload();
    return Done{};
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::exportSelected(const QString &destination)
{
    const QList<RunRow> rows = selectedRows();
    if (rows.size() != 1)
        return;
    QString dest = destination;
    if (dest.isEmpty()) {
        dest = QFileDialog::getExistingDirectory(this, tr("Export the evidence package to"));
        if (dest.isEmpty())
            return;
    }
    const QString out = QDir(dest).filePath(QFileInfo(rows.first().outDir).fileName());
    m_status->setText(tr("Reading %1 …").arg(rows.first().outDir));
    m_export->setEnabled(false);
    QPointer<HistoryWindow> self(this);
    if (!m_renderer)
        m_renderer = std::make_unique<QtReportRenderer>();
    const QString runDir = rows.first().outDir;
    // Not recorded in History: the run's entry stays its own folder; this is a copy of its evidence.
    EvidencePipeline::start(
        this, [runDir, out] { return RunExporter::prepareExport(runDir, out); },
        EvidenceOptions{m_renderer.get(), nullptr, nullptr, {}, {}},
        [self, out](Result<PackageOutcome> outcome) {
            self->m_status->setText(outcome.ok() ? tr("Exported to %1").arg(out) : outcome.error().message);
            self->updateButtons();
            Q_EMIT self->exportFinished(outcome.ok(), outcome.ok() ? outcome.value().dir : outcome.error().message);
        });
}

} // namespace canary::ui
