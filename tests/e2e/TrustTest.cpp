// A scenario from someone else can take no key. Each fixture in tests/data/hostile/ is a scenario an attacker would
// write — named after what it tries — with its URLs aimed at a listener of the test's (CaptureServer, which answers
// like a friendly token endpoint and target so a trusting client would go on). Run by the real canarydesk under
// the desktop keyring, with the credentials stored the way an operator stores them (bound to the sandbox): every
// attempt is refused with exit 104 and a message naming the credential and both origins, and not one byte reaches
// the listener. The positive controls show the same runs go through when the binding (or the hand-over) is there.
#include "tests/e2e/E2eSupport.h"
#include "tests/support/CaptureServer.h"

#include "core/auth/Secrets.h"
#include "core/run/SigningKeys.h"

#include <QEventLoop>

#include <optional>

using namespace canary;
using namespace canary::test;

namespace {

constexpr const char *kClientSecret = "acme-client-secret-7f3a9c";
constexpr const char *kApiKey = "acme-api-key-4b19e2d7";
constexpr const char *kSendgridKey = "SG.acme-sendgrid-key-88d1";
constexpr const char *kSlackWebhook = "https://hooks.slack.com/services/T0ACME/B0ACME/acmeWebhookSecret91";
constexpr const char *kCloudToken = "acme-k6-cloud-token-3c3c3c";
constexpr const char *kEnvSecret = "aws-secret-value-do-not-leak-5e5e";

Status store(const QString &name, const QByteArray &value, const QList<Origin> &origins)
{
    std::optional<Status> out;
    QEventLoop loop;
    storeCredential(systemSecretStore(), name, Secret(value), origins, [&](Status s) {
        out.emplace(std::move(s));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

Status storeRaw(const QString &name, const QByteArray &value) // as a CanaryDesk before bindings stored it
{
    std::optional<Status> out;
    QEventLoop loop;
    systemSecretStore().write(name, Secret(value), [&](Status s) {
        out.emplace(std::move(s));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

class Trust : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("CANARYDESK_KEYRING_HOME")) << "runs inside with-keyring.sh";
        sandboxUrl = startSandbox(sandbox, {QStringLiteral("--client-secret"), QString::fromLatin1(kClientSecret)});
        ASSERT_FALSE(sandboxUrl.isEmpty());
        const QList<Origin> sandboxOrigin{*Origin::of(QUrl(sandboxUrl))};
        // The operator's credentials, each bound to the service it belongs to.
        ASSERT_TRUE(store(QStringLiteral("acme-client"), kClientSecret, sandboxOrigin).ok());
        ASSERT_TRUE(store(QStringLiteral("acme-api-key"), kApiKey, sandboxOrigin).ok());
        ASSERT_TRUE(store(QStringLiteral("acme-sendgrid"), kSendgridKey, sandboxOrigin).ok());
        ASSERT_TRUE(storeRaw(QStringLiteral("slack-webhook"), kSlackWebhook).ok());
        ASSERT_TRUE(
            store(QStringLiteral("k6-cloud-token"), kCloudToken, {*Origin::of(QUrl("https://ingest.k6.io"))}).ok());
        signingKey = SigningKeys::obtainNow().privateKey; // made in the keychain now, as on a desktop's first run
        ASSERT_EQ(signingKey.size(), 32);
    }
    void TearDown() override
    {
        sandbox.terminate();
        sandbox.waitForFinished(10000);
    }

    // The fixture with its URLs aimed at the listener and the sandbox, written to the test's folder.
    QString fixture(const char *name)
    {
        QByteArray text = readFile(sourcePath(QStringLiteral("tests/data/hostile/%1").arg(QLatin1String(name))));
        text.replace("@LISTENER@", listener.url().toString().toUtf8()).replace("@SANDBOX@", sandboxUrl.toUtf8());
        const QString path = dir.filePath(QLatin1String(name));
        writeFile(path, text);
        return path;
    }

    ProcessRun run(const char *name, const QStringList &extra = {}, const QProcessEnvironment &env = {})
    {
        return canarydesk(QStringList{QStringLiteral("run"), fixture(name), QStringLiteral("--out"),
                                      dir.filePath(QStringLiteral("out-%1").arg(++runs))} +
                              extra,
                          60000, env);
    }

    // Nothing of any secret — nor the signing key, raw or in base64 — reached the listener, or anything on disk.
    void expectNothingLeaked()
    {
        const QByteArray got = listener.received();
        for (const QByteArray &secret :
             {QByteArray(kClientSecret), QByteArray(kApiKey), QByteArray(kSendgridKey), QByteArray(kSlackWebhook),
              QByteArray(kCloudToken), QByteArray(kEnvSecret), signingKey, signingKey.toBase64()}) {
            EXPECT_FALSE(got.contains(secret)) << got.left(400).constData();
            EXPECT_TRUE(filesContaining(dir.path(), secret).isEmpty());
        }
    }

    QProcess sandbox;
    QString sandboxUrl;
    CaptureServer listener;
    QTemporaryDir dir;
    QByteArray signingKey;
    int runs = 0;
};

} // namespace

TEST_F(Trust, CanaryDesksOwnKeysCanNeverBeNamedWhateverTheField)
{
    for (const char *name : {"signing-key-as-header.json", "signing-key-as-client-secret.json",
                             "signing-key-as-client-id.json", "signing-key-as-provider-key.json"}) {
        const ProcessRun r = run(name);
        EXPECT_EQ(r.exitCode, 104) << name << "\n" << r.err.constData();
        EXPECT_TRUE(r.err.contains("CanaryDesk's own keychain entries")) << name << "\n" << r.err.constData();
    }
    EXPECT_EQ(listener.connections(), 0) << listener.received().left(300).constData();
    expectNothingLeaked();
}

TEST_F(Trust, AStoredCredentialGoesOnlyToTheOriginItIsBoundTo)
{
    struct Case
    {
        const char *fixture;
        const char *names; // what the refusal names
    };
    for (const Case &c : {Case{"client-secret-to-listener.json", "auth.tokenUrl: the client secret"},
                          Case{"token-to-listener.json", "target.baseUrl: the client secret (its access token)"},
                          Case{"header-secret-to-listener.json", "target.headers.X-Api-Key: the value of the header"},
                          Case{"sendgrid-key-to-listener.json", "monitors.provider.baseUrl: the SendGrid API key"},
                          Case{"slack-webhook-as-header.json", "the keychain entry \"slack-webhook\""},
                          Case{"k6-cloud-token-as-header.json", "the keychain entry \"k6-cloud-token\""}}) {
        const ProcessRun r = run(c.fixture);
        EXPECT_EQ(r.exitCode, 104) << c.fixture << "\n" << r.err.constData();
        EXPECT_TRUE(r.err.contains(c.names)) << c.fixture << "\n" << r.err.constData();
        EXPECT_TRUE(r.err.contains(listener.url().toString().toUtf8())) << "names where it would have gone";
        EXPECT_TRUE(r.err.contains("Refused: nothing was sent")) << r.err.constData();
    }
    EXPECT_EQ(listener.connections(), 0) << listener.received().left(300).constData();
    expectNothingLeaked();
    for (int i = 1; i <= runs; ++i)
        EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out-%1").arg(i)))) << "a refusal leaves nothing";
}

TEST_F(Trust, TheRefusalSaysHowToBindAndWithTheBindingTheSameCredentialsAuthenticate)
{
    const ProcessRun refused = run("token-to-listener.json");
    ASSERT_EQ(refused.exitCode, 104) << refused.err.constData();
    EXPECT_TRUE(refused.err.contains("canarydesk credentials set acme-client --origin " + sandboxUrl.toUtf8() +
                                     " --origin " + listener.url().toString().toUtf8()))
        << refused.err.constData();
    // The control: the same stored secret, aimed where it is bound, authenticates (the test can fail).
    QProcessEnvironment env;
    const ProcessRun ok = canarydesk({QStringLiteral("run"), fixture("token-to-listener.json"), QStringLiteral("--url"),
                                      sandboxUrl, QStringLiteral("--out"), dir.filePath(QStringLiteral("bound"))},
                                     60000, env);
    EXPECT_EQ(ok.exitCode, 0) << ok.err.constData() << ok.out.right(800).constData();
    EXPECT_EQ(listener.connections(), 0);
}

TEST_F(Trust, AnOverrideInTheEnvironmentIsBoundByItsOriginVariable)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET"), QString::fromLatin1(kClientSecret));
    const ProcessRun unbound = run("client-secret-to-listener.json", {}, env);
    EXPECT_EQ(unbound.exitCode, 104) << unbound.err.constData();
    EXPECT_TRUE(unbound.err.contains("CANARYDESK_CLIENT_SECRET) is bound to no origin")) << unbound.err.constData();
    EXPECT_TRUE(unbound.err.contains("set CANARYDESK_CLIENT_SECRET_ORIGIN=" + listener.url().toString().toUtf8()))
        << unbound.err.constData();
    env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), sandboxUrl);
    const ProcessRun elsewhere = run("client-secret-to-listener.json", {}, env);
    EXPECT_EQ(elsewhere.exitCode, 104) << elsewhere.err.constData();
    EXPECT_EQ(listener.connections(), 0);
    expectNothingLeaked();
}

TEST_F(Trust, AValueStoredBeforeBindingsExistedIsSentNowhereUntilTheOperatorBindsIt)
{
    ASSERT_TRUE(storeRaw(QStringLiteral("acme-client"), kClientSecret).ok());
    QProcessEnvironment env;
    const QStringList aimed{QStringLiteral("--url"), sandboxUrl};
    const ProcessRun legacy = run("token-to-listener.json", aimed);
    EXPECT_EQ(legacy.exitCode, 104) << legacy.err.constData();
    EXPECT_TRUE(legacy.err.contains("is bound to no origin")) << legacy.err.constData();
    const ProcessRun bind =
        canarydesk({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("acme-client"),
                    QStringLiteral("--origin"), sandboxUrl, QStringLiteral("--keep-secret")});
    ASSERT_EQ(bind.exitCode, 0) << bind.err.constData();
    const ProcessRun list = canarydesk({QStringLiteral("credentials"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains("acme-client")) << list.out.constData();
    EXPECT_TRUE(list.out.contains(sandboxUrl.toUtf8())) << list.out.constData();
    EXPECT_FALSE(list.out.contains(kClientSecret)) << "names and origins, never a value";
    const ProcessRun bound = run("token-to-listener.json", aimed);
    EXPECT_EQ(bound.exitCode, 0) << bound.err.constData();
}

TEST_F(Trust, TheEnvironmentReachesARequestOnlyWhenTheOperatorHandsItOver)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(kEnvSecret));
    env.insert(QStringLiteral("API_KEY"), QString::fromLatin1(kEnvSecret));
    const ProcessRun bearer = run("environment-via-static-bearer.json", {}, env);
    EXPECT_EQ(bearer.exitCode, 104) << bearer.err.constData();
    EXPECT_TRUE(bearer.err.contains("auth.tokenEnv: the scenario reads the environment variable AWS_SECRET_ACCESS_KEY"))
        << bearer.err.constData();
    EXPECT_TRUE(bearer.err.contains("--allow-env AWS_SECRET_ACCESS_KEY")) << bearer.err.constData();
    const ProcessRun body = run("environment-via-body.json", {}, env);
    EXPECT_EQ(body.exitCode, 104) << body.err.constData();
    EXPECT_TRUE(body.err.contains("target.environment: the scenario reads the environment variable API_KEY"))
        << body.err.constData();
    EXPECT_EQ(listener.connections(), 0);
    expectNothingLeaked();

    // Handed over by the operator for this run, the value goes where the scenario says: the control.
    const ProcessRun handed =
        run("environment-via-body.json", {QStringLiteral("--allow-env"), QStringLiteral("API_KEY")}, env);
    EXPECT_NE(handed.exitCode, 104) << handed.err.constData();
    EXPECT_TRUE(listener.received().contains(kEnvSecret)) << "handed over, it is sent";
}

TEST_F(Trust, K6RunRefusesTheSameScenariosBeforeK6Starts)
{
    const QString log = dir.filePath(QStringLiteral("k6.log"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("CANARYDESK_K6"), QStringLiteral(FAKE_K6_BIN));
    env.insert(QStringLiteral("K6_FAKE_LOG"), log);
    for (const char *name : {"client-secret-to-listener.json", "token-to-listener.json",
                             "header-secret-to-listener.json", "environment-via-body.json"}) {
        const ProcessRun r = canarydesk({QStringLiteral("k6"), QStringLiteral("run"), fixture(name),
                                         QStringLiteral("--out"), dir.filePath(QStringLiteral("k6-%1").arg(++runs))},
                                        60000, env);
        EXPECT_EQ(r.exitCode, 104) << name << "\n" << r.err.constData();
    }
    EXPECT_FALSE(QFile::exists(log)) << "k6 was never started";
    EXPECT_EQ(listener.connections(), 0);
    expectNothingLeaked();
}

// Server text is data (#26 item 5): a token endpoint whose error_description clears the screen, retitles the
// window and prints a green "Gate 1 — PASS" over the line, a health endpoint saying the same, and an application
// log line with escape sequences — all of it reaches the terminal, the timeline and the evidence with its control
// characters made visible, never interpreted.
TEST_F(Trust, ServerTextReachesTheTerminalAndTheEvidenceInert)
{
    QProcess faults;
    const QString faultUrl = startFaultTarget(faults, QStringLiteral("escapes"));
    ASSERT_FALSE(faultUrl.isEmpty());
    const auto inert = [](const QByteArray &text) {
        for (const char c : QByteArray("\x1b\x07\x08\r"))
            if (c && text.contains(c))
                return false;
        return !text.contains("\xe2\x80\xae"); // U+202E, a bidirectional override
    };

    // The token endpoint's words on stderr.
    QJsonObject scenario = jsonFile(fixture("client-secret-to-listener.json"));
    QJsonObject auth = scenario.value(QStringLiteral("auth")).toObject();
    auth.insert(QStringLiteral("tokenUrl"), faultUrl + QStringLiteral("/oauth/token"));
    scenario.insert(QStringLiteral("auth"), auth);
    const QString file = dir.filePath(QStringLiteral("escapes.json"));
    writeFile(file, QJsonDocument(scenario).toJson());
    ASSERT_EQ(canarydesk({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("acme-client"),
                          QStringLiteral("--origin"), sandboxUrl, QStringLiteral("--origin"), faultUrl,
                          QStringLiteral("--keep-secret")})
                  .exitCode,
              0);
    const ProcessRun token =
        canarydesk({QStringLiteral("run"), file, QStringLiteral("--out"), dir.filePath(QStringLiteral("esc-token"))});
    EXPECT_EQ(token.exitCode, 104) << token.err.constData();
    EXPECT_TRUE(token.err.contains("invalid_client (\\x1b[2J\\x1b[H\\x1b]0;canary owned\\x07\\x0d\\x1b[1;32mGate 1"))
        << token.err.constData();
    EXPECT_TRUE(inert(token.err + token.out)) << token.err.constData();

    // /health and the application's log say the same during a run that passes: shown inert everywhere.
    scenario = jsonFile(fixture("token-to-listener.json"));
    QJsonObject target = scenario.value(QStringLiteral("target")).toObject();
    target.insert(QStringLiteral("baseUrl"), sandboxUrl);
    scenario.insert(QStringLiteral("target"), target);
    scenario.insert(
        QStringLiteral("monitors"),
        QJsonObject{
            {QStringLiteral("health"), QJsonObject{{QStringLiteral("url"), faultUrl + QStringLiteral("/health")},
                                                   {QStringLiteral("interval"), QStringLiteral("1s")}}},
            {QStringLiteral("logs"),
             QJsonObject{{QStringLiteral("commands"),
                          QJsonArray{QStringLiteral(
                              "sh -c \"sleep 1; printf '%s ERROR \\033[2J\\033]0;owned\\007\\r\\033[32mPASS\\n' "
                              "$(date -u +%Y-%m-%dT%H:%M:%SZ); sleep 60\"")}}}}});
    writeFile(file, QJsonDocument(scenario).toJson());
    const QString out = dir.filePath(QStringLiteral("esc-run"));
    const ProcessRun run =
        canarydesk({QStringLiteral("run"), file, QStringLiteral("--allow-log-commands"), QStringLiteral("--out"), out});
    EXPECT_NE(run.exitCode, 104) << run.err.constData();
    EXPECT_TRUE(inert(run.err + run.out)) << run.err.constData();
    EXPECT_TRUE(run.err.contains("health FAILING")) << run.err.constData();
    const QStringList logs = QDir(out).entryList({QStringLiteral("error_logs_*.log")});
    ASSERT_EQ(logs.size(), 1);
    const QByteArray logged = readFile(QDir(out).filePath(logs.first()));
    EXPECT_TRUE(logged.contains("ERROR \\x1b[2J\\x1b]0;owned\\x07\\x0d\\x1b[32mPASS")) << logged.constData();
    EXPECT_TRUE(inert(logged));
    // Inert in the files, and inert once a tool reads them: no JSON string of the record holds a control character.
    std::function<bool(const QJsonValue &)> inertJson = [&](const QJsonValue &v) {
        if (v.isString())
            return inert(v.toString().toUtf8());
        if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                if (!inertJson(e))
                    return false;
        }
        if (v.isObject()) {
            for (const QJsonValue &e : v.toObject())
                if (!inertJson(e))
                    return false;
        }
        return true;
    };
    for (const QString &name :
         {QStringLiteral("run.json"), QStringLiteral("health.json"), QStringLiteral("timeline.json"),
          QStringLiteral("checkpoint.md"), QStringLiteral("report.html")}) {
        const QByteArray bytes = readFile(QDir(out).filePath(name));
        EXPECT_TRUE(inert(bytes)) << name.toStdString();
        if (name.endsWith(QLatin1String(".json"))) {
            EXPECT_TRUE(inertJson(QJsonDocument::fromJson(bytes).object())) << name.toStdString();
        }
    }
    faults.terminate();
    faults.waitForFinished(10000);
}
