#include "core/run/RunRecord.h"

#include "core/common/Encode.h"
#include "core/common/AtomicFile.h"
#include "core/common/Redactor.h"

#include "core/engine/Pacer.h"

#include "core/scenario/ScenarioLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace canary {

namespace {

const char *const kStates[] = {"running", "finished", "stopped", "interrupted", "imported"};

} // namespace

QString RunRecord::stateName(State s)
{
    return QString::fromLatin1(kStates[static_cast<int>(s)]);
}

RunFacts RunRecord::facts() const
{
    RunFacts f;
    f.plannedMs = plannedMs;
    f.actualMs = stoppedAtMs >= 0 ? stoppedAtMs : durationMs;
    f.expectedRequests = expectedRequests;
    if (!scenario.load.stages.isEmpty())
        f.expectedRan = static_cast<double>(Pacer(scenario.load).arrivalsBy(f.actualMs * 1'000'000));
    f.aborted = !stopReason.isEmpty();
    f.cutOff = cutOff;
    f.stoppedWhenDecided = stoppedWhenDecided;
    f.incomplete = state == State::Interrupted;
    f.abortReason = stopReason;
    f.tlsUnverified = scenario.target.insecure;
    return f;
}

QJsonObject RunRecord::toJson() const
{
    QJsonArray notesJson;
    for (const QString &n : notes)
        notesJson.append(n);
    QJsonArray pausesJson;
    for (const ClientPause &p : pauses)
        pausesJson.append(QJsonObject{{QStringLiteral("at_ms"), p.atMs},
                                      {QStringLiteral("length_ms"), p.lengthMs},
                                      {QStringLiteral("arrivals"), static_cast<qint64>(p.arrivals)}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("canarydesk-run/1")},
        {QStringLiteral("run_id"), runId},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("source"), source},
        {QStringLiteral("scenario"), scenario.toJson()},
        {QStringLiteral("started"), startedUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("planned_ms"), plannedMs},
        {QStringLiteral("duration_ms"), durationMs},
        {QStringLiteral("expected_requests"), expectedRequests},
        {QStringLiteral("stop_reason"), stopReason},
        {QStringLiteral("cut_off"), cutOff},
        {QStringLiteral("stopped_when_decided"), stoppedWhenDecided},
        {QStringLiteral("stopped_at_ms"), stoppedAtMs},
        {QStringLiteral("pid"), pid},
        {QStringLiteral("host"), host},
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("workers"), workers},
        {QStringLiteral("events"), events},
        {QStringLiteral("health"), health},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("logs"), logs},
        {QStringLiteral("sandbox_counts"), sandboxCounts},
        {QStringLiteral("notes"), notesJson},
        {QStringLiteral("k6_cloud"), k6Cloud},
        {QStringLiteral("client_pauses"), pausesJson},
        {QStringLiteral("evidence_problems"), QJsonArray::fromStringList(evidenceProblems)},
        {QStringLiteral("passed"), passed},
        {QStringLiteral("verdict"), verdictSummary},
    };
}

Result<RunRecord> RunRecord::fromJson(const QJsonObject &json)
{
    using R = Result<RunRecord>;
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("canarydesk-run/1"))
        return R::failure(QStringLiteral("format: expected \"canarydesk-run/1\""));
    RunRecord r;
    r.runId = json.value(QStringLiteral("run_id")).toString();
    if (r.runId.isEmpty())
        return R::failure(QStringLiteral("run_id: missing"));
    const QString state = json.value(QStringLiteral("state")).toString();
    bool known = false;
    for (int i = 0; i < static_cast<int>(std::size(kStates)); ++i)
        if (state == QLatin1String(kStates[i])) {
            r.state = static_cast<State>(i);
            known = true;
        }
    if (!known)
        return R::failure(QStringLiteral("state: unknown \"%1\"").arg(state));
    const ScenarioResult scenario = ScenarioLoader::fromJson(json.value(QStringLiteral("scenario")).toObject());
    if (!scenario.ok())
        return R::failure(QStringLiteral("scenario: ") + joinProblems(scenario.error()));
    r.scenario = scenario.value();
    r.source = json.value(QStringLiteral("source")).toString();
    r.startedUtc = QDateTime::fromString(json.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    if (!r.startedUtc.isValid())
        return R::failure(QStringLiteral("started: not an ISO-8601 time"));
    r.startedUtc = r.startedUtc.toUTC();
    r.plannedMs = json.value(QStringLiteral("planned_ms")).toInteger();
    r.durationMs = json.value(QStringLiteral("duration_ms")).toInteger();
    r.expectedRequests = json.value(QStringLiteral("expected_requests")).toDouble();
    r.stopReason = json.value(QStringLiteral("stop_reason")).toString();
    r.cutOff = json.value(QStringLiteral("cut_off")).toBool();
    r.stoppedWhenDecided = json.value(QStringLiteral("stopped_when_decided")).toBool();
    r.stoppedAtMs = json.value(QStringLiteral("stopped_at_ms")).toInteger(-1);
    r.pid = json.value(QStringLiteral("pid")).toInteger();
    r.host = json.value(QStringLiteral("host")).toString();
    r.operatorName = json.value(QStringLiteral("operator")).toString();
    r.environment = json.value(QStringLiteral("environment")).toString();
    r.workers = json.value(QStringLiteral("workers")).toInt();
    r.events = json.value(QStringLiteral("events")).toArray();
    r.health = json.value(QStringLiteral("health")).toObject();
    r.provider = json.value(QStringLiteral("provider")).toObject();
    r.logs = json.value(QStringLiteral("logs")).toObject();
    r.sandboxCounts = json.value(QStringLiteral("sandbox_counts")).toObject();
    for (const QJsonValue &n : json.value(QStringLiteral("notes")).toArray())
        r.notes << n.toString();
    r.k6Cloud = json.value(QStringLiteral("k6_cloud")).toObject();
    for (const QJsonValue &v : json.value(QStringLiteral("client_pauses")).toArray()) {
        const QJsonObject o = v.toObject();
        r.pauses << ClientPause{
            o.value(QStringLiteral("at_ms")).toInteger(), o.value(QStringLiteral("length_ms")).toInteger(),
            static_cast<quint64>(std::max<qint64>(0, o.value(QStringLiteral("arrivals")).toInteger()))};
    }
    for (const QJsonValue &p : json.value(QStringLiteral("evidence_problems")).toArray())
        r.evidenceProblems << p.toString();
    r.passed = json.value(QStringLiteral("passed")).toBool();
    r.verdictSummary = json.value(QStringLiteral("verdict")).toString();
    return r;
}

Status RunRecord::save(const QString &dir) const
{
    return atomic::writeFile(QDir(dir).filePath(QLatin1String(kFileName)),
                             redaction::redact(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)));
}

Result<RunRecord> RunRecord::load(const QString &dir)
{
    using R = Result<RunRecord>;
    const QString path = QDir(dir).filePath(QLatin1String(kFileName));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(
            QStringLiteral("%1: %2").arg(path, f.exists() ? f.errorString() : QStringLiteral("no run record here")));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(
            QStringLiteral("%1: not JSON (%2 at byte %3)").arg(path, error.errorString()).arg(error.offset));
    auto record = fromJson(doc.object());
    if (!record.ok())
        return R::failure(QStringLiteral("%1: %2").arg(path, record.error().message));
    record.value().outDir = QDir(dir).absolutePath();
    return record;
}

QString RunRecord::addEvent(const QDateTime &at, const QString &event, const QString &rawDetail)
{
    const QString detail = encode::visible(redaction::redact(rawDetail), true); // what servers said, shown inert
    const QJsonObject e{{QStringLiteral("time"), at.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("event"), event},
                        {QStringLiteral("detail"), detail}};
    // Events arrive nearly ordered: insert from the back.
    qsizetype i = events.size();
    while (i > 0 && events.at(i - 1).toObject().value(QStringLiteral("time")).toString() >
                        e.value(QStringLiteral("time")).toString())
        --i;
    events.insert(i, e);
    return detail;
}

} // namespace canary
