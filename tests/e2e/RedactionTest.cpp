// Secrets never leak: a full run with a known client secret and a known token, then every file the run
// wrote (decompressed), the settings folder and the captured stdout/stderr are searched for both.
#include "tests/e2e/E2eSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary::test;

namespace {

const QByteArray kSecret = "S3CR3T-redaction-probe-91f2";
const QByteArray kToken = "TOK3N-redaction-probe-7c1d";

QByteArray everythingUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".gz"))) {
            QProcess gz;
            gz.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
            gz.waitForFinished(60000);
            all += gz.readAllStandardOutput();
        } else {
            all += readFile(path);
        }
    }
    return all;
}

class Redaction : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_base = startSandbox(m_sandbox, {QStringLiteral("--client-secret"), QString::fromLatin1(kSecret),
                                          QStringLiteral("--token-value"), QString::fromLatin1(kToken),
                                          QStringLiteral("--token-lifetime"), QStringLiteral("3s"),
                                          QStringLiteral("--latency"), QStringLiteral("1")});
        ASSERT_FALSE(m_base.isEmpty());
        m_scenario = m_dir.filePath(QStringLiteral("canary.json"));
        writeFile(m_scenario, QStringLiteral(R"({"schemaVersion": 1, "name": "redaction", "service": "auto_com_center",
            "target": {"baseUrl": "%1", "path": "/api/v1/notifications", "body": {"to": "{{seq}}@example.com"}},
            "load": {"stages": [{"rate": 50, "duration": "7s"}]},
            "auth": {"type": "oauth2-client-credentials", "tokenUrl": "/oauth/token", "clientId": "auto_com_center_client", "style": "body"},
            "checks": {"expectedStatus": [202], "delivery": {"pointer": "/status", "values": ["queued"]}}})")
                                  .arg(m_base)
                                  .toUtf8());
    }
    void TearDown() override
    {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(10000);
    }

    // The scenario aimed at another target and token endpoint (absolute URLs), for the fault runs.
    QString scenarioFor(const QString &name, const QString &baseUrl, const QString &tokenUrl)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QString json = QString::fromUtf8(readFile(m_scenario));
        json.replace(QStringLiteral("\"baseUrl\": \"%1\"").arg(m_base),
                     QStringLiteral("\"baseUrl\": \"%1\"").arg(baseUrl));
        json.replace(QStringLiteral("\"tokenUrl\": \"/oauth/token\""),
                     QStringLiteral("\"tokenUrl\": \"%1\"").arg(tokenUrl));
        json.replace(QStringLiteral("\"duration\": \"7s\"}]"),
                     QStringLiteral("\"duration\": \"2s\"}], \"gracefulStop\": \"2s\""));
        json.replace(QStringLiteral("\"path\": \"/api/v1/notifications\""),
                     QStringLiteral("\"path\": \"/api/v1/notifications\", \"timeout\": \"1s\""));
        writeFile(path, json.toUtf8());
        return path;
    }

    QProcess::ExitStatus run(const QByteArray &secret, int &exitCode, QByteArray &output)
    {
        return run(secret, m_scenario, m_dir.filePath(QStringLiteral("out")), exitCode, output);
    }

    QProcess::ExitStatus run(const QByteArray &secret, const QString &scenario, const QString &out, int &exitCode,
                             QByteArray &output, const QStringList &extraArgs = {},
                             const QProcessEnvironment &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(extraEnv);
        env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET"), QString::fromLatin1(secret));
        env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), originsOf(scenario)); // as CI binds it
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CANARYDESK_BIN),
                QStringList{QStringLiteral("run"), scenario, QStringLiteral("--out"), out} + extraArgs);
        p.waitForFinished(120000);
        exitCode = p.exitCode();
        output = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitStatus();
    }

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_base;
    QString m_scenario;
};

} // namespace

TEST_F(Redaction, NeitherSecretNorTokenAppearsAnywhereARunWrites)
{
    int exitCode = -1;
    QByteArray output;
    ASSERT_EQ(run(kSecret, exitCode, output), QProcess::NormalExit);
    ASSERT_EQ(exitCode, 0) << output.constData();
    EXPECT_TRUE(output.contains("token_refreshed")) << "the 3-s token was refreshed during the run";
    const QByteArray written = everythingUnder(m_dir.filePath(QStringLiteral("out"))) +
                               everythingUnder(m_dir.filePath(QStringLiteral("home")));
    EXPECT_GT(written.size(), 10000) << "the search covers real output";
    EXPECT_TRUE(written.contains("token_refreshed")) << "timeline.json is among what was searched";
    for (const QByteArray &needle : {kSecret, kToken}) {
        EXPECT_FALSE(written.contains(needle)) << needle.constData() << " found in the run's files";
        EXPECT_FALSE(output.contains(needle)) << needle.constData() << " found in stdout/stderr";
    }
}

TEST_F(Redaction, AWrongSecretStopsTheRunWithTheServersError)
{
    int exitCode = -1;
    QByteArray output;
    ASSERT_EQ(run("not-the-secret", exitCode, output), QProcess::NormalExit);
    EXPECT_EQ(exitCode, 104);
    EXPECT_TRUE(output.contains("invalid_client (client authentication failed)")) << output.constData();
    EXPECT_FALSE(output.contains("not-the-secret"));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("out/results.ndjson.gz")))) << "the run did not start";
}

TEST_F(Redaction, NoFaultOfTheTargetOrTheTokenEndpointMakesASecretLeak)
{
    // Every fault the sandbox can play, first as the target (the run fails its gate and still writes a
    // package), then as the token endpoint (the run stops before the load). Each run's files and output are
    // searched for the secret and the token.
    QProcess faults;
    QByteArray all;
    int runs = 0;
    for (const QString &mode :
         {QStringLiteral("reset"), QStringLiteral("hang"), QStringLiteral("trickle"), QStringLiteral("garbage"),
          QStringLiteral("huge"), QStringLiteral("ratelimit"), QStringLiteral("echo")}) {
        const QString faultUrl = startFaultTarget(faults, mode);
        ASSERT_FALSE(faultUrl.isEmpty()) << mode.toStdString();

        const QString asTarget =
            scenarioFor(mode + QStringLiteral("-target"), faultUrl, m_base + QStringLiteral("/oauth/token"));
        const QString asTokenEndpoint =
            scenarioFor(mode + QStringLiteral("-token"), m_base, faultUrl + QStringLiteral("/oauth/token"));
        int exitCode = -1;
        QByteArray output;
        const QString out = m_dir.filePath(QStringLiteral("fault-") + mode);
        ASSERT_EQ(run(kSecret, asTarget, out, exitCode, output), QProcess::NormalExit) << mode.toStdString();
        EXPECT_EQ(exitCode, 99) << mode.toStdString() << ": the gate fails\n" << output.constData();
        EXPECT_TRUE(QFile::exists(out + QStringLiteral("/manifest.json"))) << mode.toStdString();
        all += output + everythingUnder(out);
        ++runs;

        ASSERT_EQ(run(kSecret, asTokenEndpoint, out + QStringLiteral("-token"), exitCode, output),
                  QProcess::NormalExit);
        EXPECT_EQ(exitCode, 104) << mode.toStdString() << ": no token, no run\n" << output.constData();
        EXPECT_TRUE(output.contains("token")) << output.constData();
        all += output + everythingUnder(out + QStringLiteral("-token"));
        ++runs;

        faults.terminate();
        faults.waitForFinished(10000);
    }
    EXPECT_EQ(runs, 14);
    EXPECT_GT(all.size(), 50000) << "the search covers real output";
    all += everythingUnder(m_dir.filePath(QStringLiteral("home")));
    for (const QByteArray &needle : {kSecret, kToken})
        EXPECT_FALSE(all.contains(needle)) << needle.constData() << " leaked in a fault case";
}

TEST_F(Redaction, ATokenEndpointThatQuotesTheSecretBackIsShownWithTheSecretCutOut)
{
    // A token endpoint that answers invalid_client with the whole request in error_description: the secret in
    // the form body (style "body"), then base64'd in the Basic header (style "basic").
    QProcess echo;
    const QString echoUrl = startFaultTarget(echo, QStringLiteral("echo"));
    ASSERT_FALSE(echoUrl.isEmpty());
    for (const char *style : {"body", "basic"}) {
        QString scenario = scenarioFor(QStringLiteral("echo-%1").arg(QLatin1String(style)), m_base,
                                       echoUrl + QStringLiteral("/oauth/token"));
        writeFile(scenario, QString::fromUtf8(readFile(scenario))
                                .replace(QStringLiteral("\"style\": \"body\""),
                                         QStringLiteral("\"style\": \"%1\"").arg(QLatin1String(style)))
                                .toUtf8());
        const QString out = m_dir.filePath(QStringLiteral("echo-out-%1").arg(QLatin1String(style)));
        int exitCode = -1;
        QByteArray output;
        ASSERT_EQ(run(kSecret, scenario, out, exitCode, output), QProcess::NormalExit);
        EXPECT_EQ(exitCode, 104) << output.constData();
        EXPECT_TRUE(output.contains("invalid_client")) << "the server's words are still shown: " << output.constData();
        EXPECT_TRUE(output.contains("bad credentials in: POST /oauth/token")) << output.constData();
        EXPECT_TRUE(output.contains("[redacted]")) << style << ": " << output.constData();
        const QByteArray basic = QByteArray("auto_com_center_client:" + kSecret).toBase64();
        for (const QByteArray &needle : {kSecret, QByteArray(kSecret).toPercentEncoding(), basic})
            EXPECT_FALSE((output + everythingUnder(out)).contains(needle)) << style << ": " << needle.constData();
    }
    echo.terminate();
    echo.waitForFinished(10000);
}

TEST_F(Redaction, ASlackStandInThatQuotesTheWebhookBackNeverPrintsItsUrl)
{
    QProcess echo;
    const QString echoUrl = startFaultTarget(echo, QStringLiteral("echo"));
    ASSERT_FALSE(echoUrl.isEmpty());
    const QByteArray webhookSecret = "XoXb-webhook-path-secret-3e8a";
    QProcessEnvironment env;
    env.insert(QStringLiteral("CANARYDESK_SLACK_WEBHOOK"),
               echoUrl + QStringLiteral("/services/T0000/B0000/") + QString::fromLatin1(webhookSecret));
    const QString scenario = scenarioFor(QStringLiteral("slack"), m_base, m_base + QStringLiteral("/oauth/token"));
    const QString out = m_dir.filePath(QStringLiteral("slack-out"));
    int exitCode = -1;
    QByteArray output;
    ASSERT_EQ(run(kSecret, scenario, out, exitCode, output, {QStringLiteral("--slack")}, env), QProcess::NormalExit);
    EXPECT_EQ(exitCode, 0) << output.constData();
    EXPECT_TRUE(output.contains("Slack answered HTTP 401")) << output.constData();
    EXPECT_TRUE(output.contains("[redacted]")) << output.constData();
    EXPECT_FALSE((output + everythingUnder(out)).contains(webhookSecret)) << output.constData();
    echo.terminate();
    echo.waitForFinished(10000);
}
