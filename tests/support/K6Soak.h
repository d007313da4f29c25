#pragma once

// A long k6 `--out json` run, generated (#32): one request a second for `hours`, every one answered 202 in about
// 40 ms except those in [outageFromS, outageToS), answered 503. What k6 writes for each request that the import
// reads — http_reqs, http_req_duration, http_req_failed and the canary's errors and delivery_success — gzipped
// as `k6 run --out json=FILE.gz` writes it. Used by the e2e test and bench/soak_bench.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <zlib.h>

namespace canary::test {

struct K6Soak
{
    qint64 requests = 0;
    qint64 failed = 0;
    QDateTime start;
};

inline K6Soak writeK6Soak(const QString &path, int hours, qint64 outageFromS, qint64 outageToS, QDateTime start)
{
    K6Soak out;
    out.start = start;
    gzFile gz = gzopen(path.toLocal8Bit().constData(), "wb1");
    if (!gz)
        return out;
    QByteArray chunk;
    const qint64 seconds = static_cast<qint64>(hours) * 3600;
    for (qint64 s = 0; s < seconds; ++s) {
        const bool down = s >= outageFromS && s < outageToS;
        const QByteArray time = start.addMSecs(s * 1000 + 250).toString(Qt::ISODateWithMs).toLatin1();
        const QByteArray tags = down ? R"({"status":"503","expected_response":"false","name":"notify"})"
                                     : R"({"status":"202","expected_response":"true","name":"notify"})";
        const QByteArray ms = QByteArray::number(38.0 + static_cast<double>(s % 11) * 0.5, 'f', 3);
        auto point = [&](const char *metric, const QByteArray &value, const QByteArray &pointTags) {
            chunk += R"({"metric":")";
            chunk += metric;
            chunk += R"(","type":"Point","data":{"time":")" + time + R"(","value":)" + value + R"(,"tags":)" +
                     pointTags + "}}\n";
        };
        point("http_reqs", "1", tags);
        point("http_req_duration", ms, tags);
        point("http_req_failed", down ? "1" : "0", tags);
        point("errors", down ? "1" : "0", R"({"scenario":"canary"})");
        point("delivery_success", down ? "0" : "1", R"({"scenario":"canary"})");
        ++out.requests;
        out.failed += down ? 1 : 0;
        if (chunk.size() > (1 << 20)) {
            gzwrite(gz, chunk.constData(), static_cast<unsigned>(chunk.size()));
            chunk.clear();
        }
    }
    gzwrite(gz, chunk.constData(), static_cast<unsigned>(chunk.size()));
    gzclose(gz);
    return out;
}

} // namespace canary::test
