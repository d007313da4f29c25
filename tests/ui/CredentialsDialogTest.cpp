#include "ui/credentials/CredentialsDialog.h"

#include "core/auth/CredentialProfiles.h"
#include "core/auth/KeychainSecretStore.h"
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
    EXPECT_TRUE(d.status().contains(QStringLiteral("its secret is in the OS keychain"))) << d.status().toStdString();
    EXPECT_TRUE(d.field(QStringLiteral("secret"))->text().isEmpty()) << "the field never keeps the secret";

    settings.sync();
    EXPECT_FALSE(test::readFile(iniPath).contains("canarydesk-demo-secret")) << "settings never hold the secret";
    EXPECT_TRUE(test::readFile(iniPath).contains("auto_com_center_client"));
    const auto stored = test::readSync(secrets, QStringLiteral("auto_com_center_client"));
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    EXPECT_EQ(stored.value().reveal(), QByteArray("canarydesk-demo-secret"));
    ASSERT_TRUE(test::waitUntil([&] { return d.secretState()->text().contains(QStringLiteral("stored")); }));

    // Test uses the stored secret: a token, its type and lifetime.
    ASSERT_TRUE(clickAndSettle(d, d.testButton()));
    EXPECT_TRUE(d.testResult()->text().contains(QStringLiteral("Bearer token, lifetime 3600 s")))
        << d.testResult()->text().toStdString();

    // A wrong secret typed in: the server's error, with its description.
    d.field(QStringLiteral("secret"))->setText(QStringLiteral("wrong"));
    ASSERT_TRUE(clickAndSettle(d, d.testButton()));
    EXPECT_TRUE(d.testResult()->text().contains(QStringLiteral("invalid_client (client authentication failed)")))
        << d.testResult()->text().toStdString();
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
