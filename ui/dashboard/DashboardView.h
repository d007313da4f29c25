#pragma once

// The live run at a glance: KPI tiles against the gate, progress, and charts of latency, request rate
// and failure rates over a fixed 0…duration axis, updated once a second from the engine's Snapshots.
// Also shows a finished run (from its timeline) the same way.

#include "core/judge/Judgement.h"
#include "core/metrics/RunMetrics.h"
#include "core/scenario/Scenario.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineSeries;
class QProgressBar;

namespace canary {
struct GateVerdict;
}

namespace canary::ui {

class GateChart;
class KpiTile;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    // Clears the data and sets axes, limits and tile criteria for this scenario.
    void reset(const Scenario &scenario);
    void addSnapshot(const Snapshot &snapshot);
    // A finished run's seconds, then its verdict's figures on the tiles (the package's, never judged here).
    void showTimeline(const QList<Snapshot> &timeline, const GateVerdict *verdict = nullptr);
    // The run has ended: tiles show whole-run values (the average rate) rather than the last second's.
    // The run has ended: the rate tile shows the whole run's average. With the verdict, exactly the rate and
    // judgement its criterion states (one set of numbers); without (a timeline replayed), as near as the points say.
    void showFinished(const GateVerdict *verdict = nullptr);
    // The judgement's episodes, shaded on every chart.
    void showEpisodes(const QList<Episode> &episodes);

    KpiTile *tile(const QString &name) const; // rate, p95, errors, delivery, http_failed, in_flight
    GateChart *latencyChart() const { return m_latency; }
    GateChart *rateChart() const { return m_rate; }
    GateChart *failureChart() const { return m_failures; }
    int points() const { return static_cast<int>(m_shown.size()); } // charted (bounded: see m_shown)
    QProgressBar *progress() const { return m_progress; }

    // How many points a chart holds at most, whatever the run's length: its cost each second stays flat.
    static constexpr int kRecentPoints = 900, kPastPoints = 900;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void take(const Snapshot &s); // into the tiles' running figures and the charted record, not yet drawn
    void refreshCharts();
    void updateTiles(const Snapshot &s);

    Scenario m_scenario;
    GateProfile m_gate;
    QHash<QString, KpiTile *> m_tiles;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QCheckBox *m_fromIntended;
    GateChart *m_latency;
    GateChart *m_rate;
    GateChart *m_failures;
    QLineSeries *m_p50Series = nullptr, *m_p95Series = nullptr, *m_p99Series = nullptr;
    QLineSeries *m_achievedSeries = nullptr, *m_targetSeries = nullptr;
    QLineSeries *m_p95TotalSeries = nullptr, *m_errorSecondSeries = nullptr;
    QLineSeries *m_errorSeries = nullptr, *m_httpSeries = nullptr, *m_undeliveredSeries = nullptr;
    // What the charts show: the last kRecentPoints seconds as measured, the past as at most kPastPoints envelopes.
    SnapshotTimeline m_shown{kRecentPoints, kPastPoints};
    // Per second (p50…p99, errors each second) and the whole run so far (p95Total, errors, http, undelivered).
    QList<QPointF> m_p50, m_p95, m_p99, m_p50c, m_p95c, m_p99c, m_p95Total, m_achieved, m_target, m_errors,
        m_errorSecond, m_http, m_undelivered;
    double m_latencyMax = 0, m_rateMax = 0, m_failureMax = 0;
    double m_askedSoFar = 0; // arrivals the schedule asked for so far
    qint64 m_lastElapsedMs = 0;
    std::optional<Snapshot> m_last;
    bool m_chartsStale = false; // points came while hidden (another tab): drawn when shown, not every second
};

} // namespace canary::ui
