#include "core/auth/KeychainSecretStore.h"

#include "tests/auth/KeychainTestUtil.h"

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::test;

TEST(KeychainUnavailable, FailsWithAMessageThatSaysWhatIsMissingAndNoFallback)
{
    // Before the first keychain call, so libsecret never finds a bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/canarydesk-no-bus");
    KeychainSecretStore store(QStringLiteral("CanaryDesk-test"));
    const Status w = writeSync(store, QStringLiteral("k"), Secret("must-not-land-anywhere"));
    ASSERT_FALSE(w.ok());
    EXPECT_TRUE(w.error().message.contains(QStringLiteral("could not store \"k\""))) << w.error().message.toStdString();
    EXPECT_TRUE(w.error().message.contains(QStringLiteral("Secret Service")));
    EXPECT_TRUE(w.error().message.contains(QStringLiteral("CANARYDESK_CLIENT_SECRET")));
    const auto r = readSync(store, QStringLiteral("k"));
    ASSERT_FALSE(r.ok()) << "no plaintext fallback may have kept it";
}
