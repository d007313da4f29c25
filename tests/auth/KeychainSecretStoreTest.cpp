#include "core/auth/KeychainSecretStore.h"

#include "tests/auth/KeychainTestUtil.h"

#include <QProcess>

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
