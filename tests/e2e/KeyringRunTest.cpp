// Headless runs the way a desktop user has them: a Secret Service keyring on the session bus (ctest runs
// this binary inside tests/support/with-keyring.sh). The no-keyring and environment-override paths are
// special cases with tests of their own below.
#include "tests/e2e/E2eSupport.h"

#include "core/auth/Secrets.h"
#include "tests/auth/KeychainTestUtil.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::test;

namespace {

QJsonObject manifestOf(const QString &dir)
{
    return QJsonDocument::fromJson(readFile(QDir(dir).filePath(QStringLiteral("manifest.json")))).object();
}

QString field(const QJsonObject &o, const char *name)
{
    return o.value(QString::fromLatin1(name)).toString();
}

// A short demo run: 20/s for 2 s into dir.
ProcessRun shortDemoRun(const QString &dir, const QProcessEnvironment &env = QProcessEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env.isEmpty() ? canarydeskEnvironment() : env);
    p.start(QStringLiteral(CANARYDESK_BIN),
            {QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--rate"), QStringLiteral("20"),
             QStringLiteral("--duration"), QStringLiteral("2s"), QStringLiteral("--out"), dir});
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return ProcessRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                      p.readAllStandardError()};
}

void expectVerifies(const QString &dir, const QString &fingerprint)
{
    const ProcessRun verify = canarydesk({QStringLiteral("verify"), dir});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.constData() << verify.err.constData();
    EXPECT_TRUE(verify.out.contains(fingerprint.toUtf8())) << verify.out.constData();
}

} // namespace

TEST(KeyringRun, OnADesktopKeyringTheSigningKeyIsCreatedInTheKeychainAndSignsTheNextRunToo)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("CANARYDESK_KEYRING_HOME")) << "runs inside with-keyring.sh";
    QTemporaryDir first, second;
    const ProcessRun a = shortDemoRun(first.path());
    ASSERT_EQ(a.exitCode, 0) << a.out.right(2000).constData() << a.err.constData();
    EXPECT_FALSE(a.err.contains("QObject")) << a.err.constData();
    const QJsonObject ma = manifestOf(first.path());
    EXPECT_EQ(field(ma, "key_source"), QStringLiteral("keychain"));
    EXPECT_EQ(field(ma, "key_note"), QStringLiteral("OS keychain (created now)"));
    expectVerifies(first.path(), field(ma, "key_fingerprint"));

    const ProcessRun b = shortDemoRun(second.path());
    ASSERT_EQ(b.exitCode, 0) << b.out.right(2000).constData() << b.err.constData();
    const QJsonObject mb = manifestOf(second.path());
    EXPECT_EQ(field(mb, "key_source"), QStringLiteral("keychain"));
    EXPECT_EQ(field(mb, "key_note"), QStringLiteral("OS keychain")) << "read back, not made again";
    EXPECT_EQ(field(mb, "key_fingerprint"), field(ma, "key_fingerprint")) << "the same key signs every run";
    expectVerifies(second.path(), field(ma, "key_fingerprint"));

    // The key is in the keyring, and nowhere on disk in plaintext beside it.
    const auto stored = readSync(systemSecretStore(), QStringLiteral("canarydesk-signing-key"));
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    ASSERT_EQ(stored.value().reveal().size(), 32);
    for (const QString &dir : {first.path(), second.path(), qEnvironmentVariable("CANARYDESK_DATA_DIR"),
                               qEnvironmentVariable("CANARYDESK_KEYRING_HOME")})
        EXPECT_TRUE(filesContaining(dir, stored.value().reveal()).isEmpty()) << dir.toStdString();
}

TEST(KeyringRun, TheClientSecretStoredInTheKeychainAuthenticatesARunAgainstAnotherTarget)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("CANARYDESK_KEYRING_HOME")) << "runs inside with-keyring.sh";
    QProcess sandbox;
    const QString base = startSandbox(sandbox, {QStringLiteral("--latency"), QStringLiteral("2")});
    ASSERT_FALSE(base.isEmpty());
    // Stored the way the Credentials dialog stores it: the product's keychain store, entry = the scenario's
    // auth.secretKey ("sandbox-demo-client" in the demo scenario), bound to the service's origin.
    ASSERT_TRUE(
        storeSync(systemSecretStore(), QStringLiteral("sandbox-demo-client"), "canarydesk-demo-secret", {QUrl(base)})
            .ok());
    QTemporaryDir dir;
    QProcessEnvironment env = canarydeskEnvironment();
    env.remove(QStringLiteral("CANARYDESK_CLIENT_SECRET"));
    const ProcessRun r = canarydesk(
        {QStringLiteral("run"), QStringLiteral(CANARYDESK_SOURCE_DIR "/resources/scenarios/demo_sandbox.json"),
         QStringLiteral("--url"), base, QStringLiteral("--rate"), QStringLiteral("20"), QStringLiteral("--duration"),
         QStringLiteral("2s"), QStringLiteral("--out"), dir.path()},
        120000, env);
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    ASSERT_EQ(r.exitCode, 0) << r.out.right(2000).constData() << r.err.constData();
    EXPECT_EQ(summaryCount(dir.path(), "http_reqs"), 40.0);
    EXPECT_EQ(field(manifestOf(dir.path()), "key_source"), QStringLiteral("keychain"));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("sandbox_counts.json"))))
        << "an external target: no in-process sandbox counted anything";
    EXPECT_TRUE(filesContaining(dir.path(), "canarydesk-demo-secret").isEmpty());
}

TEST(KeyringRun, WithoutAnyKeyringTheRunIsSignedWithAOneTimeKeyAndSaysSo)
{
    QProcessEnvironment env = canarydeskEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR")); // a bare CI container has neither
    QTemporaryDir first, second;
    const ProcessRun a = shortDemoRun(first.path(), env);
    ASSERT_EQ(a.exitCode, 0) << a.out.right(2000).constData() << a.err.constData();
    const QJsonObject ma = manifestOf(first.path());
    EXPECT_EQ(field(ma, "key_source"), QStringLiteral("one-time"));
    EXPECT_TRUE(field(ma, "key_note").contains(QStringLiteral("there is no D-Bus session")))
        << field(ma, "key_note").toStdString();
    // The advice names the signing key's own variable, never the client secret's.
    EXPECT_TRUE(field(ma, "key_note").contains(QStringLiteral("CANARYDESK_SIGNING_KEY")))
        << field(ma, "key_note").toStdString();
    EXPECT_FALSE(field(ma, "key_note").contains(QStringLiteral("CANARYDESK_CLIENT_SECRET")));
    EXPECT_TRUE(a.out.contains("key: one-time")) << a.out.right(600).constData();
    // A headless start without XDG_RUNTIME_DIR is quiet about it (Qt used to warn on every start).
    EXPECT_FALSE(a.err.contains("XDG_RUNTIME_DIR")) << a.err.constData();
    expectVerifies(first.path(), field(ma, "key_fingerprint"));
    const ProcessRun b = shortDemoRun(second.path(), env);
    ASSERT_EQ(b.exitCode, 0);
    EXPECT_NE(field(manifestOf(second.path()), "key_fingerprint"), field(ma, "key_fingerprint"))
        << "a one-time key is never used twice";
}

TEST(KeyringRun, CanaryDeskSigningKeyInTheEnvironmentOverridesTheKeychain)
{
    QProcessEnvironment env = canarydeskEnvironment();
    env.insert(QStringLiteral("CANARYDESK_SIGNING_KEY"), QString::fromLatin1(QByteArray(32, '\x07').toBase64()));
    QTemporaryDir dir;
    const ProcessRun r = shortDemoRun(dir.path(), env);
    ASSERT_EQ(r.exitCode, 0) << r.out.right(2000).constData() << r.err.constData();
    EXPECT_EQ(field(manifestOf(dir.path()), "key_source"), QStringLiteral("environment"));
    const auto stored = readSync(systemSecretStore(), QStringLiteral("canarydesk-signing-key"));
    EXPECT_FALSE(stored.ok()) << "the override is used as it is: no key was made in the keychain";
}
