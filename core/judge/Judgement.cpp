#include "core/judge/Judgement.h"

#include <cmath>

namespace canary {

namespace {

QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

QJsonValue seconds(qint64 ms)
{
    return ms < 0 ? QJsonValue() : QJsonValue(static_cast<double>(ms) / 1000.0);
}

qint64 msOf(const QJsonValue &s)
{
    return s.isDouble() ? std::llround(s.toDouble() * 1000.0) : -1;
}

double numberOf(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

QJsonObject Judgement::toJson() const
{
    const GateVerdict &v = verdict;
    QJsonArray criteria;
    for (const CriterionResult &c : v.criteria)
        criteria.append(QJsonObject{
            {QStringLiteral("label"), c.label},
            {QStringLiteral("key"), c.key},
            {QStringLiteral("target"), c.target},
            {QStringLiteral("measured"), c.measured},
            {QStringLiteral("value"), number(c.value)},
            {QStringLiteral("limit"), number(c.limit)},
            {QStringLiteral("unit"), c.unit},
            {QStringLiteral("margin"), c.margin},
            {QStringLiteral("pass"), c.pass},
            {QStringLiteral("decided_at_s"), seconds(c.decidedAtMs)},
            {QStringLiteral("decided_why"), c.decidedWhy},
            {QStringLiteral("ci"), std::isnan(c.ciLo) ? QJsonValue() : QJsonValue(QJsonArray{c.ciLo, c.ciHi})},
            {QStringLiteral("uncertain"), c.uncertain},
            {QStringLiteral("confidence"), c.confidence}});
    QJsonArray eps;
    for (const Episode &e : episodes)
        eps.append(QJsonObject{{QStringLiteral("start_s"), e.startS},
                               {QStringLiteral("end_s"), e.endS},
                               {QStringLiteral("kind"), Episode::kindName(e.kind)},
                               {QStringLiteral("requests"), static_cast<qint64>(e.requests)},
                               {QStringLiteral("what"), e.what},
                               {QStringLiteral("evidence"), QJsonArray::fromStringList(e.evidence)}});
    QJsonArray found;
    for (const Finding &f : findings)
        found.append(QJsonObject{{QStringLiteral("title"), f.title},
                                 {QStringLiteral("evidence"), f.evidence},
                                 {QStringLiteral("next_steps"), f.nextSteps}});
    QJsonObject o{{QStringLiteral("verdict"), v.word()},
                  {QStringLiteral("passed"), v.passed},
                  {QStringLiteral("gate"), v.gateTitle},
                  {QStringLiteral("summary"), v.summary},
                  {QStringLiteral("decided_at_s"), seconds(v.decidedAtMs)},
                  {QStringLiteral("decided_why"), v.decidedWhy},
                  {QStringLiteral("stopped_when_decided"), v.stoppedWhenDecided},
                  {QStringLiteral("caveats"), QJsonArray::fromStringList(v.caveats)},
                  {QStringLiteral("criteria"), criteria},
                  {QStringLiteral("episodes"), eps},
                  {QStringLiteral("findings"), found}};
    if (!std::isnan(v.achievedRate)) {
        o.insert(QStringLiteral("achieved_rate"), v.achievedRate);
        o.insert(QStringLiteral("asked_rate"), v.askedRate);
        o.insert(QStringLiteral("rate_passed"), v.ratePassed);
    }
    return o;
}

std::optional<Judgement> Judgement::fromJson(const QJsonObject &o)
{
    const QString word = o.value(QStringLiteral("verdict")).toString();
    std::optional<RunOutcome> outcome;
    for (RunOutcome candidate :
         {RunOutcome::Pass, RunOutcome::Fail, RunOutcome::Stopped, RunOutcome::Aborted, RunOutcome::Incomplete})
        if (GateVerdict::wordOf(candidate) == word)
            outcome = candidate;
    if (!outcome || !o.value(QStringLiteral("criteria")).isArray())
        return std::nullopt;
    Judgement j;
    GateVerdict &v = j.verdict;
    v.passed = o.value(QStringLiteral("passed")).toBool();
    v.gateTitle = o.value(QStringLiteral("gate")).toString();
    v.summary = o.value(QStringLiteral("summary")).toString();
    v.decidedAtMs = msOf(o.value(QStringLiteral("decided_at_s")));
    v.decidedWhy = o.value(QStringLiteral("decided_why")).toString();
    v.stoppedWhenDecided = o.value(QStringLiteral("stopped_when_decided")).toBool();
    for (const QJsonValue &c : o.value(QStringLiteral("caveats")).toArray())
        if (c.isString())
            v.caveats << c.toString();
    for (const QJsonValue &c : o.value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject co = c.toObject();
        CriterionResult r{co.value(QStringLiteral("label")).toString(), co.value(QStringLiteral("target")).toString(),
                          co.value(QStringLiteral("measured")).toString(), co.value(QStringLiteral("pass")).toBool(),
                          co.value(QStringLiteral("margin")).toString()};
        r.key = co.value(QStringLiteral("key")).toString();
        r.value = numberOf(co.value(QStringLiteral("value")));
        r.limit = numberOf(co.value(QStringLiteral("limit")));
        r.unit = co.value(QStringLiteral("unit")).toString();
        r.decidedAtMs = msOf(co.value(QStringLiteral("decided_at_s")));
        r.decidedWhy = co.value(QStringLiteral("decided_why")).toString();
        if (const QJsonArray ci = co.value(QStringLiteral("ci")).toArray(); ci.size() == 2) {
            r.ciLo = numberOf(ci.at(0));
            r.ciHi = numberOf(ci.at(1));
        }
        r.uncertain = co.value(QStringLiteral("uncertain")).toBool();
        r.confidence = co.value(QStringLiteral("confidence")).toString();
        v.criteria << r;
    }
    if (o.contains(QStringLiteral("achieved_rate"))) {
        v.achievedRate = o.value(QStringLiteral("achieved_rate")).toDouble();
        v.askedRate = o.value(QStringLiteral("asked_rate")).toDouble();
        v.ratePassed = o.value(QStringLiteral("rate_passed")).toBool();
    }
    v.outcome = *outcome;
    for (const QJsonValue &e : o.value(QStringLiteral("episodes")).toArray()) {
        const QJsonObject eo = e.toObject();
        const auto kind = Episode::kindNamed(eo.value(QStringLiteral("kind")).toString());
        if (!kind)
            continue;
        Episode ep;
        ep.kind = *kind;
        ep.startS = eo.value(QStringLiteral("start_s")).toDouble();
        ep.endS = eo.value(QStringLiteral("end_s")).toDouble();
        ep.requests = static_cast<quint64>(eo.value(QStringLiteral("requests")).toInteger());
        ep.what = eo.value(QStringLiteral("what")).toString();
        for (const QJsonValue &line : eo.value(QStringLiteral("evidence")).toArray())
            ep.evidence << line.toString();
        j.episodes << ep;
    }
    for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject fo = f.toObject();
        j.findings << Finding{fo.value(QStringLiteral("title")).toString(),
                              fo.value(QStringLiteral("evidence")).toString(),
                              fo.value(QStringLiteral("next_steps")).toString()};
    }
    return j;
}

} // namespace canary
