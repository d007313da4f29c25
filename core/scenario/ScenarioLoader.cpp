#include "core/scenario/ScenarioLoader.h"

#include "core/common/AtomicFile.h"
#include "core/common/Duration.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QDir>
#include <QRegularExpression>

#include <cmath>

namespace canary {

namespace {

using Need = JsonReader::Need;

// Keys that would put a secret into a scenario file. They are refused with advice, never read.
const QStringList kSecretKeys = {QStringLiteral("clientSecret"), QStringLiteral("client_secret"),
                                 QStringLiteral("secret"),       QStringLiteral("password"),
                                 QStringLiteral("token"),        QStringLiteral("accessToken"),
                                 QStringLiteral("apiKey")};

// RFC 9110 §5.6.2: token = 1*tchar.
bool isHeaderToken(const QString &name)
{
    static const QString extra = QStringLiteral("!#$%&'*+-.^_`|~");
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

// A field value may hold visible characters, spaces and tabs; CR, LF, NUL and the other controls end or
// corrupt the header line.
bool hasControlCharacters(const QString &value)
{
    for (const QChar c : value)
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f)
            return true;
    return false;
}

// Headers that carry credentials: refused, with where the credential belongs instead. Idempotency-Key is a
// request id, not a credential.
QString credentialHeader(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("authorization"))
        return QCoreApplication::translate(
            "Scenario", "the Authorization header comes from the auth profile; a token written here would leak "
                        "into files and logs");
    const bool credential = n == QLatin1String("proxy-authorization") || n == QLatin1String("cookie") ||
                            n.contains(QLatin1String("token")) || n.contains(QLatin1String("secret")) ||
                            n.contains(QLatin1String("password")) || n == QLatin1String("apikey") ||
                            (n.endsWith(QLatin1String("-key")) && n != QLatin1String("idempotency-key"));
    if (!credential)
        return {};
    return QCoreApplication::translate(
        "Scenario", "looks like a credential header: a value written here would be sent as it is and written "
                    "into run.json and the report; store it in the OS keychain and name the entry instead: "
                    "{\"secretKey\": \"entry-name\"}");
}

void refuseSecrets(JsonReader &r)
{
    for (const QString &key : kSecretKeys) {
        if (r.has(key)) {
            (void)r.value(key); // seen, so it is not also reported as unknown
            r.problem(key, QCoreApplication::translate(
                               "Scenario", "secrets never belong in a scenario file; store it in the OS keychain "
                                           "(Credentials) or set CANARYDESK_CLIENT_SECRET for one run"));
        }
    }
}

// Keychain entries CanaryDesk keeps for itself (canarydesk-signing-key): a scenario may never name one, whatever
// the field (auth.secretKey, a client id standing in for it, a secret header, the provider's key).
bool ownEntry(JsonReader &r, const QString &key, const QString &entry)
{
    if (!entry.trimmed().startsWith(QLatin1String("canarydesk-"), Qt::CaseInsensitive))
        return false;
    r.problem(key, QCoreApplication::translate(
                       "Scenario", "names \"%1\", one of CanaryDesk's own keychain entries (canarydesk-…, such as its "
                                   "signing key): a scenario can never read them; name the entry that holds the "
                                   "credential")
                       .arg(entry));
    return true;
}

// The URL as it may be quoted back: any user-info cut out, even from text that is no valid URL.
QString withoutUserInfo(const QString &text)
{
    static const QRegularExpression userInfo(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@"));
    return QString(text).replace(userInfo, QStringLiteral("\\1…@"));
}

bool checkHttpUrl(JsonReader &r, const QString &key, const QString &text, bool allowPath)
{
    if (allowPath && text.startsWith(QLatin1Char('/')))
        return true;
    const QUrl url(text, QUrl::StrictMode);
    if (withoutUserInfo(text) != text || !url.userInfo().isEmpty()) {
        r.problem(key, QCoreApplication::translate(
                           "Scenario", "must not carry a user name or password (user:password@): it would be written "
                                       "into run.json and the report; store credentials in the OS keychain "
                                       "(Credentials), got \"%1\"")
                           .arg(withoutUserInfo(text)));
        return false;
    }
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        r.problem(
            key, QCoreApplication::translate("Scenario", "must be an http:// or https:// URL%1, got \"%2\"")
                     .arg(allowPath ? QCoreApplication::translate("Scenario", " or a path starting with /") : QString(),
                          withoutUserInfo(text)));
        return false;
    }
    return true;
}

void positiveDuration(JsonReader &r, const QString &key, qint64 &out)
{
    if (auto ms = r.durationMs(key)) {
        if (*ms <= 0)
            r.problem(key, QCoreApplication::translate("Scenario", "must be longer than 0s, got \"%1\"")
                               .arg(duration::format(*ms)));
        else
            out = *ms;
    }
}

TargetSpec readTarget(JsonReader &r)
{
    TargetSpec t;
    if (auto base = r.string(QStringLiteral("baseUrl"), Need::Required)) {
        t.baseUrl = *base;
        if (checkHttpUrl(r, QStringLiteral("baseUrl"), *base, false)) {
            const QUrl u(*base);
            if (u.hasQuery() || u.hasFragment())
                r.problem(QStringLiteral("baseUrl"),
                          QCoreApplication::translate("Scenario", "must not have a query or fragment; put them "
                                                                  "in path"));
        }
    }
    static const QStringList methods = {QStringLiteral("GET"),    QStringLiteral("POST"),   QStringLiteral("PUT"),
                                        QStringLiteral("PATCH"),  QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                                        QStringLiteral("OPTIONS")};
    t.method = r.string(QStringLiteral("method"), t.method);
    if (!methods.contains(t.method))
        r.problem(QStringLiteral("method"), QCoreApplication::translate("Scenario", "must be one of %1, got \"%2\"")
                                                .arg(methods.join(QStringLiteral(", ")), t.method));
    t.path = r.string(QStringLiteral("path"), t.path);
    if (!t.path.startsWith(QLatin1Char('/')))
        r.problem(QStringLiteral("path"),
                  QCoreApplication::translate("Scenario", "must start with /, got \"%1\"").arg(t.path));
    if (auto headers = r.object(QStringLiteral("headers"))) {
        for (auto it = headers->constBegin(); it != headers->constEnd(); ++it) {
            const QString key = QStringLiteral("headers.") + it.key();
            if (it->isObject()) { // {"secretKey": "entry"}: the value comes from the OS keychain at run time
                const QJsonObject ref = it->toObject();
                const QString entry = ref.value(QStringLiteral("secretKey")).toString();
                if (ref.size() != 1 || entry.trimmed().isEmpty() || hasControlCharacters(entry))
                    r.problem(key, QCoreApplication::translate(
                                       "Scenario", "an object here must be {\"secretKey\": \"<keychain entry>\"}, "
                                                   "naming the OS keychain entry that holds the value"));
                else if (!isHeaderToken(it.key()))
                    r.problem(key, QCoreApplication::translate(
                                       "Scenario", "is not a valid header name: only letters, digits and "
                                                   "!#$%&'*+-.^_`|~ (RFC 9110 token), no spaces, CR or LF"));
                else if (it.key().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
                    r.problem(key, credentialHeader(it.key()));
                else if (!ownEntry(r, key, entry))
                    t.secretHeaders.insert(it.key(), entry);
            } else if (!it->isString()) {
                r.problem(
                    key,
                    QCoreApplication::translate("Scenario", "must be a string, got %1").arg(JsonReader::describe(*it)));
            } else if (!isHeaderToken(it.key())) {
                r.problem(key, QCoreApplication::translate("Scenario",
                                                           "is not a valid header name: only letters, digits and "
                                                           "!#$%&'*+-.^_`|~ (RFC 9110 token), no spaces, CR or LF"));
            } else if (const QString why = credentialHeader(it.key()); !why.isEmpty()) {
                r.problem(key, why);
            } else if (hasControlCharacters(it->toString())) {
                r.problem(key, QCoreApplication::translate(
                                   "Scenario", "must not contain CR, LF, NUL or other control characters (they "
                                               "would end the header and smuggle another)"));
            } else {
                t.headers.insert(it.key(), it->toString());
            }
        }
    }
    QString bodyText;
    if (auto body = r.value(QStringLiteral("body"))) {
        if (!body->isString() && !body->isObject() && !body->isArray()) {
            r.problem(QStringLiteral("body"),
                      QCoreApplication::translate("Scenario", "must be a string template or a JSON object/array, "
                                                              "got %1")
                          .arg(JsonReader::describe(*body)));
        } else {
            t.body = *body;
            const QString text = body->isString()
                                     ? body->toString()
                                     : QString::fromUtf8(body->isObject() ? QJsonDocument(body->toObject()).toJson()
                                                                          : QJsonDocument(body->toArray()).toJson());
            const QStringList unknown = unknownBodyPlaceholders(text);
            if (!unknown.isEmpty())
                r.problem(QStringLiteral("body"),
                          QCoreApplication::translate("Scenario", "unknown placeholder {{%1}} (known: uuid, seq, "
                                                                  "timestamp, worker, env.NAME, pick:a|b|c)")
                              .arg(unknown.first()));
            bodyText = text;
        }
    }
    t.environment = r.stringList(QStringLiteral("environment")).value_or(QStringList());
    for (const QString &name : t.environment)
        if (isSecretLikeEnvName(name))
            r.problem(QStringLiteral("environment"),
                      QCoreApplication::translate(
                          "Scenario", "%1 looks like a secret: the body is sent to the target, so it may not read it")
                          .arg(name));
    for (const QString &name : envPlaceholders(bodyText))
        if (!t.environment.contains(name))
            r.problem(QStringLiteral("body"),
                      QCoreApplication::translate(
                          "Scenario", "{{env.%1}} reads the environment variable %1, which target.environment does not "
                                      "list (list it there to allow it)")
                          .arg(name));
    positiveDuration(r, QStringLiteral("timeout"), t.timeoutMs);
    t.httpVersion = r.string(QStringLiteral("httpVersion"), t.httpVersion);
    if (t.httpVersion != QLatin1String("1.1") && t.httpVersion != QLatin1String("2"))
        r.problem(QStringLiteral("httpVersion"),
                  QCoreApplication::translate("Scenario", "must be \"1.1\" or \"2\", got \"%1\"").arg(t.httpVersion));
    t.caBundle = r.string(QStringLiteral("caBundle"), QString());
    t.insecure = r.boolean(QStringLiteral("insecure"), false);
    return t;
}

LoadProfile readLoad(JsonReader &r)
{
    LoadProfile l;
    const QString executor = r.string(QStringLiteral("executor"), LoadProfile::executorName(l.executor));
    if (executor == QLatin1String("constant-arrival-rate"))
        l.executor = LoadProfile::Executor::ConstantArrivalRate;
    else if (executor == QLatin1String("ramping-arrival-rate"))
        l.executor = LoadProfile::Executor::RampingArrivalRate;
    else
        r.problem(QStringLiteral("executor"),
                  QCoreApplication::translate(
                      "Scenario", "must be \"constant-arrival-rate\" or \"ramping-arrival-rate\", got \"%1\"")
                      .arg(executor));
    const bool ramping = l.executor == LoadProfile::Executor::RampingArrivalRate;

    positiveDuration(r, QStringLiteral("timeUnit"), l.timeUnitMs);
    if (r.has(QStringLiteral("startRate")) && !ramping)
        r.problem(QStringLiteral("startRate"),
                  QCoreApplication::translate("Scenario", "only applies to ramping-arrival-rate"));
    if (auto start = r.number(QStringLiteral("startRate"))) {
        if (*start < 0)
            r.problem(QStringLiteral("startRate"),
                      QCoreApplication::translate("Scenario", "must be >= 0, got %1").arg(*start));
        l.startRate = *start;
    }
    if (auto stages = r.array(QStringLiteral("stages"), Need::Required)) {
        const QString stagesPath = r.pathOf(QStringLiteral("stages"));
        if (stages->isEmpty())
            r.problem(QStringLiteral("stages"), QCoreApplication::translate("Scenario", "needs at least one stage"));
        if (!ramping && stages->size() > 1)
            r.problem(QStringLiteral("stages"),
                      QCoreApplication::translate("Scenario",
                                                  "constant-arrival-rate takes exactly one stage, got %1 (use "
                                                  "ramping-arrival-rate for several)")
                          .arg(stages->size()));
        bool anyPositive = false;
        for (qsizetype i = 0; i < stages->size(); ++i) {
            const QString stagePath = JsonReader::indexPath(stagesPath, i);
            if (!stages->at(i).isObject()) {
                r.problemAt(stagePath, QCoreApplication::translate(
                                           "Scenario", "must be an object like {\"rate\": 250, \"duration\": "
                                                       "\"30m\"}, got %1")
                                           .arg(JsonReader::describe(stages->at(i))));
                continue;
            }
            JsonReader s = r.child(stages->at(i).toObject(), stagePath);
            LoadStage stage;
            if (auto rate = s.number(QStringLiteral("rate"), Need::Required)) {
                if (ramping ? *rate < 0 : *rate <= 0)
                    s.problem(QStringLiteral("rate"), QCoreApplication::translate("Scenario", "must be %1 0, got %2")
                                                          .arg(ramping ? u">=" : u">")
                                                          .arg(*rate));
                else if (*rate > 1e6)
                    s.problem(QStringLiteral("rate"),
                              QCoreApplication::translate("Scenario", "must be at most 1000000, got %1").arg(*rate));
                stage.rate = *rate;
                anyPositive = anyPositive || *rate > 0;
            }
            if (auto ms = s.durationMs(QStringLiteral("duration"), Need::Required)) {
                if (*ms <= 0)
                    s.problem(QStringLiteral("duration"),
                              QCoreApplication::translate("Scenario", "must be longer than 0s"));
                stage.durationMs = *ms;
            }
            s.finish();
            l.stages << stage;
        }
        qint64 total = 0;
        for (const LoadStage &stage : l.stages)
            total += std::clamp<qint64>(stage.durationMs, 0, LoadProfile::kMaxDurationMs + 1);
        if (const QString tooLong = LoadProfile::durationProblem(total); !tooLong.isEmpty())
            r.problem(QStringLiteral("stages"), tooLong);
        if (ramping && !stages->isEmpty() && !anyPositive && l.startRate <= 0)
            r.problem(QStringLiteral("stages"),
                      QCoreApplication::translate("Scenario", "every rate is 0: the profile sends nothing"));
    }
    if (auto cap = r.integer(QStringLiteral("maxInFlight"))) {
        if (*cap < 1 || *cap > 100000)
            r.problem(QStringLiteral("maxInFlight"),
                      QCoreApplication::translate("Scenario", "must be between 1 and 100000, got %1").arg(*cap));
        else
            l.maxInFlight = static_cast<int>(*cap);
    }
    if (auto stop = r.durationMs(QStringLiteral("gracefulStop"))) {
        if (*stop < 0)
            r.problem(QStringLiteral("gracefulStop"), QCoreApplication::translate("Scenario", "must not be negative"));
        l.gracefulStopMs = *stop;
    }
    return l;
}

AuthSpec readAuth(JsonReader &r)
{
    AuthSpec a;
    refuseSecrets(r);
    const QString type = r.string(QStringLiteral("type"), QStringLiteral("none"));
    if (type == QLatin1String("none")) {
        a.type = AuthSpec::Type::None;
    } else if (type == QLatin1String("oauth2-client-credentials")) {
        a.type = AuthSpec::Type::OAuth2ClientCredentials;
        if (auto url = r.string(QStringLiteral("tokenUrl"), Need::Required)) {
            a.tokenUrl = *url;
            checkHttpUrl(r, QStringLiteral("tokenUrl"), *url, true);
        }
        a.clientId = r.string(QStringLiteral("clientId"), Need::Required).value_or(QString());
        a.scope = r.string(QStringLiteral("scope"), QString());
        const QString style = r.string(QStringLiteral("style"), QStringLiteral("basic"));
        if (style == QLatin1String("basic"))
            a.style = AuthSpec::Style::Basic;
        else if (style == QLatin1String("body"))
            a.style = AuthSpec::Style::Body;
        else
            r.problem(QStringLiteral("style"),
                      QCoreApplication::translate("Scenario", "must be \"basic\" (HTTP Basic, RFC 6749 §2.3.1) or "
                                                              "\"body\" (client_id/client_secret form fields), "
                                                              "got \"%1\"")
                          .arg(style));
        a.secretKey = r.string(QStringLiteral("secretKey"), QString());
        if (!ownEntry(r, QStringLiteral("secretKey"), a.secretKey) && a.secretKey.isEmpty())
            ownEntry(r, QStringLiteral("clientId"),
                     a.clientId); // the client id names the entry when secretKey is empty
        positiveDuration(r, QStringLiteral("refreshLead"), a.refreshLeadMs);
    } else if (type == QLatin1String("static-bearer")) {
        a.type = AuthSpec::Type::StaticBearer;
        a.tokenEnv = r.string(QStringLiteral("tokenEnv"), QStringLiteral("SERVICE_AUTH_TOKEN"));
        static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (isOwnEnvironmentName(a.tokenEnv))
            r.problem(QStringLiteral("tokenEnv"),
                      QCoreApplication::translate("Scenario",
                                                  "%1 holds one of CanaryDesk's own credentials: a scenario "
                                                  "can never send it to a target")
                          .arg(a.tokenEnv));
        else if (!envName.match(a.tokenEnv).hasMatch())
            r.problem(QStringLiteral("tokenEnv"),
                      QCoreApplication::translate("Scenario", "must be an environment variable name, got \"%1\"")
                          .arg(a.tokenEnv));
    } else {
        r.problem(QStringLiteral("type"),
                  QCoreApplication::translate("Scenario", "must be \"none\", \"oauth2-client-credentials\" or "
                                                          "\"static-bearer\", got \"%1\"")
                      .arg(type));
    }
    return a;
}

ChecksSpec readChecks(JsonReader &r)
{
    ChecksSpec c;
    if (auto statuses = r.array(QStringLiteral("expectedStatus"))) {
        c.expectedStatus.clear();
        if (statuses->isEmpty())
            r.problem(QStringLiteral("expectedStatus"),
                      QCoreApplication::translate("Scenario", "needs at least one status code"));
        for (qsizetype i = 0; i < statuses->size(); ++i) {
            const QJsonValue v = statuses->at(i);
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 100 || d > 599 || std::floor(d) != d) { // range first: a cast of 1e70 is undefined
                r.problemAt(JsonReader::indexPath(r.pathOf(QStringLiteral("expectedStatus")), i),
                            QCoreApplication::translate("Scenario", "must be an HTTP status code (100-599), got %1")
                                .arg(JsonReader::describe(v)));
                continue;
            }
            c.expectedStatus << static_cast<int>(d);
        }
    }
    if (auto delivery = r.object(QStringLiteral("delivery"))) {
        JsonReader d = r.child(*delivery, r.pathOf(QStringLiteral("delivery")));
        DeliveryPredicate p;
        p.pointer = d.string(QStringLiteral("pointer"), Need::Required).value_or(QString());
        if (!p.pointer.isEmpty() && !p.pointer.startsWith(QLatin1Char('/')))
            d.problem(QStringLiteral("pointer"),
                      QCoreApplication::translate(
                          "Scenario", "must be a JSON pointer starting with / (e.g. \"/status\"), got \"%1\"")
                          .arg(p.pointer));
        p.values = d.stringList(QStringLiteral("values"), Need::Required).value_or(QStringList());
        if (d.has(QStringLiteral("values")) && p.values.isEmpty() &&
            d.object().value(QStringLiteral("values")).isArray())
            d.problem(QStringLiteral("values"),
                      QCoreApplication::translate("Scenario", "needs at least one value that means delivered"));
        d.finish();
        c.delivery = p;
    }
    return c;
}

std::optional<Threshold> readThreshold(JsonReader &r, const QString &metric, const QString &path, const QJsonValue &v,
                                       MetricType type)
{
    Threshold t;
    t.metric = metric;
    QString text;
    if (v.isString()) {
        text = v.toString();
    } else if (v.isObject()) {
        JsonReader o = r.child(v.toObject(), path);
        text = o.string(QStringLiteral("threshold"), Need::Required).value_or(QString());
        t.abortOnFail = o.boolean(QStringLiteral("abortOnFail"), false);
        if (auto delay = o.durationMs(QStringLiteral("delayAbortEval")))
            t.delayAbortEvalMs = *delay;
        o.finish();
        if (text.isEmpty())
            return std::nullopt;
    } else {
        r.problemAt(path, QCoreApplication::translate("Scenario",
                                                      "must be a threshold string like \"p(95)<250\" or an object "
                                                      "{\"threshold\": ..., \"abortOnFail\": true}, got %1")
                              .arg(JsonReader::describe(v)));
        return std::nullopt;
    }
    auto parsed = ThresholdExpression::parse(text);
    if (!parsed) {
        r.problemAt(path, parsed.error().message);
        return std::nullopt;
    }
    if (!parsed->appliesTo(type)) {
        r.problemAt(path, QCoreApplication::translate("Scenario", "%1 is a %2 metric, which has no %3 (use %4)")
                              .arg(metric, metricTypeName(type), parsed->aggregationName(),
                                   metrics::aggregationsFor(type).join(QStringLiteral(" or "))));
        return std::nullopt;
    }
    t.expression = parsed.value();
    return t;
}

GateSpec readGate(JsonReader &r)
{
    GateSpec g;
    g.profile = r.string(QStringLiteral("profile"), g.profile);
    if (!GateProfile::builtinIds().contains(g.profile))
        r.problem(QStringLiteral("profile"),
                  QCoreApplication::translate("Scenario", "unknown gate profile \"%1\" (known: %2)")
                      .arg(g.profile, GateProfile::builtinIds().join(QStringLiteral(", "))));
    if (auto thresholds = r.object(QStringLiteral("thresholds"))) {
        const QString base = r.pathOf(QStringLiteral("thresholds"));
        for (auto it = thresholds->constBegin(); it != thresholds->constEnd(); ++it) {
            const QString metricPath = base + QLatin1Char('.') + it.key();
            const auto type = metrics::typeOf(it.key());
            if (!type) {
                r.problemAt(metricPath, QCoreApplication::translate("Scenario", "unknown metric (known: %1)")
                                            .arg(metrics::knownNames().join(QStringLiteral(", "))));
                continue;
            }
            const QJsonArray list = it->isArray() ? it->toArray() : QJsonArray{*it};
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString path = it->isArray() ? JsonReader::indexPath(metricPath, i) : metricPath;
                if (auto t = readThreshold(r, it.key(), path, list.at(i), *type))
                    g.thresholds << *t;
            }
        }
    }
    if (r.has(QStringLiteral("requireFullDuration")))
        g.requireFullDuration = r.boolean(QStringLiteral("requireFullDuration"), true);
    if (auto ratio = r.number(QStringLiteral("minRateRatio"))) {
        if (*ratio < 0 || *ratio > 1)
            r.problem(QStringLiteral("minRateRatio"),
                      QCoreApplication::translate("Scenario",
                                                  "must be between 0 and 1 (0.99 = 99 % of the target rate), got %1")
                          .arg(*ratio));
        g.minRateRatio = *ratio;
    }
    if (auto dropped = r.integer(QStringLiteral("maxDropped"))) {
        if (*dropped < 0)
            r.problem(QStringLiteral("maxDropped"),
                      QCoreApplication::translate("Scenario", "must be >= 0, got %1").arg(*dropped));
        g.maxDropped = *dropped;
    }
    if (r.has(QStringLiteral("stopWhenDecided")))
        g.stopWhenDecided = r.boolean(QStringLiteral("stopWhenDecided"), false);
    if (g.profile == QLatin1String("custom") && g.thresholds.isEmpty())
        r.problem(QStringLiteral("thresholds"),
                  QCoreApplication::translate("Scenario", "a custom gate needs at least one threshold"));
    return g;
}

MonitorsSpec readMonitors(JsonReader &r)
{
    MonitorsSpec m;
    if (auto health = r.object(QStringLiteral("health"))) {
        JsonReader h = r.child(*health, r.pathOf(QStringLiteral("health")));
        HealthMonitorSpec spec;
        if (auto url = h.string(QStringLiteral("url"), Need::Required)) {
            spec.url = *url;
            checkHttpUrl(h, QStringLiteral("url"), *url, true);
        }
        positiveDuration(h, QStringLiteral("interval"), spec.intervalMs);
        positiveDuration(h, QStringLiteral("timeout"), spec.timeoutMs);
        if (auto k = h.integer(QStringLiteral("abortAfterFailures"))) {
            if (*k < 0 || *k > 1000)
                h.problem(QStringLiteral("abortAfterFailures"),
                          QCoreApplication::translate("Scenario", "must be between 0 (off) and 1000, got %1").arg(*k));
            else
                spec.abortAfterFailures = static_cast<int>(*k);
        }
        h.finish();
        m.health = spec;
    }
    if (auto logs = r.object(QStringLiteral("logs"))) {
        JsonReader l = r.child(*logs, r.pathOf(QStringLiteral("logs")));
        LogMonitorSpec spec;
        spec.files = l.stringList(QStringLiteral("files")).value_or(QStringList());
        spec.commands = l.stringList(QStringLiteral("commands")).value_or(QStringList());
        if (spec.files.isEmpty() && spec.commands.isEmpty())
            l.problem(QStringLiteral("files"),
                      QCoreApplication::translate("Scenario", "needs at least one file pattern or one command"));
        for (int i = 0; i < spec.commands.size(); ++i)
            if (QProcess::splitCommand(spec.commands[i]).isEmpty())
                l.problem(QStringLiteral("commands"), QCoreApplication::translate("Scenario", "[%1] is empty").arg(i));
        spec.filter = l.string(QStringLiteral("filter"), spec.filter);
        const QRegularExpression re(spec.filter);
        if (!re.isValid())
            l.problem(QStringLiteral("filter"),
                      QCoreApplication::translate("Scenario", "is not a valid regular expression: %1 at offset %2")
                          .arg(re.errorString())
                          .arg(re.patternErrorOffset()));
        l.finish();
        m.logs = spec;
    }
    if (auto provider = r.object(QStringLiteral("provider"))) {
        JsonReader p = r.child(*provider, r.pathOf(QStringLiteral("provider")));
        refuseSecrets(p);
        ProviderMonitorSpec spec;
        spec.type = p.string(QStringLiteral("type"), spec.type);
        if (spec.type != QLatin1String("sendgrid"))
            p.problem(QStringLiteral("type"),
                      QCoreApplication::translate("Scenario", "must be \"sendgrid\", got \"%1\"").arg(spec.type));
        spec.baseUrl = p.string(QStringLiteral("baseUrl"), spec.baseUrl);
        checkHttpUrl(p, QStringLiteral("baseUrl"), spec.baseUrl, false);
        spec.apiKeySecretKey = p.string(QStringLiteral("apiKeySecretKey"), QString());
        ownEntry(p, QStringLiteral("apiKeySecretKey"), spec.apiKeySecretKey);
        p.finish();
        m.provider = spec;
    }
    return m;
}

GuardRails readGuardRails(JsonReader &r)
{
    GuardRails g;
    if (auto pct = r.number(QStringLiteral("errorRatePercent"))) {
        if (*pct <= 0 || *pct > 100)
            r.problem(QStringLiteral("errorRatePercent"),
                      QCoreApplication::translate("Scenario", "must be above 0 and at most 100, got %1").arg(*pct));
        g.errorRatePercent = *pct;
    }
    if (auto p95 = r.number(QStringLiteral("p95Ms"))) {
        if (*p95 <= 0)
            r.problem(QStringLiteral("p95Ms"),
                      QCoreApplication::translate("Scenario", "must be above 0, got %1").arg(*p95));
        g.p95Ms = *p95;
    }
    positiveDuration(r, QStringLiteral("for"), g.forMs);
    if (!g.any())
        r.problem(QString(), QCoreApplication::translate("Scenario", "names no limit (errorRatePercent, p95Ms)"));
    return g;
}

K6Spec readK6(JsonReader &r)
{
    K6Spec k;
    k.cloudStackId = r.string(QStringLiteral("cloudStackId"), QString());
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (!k.cloudStackId.isEmpty() && !digits.match(k.cloudStackId).hasMatch())
        r.problem(QStringLiteral("cloudStackId"),
                  QCoreApplication::translate("Scenario", "must be k6 Cloud's numeric stack id, got \"%1\"")
                      .arg(k.cloudStackId.left(40)));
    return k;
}

EvidenceSpec readEvidence(JsonReader &r)
{
    EvidenceSpec e;
    e.folder = r.string(QStringLiteral("folder"), e.folder);
    e.fileStem = r.string(QStringLiteral("fileStem"), e.fileStem);
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}]*)\\}"));
    for (const QString &key : {QStringLiteral("folder"), QStringLiteral("fileStem")}) {
        const QString text = key == QLatin1String("folder") ? e.folder : e.fileStem;
        if (text.trimmed().isEmpty())
            r.problem(key, QCoreApplication::translate("Scenario", "must not be empty"));
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!EvidenceSpec::placeholders().contains(name))
                r.problem(key, QCoreApplication::translate("Scenario", "unknown placeholder {%1} (known: {%2})")
                                   .arg(name, EvidenceSpec::placeholders().join(QStringLiteral("}, {"))));
        }
    }
    if (e.fileStem.contains(QLatin1Char('/')) || e.fileStem.contains(QLatin1Char('\\')) ||
        e.fileStem.contains(QStringLiteral("..")))
        r.problem(QStringLiteral("fileStem"),
                  QCoreApplication::translate("Scenario", "is a file name and must not contain /, \\ or .."));
    // A scenario from someone else must not choose where on this machine its evidence lands: the folder is
    // relative to where the run starts (the operator's --out chooses any other place).
    if (QDir::isAbsolutePath(e.folder) || e.folder.startsWith(QLatin1Char('~')) ||
        e.folder.contains(QLatin1Char('\\')) || e.folder.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        r.problem(QStringLiteral("folder"),
                  QCoreApplication::translate("Scenario", "must be a relative folder without .. (a scenario does not "
                                                          "choose where on this machine its evidence lands: the "
                                                          "operator does — --out, or Export Evidence in the console)"));
    return e;
}

template <typename Spec, typename Fn>
Spec readSection(JsonReader &root, const QString &key, JsonReader::Need need, Fn read)
{
    Spec spec{};
    if (auto o = root.object(key, need)) {
        JsonReader r = root.child(*o, root.pathOf(key));
        spec = read(r);
        r.finish();
    }
    return spec;
}

} // namespace

ScenarioResult ScenarioLoader::fromJson(const QJsonObject &object)
{
    QList<Problem> problems;
    JsonReader root(object, QString(), &problems);
    Scenario s;

    const auto version = root.integer(QStringLiteral("schemaVersion"), Need::Required);
    if (version && *version != kScenarioSchemaVersion) {
        root.problem(QStringLiteral("schemaVersion"),
                     *version > kScenarioSchemaVersion
                         ? QCoreApplication::translate("Scenario",
                                                       "is %1, made by a newer CanaryDesk; this one reads version %2")
                               .arg(*version)
                               .arg(kScenarioSchemaVersion)
                         : QCoreApplication::translate("Scenario", "must be %1, got %2")
                               .arg(kScenarioSchemaVersion)
                               .arg(*version));
        return ScenarioResult(problems); // other keys may mean something else in another version
    }
    s.name = root.string(QStringLiteral("name"), Need::Required).value_or(QString());
    s.service = root.string(QStringLiteral("service"), QString());
    s.description = root.string(QStringLiteral("description"), QString());
    s.target = readSection<TargetSpec>(root, QStringLiteral("target"), Need::Required, readTarget);
    s.load = readSection<LoadProfile>(root, QStringLiteral("load"), Need::Required, readLoad);
    s.auth = readSection<AuthSpec>(root, QStringLiteral("auth"), Need::Optional, readAuth);
    s.checks = readSection<ChecksSpec>(root, QStringLiteral("checks"), Need::Optional, readChecks);
    s.gate = readSection<GateSpec>(root, QStringLiteral("gate"), Need::Optional, readGate);
    s.monitors = readSection<MonitorsSpec>(root, QStringLiteral("monitors"), Need::Optional, readMonitors);
    s.guardRails = readSection<GuardRails>(root, QStringLiteral("guardRails"), Need::Optional, readGuardRails);
    s.evidence = readSection<EvidenceSpec>(root, QStringLiteral("evidence"), Need::Optional, readEvidence);
    s.k6 = readSection<K6Spec>(root, QStringLiteral("k6"), Need::Optional, readK6);
    refuseSecrets(root);
    root.finish();

    if (!problems.isEmpty())
        return ScenarioResult(problems);
    return ScenarioResult(s);
}

ScenarioResult ScenarioLoader::fromBytes(const QByteArray &bytes, const QString &sourceName)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        return ScenarioResult(QList<Problem>{
            Problem{QStringLiteral("%1:%2:%3").arg(sourceName).arg(line).arg(column),
                    QCoreApplication::translate("Scenario", "not valid JSON: %1").arg(error.errorString())}});
    }
    if (!doc.isObject())
        return ScenarioResult(QList<Problem>{Problem{
            sourceName, QCoreApplication::translate("Scenario", "a scenario must be a JSON object at the top level")}});
    return fromJson(doc.object());
}

ScenarioResult ScenarioLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ScenarioResult(QList<Problem>{Problem{
            path, QCoreApplication::translate("Scenario", "cannot open scenario file: %1").arg(file.errorString())}});
    constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    if (file.size() > kMaxBytes)
        return ScenarioResult(QList<Problem>{
            Problem{path, QCoreApplication::translate("Scenario", "is %1 bytes; a scenario file is at most 4 MiB")
                              .arg(file.size())}});
    return fromBytes(file.readAll(), path);
}

QByteArray ScenarioLoader::toBytes(const Scenario &scenario)
{
    return QJsonDocument(scenario.toJson()).toJson(QJsonDocument::Indented);
}

Status ScenarioLoader::saveFile(const Scenario &scenario, const QString &path)
{
    return atomic::writeFile(path, toBytes(scenario));
}

} // namespace canary
