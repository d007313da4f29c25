#include "core/evidence/Manifest.h"
#include "core/evidence/Signer.h"

#include "tests/support/TestUtil.h"

#include <QDir>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary;
using namespace canary::test;

TEST(Signer, SignsAndVerifiesWithEd25519)
{
    const QByteArray key = Signer::generatePrivateKey().value();
    EXPECT_EQ(key.size(), 32);
    const QByteArray pub = Signer::publicKeyOf(key).value();
    const QByteArray sig = Signer::sign(key, "evidence").value();
    EXPECT_EQ(sig.size(), 64);
    EXPECT_TRUE(Signer::verify(pub, "evidence", sig));
    EXPECT_FALSE(Signer::verify(pub, "evidencE", sig));
    QByteArray bad = sig;
    bad[0] = static_cast<char>(bad[0] ^ 1);
    EXPECT_FALSE(Signer::verify(pub, "evidence", bad));
    EXPECT_FALSE(Signer::verify(Signer::publicKeyOf(Signer::generatePrivateKey().value()).value(), "evidence", sig));
    EXPECT_TRUE(Signer::fingerprint(pub).startsWith(QStringLiteral("SHA256:")));
    EXPECT_FALSE(Signer::publicKeyOf("too short").ok());
}

class ManifestTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("screenshots"));
        writeFile(path("summary.json"), R"({"metrics":{}})");
        writeFile(path("timeseries.csv"), "second,p95\n1,20\n");
        writeFile(path("screenshots/p95.png"), QByteArray(1000, 'x'));
        m_key = Signer::generatePrivateKey().value();
        ASSERT_TRUE(Manifest::write(m_dir.path(),
                                    ManifestInfo{QStringLiteral("run-1"), QStringLiteral("CanaryDesk test"),
                                                 QStringLiteral("test"), QStringLiteral("test key")},
                                    m_key)
                        .ok());
    }
    QString path(const char *rel) const { return m_dir.filePath(QString::fromLatin1(rel)); }
    VerifyReport verify() const { return Manifest::verify(m_dir.path()); }

    QTemporaryDir m_dir;
    QByteArray m_key;
};

TEST_F(ManifestTest, AnUntouchedPackageVerifies)
{
    const VerifyReport r = verify();
    EXPECT_TRUE(r.ok) << r.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.filesChecked, 3);
    EXPECT_EQ(r.fingerprint, Signer::fingerprint(Signer::publicKeyOf(m_key).value()));
}

TEST_F(ManifestTest, OneChangedByteIsNamed)
{
    QByteArray bytes = readFile(path("screenshots/p95.png"));
    bytes[500] = 'y';
    writeFile(path("screenshots/p95.png"), bytes);
    const VerifyReport r = verify();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.problems, QStringList{QStringLiteral("changed: screenshots/p95.png")});
}

TEST_F(ManifestTest, MissingAndExtraFilesAreNamed)
{
    QFile::remove(path("timeseries.csv"));
    writeFile(path("screenshots/added.png"), "new");
    const VerifyReport r = verify();
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.problems.contains(QStringLiteral("missing: timeseries.csv")));
    EXPECT_TRUE(r.problems.contains(QStringLiteral("extra: screenshots/added.png (not in the manifest)")));
}

TEST_F(ManifestTest, AlteredManifestOrSignatureBreaksTheSignature)
{
    // Someone "fixes" a hash in the manifest after changing a file: the signature no longer matches.
    writeFile(path("summary.json"), R"({"metrics":{"forged":1}})");
    QJsonObject m = QJsonDocument::fromJson(readFile(path("manifest.json"))).object();
    QJsonArray files = m.value(QStringLiteral("files")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject f = files[i].toObject();
        if (f.value(QStringLiteral("path")).toString() == QLatin1String("summary.json")) {
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(readFile(path("summary.json")));
            f.insert(QStringLiteral("sha256"), QString::fromLatin1(h.result().toHex()));
            files[i] = f;
        }
    }
    m.insert(QStringLiteral("files"), files);
    writeFile(path("manifest.json"), QJsonDocument(m).toJson());
    VerifyReport r = verify();
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.problems.first().startsWith(QStringLiteral("signature: does not match")));

    // A re-signature with another key is caught only by the fingerprint the reader expects — report it.
    const QByteArray otherKey = Signer::generatePrivateKey().value();
    ASSERT_TRUE(Manifest::write(m_dir.path(),
                                ManifestInfo{QStringLiteral("run-1"), QStringLiteral("x"), QStringLiteral("y"),
                                             QStringLiteral("z")},
                                otherKey)
                    .ok());
    r = verify();
    EXPECT_TRUE(r.ok);
    EXPECT_NE(r.fingerprint, Signer::fingerprint(Signer::publicKeyOf(m_key).value()))
        << "verify shows whose key signed, so a swapped key is visible";
}

TEST_F(ManifestTest, UnsafePathsInAManifestAreRefused)
{
    QJsonObject m = QJsonDocument::fromJson(readFile(path("manifest.json"))).object();
    QJsonArray files = m.value(QStringLiteral("files")).toArray();
    files.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("../../etc/passwd")},
                             {QStringLiteral("sha256"), QStringLiteral("00")}});
    m.insert(QStringLiteral("files"), files);
    writeFile(path("manifest.json"), QJsonDocument(m).toJson());
    const VerifyReport r = verify();
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.problems.contains(QStringLiteral("unsafe path in manifest: ../../etc/passwd")));
}
