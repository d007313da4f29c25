#include "core/evidence/Summary.h"

#include "core/metrics/RunMetricCatalog.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <cmath>

namespace canary {

namespace {

QJsonObject trend(const LatencyHistogram &h)
{
    auto ms = [](double us) { return us / 1000.0; };
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("trend")},
                       {QStringLiteral("contains"), QStringLiteral("time")},
                       {QStringLiteral("values"), QJsonObject{{QStringLiteral("avg"), ms(h.mean())},
                                                              {QStringLiteral("min"), ms(static_cast<double>(h.min()))},
                                                              {QStringLiteral("med"), ms(h.valueAtPercentile(50))},
                                                              {QStringLiteral("max"), ms(static_cast<double>(h.max()))},
                                                              {QStringLiteral("p(90)"), ms(h.valueAtPercentile(90))},
                                                              {QStringLiteral("p(95)"), ms(h.valueAtPercentile(95))},
                                                              {QStringLiteral("p(99)"), ms(h.valueAtPercentile(99))}}}};
}

QJsonObject rate(quint64 passes, quint64 total)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("rate")},
        {QStringLiteral("contains"), QStringLiteral("default")},
        {QStringLiteral("values"), QJsonObject{{QStringLiteral("rate"), total ? double(passes) / double(total) : 0.0},
                                               {QStringLiteral("passes"), static_cast<qint64>(passes)},
                                               {QStringLiteral("fails"), static_cast<qint64>(total - passes)}}}};
}

QJsonObject counter(quint64 count, double seconds, const char *contains = "default")
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("counter")},
        {QStringLiteral("contains"), QString::fromLatin1(contains)},
        {QStringLiteral("values"), QJsonObject{{QStringLiteral("count"), static_cast<qint64>(count)},
                                               {QStringLiteral("rate"), seconds > 0 ? double(count) / seconds : 0.0}}}};
}

QString md5(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

} // namespace

QJsonObject Summary::handleSummary(const SummaryInput &in)
{
    const IntervalStats &t = *in.total;
    const double seconds = static_cast<double>(in.durationMs) / 1000.0;
    QJsonObject metrics;
    for (const RunMetric &m : runMetrics()) {
        const QString name = QString::fromLatin1(m.name);
        if (m.histogram)
            metrics.insert(name, trend(t.*m.histogram));
        else if (m.samples)
            metrics.insert(name, rate(m.rate(t).first, m.rate(t).second));
        else if (m.count != &IntervalStats::interrupted || t.interrupted > 0) // cut off unanswered: said if any
            metrics.insert(name, counter(t.*m.count, seconds, m.contains));
    }
    if (t.serviceExpected.count() > 0)
        metrics.insert(QStringLiteral("http_req_duration{expected_response:true}"), trend(t.serviceExpected));

    for (const ThresholdResult &r : in.thresholds) {
        QJsonObject m = metrics.value(r.threshold.metric).toObject();
        if (m.isEmpty())
            continue;
        QJsonObject th = m.value(QStringLiteral("thresholds")).toObject();
        th.insert(r.threshold.expression.text(), QJsonObject{{QStringLiteral("ok"), r.ok}});
        m.insert(QStringLiteral("thresholds"), th);
        metrics.insert(r.threshold.metric, m);
    }

    QStringList codes;
    for (int code : in.expectedStatus)
        codes << QString::number(code);
    const QString checkName = QStringLiteral("status is %1").arg(codes.join(QStringLiteral(" or ")));
    const QString checkPath = QStringLiteral("::") + checkName;
    const QJsonObject check{{QStringLiteral("name"), checkName},
                            {QStringLiteral("path"), checkPath},
                            {QStringLiteral("id"), md5(checkPath)},
                            {QStringLiteral("passes"), static_cast<qint64>(t.errorsSamples - t.checkFailures)},
                            {QStringLiteral("fails"), static_cast<qint64>(t.checkFailures)}};
    return QJsonObject{{QStringLiteral("root_group"), QJsonObject{{QStringLiteral("name"), QString()},
                                                                  {QStringLiteral("path"), QString()},
                                                                  {QStringLiteral("id"), md5(QString())},
                                                                  {QStringLiteral("groups"), QJsonArray()},
                                                                  {QStringLiteral("checks"), QJsonArray{check}}}},
                       {QStringLiteral("options"),
                        QJsonObject{{QStringLiteral("summaryTrendStats"),
                                     QJsonArray{QStringLiteral("avg"), QStringLiteral("min"), QStringLiteral("med"),
                                                QStringLiteral("max"), QStringLiteral("p(90)"), QStringLiteral("p(95)"),
                                                QStringLiteral("p(99)")}},
                                    {QStringLiteral("summaryTimeUnit"), QString()},
                                    {QStringLiteral("noColor"), false}}},
                       {QStringLiteral("state"),
                        QJsonObject{{QStringLiteral("isStdOutTTY"), false},
                                    {QStringLiteral("isStdErrTTY"), false},
                                    {QStringLiteral("testRunDurationMs"), static_cast<double>(in.durationMs)}}},
                       {QStringLiteral("metrics"), metrics}};
}

QJsonObject Summary::canarySummary(const QJsonObject &s)
{
    const QJsonObject m = s.value(QStringLiteral("metrics")).toObject();
    auto value = [&m](const char *metric, const char *key) {
        return m.value(QString::fromLatin1(metric))
            .toObject()
            .value(QStringLiteral("values"))
            .toObject()
            .value(QString::fromLatin1(key))
            .toDouble();
    };
    return QJsonObject{
        {QStringLiteral("test_duration_min"),
         s.value(QStringLiteral("state")).toObject().value(QStringLiteral("testRunDurationMs")).toDouble() / 1000.0 /
             60.0},
        {QStringLiteral("total_requests"), value("http_reqs", "count")},
        {QStringLiteral("requests_per_second"), value("http_reqs", "rate")},
        {QStringLiteral("p95_latency_ms"), value("http_req_duration", "p(95)")},
        {QStringLiteral("error_rate_pct"), value("errors", "rate") * 100.0},
        {QStringLiteral("delivery_success_pct"), value("delivery_success", "rate") * 100.0},
        {QStringLiteral("http_failures_pct"), value("http_req_failed", "rate") * 100.0}};
}

} // namespace canary
