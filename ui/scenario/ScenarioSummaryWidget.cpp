#include "ui/scenario/ScenarioSummaryWidget.h"

#include "core/common/Duration.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace canary::ui {

ScenarioSummaryWidget::ScenarioSummaryWidget(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout), m_criteria(new QTableWidget(0, 2, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    addField(QStringLiteral("scenario"), tr("Scenario"));
    addField(QStringLiteral("target"), tr("Target"));
    addField(QStringLiteral("load"), tr("Load"));
    addField(QStringLiteral("requests"), tr("Requests"));
    addField(QStringLiteral("auth"), tr("Credentials"));
    addField(QStringLiteral("checks"), tr("Counts as delivered"));
    addField(QStringLiteral("monitors"), tr("Watching"));

    m_criteria->setHorizontalHeaderLabels({tr("Gate criterion"), tr("Target")});
    m_criteria->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_criteria->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_criteria->verticalHeader()->hide();
    m_criteria->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_criteria->setSelectionMode(QAbstractItemView::NoSelection);
    m_criteria->setAccessibleName(tr("Gate criteria"));
    m_criteria->setToolTip(tr("The release gate: every criterion must hold for the canary to pass.\n"
                              "p95 = the latency that 95 % of requests beat."));
    layout->addWidget(m_criteria);
}

QLabel *ScenarioSummaryWidget::addField(const QString &name, const QString &label)
{
    auto *value = new QLabel(QStringLiteral("—"), this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    m_form->addRow(label + QLatin1Char(':'), value);
    m_fields.insert(name, value);
    return value;
}

QString ScenarioSummaryWidget::fieldText(const QString &name) const
{
    const QLabel *l = m_fields.value(name);
    return l ? l->text() : QString();
}

void ScenarioSummaryWidget::setScenario(const Scenario &s)
{
    const QLocale locale;
    m_fields[QStringLiteral("scenario")]->setText(s.name);
    m_fields[QStringLiteral("scenario")]->setToolTip(s.description);
    m_fields[QStringLiteral("target")]->setText(s.target.method + QLatin1Char(' ') + s.target.requestUrl().toString());

    const LoadProfile &l = s.load;
    QString load = l.executor == LoadProfile::Executor::ConstantArrivalRate
                       ? tr("%1 requests/s for %2 (open model: arrivals do not wait for answers)")
                             .arg(locale.toString(l.peakRatePerSecond(), 'g', 6), duration::format(l.totalDurationMs()))
                       : tr("ramping to a peak of %1 requests/s over %2 in %3 stages")
                             .arg(locale.toString(l.peakRatePerSecond(), 'g', 6), duration::format(l.totalDurationMs()))
                             .arg(l.stages.size());
    load += tr(" · at most %1 in flight").arg(l.maxInFlight);
    m_fields[QStringLiteral("load")]->setText(load);
    m_fields[QStringLiteral("requests")]->setText(locale.toString(qRound64(l.expectedRequests())));

    QString auth;
    switch (s.auth.type) {
    case AuthSpec::Type::None:
        auth = tr("none");
        break;
    case AuthSpec::Type::OAuth2ClientCredentials:
        auth = tr("OAuth2 client credentials for %1 from %2 (secret: keychain entry \"%3\")")
                   .arg(s.auth.clientId, s.resolveUrl(s.auth.tokenUrl).toString(), s.auth.effectiveSecretKey());
        break;
    case AuthSpec::Type::StaticBearer:
        auth = tr("bearer token from the environment variable %1").arg(s.auth.tokenEnv);
        break;
    }
    m_fields[QStringLiteral("auth")]->setText(auth);

    QStringList statuses;
    for (int code : s.checks.expectedStatus)
        statuses << QString::number(code);
    QString checks = tr("HTTP %1").arg(statuses.join(QStringLiteral(", ")));
    if (s.checks.delivery)
        checks += tr(" and %1 is %2").arg(s.checks.delivery->pointer, s.checks.delivery->values.join(tr(" or ")));
    m_fields[QStringLiteral("checks")]->setText(checks);

    QStringList monitors;
    if (s.monitors.health)
        monitors << tr("health %1 every %2")
                        .arg(s.resolveUrl(s.monitors.health->url).toString(),
                             duration::format(s.monitors.health->intervalMs));
    if (s.monitors.logs)
        monitors << tr("logs %1").arg(s.monitors.logs->files.join(QStringLiteral(", ")));
    if (s.monitors.provider)
        monitors << tr("%1 delivery stats").arg(s.monitors.provider->type);
    m_fields[QStringLiteral("monitors")]->setText(monitors.isEmpty() ? tr("nothing")
                                                                     : monitors.join(QStringLiteral(" · ")));

    const QList<GateCriterion> criteria = s.gate.resolve().criteria(l.peakRatePerSecond(), l.totalDurationMs());
    m_criteria->setRowCount(static_cast<int>(criteria.size()));
    for (int row = 0; row < criteria.size(); ++row) {
        m_criteria->setItem(row, 0, new QTableWidgetItem(criteria[row].label));
        m_criteria->setItem(row, 1, new QTableWidgetItem(criteria[row].target));
    }
    m_criteria->setMinimumHeight(m_criteria->verticalHeader()->length() + m_criteria->horizontalHeader()->height() + 4);
}

} // namespace canary::ui
