#include "core/scenario/GateProfile.h"

namespace canary {

namespace {

Threshold make(const char *metric, const char *expression)
{
    auto parsed = ThresholdExpression::parse(QString::fromLatin1(expression));
    Q_ASSERT(parsed.ok());
    return Threshold{QString::fromLatin1(metric), parsed.value(), false, 0};
}

GateProfile gateWithP95(QString id, QString title, const char *p95)
{
    GateProfile g;
    g.id = std::move(id);
    g.title = std::move(title);
    g.thresholds = {
        make("http_req_duration", p95),
        make("errors", "rate<=0.005"),
        make("delivery_success", "rate>=0.99"),
        make("http_req_failed", "rate<0.005"),
    };
    g.requireFullDuration = true;
    g.minRateRatio = 0.99;
    g.maxDropped = 0;
    return g;
}

} // namespace

std::optional<GateProfile> GateProfile::builtin(const QString &id)
{
    if (id == QLatin1String("gate1"))
        return gateWithP95(id, QStringLiteral("Gate 1"), "p(95)<=250");
    if (id == QLatin1String("followup"))
        return gateWithP95(id, QStringLiteral("Follow-up (120 ms)"), "p(95)<=120");
    if (id == QLatin1String("custom")) {
        GateProfile g;
        g.id = id;
        g.title = QStringLiteral("Custom");
        return g;
    }
    return std::nullopt;
}

QStringList GateProfile::builtinIds()
{
    return {QStringLiteral("gate1"), QStringLiteral("followup"), QStringLiteral("custom")};
}

QList<Threshold> GateProfile::thresholdsFor(const QString &metric) const
{
    QList<Threshold> out;
    for (const Threshold &t : thresholds) {
        if (t.metric == metric)
            out << t;
    }
    return out;
}

QStringList GateProfile::metrics() const
{
    QStringList out;
    for (const Threshold &t : thresholds) {
        if (!out.contains(t.metric))
            out << t.metric;
    }
    return out;
}

} // namespace canary
