#include "core/auth/KeychainSecretStore.h"

#include "tests/auth/KeychainTestUtil.h"

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::test;

namespace {

class KeychainTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("CANARYDESK_KEYRING_HOME"))
            GTEST_FAIL() << "run through tests/support/with-keyring.sh (ctest does this)";
    }
    KeychainSecretStore m_store{QStringLiteral("CanaryDesk-test")};
};

} // namespace

TEST_F(KeychainTest, StoresReadsOverwritesAndRemoves)
{
    const QString key = QStringLiteral("auto_com_center_client");
    ASSERT_TRUE(writeSync(m_store, key, Secret("first-secret-value")).ok());
    auto r = readSync(m_store, key);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().reveal(), QByteArray("first-secret-value"));

    ASSERT_TRUE(writeSync(m_store, key, Secret("second-secret-value")).ok());
    EXPECT_EQ(readSync(m_store, key).value().reveal(), QByteArray("second-secret-value"));

    ASSERT_TRUE(removeSync(m_store, key).ok());
    auto gone = readSync(m_store, key);
    ASSERT_FALSE(gone.ok());
    EXPECT_TRUE(gone.error().message.startsWith(
        QStringLiteral("no secret named \"auto_com_center_client\" is stored in the OS keychain")))
        << gone.error().message.toStdString();
    EXPECT_TRUE(removeSync(m_store, key).ok()) << "removing what is not there is not an error";
}

TEST_F(KeychainTest, KeysAndServicesAreSeparate)
{
    ASSERT_TRUE(writeSync(m_store, QStringLiteral("a"), Secret("alpha")).ok());
    ASSERT_TRUE(writeSync(m_store, QStringLiteral("b"), Secret("bravo")).ok());
    EXPECT_EQ(readSync(m_store, QStringLiteral("a")).value().reveal(), QByteArray("alpha"));
    EXPECT_EQ(readSync(m_store, QStringLiteral("b")).value().reveal(), QByteArray("bravo"));
    KeychainSecretStore other(QStringLiteral("SomeOtherApp"));
    EXPECT_FALSE(readSync(other, QStringLiteral("a")).ok());
}

TEST_F(KeychainTest, BinaryAndUnicodeSecretsSurvive)
{
    const QByteArray binary("\x00\x01\xff=+/ sécret\n", 16);
    ASSERT_TRUE(writeSync(m_store, QStringLiteral("binary"), Secret(binary)).ok());
    EXPECT_EQ(readSync(m_store, QStringLiteral("binary")).value().reveal(), binary);
}

TEST_F(KeychainTest, SecretIsNeverOnDiskInPlaintext)
{
    const QByteArray secret("cd-leak-probe-7f3a9c2e51");
    ASSERT_TRUE(writeSync(m_store, QStringLiteral("leak-probe"), Secret(secret)).ok());
    ASSERT_TRUE(readSync(m_store, QStringLiteral("leak-probe")).ok());
    const QString home = qEnvironmentVariable("CANARYDESK_KEYRING_HOME");
    EXPECT_TRUE(filesContaining(home, secret).isEmpty())
        << "plaintext secret found in: " << filesContaining(home, secret).join(QLatin1Char(' ')).toStdString();
}

TEST_F(KeychainTest, EmptyKeyIsRefused)
{
    const Status s = writeSync(m_store, QStringLiteral(" "), Secret("x"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, QStringLiteral("a keychain entry needs a name"));
}

TEST_F(KeychainTest, ALockedKeyringWhoseUnlockPromptIsCancelledIsNamedAsLockedNotAsMissing)
{
    ASSERT_TRUE(writeSync(m_store, QStringLiteral("locked-probe"), Secret("value")).ok());
    lockDefaultCollection();
    // gnome-keyring asks its prompter to unlock; with no display the prompt is dismissed, which is what the
    // Secret Service reports when the user presses Cancel.
    const auto read = readSync(m_store, QStringLiteral("locked-probe"));
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, SecretStore::kDenied);
    EXPECT_TRUE(read.error().message.startsWith(QStringLiteral("the OS keychain is locked (keyring \"Login\")")))
        << read.error().message.toStdString();
    EXPECT_FALSE(read.error().message.contains(QStringLiteral("no secret named")));

    const Status write = writeSync(m_store, QStringLiteral("locked-write"), Secret("value"));
    ASSERT_FALSE(write.ok());
    EXPECT_EQ(write.error().code, SecretStore::kDenied) << write.error().message.toStdString();

    const Status removed = removeSync(m_store, QStringLiteral("locked-probe"));
    ASSERT_FALSE(removed.ok()) << "a locked entry is not 'already gone'";
    EXPECT_EQ(removed.error().code, SecretStore::kDenied);

    // Unlocked again (as logging in does), the entry is there, untouched.
    unlockLogin();
    const auto again = readSync(m_store, QStringLiteral("locked-probe"));
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again.value().reveal(), QByteArray("value"));
    EXPECT_EQ(readSync(m_store, QStringLiteral("never-stored")).error().code, SecretStore::kNotFound)
        << "with nothing locked, missing is missing";
}
