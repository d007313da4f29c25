#include "core/auth/Secret.h"

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
