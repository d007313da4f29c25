// A disk that fills while the package is written: a real tmpfs of a few pages, mounted for the test (root only;
// skipped with a message otherwise). The package must not be called good: exit 106, the file named, no
// manifest, the raw results readable, History saying "evidence incomplete" — and once space is free again,
// `canarydesk export` writes the whole package from what was kept.
#include "tests/e2e/E2eSupport.h"

#include "core/run/RunStore.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace canary;
using namespace canary::test;

namespace {

// A tmpfs of `kib` KiB at a fresh folder, unmounted when the object goes.
class SmallDisk
{
public:
    explicit SmallDisk(int kib)
    {
        if (::geteuid() != 0) {
            m_why = QStringLiteral("mounting a tmpfs needs root");
            return;
        }
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=%1k").arg(kib), QStringLiteral("tmpfs"), m_dir.path()});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            m_why =
                QStringLiteral("mount -t tmpfs failed: %1").arg(QString::fromLocal8Bit(mount.readAllStandardError()));
        else
            m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    QString path() const { return m_dir.path(); }
    QString whyNot() const { return m_why; }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_why;
};

} // namespace

TEST(FullDisk, APackageThatDoesNotFitIsNotSignedExits106KeepsTheRawResultsAndCanBeWrittenAgain)
{
    // 192 KiB: the raw results (~9 KB) and the small files fit, the report (~250 KB) does not.
    SmallDisk disk(192);
    if (!disk.whyNot().isEmpty())
        GTEST_SKIP() << disk.whyNot().toStdString();
    const QString dir = QDir(disk.path()).filePath(QStringLiteral("ev"));
    const ProcessRun run = canarydesk({QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--rate"),
                                       QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("3s"),
                                       QStringLiteral("--out"), dir, QStringLiteral("--zip")},
                                      120000);
    EXPECT_EQ(run.exitCode, 106) << run.out.right(1500).constData() << run.err.right(2000).constData();
    // The file is named, with the OS's reason; the package says it is not signed.
    EXPECT_TRUE(QRegularExpression(QStringLiteral("cannot write \\S+/ev/\\S+: No space left on device"))
                    .match(QString::fromUtf8(run.err))
                    .hasMatch())
        << run.err.constData();
    EXPECT_TRUE(run.out.contains("evidence    INCOMPLETE in")) << run.out.constData();
    EXPECT_TRUE(run.out.contains("Free the space")) << run.out.constData();
    EXPECT_FALSE(run.out.contains("signed SHA256")) << run.out.constData();
    EXPECT_TRUE(run.err.contains("no zip: the package is incomplete")) << run.err.constData();
    EXPECT_FALSE(QFile::exists(QDir(dir).filePath(QStringLiteral("manifest.json"))));
    EXPECT_FALSE(QFile::exists(dir + QStringLiteral(".zip")));
    // No file cut short under its own name: every JSON file present parses.
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QJsonParseError error{};
        QJsonDocument::fromJson(readFile(QDir(dir).filePath(name)), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << name.toStdString() << " is cut short";
    }
    // The raw results are whole: 60 requests, each with its http_reqs point.
    const QByteArray raw = zcat(QDir(dir).filePath(QStringLiteral("results.ndjson.gz")));
    EXPECT_EQ(raw.count("\"metric\":\"http_reqs\",\"type\":\"Point\""), 60) << raw.right(300).constData();

    // History knows the package is incomplete.
    RunStore store;
    ASSERT_TRUE(store.open().ok());
    const auto rows = store.list();
    ASSERT_TRUE(rows.ok());
    const auto it = std::find_if(rows.value().begin(), rows.value().end(),
                                 [&](const RunRow &r) { return r.outDir == QDir(dir).absolutePath(); });
    ASSERT_NE(it, rows.value().end());
    EXPECT_TRUE(it->evidenceIncomplete());
    EXPECT_TRUE(it->evidenceProblems.contains(QStringLiteral("No space left on device")))
        << it->evidenceProblems.toStdString();
    const ProcessRun history = canarydesk({QStringLiteral("history")});
    EXPECT_TRUE(history.out.contains("evidence incomplete")) << history.out.constData();

    // Space again (a bigger disk): the package is written whole from what was kept, signed, and verifies.
    SmallDisk roomy(4096);
    ASSERT_TRUE(roomy.whyNot().isEmpty());
    const QString moved = QDir(roomy.path()).filePath(QStringLiteral("ev"));
    ASSERT_EQ(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), dir, moved}), 0);
    const ProcessRun again = canarydesk({QStringLiteral("export"), moved});
    EXPECT_EQ(again.exitCode, 0) << again.out.constData() << again.err.constData();
    const ProcessRun verify = canarydesk({QStringLiteral("verify"), moved});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.constData() << verify.err.constData();
    EXPECT_EQ(summaryCount(moved, "http_reqs"), 60);
}

TEST(FullDisk, RawResultsThatCannotBeWrittenAreSaidAtOnceAndThePackageIsNotSigned)
{
    SmallDisk disk(8); // two pages: the run record and a few seconds of raw results at most
    if (!disk.whyNot().isEmpty())
        GTEST_SKIP() << disk.whyNot().toStdString();
    const QString dir = QDir(disk.path()).filePath(QStringLiteral("ev"));
    const ProcessRun run =
        canarydesk({QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--rate"), QStringLiteral("50"),
                    QStringLiteral("--duration"), QStringLiteral("4s"), QStringLiteral("--out"), dir},
                   120000);
    EXPECT_EQ(run.exitCode, 106) << run.err.right(2000).constData();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("raw results cut short after \\d+ lines: cannot write \\S+"
                                                  "results.ndjson.gz: No space left on device"))
                    .match(QString::fromUtf8(run.err))
                    .hasMatch())
        << run.err.constData();
    EXPECT_FALSE(QFile::exists(QDir(dir).filePath(QStringLiteral("manifest.json"))));
}
