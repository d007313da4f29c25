#include "core/common/Redactor.h"

#include <QUrl>

#include <gtest/gtest.h>

using namespace canary;

TEST(Redactor, CutsEveryRememberedSecretInEachFormItTravelsIn)
{
    const QByteArray secret = "p@ss w\"rd/with+odd&chars";
    redaction::remember(secret);
    redaction::remember("short"); // below the minimum: ordinary words are never cut out
    const QString plain = QStringLiteral("invalid_client: bad secret %1 here").arg(QString::fromUtf8(secret));
    EXPECT_EQ(redaction::redact(plain), QStringLiteral("invalid_client: bad secret [redacted] here"));
    const QByteArray form = "client_secret=" + QUrl::toPercentEncoding(QString::fromUtf8(secret)) + "&x=1";
    EXPECT_EQ(redaction::redact(form), QByteArray("client_secret=[redacted]&x=1"));
    const QByteArray json = R"({"error_description":"bad p@ss w\"rd/with+odd&chars"})";
    EXPECT_EQ(redaction::redact(json), QByteArray(R"({"error_description":"bad [redacted]"})"));
    EXPECT_EQ(redaction::redact(QStringLiteral("a short note")), QStringLiteral("a short note"));
    EXPECT_GE(redaction::rememberedCount(), 3);
}

TEST(Redactor, ALongerSecretContainingAShorterOneIsCutWhole)
{
    redaction::remember("https://hooks.example/services/T1/B2/abcdef123456");
    redaction::remember("/services/T1/B2/abcdef123456");
    EXPECT_EQ(redaction::redact(QStringLiteral("posting to https://hooks.example/services/T1/B2/abcdef123456 failed")),
              QStringLiteral("posting to [redacted] failed"));
    EXPECT_EQ(redaction::redact(QStringLiteral("no_service: /services/T1/B2/abcdef123456")),
              QStringLiteral("no_service: [redacted]"));
}
