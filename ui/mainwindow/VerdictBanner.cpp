#include "ui/mainwindow/VerdictBanner.h"

#include "ui/VerdictStyle.h"
#include "ui/widgets/ElidedLabel.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace canary::ui {

VerdictBanner::VerdictBanner(QAction *exportAction, QAction *exportZipAction, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("VerdictBanner"));
    setAttribute(Qt::WA_StyledBackground); // a QWidget subclass paints its style sheet's background only when asked
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_line = new ElidedLabel(this);
    m_line->setObjectName(QStringLiteral("VerdictLine"));
    m_line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_line->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_line->setFont(big);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("VerdictDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolTip(tr("The diagnosis, the next steps and where the evidence is"));
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("BannerExport"));
    exportButton->setPopupMode(QToolButton::MenuButtonPopup);
    exportButton->setDefaultAction(exportAction);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(exportAction);
    exportMenu->addAction(exportZipAction);
    exportButton->setMenu(exportMenu);
    auto *viewButton = new QPushButton(tr("View as stakeholder"), this);
    connect(viewButton, &QPushButton::clicked, this, [this] { Q_EMIT viewRequested(m_packageDir); });
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("BannerMore"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(more);
    moreMenu->addAction(tr("Open folder"), this,
                        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_packageDir)); });
    moreMenu->addAction(tr("Copy path"), this, [this] {
        QGuiApplication::clipboard()->setText(m_packageDir);
        Q_EMIT message(tr("Copied %1").arg(m_packageDir));
    });
    moreMenu->addAction(tr("Post checkpoint to Slack…"), this, &VerdictBanner::slackRequested);
    more->setMenu(moreMenu);
    row->addWidget(m_line, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(exportButton);
    row->addWidget(viewButton);
    row->addWidget(more);
    m_packageButtons = {exportButton, viewButton, more};
    layout->addLayout(row);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("VerdictDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Verdict details"));
    m_detailsArea = new QScrollArea(this);
    m_detailsArea->setWidget(m_details);
    m_detailsArea->setWidgetResizable(true);
    m_detailsArea->setFrameShape(QFrame::NoFrame);
    m_detailsArea->setFixedHeight(60); // fitted to the diagnosis (fitDetails)
    m_detailsArea->hide();
    layout->addWidget(m_detailsArea);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_detailsArea->setVisible(on);
        fitDetails(m_maxDetailsHeight);
        QSettings().setValue(QStringLiteral("window/verdictDetails"), on);
    });
    hide();
}

void VerdictBanner::showOutcome(const PackageOutcome &o)
{
    m_packageDir = o.dir;
    const bool whole = o.problems.isEmpty() && !o.manifest.isEmpty();
    const bool stopped = !o.record.stopReason.isEmpty();
    // One line: the verdict and, in short, what failed (or why it stopped); the rest under "Details".
    QString line = QStringLiteral("%1 — %2").arg(o.verdict.gateTitle, o.verdict.word());
    if (!o.verdict.details().isEmpty())
        line += QStringLiteral(" · ") + o.verdict.details();
    else if (stopped)
        line += QStringLiteral(" · ") + o.record.stopReason;
    QStringList lines;
    if (stopped)
        lines << tr("Stopped: %1").arg(o.record.stopReason);
    if (!o.verdict.details().isEmpty())
        lines << o.verdict.details();
    for (const QString &caveat : o.verdict.caveats)
        lines << tr("⚠ Caveat: %1").arg(caveat);
    for (const Finding &f : o.findings)
        lines << QStringLiteral("→ %1: %2").arg(f.title, f.nextSteps);
    if (whole) {
        lines << tr("Evidence: %1 (signed %2)")
                     .arg(o.dir, o.manifest.value(QStringLiteral("key_fingerprint")).toString());
    } else {
        lines << tr("Evidence INCOMPLETE in %1 — not signed; the raw results are kept. Free the space or fix the "
                    "folder, then export the run again from History.")
                     .arg(o.dir);
        for (const QString &p : o.problems)
            lines << QStringLiteral("✗ %1").arg(p);
    }
    show(line, lines.join(QLatin1Char('\n')), verdictColour(o.verdict.outcome), true);
}

void VerdictBanner::showMessage(const QString &line, const QString &details, const QString &colour)
{
    m_packageDir.clear();
    show(line, details, colour, false);
}

void VerdictBanner::show(const QString &line, const QString &details, const QString &colour, bool package)
{
    m_line->setFullText(line);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(!details.isEmpty() &&
                                QSettings().value(QStringLiteral("window/verdictDetails"), false).toBool());
    m_detailsArea->setVisible(m_detailsButton->isChecked());
    fitDetails(m_maxDetailsHeight);
    for (QWidget *w : std::as_const(m_packageButtons))
        w->setVisible(package); // nothing to export or view when the run did not start
    setStyleSheet(QStringLiteral("#VerdictBanner{background:%1;border-radius:6px}"
                                 "#VerdictLine,#VerdictDetails{color:white}"
                                 "#VerdictBanner QScrollArea,#VerdictBanner QScrollArea>QWidget>QWidget"
                                 "{background:transparent}")
                      .arg(colour));
    QWidget::show();
}

void VerdictBanner::clear()
{
    m_packageDir.clear();
    hide();
    m_line->setFullText(QString());
    m_details->clear();
}

QString VerdictBanner::text() const
{
    const QString line = m_line->fullText();
    if (line.isEmpty())
        return QString();
    return m_details->text().isEmpty() ? line : line + QLatin1Char('\n') + m_details->text();
}

void VerdictBanner::setDetailsShown(bool shown)
{
    m_detailsButton->setChecked(shown && !m_details->text().isEmpty());
}

void VerdictBanner::fitDetails(int maxHeight)
{
    m_maxDetailsHeight = std::max(60, maxHeight);
    const int text = m_details->heightForWidth(std::max(200, width() - 40)) + 4;
    m_detailsArea->setFixedHeight(std::min(text, m_maxDetailsHeight));
}

} // namespace canary::ui
