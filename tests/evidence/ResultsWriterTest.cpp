#include "core/evidence/ResultsWriter.h"

#include "tests/support/TestUtil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <zlib.h>

using namespace canary;

namespace {

// Inflates a gzip file as far as it goes (a file cut off after a sync flush still yields its lines).
QByteArray gunzipPrefix(const QString &path)
{
    const QByteArray in = test::readFile(path);
    z_stream z{};
    inflateInit2(&z, 16 + MAX_WBITS);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = static_cast<uInt>(in.size());
    QByteArray out;
    char buf[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buf);
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buf, static_cast<qsizetype>(sizeof buf - z.avail_out));
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            break;
    }
    inflateEnd(&z);
    return out;
}

RequestResult result(quint64 seq, int status, ErrorClass cls, bool ok)
{
    RequestResult r;
    r.seq = seq;
    r.intendedNs = static_cast<qint64>(seq) * 4'000'000;
    r.sentNs = r.intendedNs + 100'000;
    r.finishedNs = r.sentNs + 12'345'678;
    r.status = status;
    r.errorClass = cls;
    r.checkOk = ok;
    r.delivered = ok;
    return r;
}

} // namespace

TEST(ResultsWriter, WritesK6OutJsonLinesReadableBeforeClose)
{
    QTemporaryDir dir;
    ResultsContext ctx{QDateTime(QDate(2026, 11, 27), QTime(8, 17, 39), Qt::UTC),
                       QStringLiteral("http://127.0.0.1:1/api"),
                       QStringLiteral("POST"),
                       QStringLiteral("HTTP/1.1"),
                       QStringLiteral("canary"),
                       {202}};
    ResultsWriter w(ctx);
    const QString path = dir.filePath(QStringLiteral("results.ndjson.gz"));
    ASSERT_TRUE(w.open(path).ok());
    auto batch = std::make_shared<QVector<RequestResult>>();
    batch->append(result(0, 202, ErrorClass::None, true));
    (*batch)[0].http2 = true; // answered over HTTP/2: k6's proto tag says so
    batch->append(result(1, 503, ErrorClass::ServerError, false));
    batch->append(result(2, 0, ErrorClass::Timeout, false));
    w.write(batch);

    // Not closed: what a kill -9 leaves behind. Every line written so far must be readable.
    const QList<QByteArray> lines = gunzipPrefix(path).trimmed().split('\n');
    ASSERT_EQ(lines.size(), 14 + 3 * 14)
        << "14 Metric declarations + 14 Points per request (k6's six phases, data_sent and data_received too)";
    QSet<QString> declared;
    int points = 0;
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        ASSERT_FALSE(o.isEmpty()) << line.constData();
        const QString metric = o.value(QStringLiteral("metric")).toString();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("Metric")) {
            declared.insert(metric);
            continue;
        }
        ASSERT_TRUE(declared.contains(metric)) << "a Metric line precedes the first Point of " << metric.toStdString();
        ++points;
        const QJsonObject data = o.value(QStringLiteral("data")).toObject();
        const QJsonObject tags = data.value(QStringLiteral("tags")).toObject();
        for (const char *tag : {"expected_response", "group", "method", "name", "proto", "scenario", "status", "url"})
            EXPECT_TRUE(tags.contains(QString::fromLatin1(tag))) << tag;
        EXPECT_TRUE(data.value(QStringLiteral("time")).toString().startsWith(QStringLiteral("2026-11-27T08:17:39.")));
        EXPECT_EQ(data.value(QStringLiteral("time")).toString().size(), 30) << "RFC 3339 with nanoseconds";
        const QString status = tags.value(QStringLiteral("status")).toString();
        const QString proto = tags.value(QStringLiteral("proto")).toString();
        if (status == QLatin1String("503")) {
            EXPECT_EQ(tags.value(QStringLiteral("error_code")).toString(), QStringLiteral("1503"));
            EXPECT_EQ(proto, QStringLiteral("HTTP/1.1"));
        }
        if (status == QLatin1String("0")) {
            EXPECT_EQ(tags.value(QStringLiteral("error_code")).toString(), QStringLiteral("1050"));
            EXPECT_EQ(proto, QString()) << "no answer, no protocol (as k6)";
        }
        if (status == QLatin1String("202")) {
            EXPECT_FALSE(tags.contains(QStringLiteral("error_code")));
            EXPECT_EQ(proto, QStringLiteral("HTTP/2.0"));
        }
        if (metric == QLatin1String("http_req_duration")) {
            // In ms with the microsecond the live histogram records (12.345678 ms → 12346 µs), as k6 writes them.
            EXPECT_DOUBLE_EQ(data.value(QStringLiteral("value")).toDouble(), 12.346);
        }
        if (metric == QLatin1String("canary_corrected_latency")) {
            EXPECT_DOUBLE_EQ(data.value(QStringLiteral("value")).toDouble(), 12.446);
        }
    }
    EXPECT_EQ(points, 42);
    w.writeDropped(7, 0, 2'000'000'000);
    // The interval's end: requests in flight then, when it ended, and any cut off in it.
    w.writeInterval(3, 2'500, 4, 2);
    w.close();
    const QByteArray all = gunzipPrefix(path);
    EXPECT_EQ(all.count('\n'), 56 + 2 + 4); // + dropped_iterations, canary_in_flight and the interrupted: each declared
    EXPECT_TRUE(all.contains(
        R"("metric":"canary_in_flight","type":"Point","data":{"time":"2026-11-27T08:17:41.499999999Z","value":4,)"
        R"("tags":{"elapsed_ms":"2500","scenario":"canary","second":"3"}})"))
        << all.right(600).constData();
    EXPECT_TRUE(all.contains(R"("metric":"canary_interrupted_requests","type":"Point")"));
    EXPECT_TRUE(all.contains(R"({"type":"Metric","data":{"name":"dropped_iterations","type":"counter")"));
    EXPECT_TRUE(all.contains(
        R"("metric":"dropped_iterations","type":"Point","data":{"time":"2026-11-27T08:17:41.000000000Z","value":7,"tags":{"scenario":"canary"}})"));
}

TEST(ResultsWriter, UnwritablePathIsNamed)
{
    ResultsWriter w(ResultsContext{});
    const Status s = w.open(QStringLiteral("/proc/canarydesk/results.ndjson.gz"));
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("/proc/canarydesk/results.ndjson.gz")));
}
