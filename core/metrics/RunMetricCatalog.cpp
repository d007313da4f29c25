#include "core/metrics/RunMetricCatalog.h"

#include <algorithm>
#include <cmath>

namespace canary {

namespace {

// Times in ms with the microsecond the live histograms record, so a re-export reads back the same.
double ms(qint64 ns)
{
    return static_cast<double>(RequestResult::micros(ns)) / 1000.0;
}

qint64 micros(double ms)
{
    return std::llround(ms * 1000.0);
}

quint64 countOf(double v)
{
    if (!(v > 0))
        return 0;
    return static_cast<quint64>(std::min(v, 1e15));
}

QList<RunMetric> table()
{
    using S = IntervalStats;
    auto trend = [](const char *name, LatencyHistogram S::*h, double (*ofRequest)(const RequestResult &)) {
        return RunMetric{.name = name, .contains = "time", .histogram = h, .ofRequest = ofRequest};
    };
    auto rate = [](const char *name, quint64 S::*hits, quint64 S::*samples,
                   double (*ofRequest)(const RequestResult &)) {
        return RunMetric{.name = name, .contains = "default", .hits = hits, .samples = samples, .ofRequest = ofRequest};
    };
    auto counter = [](const char *name, const char *contains, quint64 S::*count,
                      double (*ofRequest)(const RequestResult &)) {
        return RunMetric{.name = name, .contains = contains, .count = count, .ofRequest = ofRequest};
    };
    QList<RunMetric> t = {
        counter("http_reqs", "default", &S::requests, [](const RequestResult &) { return 1.0; }),
        trend("http_req_duration", &S::service, [](const RequestResult &r) { return ms(r.serviceNs()); }),
        trend("canary_corrected_latency", &S::corrected, [](const RequestResult &r) { return ms(r.correctedNs()); }),
        trend("http_req_blocked", &S::blocked, [](const RequestResult &r) { return ms(r.blockedNs); }),
        trend("http_req_connecting", &S::connecting, [](const RequestResult &r) { return ms(r.connectingNs); }),
        trend("http_req_tls_handshaking", &S::tlsHandshaking, [](const RequestResult &r) { return ms(r.tlsNs); }),
        trend("http_req_sending", &S::sending, [](const RequestResult &r) { return ms(r.sendingNs); }),
        trend("http_req_waiting", &S::waiting, [](const RequestResult &r) { return ms(r.waitingNs); }),
        trend("http_req_receiving", &S::receiving, [](const RequestResult &r) { return ms(r.receivingNs()); }),
        rate("http_req_failed", &S::httpFailed, &S::httpFailedSamples,
             [](const RequestResult &r) { return r.httpFailed() ? 1.0 : 0.0; }),
        rate("errors", &S::checkFailures, &S::errorsSamples,
             [](const RequestResult &r) { return r.checkOk ? 0.0 : 1.0; }),
        rate("delivery_success", &S::delivered, &S::deliverySamples,
             [](const RequestResult &r) { return r.delivered ? 1.0 : 0.0; }),
        counter("data_sent", "data", &S::bytesOut, [](const RequestResult &r) { return double(r.bytesOut); }),
        counter("data_received", "data", &S::bytesIn, [](const RequestResult &r) { return double(r.bytesIn); }),
        // Not a point per request: the summary's and the thresholds' (and the reader's own, with their tags).
        counter("iterations", "default", &S::requests, nullptr),
        counter("dropped_iterations", "default", &S::dropped, nullptr),
        counter("canary_interrupted_requests", "default", &S::interrupted, nullptr),
        rate("checks", &S::checkFailures, &S::errorsSamples, nullptr),
    };
    for (RunMetric &m : t) {
        const std::string_view name(m.name);
        // Counted with their tags (status, error code, expected response) or into more than their own total.
        m.readBack = name != "http_reqs" && name != "http_req_duration" && name != "canary_corrected_latency" &&
                     name != "dropped_iterations" && name != "iterations" && name != "checks";
        m.hitsAreFails = name == "checks"; // passes are the requests whose check held
    }
    return t;
}

} // namespace

void RunMetric::record(IntervalStats &s, double value) const
{
    if (histogram)
        (s.*histogram).record(micros(value));
    else if (samples) {
        s.*hits += value != 0 ? 1 : 0;
        ++(s.*samples);
    } else if (count)
        s.*count += countOf(value);
}

const QList<RunMetric> &runMetrics()
{
    static const QList<RunMetric> metrics = table();
    return metrics;
}

const RunMetric *runMetric(std::string_view name)
{
    if (const size_t brace = name.find('{'); brace != std::string_view::npos)
        name = name.substr(0, brace);
    for (const RunMetric &m : runMetrics())
        if (name == m.name)
            return &m;
    return nullptr;
}

const RunMetric *runMetric(QStringView name)
{
    return runMetric(std::string_view(name.toUtf8().constData()));
}

} // namespace canary
