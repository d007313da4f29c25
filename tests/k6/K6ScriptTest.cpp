#include "core/k6/K6Script.h"

#include "core/scenario/ScenarioLoader.h"
#include "tests/support/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>

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
