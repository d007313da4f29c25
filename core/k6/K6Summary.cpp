#include "core/k6/K6Summary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace canary {

namespace {

QString metricType(const QJsonObject &m)
{
    if (m.contains(QStringLiteral("passes")) || m.contains(QStringLiteral("fails")))
        return QStringLiteral("rate");
    if (m.contains(QStringLiteral("count")))
        return QStringLiteral("counter");
    if (m.contains(QStringLiteral("avg")) || m.contains(QStringLiteral("med")))
        return QStringLiteral("trend");
    return QStringLiteral("gauge");
}

} // namespace

QString K6Summary::kindName(K6FileKind kind)
{
    switch (kind) {
    case K6FileKind::OutJson:
        return QStringLiteral("k6 --out json results");
    case K6FileKind::HandleSummary:
        return QStringLiteral("k6 handleSummary data");
    case K6FileKind::SummaryExport:
        return QStringLiteral("k6 --summary-export");
    case K6FileKind::MachineReadable:
        return QStringLiteral("k6's new machine-readable summary");
    }
    return {};
}

Result<K6FileKind> K6Summary::detect(const QString &path)
{
    using R = Result<K6FileKind>;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(
            QStringLiteral("%1: %2").arg(path, f.exists() ? f.errorString() : QStringLiteral("no such file")));
    const QByteArray head = f.peek(4096);
    if (head.startsWith("\x1f\x8b"))
        return K6FileKind::OutJson; // k6 writes gzip only for --out json
    const QByteArray firstLine = head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n')).trimmed();
    if (firstLine.startsWith('{') && firstLine.endsWith('}') &&
        (firstLine.contains("\"type\":\"Metric\"") || firstLine.contains("\"type\":\"Point\"")))
        return K6FileKind::OutJson;
    if (f.size() > 64 * 1024 * 1024)
        return R::failure(
            QStringLiteral("%1: neither k6 --out json lines nor a k6 summary (too big for a summary)").arg(path));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(
            QStringLiteral("%1: not k6 output: line 1 is neither a k6 Metric nor Point line, and the file "
                           "is not a k6 summary either (JSON: %2 at byte %3)")
                .arg(path, error.errorString())
                .arg(error.offset));
    const QJsonObject results = doc.object().value(QStringLiteral("results")).toObject();
    if (doc.object().value(QStringLiteral("version")).isString() &&
        results.value(QStringLiteral("metrics")).isArray()) {
        const QString version = doc.object().value(QStringLiteral("version")).toString();
        if (!version.startsWith(QLatin1String("1.")))
            return R::failure(QStringLiteral("%1: a k6 machine-readable summary of version %2, which this CanaryDesk "
                                             "does not know (it reads version 1.x)")
                                  .arg(path, version));
        return K6FileKind::MachineReadable;
    }
    const QJsonObject metrics = doc.object().value(QStringLiteral("metrics")).toObject();
    if (metrics.isEmpty())
        return R::failure(QStringLiteral("%1: JSON without k6's \"metrics\": not a k6 summary").arg(path));
    const QJsonObject reqs = metrics.value(QStringLiteral("http_reqs")).toObject();
    if (reqs.contains(QStringLiteral("values")) || doc.object().contains(QStringLiteral("state")))
        return K6FileKind::HandleSummary;
    return K6FileKind::SummaryExport;
}

QJsonObject K6Summary::exportToHandleSummary(const QJsonObject &exported)
{
    QJsonObject metrics;
    const QJsonObject in = exported.value(QStringLiteral("metrics")).toObject();
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        const QJsonObject m = it->toObject();
        QJsonObject values;
        QJsonObject thresholds;
        for (auto v = m.constBegin(); v != m.constEnd(); ++v) {
            if (v.key() == QLatin1String("thresholds")) {
                const QJsonObject t = v->toObject();
                for (auto e = t.constBegin(); e != t.constEnd(); ++e) // export: true = failed
                    thresholds.insert(e.key(), QJsonObject{{QStringLiteral("ok"), !e->toBool()}});
            } else if (v.key() == QLatin1String("value") && metricType(m) == QLatin1String("rate")) {
                values.insert(QStringLiteral("rate"), *v);
            } else {
                values.insert(v.key(), *v);
            }
        }
        QJsonObject out{{QStringLiteral("type"), metricType(m)}, {QStringLiteral("values"), values}};
        if (!thresholds.isEmpty())
            out.insert(QStringLiteral("thresholds"), thresholds);
        metrics.insert(it.key(), out);
    }
    return QJsonObject{{QStringLiteral("root_group"), exported.value(QStringLiteral("root_group"))},
                       {QStringLiteral("metrics"), metrics}};
}

QJsonObject K6Summary::machineReadableToHandleSummary(const QJsonObject &summary)
{
    const double durationS =
        summary.value(QStringLiteral("config")).toObject().value(QStringLiteral("duration")).toDouble();
    const QJsonObject results = summary.value(QStringLiteral("results")).toObject();
    QJsonObject metrics;
    auto add = [&](const QJsonArray &list) {
        for (const QJsonValue &v : list) {
            const QJsonObject m = v.toObject();
            const QString type = m.value(QStringLiteral("type")).toString();
            const QJsonObject in = m.value(QStringLiteral("values")).toObject();
            QJsonObject values;
            for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
                // "p95" is handleSummary's "p(95)"; the rest keeps its name.
                static const QRegularExpression percentile(QStringLiteral("^p(\\d+(?:\\.\\d+)?)$"));
                const auto match = percentile.match(it.key());
                values.insert(match.hasMatch() ? QStringLiteral("p(%1)").arg(match.captured(1)) : it.key(), *it);
            }
            if (type == QLatin1String("rate")) { // {matches, total, rate} → {rate, passes, fails}
                const double matches = in.value(QStringLiteral("matches")).toDouble();
                const double total = in.value(QStringLiteral("total")).toDouble();
                values = QJsonObject{{QStringLiteral("rate"), in.value(QStringLiteral("rate"))},
                                     {QStringLiteral("passes"), matches},
                                     {QStringLiteral("fails"), total - matches}};
            } else if (type == QLatin1String("counter") && durationS > 0) { // no rate in the file: count ÷ duration
                values.insert(QStringLiteral("rate"), in.value(QStringLiteral("count")).toDouble() / durationS);
            }
            metrics.insert(m.value(QStringLiteral("name")).toString(),
                           QJsonObject{{QStringLiteral("type"), type},
                                       {QStringLiteral("contains"), m.value(QStringLiteral("contains"))},
                                       {QStringLiteral("values"), values}});
        }
    };
    add(results.value(QStringLiteral("metrics")).toArray());
    const QJsonObject checks = results.value(QStringLiteral("checks")).toObject();
    add(checks.value(QStringLiteral("metrics")).toArray());
    QJsonArray checkList;
    for (const QJsonValue &c : checks.value(QStringLiteral("results")).toArray())
        checkList.append(QJsonObject{{QStringLiteral("name"), c.toObject().value(QStringLiteral("name"))},
                                     {QStringLiteral("passes"), c.toObject().value(QStringLiteral("passes"))},
                                     {QStringLiteral("fails"), c.toObject().value(QStringLiteral("fails"))}});
    QJsonObject out{{QStringLiteral("root_group"), QJsonObject{{QStringLiteral("checks"), checkList}}},
                    {QStringLiteral("metrics"), metrics}};
    if (durationS > 0)
        out.insert(QStringLiteral("state"), QJsonObject{{QStringLiteral("testRunDurationMs"), durationS * 1000.0}});
    return out;
}

QStringList K6Summary::formatNotes(K6FileKind kind, const QJsonObject &raw)
{
    if (kind != K6FileKind::MachineReadable)
        return {};
    const QString k6 = raw.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("k6_version")).toString();
    return {QStringLiteral("k6's new machine-readable summary (format %1%2) carries no threshold results, no "
                           "percentile beyond the ones its summaryTrendStats gave (a criterion on another is judged "
                           "as not met), and no counter rates: a rate here is the count over the run's "
                           "config.duration")
                .arg(raw.value(QStringLiteral("version")).toString(),
                     k6.isEmpty() ? QString() : QStringLiteral(", written by k6 ") + k6)};
}

Result<QJsonObject> K6Summary::loadAsHandleSummary(const QString &path, QStringList *notes)
{
    using R = Result<QJsonObject>;
    const auto kind = detect(path);
    if (!kind.ok())
        return R::failure(kind.error().message);
    if (kind.value() == K6FileKind::OutJson)
        return R::failure(QStringLiteral("%1 is k6 --out json output, not a summary").arg(path));
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    if (notes)
        *notes << formatNotes(kind.value(), doc);
    if (kind.value() == K6FileKind::SummaryExport)
        doc = exportToHandleSummary(doc);
    else if (kind.value() == K6FileKind::MachineReadable)
        doc = machineReadableToHandleSummary(doc);
    QJsonObject state = doc.value(QStringLiteral("state")).toObject();
    if (!state.contains(QStringLiteral("testRunDurationMs"))) {
        const QJsonObject reqs = doc.value(QStringLiteral("metrics"))
                                     .toObject()
                                     .value(QStringLiteral("http_reqs"))
                                     .toObject()
                                     .value(QStringLiteral("values"))
                                     .toObject();
        const double count = reqs.value(QStringLiteral("count")).toDouble();
        const double rate = reqs.value(QStringLiteral("rate")).toDouble();
        if (count <= 0 || rate <= 0)
            return R::failure(
                QStringLiteral("%1: the summary has no http_reqs count and rate to tell the run's duration").arg(path));
        state.insert(QStringLiteral("testRunDurationMs"), count / rate * 1000.0);
        doc.insert(QStringLiteral("state"), state);
    }
    return doc;
}

std::optional<double> K6Summary::measure(const QJsonObject &s, const Threshold &t)
{
    const QJsonObject values = s.value(QStringLiteral("metrics"))
                                   .toObject()
                                   .value(t.metric)
                                   .toObject()
                                   .value(QStringLiteral("values"))
                                   .toObject();
    if (values.isEmpty())
        return std::nullopt;
    const ThresholdExpression &e = t.expression;
    QString key;
    switch (e.aggregation()) {
    case ThresholdExpression::Aggregation::Avg:
        key = QStringLiteral("avg");
        break;
    case ThresholdExpression::Aggregation::Min:
        key = QStringLiteral("min");
        break;
    case ThresholdExpression::Aggregation::Max:
        key = QStringLiteral("max");
        break;
    case ThresholdExpression::Aggregation::Med:
        key = QStringLiteral("med");
        break;
    case ThresholdExpression::Aggregation::Percentile:
        key = QStringLiteral("p(%1)").arg(e.percentile(), 0, 'g', 6);
        break;
    case ThresholdExpression::Aggregation::Rate:
        key = values.contains(QStringLiteral("rate")) ? QStringLiteral("rate") : QStringLiteral("value");
        break;
    case ThresholdExpression::Aggregation::Count:
        key = QStringLiteral("count");
        break;
    case ThresholdExpression::Aggregation::Value:
        key = QStringLiteral("value");
        break;
    }
    if (!values.contains(key))
        return std::nullopt;
    return values.value(key).toDouble();
}

QStringList K6Summary::thresholdOutcomes(const QJsonObject &s)
{
    QStringList out;
    const QJsonObject metrics = s.value(QStringLiteral("metrics")).toObject();
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it) {
        const QJsonObject t = it->toObject().value(QStringLiteral("thresholds")).toObject();
        for (auto e = t.constBegin(); e != t.constEnd(); ++e)
            out << QStringLiteral("%1: %2 %3")
                       .arg(it.key(), e.key(),
                            e->toObject().value(QStringLiteral("ok")).toBool() ? QStringLiteral("passed")
                                                                               : QStringLiteral("FAILED"));
    }
    out.sort();
    return out;
}

} // namespace canary
