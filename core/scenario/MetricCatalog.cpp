#include "core/scenario/MetricCatalog.h"

#include <QHash>

namespace canary {

QString metricTypeName(MetricType type)
{
    switch (type) {
    case MetricType::Counter:
        return QStringLiteral("counter");
    case MetricType::Gauge:
        return QStringLiteral("gauge");
    case MetricType::Rate:
        return QStringLiteral("rate");
    case MetricType::Trend:
        return QStringLiteral("trend");
    }
    return {};
}

namespace metrics {

namespace {

const QHash<QString, MetricType> &catalog()
{
    // k6's built-in HTTP metrics, the seed script's custom Rates, and CanaryDesk's corrected latency.
    static const QHash<QString, MetricType> table = {
        {QStringLiteral("http_req_duration"), MetricType::Trend},
        {QStringLiteral("http_req_waiting"), MetricType::Trend},
        {QStringLiteral("http_req_sending"), MetricType::Trend},
        {QStringLiteral("http_req_receiving"), MetricType::Trend},
        {QStringLiteral("http_req_connecting"), MetricType::Trend},
        {QStringLiteral("http_req_blocked"), MetricType::Trend},
        {QStringLiteral("http_req_tls_handshaking"), MetricType::Trend},
        {QStringLiteral("iteration_duration"), MetricType::Trend},
        {QStringLiteral("canary_corrected_latency"), MetricType::Trend},
        {QStringLiteral("http_req_failed"), MetricType::Rate},
        {QStringLiteral("errors"), MetricType::Rate},
        {QStringLiteral("delivery_success"), MetricType::Rate},
        {QStringLiteral("checks"), MetricType::Rate},
        {QStringLiteral("http_reqs"), MetricType::Counter},
        {QStringLiteral("iterations"), MetricType::Counter},
        {QStringLiteral("dropped_iterations"), MetricType::Counter},
        {QStringLiteral("canary_interrupted_requests"), MetricType::Counter},
        {QStringLiteral("data_sent"), MetricType::Counter},
        {QStringLiteral("data_received"), MetricType::Counter},
        {QStringLiteral("vus"), MetricType::Gauge},
        {QStringLiteral("vus_max"), MetricType::Gauge},
    };
    return table;
}

} // namespace

QString baseName(const QString &metric)
{
    const qsizetype brace = metric.indexOf(QLatin1Char('{'));
    return brace < 0 ? metric : metric.left(brace);
}

std::optional<MetricType> typeOf(const QString &metric)
{
    const auto it = catalog().constFind(baseName(metric));
    if (it == catalog().constEnd())
        return std::nullopt;
    return *it;
}

QStringList knownNames()
{
    QStringList names = catalog().keys();
    names.sort();
    return names;
}

QStringList aggregationsFor(MetricType type)
{
    switch (type) {
    case MetricType::Counter:
        return {QStringLiteral("count"), QStringLiteral("rate")};
    case MetricType::Gauge:
        return {QStringLiteral("value"), QStringLiteral("min"), QStringLiteral("max")};
    case MetricType::Rate:
        return {QStringLiteral("rate")};
    case MetricType::Trend:
        return {QStringLiteral("avg"), QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("med"),
                QStringLiteral("p(N)")};
    }
    return {};
}

} // namespace metrics
} // namespace canary
