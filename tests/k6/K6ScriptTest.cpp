#include "core/k6/K6Script.h"

#include "core/common/Encode.h"
#include "core/scenario/ScenarioLoader.h"
#include "tests/support/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QMap>
#include <QSet>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

#include <gtest/gtest.h>

using namespace canary;

namespace {

Scenario load(const char *relative)
{
    const auto s = ScenarioLoader::loadFile(test::sourcePath(QString::fromLatin1(relative)));
    EXPECT_TRUE(s.ok());
    return s.value();
}

struct NodeRun
{
    int exitCode = -1;
    QByteArray out, err;
};

NodeRun node(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("node"), args);
    if (!p.waitForFinished(60000))
        p.kill();
    return NodeRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                   p.readAllStandardError()};
}

// Writes the script as an ES module and runs the harness with stand-ins for k6's modules.
QJsonObject harness(const QByteArray &script, int iterations, int secondsPerIteration, const QString &secret,
                    int vus = 1)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("canary.mjs"));
    test::writeFile(path, script);
    const NodeRun r = node({test::sourcePath(QStringLiteral("tests/k6/harness.mjs")), path, QString::number(iterations),
                            QString::number(secondsPerIteration), secret, QString::number(vus)});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

TEST(K6Script, TheSeedScenarioMatchesItsGoldenFile)
{
    const QByteArray script = K6Script::script(load("resources/scenarios/auto_com_center_250rps_30min.json"));
    const QString golden = test::sourcePath(QStringLiteral("tests/data/k6/auto_com_center_250rps_30min.k6.js"));
    if (qEnvironmentVariableIsSet("CANARYDESK_UPDATE_GOLDEN"))
        test::writeFile(golden, script);
    EXPECT_EQ(QString::fromUtf8(script), QString::fromUtf8(test::readFile(golden)))
        << "regenerate with CANARYDESK_UPDATE_GOLDEN=1 after an intended change, and read the diff";
}

TEST(K6Script, EveryShapeOfScenarioIsValidJavaScript)
{
    QList<Scenario> shapes{load("resources/scenarios/auto_com_center_250rps_30min.json"),
                           load("resources/scenarios/demo_sandbox.json")};
    Scenario ramping = shapes.first();
    ramping.load.executor = LoadProfile::Executor::RampingArrivalRate;
    ramping.load.startRate = 10;
    ramping.load.stages = {LoadStage{100, 60000}, LoadStage{250, 1800000}, LoadStage{0, 30000}};
    ramping.auth.style = AuthSpec::Style::Basic;
    ramping.auth.scope = QStringLiteral("notifications:write");
    shapes << ramping;
    Scenario bearer = shapes.first();
    bearer.auth = AuthSpec{};
    bearer.auth.type = AuthSpec::Type::StaticBearer;
    bearer.auth.tokenEnv = QStringLiteral("CANARY_TOKEN");
    shapes << bearer;
    Scenario none = shapes.first();
    none.auth = AuthSpec{};
    none.target.body = QJsonValue(QStringLiteral("plain {{seq}} body with \"quotes\" and \\ backslash"));
    shapes << none;
    QTemporaryDir dir;
    for (int i = 0; i < shapes.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("shape%1.mjs").arg(i));
        test::writeFile(path, K6Script::script(shapes[i]));
        const NodeRun r = node({QStringLiteral("--check"), path});
        EXPECT_EQ(r.exitCode, 0) << "shape " << i << ": " << r.err.constData();
    }
    const QByteArray rampingScript = K6Script::script(ramping);
    EXPECT_TRUE(rampingScript.contains("executor: 'ramping-arrival-rate'"));
    EXPECT_TRUE(rampingScript.contains("{ target: 250, duration: '30m' },"));
}

TEST(K6Script, TheTokenIsFetchedInSetupAndRefreshedInEachVuBeforeExpiry)
{
    Scenario s = load("resources/scenarios/demo_sandbox.json");
    s.target.baseUrl = QStringLiteral("http://127.0.0.1:18080");
    const QByteArray script = K6Script::script(s);
    // 100-s tokens, refreshed 10 s early; an iteration every 7 s for 40 iterations (280 s).
    const QJsonObject run = harness(script, 40, 7, QStringLiteral("the-demo-secret"));
    ASSERT_TRUE(run.value(QStringLiteral("error")).isNull())
        << run.value(QStringLiteral("error")).toString().toStdString();
    const QJsonArray tokens = run.value(QStringLiteral("tokens")).toArray();
    ASSERT_EQ(tokens.size(), 4) << "setup, then a refresh every 90 s of the fake clock";
    EXPECT_EQ(tokens[0].toObject().value(QStringLiteral("url")).toString(),
              QStringLiteral("http://127.0.0.1:18080/oauth/token"));
    const QJsonObject form = tokens[0].toObject().value(QStringLiteral("form")).toObject();
    EXPECT_EQ(form.value(QStringLiteral("grant_type")).toString(), QStringLiteral("client_credentials"));
    EXPECT_EQ(form.value(QStringLiteral("client_secret")).toString(), QStringLiteral("the-demo-secret"))
        << "from the environment";
    EXPECT_FALSE(script.contains("the-demo-secret"));
    const qint64 gap = tokens[1].toObject().value(QStringLiteral("at")).toInteger() -
                       tokens[0].toObject().value(QStringLiteral("at")).toInteger();
    EXPECT_GE(gap, 85000) << "refreshed in the second half of the 10-s lead window, at a moment of this VU's own";
    EXPECT_LE(gap, 97000);

    const QJsonArray requests = run.value(QStringLiteral("requests")).toArray();
    ASSERT_EQ(requests.size(), 40);
    EXPECT_EQ(requests[0]
                  .toObject()
                  .value(QStringLiteral("headers"))
                  .toObject()
                  .value(QStringLiteral("Authorization"))
                  .toString(),
              QStringLiteral("Bearer token-1"));
    EXPECT_EQ(requests[39]
                  .toObject()
                  .value(QStringLiteral("headers"))
                  .toObject()
                  .value(QStringLiteral("Authorization"))
                  .toString(),
              QStringLiteral("Bearer token-4"));
    EXPECT_EQ(requests[0].toObject().value(QStringLiteral("url")).toString(),
              QStringLiteral("http://127.0.0.1:18080/api/v1/notifications"));
    const QJsonObject body =
        QJsonDocument::fromJson(requests[6].toObject().value(QStringLiteral("body")).toString().toUtf8()).object();
    EXPECT_EQ(body.value(QStringLiteral("to")).toString(), QStringLiteral("demo+6@example.com"))
        << "{{seq}} is the iteration";
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
            .match(body.value(QStringLiteral("idempotency_key")).toString())
            .hasMatch())
        << body.value(QStringLiteral("idempotency_key")).toString().toStdString();
    EXPECT_TRUE(QStringList({QStringLiteral("welcome"), QStringLiteral("password_reset"), QStringLiteral("digest")})
                    .contains(body.value(QStringLiteral("template")).toString()));

    // Every 5th answer is a 503 (a check failure, never delivered); every 4th 202 says "rejected".
    const QJsonArray errors = run.value(QStringLiteral("rates")).toObject().value(QStringLiteral("errors")).toArray();
    const QJsonArray delivered =
        run.value(QStringLiteral("rates")).toObject().value(QStringLiteral("delivery_success")).toArray();
    ASSERT_EQ(errors.size(), 40);
    ASSERT_EQ(delivered.size(), 40);
    for (int i = 0; i < 40; ++i) {
        const int n = i + 1;
        EXPECT_EQ(errors[i].toInt(), n % 5 == 0 ? 1 : 0) << n;
        EXPECT_EQ(delivered[i].toInt(), (n % 5 != 0 && n % 4 != 0) ? 1 : 0) << n;
    }
    const QJsonObject thresholds =
        run.value(QStringLiteral("options")).toObject().value(QStringLiteral("thresholds")).toObject();
    EXPECT_EQ(thresholds.value(QStringLiteral("http_req_duration")).toArray().first().toString(),
              QStringLiteral("p(95)<=250"));
    EXPECT_TRUE(run.value(QStringLiteral("options"))
                    .toObject()
                    .value(QStringLiteral("summaryTrendStats"))
                    .toArray()
                    .contains(QStringLiteral("p(99)")));
}

TEST(K6Script, EveryVuRefreshesAtAMomentOfItsOwnNotAllAtOnce)
{
    // Found with the real k6: all VUs refreshed within the same ~100 ms (400 token requests at once in
    // production). 20 VUs, an iteration a second each, 100-s tokens with a 10-s lead.
    Scenario s = load("resources/scenarios/demo_sandbox.json");
    const QJsonObject run = harness(K6Script::script(s), 120, 1, QStringLiteral("the-demo-secret"), 20);
    ASSERT_TRUE(run.value(QStringLiteral("error")).isNull())
        << run.value(QStringLiteral("error")).toString().toStdString();
    const QJsonArray tokens = run.value(QStringLiteral("tokens")).toArray();
    const qint64 setupAt = tokens[0].toObject().value(QStringLiteral("at")).toInteger();
    QMap<int, qint64> firstRefresh; // VU -> when
    for (int i = 1; i < tokens.size(); ++i) {
        const QJsonObject t = tokens[i].toObject();
        const int vu = t.value(QStringLiteral("vu")).toInt();
        if (!firstRefresh.contains(vu))
            firstRefresh.insert(vu, t.value(QStringLiteral("at")).toInteger() - setupAt);
    }
    ASSERT_EQ(firstRefresh.size(), 20) << "every VU refreshed its own copy";
    QSet<qint64> moments;
    for (const qint64 at : firstRefresh) {
        EXPECT_GE(at, 85000) << "not before the spread window";
        EXPECT_LE(at, 91000) << "and before the lead runs out";
        moments.insert(at);
    }
    EXPECT_GE(moments.size(), 3) << "spread over the window, not in one instant";
}

TEST(K6Script, WithoutTheSecretSetupStopsWithAClearMessage)
{
    const QJsonObject run = harness(K6Script::script(load("resources/scenarios/demo_sandbox.json")), 1, 1, QString());
    EXPECT_TRUE(run.value(QStringLiteral("error")).toString().contains(QStringLiteral("set CANARY_CLIENT_SECRET")))
        << run.value(QStringLiteral("error")).toString().toStdString();
    EXPECT_TRUE(run.value(QStringLiteral("requests")).toArray().isEmpty());
}

TEST(K6Script, TheTestRunSplitsTheRateOverPodsAndTakesTheSecretFromASecret)
{
    K6TestRunOptions o;
    o.name = QStringLiteral("auto_com_center 250rps");
    o.parallelism = 6;
    const QByteArray yaml = K6Script::testRun(load("resources/scenarios/auto_com_center_250rps_30min.json"), o);
    EXPECT_TRUE(yaml.contains("kind: TestRun\nmetadata:\n  name: auto-com-center-250rps\n"));
    EXPECT_TRUE(yaml.contains("  parallelism: 6\n"));
    EXPECT_TRUE(yaml.contains("secretKeyRef:\n            name: canary-client-secret\n            key: client-secret"));
    EXPECT_TRUE(yaml.contains("    import http from 'k6/http';")) << "the script, indented into the ConfigMap";
    EXPECT_TRUE(yaml.contains("value: json=/results/$(POD_NAME).json.gz"));
    // Each pod judges its own sixth of the load: the request-count threshold scales with CANARY_LOAD_SHARE.
    EXPECT_TRUE(yaml.contains("- name: CANARY_LOAD_SHARE\n        value: \"0.166666666667\"")) << yaml.constData();
    EXPECT_TRUE(yaml.contains("\"http_reqs{scenario:canary}\": [`count>=${445500 * SHARE}`],")) << yaml.constData();
    EXPECT_TRUE(yaml.contains("dropped_iterations: [\"count<=0\"],"));
}

namespace {

// Strings an attacker would put into a scenario to break out of where they land: a JavaScript line terminator
// that ends a // comment (U+2028, U+2029), YAML line breaks (U+0085, CR LF) and document markers, comment and
// string delimiters, template substitutions, an HTML script end, a bidirectional override. Each carries a
// payload that would print PWNED if it ever ran.
const QStringList kHostile = {
    QStringLiteral("canary\u2028globalThis.__pwned = 1; console.log('PWNED-2028') //"),
    QStringLiteral("canary\u2029console.log('PWNED-2029')//"),
    QStringLiteral("x\u0085kind: Secret\u0085---\u0085"),
    QStringLiteral("x\r\n---\r\napiVersion: v1\r\nkind: Secret # PWNED-YAML"),
    QStringLiteral("*/ console.log('PWNED-COMMENT') /*"),
    QStringLiteral("\"; console.log('PWNED-DQ'); \""),
    QStringLiteral("'; console.log('PWNED-SQ'); '"),
    QStringLiteral("`${console.log('PWNED-TEMPLATE')}`"),
    QStringLiteral("</script><script>console.log('PWNED-HTML')</script>"),
    QStringLiteral("\u202Eevil\u202C \\ back\\slash"),
};

// Every string field of the scenario that reaches a generated file, filled with hostile text.
Scenario hostileScenario(const QString &text)
{
    Scenario s = load("resources/scenarios/auto_com_center_250rps_30min.json");
    s.name = text;
    s.service = text;
    s.description = text;
    s.target.headers.insert(QStringLiteral("X-Note"), text);
    s.target.body = QJsonObject{{QStringLiteral("to"), text}, {text, QStringLiteral("{{env.SOME_VAR}}")}};
    s.target.environment = {QStringLiteral("SOME_VAR")};
    s.auth.clientId = text;
    s.auth.scope = text;
    s.checks.delivery = DeliveryPredicate{QStringLiteral("/") + text, {text}};
    return s;
}

// The real k6 binaries this machine has: CANARYDESK_K6 (v0.47 in CI) and CANARYDESK_K6_V2 (v2.2), else k6 on PATH.
QStringList realK6s()
{
    QStringList found;
    for (const char *var : {"CANARYDESK_K6", "CANARYDESK_K6_V2"})
        if (const QString k6 = qEnvironmentVariable(var); !k6.isEmpty() && QFileInfo(k6).isExecutable())
            found << k6;
    if (found.isEmpty())
        if (const QString k6 = QStandardPaths::findExecutable(QStringLiteral("k6")); !k6.isEmpty())
            found << k6;
    return found;
}

// A python3 that reads YAML (Debian's python3-yaml), or empty.
QString yamlPython()
{
    for (const QString &python : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import yaml")});
        if (p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

} // namespace

TEST(K6Script, HostileScenarioTextIsEncodedInEveryGeneratedFileAndNeverRuns)
{
    QTemporaryDir dir;
    const QStringList k6s = realK6s();
    const QString python = yamlPython();
    for (int i = 0; i < kHostile.size(); ++i) {
        const Scenario s = hostileScenario(kHostile[i]);
        const QByteArray script = K6Script::script(s);
        // Generated, never pasted: no line terminator of JavaScript or YAML from the text, and the text in no comment.
        for (const char *raw : {"\u2028", "\u2029", "\u0085", "\u202E", "\r"})
            EXPECT_FALSE(script.contains(raw)) << "case " << i << ": a raw " << QByteArray(raw).toHex().constData();
        for (const QByteArray &line : script.split('\n')) {
            if (line.trimmed().startsWith("//") || line.trimmed().startsWith("#")) {
                EXPECT_FALSE(line.contains("PWNED")) << "case " << i << ": " << line.constData();
            }
        }

        const QString path = dir.filePath(QStringLiteral("hostile%1.mjs").arg(i));
        test::writeFile(path, script);
        const NodeRun checked = node({QStringLiteral("--check"), path});
        EXPECT_EQ(checked.exitCode, 0) << "case " << i << ": " << checked.err.constData();
        // Run by a JavaScript engine with stand-ins for k6's modules: nothing of the text runs (a payload's
        // console.log would print beside the harness's JSON, which then no longer parses), and the text reaches the
        // requests whole, as data.
        const QJsonObject run = harness(script, 2, 1, QStringLiteral("s3cr3t"));
        ASSERT_FALSE(run.isEmpty()) << "case " << i << ": something printed beside the harness's output";
        EXPECT_TRUE(run.value(QStringLiteral("error")).toString().isEmpty()) << "case " << i;
        const QJsonObject sent = QJsonDocument::fromJson(run.value(QStringLiteral("requests"))
                                                             .toArray()
                                                             .first()
                                                             .toObject()
                                                             .value(QStringLiteral("body"))
                                                             .toString()
                                                             .toUtf8())
                                     .object();
        EXPECT_EQ(sent.value(QStringLiteral("to")).toString(), kHostile[i]) << "case " << i << ": the text, as data";
        EXPECT_EQ(run.value(QStringLiteral("requests"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("headers"))
                      .toObject()
                      .value(QStringLiteral("X-Note"))
                      .toString(),
                  kHostile[i]);

        // The real k6 compiles it and runs its init code (k6 inspect): nothing of the text runs there either.
        for (const QString &k6 : k6s) {
            const QString js = dir.filePath(QStringLiteral("hostile%1.js").arg(i));
            test::writeFile(js, script);
            QProcess p;
            p.start(k6, {QStringLiteral("inspect"), js});
            ASSERT_TRUE(p.waitForFinished(60000));
            const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
            EXPECT_EQ(p.exitCode(), 0) << k6.toStdString() << " case " << i << ": " << out.constData();
            EXPECT_FALSE(out.contains("PWNED")) << k6.toStdString() << " case " << i << ": " << out.constData();
        }

        // The k6-operator manifest: valid object names, the name only as a quoted annotation, the script whole.
        K6TestRunOptions o;
        o.name = kHostile[i];
        o.secretName = kHostile[i];
        const QByteArray yaml = K6Script::testRun(s, o);
        for (const QByteArray &line : yaml.split('\n')) {
            if (line.trimmed().startsWith("#")) {
                EXPECT_FALSE(line.contains("PWNED")) << "case " << i << ": " << line.constData();
            }
            if (line.startsWith("  name: ") || line.startsWith("            name: ")) {
                EXPECT_TRUE(encode::isKubernetesName(
                    QString::fromLatin1(line.mid(line.indexOf(':') + 2)).remove(QStringLiteral("-script"))))
                    << "case " << i << ": " << line.constData();
            }
        }
        if (python.isEmpty())
            continue;
        const QString yamlPath = dir.filePath(QStringLiteral("testrun%1.yaml").arg(i));
        test::writeFile(yamlPath, yaml);
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral(
                             "import json,sys,yaml; docs=list(yaml.safe_load_all(open(sys.argv[1],encoding='utf-8')));"
                             "print(json.dumps([{'kind':d['kind'],'name':d['metadata']['name'],"
                             "'scenario':d['metadata']['annotations']['canarydesk.io/scenario'],"
                             "'script':d.get('data',{}).get('canary.js')} for d in docs]))"),
                         yamlPath});
        ASSERT_TRUE(p.waitForFinished(60000));
        const QByteArray parsed = p.readAllStandardOutput();
        ASSERT_EQ(p.exitCode(), 0) << "case " << i << ": " << p.readAllStandardError().constData();
        const QJsonArray docs = QJsonDocument::fromJson(parsed).array();
        ASSERT_EQ(docs.size(), 2) << "exactly the ConfigMap and the TestRun: " << parsed.left(400).constData();
        EXPECT_EQ(docs[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("ConfigMap"));
        EXPECT_EQ(docs[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("TestRun"));
        EXPECT_EQ(docs[1].toObject().value(QStringLiteral("scenario")).toString(), kHostile[i])
            << "the name, exactly, as data";
        EXPECT_EQ(docs[0].toObject().value(QStringLiteral("script")).toString().toUtf8(), script)
            << "case " << i << ": the script whole inside the ConfigMap";
    }
    if (k6s.isEmpty())
        std::printf("[   NOTE   ] no real k6 (CANARYDESK_K6, CANARYDESK_K6_V2, k6 on PATH): k6 inspect not run\n");
    if (python.isEmpty())
        std::printf("[   NOTE   ] no python3 with yaml (Debian's python3-yaml): the manifest was not parsed\n");
}
