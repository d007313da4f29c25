#include "ui/history/HistoryWindow.h"
#include "ui/widgets/WindowFit.h"

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
    : QWidget(parent), m_heading(new QLabel(this)), m_table(new QTableWidget(0, 4, this)),
      m_chart(new GateChart(tr("Latency p95 (ms) of both runs"), tr("ms"), this))
{
    setObjectName(QStringLiteral("CompareView"));
    setWindowTitle(tr("CanaryDesk — compare runs"));
    auto *layout = new QVBoxLayout(this);
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Reading both runs…"));
    m_table->setHorizontalHeaderLabels(
        {tr("Measure"), tr("Run A"), tr("Run B"), tr("Change (B − A): rates in percentage points")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Both runs' numbers side by side"));
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chart, 1);
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
    auto headline = [](const OpenedPackage &p) {
        return QStringLiteral("%1 · %2 · %3")
            .arg(p.record.scenario.headline(), p.record.startedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                 p.verdict.word());
    };
    m_heading->setText(tr("A: %1\nB: %2").arg(headline(a), headline(b)));
    struct Row
    {
        QString label;
        double a, b;
        QString unit; // "ms", "%", "/s", ""
    };
    const IntervalStats &ta = a.metrics.total();
    const IntervalStats &tb = b.metrics.total();
    auto rate = [](const OpenedPackage &p) {
        return p.record.plannedMs > 0
                   ? static_cast<double>(p.metrics.total().requests) * 1000.0 / static_cast<double>(p.record.plannedMs)
                   : 0.0;
    };
    const QList<Row> rows = {
        {tr("Latency p50"), ta.service.valueAtPercentile(50) / 1000.0, tb.service.valueAtPercentile(50) / 1000.0,
         QStringLiteral("ms")},
        {tr("Latency p95"), ta.service.valueAtPercentile(95) / 1000.0, tb.service.valueAtPercentile(95) / 1000.0,
         QStringLiteral("ms")},
        {tr("Latency p99"), ta.service.valueAtPercentile(99) / 1000.0, tb.service.valueAtPercentile(99) / 1000.0,
         QStringLiteral("ms")},
        {tr("Error rate"), ta.errorRate() * 100, tb.errorRate() * 100, QStringLiteral("%")},
        {tr("Delivery success"), ta.deliveryRate() * 100, tb.deliveryRate() * 100, QStringLiteral("%")},
        {tr("HTTP failures"), ta.httpFailedRate() * 100, tb.httpFailedRate() * 100, QStringLiteral("%")},
        {tr("Request rate"), rate(a), rate(b), QStringLiteral("/s")},
        {tr("Requests"), static_cast<double>(ta.requests), static_cast<double>(tb.requests), QString()},
        {tr("Dropped"), static_cast<double>(ta.dropped), static_cast<double>(tb.dropped), QString()},
        {tr("Duration"), static_cast<double>(a.record.durationMs) / 1000.0,
         static_cast<double>(b.record.durationMs) / 1000.0, QStringLiteral("s")},
    };
    m_table->setRowCount(static_cast<int>(rows.size()) + 2);
    auto cell = [](double v, const QString &unit) {
        const int decimals = unit == QLatin1String("%") ? 3 : unit.isEmpty() ? 0 : 1;
        return QStringLiteral("%1 %2").arg(QLocale().toString(v, 'f', decimals), unit).trimmed();
    };
    int i = 0;
    for (const Row &r : rows) {
        const double delta = r.b - r.a;
        const QString sign = delta > 0 ? QStringLiteral("+") : QString();
        // A rate changes by percentage points ("+0.250 pts"), never by a percent of a percent; a latency, a
        // request rate or a count by its unit and by a percent of A ("+12.0 ms (+9.1 % of A)").
        const QString change =
            r.unit == QLatin1String("%")
                ? tr("%1%2 pts").arg(sign, QLocale().toString(delta, 'f', 3))
                : QStringLiteral("%1%2").arg(sign, cell(delta, r.unit)) +
                      (r.a != 0 ? tr(" (%1%2 % of A)").arg(sign, QLocale().toString(delta / r.a * 100, 'f', 1))
                                : QString());
        const QStringList cells{r.label, cell(r.a, r.unit), cell(r.b, r.unit), change};
        for (int col = 0; col < 4; ++col)
            m_table->setItem(i, col, new QTableWidgetItem(cells[col]));
        ++i;
    }
    const QStringList gates{tr("Gate"), a.verdict.gateTitle, b.verdict.gateTitle, QString()};
    const QStringList verdicts{tr("Verdict"), a.verdict.word(), b.verdict.word(), QString()};
    for (int col = 0; col < 4; ++col) {
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
    m_chart->setDuration(std::max(a.record.durationMs, b.record.durationMs));
    const auto limitA = a.record.scenario.gate.resolve().thresholdsFor(QStringLiteral("http_req_duration"));
    m_chart->setLimit(limitA.isEmpty() ? std::nullopt : std::optional<double>(limitA.first().expression.limit()),
                      limitA.isEmpty() ? QString()
                                       : tr("A's gate %1").arg(GateProfile::describe(limitA.first()).target));
    const QList<QPointF> pa = curve(a), pb = curve(b);
    m_chart->addLine(tr("A p95"), pa, QColor(0x15, 0x65, 0xc0));
    m_chart->addLine(tr("B p95"), pb, QColor(0xef, 0x6c, 0x00));
    double top = limitA.isEmpty() ? 10 : limitA.first().expression.limit() * 1.3;
    for (const QPointF &p : pa + pb)
        top = std::max(top, p.y() * 1.1);
    m_chart->setYRange(0, top);
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
    for (int i = 0; i < m_rows.size(); ++i) {
        const RunRow &r = m_rows[i];
        const QStringList cells{r.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                r.title,
                                r.target,
                                r.evidenceIncomplete() ? tr("%1 · evidence incomplete").arg(r.state) : r.state,
                                verdictWord(r),
                                QLocale().toString(static_cast<qulonglong>(r.requests)),
                                QStringLiteral("%1 ms").arg(QLocale().toString(r.p95Ms, 'f', 1)),
                                pct(r.errorRate),
                                pct(r.deliveryRate)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 4)
                item->setForeground(r.passed ? QColor(0x1a, 0x7f, 0x37) : QColor(0xcf, 0x22, 0x2e));
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
