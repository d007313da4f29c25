#include "ui/credentials/CredentialsDialog.h"

#include "core/auth/CredentialProfiles.h"
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/Secrets.h"
#include "core/sandbox/SandboxTarget.h"

#include "tests/auth/KeychainTestUtil.h"
#include "tests/support/TestUtil.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::ui;

namespace {

bool clickAndSettle(CredentialsDialog &d, QPushButton *button)
{
    QSignalSpy settled(&d, &CredentialsDialog::settled);
    button->click();
    return settled.count() > 0 || settled.wait(20000);
}

} // namespace

TEST(CredentialsDialog, SavesProfilesToSettingsAndSecretsOnlyToTheKeychain)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("CANARYDESK_KEYRING_HOME")) << "runs inside with-keyring.sh";
    SandboxTarget sandbox(SandboxConfig{});
    ASSERT_TRUE(sandbox.listen().ok());
    QTemporaryDir dir;
    const QString iniPath = dir.filePath(QStringLiteral("canarydesk.ini"));
    QSettings settings(iniPath, QSettings::IniFormat);
    KeychainSecretStore secrets(QStringLiteral("CanaryDesk-test"));
    CredentialsDialog d(settings, secrets);
    d.show();

    d.field(QStringLiteral("id"))->setText(QStringLiteral("auto_com_center_client"));
    d.field(QStringLiteral("tokenUrl"))->setText(sandbox.baseUrl().toString() + QStringLiteral("/oauth/token"));
    d.field(QStringLiteral("clientId"))->setText(QStringLiteral("auto_com_center_client"));
    d.styleBox()->setCurrentIndex(1); // body fields, like the seed's curl
    d.field(QStringLiteral("secret"))->setText(QStringLiteral("canarydesk-demo-secret"));
    ASSERT_TRUE(clickAndSettle(d, d.saveButton()));
    // No origins typed: bound to the token URL's origin, and said so.
    const QString origin = Origin::of(sandbox.baseUrl())->toString();
    EXPECT_TRUE(d.status().contains(QStringLiteral("its secret is in the OS keychain, bound to %1").arg(origin)))
        << d.status().toStdString();
    EXPECT_TRUE(d.field(QStringLiteral("secret"))->text().isEmpty()) << "the field never keeps the secret";

    settings.sync();
    EXPECT_FALSE(test::readFile(iniPath).contains("canarydesk-demo-secret")) << "settings never hold the secret";
    EXPECT_TRUE(test::readFile(iniPath).contains("auto_com_center_client"));
    const auto stored = test::readSync(secrets, QStringLiteral("auto_com_center_client"));
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    const credentials::Stored decoded = credentials::decode(stored.value().reveal());
    EXPECT_EQ(decoded.secret.reveal(), QByteArray("canarydesk-demo-secret"));
    EXPECT_EQ(Origin::join(decoded.origins), origin);
    ASSERT_TRUE(test::waitUntil([&] { return d.secretState()->text().contains(QStringLiteral("may be sent to")); }));
    EXPECT_EQ(d.field(QStringLiteral("origins"))->text(), origin) << "the dialog shows where it may go";

    // Test uses the stored secret: a token, its type and lifetime.
    ASSERT_TRUE(clickAndSettle(d, d.testButton()));
    EXPECT_TRUE(d.testResult()->text().contains(QStringLiteral("Bearer token, lifetime 3600 s")))
        << d.testResult()->text().toStdString();

    // A wrong secret typed in: the server's error, with its description.
    d.field(QStringLiteral("secret"))->setText(QStringLiteral("wrong"));
    ASSERT_TRUE(clickAndSettle(d, d.testButton()));
    EXPECT_TRUE(d.testResult()->text().contains(QStringLiteral("invalid_client (client authentication failed)")))
        << d.testResult()->text().toStdString();

    // Rebinding keeps the secret: other origins, no secret typed.
    d.field(QStringLiteral("secret"))->clear();
    d.field(QStringLiteral("origins"))->setText(QStringLiteral("https://auth.example.com, %1").arg(origin));
    ASSERT_TRUE(clickAndSettle(d, d.saveButton()));
    const credentials::Stored rebound =
        credentials::decode(test::readSync(secrets, QStringLiteral("auto_com_center_client")).value().reveal());
    EXPECT_EQ(rebound.secret.reveal(), QByteArray("canarydesk-demo-secret"));
    EXPECT_EQ(Origin::join(rebound.origins), QStringLiteral("https://auth.example.com, %1").arg(origin));
    // A token URL elsewhere is refused before anything is sent: the secret is not bound there.
    d.field(QStringLiteral("tokenUrl"))->setText(QStringLiteral("http://127.0.0.1:9/oauth/token"));
    ASSERT_TRUE(clickAndSettle(d, d.testButton()));
    EXPECT_TRUE(d.testResult()->text().contains(QStringLiteral("may only be sent to")))
        << d.testResult()->text().toStdString();
}

// Every credential a scenario or a run can use has its place, each with its origins: an API key for a header, the
// Slack webhook (bound to its own origin), the k6 Cloud token (bound to k6 Cloud).
TEST(CredentialsDialog, EveryKindOfCredentialIsStoredWithWhereItMayGo)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("CANARYDESK_KEYRING_HOME")) << "runs inside with-keyring.sh";
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    KeychainSecretStore secrets(QStringLiteral("CanaryDesk-test"));
    CredentialsDialog d(settings, secrets);
    d.show();
    auto storeAs = [&](CredentialsDialog::Kind kind, const QString &name, const QString &origins,
                       const QString &value) {
        d.selectProfile(name);
        d.kindBox()->setCurrentIndex(d.kindBox()->findData(static_cast<int>(kind)));
        d.field(QStringLiteral("id"))->setText(name);
        d.field(QStringLiteral("origins"))->setText(origins);
        d.field(QStringLiteral("secret"))->setText(value);
        return clickAndSettle(d, d.saveButton());
    };
    // An API key without origins is refused: it would be sent nowhere.
    ASSERT_TRUE(
        storeAs(CredentialsDialog::Kind::ApiKey, QStringLiteral("acme-api-key"), QString(), QStringLiteral("k-1")));
    EXPECT_TRUE(d.status().contains(QStringLiteral("name the origins it may be sent to"))) << d.status().toStdString();
    ASSERT_TRUE(storeAs(CredentialsDialog::Kind::ApiKey, QStringLiteral("acme-api-key"),
                        QStringLiteral("https://api.acme.example"), QStringLiteral("k-1-secret-value")));
    ASSERT_TRUE(storeAs(CredentialsDialog::Kind::SlackWebhook, QStringLiteral("slack-webhook"), QString(),
                        QStringLiteral("https://hooks.slack.com/services/T0/B0/abcdef123456")));
    ASSERT_TRUE(storeAs(CredentialsDialog::Kind::CloudToken, QStringLiteral("k6-cloud-token"), QString(),
                        QStringLiteral("k6-token-value-123")));
    const auto origins = [&](const char *name) {
        return Origin::join(
            credentials::decode(test::readSync(secrets, QString::fromLatin1(name)).value().reveal()).origins);
    };
    EXPECT_EQ(origins("acme-api-key"), QStringLiteral("https://api.acme.example"));
    EXPECT_EQ(origins("slack-webhook"), QStringLiteral("https://hooks.slack.com")) << "the webhook's own origin";
    EXPECT_EQ(origins("k6-cloud-token"), QStringLiteral("https://ingest.k6.io"));
    // The list holds every one of them by name, never a value.
    EXPECT_TRUE(CredentialProfiles(settings).credentialNames().contains(QStringLiteral("acme-api-key")));
    // CanaryDesk's own entries are not credentials.
    ASSERT_TRUE(storeAs(CredentialsDialog::Kind::ApiKey, QStringLiteral("canarydesk-signing-key"),
                        QStringLiteral("https://x.example"), QStringLiteral("x")));
    EXPECT_TRUE(d.status().contains(QStringLiteral("CanaryDesk's own"))) << d.status().toStdString();
}

TEST(CredentialsDialog, RefusesAnIncompleteProfileWithReasons)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    KeychainSecretStore secrets(QStringLiteral("CanaryDesk-test"));
    CredentialsDialog d(settings, secrets);
    d.field(QStringLiteral("id"))->setText(QStringLiteral("x"));
    d.field(QStringLiteral("tokenUrl"))->setText(QStringLiteral("auth.example.com/token"));
    ASSERT_TRUE(clickAndSettle(d, d.saveButton()));
    EXPECT_TRUE(d.status().contains(QStringLiteral("the token URL must be an http:// or https:// URL")));
    EXPECT_TRUE(d.status().contains(QStringLiteral("the client id is empty")));
    EXPECT_TRUE(CredentialProfiles(settings).all().isEmpty());
}

TEST(CredentialsDialog, ALockedKeyringIsSaidToBeLockedAndTheDialogKeepsItsWidth)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("CANARYDESK_KEYRING_HOME")) << "runs inside with-keyring.sh";
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    KeychainSecretStore secrets(QStringLiteral("CanaryDesk-test"));
    CredentialProfiles(settings).save(CredentialProfile{QStringLiteral("locked_client"),
                                                        QStringLiteral("https://auth.example.com/oauth/token"),
                                                        QStringLiteral("locked_client"), QString(), true});
    ASSERT_TRUE(test::writeSync(secrets, QStringLiteral("locked_client"), Secret("s3cr3t")).ok());
    test::lockDefaultCollection();

    CredentialsDialog d(settings, secrets);
    d.show();
    const int widthBefore = d.width();
    d.selectProfile(QStringLiteral("locked_client"));
    ASSERT_TRUE(test::waitUntil([&] { return d.secretState()->text().startsWith(QStringLiteral("✗")); }, 20000));
    // gnome-keyring's unlock prompt could not be shown (no display): what a cancelled prompt reports.
    EXPECT_TRUE(d.secretState()->text().contains(QStringLiteral("the OS keychain is locked")))
        << d.secretState()->text().toStdString();
    EXPECT_FALSE(d.secretState()->text().contains(QStringLiteral("no secret named")));
    EXPECT_TRUE(d.field(QStringLiteral("secret"))->placeholderText().contains(QStringLiteral("locked")));
    QCoreApplication::processEvents();
    EXPECT_EQ(d.width(), widthBefore) << "the message wraps; the dialog does not grow";
    EXPECT_LE(d.minimumSizeHint().width(), 1366);
    EXPECT_LE(d.minimumSizeHint().height(), 768);

    // Saving a new secret into a locked keyring says why it was not stored.
    d.field(QStringLiteral("secret"))->setText(QStringLiteral("new-secret"));
    ASSERT_TRUE(clickAndSettle(d, d.saveButton()));
    EXPECT_TRUE(d.status().contains(QStringLiteral("the secret was not stored"))) << d.status().toStdString();
    EXPECT_TRUE(d.status().contains(QStringLiteral("refused"))) << d.status().toStdString();
}
