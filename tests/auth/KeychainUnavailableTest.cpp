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
    // The way out for one run, without naming a variable that belongs to another secret (the store does not know
    // which secret "k" is; the signing key's note names its own).
    EXPECT_TRUE(w.error().message.contains(QStringLiteral("for one run in its environment variable")))
        << w.error().message.toStdString();
    EXPECT_FALSE(w.error().message.contains(QStringLiteral("CANARYDESK_CLIENT_SECRET")));
    const auto r = readSync(store, QStringLiteral("k"));
    ASSERT_FALSE(r.ok()) << "no plaintext fallback may have kept it";
}
