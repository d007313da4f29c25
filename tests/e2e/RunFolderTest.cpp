// One run per folder, and a scenario's folder stays where it says: two processes on one --out, a folder that
// already holds something, an evidence folder behind a symbolic link.
#include "tests/e2e/E2eSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary::test;

namespace {

QStringList demoRun(const QString &out, const char *duration = "2s")
{
    return {QStringLiteral("run"),        QStringLiteral("--demo"),      QStringLiteral("--rate"), QStringLiteral("20"),
            QStringLiteral("--duration"), QString::fromLatin1(duration), QStringLiteral("--out"),  out};
}

} // namespace

TEST(RunFolder, TwoProcessesOnOneFolderOneRunsTheOtherIsRefusedAndTheResultsStayWhole)
{
    QTemporaryDir root;
    const QString out = root.filePath(QStringLiteral("shared"));
    QProcess a, b;
    for (QProcess *p : {&a, &b}) {
        p->setProcessEnvironment(canarydeskEnvironment());
        p->start(QStringLiteral(CANARYDESK_BIN), demoRun(out, "3s"));
    }
    ASSERT_TRUE(a.waitForFinished(120000));
    ASSERT_TRUE(b.waitForFinished(120000));
    const QByteArray errA = a.readAllStandardError(), errB = b.readAllStandardError();
    const int codes[] = {a.exitCode(), b.exitCode()};
    EXPECT_TRUE((codes[0] == 0 && codes[1] == 104) || (codes[0] == 104 && codes[1] == 0))
        << codes[0] << " " << codes[1] << "\n"
        << errA.right(800).constData() << "\n"
        << errB.right(800).constData();
    const QByteArray refused = codes[0] == 104 ? errA : errB;
    EXPECT_TRUE(refused.contains("is in use by another CanaryDesk run") ||
                refused.contains("already holds a run's results"))
        << refused.constData();
    // The winner's raw results are all there, and its package verifies (it used to say OK over 26 of 250 points).
    const QByteArray raw = zcat(QDir(out).filePath(QStringLiteral("results.ndjson.gz")));
    EXPECT_EQ(raw.count("\"metric\":\"http_reqs\",\"type\":\"Point\""), 60);
    EXPECT_EQ(summaryCount(out, "http_reqs"), 60);
    const ProcessRun verify = canarydesk({QStringLiteral("verify"), out});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.constData() << verify.err.constData();
}

TEST(RunFolder, AFolderThatIsNotEmptyIsRefusedAndLeftAsItWas)
{
    QTemporaryDir out;
    writeFile(out.filePath(QStringLiteral("notes.txt")), "mine");
    const ProcessRun r = canarydesk(demoRun(out.path()));
    EXPECT_EQ(r.exitCode, 104) << r.err.constData();
    EXPECT_TRUE(r.err.contains("is not empty (1 entry, e.g. notes.txt)")) << r.err.constData();
    EXPECT_EQ(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("notes.txt")});
    EXPECT_EQ(readFile(out.filePath(QStringLiteral("notes.txt"))), QByteArray("mine"));

    // A finished run's folder: refused as holding a run's results, and its package still verifies.
    QTemporaryDir first;
    ASSERT_EQ(canarydesk(demoRun(first.path())).exitCode, 0);
    const ProcessRun again = canarydesk(demoRun(first.path()));
    EXPECT_EQ(again.exitCode, 104);
    EXPECT_TRUE(again.err.contains("already holds a run's results")) << again.err.constData();
    EXPECT_EQ(canarydesk({QStringLiteral("verify"), first.path()}).exitCode, 0);
}

TEST(RunFolder, AScenariosEvidenceFolderBehindASymbolicLinkOutsideIsRefusedBeforeAnythingIsWritten)
{
    QTemporaryDir cwd, elsewhere;
    // The scenario's folder is evidence/{gate}_{service}; "evidence" here leads out of the working folder.
    ASSERT_TRUE(QFile::link(elsewhere.path(), cwd.filePath(QStringLiteral("evidence"))));
    QProcess p;
    p.setProcessEnvironment(canarydeskEnvironment());
    p.setWorkingDirectory(cwd.path());
    p.start(QStringLiteral(CANARYDESK_BIN), {QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--rate"),
                                             QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("2s")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    EXPECT_EQ(p.exitCode(), 104) << err.constData();
    EXPECT_TRUE(err.contains("(a symbolic link on the way); remove the link or choose the folder yourself (--out)"))
        << err.constData();
    EXPECT_TRUE(QDir(elsewhere.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty())
        << "nothing was created behind the link";

    // A link that stays inside is fine.
    QTemporaryDir cwd2;
    ASSERT_TRUE(QDir(cwd2.path()).mkpath(QStringLiteral("real")));
    ASSERT_TRUE(QFile::link(cwd2.filePath(QStringLiteral("real")), cwd2.filePath(QStringLiteral("evidence"))));
    QProcess q;
    q.setProcessEnvironment(canarydeskEnvironment());
    q.setWorkingDirectory(cwd2.path());
    q.start(QStringLiteral(CANARYDESK_BIN), {QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--rate"),
                                             QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("2s")});
    ASSERT_TRUE(q.waitForFinished(120000));
    EXPECT_EQ(q.exitCode(), 0) << q.readAllStandardError().right(800).constData();
    EXPECT_FALSE(QDir(cwd2.filePath(QStringLiteral("real"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

// One folder policy for every command that writes evidence (#26): `k6 run` guards the scenario's folder as `run`
// does, and `import` and `export --out` write only into a new or empty folder.
TEST(RunFolder, K6RunImportAndExportFollowTheSamePolicy)
{
    QTemporaryDir cwd, elsewhere;
    ASSERT_TRUE(QFile::link(elsewhere.path(), cwd.filePath(QStringLiteral("evidence"))));
    QProcess p;
    QProcessEnvironment env = canarydeskEnvironment();
    env.insert(QStringLiteral("CANARYDESK_K6"), QStringLiteral(FAKE_K6_BIN));
    env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("s"));
    env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), QStringLiteral("http://127.0.0.1:18080"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(cwd.path());
    p.start(QStringLiteral(CANARYDESK_BIN),
            {QStringLiteral("k6"), QStringLiteral("run"),
             sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json")), QStringLiteral("--rate"),
             QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("2s")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    EXPECT_EQ(p.exitCode(), 104) << err.constData();
    EXPECT_TRUE(err.contains("evidence.folder: ")) << err.constData();
    EXPECT_TRUE(err.contains("(a symbolic link on the way)")) << err.constData();
    EXPECT_TRUE(QDir(elsewhere.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    // import writes only into a new or empty folder, and leaves a full one as it was.
    QTemporaryDir full;
    writeFile(full.filePath(QStringLiteral("notes.txt")), "mine");
    const ProcessRun import =
        canarydesk({QStringLiteral("import"), sourcePath(QStringLiteral("tests/data/k6/points-head.ndjson")),
                    QStringLiteral("--out"), full.path()});
    EXPECT_EQ(import.exitCode, 104) << import.err.constData();
    EXPECT_TRUE(import.err.contains("is not empty (1 entry, e.g. notes.txt)")) << import.err.constData();
    EXPECT_EQ(QDir(full.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("notes.txt")});
}
