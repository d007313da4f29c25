#include "core/scenario/Scenario.h"

#include "core/common/Duration.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace canary {

namespace {

QJsonValue thresholdToJson(const Threshold &t)
{
    if (!t.abortOnFail && t.delayAbortEvalMs == 0)
        return t.expression.text();
    QJsonObject o{{QStringLiteral("threshold"), t.expression.text()}, {QStringLiteral("abortOnFail"), t.abortOnFail}};
    if (t.delayAbortEvalMs > 0)
        o.insert(QStringLiteral("delayAbortEval"), duration::format(t.delayAbortEvalMs));
    return o;
}

QString joinUrl(const QString &base, const QString &path)
{
    QString b = base;
    while (b.endsWith(QLatin1Char('/')))
        b.chop(1);
    return b + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
}

} // namespace

QUrl TargetSpec::requestUrl() const
{
    return QUrl(joinUrl(baseUrl, path), QUrl::StrictMode);
}

QByteArray TargetSpec::secretHeaderEnv(const QString &headerName)
{
    QByteArray name = "CANARYDESK_HEADER_";
    for (const QChar c : headerName)
        name += c.isLetterOrNumber() && c.unicode() < 0x80 ? static_cast<char>(c.toUpper().unicode()) : '_';
    return name;
}

QString LoadProfile::durationProblem(qint64 totalMs)
{
    if (totalMs <= kMaxDurationMs)
        return {};
    return QStringLiteral("the planned duration %1 is longer than one run may be (at most %2); a canary lasts minutes "
                          "to hours — split a soak test into several runs")
        .arg(duration::format(totalMs), duration::format(kMaxDurationMs));
}

qint64 LoadProfile::totalDurationMs() const
{
    qint64 total = 0;
    for (const LoadStage &s : stages)
        total += s.durationMs;
    return total;
}

double LoadProfile::expectedRequests() const
{
    double total = 0;
    double previous = executor == Executor::RampingArrivalRate ? startRate : 0;
    for (const LoadStage &s : stages) {
        const double units = static_cast<double>(s.durationMs) / static_cast<double>(timeUnitMs);
        if (executor == Executor::ConstantArrivalRate)
            total += s.rate * units;
        else
            total += (previous + s.rate) / 2.0 * units;
        previous = s.rate;
    }
    return total;
}

double LoadProfile::peakRatePerSecond() const
{
    double peak = executor == Executor::RampingArrivalRate ? startRate : 0;
    for (const LoadStage &s : stages)
        peak = std::max(peak, s.rate);
    return peak * 1000.0 / static_cast<double>(timeUnitMs);
}

QString LoadProfile::executorName(Executor e)
{
    return e == Executor::ConstantArrivalRate ? QStringLiteral("constant-arrival-rate")
                                              : QStringLiteral("ramping-arrival-rate");
}

QString AuthSpec::typeName(Type t)
{
    switch (t) {
    case Type::None:
        return QStringLiteral("none");
    case Type::OAuth2ClientCredentials:
        return QStringLiteral("oauth2-client-credentials");
    case Type::StaticBearer:
        return QStringLiteral("static-bearer");
    }
    return {};
}

GateProfile GateSpec::resolve() const
{
    GateProfile g = GateProfile::builtin(profile).value_or(GateProfile{});
    if (g.id.isEmpty()) {
        g.id = profile;
        g.title = profile;
    }
    QStringList overridden;
    for (const Threshold &t : thresholds) {
        if (!overridden.contains(t.metric))
            overridden << t.metric;
    }
    g.thresholds.erase(std::remove_if(g.thresholds.begin(), g.thresholds.end(),
                                      [&](const Threshold &t) { return overridden.contains(t.metric); }),
                       g.thresholds.end());
    g.thresholds += thresholds;
    // One order of criteria whatever the gate and however it was written — latency, errors, delivery, HTTP
    // failures, then any other metric as given — so the same criterion sits in the same row of every verdict, and an
    // overridden limit does not move its criterion to the end.
    auto rank = [](const Threshold &t) {
        static const QStringList order{QStringLiteral("http_req_duration"), QStringLiteral("errors"),
                                       QStringLiteral("delivery_success"), QStringLiteral("http_req_failed")};
        const qsizetype at = order.indexOf(t.metric);
        return at < 0 ? order.size() : at;
    };
    std::stable_sort(g.thresholds.begin(), g.thresholds.end(),
                     [&](const Threshold &a, const Threshold &b) { return rank(a) < rank(b); });
    if (requireFullDuration)
        g.requireFullDuration = *requireFullDuration;
    if (minRateRatio)
        g.minRateRatio = *minRateRatio;
    if (maxDropped)
        g.maxDropped = *maxDropped;
    return g;
}

QStringList EvidenceSpec::placeholders()
{
    return {QStringLiteral("gate"), QStringLiteral("service"),  QStringLiteral("name"),
            QStringLiteral("rate"), QStringLiteral("duration"), QStringLiteral("stamp")};
}

QUrl Scenario::resolveUrl(const QString &urlOrPath) const
{
    if (urlOrPath.startsWith(QLatin1Char('/')))
        return QUrl(joinUrl(target.baseUrl, urlOrPath), QUrl::StrictMode);
    return QUrl(urlOrPath, QUrl::StrictMode);
}

QString Scenario::headline() const
{
    return QStringLiteral("%1 %2 rps · %3 · %4")
        .arg(service.isEmpty() ? name : service)
        .arg(load.peakRatePerSecond())
        // For people: a run of minutes or days in whole seconds ("71h59m59s", not "71h59m59s38ms" — an import's
        // duration is measured to the millisecond).
        .arg(duration::format(load.totalDurationMs() >= 60000 ? (load.totalDurationMs() + 500) / 1000 * 1000
                                                              : load.totalDurationMs()),
             gate.resolve().title);
}

namespace {

// A placeholder's value as one path component: no separators, no "..", no control characters — so a
// scenario's `"service": "../../../elsewhere"` names a folder inside the evidence root, never one outside.
QString pathComponent(QString value)
{
    for (QChar &c : value)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || c.unicode() < 0x20 ||
            c.unicode() == 0x7f)
            c = QLatin1Char('_');
    value.replace(QStringLiteral(".."), QStringLiteral("__"));
    return value.isEmpty() || value == QLatin1String(".") ? QStringLiteral("_") : value;
}

} // namespace

QString Scenario::expandEvidence(const QString &pattern, const QDateTime &stampUtc) const
{
    QString out = pattern;
    out.replace(QStringLiteral("{gate}"), pathComponent(gate.profile))
        .replace(QStringLiteral("{service}"), pathComponent(service.isEmpty() ? name : service))
        .replace(QStringLiteral("{name}"), pathComponent(name))
        .replace(QStringLiteral("{rate}"), QString::number(load.peakRatePerSecond(), 'g', 6))
        .replace(QStringLiteral("{duration}"), duration::format(load.totalDurationMs()))
        .replace(QStringLiteral("{stamp}"), stampUtc.toString(QStringLiteral("yyyyMMdd_HHmm")));
    return out;
}

QJsonObject Scenario::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("schemaVersion"), schemaVersion);
    root.insert(QStringLiteral("name"), name);
    if (!service.isEmpty())
        root.insert(QStringLiteral("service"), service);
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), description);

    QJsonObject t;
    t.insert(QStringLiteral("baseUrl"), target.baseUrl);
    t.insert(QStringLiteral("method"), target.method);
    t.insert(QStringLiteral("path"), target.path);
    if (!target.headers.isEmpty() || !target.secretHeaders.isEmpty()) {
        QJsonObject h;
        for (auto it = target.headers.constBegin(); it != target.headers.constEnd(); ++it)
            h.insert(it.key(), it.value());
        for (auto it = target.secretHeaders.constBegin(); it != target.secretHeaders.constEnd(); ++it)
            h.insert(it.key(), QJsonObject{{QStringLiteral("secretKey"), it.value()}});
        t.insert(QStringLiteral("headers"), h);
    }
    if (!target.body.isUndefined() && !target.body.isNull())
        t.insert(QStringLiteral("body"), target.body);
    t.insert(QStringLiteral("timeout"), duration::format(target.timeoutMs));
    t.insert(QStringLiteral("httpVersion"), target.httpVersion);
    if (!target.caBundle.isEmpty())
        t.insert(QStringLiteral("caBundle"), target.caBundle);
    if (target.insecure)
        t.insert(QStringLiteral("insecure"), true);
    if (!target.environment.isEmpty())
        t.insert(QStringLiteral("environment"), QJsonArray::fromStringList(target.environment));
    root.insert(QStringLiteral("target"), t);

    QJsonObject l;
    l.insert(QStringLiteral("executor"), LoadProfile::executorName(load.executor));
    l.insert(QStringLiteral("timeUnit"), duration::format(load.timeUnitMs));
    if (load.executor == LoadProfile::Executor::RampingArrivalRate)
        l.insert(QStringLiteral("startRate"), load.startRate);
    QJsonArray stages;
    for (const LoadStage &s : load.stages)
        stages.append(QJsonObject{{QStringLiteral("rate"), s.rate},
                                  {QStringLiteral("duration"), duration::format(s.durationMs)}});
    l.insert(QStringLiteral("stages"), stages);
    l.insert(QStringLiteral("maxInFlight"), load.maxInFlight);
    l.insert(QStringLiteral("gracefulStop"), duration::format(load.gracefulStopMs));
    root.insert(QStringLiteral("load"), l);

    QJsonObject a;
    a.insert(QStringLiteral("type"), AuthSpec::typeName(auth.type));
    if (auth.type == AuthSpec::Type::OAuth2ClientCredentials) {
        a.insert(QStringLiteral("tokenUrl"), auth.tokenUrl);
        a.insert(QStringLiteral("clientId"), auth.clientId);
        if (!auth.scope.isEmpty())
            a.insert(QStringLiteral("scope"), auth.scope);
        a.insert(QStringLiteral("style"),
                 auth.style == AuthSpec::Style::Basic ? QStringLiteral("basic") : QStringLiteral("body"));
        if (!auth.secretKey.isEmpty())
            a.insert(QStringLiteral("secretKey"), auth.secretKey);
        if (auth.refreshLeadMs > 0)
            a.insert(QStringLiteral("refreshLead"), duration::format(auth.refreshLeadMs));
    } else if (auth.type == AuthSpec::Type::StaticBearer) {
        a.insert(QStringLiteral("tokenEnv"), auth.tokenEnv);
    }
    root.insert(QStringLiteral("auth"), a);

    QJsonObject c;
    QJsonArray statuses;
    for (int s : checks.expectedStatus)
        statuses.append(s);
    c.insert(QStringLiteral("expectedStatus"), statuses);
    if (checks.delivery) {
        c.insert(QStringLiteral("delivery"),
                 QJsonObject{{QStringLiteral("pointer"), checks.delivery->pointer},
                             {QStringLiteral("values"), QJsonArray::fromStringList(checks.delivery->values)}});
    }
    root.insert(QStringLiteral("checks"), c);

    QJsonObject g;
    g.insert(QStringLiteral("profile"), gate.profile);
    if (!gate.thresholds.isEmpty()) {
        QJsonObject th;
        for (const Threshold &tr : gate.thresholds) {
            QJsonArray list = th.value(tr.metric).toArray();
            list.append(thresholdToJson(tr));
            th.insert(tr.metric, list);
        }
        g.insert(QStringLiteral("thresholds"), th);
    }
    if (gate.requireFullDuration)
        g.insert(QStringLiteral("requireFullDuration"), *gate.requireFullDuration);
    if (gate.minRateRatio)
        g.insert(QStringLiteral("minRateRatio"), *gate.minRateRatio);
    if (gate.maxDropped)
        g.insert(QStringLiteral("maxDropped"), *gate.maxDropped);
    if (gate.stopWhenDecided)
        g.insert(QStringLiteral("stopWhenDecided"), true);
    root.insert(QStringLiteral("gate"), g);

    QJsonObject m;
    if (monitors.health) {
        QJsonObject h{{QStringLiteral("url"), monitors.health->url},
                      {QStringLiteral("interval"), duration::format(monitors.health->intervalMs)},
                      {QStringLiteral("timeout"), duration::format(monitors.health->timeoutMs)}};
        if (monitors.health->abortAfterFailures > 0)
            h.insert(QStringLiteral("abortAfterFailures"), monitors.health->abortAfterFailures);
        m.insert(QStringLiteral("health"), h);
    }
    if (monitors.logs) {
        m.insert(QStringLiteral("logs"),
                 QJsonObject{{QStringLiteral("files"), QJsonArray::fromStringList(monitors.logs->files)},
                             {QStringLiteral("commands"), QJsonArray::fromStringList(monitors.logs->commands)},
                             {QStringLiteral("filter"), monitors.logs->filter}});
    }
    if (monitors.provider) {
        QJsonObject p{{QStringLiteral("type"), monitors.provider->type},
                      {QStringLiteral("baseUrl"), monitors.provider->baseUrl}};
        if (!monitors.provider->apiKeySecretKey.isEmpty())
            p.insert(QStringLiteral("apiKeySecretKey"), monitors.provider->apiKeySecretKey);
        m.insert(QStringLiteral("provider"), p);
    }
    root.insert(QStringLiteral("monitors"), m);

    if (guardRails.any()) {
        QJsonObject g{{QStringLiteral("for"), duration::format(guardRails.forMs)}};
        if (guardRails.errorRatePercent)
            g.insert(QStringLiteral("errorRatePercent"), *guardRails.errorRatePercent);
        if (guardRails.p95Ms)
            g.insert(QStringLiteral("p95Ms"), *guardRails.p95Ms);
        root.insert(QStringLiteral("guardRails"), g);
    }
    root.insert(QStringLiteral("evidence"), QJsonObject{{QStringLiteral("folder"), evidence.folder},
                                                        {QStringLiteral("fileStem"), evidence.fileStem}});
    if (!k6.cloudStackId.isEmpty())
        root.insert(QStringLiteral("k6"), QJsonObject{{QStringLiteral("cloudStackId"), k6.cloudStackId}});
    return root;
}

QStringList envPlaceholders(const QString &text)
{
    static const QRegularExpression env(QStringLiteral("\\{\\{\\s*env\\.([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    QStringList names;
    auto it = env.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

bool isOwnEnvironmentName(const QString &name)
{
    const QString upper = name.toUpper();
    return upper.startsWith(QLatin1String("CANARYDESK_")) || upper.startsWith(QLatin1String("CANARY_CLIENT")) ||
           upper == QLatin1String("K6_CLOUD_TOKEN");
}

bool isSecretLikeEnvName(const QString &name)
{
    const QString upper = name.toUpper();
    return isOwnEnvironmentName(name) || upper.contains(QLatin1String("SECRET")) ||
           upper.contains(QLatin1String("PASSWORD")) || upper.contains(QLatin1String("TOKEN")) ||
           upper.contains(QLatin1String("PRIVATE"));
}

QStringList unknownBodyPlaceholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([^}]*?)\\s*\\}\\}"));
    static const QRegularExpression known(
        QStringLiteral("^(uuid|seq|timestamp|worker|env\\.[A-Za-z_][A-Za-z0-9_]*|pick:.+)$"));
    QStringList unknown;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!known.match(name).hasMatch())
            unknown << name;
    }
    return unknown;
}

} // namespace canary
