#include "ui/dashboard/DashboardView.h"
#include "ui/style/Palette.h"

#include "core/common/Duration.h"
#include "core/metrics/GateVerdict.h"
#include "ui/charts/GateChart.h"
#include "ui/dashboard/KpiTile.h"

#include <QtCharts/QLineSeries>

#include <cmath>

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace canary::ui {

namespace {

// A tile's state as the run's live evaluation has it (RunMetrics: ok, near, decided) — never judged again here.
const ThresholdResult *resultFor(const Snapshot &s, const char *metric)
{
    for (const ThresholdResult &r : s.thresholds)
        if (r.threshold.metric == QLatin1String(metric))
            return &r;
    return nullptr;
}

KpiTile::State stateOf(const ThresholdResult *r)
{
    return !r        ? KpiTile::State::Info
           : !r->ok  ? KpiTile::State::Breached
           : r->near ? KpiTile::State::Near
                     : KpiTile::State::Good;
}

// "≤ 250 ms", and once its failure can no longer be undone "≤ 250 ms · decided at 0:07".
QString decidedDetail(const Snapshot &s, const ThresholdResult *r, const QString &detail)
{
    if (!r || !r->decided)
        return detail;
    for (const Decision &d : s.decisions)
        if (d.key == Decider::keyOf(r->threshold))
            return DashboardView::tr("%1 · decided at %2").arg(detail, duration::clock(d.atMs));
    return detail;
}

std::optional<Threshold> first(const GateProfile &gate, const char *metric)
{
    const auto list = gate.thresholdsFor(QString::fromLatin1(metric));
    return list.isEmpty() ? std::nullopt : std::optional<Threshold>(list.first());
}

QString criterion(const std::optional<Threshold> &t)
{
    return t ? GateProfile::describe(*t).target : DashboardView::tr("no gate criterion");
}

} // namespace

DashboardView::DashboardView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("Dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tiles = new QHBoxLayout;
    const QList<QPair<QString, QString>> names = {{QStringLiteral("rate"), tr("Request rate")},
                                                  {QStringLiteral("p95"), tr("Latency p95")},
                                                  {QStringLiteral("errors"), tr("Errors")},
                                                  {QStringLiteral("delivery"), tr("Delivery")},
                                                  {QStringLiteral("http_failed"), tr("HTTP failures")},
                                                  {QStringLiteral("in_flight"), tr("In flight")}};
    for (const auto &[key, title] : names) {
        auto *tile = new KpiTile(title, this);
        tile->setObjectName(QStringLiteral("tile_") + key);
        m_tiles.insert(key, tile);
        tiles->addWidget(tile);
    }
    m_tiles.value(QStringLiteral("p95"))
        ->setToolTip(tr("95 % of requests answered at least this fast (the gate judges the whole run so far)"));
    m_tiles.value(QStringLiteral("errors"))
        ->setToolTip(tr("Share of requests whose check failed (status not expected)"));
    m_tiles.value(QStringLiteral("delivery"))
        ->setToolTip(tr("Share of requests the service reports as delivered (the scenario's delivery check)"));
    m_tiles.value(QStringLiteral("http_failed"))->setToolTip(tr("Share of requests answered 4xx/5xx or not at all"));
    layout->addLayout(tiles);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Run progress"));
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumHeight(12);
    m_progressText = new QLabel(this);
    m_progressText->setAccessibleName(tr("Elapsed and remaining"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);
    m_fromIntended = new QCheckBox(tr("Latency from intended send time"), this);
    m_fromIntended->setToolTip(tr("Off: service time as k6 reports it (http_req_duration). On: measured from when the "
                                  "schedule wanted the request sent, so queueing in the load generator is included "
                                  "(what users wait)."));
    connect(m_fromIntended, &QCheckBox::toggled, this, &DashboardView::refreshCharts);
    progressRow->addSpacing(12);
    progressRow->addWidget(m_fromIntended);
    layout->addLayout(progressRow);

    // The charts lead: latency against its gate across the width, rate and failures under it.
    auto *charts = new QGridLayout;
    charts->setSpacing(4);
    m_latency = new GateChart(tr("Latency (ms)"), tr("ms"), this);
    m_rate = new GateChart(tr("Request rate (/s)"), tr("/s"), this);
    m_failures = new GateChart(tr("Failures so far (%)"), tr("%"), this);
    m_latency->setObjectName(QStringLiteral("LatencyChart"));
    m_rate->setObjectName(QStringLiteral("RateChart"));
    m_failures->setObjectName(QStringLiteral("FailureChart"));
    // What the gate judges — the whole run so far — in bold against the gate line; each second's values faint
    // behind it (one slow or failing second in a run that passes is detail, not a verdict). Colours apart in
    // hue and, for grey print and colour-blind readers, in line style too.
    m_p50Series = GateChart::faint(m_latency->addLine(tr("p50"), {}, palette::colour(palette::kP50), Qt::DashLine));
    m_p95Series = GateChart::faint(m_latency->addLine(tr("p95"), {}, palette::colour(palette::kLatency)));
    m_p99Series = GateChart::faint(m_latency->addLine(tr("p99"), {}, palette::colour(palette::kP99), Qt::DotLine));
    m_p95TotalSeries =
        GateChart::judged(m_latency->addLine(tr("p95 whole run"), {}, palette::colour(palette::kLatencyJudged)));
    m_targetSeries = m_rate->addLine(tr("target"), {}, palette::colour(palette::kTarget), Qt::DashLine);
    m_achievedSeries = m_rate->addLine(tr("achieved"), {}, palette::colour(palette::kLatency));
    m_errorSecondSeries =
        GateChart::faint(m_failures->addLine(tr("errors each second"), {}, palette::colour(palette::kFail)));
    // Errors and HTTP failures are often the same requests: the errors line is drawn wide beneath, so the
    // HTTP failures line on top never hides it.
    m_errorSeries = m_failures->addLine(tr("errors"), {}, palette::colour(palette::kFail));
    QPen wide = m_errorSeries->pen();
    wide.setWidthF(5);
    m_errorSeries->setPen(wide);
    m_httpSeries = m_failures->addLine(tr("HTTP failures"), {}, palette::colour(palette::kHttpFailed), Qt::DashDotLine);
    m_undeliveredSeries =
        m_failures->addLine(tr("not delivered"), {}, palette::colour(palette::kUndelivered), Qt::DotLine);
    // Zoomed or resized: the lines get the points for the new range and width (when the dashboard is seen).
    for (GateChart *c : {m_latency, m_rate, m_failures})
        connect(c, &GateChart::rangeChanged, this, [this] {
            if (isVisible())
                refreshCharts();
            else
                m_chartsStale = true;
        });
    charts->addWidget(m_latency, 0, 0, 1, 2);
    charts->addWidget(m_rate, 1, 0);
    charts->addWidget(m_failures, 1, 1);
    charts->setRowStretch(0, 3);
    charts->setRowStretch(1, 2);
    layout->addLayout(charts, 1);
    for (KpiTile *t : std::as_const(m_tiles))
        t->clear(QString());
}

KpiTile *DashboardView::tile(const QString &name) const
{
    return m_tiles.value(name);
}

void DashboardView::reset(const Scenario &scenario)
{
    m_scenario = scenario;
    m_gate = scenario.gate.resolve();
    for (QList<QPointF> *l : {&m_p50, &m_p95, &m_p99, &m_p50c, &m_p95c, &m_p99c, &m_p95Total, &m_achieved, &m_target,
                              &m_errors, &m_errorSecond, &m_http, &m_undelivered})
        l->clear();
    m_shown = SnapshotTimeline(kRecentPoints, kPastPoints);
    m_latencyMax = m_rateMax = m_failureMax = 0;
    m_askedSoFar = 0;
    m_lastElapsedMs = 0;
    m_last.reset();
    const qint64 duration = scenario.load.totalDurationMs();
    for (GateChart *c : {m_latency, m_rate, m_failures})
        c->setDuration(duration);
    const auto p95 = first(m_gate, "http_req_duration");
    m_latency->setLimit(p95 ? std::optional<double>(p95->expression.limit()) : std::nullopt,
                        p95 ? tr("gate %1").arg(criterion(p95)) : QString());
    const auto errors = first(m_gate, "errors");
    m_failures->setLimit(errors ? std::optional<double>(errors->expression.limit() * 100) : std::nullopt,
                         errors ? tr("gate %1").arg(criterion(errors)) : QString());
    m_rate->setLimit(std::nullopt, QString());
    const double peak = scenario.load.peakRatePerSecond();
    m_tiles.value(QStringLiteral("rate"))->clear(tr("target %1 /s").arg(QLocale().toString(peak, 'g', 6)));
    m_tiles.value(QStringLiteral("p95"))->clear(criterion(p95));
    m_tiles.value(QStringLiteral("errors"))->clear(criterion(errors));
    m_tiles.value(QStringLiteral("delivery"))->clear(criterion(first(m_gate, "delivery_success")));
    m_tiles.value(QStringLiteral("http_failed"))->clear(criterion(first(m_gate, "http_req_failed")));
    m_tiles.value(QStringLiteral("in_flight"))->clear(tr("cap %1").arg(scenario.load.maxInFlight));
    m_progress->setValue(0);
    m_progressText->setText(QStringLiteral("0:00 / %1").arg(duration::clock(duration)));
    refreshCharts();
}

void DashboardView::take(const Snapshot &s)
{
    m_last = s;
    if (s.plannedMs > 0 && s.elapsedMs > s.plannedMs && s.targetRate <= 0)
        return; // the drain after the schedule's end: counted in the tiles, not charted (a second with one answer
                // would draw a 0 % or 100 % spike past the axis' end)
    m_shown.append(s);
    m_latencyMax = std::max({m_latencyMax, s.service.p99, s.corrected.p99});
    m_rateMax = std::max({m_rateMax, s.targetRate, s.achievedRate});
    // The scale follows the judged lines; a faint per-second spike may run off the top.
    m_failureMax = std::max({m_failureMax, s.errorRateTotal * 100, s.httpFailedRateTotal * 100,
                             s.requestsTotal > 0 ? (1 - s.deliveryRateTotal) * 100 : 0.0});
}

void DashboardView::addSnapshot(const Snapshot &s)
{
    take(s);
    updateTiles(s);
    if (isVisible())
        refreshCharts();
    else
        m_chartsStale = true;
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartsStale)
        refreshCharts();
}

void DashboardView::showTimeline(const QList<Snapshot> &timeline, const GateVerdict *verdict)
{
    for (const Snapshot &s : timeline) {
        take(s);
        updateTiles(s);
    }
    refreshCharts();
    if (!timeline.isEmpty())
        showFinished(verdict);
}

void DashboardView::showEpisodes(const QList<Episode> &episodes)
{
    for (GateChart *chart : {m_latency, m_rate, m_failures})
        chart->setEpisodes(episodes);
}

void DashboardView::showFinished(const GateVerdict *verdict)
{
    if (verdict) {
        // The judgement's figures, rounded as the criteria state them: the tiles, the package, the viewer and
        // History say the same numbers for one run.
        const std::pair<const char *, const char *> tiles[] = {{"http_req_duration:", "p95"},
                                                               {"errors:", "errors"},
                                                               {"delivery_success:", "delivery"},
                                                               {"http_req_failed:", "http_failed"}};
        for (const CriterionResult &c : verdict->criteria) {
            const int decimals = c.unit == QLatin1String("%") ? 3 : c.unit.isEmpty() ? 0 : 2;
            const QString value = std::isnan(c.value)
                                      ? c.measured
                                      : QStringLiteral("%1 %2").arg(QLocale().toString(c.value, 'f', decimals), c.unit);
            const KpiTile::State state = c.pass ? KpiTile::State::Good : KpiTile::State::Breached;
            const QString detail =
                c.decidedAtMs >= 0 ? tr("%1 · decided at %2").arg(c.target, duration::clock(c.decidedAtMs)) : c.target;
            for (const auto &[prefix, tile] : tiles)
                if (c.key.startsWith(QLatin1String(prefix)) && m_tiles.contains(QLatin1String(tile)))
                    m_tiles.value(QLatin1String(tile))->set(value.trimmed(), detail, state);
        }
    }
    if (verdict && !std::isnan(verdict->achievedRate)) {
        m_tiles.value(QStringLiteral("rate"))
            ->set(tr("%1 /s").arg(QLocale().toString(verdict->achievedRate, 'f', 2)),
                  tr("average · target %1 /s").arg(QLocale().toString(verdict->askedRate, 'f', 2)),
                  verdict->ratePassed ? KpiTile::State::Good : KpiTile::State::Breached);
        return;
    }
    if (!m_last)
        return;
    // A finished run: the rate tile shows the whole run's average over the time that ran (the schedule, or
    // up to an early stop), as the gate judges it.
    const Snapshot &last = *m_last;
    const qint64 ranMs = last.plannedMs > 0 ? std::min(last.elapsedMs, last.plannedMs) : last.elapsedMs;
    const double seconds = static_cast<double>(std::max<qint64>(1000, ranMs)) / 1000.0;
    const double ratio = m_askedSoFar > 0 ? static_cast<double>(last.requestsTotal) / m_askedSoFar : 1.0;
    m_tiles.value(QStringLiteral("rate"))
        ->set(tr("%1 /s").arg(QLocale().toString(static_cast<double>(last.requestsTotal) / seconds, 'f', 1)),
              tr("average · target %1 /s").arg(QLocale().toString(m_askedSoFar / seconds, 'f', 2)),
              m_askedSoFar <= 0              ? KpiTile::State::Info
              : ratio >= m_gate.minRateRatio ? KpiTile::State::Good
                                             : KpiTile::State::Breached);
}

void DashboardView::updateTiles(const Snapshot &s)
{
    using State = KpiTile::State;
    // Judged as the gate judges it: all requests so far against all the schedule asked for so far.
    m_askedSoFar += s.targetRate * static_cast<double>(s.elapsedMs - m_lastElapsedMs) / 1000.0;
    m_lastElapsedMs = s.elapsedMs;
    // The tile shows what it judges: the average so far (answered and still in flight, i.e. sent) against
    // the average the schedule asked for so far — never one second's count beside a whole-run verdict.
    const double sent = static_cast<double>(s.requestsTotal) + std::max(0, s.inFlight);
    const double rateRatio = m_askedSoFar > 0 ? sent / m_askedSoFar : 1.0;
    const double ranS =
        std::max(1.0, static_cast<double>(std::min(s.elapsedMs, std::max<qint64>(1, s.plannedMs))) / 1000.0);
    m_tiles.value(QStringLiteral("rate"))
        ->set(tr("%1 /s").arg(QLocale().toString(sent / ranS, 'f', 1)),
              tr("average · target %1 /s").arg(QLocale().toString(m_askedSoFar / ranS, 'f', 2)),
              m_askedSoFar <= 0                                                           ? State::Info
              : rateRatio >= m_gate.minRateRatio                                          ? State::Good
              : rateRatio >= m_gate.minRateRatio - 0.2 * (1 - m_gate.minRateRatio) - 0.02 ? State::Near
                                                                                          : State::Breached);
    const auto p95 = first(m_gate, "http_req_duration");
    // Every request failed in transport (no answer at all): a latency is no good news then.
    const bool noAnswers = s.requestsTotal > 0 && s.httpFailedRateTotal >= 1.0 && s.errorRateTotal >= 1.0;
    const ThresholdResult *p95Result = resultFor(s, "http_req_duration");
    m_tiles.value(QStringLiteral("p95"))
        ->set(tr("%1 ms").arg(QLocale().toString(s.p95Total, 'f', 1)),
              noAnswers ? tr("no request succeeded") : decidedDetail(s, p95Result, criterion(p95)),
              noAnswers ? State::Breached : stateOf(p95Result));
    const ThresholdResult *errors = resultFor(s, "errors");
    m_tiles.value(QStringLiteral("errors"))
        ->set(tr("%1 %").arg(QLocale().toString(s.errorRateTotal * 100, 'f', 2)),
              decidedDetail(s, errors, criterion(first(m_gate, "errors"))), stateOf(errors));
    const ThresholdResult *delivery = resultFor(s, "delivery_success");
    m_tiles.value(QStringLiteral("delivery"))
        ->set(tr("%1 %").arg(QLocale().toString(s.deliveryRateTotal * 100, 'f', 2)),
              decidedDetail(s, delivery, criterion(first(m_gate, "delivery_success"))), stateOf(delivery));
    const ThresholdResult *http = resultFor(s, "http_req_failed");
    m_tiles.value(QStringLiteral("http_failed"))
        ->set(tr("%1 %").arg(QLocale().toString(s.httpFailedRateTotal * 100, 'f', 2)),
              decidedDetail(s, http, criterion(first(m_gate, "http_req_failed"))), stateOf(http));
    m_tiles.value(QStringLiteral("in_flight"))
        ->set(QLocale().toString(s.inFlight),
              tr("%1 dropped · cap %2").arg(s.droppedTotal).arg(m_scenario.load.maxInFlight),
              s.droppedTotal > static_cast<quint64>(std::max<qint64>(0, m_gate.maxDropped)) ? State::Breached
                                                                                            : State::Info);

    const qint64 planned = std::max<qint64>(1, s.plannedMs);
    m_progress->setValue(static_cast<int>(std::min<qint64>(1000, s.elapsedMs * 1000 / planned)));
    const QLocale locale;
    // The drain after the schedule is not more of the run: "0:40 / 0:40", never "0:41 / 0:40".
    m_progressText->setText(
        tr("%1 / %2 · %3 of %4 requests")
            .arg(duration::clock(s.plannedMs > 0 ? std::min(s.elapsedMs, s.plannedMs) : s.elapsedMs),
                 duration::clock(s.plannedMs), locale.toString(static_cast<qulonglong>(s.requestsTotal)),
                 locale.toString(static_cast<qulonglong>(s.expectedTotal))) +
        (s.decisions.isEmpty() ? QString() : tr(" · gate lost, decided at %1").arg(duration::clock(s.decidedAtMs()))));
}

void DashboardView::refreshCharts()
{
    m_chartsStale = false;
    for (QList<QPointF> *l : {&m_p50, &m_p95, &m_p99, &m_p50c, &m_p95c, &m_p99c, &m_p95Total, &m_achieved, &m_target,
                              &m_errors, &m_errorSecond, &m_http, &m_undelivered})
        l->clear();
    // A joined point of a long run's past stands for its stretch: its envelope (the worst second) is what is drawn.
    m_shown.visit([this](const Snapshot &s) {
        const double x = static_cast<double>(s.elapsedMs) / 60000.0;
        m_p50 << QPointF(x, s.service.p50);
        m_p95 << QPointF(x, s.service.p95);
        m_p99 << QPointF(x, s.service.p99);
        m_p50c << QPointF(x, s.corrected.p50);
        m_p95c << QPointF(x, s.corrected.p95);
        m_p99c << QPointF(x, s.corrected.p99);
        m_target << QPointF(x, s.targetRate);
        m_achieved << QPointF(x, s.achievedRate);
        m_p95Total << QPointF(x, s.p95Total);
        m_errorSecond << QPointF(x, s.errorRate * 100);
        // The whole run so far, as the gate judges it (and as the tiles show it).
        m_errors << QPointF(x, s.errorRateTotal * 100);
        m_http << QPointF(x, s.httpFailedRateTotal * 100);
        m_undelivered << QPointF(x, s.requestsTotal > 0 ? (1 - s.deliveryRateTotal) * 100 : 0);
    });
    const bool corrected = m_fromIntended->isChecked();
    // replace() hands each series its whole list at once: one repaint per second, of at most
    // kRecentPoints + kPastPoints points however long the run — and of those only what the chart's width shows
    // (GateChart::forWidth: first, lowest, highest, last per pixel column), so the last minutes of a day-long run,
    // hundreds of seconds in a few pixels, cost a few points.
    auto draw = [](GateChart *chart, QLineSeries *series, const QList<QPointF> &points) {
        const auto [from, to] = chart->visibleRange();
        series->replace(GateChart::forWidth(points, from, to, chart->plotColumns()));
    };
    draw(m_latency, m_p50Series, corrected ? m_p50c : m_p50);
    draw(m_latency, m_p95Series, corrected ? m_p95c : m_p95);
    draw(m_latency, m_p99Series, corrected ? m_p99c : m_p99);
    draw(m_latency, m_p95TotalSeries, m_p95Total);
    draw(m_rate, m_targetSeries, m_target);
    draw(m_rate, m_achievedSeries, m_achieved);
    draw(m_failures, m_errorSecondSeries, m_errorSecond);
    draw(m_failures, m_errorSeries, m_errors);
    draw(m_failures, m_httpSeries, m_http);
    draw(m_failures, m_undeliveredSeries, m_undelivered);
    const auto p95 = first(m_gate, "http_req_duration");
    const double latencyFloor = p95 ? p95->expression.limit() * 1.3 : 10.0;
    m_latency->setYRange(0, std::max(latencyFloor, m_latencyMax * 1.1));
    m_rate->setYRange(0, std::max(1.0, m_rateMax * 1.15));
    const auto errors = first(m_gate, "errors");
    const double failureFloor = errors ? errors->expression.limit() * 100 * 2 : 1.0;
    m_failures->setYRange(0, std::max(failureFloor, m_failureMax * 1.3));
}

} // namespace canary::ui
