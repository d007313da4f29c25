#pragma once

// When a gate criterion is decided: the moment its failure can no longer be undone, whatever the rest of the run
// brings — the errors already beyond the budget of the planned total, more of the planned requests already over a
// latency limit than its percentile allows, a dropped arrival against "≤ 0". Only a failure is decided early; a
// run that could still pass is never called decided. Pure: the live run and a re-export of its raw results fold the
// same seconds through RunMetrics and so decide at the same moment.

#include "core/metrics/IntervalStats.h"
#include "core/scenario/GateProfile.h"

#include <QList>
#include <QString>

#include <optional>

namespace canary {

struct Decision
{
    QString key;     // the criterion (Decider::keyOf, "dropped", "rate")
    qint64 atMs = 0; // since the run's start: the end of the second it was decided in
    QString why;     // in words: what can no longer hold, and why
    friend bool operator==(const Decision &, const Decision &) = default;
};

class Decider
{
public:
    // A criterion's stable key, the same in every language: "errors:rate<=0.005", "http_req_duration:p(95)<=250";
    // the run-level ones are "duration", "rate" and "dropped".
    static QString keyOf(const Threshold &threshold);
    // Whether a threshold can no longer hold in a run of at most plannedTotal arrivals (0: unknown — never decided),
    // each request still to come adding at most one point to it. The reason in words, or nothing.
    static std::optional<QString> threshold(const Threshold &threshold, const IntervalStats &total,
                                            quint64 plannedTotal);
    // Every criterion of the gate decided by now, as (key, why), in the gate's order.
    static QList<std::pair<QString, QString>> decide(const GateProfile &gate, const IntervalStats &total,
                                                     quint64 plannedTotal);
};

} // namespace canary
