#include "ui/mainwindow/RunView.h"

#include "core/common/Duration.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/mainwindow/PanelFrame.h"
#include "ui/monitors/MonitorViews.h"

#include <QSettings>

namespace canary::ui {

RunView::RunView(QWidget *parent) : QSplitter(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("MainSplitter"));
    setChildrenCollapsible(false);
    m_dashboard = new DashboardView(this);
    m_monitors = new QSplitter(Qt::Vertical, this);
    m_monitors->setObjectName(QStringLiteral("MonitorSplitter"));
    m_monitors->setChildrenCollapsible(false);
    m_healthPanel =
        new PanelFrame(tr("Health"), tr("The service's health endpoint is polled here during a run."), m_monitors);
    m_health = new HealthView(m_healthPanel);
    m_health->hide();
    m_logPanel =
        new PanelFrame(tr("Application logs"),
                       tr("Matching log lines (ERROR, WARN, delivery_failure) stream here during a run."), m_monitors);
    m_logs = new LogView(m_logPanel);
    m_logs->hide();
    m_timelinePanel = new PanelFrame(
        tr("Timeline"), tr("Token fetches, health changes, guard rails and the verdict appear here."), m_monitors);
    m_timeline = new TimelineView(m_timelinePanel);
    m_timeline->hide();
    m_monitors->addWidget(m_healthPanel);
    m_monitors->addWidget(m_logPanel);
    m_monitors->addWidget(m_timelinePanel);
    m_monitors->setStretchFactor(0, 0);
    m_monitors->setStretchFactor(1, 3);
    m_monitors->setStretchFactor(2, 1);
    addWidget(m_dashboard);
    addWidget(m_monitors);
    setStretchFactor(0, 5);
    setStretchFactor(1, 2);
}

void RunView::showScenario(const Scenario &scenario)
{
    m_dashboard->reset(scenario);
    if (scenario.monitors.health)
        m_healthPanel->setEmptyText(tr("%1 is polled every %2 during a run.")
                                        .arg(scenario.resolveUrl(scenario.monitors.health->url).toString(),
                                             duration::format(scenario.monitors.health->intervalMs)));
}

void RunView::clear()
{
    m_timeline->clear();
    m_health->reset(QString());
    m_logs->reset(QString());
    for (PanelFrame *panel : {m_timelinePanel, m_healthPanel, m_logPanel})
        panel->showEmpty();
}

void RunView::startRun(const Scenario &s)
{
    clear();
    m_dashboard->reset(s);
    m_timelinePanel->setContent(m_timeline);
    m_timeline->show();
    if (s.monitors.health) {
        m_health->reset(s.resolveUrl(s.monitors.health->url).toString());
        m_healthPanel->setContent(m_health);
        m_health->show();
    }
    if (s.monitors.logs && (!s.monitors.logs->files.isEmpty() || !s.monitors.logs->commands.isEmpty())) {
        m_logs->reset(tr("/%1/ in %2")
                          .arg(s.monitors.logs->filter,
                               (s.monitors.logs->files + s.monitors.logs->commands).join(QStringLiteral(", "))));
        m_logPanel->setContent(m_logs);
        m_logs->show();
    }
}

void RunView::follow(RunSession *run)
{
    connect(run, &RunSession::snapshot, m_dashboard, &DashboardView::addSnapshot);
    connect(run, &RunSession::timelineEvent, m_timeline, &TimelineView::add);
    connect(run, &RunSession::healthSampled, m_health, &HealthView::addSample);
    connect(run, &RunSession::logMatched, m_logs, &LogView::addLine);
    connect(run, &RunSession::warning, m_timeline, [this](const QString &message) {
        m_timeline->add(QDateTime::currentDateTimeUtc(), tr("warning"), message);
    });
}

void RunView::restoreLayout(int width)
{
    QSettings settings;
    if (!restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        setSizes({width * 7 / 10, width * 3 / 10}); // the charts lead; the monitors beside them
    m_monitors->restoreState(settings.value(QStringLiteral("window/monitorSplitter")).toByteArray());
}

void RunView::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/splitter"), saveState());
    settings.setValue(QStringLiteral("window/monitorSplitter"), m_monitors->saveState());
}

} // namespace canary::ui
