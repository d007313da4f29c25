#include "ui/mainwindow/ScenarioBar.h"

#include "ui/mainwindow/PanelFrame.h"
#include "ui/scenario/ScenarioSummaryWidget.h"
#include "ui/widgets/ElidedLabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace canary::ui {

ScenarioBar::ScenarioBar(QAction *detailsAction, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *row = new QHBoxLayout;
    m_line = new ElidedLabel(this);
    m_line->setObjectName(QStringLiteral("ScenarioLine"));
    m_line->setFullText(tr("No scenario — open one (Ctrl+O) to see what the canary will do."));
    auto *detailsButton = new QToolButton(this);
    detailsButton->setObjectName(QStringLiteral("ScenarioDetailsButton"));
    detailsButton->setDefaultAction(detailsAction);
    detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addWidget(m_line, 1);
    row->addWidget(detailsButton);
    layout->addLayout(row);
    m_panel =
        new PanelFrame(tr("Scenario and gate"), tr("Open a scenario (Ctrl+O) to see what the canary will do."), this);
    m_summary = new ScenarioSummaryWidget(m_panel);
    m_summary->hide();
    m_area = new QScrollArea(this);
    m_area->setObjectName(QStringLiteral("ScenarioDetails"));
    m_area->setWidget(m_panel);
    m_area->setWidgetResizable(true);
    m_area->setFrameShape(QFrame::NoFrame);
    m_area->setMaximumHeight(200); // it scrolls; the charts keep their room (fitHeight)
    m_area->setVisible(detailsAction->isChecked());
    connect(detailsAction, &QAction::toggled, m_area, &QWidget::setVisible);
    layout->addWidget(m_area);
}

void ScenarioBar::showScenario(const Scenario &scenario)
{
    if (m_summary->isHidden()) {
        m_panel->setContent(m_summary);
        m_summary->show();
    }
    m_summary->setScenario(scenario);
    m_line->setFullText(tr("%1 · %2 %3 · %4 requests")
                            .arg(scenario.headline(), scenario.target.method,
                                 scenario.target.requestUrl().toString(QUrl::RemoveUserInfo),
                                 QLocale().toString(static_cast<qulonglong>(
                                     std::llround(scenario.load.peakRatePerSecond() *
                                                  static_cast<double>(scenario.load.totalDurationMs()) / 1000.0)))));
}

void ScenarioBar::fitHeight(int windowHeight)
{
    m_area->setMaximumHeight(std::max(100, windowHeight / 4));
}

} // namespace canary::ui
