// Secrets never leak: a full run with a known client secret and a known token, then every file the run
// wrote (decompressed), the settings folder and the captured stdout/stderr are searched for both.
#include "tests/e2e/E2eSupport.h"

#include <QDirIterator>
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

    QProcess::ExitStatus run(const QByteArray &secret, int &exitCode, QByteArray &output)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET"), QString::fromLatin1(secret));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CANARYDESK_BIN),
                {QStringLiteral("run"), m_scenario, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("out"))});
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
