#include "core/scenario/GateProfile.h"

#include "core/common/Duration.h"

#include <QCoreApplication>
#include <QLocale>
#include <QHash>

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

GateCriterion GateProfile::describe(const Threshold &t)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("http_req_duration"), QT_TRANSLATE_NOOP("Gate", "Latency")},
        {QStringLiteral("canary_corrected_latency"), QT_TRANSLATE_NOOP("Gate", "Latency from intended send")},
        {QStringLiteral("errors"), QT_TRANSLATE_NOOP("Gate", "Error rate")},
        {QStringLiteral("delivery_success"), QT_TRANSLATE_NOOP("Gate", "Delivery success")},
        {QStringLiteral("http_req_failed"), QT_TRANSLATE_NOOP("Gate", "HTTP failures")},
        {QStringLiteral("http_reqs"), QT_TRANSLATE_NOOP("Gate", "Requests")},
        {QStringLiteral("dropped_iterations"), QT_TRANSLATE_NOOP("Gate", "Dropped requests")},
    };
    const auto type = metrics::typeOf(t.metric).value_or(MetricType::Trend);
    const char *name = names.value(metrics::baseName(t.metric), nullptr);
    QString label = name ? QCoreApplication::translate("Gate", name) : t.metric;
    const ThresholdExpression &e = t.expression;
    if (type == MetricType::Trend)
        label += QLatin1Char(' ') + e.aggregationName().remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    label += QStringLiteral(" (%1)").arg(t.metric);

    static const QHash<ThresholdExpression::Op, QString> ops = {
        {ThresholdExpression::Op::Less, QStringLiteral("<")},
        {ThresholdExpression::Op::LessEqual, QStringLiteral("≤")},
        {ThresholdExpression::Op::Greater, QStringLiteral(">")},
        {ThresholdExpression::Op::GreaterEqual, QStringLiteral("≥")},
        {ThresholdExpression::Op::Equal, QStringLiteral("=")},
        {ThresholdExpression::Op::NotEqual, QStringLiteral("≠")}};
    QString value;
    if (type == MetricType::Rate)
        value = QCoreApplication::translate("Verdict", "%1 %").arg(QLocale().toString(e.limit() * 100.0, 'g', 6));
    else if (type == MetricType::Trend)
        value = QCoreApplication::translate("Verdict", "%1 ms").arg(QLocale().toString(e.limit(), 'g', 10));
    else if (e.aggregation() == ThresholdExpression::Aggregation::Rate)
        value = QCoreApplication::translate("Verdict", "%1 /s").arg(QLocale().toString(e.limit(), 'g', 10));
    else
        value = QLocale().toString(e.limit(), 'g', 10);
    return GateCriterion{label, ops.value(e.op()) + QLatin1Char(' ') + value};
}

QList<GateCriterion> GateProfile::criteria(double targetRatePerSecond, qint64 durationMs) const
{
    QList<GateCriterion> out;
    for (const Threshold &t : thresholds)
        out << describe(t);
    if (requireFullDuration)
        out << GateCriterion{QCoreApplication::translate("Gate", "Duration"),
                             QCoreApplication::translate("Gate", "full %1").arg(duration::clock(durationMs))};
    if (minRateRatio > 0)
        out << GateCriterion{QCoreApplication::translate("Gate", "Request rate (http_reqs)"),
                             QCoreApplication::translate("Gate", "≥ %1 /s (%2 % of %3)")
                                 .arg(QLocale().toString(targetRatePerSecond * minRateRatio, 'f', 1),
                                      QLocale().toString(minRateRatio * 100.0, 'g', 4),
                                      QLocale().toString(targetRatePerSecond, 'g', 6))};
    out << GateCriterion{QCoreApplication::translate("Gate", "Dropped requests (dropped_iterations)"),
                         QStringLiteral("≤ %1").arg(QLocale().toString(maxDropped))};
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
