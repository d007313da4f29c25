#include "core/auth/Secret.h"
#include "core/auth/Secrets.h"

#include <QDebug>

#include <gtest/gtest.h>

using namespace canary;

TEST(Secret, PrintsAsStarsNeverTheValue)
{
    QString out;
    QDebug(&out) << Secret("hunter2-long-secret");
    EXPECT_FALSE(out.contains(QStringLiteral("hunter2")));
    EXPECT_TRUE(out.contains(QStringLiteral("***")));
    out.clear();
    QDebug(&out) << Secret();
    EXPECT_TRUE(out.contains(QStringLiteral("empty")));
}

TEST(Secret, CopiesAreIndependentAndWipedOnDestruction)
{
    QByteArray original("wipe-me-please");
    const QByteArray expected = original;
    Secret a(original);
    {
        Secret b = a;
        EXPECT_EQ(b.reveal(), expected);
        EXPECT_TRUE(b == a);
    }
    EXPECT_EQ(a.reveal(), expected) << "destroying a copy must not wipe the original";
    EXPECT_EQ(original, expected) << "the caller's buffer is not ours to wipe";
    Secret moved = std::move(a);
    EXPECT_EQ(moved.reveal(), expected);
}

// A stored credential carries the origins it may go to; anything else it is refused for, naming both origins and
// how to bind it — never its value.
TEST(Credential, IsStoredWithItsOriginsAndGoesNowhereElse)
{
    const Secret value("s3cr3t-value-42");
    const QList<Origin> bound{*Origin::of(QUrl("https://auth.example.com")),
                              *Origin::of(QUrl("https://api.example.com"))};
    const credentials::Stored back = credentials::decode(credentials::encode(value, bound));
    EXPECT_EQ(back.secret, value);
    EXPECT_EQ(back.origins, bound);
    const credentials::Stored legacy = credentials::decode("raw-value-from-before");
    EXPECT_EQ(legacy.secret.reveal(), QByteArray("raw-value-from-before"));
    EXPECT_TRUE(legacy.origins.isEmpty()) << "a value stored before bindings existed is bound to nothing";
    EXPECT_EQ(credentials::decode(credentials::encode(Secret(QByteArray("bin\0ary\n\xff", 9)), bound)).secret.reveal(),
              QByteArray("bin\0ary\n\xff", 9));

    Credential c{value, bound, QStringLiteral("acme"), {}, {}};
    EXPECT_TRUE(allowedTo(c, QStringLiteral("the client secret"), QUrl("https://auth.example.com/oauth/token"),
                          QStringLiteral("auth.tokenUrl")));
    const Status refused = allowedTo(c, QStringLiteral("the client secret"), QUrl("http://127.0.0.1:9/oauth/token"),
                                     QStringLiteral("auth.tokenUrl"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, credentials::kNotBound);
    const QString m = refused.error().message;
    EXPECT_TRUE(m.startsWith(QStringLiteral("auth.tokenUrl: the client secret (the keychain entry \"acme\") may only "
                                            "be sent to https://auth.example.com, https://api.example.com; the "
                                            "scenario would send it to http://127.0.0.1:9")))
        << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("canarydesk credentials set acme --origin https://auth.example.com --origin "
                                          "https://api.example.com --origin http://127.0.0.1:9 --keep-secret")))
        << m.toStdString();
    EXPECT_FALSE(m.contains(QStringLiteral("s3cr3t"))) << "never the value";
    EXPECT_FALSE(allowedTo(c, {}, QUrl("http://auth.example.com/"), {}).ok()) << "another scheme is another origin";

    EXPECT_TRUE(credentials::isReserved(QStringLiteral("canarydesk-signing-key")));
    EXPECT_TRUE(credentials::isReserved(QStringLiteral(" CanaryDesk-Anything")));
    EXPECT_FALSE(credentials::isReserved(QStringLiteral("acme-canarydesk-key")));
}
