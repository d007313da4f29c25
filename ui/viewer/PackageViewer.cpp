#include "ui/viewer/PackageViewer.h"
#include "ui/style/Palette.h"

#include "core/evidence/Signer.h"

#include "ui/dashboard/DashboardView.h"
#include "ui/monitors/MonitorViews.h"
#include "ui/VerdictStyle.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPushButton>
#include <QUrl>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace canary::ui {

PackageViewer::PackageViewer(QWidget *parent)
    : QWidget(parent), m_banner(new QLabel(this)), m_signature(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_criteria(new QTableWidget(0, 5, this)), m_findings(new QTextBrowser(this)),
      m_dashboard(new DashboardView(this)), m_timeline(new QListWidget(this)), m_logs(new QPlainTextEdit(this)),
      m_files(new QListWidget(this)), m_about(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("PackageViewer"));
    m_opener = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    // A window of its own, closed as every document window is: Ctrl+W (the platform's Close) or Esc.
    for (const QKeySequence &keys : {QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &QWidget::close);
    }
    auto *layout = new QVBoxLayout(this);
    m_banner->setObjectName(QStringLiteral("ViewerBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(12);
    m_banner->setAccessibleName(tr("Verdict"));
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_banner->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_banner->setFont(big);
    m_banner->setText(tr("Opening the package…"));
    m_signature->setWordWrap(true);
    m_signature->setAccessibleName(tr("Signature check"));
    m_signature->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_banner);
    layout->addWidget(m_signature);

    auto *verdictPage = new QWidget(this);
    auto *verdictLayout = new QVBoxLayout(verdictPage);
    m_criteria->setHorizontalHeaderLabels({tr("Criterion"), tr("Target"), tr("Measured"), tr("Margin"), tr("Result")});
    m_criteria->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_criteria->verticalHeader()->hide();
    m_criteria->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_criteria->setAccessibleName(tr("Gate criteria"));
    m_criteria->setToolTip(
        tr("Each criterion of the release gate: what it requires, what the run measured, and whether "
           "it passed. p95 is the latency 95 % of requests beat."));
    m_findings->setAccessibleName(tr("What happened and what to do"));
    verdictLayout->addWidget(m_criteria, 2);
    verdictLayout->addWidget(new QLabel(tr("What happened and what to do next"), verdictPage));
    verdictLayout->addWidget(m_findings, 1);
    m_tabs->addTab(verdictPage, tr("&Verdict"));
    m_tabs->addTab(m_dashboard, tr("&Charts"));
    m_timeline->setAccessibleName(tr("Run timeline"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_logs->setReadOnly(true);
    m_logs->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logs->setAccessibleName(tr("Error log lines inside the canary window"));
    m_tabs->addTab(m_logs, tr("&Logs"));
    m_files->setAccessibleName(tr("Files in the package"));
    m_files->setToolTip(tr("Double-click (or Enter) opens a file with the desktop's application for it"));
    auto *filesPage = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(filesPage);
    filesLayout->addWidget(m_files, 1);
    auto *fileButtons = new QHBoxLayout;
    auto *openFileButton = new QPushButton(tr("&Open File"), filesPage);
    auto *openFolderButton = new QPushButton(tr("Open &Folder"), filesPage);
    auto *openReportButton = new QPushButton(tr("Open report.html in the &Browser"), filesPage);
    openReportButton->setObjectName(QStringLiteral("OpenReport"));
    fileButtons->addWidget(openFileButton);
    fileButtons->addWidget(openFolderButton);
    fileButtons->addStretch(1);
    fileButtons->addWidget(openReportButton);
    filesLayout->addLayout(fileButtons);
    connect(openFileButton, &QPushButton::clicked, this, [this] {
        if (m_files->currentItem())
            openFile(m_files->currentItem()->text());
    });
    connect(m_files, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { openFile(item->text()); });
    connect(openFolderButton, &QPushButton::clicked, this, &PackageViewer::openFolder);
    connect(openReportButton, &QPushButton::clicked, this, &PackageViewer::openReport);
    m_tabs->addTab(filesPage, tr("&Files"));
    m_about->setAccessibleName(tr("About this run"));
    m_tabs->addTab(m_about, tr("&About the run"));
    layout->addWidget(m_tabs, 1);
    m_tabs->setEnabled(false);

    connect(&m_watcher, &QFutureWatcher<Result<OpenedPackage>>::finished, this, [this] {
        const Result<OpenedPackage> r = m_watcher.result();
        if (!r.ok()) {
            m_error = r.error().message;
            m_banner->setText(tr("Cannot open: %1").arg(m_error));
            m_banner->setStyleSheet(
                palette::fill(QStringLiteral("#ViewerBanner{background:@neutral@;color:white;border-radius:6px}")));
            Q_EMIT opened(false);
            return;
        }
        display(r.value());
        Q_EMIT opened(true);
    });
}

PackageViewer::~PackageViewer()
{
    m_watcher.waitForFinished();
}

void PackageViewer::openPackage(const QString &folderOrZip)
{
    m_package.reset();
    m_error.clear();
    m_tabs->setEnabled(false);
    m_banner->setText(tr("Opening %1…").arg(folderOrZip));
    m_banner->setStyleSheet(QString());
    setWindowTitle(tr("CanaryDesk viewer — %1").arg(folderOrZip));
    m_watcher.setFuture(QtConcurrent::run(&PackageReader::open, folderOrZip));
}

QString PackageViewer::bannerText() const
{
    return m_banner->text();
}

QString PackageViewer::signatureText() const
{
    return m_signature->text();
}

void PackageViewer::display(const OpenedPackage &p)
{
    m_package = p;
    const QString word = p.verdict.word();
    const QString colour = verdictColour(p.verdict.outcome);
    QStringList banner{QStringLiteral("%1 — %2 · %3").arg(p.verdict.gateTitle, word, p.record.scenario.headline())};
    if (!p.verdict.details().isEmpty())
        banner << p.verdict.details();
    for (const QString &caveat : p.verdict.caveats)
        banner << tr("⚠ Caveat: %1").arg(caveat);
    m_banner->setText(banner.join(QLatin1Char('\n')));
    m_banner->setStyleSheet(QStringLiteral("#ViewerBanner{background:%1;color:white;border-radius:6px}").arg(colour));

    // Whose key signed it, in words: a one-time key (no keychain on the operator's machine) is an amber notice.
    QFile manifestFile(QDir(p.dir).filePath(QStringLiteral("manifest.json")));
    QJsonObject manifest;
    if (manifestFile.open(QIODevice::ReadOnly))
        manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    m_oneTimeKey = manifest.value(QStringLiteral("key_source")).toString() == QLatin1String("one-time");
    // For the reader: which key and how to check it (Signer::signatureLine) — the operator's keychain advice
    // (key_note) stays in the console and the terminal.
    const QString line =
        Signer::signatureLine(p.verification.fingerprint, manifest.value(QStringLiteral("key_source")).toString());
    if (p.verification.ok && m_oneTimeKey)
        m_signature->setText(tr("⚠ All %1 files are exactly as signed, by a key no other run shares. %2")
                                 .arg(p.verification.filesChecked)
                                 .arg(line));
    else if (p.verification.ok)
        m_signature->setText(tr("✓ Signature valid: all %1 files are exactly as signed; it proves they were not "
                                "changed since, not who holds the key. %2")
                                 .arg(p.verification.filesChecked)
                                 .arg(line));
    else
        m_signature->setText(tr("✗ This package does not match its signed manifest: %1")
                                 .arg(p.verification.problems.join(QStringLiteral("; "))));
    m_signature->setStyleSheet(
        !p.verification.ok ? palette::fill(QStringLiteral("color:@fail@;font-weight:bold"))
        : m_oneTimeKey     ? palette::fill(QStringLiteral("background:@noticeBack@;color:@noticeInk@;border:1px solid "
                                                              "@noticeBorder@;border-radius:4px;padding:6px"))
                           : palette::fill(QStringLiteral("color:@pass@")));

    m_criteria->setRowCount(static_cast<int>(p.verdict.criteria.size()));
    for (int i = 0; i < p.verdict.criteria.size(); ++i) {
        const CriterionResult &c = p.verdict.criteria[i];
        const QStringList cells{c.label, c.target, c.measured, c.margin, c.pass ? tr("✓ PASS") : tr("✗ FAIL")};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col >= 3)
                item->setForeground(c.pass ? palette::colour(palette::kPass) : palette::colour(palette::kFail));
            m_criteria->setItem(i, col, item);
        }
    }
    m_criteria->resizeColumnsToContents();
    m_criteria->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int col = 1; col < 5; ++col)
        m_criteria->horizontalHeader()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
    QString html;
    for (const Finding &f : p.findings)
        html += QStringLiteral("<p><b>%1</b><br>%2.<br><i>%3</i></p>")
                    .arg(f.title.toHtmlEscaped(), f.evidence.toHtmlEscaped(), f.nextSteps.toHtmlEscaped());
    if (!p.episodes.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Episodes (shaded on the charts)").toHtmlEscaped());
        for (const Episode &e : p.episodes)
            html += QStringLiteral("<li>%1 %2</li>").arg(e.when().toHtmlEscaped(), e.what.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_findings->setHtml(html);

    m_dashboard->reset(p.record.scenario);
    m_dashboard->showTimeline(p.metrics.timeline(), &p.verdict);
    m_dashboard->showEpisodes(p.episodes);

    m_timeline->clear();
    for (const QJsonValue &v : p.record.events) {
        const QJsonObject e = v.toObject();
        m_timeline->addItem(QStringLiteral("%1  %2 — %3")
                                .arg(e.value(QStringLiteral("time")).toString(),
                                     TimelineView::eventWords(e.value(QStringLiteral("event")).toString()),
                                     e.value(QStringLiteral("detail")).toString()));
    }
    QStringList logLines;
    for (const QJsonValue &v : p.record.logs.value(QStringLiteral("lines")).toArray())
        logLines << v.toObject().value(QStringLiteral("text")).toString();
    m_logs->setPlainText(p.record.logs.isEmpty() ? tr("No application log was watched during this run.")
                         : logLines.isEmpty()    ? tr("No matching log line inside the canary window.")
                                                 : logLines.join(QLatin1Char('\n')));
    m_files->clear();
    m_files->addItems(p.files);

    QString about = QStringLiteral("<p><b>%1</b></p><p>").arg(p.record.scenario.headline().toHtmlEscaped());
    QUrl target = p.record.scenario.target.requestUrl();
    target.setUserInfo(QString());
    about +=
        tr("Target: %1<br>Started: %2 · ended %3 (UTC)<br>Run: %4 (%5)<br>Operator: %6 on %7<br>%8<br>Source: %9")
            .arg(target.toString().toHtmlEscaped(), p.record.startedUtc.toString(Qt::ISODate),
                 p.record.finishedUtc().toString(Qt::ISODate), p.record.runId, RunRecord::stateName(p.record.state),
                 p.record.operatorName.toHtmlEscaped(), p.record.host.toHtmlEscaped(),
                 p.record.environment.toHtmlEscaped(), p.record.source.toHtmlEscaped());
    about += QStringLiteral("</p>");
    if (!p.record.stopReason.isEmpty())
        about += tr("<p>Stopped early: %1</p>").arg(p.record.stopReason.toHtmlEscaped());
    if (!p.notes.isEmpty()) {
        about += tr("<p><b>About the data</b></p><ul>");
        for (const QString &n : p.notes)
            about += QStringLiteral("<li>%1</li>").arg(n.toHtmlEscaped());
        about += QStringLiteral("</ul>");
    }
    m_about->setHtml(about);
    m_tabs->setEnabled(true);
}

void PackageViewer::openFile(const QString &relativePath)
{
    if (!m_package || relativePath.isEmpty())
        return;
    const QUrl url = QUrl::fromLocalFile(QDir(m_package->dir).filePath(relativePath));
    m_opener(url);
}

void PackageViewer::openFolder()
{
    if (!m_package)
        return;
    const QUrl url = QUrl::fromLocalFile(m_package->dir);
    m_opener(url);
}

void PackageViewer::openReport()
{
    openFile(QStringLiteral("report.html"));
}

} // namespace canary::ui
