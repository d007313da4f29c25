#include "core/monitor/LogTailer.h"
#include "core/monitor/LogTimestamp.h"

#include "tests/support/TestUtil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace canary;

namespace {

const QDateTime kRef(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

QDateTime utc(int h, int m, int s, int ms = 0, int day = 27, int month = 11, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(h, m, s, ms), Qt::UTC);
}

void append(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::Append));
    f.write(bytes);
}

QStringList texts(const QList<LogLine> &lines)
{
    QStringList out;
    for (const LogLine &l : lines)
        out << QString::fromUtf8(l.text);
    return out;
}

} // namespace

TEST(LogTimestamp, ReadsEveryFormatTheIssueNames)
{
    const QTimeZone utcZone = QTimeZone::utc();
    struct Case
    {
        const char *line;
        QDateTime expected;
    } cases[] = {
        {"2026-11-27T10:00:01.123Z ERROR x", utc(10, 0, 1, 123)},
        {"2026-11-27T10:00:01Z WARN", utc(10, 0, 1)},
        {"2026-11-27T11:00:01.5+01:00 ERROR", utc(10, 0, 1, 500)},
        {"2026-11-27T05:00:01-0500 ERROR", utc(10, 0, 1)},
        {"2026-11-27 10:00:01,250 ERROR logback style", utc(10, 0, 1, 250)},
        {"2026-11-27 10:00:01 ERROR no zone", utc(10, 0, 1)},
        {"[app] 2026-11-27T10:00:01.123456789Z delivery_failure", utc(10, 0, 1, 123)},
        {"Nov 27 10:00:01 host app[12]: ERROR syslog", utc(10, 0, 1)},
        {"Nov  3 10:00:01 host app: ERROR single-digit day", utc(10, 0, 1, 0, 3)},
        {R"({"ts": 1795773601, "level": "error"})", QDateTime::fromSecsSinceEpoch(1795773601, Qt::UTC)},
        {R"({"time": 1795773601250, "level": "error"})", QDateTime::fromMSecsSinceEpoch(1795773601250, Qt::UTC)},
        {R"({"level":"error","timestamp":"2026-11-27T10:00:01Z"})", utc(10, 0, 1)},
    };
    for (const Case &c : cases) {
        const auto t = LogTimestamp::parse(QByteArray(c.line), utcZone, kRef);
        ASSERT_TRUE(t.has_value()) << c.line;
        EXPECT_EQ(*t, c.expected) << c.line << " → " << t->toString(Qt::ISODateWithMs).toStdString();
    }
    EXPECT_FALSE(LogTimestamp::parse("    at com.example.Foo(Foo.java:12)", utcZone, kRef).has_value());
    EXPECT_FALSE(
        LogTimestamp::parse(QByteArray("\x00\xff\xfe garbage", sizeof("\x00\xff\xfe garbage") - 1), utcZone, kRef)
            .has_value());
    // A zone-less time is read in the zone the operator says the service logs in.
    const auto berlin =
        LogTimestamp::parse("2026-11-27 11:00:01 ERROR", QTimeZone(QByteArrayLiteral("Europe/Berlin")), kRef);
    ASSERT_TRUE(berlin.has_value());
    EXPECT_EQ(*berlin, utc(10, 0, 1));
}

TEST(LogTailer, FollowsAppendsRotationAndTruncationFromTheStart)
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("app_1.log"));
    append(log, "2026-11-27T09:59:00Z ERROR before the run: must not be read\n");
    LogTailer tailer({dir.filePath(QStringLiteral("app_*.log"))}, QStringLiteral("ERROR|WARN|delivery_failure"));
    tailer.start(60000); // polled by hand below
    append(log, "2026-11-27T10:00:01Z INFO fine\n2026-11-27T10:00:02Z ERROR one\n    continuation ERROR detail\n");
    append(log, "2026-11-27T10:00:03Z WARN half a li");
    tailer.poll();
    EXPECT_EQ(texts(tailer.matches()), (QStringList{QStringLiteral("2026-11-27T10:00:02Z ERROR one"),
                                                    QStringLiteral("    continuation ERROR detail")}));
    ASSERT_EQ(tailer.matches().size(), 2);
    EXPECT_TRUE(tailer.matches()[1].inherited) << "a line without a stamp belongs to the preceding stamped line";
    EXPECT_EQ(*tailer.matches()[1].stamp, utc(10, 0, 2));

    append(log, "ne\n");
    // Rotation: the file is renamed and a new one takes its name; lines written to the old one are not lost.
    append(log, "2026-11-27T10:00:04Z ERROR last of the old file\n");
    ASSERT_TRUE(QFile::rename(log, dir.filePath(QStringLiteral("rotated.1"))));
    append(log, "2026-11-27T10:00:05Z delivery_failure first of the new file\n");
    tailer.poll();
    // Truncation in place.
    QFile trunc(log);
    ASSERT_TRUE(trunc.open(QIODevice::WriteOnly | QIODevice::Truncate));
    trunc.write("2026-11-27T10:00:06Z ERROR after truncation\n");
    trunc.close();
    // Binary garbage and a new matching file.
    append(log, QByteArray("\x00\x01\xff ERROR \xfe\n", 12));
    append(dir.filePath(QStringLiteral("app_2.log")),
           "2026-11-27T10:00:07Z ERROR from a file created during the run\n");
    tailer.stop();
    const QStringList all = texts(tailer.matches());
    EXPECT_TRUE(all.contains(QStringLiteral("2026-11-27T10:00:03Z WARN half a line"))) << "a line split across polls";
    EXPECT_TRUE(all.contains(QStringLiteral("2026-11-27T10:00:04Z ERROR last of the old file")));
    EXPECT_TRUE(all.contains(QStringLiteral("2026-11-27T10:00:05Z delivery_failure first of the new file")));
    EXPECT_TRUE(all.contains(QStringLiteral("2026-11-27T10:00:06Z ERROR after truncation")));
    EXPECT_TRUE(all.contains(QStringLiteral("2026-11-27T10:00:07Z ERROR from a file created during the run")));
    EXPECT_FALSE(all.join(QLatin1Char('\n')).contains(QStringLiteral("before the run")));
    EXPECT_EQ(tailer.matches().size(), 8);
}

TEST(LogTailer, ABigLogCostsNothingUpFrontAndTheWindowIsExact)
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("big.log"));
    {
        QFile f(log);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        const QByteArray block =
            QByteArray("2026-11-27T08:00:00Z ERROR old noise that must never be read\n").repeated(16384);
        for (int i = 0; i < 200; ++i) // ~200 MB
            f.write(block);
    }
    ASSERT_GT(QFileInfo(log).size(), 190LL * 1024 * 1024);
    LogTailer tailer({log}, QStringLiteral("ERROR"));
    tailer.start(60000);
    append(log, "2026-11-27T09:59:59.999Z ERROR just before the window\n"
                "2026-11-27T10:00:00Z ERROR first inside\n"
                "no timestamp at all ERROR inherits 10:00:00\n"
                "2026-11-27T10:15:00+00:00 ERROR middle\n"
                "2026-11-27T10:30:00Z ERROR last inside\n"
                "2026-11-27T10:30:00.001Z ERROR just after\n");
    QElapsedTimer t;
    t.start();
    tailer.poll();
    EXPECT_EQ(tailer.matches().size(), 6) << "only what was appended after the start";
    int undated = -1;
    const QList<LogLine> inside = LogTailer::window(tailer.matches(), utc(10, 0, 0), utc(10, 30, 0), &undated);
    EXPECT_EQ(texts(inside), (QStringList{QStringLiteral("2026-11-27T10:00:00Z ERROR first inside"),
                                          QStringLiteral("no timestamp at all ERROR inherits 10:00:00"),
                                          QStringLiteral("2026-11-27T10:15:00+00:00 ERROR middle"),
                                          QStringLiteral("2026-11-27T10:30:00Z ERROR last inside")}));
    EXPECT_EQ(undated, 0);
}

TEST(LogTailer, ACommandIsALogSourceRestartedWithBackoffAndItsStderrIsReported)
{
    // A stand-in for `ssh host "tail -F app.log"`: prints two lines (one matching), complains on stderr, exits.
    // Split like a command line without a shell: double quotes group (QProcess::splitCommand).
    const QString script = QStringLiteral(
        "sh -c \"printf '2026-11-27T08:00:01Z INFO fine\\n2026-11-27T08:00:02Z ERROR notification_failed id=7\\n'; "
        "echo 'Connection to host closed.' >&2; exit 255\"");
    LogTailer tailer({}, QStringLiteral("ERROR|WARN"));
    tailer.addCommand(script);
    tailer.setRestartBackoff(50, 200);
    QStringList messages;
    QObject::connect(&tailer, &LogTailer::commandMessage, [&](const QString &command, const QString &message) {
        EXPECT_EQ(command, script);
        messages << message;
    });
    tailer.start(50);
    ASSERT_TRUE(test::waitUntil([&] { return tailer.restarts() >= 3; }, 20000))
        << messages.join(QLatin1Char('|')).toStdString();
    tailer.stop();
    const int restartsAtStop = tailer.restarts();

    // Each run of the command delivered its matching line, stamped from the line itself, labelled with the command.
    ASSERT_GE(tailer.matches().size(), 3);
    for (const LogLine &l : tailer.matches()) {
        EXPECT_EQ(l.text, QByteArray("2026-11-27T08:00:02Z ERROR notification_failed id=7"));
        EXPECT_EQ(l.file, script);
        ASSERT_TRUE(l.stamp.has_value());
        EXPECT_EQ(*l.stamp, QDateTime(QDate(2026, 11, 27), QTime(8, 0, 2), Qt::UTC));
    }
    EXPECT_TRUE(messages.contains(QStringLiteral("Connection to host closed.")))
        << messages.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(messages.contains(QStringLiteral("exited with code 255; restarting in 0.05 s")))
        << messages.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(messages.contains(QStringLiteral("exited with code 255; restarting in 0.1 s")))
        << "the backoff doubles";
    EXPECT_EQ(tailer.commands(), QStringList{script});
    EXPECT_EQ(tailer.restarts(), restartsAtStop);
}

TEST(LogTailer, AMissingProgramIsReportedAndRetriedNotFatal)
{
    LogTailer tailer({}, QStringLiteral("ERROR"));
    tailer.addCommand(QStringLiteral("/nonexistent/kubectl logs -f deploy/x"));
    tailer.setRestartBackoff(50, 100);
    QStringList messages;
    QObject::connect(&tailer, &LogTailer::commandMessage,
                     [&](const QString &, const QString &message) { messages << message; });
    tailer.start(50);
    ASSERT_TRUE(test::waitUntil([&] { return tailer.restarts() >= 2; }, 10000));
    tailer.stop();
    EXPECT_TRUE(messages.join(QLatin1Char('|')).contains(QStringLiteral("cannot start")))
        << messages.join(QLatin1Char('|')).toStdString();
}

TEST(LogTimestamp, DatesNoLogCanCarryAreNoTimestamp)
{
    // Found by fuzz_log_timestamp: "…0026-11-27 08:00:02" read as the year 26, and a huge epoch number was
    // cast to an integer (undefined behaviour).
    EXPECT_FALSE(LogTimestamp::parse("id=00000026-11-27 08:00:02,1 ERROR x", QTimeZone::utc(), kRef).has_value());
    EXPECT_FALSE(LogTimestamp::parse(R"({"ts": 1e300, "msg": "ERROR"})", QTimeZone::utc(), kRef).has_value());
    EXPECT_FALSE(LogTimestamp::parse(R"({"ts": -5, "msg": "ERROR"})", QTimeZone::utc(), kRef).has_value());
    EXPECT_EQ(LogTimestamp::parse(R"({"ts": 1795000000, "msg": "ERROR"})", QTimeZone::utc(), kRef),
              QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC));
}
