#pragma once

// The metrics a scenario's thresholds may name, with their k6 types, and which aggregations each allows.

#include <QString>
#include <QStringList>

#include <optional>

namespace canary {

enum class MetricType
{
    Counter,
    Gauge,
    Rate,
    Trend
};

QString metricTypeName(MetricType type);

namespace metrics {

// Base name without a tag selector: "http_req_duration{expected_response:true}" -> "http_req_duration".
QString baseName(const QString &metric);
std::optional<MetricType> typeOf(const QString &metric);
QStringList knownNames();
// The aggregation names a threshold may use on this type ("avg", "p(N)", "rate", ...).
QStringList aggregationsFor(MetricType type);

} // namespace metrics
} // namespace canary
