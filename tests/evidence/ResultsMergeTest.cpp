#include "core/evidence/ResultsMerge.h"

#include "core/evidence/ResultsReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <zlib.h>

using namespace canary;

namespace {

QByteArray point(const char *metric, int second, int millis, double value, const char *extraTags = "")
{
    return QStringLiteral(R"({"metric":"%1","type":"Point","data":{"time":"2026-12-06T10:00:%2.%3Z","value":%4,)"
                          R"("tags":{"status":"202","method":"POST","url":"http://127.0.0.1:1/api"%5}}})")
        .arg(QString::fromLatin1(metric))
        .arg(second, 2, 10, QLatin1Char('0'))
        .arg(millis, 3, 10, QLatin1Char('0'))
        .arg(value)
        .arg(QString::fromLatin1(extraTags))
        .toUtf8();
}

const QByteArray kDeclaration =
    R"({"type":"Metric","data":{"name":"http_reqs","type":"counter","contains":"default","thresholds":["count>=10"]},)"
    R"("metric":"http_reqs"})";

// One runner's file: a request (count + duration) every 100 ms from `from` ms on, for `n` requests.
QByteArray runner(int fromMs, int n)
{
    QByteArray out = kDeclaration + '\n';
    for (int i = 0; i < n; ++i) {
        const int ms = fromMs + i * 100;
        out += point("http_reqs", ms / 1000, ms % 1000, 1) + '\n';
        out += point("http_req_duration", ms / 1000, ms % 1000, 5.5) + '\n';
    }
    return out;
}

void write(const QString &path, const QByteArray &bytes, bool gzip)
{
    if (!gzip) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return;
    }
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
    ASSERT_NE(gz, nullptr);
    gzwrite(gz, bytes.constData(), static_cast<unsigned>(bytes.size()));
    gzclose(gz);
}

QList<QByteArray> linesOf(const QString &gzPath)
{
    gzFile gz = gzopen(QFile::encodeName(gzPath).constData(), "rb");
    QByteArray all;
    char buffer[4096];
    for (int n; gz && (n = gzread(gz, buffer, sizeof buffer)) > 0;)
        all.append(buffer, n);
    if (gz)
        gzclose(gz);
    QList<QByteArray> lines = all.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

// Two runners' files — one plain, one gzip, interleaved in time — become one file in time order whose metric
// declaration appears once, and which reads as one run holding every request of both.
TEST(ResultsMerge, TwoRunnersBecomeOneRunInTimeOrder)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("pod-a.json")), b = dir.filePath(QStringLiteral("pod-b.json.gz"));
    write(a, runner(0, 20), false); // 0.0, 0.1, … 1.9 s
    write(b, runner(50, 20), true); // 0.05, 0.15, … 1.95 s
    const QString merged = dir.filePath(QStringLiteral("merged.ndjson.gz"));
    const auto info = ResultsMerge::byTime({a, b}, merged);
    ASSERT_TRUE(info.ok()) << info.error().message.toStdString();
    ASSERT_EQ(info.value().size(), 2);
    EXPECT_EQ(info.value()[0].points, 40u);
    EXPECT_EQ(info.value()[1].points, 40u);

    const QList<QByteArray> lines = linesOf(merged);
    ASSERT_EQ(lines.size(), 1 + 80) << "one declaration, every point of both";
    EXPECT_EQ(lines.first(), kDeclaration);
    qint64 previous = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype at = lines[i].indexOf("\"time\":\"") + 8;
        const auto ns =
            ResultsReader::parseTimeNs(lines[i].constData() + at, lines[i].constData() + lines[i].indexOf('"', at));
        ASSERT_TRUE(ns.has_value());
        EXPECT_GE(*ns, previous) << "line " << i << " out of time order";
        previous = *ns;
    }
    ResultsReadOptions options;
    const auto read = ResultsReader::read(merged, options);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value().metrics.total().requests, 40u);
    EXPECT_EQ(read.value().durationMs, 1956)
        << "from the first send (5.5 ms before the first point) to the last, 1.95 s";
}

// What cannot be merged is named: a missing file, a file that is not k6 output, and nothing is left behind.
TEST(ResultsMerge, NamesTheInputThatIsNotK6Output)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("pod-a.json"));
    write(good, runner(0, 5), false);
    const QString csv = dir.filePath(QStringLiteral("pod-b.csv"));
    write(csv, "time,value\n1,2\n", false);
    const QString merged = dir.filePath(QStringLiteral("merged.ndjson.gz"));
    const auto notK6 = ResultsMerge::byTime({good, csv}, merged);
    ASSERT_FALSE(notK6.ok());
    EXPECT_TRUE(notK6.error().message.contains(QStringLiteral("pod-b.csv: not k6 JSON output")))
        << notK6.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(merged));
    const auto missing = ResultsMerge::byTime({good, dir.filePath(QStringLiteral("gone.json"))}, merged);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("gone.json: no such file")));
    EXPECT_FALSE(QFile::exists(merged));
}

// Runners of one run share the run's time: the same file named twice (its requests would count twice) and a file
// from another moment (a glob that caught last week's run) are refused by name.
TEST(ResultsMerge, RefusesAFileNamedTwiceAndAFileFromAnotherRun)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("pod-a.json")), b = dir.filePath(QStringLiteral("pod-b.json"));
    write(a, runner(0, 5), false);      // 10:00:00.0 – 00.4
    write(b, runner(30'000, 5), false); // 10:00:30.0 – 30.4: no moment in common
    const QString merged = dir.filePath(QStringLiteral("merged.ndjson.gz"));
    const auto twice = ResultsMerge::byTime({a, dir.path() + QStringLiteral("/./pod-a.json")}, merged);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("pod-a.json is named twice")))
        << twice.error().message.toStdString();
    const auto apart = ResultsMerge::byTime({a, b}, merged);
    ASSERT_FALSE(apart.ok());
    EXPECT_TRUE(apart.error().message.contains(QStringLiteral(
        "pod-a.json (2026-12-06 10:00:00 – 2026-12-06 10:00:00 UTC) shares no moment with the other files")))
        << apart.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(merged));
}
