#include "core/evidence/ResultsReader.h"
#include "core/metrics/RunMetricCatalog.h"
#include "core/metrics/ThresholdEvaluator.h"
#include "core/evidence/ResultsWriter.h"

#include "tests/support/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <zlib.h>

#include <sys/resource.h>

#include <algorithm>

using namespace canary;

namespace {

const QDateTime kStart(QDate(2026, 11, 27), QTime(8, 0, 0), Qt::UTC);

ResultsContext context()
{
    return ResultsContext{kStart,
                          QStringLiteral("http://127.0.0.1:1/api/v1/notifications"),
                          QStringLiteral("POST"),
                          QStringLiteral("HTTP/1.1"),
                          QStringLiteral("canary"),
                          {202}};
}

// A run of `seconds` seconds at `rate`/s with a varied latency shape and a few failures, written by the real
// writer; the engine's own per-second metrics are computed beside it for comparison.
struct WrittenRun
{
    QString path;
    QList<IntervalStats> perSecond;
    IntervalStats total;
};

WrittenRun writeRun(const QString &dir, int seconds, int rate, quint64 droppedInSecond3)
{
    WrittenRun run;
    run.path = QDir(dir).filePath(QStringLiteral("results.ndjson.gz"));
    ResultsWriter writer(context());
    EXPECT_TRUE(writer.open(run.path).ok());
    QRandomGenerator rng(42);
    run.perSecond.resize(seconds);
    quint64 seq = 0;
    for (int s = 0; s < seconds; ++s) {
        auto batch = std::make_shared<QVector<RequestResult>>();
        for (int i = 0; i < rate; ++i, ++seq) {
            RequestResult r;
            r.seq = seq;
            r.intendedNs = s * 1'000'000'000LL + i * (1'000'000'000LL / rate);
            r.sentNs = r.intendedNs + static_cast<qint64>(rng.bounded(200'000));
            // Mostly 5-40 ms, a tail to 900 ms; finishing inside the same second keeps the bucket comparable.
            const qint64 service =
                i % 50 == 0 ? 400'000'000 + rng.bounded(500'000'000) : 5'000'000 + rng.bounded(35'000'000);
            r.finishedNs = std::min(r.sentNs + service, (s + 1) * 1'000'000'000LL - 1);
            // k6's phases: every tenth request on a new connection (1-3 ms to connect, a TLS handshake).
            if (i % 10 == 0) {
                r.connectingNs = 1'000'000 + rng.bounded(2'000'000);
                r.tlsNs = 2'000'000 + rng.bounded(3'000'000);
                r.blockedNs = r.connectingNs + r.tlsNs + rng.bounded(100'000);
            }
            r.sendingNs = rng.bounded(50'000);
            r.waitingNs = (r.finishedNs - r.sentNs - r.sendingNs) * 9 / 10;
            const int kind = i % 100;
            r.status = kind == 7 ? 503 : kind == 8 ? 429 : kind == 9 || (kind >= 11 && kind <= 14) ? 0 : 202;
            r.errorClass = kind == 7    ? ErrorClass::ServerError
                           : kind == 8  ? ErrorClass::TooManyRequests
                           : kind == 9  ? ErrorClass::Timeout
                           : kind == 11 ? ErrorClass::IncompleteBody // read back as such, not as "other"
                           : kind == 12 ? ErrorClass::TlsExpired     // each TLS refusal read back as itself
                           : kind == 13 ? ErrorClass::TlsUnknownIssuer
                           : kind == 14 ? ErrorClass::TlsHostname
                                        : ErrorClass::None;
            r.checkOk = r.status == 202;
            r.delivered = r.checkOk && kind != 10;
            batch->append(r);
            run.perSecond[s].record(r);
        }
        writer.write(batch);
        if (s == 3 && droppedInSecond3) {
            // Two of them fell into a pause of the client: their reason goes with them.
            writer.writeDropped(droppedInSecond3, 2, 3'500'000'000LL);
            run.perSecond[s].dropped += droppedInSecond3;
            run.perSecond[s].droppedPaused += 2;
        }
        // The interval's end as the engine reports it: in flight then (s + 2), the last one short (0.75 s) and
        // with 3 requests cut off in it.
        const bool last = s == seconds - 1;
        writer.writeInterval(s + 1, last ? s * 1000 + 750 : (s + 1) * 1000, s + 2, last ? 3 : 0);
        if (last)
            run.perSecond[s].interrupted = 3;
    }
    writer.close();
    for (const IntervalStats &s : run.perSecond)
        run.total.merge(s);
    return run;
}

ResultsReadOptions options()
{
    ResultsReadOptions o;
    o.gate = *GateProfile::builtin(QStringLiteral("gate1"));
    o.originUtc = kStart;
    o.targetRate = 100;
    o.plannedMs = 6000;
    return o;
}

} // namespace

TEST(ResultsReader, ReadsOwnRawResultsBackIntoTheSameMetrics)
{
    QTemporaryDir dir;
    const WrittenRun run = writeRun(dir.path(), 6, 100, 5);
    const auto read = ResultsReader::read(run.path, options());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const ReadResults &r = read.value();
    EXPECT_FALSE(r.truncated);
    EXPECT_EQ(r.malformedLines, 0u);
    EXPECT_TRUE(r.hasCorrectedLatency);
    EXPECT_EQ(r.url, QStringLiteral("http://127.0.0.1:1/api/v1/notifications"));
    EXPECT_EQ(r.method, QStringLiteral("POST"));
    EXPECT_EQ(r.originUtc, kStart);

    const IntervalStats &t = r.metrics.total();
    EXPECT_EQ(t.requests, run.total.requests);
    EXPECT_EQ(t.checkFailures, run.total.checkFailures);
    EXPECT_EQ(t.delivered, run.total.delivered);
    EXPECT_EQ(t.httpFailed, run.total.httpFailed);
    EXPECT_EQ(t.dropped, 5u);
    EXPECT_EQ(t.droppedPaused, 2u) << "the hole told from the cap";
    EXPECT_EQ(t.statusCounts, run.total.statusCounts);
    EXPECT_EQ(t.errorClasses[static_cast<size_t>(ErrorClass::IncompleteBody)], 6u) << "one a second";
    EXPECT_EQ(t.errorClasses[static_cast<size_t>(ErrorClass::TlsExpired)], 6u) << "one a second";
    for (ErrorClass c :
         {ErrorClass::ServerError, ErrorClass::TooManyRequests, ErrorClass::Timeout, ErrorClass::IncompleteBody,
          ErrorClass::TlsExpired, ErrorClass::TlsUnknownIssuer, ErrorClass::TlsHostname})
        EXPECT_EQ(t.errorClasses[static_cast<size_t>(c)], run.total.errorClasses[static_cast<size_t>(c)])
            << errorClassName(c).toStdString();
    EXPECT_EQ(t.bytesIn, run.total.bytesIn);
    EXPECT_EQ(t.bytesOut, run.total.bytesOut);
    EXPECT_EQ(t.interrupted, 3u) << "the requests cut off in flight are in the file";
    for (double p : {50.0, 90.0, 95.0, 99.0}) {
        // Values pass through the file in ms with the microsecond the live histogram recorded: the same numbers.
        EXPECT_EQ(t.service.valueAtPercentile(p), run.total.service.valueAtPercentile(p)) << "p" << p;
        EXPECT_EQ(t.corrected.valueAtPercentile(p), run.total.corrected.valueAtPercentile(p)) << "p" << p;
        for (const RunMetric &m : runMetrics()) { // every trend: the phases too
            if (m.histogram) {
                EXPECT_EQ((t.*m.histogram).valueAtPercentile(p), (run.total.*m.histogram).valueAtPercentile(p))
                    << m.name << " p" << p;
            }
        }
    }
    EXPECT_EQ(t.service.mean(), run.total.service.mean());
    EXPECT_GT(t.tlsHandshaking.max(), 2000) << "the phases are in the file, not zeros";
    EXPECT_EQ(t.connecting.count(), t.requests) << "a phase point for every request, zero on a reused connection";
    const QList<Snapshot> timeline = r.metrics.timeline();
    ASSERT_EQ(timeline.size(), 6);
    for (int s = 0; s < 6; ++s) {
        const Snapshot &snap = timeline[s];
        // Per second of the interval: the last one lasted 0.75 s.
        EXPECT_DOUBLE_EQ(snap.achievedRate, static_cast<double>(run.perSecond[s].requests) / (s == 5 ? 0.75 : 1.0))
            << "second " << s + 1;
        EXPECT_EQ(snap.targetRate, 100.0);
        EXPECT_EQ(snap.elapsedMs, s == 5 ? 5750 : (s + 1) * 1000) << "the last interval's real end";
        EXPECT_EQ(snap.inFlight, s + 2) << "in flight at the interval's end";
    }
    EXPECT_EQ(timeline[3].dropped, 5u);
}

TEST(ResultsReader, AFileWithoutAKnownStartLastsFromItsFirstSendNotFromAWholeSecond)
{
    // Found with the real k6: a 5.0-s run whose first point fell at .7 s read as "6s" and 250/s as 238/s, because
    // the run's start was the first point floored to a whole second.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k6.ndjson.gz"));
    ResultsContext ctx = context();
    ctx.startUtc = kStart.addMSecs(700);
    ResultsWriter writer(ctx);
    ASSERT_TRUE(writer.open(path).ok());
    auto batch = std::make_shared<QVector<RequestResult>>();
    for (int i = 0; i < 250; ++i) { // 50/s for 5 s, each answered in 10 ms
        RequestResult r;
        r.seq = static_cast<quint64>(i);
        r.intendedNs = r.sentNs = i * 20'000'000LL;
        r.finishedNs = r.sentNs + 10'000'000;
        r.status = 202;
        r.checkOk = r.delivered = true;
        batch->append(r);
    }
    writer.write(batch);
    writer.close();
    ResultsReadOptions o = options();
    o.originUtc.reset(); // as for a k6 file: nothing says when the run began
    const auto read = ResultsReader::read(path, o);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    // First send at .700, last answer at 4.990 s after it.
    EXPECT_EQ(read.value().durationMs, 4990);
    EXPECT_NEAR(250.0 * 1000.0 / static_cast<double>(read.value().durationMs), 50.1, 0.1);
}

TEST(ResultsReader, AFileCutShortReadsItsCompleteLinesAndSaysSo)
{
    QTemporaryDir dir;
    const WrittenRun run = writeRun(dir.path(), 4, 100, 0);
    QByteArray bytes = test::readFile(run.path);
    const QString cut = dir.filePath(QStringLiteral("cut.ndjson.gz"));
    test::writeFile(cut, bytes.left(bytes.size() * 2 / 3)); // what a kill -9 or a partial copy leaves
    const auto read = ResultsReader::read(cut, options());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_TRUE(read.value().truncated);
    EXPECT_GT(read.value().metrics.total().requests, 0u);
    EXPECT_LT(read.value().metrics.total().requests, run.total.requests);
    EXPECT_TRUE(read.value().notes.join(QLatin1Char(' ')).contains(QStringLiteral("ends inside a line")));

    // Plain text cut in the middle of a line: the complete lines count, the partial one does not.
    const QByteArray plain = QByteArrayLiteral(
        "{\"metric\":\"http_reqs\",\"type\":\"Point\",\"data\":{\"time\":\"2026-11-27T08:00:00.5Z\",\"value\":1,"
        "\"tags\":{\"status\":\"200\"}}}\n{\"metric\":\"http_reqs\",\"type\":\"Point\",\"data\":{\"ti");
    const auto partial = ResultsReader::readBytes(plain, options());
    ASSERT_TRUE(partial.ok());
    EXPECT_EQ(partial.value().metrics.total().requests, 1u);
    EXPECT_TRUE(partial.value().truncated);
}

TEST(ResultsReader, ReadsRealK6OutputAndAgreesWithAPlainJsonParse)
{
    const QString path = test::sourcePath(QStringLiteral("tests/data/k6/points-head.ndjson"));
    ResultsReadOptions o;
    o.gate = *GateProfile::builtin(QStringLiteral("gate1"));
    const auto read = ResultsReader::read(path, o);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const ReadResults &r = read.value();

    // The same numbers, the slow and obvious way: every line through QJsonDocument.
    quint64 requests = 0, failed = 0, errors = 0, delivered = 0;
    std::vector<double> durations;
    for (const QByteArray &line : test::readFile(path).split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("type")).toString() != QLatin1String("Point"))
            continue;
        const QString metric = o.value(QStringLiteral("metric")).toString();
        const double v = o.value(QStringLiteral("data")).toObject().value(QStringLiteral("value")).toDouble();
        if (metric == QLatin1String("http_reqs"))
            requests += static_cast<quint64>(v);
        else if (metric == QLatin1String("http_req_duration"))
            durations.push_back(v);
        else if (metric == QLatin1String("http_req_failed"))
            failed += v != 0;
        else if (metric == QLatin1String("errors"))
            errors += v != 0;
        else if (metric == QLatin1String("delivery_success"))
            delivered += v != 0;
    }
    ASSERT_GT(requests, 10u);
    EXPECT_EQ(r.metrics.total().requests, requests);
    EXPECT_EQ(r.metrics.total().httpFailed, failed);
    EXPECT_EQ(r.metrics.total().checkFailures, errors);
    EXPECT_EQ(r.metrics.total().delivered, delivered);
    std::sort(durations.begin(), durations.end());
    EXPECT_NEAR(r.metrics.total().service.max() / 1000.0, durations.back(), durations.back() * 0.005);
    EXPECT_NEAR(r.metrics.total().service.min() / 1000.0, durations.front(), 0.002);
    EXPECT_FALSE(r.hasCorrectedLatency) << "k6 does not write latency from the intended time";
    EXPECT_TRUE(r.thresholdExpressions.contains(QStringLiteral("http_req_duration: p(95)<250")))
        << r.thresholdExpressions.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(r.url, QStringLiteral("http://127.0.0.1:18080/deliver"));
    EXPECT_EQ(r.metrics.total().bytesOut > 0, true) << "k6's data_sent is counted";
}

TEST(ResultsReader, NamesTheFirstLineThatIsNotK6Output)
{
    const QByteArray good = QByteArrayLiteral(
        "{\"metric\":\"http_reqs\",\"type\":\"Point\",\"data\":{\"time\":\"2026-11-27T08:00:00.5Z\",\"value\":1,"
        "\"tags\":{\"status\":\"200\"}}}\n");
    const auto mixed =
        ResultsReader::readBytes(good + "not json at all\n" + good + "{\"type\":\"Point\"}\n", options());
    ASSERT_TRUE(mixed.ok());
    EXPECT_EQ(mixed.value().malformedLines, 2u);
    EXPECT_EQ(mixed.value().firstMalformedLine, 2u);
    EXPECT_EQ(mixed.value().metrics.total().requests, 2u);

    const auto garbage = ResultsReader::readBytes("a,b,c\n1,2,3\n", options());
    ASSERT_FALSE(garbage.ok());
    EXPECT_TRUE(garbage.error().message.contains(QStringLiteral("line 1"))) << garbage.error().message.toStdString();

    QTemporaryDir dir;
    const auto missing = ResultsReader::read(dir.filePath(QStringLiteral("nope.ndjson")), options());
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("no such file")));
}

TEST(ResultsReader, TheGeneratedScriptsTokenRequestsAreNotLoad)
{
    // k6 v0.47 writes these for the generated script: setup()'s token request (tagged name=oauth-token), then the
    // canary's requests. The token request used to be counted in http_reqs and in every rate's denominator
    // (delivery 98.387 % where k6 said 100 %), to start the run's clock and to name the target.
    auto point = [](const char *metric, const char *time, double value, const char *name, const char *url) {
        return QStringLiteral("{\"metric\":\"%1\",\"type\":\"Point\",\"data\":{\"time\":\"%2\",\"value\":%3,"
                              "\"tags\":{\"method\":\"POST\",\"name\":\"%4\",\"status\":\"%5\",\"url\":\"%6\"}}}\n")
            .arg(QLatin1String(metric), QLatin1String(time))
            .arg(value)
            .arg(QLatin1String(name), QLatin1String(url[1] == 'o' ? "200" : "202"), QLatin1String(url))
            .toUtf8();
    };
    QByteArray input = point("http_reqs", "2026-11-27T07:59:57Z", 1, "oauth-token", "/oauth/token") +
                       point("http_req_duration", "2026-11-27T07:59:57Z", 40, "oauth-token", "/oauth/token") +
                       point("http_req_failed", "2026-11-27T07:59:57Z", 0, "oauth-token", "/oauth/token");
    for (int i = 0; i < 3; ++i) {
        const char *t = "2026-11-27T08:00:00.5Z";
        input += point("http_reqs", t, 1, "/api/v1/notifications", "/api/v1/notifications") +
                 point("http_req_duration", t, 5, "/api/v1/notifications", "/api/v1/notifications") +
                 point("http_req_failed", t, 0, "/api/v1/notifications", "/api/v1/notifications") +
                 point("errors", t, 0, "/api/v1/notifications", "/api/v1/notifications") +
                 point("delivery_success", t, 1, "/api/v1/notifications", "/api/v1/notifications");
    }
    const auto read = ResultsReader::readBytes(input, options());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const ReadResults &r = read.value();
    EXPECT_EQ(r.tokenRequests, 1u);
    EXPECT_EQ(r.metrics.total().requests, 3u);
    EXPECT_EQ(r.metrics.total().delivered, 3u);
    EXPECT_DOUBLE_EQ(r.metrics.total().deliveryRate(), 1.0);
    EXPECT_EQ(r.metrics.total().service.count(), 3u) << "the token request's 40 ms is not the target's latency";
    EXPECT_EQ(r.url, QStringLiteral("/api/v1/notifications")) << "the target, not the token endpoint";
    EXPECT_EQ(r.originUtc, kStart) << "the run starts with its load, not with setup()";
    EXPECT_EQ(r.notes.filter(QStringLiteral("1 token request (tagged name=oauth-token) left out")).size(), 1)
        << r.notes.join(QStringLiteral(" | ")).toStdString();
}

// Each Rate is counted from its own points, passes and fails, as k6 counts a Rate: a hand-written k6 script that
// checks only some requests, or adds a point outside a request, is judged on the points it wrote — not on the
// requests. Four requests; errors got two points (one a failure), delivery_success three (all delivered),
// http_req_failed one per request (one failed).
TEST(ResultsReader, EachRateIsCountedFromItsOwnPoints)
{
    auto point = [](const char *metric, double value) {
        return QStringLiteral("{\"metric\":\"%1\",\"type\":\"Point\",\"data\":{\"time\":\"2026-11-27T08:00:00.5Z\","
                              "\"value\":%2,\"tags\":{\"method\":\"POST\",\"status\":\"202\",\"url\":\"/api\"}}}\n")
            .arg(QLatin1String(metric))
            .arg(value)
            .toUtf8();
    };
    QByteArray input;
    for (int i = 0; i < 4; ++i)
        input += point("http_reqs", 1) + point("http_req_duration", 5) + point("http_req_failed", i == 3 ? 1 : 0);
    input += point("errors", 1) + point("errors", 0);
    input += point("delivery_success", 1) + point("delivery_success", 1) + point("delivery_success", 1);
    const auto read = ResultsReader::readBytes(input, options());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const IntervalStats &t = read.value().metrics.total();
    EXPECT_EQ(t.requests, 4u);
    EXPECT_DOUBLE_EQ(t.errorRate(), 0.5) << "1 fail of errors' 2 points, not 1 of 4 requests";
    EXPECT_DOUBLE_EQ(t.deliveryRate(), 1.0) << "3 of delivery_success's 3 points, not 3 of 4 requests";
    EXPECT_DOUBLE_EQ(t.httpFailedRate(), 0.25);
    GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    for (const ThresholdResult &r : ThresholdEvaluator::evaluate(gate, t, 1)) {
        if (r.threshold.metric == QLatin1String("errors")) {
            EXPECT_DOUBLE_EQ(r.measured, 0.5);
        } else if (r.threshold.metric == QLatin1String("delivery_success")) {
            EXPECT_DOUBLE_EQ(r.measured, 1.0);
        }
    }
}

// An interval's end that is not its own second's, or an in-flight count no run has, is not believed (a damaged
// or hand-made file): the timeline keeps whole seconds and nothing overflows.
TEST(ResultsReader, AnIntervalEndFromAnotherSecondIsNotBelieved)
{
    QByteArray input =
        test::readFile(test::sourcePath(QStringLiteral("fuzz/corpus/fuzz_k6_results/regression-in-flight-absurd")));
    const auto read = ResultsReader::readBytes(input, options());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const QList<Snapshot> timeline = read.value().metrics.timeline();
    ASSERT_EQ(timeline.size(), 3);
    EXPECT_EQ(timeline[0].elapsedMs, 1000) << "1e300 in flight is not believed, nor its end with it";
    EXPECT_EQ(timeline[0].inFlight, 0);
    EXPECT_EQ(timeline[1].elapsedMs, 2000);
    EXPECT_EQ(timeline[2].elapsedMs, 3000);
    EXPECT_EQ(timeline[2].inFlight, 0);
}

TEST(ResultsReader, ParsesRfc3339TimesWithZonesAndFractions)
{
    auto ns = [](const char *s) { return ResultsReader::parseTimeNs(s, s + std::strlen(s)); };
    const qint64 base = QDateTime(QDate(2026, 11, 27), QTime(8, 17, 39), Qt::UTC).toSecsSinceEpoch() * 1'000'000'000LL;
    EXPECT_EQ(ns("2026-11-27T08:17:39Z"), base);
    EXPECT_EQ(ns("2026-11-27T08:17:39.414626291Z"), base + 414626291);
    EXPECT_EQ(ns("2026-11-27T08:17:39.5Z"), base + 500'000'000);
    EXPECT_EQ(ns("2026-11-27T09:17:39.5+01:00"), base + 500'000'000);
    EXPECT_EQ(ns("2026-11-27T03:17:39-05:00"), base);
    EXPECT_EQ(ns("1970-01-01T00:00:00Z"), 0);
    EXPECT_EQ(ns("2024-02-29T00:00:00Z"),
              QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() * 1'000'000'000LL);
    EXPECT_FALSE(ns("2026-11-27T08:17:39"));      // no zone
    EXPECT_FALSE(ns("2026-13-27T08:17:39Z"));     // month 13
    EXPECT_FALSE(ns("2026-11-27T08:17:39.Z"));    // empty fraction
    EXPECT_FALSE(ns("2026-11-27T08:17:39Zjunk")); // trailing bytes
    EXPECT_FALSE(ns(""));
}

TEST(ResultsReader, TimesAndValuesNoRunCanHaveAreRefusedNotOverflowed)
{
    // Found by fuzz_k6_results: a year beyond 2262 overflowed the nanosecond clock, and a point days after the first
    // asked for that many empty seconds — a stretch without points is one point now, not one per second.
    auto point = [](const char *time, const char *value) {
        return QByteArray("{\"metric\":\"http_reqs\",\"type\":\"Point\",\"data\":{\"time\":\"") + time +
               "\",\"value\":" + value + ",\"tags\":{\"status\":\"200\"}}}\n";
    };
    const QByteArray input = point("2026-11-27T08:00:00.5Z", "1") + point("4052-11-27T08:17:39.4Z", "1") +
                             point("2031-01-01T00:00:00Z", "1") + point("2026-11-30T08:00:00Z", "1") +
                             point("2026-11-27T08:00:01.5Z", "1e300") + point("2026-11-27T08:00:01.7Z", "-5");
    const auto read = ResultsReader::readBytes(input, options());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read.value().invalidTimes, 1u) << "2031: no run has that time yet";
    EXPECT_EQ(read.value().malformedLines, 1u) << "the year 4052 (beyond the clock)";
    EXPECT_EQ(read.value().firstMalformedLine, 2u);
    EXPECT_EQ(read.value().invalidValues, 1u) << "a negative count";
    const QList<Snapshot> timeline = read.value().metrics.timeline();
    ASSERT_LE(timeline.size(), 4) << "no three days of empty seconds";
    EXPECT_EQ(timeline.last().second, 3 * 86400 + 1) << "the point three days later is read, at its time";
    EXPECT_EQ(read.value().metrics.total().requests, 2u + 1'000'000'000'000'000u) << "a huge count is capped";
    EXPECT_FALSE(read.value().dataProblems.isEmpty());
}

// A file reaching further than any run CanaryDesk judges (744 h planned, and an hour's drain) is refused whole, with
// that reason — never cut at a bound and its rest called "not k6 JSON output" (#32: 72 h imported as a 24-h PASS).
TEST(ResultsReader, APointBeyondTheLongestRunIsRefusedWholeNotCut)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.json"));
    auto point = [](const char *time) {
        return QByteArray("{\"metric\":\"http_reqs\",\"type\":\"Point\",\"data\":{\"time\":\"") + time +
               "\",\"value\":1,\"tags\":{\"status\":\"200\"}}}\n";
    };
    // 2026-10-01 to 2026-11-02: 32 days, past 745 h.
    test::writeFile(path,
                    point("2026-10-01T00:00:00Z") + point("2026-10-01T00:00:01Z") + point("2026-11-02T00:00:00Z"));
    ResultsReadOptions k6File = options(); // a k6 file alone: its first point starts the run
    k6File.originUtc.reset();
    k6File.plannedMs = 0;
    const auto read = ResultsReader::read(path, k6File);
    ASSERT_FALSE(read.ok());
    const QString message = read.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("1 point(s) lie more than 745 h from the first")))
        << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("744 h planned at most"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("Refused whole, not cut"))) << qPrintable(message);
    EXPECT_FALSE(message.contains(QStringLiteral("not k6 JSON output"))) << qPrintable(message);

    // 31 days apart is a run CanaryDesk can plan: read whole.
    test::writeFile(path,
                    point("2026-10-01T00:00:00Z") + point("2026-10-01T00:00:01Z") + point("2026-11-01T00:00:00Z"));
    const auto whole = ResultsReader::read(path, k6File);
    ASSERT_TRUE(whole.ok()) << whole.error().message.toStdString();
    EXPECT_EQ(whole.value().metrics.total().requests, 3u);
    EXPECT_EQ(whole.value().durationMs, 31LL * 86400 * 1000);
    EXPECT_EQ(whole.value().malformedLines, 0u);
}

// The engine asks for nothing in a second that begins at or after the schedule's end (it only drains answers):
// read back, that second — however short — says the same, so the live and re-exported timeseries agree.
TEST(ResultsReader, ASecondBeginningAtTheScheduleEndAsksForNothing)
{
    QTemporaryDir dir;
    const WrittenRun run = writeRun(dir.path(), 6, 100, 5); // the sixth second ends at 5.75 s
    ResultsReadOptions o = options();
    o.plannedMs = 5000;
    const auto read = ResultsReader::read(run.path, o);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const QList<Snapshot> timeline = read.value().metrics.timeline();
    ASSERT_EQ(timeline.size(), 6);
    EXPECT_EQ(timeline[4].targetRate, 100.0) << "the schedule's last second";
    EXPECT_EQ(timeline[5].elapsedMs, 5750);
    EXPECT_EQ(timeline[5].targetRate, 0.0) << "5.0-5.75 s: after the schedule, only draining";
}

// Garbage is never a PASS (found importing hand-made k6 files): NaN and infinite durations, a whole run at one
// 1970 moment, a line of hundreds of MiB — refused or counted as invalid, within bounded memory.
TEST(ResultsReader, NonFiniteValuesAndImpossibleTimesAreInvalidNotZeroOrForever)
{
    auto point = [](const char *metric, const char *time, const char *value) {
        return QByteArray("{\"metric\":\"") + metric + "\",\"type\":\"Point\",\"data\":{\"time\":\"" + time +
               "\",\"value\":" + value + ",\"tags\":{\"status\":\"202\"}}}\n";
    };
    QByteArray input;
    for (int i = 0; i < 50; ++i) {
        const QByteArray t = QStringLiteral("2026-11-27T08:00:%1.%2Z")
                                 .arg(i / 10, 2, 10, QLatin1Char('0'))
                                 .arg(i % 10 * 100, 3, 10, QLatin1Char('0'))
                                 .toLatin1();
        input += point("http_reqs", t.constData(), "1");
        input += point("http_req_duration", t.constData(),
                       i % 5 == 0   ? "NaN"
                       : i % 5 == 1 ? "-Infinity"
                       : i % 5 == 2 ? "Infinity"
                                    : "20");
    }
    const auto read = ResultsReader::readBytes(input, options());
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value().invalidValues, 30u);
    EXPECT_EQ(read.value().metrics.total().service.count(), 20u) << "only the real durations";
    EXPECT_NEAR(read.value().metrics.total().service.valueAtPercentile(95) / 1000.0, 20.0, 0.1)
        << "never 0 ms (NaN) nor a billion (Infinity)";
    ASSERT_EQ(read.value().dataProblems.size(), 1);
    EXPECT_TRUE(read.value().dataProblems.first().startsWith(QStringLiteral("30 point(s) have a value no request")));

    // Every point at one 1970 moment: nothing valid to judge.
    QByteArray epoch;
    for (int i = 0; i < 3000; ++i)
        epoch += point("http_reqs", "1970-01-01T00:00:00Z", "1");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("epoch.json"));
    test::writeFile(file, epoch);
    const auto refused = ResultsReader::read(file, options());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("no valid data point")))
        << refused.error().message.toStdString();
    // 3,000 requests at one moment of 2026: "3,000 req/s over 0 ms" is no rate to believe.
    QByteArray instant;
    for (int i = 0; i < 3000; ++i)
        instant += point("http_reqs", "2026-11-27T08:00:00Z", "1");
    ResultsReadOptions k6File = options();
    k6File.originUtc.reset(); // a k6 file: its start is its first request's send
    const auto once = ResultsReader::readBytes(instant, k6File);
    ASSERT_TRUE(once.ok());
    ASSERT_EQ(once.value().dataProblems.size(), 1);
    EXPECT_TRUE(once.value().dataProblems.first().startsWith(QStringLiteral("the points span only 0 ms")))
        << once.value().dataProblems.first().toStdString();
}

TEST(ResultsReader, ALineOfHundredsOfMebibytesIsSkippedWithoutBeingHeldInMemory)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("huge-line.json.gz"));
    gzFile gz = gzopen(QFile::encodeName(file).constData(), "wb9");
    ASSERT_NE(gz, nullptr);
    const QByteArray first =
        "{\"metric\":\"http_reqs\",\"type\":\"Point\",\"data\":{\"time\":\"2026-11-27T08:00:00.1Z\","
        "\"value\":1,\"tags\":{\"status\":\"202\"}}}\n";
    gzwrite(gz, first.constData(), static_cast<unsigned>(first.size()));
    const QByteArray block(1 << 20, 'x'); // 400 MiB without a newline, a few hundred KiB compressed
    for (int i = 0; i < 400; ++i)
        gzwrite(gz, block.constData(), static_cast<unsigned>(block.size()));
    const QByteArray last =
        "\n{\"metric\":\"http_reqs\",\"type\":\"Point\",\"data\":{\"time\":\"2026-11-27T08:00:02.1Z\","
        "\"value\":1,\"tags\":{\"status\":\"202\"}}}\n";
    gzwrite(gz, last.constData(), static_cast<unsigned>(last.size()));
    gzclose(gz);
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    const auto read = ResultsReader::read(file, options());
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read.value().overlongLines, 1u);
    EXPECT_EQ(read.value().metrics.total().requests, 2u) << "the lines around it are read";
    EXPECT_EQ(read.value().firstMalformedLine, 2u);
    EXPECT_LT((after.ru_maxrss - before.ru_maxrss) / 1024, 64) << "MiB more at peak: the line was never held";
    EXPECT_FALSE(read.value().dataProblems.isEmpty());
}
