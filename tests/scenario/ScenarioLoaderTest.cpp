#include "core/scenario/ScenarioLoader.h"

#include "tests/support/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary;
using canary::test::sourcePath;

namespace {

QString seedPath()
{
    return sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json"));
}

QJsonObject seedJson()
{
    return QJsonDocument::fromJson(test::readFile(seedPath())).object();
}

// Sets a value at a dotted path ("load.stages[0].rate") in a copy of the seed scenario.
QJsonValue setIn(QJsonValue node, QStringList parts, const QJsonValue &value)
{
    if (parts.isEmpty())
        return value;
    QString part = parts.takeFirst();
    qsizetype index = -1;
    if (part.endsWith(QLatin1Char(']'))) {
        const qsizetype open = part.indexOf(QLatin1Char('['));
        index = part.mid(open + 1, part.size() - open - 2).toInt();
        part = part.left(open);
    }
    QJsonObject o = node.toObject();
    if (index >= 0) {
        QJsonArray arr = o.value(part).toArray();
        arr[index] = setIn(arr.at(index), parts, value);
        o.insert(part, arr);
    } else if (value.isUndefined() && parts.isEmpty()) {
        o.remove(part);
    } else {
        o.insert(part, setIn(o.value(part), parts, value));
    }
    return o;
}

QJsonObject seedWith(const QString &path, const QJsonValue &value)
{
    return setIn(seedJson(), path.split(QLatin1Char('.')), value).toObject();
}

QStringList problemsOf(const ScenarioResult &r)
{
    QStringList out;
    if (!r.ok()) {
        for (const Problem &p : r.error())
            out << p.toString();
    }
    return out;
}

} // namespace

TEST(ScenarioLoader, LoadsTheSeedCanary)
{
    const auto r = ScenarioLoader::loadFile(seedPath());
    ASSERT_TRUE(r.ok()) << joinProblems(r.error()).toStdString();
    const Scenario &s = r.value();
    EXPECT_EQ(s.service, QStringLiteral("auto_com_center"));
    EXPECT_EQ(s.target.method, QStringLiteral("POST"));
    EXPECT_EQ(s.target.requestUrl().toString(),
              QStringLiteral("https://auto-com-center-jamarrlmayes.replit.app/api/v1/notifications"));
    EXPECT_EQ(s.load.executor, LoadProfile::Executor::ConstantArrivalRate);
    ASSERT_EQ(s.load.stages.size(), 1);
    EXPECT_EQ(s.load.stages[0].rate, 250);
    EXPECT_EQ(s.load.totalDurationMs(), 30 * 60 * 1000);
    EXPECT_DOUBLE_EQ(s.load.expectedRequests(), 450000.0);
    EXPECT_EQ(s.auth.type, AuthSpec::Type::OAuth2ClientCredentials);
    EXPECT_EQ(s.auth.style, AuthSpec::Style::Body);
    EXPECT_EQ(s.checks.expectedStatus, QList<int>{202});
    ASSERT_TRUE(s.checks.delivery.has_value());
    EXPECT_EQ(s.checks.delivery->pointer, QStringLiteral("/status"));
    EXPECT_EQ(s.checks.delivery->values,
              (QStringList{QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("delivered")}));
    EXPECT_EQ(s.gate.resolve().title, QStringLiteral("Gate 1"));
    ASSERT_TRUE(s.monitors.health.has_value());
    EXPECT_EQ(s.resolveUrl(s.monitors.health->url).toString(),
              QStringLiteral("https://auto-com-center-jamarrlmayes.replit.app/health"));
    EXPECT_EQ(s.headline(), QStringLiteral("auto_com_center 250 rps · 30m · Gate 1"));
}

TEST(ScenarioLoader, LoadsTheDemoScenario)
{
    const auto r = ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json")));
    ASSERT_TRUE(r.ok()) << joinProblems(r.error()).toStdString();
    EXPECT_EQ(r->target.requestUrl().host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(r->resolveUrl(r->auth.tokenUrl).toString(), QStringLiteral("http://127.0.0.1:18080/oauth/token"));
}

TEST(ScenarioLoader, RoundTripIsLossless)
{
    const auto first = ScenarioLoader::loadFile(seedPath());
    ASSERT_TRUE(first.ok());
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("saved.json"));
    ASSERT_TRUE(ScenarioLoader::saveFile(first.value(), saved).ok());
    const auto second = ScenarioLoader::loadFile(saved);
    ASSERT_TRUE(second.ok()) << joinProblems(second.error()).toStdString();
    EXPECT_EQ(second.value(), first.value());
    EXPECT_EQ(ScenarioLoader::toBytes(second.value()), test::readFile(saved)) << "saving again is byte-identical";

    // A scenario using every optional feature survives too.
    Scenario rich = first.value();
    rich.load.executor = LoadProfile::Executor::RampingArrivalRate;
    rich.load.startRate = 10;
    rich.load.stages = {{100, 60000}, {250, 1800000}, {0, 30000}};
    rich.load.timeUnitMs = 60000;
    rich.gate.profile = QStringLiteral("followup");
    rich.gate.thresholds = {Threshold{QStringLiteral("canary_corrected_latency"),
                                      ThresholdExpression::parse(QStringLiteral("p(99)<900")).value(), true, 15000},
                            Threshold{QStringLiteral("dropped_iterations"),
                                      ThresholdExpression::parse(QStringLiteral("count==0")).value(), false, 0}};
    rich.gate.requireFullDuration = false;
    rich.gate.maxDropped = 3;
    rich.target.body = QStringLiteral("plain {{seq}} {{env.REGION}}");
    rich.target.environment = {QStringLiteral("REGION")};
    rich.target.caBundle = QStringLiteral("/etc/ssl/private-ca.pem");
    rich.auth.scope = QStringLiteral("notifications:write");
    rich.auth.secretKey = QStringLiteral("prod/auto_com_center");
    rich.auth.refreshLeadMs = 120000;
    rich.guardRails.errorRatePercent = 5;
    rich.guardRails.p95Ms = 800;
    rich.guardRails.forMs = 15000;
    rich.monitors.health->abortAfterFailures = 3;
    const auto back = ScenarioLoader::fromBytes(ScenarioLoader::toBytes(rich), QStringLiteral("rich"));
    ASSERT_TRUE(back.ok()) << joinProblems(back.error()).toStdString();
    EXPECT_EQ(back.value(), rich);
}

TEST(ScenarioLoader, EachBadFieldIsNamedWithPathAndReason)
{
    struct Case
    {
        const char *path;
        QJsonValue value;
        const char *expected;
    };
    const Case cases[] = {
        {"load.stages[0].rate", -5, "load.stages[0].rate: must be > 0, got -5"},
        {"load.stages[0].duration", QStringLiteral("30"),
         "load.stages[0].duration: \"30\" is not a duration: missing or unknown unit after 30 (use h, m, s or ms)"},
        {"load.maxInFlight", 0, "load.maxInFlight: must be between 1 and 100000, got 0"},
        {"load.executor", QStringLiteral("per-vu"),
         "load.executor: must be \"constant-arrival-rate\" or \"ramping-arrival-rate\", got \"per-vu\""},
        {"target.baseUrl", QStringLiteral("auto-com-center.example"),
         "target.baseUrl: must be an http:// or https:// URL, got \"auto-com-center.example\""},
        {"target.baseUrl", QStringLiteral("ftp://host"),
         "target.baseUrl: must be an http:// or https:// URL, got \"ftp://host\""},
        {"target.path", QStringLiteral("api/v1"), "target.path: must start with /, got \"api/v1\""},
        {"evidence.folder", QStringLiteral("../../../elsewhere"),
         "evidence.folder: must be a relative folder without .. (a scenario does not choose where on this machine its "
         "evidence lands: the operator does — --out, or Export Evidence in the console)"},
        {"evidence.folder", QStringLiteral("/etc/cron.d"), "evidence.folder: must be a relative folder without .."},
        {"evidence.fileStem", QStringLiteral("..\\..\\x"), "evidence.fileStem: is a file name and must not contain"},
        // A password in a URL is refused and never quoted back.
        {"target.baseUrl", QStringLiteral("https://ops:hunter2-pw@api.example.com"),
         "target.baseUrl: must not carry a user name or password (user:password@): it would be written into run.json "
         "and the report; store credentials in the OS keychain (Credentials), got \"https://…@api.example.com\""},
        {"auth.tokenUrl", QStringLiteral("https://id:pw-secret@auth.example.com/token"),
         "auth.tokenUrl: must not carry a user name or password (user:password@): it would be written into run.json "
         "and the report; store credentials in the OS keychain (Credentials), got "
         "\"https://…@auth.example.com/token\""},
        // Header names are RFC 9110 tokens and values carry no line breaks: nothing is smuggled.
        {"target.headers", QJsonObject{{QStringLiteral("X-Trace\r\nAuthorization"), QStringLiteral("Bearer x")}},
         "target.headers.X-Trace\r\nAuthorization: is not a valid header name: only letters, digits and "
         "!#$%&'*+-.^_`|~ (RFC 9110 token), no spaces, CR or LF"},
        {"target.headers", QJsonObject{{QStringLiteral("Authorization "), QStringLiteral("Bearer x")}},
         "target.headers.Authorization : is not a valid header name: only letters, digits and "
         "!#$%&'*+-.^_`|~ (RFC 9110 token), no spaces, CR or LF"},
        {"target.headers", QJsonObject{{QStringLiteral("X-Trace"), QStringLiteral("a\r\nAuthorization: Bearer x")}},
         "target.headers.X-Trace: must not contain CR, LF, NUL or other control characters (they would end the header "
         "and smuggle another)"},
        {"target.headers", QJsonObject{{QStringLiteral("Proxy-Authorization"), QStringLiteral("v4lue")}},
         "target.headers.Proxy-Authorization: looks like a credential header: a value written here would be sent as it "
         "is and written "
         "into run.json and the report; store it in the OS keychain and name the entry instead: {\"secretKey\": "
         "\"entry-name\"}"},
        {"target.headers", QJsonObject{{QStringLiteral("Cookie"), QStringLiteral("v4lue")}},
         "target.headers.Cookie: looks like a credential header: a value written here would be sent as it is and "
         "written "
         "into run.json and the report; store it in the OS keychain and name the entry instead: {\"secretKey\": "
         "\"entry-name\"}"},
        {"target.headers", QJsonObject{{QStringLiteral("X-Api-Key"), QStringLiteral("v4lue")}},
         "target.headers.X-Api-Key: looks like a credential header: a value written here would be sent as it is and "
         "written "
         "into run.json and the report; store it in the OS keychain and name the entry instead: {\"secretKey\": "
         "\"entry-name\"}"},
        {"target.headers", QJsonObject{{QStringLiteral("X-Auth-Token"), QStringLiteral("v4lue")}},
         "target.headers.X-Auth-Token: looks like a credential header: a value written here would be sent as it is and "
         "written "
         "into run.json and the report; store it in the OS keychain and name the entry instead: {\"secretKey\": "
         "\"entry-name\"}"},
        {"target.headers", QJsonObject{{QStringLiteral("Client-Secret"), QStringLiteral("v4lue")}},
         "target.headers.Client-Secret: looks like a credential header: a value written here would be sent as it is "
         "and written "
         "into run.json and the report; store it in the OS keychain and name the entry instead: {\"secretKey\": "
         "\"entry-name\"}"},
        {"target.headers",
         QJsonObject{{QStringLiteral("X-Api-Key"), QJsonObject{{QStringLiteral("secretKey"), QString()}}}},
         "target.headers.X-Api-Key: an object here must be {\"secretKey\": \"<keychain entry>\"}"},
        {"target.headers",
         QJsonObject{{QStringLiteral("X-Api-Key"), QJsonObject{{QStringLiteral("value"), QStringLiteral("v")}}}},
         "target.headers.X-Api-Key: an object here must be {\"secretKey\": \"<keychain entry>\"}"},
        {"target.headers",
         QJsonObject{
             {QStringLiteral("Authorization"), QJsonObject{{QStringLiteral("secretKey"), QStringLiteral("e")}}}},
         "target.headers.Authorization: the Authorization header comes from the auth profile"},
        {"target.headers", QJsonObject{{QStringLiteral("authorization"), QStringLiteral("Bearer x")}},
         "target.headers.authorization: the Authorization header comes from the auth profile; a token written here "
         "would leak into files and logs"},
        {"target.method", QStringLiteral("SEND"),
         "target.method: must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, got \"SEND\""},
        {"target.timeout", QStringLiteral("0s"), "target.timeout: must be longer than 0s, got \"0s\""},
        {"target.httpVersion", QStringLiteral("3"), "target.httpVersion: must be \"1.1\" or \"2\", got \"3\""},
        {"target.body", QStringLiteral("{{nonce}}"),
         "target.body: unknown placeholder {{nonce}} (known: uuid, seq, timestamp, worker, env.NAME, pick:a|b|c)"},
        {"target.body", 42, "target.body: must be a string template or a JSON object/array, got 42"},
        {"target.body", QStringLiteral("{{env.HOME}}"),
         "target.body: {{env.HOME}} reads the environment variable HOME, which target.environment does not list (list "
         "it there to allow it)"},
        {"target.environment", QJsonArray{QStringLiteral("CANARYDESK_CLIENT_SECRET")},
         "target.environment: CANARYDESK_CLIENT_SECRET looks like a secret: the body is sent to the target, so it may "
         "not read it"},
        {"auth.type", QStringLiteral("saml"),
         "auth.type: must be \"none\", \"oauth2-client-credentials\" or \"static-bearer\", got \"saml\""},
        {"auth.style", QStringLiteral("header"),
         "auth.style: must be \"basic\" (HTTP Basic, RFC 6749 §2.3.1) or \"body\" (client_id/client_secret form "
         "fields), got \"header\""},
        {"auth.tokenUrl", QStringLiteral("not a url"),
         "auth.tokenUrl: must be an http:// or https:// URL or a path starting with /, got \"not a url\""},
        {"checks.expectedStatus", QJsonArray{202, 700},
         "checks.expectedStatus[1]: must be an HTTP status code (100-599), got 700"},
        {"checks.expectedStatus", QJsonArray{202.5}, // found by fuzz_scenario: a cast of 1e70 to int was undefined
         "checks.expectedStatus[0]: must be an HTTP status code (100-599), got 202.5"},
        {"checks.expectedStatus", QJsonArray{1e70},
         "checks.expectedStatus[0]: must be an HTTP status code (100-599), got 1e+70"},
        {"checks.delivery.pointer", QStringLiteral("status"),
         "checks.delivery.pointer: must be a JSON pointer starting with / (e.g. \"/status\"), got \"status\""},
        {"gate.profile", QStringLiteral("gate7"),
         "gate.profile: unknown gate profile \"gate7\" (known: gate1, followup, custom)"},
        {"gate.thresholds",
         QJsonObject{{QStringLiteral("http_req_duration"), QJsonArray{QStringLiteral("p(95)<<250")}}},
         "gate.thresholds.http_req_duration[0]: p(95)<<250: expected a number after '<'"},
        {"gate.thresholds", QJsonObject{{QStringLiteral("errors"), QStringLiteral("p(95)<1")}},
         "gate.thresholds.errors: errors is a rate metric, which has no p(95) (use rate)"},
        {"gate.thresholds", QJsonObject{{QStringLiteral("latency"), QStringLiteral("p(95)<1")}},
         "gate.thresholds.latency: unknown metric"},
        {"gate.minRateRatio", 99,
         "gate.minRateRatio: must be between 0 and 1 (0.99 = 99 % of the target rate), got 99"},
        {"monitors.logs.filter", QStringLiteral("ERROR|(WARN"),
         "monitors.logs.filter: is not a valid regular expression"},
        {"monitors.health.interval", QStringLiteral("5"), "monitors.health.interval: \"5\" is not a duration"},
        {"evidence.fileStem", QStringLiteral("canary_{when}"), "evidence.fileStem: unknown placeholder {when}"},
        {"guardRails", QJsonObject{{QStringLiteral("errorRatePercent"), 0}},
         "guardRails.errorRatePercent: must be above 0 and at most 100, got 0"},
        {"guardRails", QJsonObject{{QStringLiteral("for"), QStringLiteral("10s")}},
         "guardRails: names no limit (errorRatePercent, p95Ms)"},
        {"monitors.health.abortAfterFailures", -1,
         "monitors.health.abortAfterFailures: must be between 0 (off) and 1000, got -1"},
        {"schemaVersion", 2, "schemaVersion: is 2, made by a newer CanaryDesk; this one reads version 1"},
        {"name", QJsonValue(), "name: is required (a string)"},
    };
    for (const Case &c : cases) {
        const auto r = ScenarioLoader::fromJson(seedWith(QString::fromUtf8(c.path), c.value));
        ASSERT_FALSE(r.ok()) << c.path << " was accepted";
        const QStringList problems = problemsOf(r);
        const QString expected = QString::fromUtf8(c.expected);
        const bool found =
            std::any_of(problems.begin(), problems.end(), [&](const QString &p) { return p.startsWith(expected); });
        EXPECT_TRUE(found) << "expected a problem starting with\n  " << expected.toStdString() << "\ngot\n  "
                           << problems.join(QStringLiteral("\n  ")).toStdString();
    }
}

TEST(ScenarioLoader, ReportsEveryProblemAtOnce)
{
    QJsonObject o = seedWith(QStringLiteral("load.stages[0].rate"), -5);
    o = setIn(o, {QStringLiteral("target"), QStringLiteral("path")}, QStringLiteral("x")).toObject();
    o = setIn(o, {QStringLiteral("load"), QStringLiteral("maxInflight")}, 10).toObject();
    const QStringList problems = problemsOf(ScenarioLoader::fromJson(o));
    EXPECT_EQ(problems.size(), 3) << problems.join(QStringLiteral("\n")).toStdString();
    EXPECT_TRUE(problems.filter(QStringLiteral("load.maxInflight: unknown key")).size() == 1)
        << "a misspelt key is reported, not silently ignored";
}

TEST(ScenarioLoader, RefusesSecretsInTheFile)
{
    const auto r = ScenarioLoader::fromJson(seedWith(QStringLiteral("auth.clientSecret"), QStringLiteral("s3cr3t")));
    ASSERT_FALSE(r.ok());
    const QString all = problemsOf(r).join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("auth.clientSecret: secrets never belong in a scenario file")));
    EXPECT_FALSE(all.contains(QStringLiteral("s3cr3t"))) << "the message must not echo the secret";

    const auto h = ScenarioLoader::fromJson(
        seedWith(QStringLiteral("target.headers"),
                 QJsonObject{{QStringLiteral("authorization"), QStringLiteral("Bearer abc.def")}}));
    ASSERT_FALSE(h.ok());
    EXPECT_FALSE(problemsOf(h).join(QLatin1Char('\n')).contains(QStringLiteral("abc.def")));
}

TEST(ScenarioLoader, ConstantExecutorTakesOneStageRampingSeveral)
{
    QJsonArray stages{QJsonObject{{QStringLiteral("rate"), 10}, {QStringLiteral("duration"), QStringLiteral("1m")}},
                      QJsonObject{{QStringLiteral("rate"), 0}, {QStringLiteral("duration"), QStringLiteral("1m")}}};
    auto constant = ScenarioLoader::fromJson(seedWith(QStringLiteral("load.stages"), stages));
    ASSERT_FALSE(constant.ok());
    EXPECT_TRUE(problemsOf(constant).join(QLatin1Char('\n')).contains(QStringLiteral("exactly one stage, got 2")));

    QJsonObject o = seedWith(QStringLiteral("load.stages"), stages);
    o = setIn(o, {QStringLiteral("load"), QStringLiteral("executor")}, QStringLiteral("ramping-arrival-rate"))
            .toObject();
    const auto ramping = ScenarioLoader::fromJson(o);
    ASSERT_TRUE(ramping.ok()) << joinProblems(ramping.error()).toStdString();
    EXPECT_DOUBLE_EQ(ramping->load.expectedRequests(), 300.0 + 300.0) << "0→10/s over 1 min (avg 5/s), then 10→0";
}

TEST(ScenarioLoader, SyntaxErrorsNameLineAndColumn)
{
    const auto r = ScenarioLoader::fromBytes(
        QByteArray("{\n  \"schemaVersion\": 1,\n  \"name\": \"x\"\n  \"load\": {}\n}"), QStringLiteral("bad.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(problemsOf(r).first().startsWith(QStringLiteral("bad.json:4:"))) << problemsOf(r).first().toStdString();
    EXPECT_TRUE(problemsOf(r).first().contains(QStringLiteral("not valid JSON")));

    const auto arr = ScenarioLoader::fromBytes(QByteArray("[1,2]"), QStringLiteral("arr.json"));
    ASSERT_FALSE(arr.ok());
    EXPECT_EQ(problemsOf(arr).first(), QStringLiteral("arr.json: a scenario must be a JSON object at the top level"));

    const auto missing = ScenarioLoader::loadFile(QStringLiteral("/nonexistent/canary.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(problemsOf(missing).first().startsWith(QStringLiteral("/nonexistent/canary.json: cannot open")));
}

TEST(ScenarioLoader, FailedSaveKeepsThePreviousFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.json"));
    test::writeFile(path, QByteArray("previous"));
    const auto s = ScenarioLoader::loadFile(seedPath());
    ASSERT_TRUE(s.ok());
    const auto status = ScenarioLoader::saveFile(s.value(), dir.filePath(QStringLiteral("no/such/dir/x.json")));
    EXPECT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("no/such/dir/x.json")));
    EXPECT_EQ(test::readFile(path), QByteArray("previous"));
}

TEST(ScenarioLoader, OrdinaryHeadersPassAndARefusedCredentialIsNeverQuotedBack)
{
    const auto ok = ScenarioLoader::fromJson(
        seedWith(QStringLiteral("target.headers"),
                 QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                             {QStringLiteral("Idempotency-Key"), QStringLiteral("{{uuid}}")},
                             {QStringLiteral("X-Request-Source"), QStringLiteral("canary\twave 1")}}));
    ASSERT_TRUE(ok.ok()) << problemsOf(ok).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(ok.value().target.headers.value(QStringLiteral("Idempotency-Key")), QStringLiteral("{{uuid}}"));

    QJsonObject bad = seedWith(QStringLiteral("target.headers"),
                               QJsonObject{{QStringLiteral("X-Api-Key"), QStringLiteral("sk_live_hunter2")}});
    bad = setIn(bad, {QStringLiteral("target"), QStringLiteral("baseUrl")},
                QStringLiteral("https://ops:hunter2-pw@api.example.com"))
              .toObject();
    const QStringList problems = problemsOf(ScenarioLoader::fromJson(bad));
    EXPECT_EQ(problems.size(), 2) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(problems.join(QLatin1Char('\n')).contains(QStringLiteral("hunter2")));
}

TEST(ScenarioLoader, ACredentialHeaderNamesItsKeychainEntryAndOnlyTheNameIsEverWritten)
{
    const auto r = ScenarioLoader::fromJson(seedWith(
        QStringLiteral("target.headers"),
        QJsonObject{
            {QStringLiteral("X-Api-Key"), QJsonObject{{QStringLiteral("secretKey"), QStringLiteral("acc-api-key")}}},
            {QStringLiteral("Cookie"), QJsonObject{{QStringLiteral("secretKey"), QStringLiteral("acc-session")}}}}));
    ASSERT_TRUE(r.ok()) << problemsOf(r).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.value().target.secretHeaders.value(QStringLiteral("X-Api-Key")), QStringLiteral("acc-api-key"));
    EXPECT_EQ(r.value().target.secretHeaders.value(QStringLiteral("Cookie")), QStringLiteral("acc-session"));
    EXPECT_TRUE(r.value().target.headers.isEmpty());
    // Saved and loaded again: the same references, still no values.
    const auto again = ScenarioLoader::fromJson(r.value().toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().target.secretHeaders, r.value().target.secretHeaders);
}

TEST(ScenarioLoader, PlaceholdersInTheEvidenceFolderNeverLeadOutsideIt)
{
    Scenario s =
        ScenarioLoader::fromJson(seedWith(QStringLiteral("service"), QStringLiteral("../../../elsewhere"))).value();
    const QString folder = s.expandEvidence(s.evidence.folder, QDateTime::currentDateTimeUtc());
    EXPECT_EQ(folder, QStringLiteral("evidence/gate1_") + QString(9, QLatin1Char('_')) + QStringLiteral("elsewhere"))
        << "each / and .. of ../../../ became _";
    EXPECT_EQ(QDir::cleanPath(folder).section(QLatin1Char('/'), 0, 0), QStringLiteral("evidence"));
    s.service = QStringLiteral("a\\b:c\nd");
    EXPECT_EQ(s.expandEvidence(QStringLiteral("{service}"), QDateTime::currentDateTimeUtc()),
              QStringLiteral("a_b_c_d"));
}
