#pragma once

// A release gate: k6-syntax thresholds plus the run-level criteria k6 has no threshold for
// (ran the full duration, held the target rate, dropped nothing).

#include "core/scenario/Threshold.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace canary {

// One line of a gate as people read it: "Latency p95 (http_req_duration)" · "≤ 250 ms".
struct GateCriterion
{
    QString label;
    QString target;
    friend bool operator==(const GateCriterion &, const GateCriterion &) = default;
};

struct GateProfile
{
    QString id;    // "gate1", "followup", "custom"
    QString title; // "Gate 1"
    QList<Threshold> thresholds;
    bool requireFullDuration = true;
    double minRateRatio = 0.99; // achieved rate / target rate
    qint64 maxDropped = 0;      // dropped_iterations allowed

    // The built-in profiles: "gate1" (p95 <= 250 ms) and "followup" (p95 <= 120 ms).
    static std::optional<GateProfile> builtin(const QString &id);
    static QStringList builtinIds();

    // Thresholds of one metric, in order.
    QList<Threshold> thresholdsFor(const QString &metric) const;
    QStringList metrics() const;
    // Every criterion in plain words, thresholds first, then duration, rate and dropped iterations.
    QList<GateCriterion> criteria(double targetRatePerSecond, qint64 durationMs) const;
    static GateCriterion describe(const Threshold &threshold);

    friend bool operator==(const GateProfile &, const GateProfile &) = default;
};

} // namespace canary
