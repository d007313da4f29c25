#include "core/judge/Compare.h"

#include "core/common/Duration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace canary {

namespace {

QString num(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

enum class Better
{
    Lower,  // latency, a failure rate
    Higher, // a success rate
    Neither // the request rate
};

struct Measure
{
    const char *metric;
    const char *label;
    const char *threshold; // the expression whose figure it is
    const char *unit;
    Better better;
};

const Measure kMeasures[] = {
    {"http_req_duration med", QT_TRANSLATE_NOOP("Compare", "Latency median"), "med<=1", "ms", Better::Lower},
    {"http_req_duration p(95)", QT_TRANSLATE_NOOP("Compare", "Latency p95"), "p(95)<=1", "ms", Better::Lower},
    {"http_req_duration p(99)", QT_TRANSLATE_NOOP("Compare", "Latency p99"), "p(99)<=1", "ms", Better::Lower},
    {"errors rate", QT_TRANSLATE_NOOP("Compare", "Error rate"), "rate<=1", "%", Better::Lower},
    {"delivery_success rate", QT_TRANSLATE_NOOP("Compare", "Delivery success"), "rate>=0", "%", Better::Higher},
    {"http_req_failed rate", QT_TRANSLATE_NOOP("Compare", "HTTP failures"), "rate<=1", "%", Better::Lower},
    {"http_reqs rate", QT_TRANSLATE_NOOP("Compare", "Request rate"), nullptr, "/s", Better::Neither},
};

Threshold thresholdOf(const Measure &m)
{
    const QString metric = QString::fromLatin1(m.metric).section(QLatin1Char(' '), 0, 0);
    return Threshold{metric, ThresholdExpression::parse(QString::fromLatin1(m.threshold)).value()};
}

// The whole run's figure and its per-stretch values, in the row's unit.
std::pair<double, QList<double>> figure(const Measure &m, const CompareSide &side)
{
    const QString unit = QString::fromLatin1(m.unit);
    if (!m.threshold) { // the request rate
        QList<double> values;
        for (const RunBatch &b : Confidence::grouped(side.batches, Confidence::kGroups))
            if (b.toMs > b.fromMs && b.requests > 0)
                values << static_cast<double>(b.requests) * 1000.0 / static_cast<double>(b.toMs - b.fromMs);
        return {side.ranS > 0 ? static_cast<double>(side.total.requests) / side.ranS : 0.0, values};
    }
    const Threshold t = thresholdOf(m);
    const auto values = Confidence::valuesOf(t, side.batches);
    QList<double> v = values ? values->values : QList<double>{};
    double whole = 0;
    if (unit == QLatin1String("ms")) {
        const double percentile =
            t.expression.aggregation() == ThresholdExpression::Aggregation::Med ? 50 : t.expression.percentile();
        whole = side.total.service.valueAtPercentile(percentile) / 1000.0;
    } else {
        whole = t.metric == QLatin1String("errors")             ? side.total.errorRate()
                : t.metric == QLatin1String("delivery_success") ? side.total.deliveryRate()
                                                                : side.total.httpFailedRate();
        whole *= 100;
        for (double &x : v)
            x *= 100;
    }
    return {whole, v};
}

QString callOf(const Measure &m, const std::optional<Confidence::Shift> &shift)
{
    if (!shift)
        return QStringLiteral("not enough data");
    if (shift->p >= 0.05 || shift->ci.holds(0.0))
        return QStringLiteral("no detectable change");
    const bool up = shift->estimate > 0;
    switch (m.better) {
    case Better::Lower:
        return QString::fromLatin1(m.unit) == QLatin1String("ms")
                   ? (up ? QStringLiteral("slower") : QStringLiteral("faster"))
                   : (up ? QStringLiteral("worse") : QStringLiteral("better"));
    case Better::Higher:
        return up ? QStringLiteral("better") : QStringLiteral("worse");
    case Better::Neither:
        break;
    }
    return up ? QStringLiteral("higher") : QStringLiteral("lower");
}

QString changeWords(const CompareRow &r)
{
    const int decimals = r.unit == QLatin1String("%") ? 3 : 2;
    const QString unit = r.unit == QLatin1String("%") ? QCoreApplication::translate("Compare", "pts") : r.unit;
    QString out =
        QStringLiteral("%1%2 %3").arg(r.change > 0 ? QStringLiteral("+") : QString(), num(r.change, decimals), unit);
    if (r.ci.known())
        out +=
            QLatin1Char(' ') +
            QCoreApplication::translate("Compare", "(95 % interval %1 to %2)")
                .arg(QStringLiteral("%1%2").arg(r.ci.lo > 0 ? QStringLiteral("+") : QString(), num(r.ci.lo, decimals)),
                     QStringLiteral("%1%2").arg(r.ci.hi > 0 ? QStringLiteral("+") : QString(), num(r.ci.hi, decimals)));
    return out;
}

QString sentenceOf(const Comparison &c)
{
    const CompareRow *p95 = nullptr;
    for (const CompareRow &r : c.rows)
        if (r.metric == QLatin1String("http_req_duration p(95)"))
            p95 = &r;
    QStringList changed;
    for (const CompareRow &r : c.rows)
        if (r.call != QLatin1String("no detectable change") && r.call != QLatin1String("not enough data") &&
            &r != p95) // said on its own
            changed << QCoreApplication::translate("Compare", "%1 %2 by %3").arg(r.label, r.call, changeWords(r));
    const QString latency =
        !p95 ? QString()
        : p95->call == QLatin1String("no detectable change")
            ? QCoreApplication::translate("Compare", "its latency is the same as A's within ±%1 %")
                  .arg(num(p95->a > 0 && p95->ci.known()
                               ? std::max(std::abs(p95->ci.lo), std::abs(p95->ci.hi)) / p95->a * 100.0
                               : 0.0,
                           1))
            : QCoreApplication::translate("Compare", "its p95 is %1: %2 ms against A's %3 ms, %4")
                  .arg(p95->call, num(p95->b, 2), num(p95->a, 2), changeWords(*p95));
    const auto limitA = Compare::p95Limit(c.a.gate), limitB = Compare::p95Limit(c.b.gate);
    const bool aPass = c.a.verdict.passed, bPass = c.b.verdict.passed;
    if (aPass && !bPass) {
        // B's failures: only its latency criteria, against a tighter limit, with the latency unchanged?
        bool onlyLatency = true;
        for (const CriterionResult &cr : c.b.verdict.criteria)
            if (!cr.pass && !cr.key.startsWith(QLatin1String("http_req_duration:")))
                onlyLatency = false;
        if (onlyLatency && p95 && p95->call == QLatin1String("no detectable change") && limitA && limitB &&
            *limitB < *limitA)
            return QCoreApplication::translate("Compare",
                                               "B failed only because its limit is %1 ms (A's is %2 ms); %3.")
                .arg(num(*limitB, 0), num(*limitA, 0), latency);
        return QCoreApplication::translate("Compare", "B did not pass (%1: %2) where A passed. %3")
            .arg(c.b.verdict.word(), c.b.verdict.details(),
                 changed.isEmpty()
                     ? QCoreApplication::translate("Compare", "No figure changed detectably.")
                     : QCoreApplication::translate("Compare", "Changed: %1.").arg(changed.join(QStringLiteral("; "))));
    }
    if (!aPass && bPass)
        return QCoreApplication::translate("Compare", "B passed where A did not (%1: %2). %3")
            .arg(c.a.verdict.word(), c.a.verdict.details(),
                 changed.isEmpty()
                     ? QCoreApplication::translate("Compare", "No figure changed detectably.")
                     : QCoreApplication::translate("Compare", "Changed: %1.").arg(changed.join(QStringLiteral("; "))));
    const QString both = aPass ? QCoreApplication::translate("Compare", "Both runs pass their own gates")
                               : QCoreApplication::translate("Compare", "Neither run passes its own gate");
    const QString limits = limitA && limitB && *limitA != *limitB
                               ? QCoreApplication::translate("Compare", " (p95 limit %1 ms for A, %2 ms for B)")
                                     .arg(num(*limitA, 0), num(*limitB, 0))
                               : QString();
    return QCoreApplication::translate("Compare", "%1%2; for B, %3. %4")
        .arg(both, limits, latency,
             changed.isEmpty()
                 ? QCoreApplication::translate("Compare", "No figure changed detectably.")
                 : QCoreApplication::translate("Compare", "Changed: %1.").arg(changed.join(QStringLiteral("; "))));
}

} // namespace

std::optional<double> Compare::p95Limit(const GateProfile &gate)
{
    for (const Threshold &t : gate.thresholdsFor(QStringLiteral("http_req_duration")))
        if (t.expression.aggregation() == ThresholdExpression::Aggregation::Percentile &&
            t.expression.percentile() == 95)
            return t.expression.limit();
    return std::nullopt;
}

Comparison Compare::compare(CompareSide a, CompareSide b)
{
    Comparison c;
    c.a = std::move(a);
    c.b = std::move(b);
    for (const Measure &m : kMeasures) {
        const auto [av, as] = figure(m, c.a);
        const auto [bv, bs] = figure(m, c.b);
        CompareRow r;
        r.metric = QString::fromLatin1(m.metric);
        r.label = QCoreApplication::translate("Compare", m.label);
        r.unit = QString::fromLatin1(m.unit);
        const int decimals = r.unit == QLatin1String("%") ? 3 : 2;
        r.a = rounded(av, decimals);
        r.b = rounded(bv, decimals);
        r.change = rounded(r.b - r.a, decimals);
        r.changePct = r.a != 0 ? rounded(r.change / r.a * 100.0, 1) : std::numeric_limits<double>::quiet_NaN();
        auto shift = Confidence::shift(as, bs);
        if (shift) {
            // The shift's uncertainty around the change of the whole-run figures (the shift itself is of the
            // per-stretch values, which a tail percentile of the whole run need not equal).
            const double change = bv - av;
            r.ci = Interval{rounded(change + shift->ci.lo - shift->estimate, decimals),
                            rounded(change + shift->ci.hi - shift->estimate, decimals)};
            r.p = shift->p;
        }
        if (shift && r.ci.known()) { // the call follows the interval shown: it must exclude no change
            shift->ci = r.ci;
            shift->estimate = r.change;
        }
        r.call = callOf(m, shift);
        c.rows << r;
    }
    // A tail that moved while the middle did not: the spread changed.
    const auto median = std::find_if(c.rows.cbegin(), c.rows.cend(),
                                     [](const CompareRow &r) { return r.metric == "http_req_duration med"; });
    for (CompareRow &r : c.rows)
        if ((r.metric == QLatin1String("http_req_duration p(95)") ||
             r.metric == QLatin1String("http_req_duration p(99)")) &&
            (r.call == QLatin1String("slower") || r.call == QLatin1String("faster")) && median != c.rows.cend() &&
            median->call == QLatin1String("no detectable change"))
            r.spreadChanged = true;
    c.bWorse = c.a.verdict.passed && !c.b.verdict.passed;
    for (const CompareRow &r : c.rows)
        c.bWorse = c.bWorse || r.call == QLatin1String("slower") || r.call == QLatin1String("worse");
    c.sentence = sentenceOf(c);
    return c;
}

QJsonObject Comparison::toJson() const
{
    auto number = [](double v) { return std::isnan(v) ? QJsonValue() : QJsonValue(v); };
    QJsonArray metrics;
    for (const CompareRow &r : rows)
        metrics.append(
            QJsonObject{{QStringLiteral("metric"), r.metric},
                        {QStringLiteral("label"), r.label},
                        {QStringLiteral("unit"), r.unit},
                        {QStringLiteral("a"), r.a},
                        {QStringLiteral("b"), r.b},
                        {QStringLiteral("change"), r.change},
                        {QStringLiteral("change_pct"), number(r.changePct)},
                        {QStringLiteral("ci"), r.ci.known() ? QJsonValue(QJsonArray{r.ci.lo, r.ci.hi}) : QJsonValue()},
                        {QStringLiteral("p"), r.p},
                        {QStringLiteral("call"), r.call},
                        {QStringLiteral("spread_changed"), r.spreadChanged}});
    auto side = [](const CompareSide &s) {
        QJsonArray criteria;
        for (const CriterionResult &c : s.verdict.criteria)
            criteria.append(QJsonObject{{QStringLiteral("key"), c.key},
                                        {QStringLiteral("label"), c.label},
                                        {QStringLiteral("target"), c.target},
                                        {QStringLiteral("measured"), c.measured},
                                        {QStringLiteral("pass"), c.pass}});
        return QJsonObject{{QStringLiteral("name"), s.name},
                           {QStringLiteral("run_id"), s.runId},
                           {QStringLiteral("gate"), s.verdict.gateTitle},
                           {QStringLiteral("verdict"), s.verdict.word()},
                           {QStringLiteral("summary"), s.verdict.summary},
                           {QStringLiteral("criteria"), criteria}};
    };
    return QJsonObject{{QStringLiteral("a"), side(a)},
                       {QStringLiteral("b"), side(b)},
                       {QStringLiteral("metrics"), metrics},
                       {QStringLiteral("sentence"), sentence},
                       {QStringLiteral("b_worse"), bWorse}};
}

QString Comparison::toHtml() const
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h =
        QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                       "<style>body{font-family:system-ui,sans-serif;max-width:980px;margin:2em auto;"
                       "color:#1f2328}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px "
                       "solid #d0d7de;padding:4px 8px;text-align:left}.slower,.worse{color:#cf222e;"
                       "font-weight:600}.faster,.better{color:#1a7f37;font-weight:600}.lead{font-size:1.2em}"
                       ".pass{color:#1a7f37}.fail{color:#cf222e}</style></head><body>")
            .arg(QLocale().name().section(QLatin1Char('_'), 0, 0),
                 esc(QCoreApplication::translate("Compare", "CanaryDesk comparison: %1 vs %2").arg(a.name, b.name)));
    h += QStringLiteral("<h1>%1</h1><p>A: %2<br>B: %3</p><p class=\"lead\">%4</p>")
             .arg(esc(QCoreApplication::translate("Compare", "Comparison")), esc(a.name), esc(b.name), esc(sentence));
    h += QStringLiteral("<table><tr><th>%1</th><th>A</th><th>B</th><th>%2</th><th>%3</th></tr>")
             .arg(esc(QCoreApplication::translate("Compare", "Measure")),
                  esc(QCoreApplication::translate("Compare", "Change (B − A), 95 % interval")),
                  esc(QCoreApplication::translate("Compare", "Call")));
    for (const CompareRow &r : rows) {
        const int decimals = r.unit == QLatin1String("%") ? 3 : 2;
        h += QStringLiteral("<tr><td>%1 <small>%2</small></td><td>%3 %4</td><td>%5 %4</td><td>%6</td>"
                            "<td class=\"%7\">%8</td></tr>")
                 .arg(esc(r.label), esc(r.metric), num(r.a, decimals), esc(r.unit), num(r.b, decimals),
                      esc(changeWords(r)), esc(r.call),
                      esc(r.call +
                          (r.spreadChanged ? QCoreApplication::translate("Compare", " (spread changed)") : QString())));
    }
    h += QStringLiteral("</table>");
    for (const CompareSide *s : {&a, &b}) {
        h += QStringLiteral("<h2>%1 — %2 <span class=\"%3\">%4</span></h2><table>")
                 .arg(esc(s == &a ? QStringLiteral("A") : QStringLiteral("B")), esc(s->verdict.gateTitle),
                      s->verdict.passed ? QStringLiteral("pass") : QStringLiteral("fail"), esc(s->verdict.word()));
        for (const CriterionResult &c : s->verdict.criteria)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"%4\">%5</td></tr>")
                     .arg(esc(c.label), esc(c.target), esc(c.measured),
                          c.pass ? QStringLiteral("pass") : QStringLiteral("fail"),
                          c.pass ? QStringLiteral("✓") : QStringLiteral("✗"));
        h += QStringLiteral("</table>");
    }
    // p95 each second of both runs, and each run's own limit.
    const double w = 940, hgt = 280, left = 50, bottom = 30;
    double top = 1, span = 1;
    for (const CompareSide *s : {&a, &b}) {
        for (const Snapshot &p : s->timeline) {
            top = std::max(top, p.service.p95);
            span = std::max(span, static_cast<double>(p.elapsedMs) / 1000.0);
        }
        if (const auto limit = Compare::p95Limit(s->gate))
            top = std::max(top, *limit);
    }
    top *= 1.1;
    auto x = [&](double seconds) { return left + seconds / span * (w - left - 10); };
    auto y = [&](double ms) { return hgt - bottom - ms / top * (hgt - bottom - 10); };
    h +=
        QStringLiteral("<h2>%1</h2><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%2\" height=\"%3\" "
                       "role=\"img\" aria-label=\"%1\"><line x1=\"%4\" y1=\"%5\" x2=\"%6\" y2=\"%5\" "
                       "stroke=\"#57606a\"/><text x=\"4\" y=\"14\" font-size=\"12\">ms</text>"
                       "<text x=\"%4\" y=\"%7\" font-size=\"12\">0:00</text><text x=\"%8\" y=\"%7\" "
                       "font-size=\"12\" text-anchor=\"end\">%9</text>")
            .arg(esc(QCoreApplication::translate("Compare", "Latency p95 each second, each run against its own limit")))
            .arg(w)
            .arg(hgt)
            .arg(left)
            .arg(hgt - bottom)
            .arg(w - 10)
            .arg(hgt - 10)
            .arg(w - 10)
            .arg(duration::clock(std::llround(span * 1000)));
    const char *colours[] = {"#1565c0", "#ef6c00"};
    int i = 0;
    for (const CompareSide *s : {&a, &b}) {
        QStringList points;
        for (const Snapshot &p : s->timeline)
            points << QStringLiteral("%1,%2")
                          .arg(x(static_cast<double>(p.elapsedMs) / 1000.0), 0, 'f', 1)
                          .arg(y(p.service.p95), 0, 'f', 1);
        const QString name = i == 0 ? QStringLiteral("A") : QStringLiteral("B");
        h += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"1.5\" points=\"%2\"/>")
                 .arg(QLatin1String(colours[i]), points.join(QLatin1Char(' ')));
        if (const auto limit = Compare::p95Limit(s->gate))
            h += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-dasharray=\"6 4\"/>"
                                "<text x=\"%5\" y=\"%6\" font-size=\"12\" fill=\"%4\" text-anchor=\"end\">%7</text>")
                     .arg(left)
                     .arg(y(*limit), 0, 'f', 1)
                     .arg(w - 10)
                     .arg(QLatin1String(colours[i]))
                     .arg(w - 12)
                     .arg(y(*limit) - 4, 0, 'f', 1)
                     .arg(esc(QCoreApplication::translate("Compare", "%1's limit ≤ %2 ms").arg(name, num(*limit, 0))));
        h += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\" fill=\"%3\">%4 p95</text>")
                 .arg(left + 8 + i * 60)
                 .arg(24)
                 .arg(QLatin1String(colours[i]))
                 .arg(name);
        ++i;
    }
    h += QStringLiteral("</svg><p><small>%1</small></p></body></html>")
             .arg(esc(QCoreApplication::translate(
                 "Compare", "Calls from a Mann-Whitney test on each run's figures per tenth of the run, the change as "
                            "the Hodges-Lehmann shift with its 95 % interval: a run's drift over minutes does not pass "
                            "for a change. Written by CanaryDesk.")));
    return h;
}

} // namespace canary
