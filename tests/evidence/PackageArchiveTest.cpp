#include "core/evidence/Manifest.h"
#include "core/evidence/PackageArchive.h"
#include "core/evidence/Signer.h"

#include "tests/support/TestUtil.h"

#include <QDir>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

using namespace canary;
using namespace canary::test;

namespace {

// A zip with one entry of the given name and type, as an attacker would craft it.
void craftZip(const QString &path, const char *name, unsigned type, const char *linkTarget = nullptr)
{
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_open_filename(a, QFile::encodeName(path).constData());
    archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, name);
    archive_entry_set_filetype(e, type);
    archive_entry_set_perm(e, 0644);
    if (linkTarget)
        archive_entry_set_symlink(e, linkTarget);
    archive_entry_set_size(e, type == AE_IFREG ? 2 : 0);
    archive_write_header(a, e);
    if (type == AE_IFREG)
        archive_write_data(a, "hi", 2);
    archive_entry_free(e);
    archive_write_close(a);
    archive_write_free(a);
}

} // namespace

TEST(PackageArchive, ZipRoundTripKeepsThePackageVerifiable)
{
    QTemporaryDir dir;
    const QString pkg = dir.filePath(QStringLiteral("pkg"));
    QDir().mkpath(pkg + QStringLiteral("/screenshots"));
    writeFile(pkg + QStringLiteral("/summary.json"), "{}");
    writeFile(pkg + QStringLiteral("/screenshots/a.png"), QByteArray(5000, 'p'));
    ASSERT_TRUE(Manifest::write(
                    pkg,
                    ManifestInfo{QStringLiteral("r"), QStringLiteral("t"), QStringLiteral("k"), QStringLiteral("n")},
                    Signer::generatePrivateKey().value())
                    .ok());
    const QString zip = dir.filePath(QStringLiteral("pkg.zip"));
    ASSERT_TRUE(PackageArchive::zip(pkg, zip).ok());
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    ASSERT_TRUE(PackageArchive::unzip(zip, out).ok());
    EXPECT_TRUE(Manifest::verify(out).ok);
    EXPECT_EQ(readFile(out + QStringLiteral("/screenshots/a.png")), QByteArray(5000, 'p'));
}

TEST(PackageArchive, HostileEntriesAreRefusedAndNothingLandsOutside)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    struct Case
    {
        const char *name;
        unsigned type;
        const char *link;
        const char *message;
    } cases[] = {
        {"../escape.txt", AE_IFREG, nullptr, "unsafe path in the zip: ../escape.txt"},
        {"/tmp/absolute.txt", AE_IFREG, nullptr, "unsafe path in the zip: /tmp/absolute.txt"},
        {"a/../../x.txt", AE_IFREG, nullptr, "unsafe path in the zip: a/../../x.txt"},
        {"link", AE_IFLNK, "/etc/passwd", "link is a link or special file"},
    };
    for (const Case &c : cases) {
        const QString zip = dir.filePath(QStringLiteral("evil.zip"));
        craftZip(zip, c.name, c.type, c.link);
        const Status s = PackageArchive::unzip(zip, out);
        ASSERT_FALSE(s.ok()) << c.name;
        EXPECT_TRUE(s.error().message.contains(QString::fromLatin1(c.message))) << s.error().message.toStdString();
    }
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("escape.txt"))));
    EXPECT_TRUE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    writeFile(dir.filePath(QStringLiteral("notzip.zip")), "this is not a zip");
    const Status garbage = PackageArchive::unzip(dir.filePath(QStringLiteral("notzip.zip")), out);
    ASSERT_FALSE(garbage.ok());
    EXPECT_TRUE(garbage.error().message.contains(QStringLiteral("notzip.zip")));
}
