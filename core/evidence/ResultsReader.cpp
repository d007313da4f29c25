#include "core/evidence/ResultsReader.h"

#include <cmath>

#include "core/metrics/RunMetricCatalog.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <map>
#include <string_view>

#include <limits>

#include <zlib.h>

namespace canary {

namespace {

using sv = std::string_view;

constexpr qint64 kSecondNs = 1'000'000'000;

// The string value after `"key":"` in the line, without unescaping (k6 never escapes the values we read).
std::optional<sv> stringAfter(sv line, sv keyQuoteColonQuote)
{
    const size_t at = line.find(keyQuoteColonQuote);
    if (at == sv::npos)
        return std::nullopt;
    const size_t from = at + keyQuoteColonQuote.size();
    const size_t to = line.find('"', from);
    if (to == sv::npos)
        return std::nullopt;
    return line.substr(from, to - from);
}

std::optional<double> numberAfter(sv line, sv keyQuoteColon)
{
    const size_t at = line.find(keyQuoteColon);
    if (at == sv::npos)
        return std::nullopt;
    const char *begin = line.data() + at + keyQuoteColon.size();
    const char *end = line.data() + line.size();
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr == begin)
        return std::nullopt;
    return value;
}

qint64 longOf(std::optional<sv> s)
{
    qint64 v = 0;
    if (s)
        std::from_chars(s->data(), s->data() + s->size(), v);
    return v;
}

int intOf(std::optional<sv> s)
{
    int v = 0;
    if (s)
        std::from_chars(s->data(), s->data() + s->size(), v);
    return v;
}

ErrorClass classFor(int status, int errorCode)
{
    if (status == 401)
        return ErrorClass::Unauthorized;
    if (status == 429)
        return ErrorClass::TooManyRequests;
    if (status >= 500)
        return ErrorClass::ServerError;
    if (status >= 400)
        return ErrorClass::ClientError;
    if (status > 0)
        return ErrorClass::None;
    if (errorCode == 1050)
        return ErrorClass::Timeout;
    if (errorCode >= 1100 && errorCode < 1200)
        return ErrorClass::Dns;
    if (errorCode == 1220 || errorCode == 1201) // reset by peer, broken pipe
        return ErrorClass::Reset;
    if (errorCode >= 1200 && errorCode < 1300)
        return ErrorClass::Refused;
    if (errorCode == 1310)
        return ErrorClass::TlsUnknownIssuer;
    if (errorCode == 1311)
        return ErrorClass::TlsHostname;
    if (errorCode >= 1300 && errorCode < 1400)
        return ErrorClass::Tls;
    return ErrorClass::Other;
}

qint64 micros(double ms)
{
    if (!(ms > 0)) // negative or NaN: no time at all
        return 0;
    return static_cast<qint64>(std::min(ms, 1e9) * 1000.0 + 0.5); // at most ~11.6 days, as the histogram holds
}

// A phase point (http_req_blocked & co) into its histogram; false for a metric that is not a phase.
quint64 countOf(double v)
{
    if (!(v > 0))
        return 0;
    return static_cast<quint64>(std::min(v, 1e15));
}

// A run's points span at most this long (the longest run planned, and its drain).
constexpr qint64 kMaxSeconds = ReadResults::kMaxSpanSeconds;
constexpr qint64 kLongGapSeconds = 60; // more seconds than this without a single point: one point for all of them

// Folds points into one-second buckets. Points arrive nearly in time order (k6 and our writer batch per
// worker), so a bucket stays open until a point three seconds later arrives; a later straggler counts in
// the oldest open bucket.
class Folder
{
public:
    explicit Folder(const ResultsReadOptions &options) : m_options(options)
    {
        if (options.originUtc)
            m_originNs = options.originUtc->toMSecsSinceEpoch() * 1'000'000;
    }

    void metricLine(sv line, ReadResults &out)
    {
        const auto name = stringAfter(line, R"("name":")");
        const size_t at = line.find(R"("thresholds":[)");
        if (!name || at == sv::npos)
            return;
        const size_t from = at + std::strlen(R"("thresholds":[)");
        const size_t to = line.find(']', from);
        sv list = line.substr(from, to == sv::npos ? 0 : to - from);
        while (!list.empty()) {
            const size_t q1 = list.find('"');
            if (q1 == sv::npos)
                break;
            const size_t q2 = list.find('"', q1 + 1);
            if (q2 == sv::npos)
                break;
            out.thresholdExpressions << QString::fromUtf8(name->data(), static_cast<qsizetype>(name->size())) +
                                            QStringLiteral(": ") +
                                            QString::fromUtf8(list.data() + q1 + 1,
                                                              static_cast<qsizetype>(q2 - q1 - 1));
            list.remove_prefix(q2 + 1);
        }
    }

    bool point(sv line, ReadResults &out)
    {
        const auto metric = stringAfter(line, R"("metric":")");
        const auto time = stringAfter(line, R"("time":")");
        const auto value = numberAfter(line, R"("value":)");
        if (!metric || !time || !value)
            return false;
        const auto ns = ResultsReader::parseTimeNs(time->data(), time->data() + time->size());
        if (!ns)
            return false;
        // Garbage is never a measurement: a value no request can have, a time no run had.
        if (!std::isfinite(*value) || *value < 0 ||
            (*value > 1e9 && metric->substr(0, 9) == "http_req_")) { // a duration over 11.6 days
            ++out.invalidValues;
            return true;
        }
        static const qint64 kYear2000Ns = 946'684'800LL * 1'000'000'000LL;
        const qint64 tomorrowNs = (QDateTime::currentMSecsSinceEpoch() + 86'400'000LL) * 1'000'000LL;
        if (*ns < kYear2000Ns || *ns > tomorrowNs) {
            ++out.invalidTimes;
            return true;
        }
        // Token requests and what setup() and teardown() send are not load: counted apart, and they do not start
        // the run's clock either (k6 tags setup's and teardown's requests group=::setup / ::teardown).
        quint64 *aside = line.find(R"("name":"oauth-token")") != sv::npos   ? &out.tokenRequests
                         : line.find(R"("group":"::setup")") != sv::npos    ? &out.setupRequests
                         : line.find(R"("group":"::teardown")") != sv::npos ? &out.teardownRequests
                                                                            : nullptr;
        if (aside) {
            if (*metric == "http_reqs")
                *aside += countOf(*value);
            ++out.points;
            return true;
        }
        if (!m_originNs)
            m_originNs = (*ns / kSecondNs) * kSecondNs;

        const qint64 bucket = std::max<qint64>(0, (*ns - *m_originNs) / kSecondNs);
        if (bucket > kMaxSeconds || *ns < *m_originNs - kMaxSeconds * kSecondNs) {
            ++out.beyondSpan; // refused whole by read(): never cut at the bound and called "not k6 output"
            return true;
        }
        m_lastNs = std::max(m_lastNs, *ns);
        IntervalStats &s = bucketFor(bucket);
        ++out.points;
        const sv m = *metric;
        if (m == "http_reqs") {
            const int status = intOf(stringAfter(line, R"("status":")"));
            const int errorCode = intOf(stringAfter(line, R"("error_code":")"));
            const quint64 n = countOf(*value);
            s.requests += n;
            s.statusCounts[status] += n;
            ErrorClass c = classFor(status, errorCode);
            if (errorCode == 1000 && line.find(R"("error":"unexpected EOF")") != sv::npos)
                c = ErrorClass::IncompleteBody; // an answer cut short (k6's words for it)
            else if (c == ErrorClass::Tls && line.find("certificate has expired") != sv::npos)
                c = ErrorClass::TlsExpired; // k6 (Go) says so in its "error" tag
            s.errorClasses[static_cast<size_t>(c)] += n;
            if (out.url.isEmpty()) {
                if (const auto url = stringAfter(line, R"("url":")"))
                    out.url = QString::fromUtf8(url->data(), static_cast<qsizetype>(url->size()));
                if (const auto method = stringAfter(line, R"("method":")"))
                    out.method = QString::fromUtf8(method->data(), static_cast<qsizetype>(method->size()));
            }
        } else if (m == "http_req_duration") {
            // The load began when its earliest request was sent: a point's time is its request's end.
            const qint64 startNs = *ns - micros(*value) * 1000;
            m_firstStartNs = m_firstStartNs ? std::min(*m_firstStartNs, startNs) : startNs;
            s.service.record(micros(*value));
            if (line.find(R"("expected_response":"true")") != sv::npos)
                s.serviceExpected.record(micros(*value));
        } else if (m == "canary_corrected_latency") {
            s.corrected.record(micros(*value));
            out.hasCorrectedLatency = true;
        } else if (m == "dropped_iterations") {
            const quint64 n = countOf(*value);
            s.dropped += n;
            if (line.find(R"("reason":"client_paused")") != sv::npos)
                s.droppedPaused += n;
            s.errorClasses[static_cast<size_t>(ErrorClass::Dropped)] += n;
        } else if (m == "canary_in_flight") {
            // CanaryDesk's own runs: each interval's requests in flight at its end, and when it ended.
            // A value or an end that is not this second's (a damaged or hand-made file) is not believed.
            const qint64 endMs = longOf(stringAfter(line, R"("elapsed_ms":")"));
            if (*value >= 0 && *value <= 1e9 && endMs > bucket * 1000 && endMs <= (bucket + 1) * 1000)
                m_intervalEnds[bucket] = IntervalEnd{static_cast<int>(*value), endMs};
        } else if (const RunMetric *def = runMetric(m); def && def->readBack) {
            def->record(s, *value); // the phases, the Rates, the data counters, interrupted requests
        }
        flushBefore(bucket - 2, out);
        return true;
    }

    void finish(ReadResults &out)
    {
        flushBefore(std::numeric_limits<qint64>::max(), out);
        if (out.tokenRequests > 0)
            out.notes << QStringLiteral(
                             "%1 token request%2 (tagged name=oauth-token) left out of the metrics: they are "
                             "not the canary's load")
                             .arg(out.tokenRequests)
                             .arg(out.tokenRequests == 1 ? QString() : QStringLiteral("s"));
        if (out.setupRequests + out.teardownRequests > 0)
            out.notes << QStringLiteral("%1 request(s) of setup() and %2 of teardown() left out of the metrics: they "
                                        "are not the canary's load")
                             .arg(out.setupRequests)
                             .arg(out.teardownRequests);
        if (m_originNs) {
            out.originUtc = QDateTime::fromMSecsSinceEpoch(*m_originNs / 1'000'000, Qt::UTC);
            out.lastPointUtc = QDateTime::fromMSecsSinceEpoch(m_lastNs / 1'000'000, Qt::UTC);
            // Without a known start (a k6 file), the run lasted from its first request's send to its last point —
            // not from the first point floored to a whole second (a 5.0-s run read "6s", 250/s read 238/s).
            const qint64 fromNs = m_options.originUtc || !m_firstStartNs ? *m_originNs : *m_firstStartNs;
            out.durationMs = std::max<qint64>(0, (m_lastNs - fromNs + 500'000) / 1'000'000);
        }
    }

private:
    IntervalStats &bucketFor(qint64 bucket)
    {
        if (bucket < m_nextToFlush)
            bucket = m_nextToFlush; // a straggler: the oldest open second takes it
        return m_open[bucket];
    }

    void flushBefore(qint64 limit, ReadResults &out)
    {
        while (!m_open.empty() && m_open.begin()->first < limit) {
            auto first = m_open.begin();
            // Seconds with no points at all: one by one, or as one point for a long stretch (a run paused for hours,
            // or a file's hole) — not an hour of empty seconds to fold.
            if (const qint64 gap = first->first - m_nextToFlush; gap > kLongGapSeconds) {
                add(IntervalStats{}, first->first - 1, out, static_cast<int>(gap));
                m_nextToFlush = first->first;
            }
            for (; m_nextToFlush < first->first; ++m_nextToFlush)
                add(IntervalStats{}, m_nextToFlush, out);
            add(first->second, first->first, out);
            m_nextToFlush = first->first + 1;
            m_open.erase(first);
        }
    }

    void add(const IntervalStats &s, qint64 bucket, ReadResults &out, int span = 1)
    {
        const auto end = m_intervalEnds.find(bucket);
        const bool known = end != m_intervalEnds.end() && end->second.elapsedMs > 0;
        const qint64 elapsedMs = known ? end->second.elapsedMs : (bucket + 1) * 1000;
        const int inFlight = known ? end->second.inFlight : 0;
        if (end != m_intervalEnds.end())
            m_intervalEnds.erase(end);
        const qint64 planned = m_options.plannedMs;
        // A second that begins at or after the schedule's end only drains answers: nothing is asked for in it
        // (as the engine reports it), however short it is.
        const double target = planned > 0 && bucket * 1000 >= planned ? 0.0 : m_options.targetRate;
        const quint64 plannedTotal =
            m_options.plannedTotal > 0 ? m_options.plannedTotal
            : planned > 0 ? static_cast<quint64>(m_options.targetRate * static_cast<double>(planned) / 1000.0 + 0.5)
                          : 0;
        out.metrics.add(s, elapsedMs, target, inFlight, m_options.gate, planned, plannedTotal, span);
    }

    const ResultsReadOptions &m_options;
    std::optional<qint64> m_originNs;
    std::optional<qint64> m_firstStartNs; // the earliest request's send (its duration point's time less its value)
    qint64 m_lastNs = 0;
    qint64 m_nextToFlush = 0;
    std::map<qint64, IntervalStats> m_open;
    struct IntervalEnd
    {
        int inFlight = 0;
        qint64 elapsedMs = 0;
    };
    std::map<qint64, IntervalEnd> m_intervalEnds; // from canary_in_flight points, by second
};

void scanLine(sv line, quint64 number, Folder &folder, ReadResults &out)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.remove_suffix(1);
    if (line.empty())
        return;
    bool ok = false;
    if (line.front() == '{' && line.back() == '}') {
        if (line.find(R"("type":"Point")") != sv::npos) {
            ok = folder.point(line, out);
        } else if (line.find(R"("type":"Metric")") != sv::npos) {
            folder.metricLine(line, out);
            ok = true;
        }
    }
    if (!ok && out.malformedLines++ == 0)
        out.firstMalformedLine = number;
}

// Cuts bytes into lines for scanLine however they arrive in chunks (a file read a MiB at a time, k6's output as it is
// written). A line longer than kMaxLineBytes — no k6 line comes near it — is counted and dropped as it streams by,
// never held whole in memory.
class LineSplitter
{
public:
    void feed(sv chunk, Folder &folder, ReadResults &out)
    {
        while (!chunk.empty()) {
            const size_t nl = chunk.find('\n');
            const sv piece = nl == sv::npos ? chunk : chunk.substr(0, nl);
            if (!m_overlong && m_carry.size() + piece.size() > ReadResults::kMaxLineBytes) {
                m_overlong = true;
                ++out.overlongLines;
                if (out.malformedLines++ == 0)
                    out.firstMalformedLine = out.lines + 1;
                std::string().swap(m_carry);
            }
            if (nl == sv::npos) {
                if (!m_overlong)
                    m_carry.append(piece);
                return;
            }
            ++out.lines;
            if (m_overlong) {
                m_overlong = false;
            } else if (m_carry.empty()) {
                scanLine(piece, out.lines, folder, out);
            } else {
                m_carry.append(piece);
                scanLine(m_carry, out.lines, folder, out);
                m_carry.clear();
            }
            chunk.remove_prefix(nl + 1);
        }
    }
    // The input ended inside a line (kept, not read: it may be only half of one).
    bool partial() const { return !m_carry.empty(); }

private:
    std::string m_carry;
    bool m_overlong = false;
};

QString beyondSpan(const QString &what, const ReadResults &out)
{
    return QStringLiteral("%1: %2 point(s) lie more than %3 h from the first (%4) — longer than any run CanaryDesk "
                          "judges (%5 h planned at most, and its drain). Refused whole, not cut: split the file by "
                          "run.")
        .arg(what)
        .arg(out.beyondSpan)
        .arg(ReadResults::kMaxSpanSeconds / 3600)
        .arg(out.originUtc.toString(Qt::ISODate))
        .arg(LoadProfile::kMaxDurationMs / 3'600'000);
}

void finishNotes(ReadResults &out, const ResultsReadOptions &options)
{
    if (!options.originUtc && out.points > 0 && out.durationMs < 10) // every point at one moment: no rate to believe
        out.dataProblems << QStringLiteral("the points span only %1 ms: not a run whose rate or duration can be "
                                           "judged")
                                .arg(out.durationMs);
    if (out.truncated)
        out.notes << QStringLiteral("the file ends inside a line (an interrupted run or a partial copy): the %1 "
                                    "complete lines before it were read")
                         .arg(out.lines);
    if (out.malformedLines)
        out.notes << QStringLiteral("%1 line(s) are not k6 JSON output and were skipped, the first at line %2")
                         .arg(out.malformedLines)
                         .arg(out.firstMalformedLine);
    if (out.invalidValues)
        out.dataProblems << QStringLiteral(
                                "%1 point(s) have a value no request can have (NaN, Infinity, negative, or a "
                                "duration over 11 days) and were left out")
                                .arg(out.invalidValues);
    if (out.invalidTimes)
        out.dataProblems << QStringLiteral("%1 point(s) carry an impossible time (before 2000 or after tomorrow) and "
                                           "were left out")
                                .arg(out.invalidTimes);
    if (out.beyondSpan)
        out.dataProblems << QStringLiteral("%1 point(s) lie more than %2 h from the first — longer than any run "
                                           "CanaryDesk judges (%3 h planned at most)")
                                .arg(out.beyondSpan)
                                .arg(ReadResults::kMaxSpanSeconds / 3600)
                                .arg(LoadProfile::kMaxDurationMs / 3'600'000);
    if (out.overlongLines)
        out.dataProblems << QStringLiteral("%1 line(s) are longer than %2 MiB — no k6 line is — and were skipped "
                                           "unread")
                                .arg(out.overlongLines)
                                .arg(ReadResults::kMaxLineBytes >> 20);
    out.notes << out.dataProblems;
    if (!out.hasCorrectedLatency)
        out.notes << QStringLiteral("latency from the intended send time is not in this file (k6 does not record "
                                    "it): only http_req_duration is shown");
}

} // namespace

struct ResultsStream::Impl
{
    explicit Impl(ResultsReadOptions o) : options(std::move(o)), folder(options) {}
    ResultsReadOptions options;
    Folder folder;
    ReadResults out;
    LineSplitter lines;
    bool finished = false;
};

ResultsStream::ResultsStream(ResultsReadOptions options) : d(std::make_unique<Impl>(std::move(options))) {}

ResultsStream::~ResultsStream() = default;

void ResultsStream::feed(const QByteArray &bytes)
{
    d->lines.feed(sv(bytes.constData(), static_cast<size_t>(bytes.size())), d->folder, d->out);
}

const ReadResults &ResultsStream::current() const
{
    return d->out;
}

const ReadResults &ResultsStream::finish()
{
    if (!d->finished) {
        d->finished = true;
        d->out.truncated = d->lines.partial();
        d->folder.finish(d->out);
        finishNotes(d->out, d->options);
    }
    return d->out;
}

std::optional<qint64> ResultsReader::parseTimeNs(const char *begin, const char *end)
{
    // YYYY-MM-DDTHH:MM:SS[.fffffffff](Z|±HH:MM)
    auto digits = [&](const char *p, int n, int &value) {
        if (end - p < n)
            return false;
        value = 0;
        for (int i = 0; i < n; ++i) {
            if (p[i] < '0' || p[i] > '9')
                return false;
            value = value * 10 + (p[i] - '0');
        }
        return true;
    };
    int y, mo, d, h, mi, s;
    const char *p = begin;
    if (!digits(p, 4, y) || end - p < 19 || p[4] != '-' || !digits(p + 5, 2, mo) || p[7] != '-' ||
        !digits(p + 8, 2, d) || (p[10] != 'T' && p[10] != ' ') || !digits(p + 11, 2, h) || p[13] != ':' ||
        !digits(p + 14, 2, mi) || p[16] != ':' || !digits(p + 17, 2, s))
        return std::nullopt;
    // Nanoseconds since 1970 fit a 64-bit integer until 2262: anything outside 1970-2200 is not a k6 time.
    if (y < 1970 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    p += 19;
    qint64 frac = 0;
    if (p < end && *p == '.') {
        ++p;
        int n = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (n < 9) {
                frac = frac * 10 + (*p - '0');
                ++n;
            }
            ++p;
        }
        if (n == 0)
            return std::nullopt;
        for (; n < 9; ++n)
            frac *= 10;
    }
    qint64 offsetS = 0;
    if (p < end && (*p == 'Z' || *p == 'z')) {
        ++p;
    } else if (p < end && (*p == '+' || *p == '-')) {
        int oh, om;
        if (!digits(p + 1, 2, oh) || end - p < 6 || p[3] != ':' || !digits(p + 4, 2, om))
            return std::nullopt;
        offsetS = (oh * 3600 + om * 60) * (*p == '-' ? -1 : 1);
        p += 6;
    } else {
        return std::nullopt;
    }
    if (p != end)
        return std::nullopt;
    // Days from the civil date (proleptic Gregorian), Howard Hinnant's algorithm.
    const int yy = y - (mo <= 2 ? 1 : 0);
    const int era = (yy >= 0 ? yy : yy - 399) / 400;
    const int yoe = yy - era * 400;
    const int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = static_cast<qint64>(era) * 146097 + doe - 719468;
    const qint64 seconds = days * 86400 + h * 3600 + mi * 60 + s - offsetS;
    return seconds * kSecondNs + frac;
}

Result<ReadResults> ResultsReader::readBytes(const QByteArray &ndjson, const ResultsReadOptions &options)
{
    ReadResults out;
    Folder folder(options);
    LineSplitter lines;
    lines.feed(sv(ndjson.constData(), static_cast<size_t>(ndjson.size())), folder, out);
    out.truncated = lines.partial();
    folder.finish(out);
    if (out.points == 0)
        return Result<ReadResults>::failure(
            out.malformedLines ? QStringLiteral("not k6 JSON output: line %1 is neither a Metric nor a Point")
                                     .arg(out.firstMalformedLine)
                               : QStringLiteral("no data points in the results"));
    if (out.beyondSpan)
        return Result<ReadResults>::failure(beyondSpan(QStringLiteral("the results"), out));
    finishNotes(out, options);
    return out;
}

Result<ReadResults> ResultsReader::read(const QString &path, const ResultsReadOptions &options)
{
    using R = Result<ReadResults>;
    if (!QFileInfo(path).isFile())
        return R::failure(QStringLiteral("%1: no such file").arg(path));
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb"); // plain files read through unchanged
    if (!gz)
        return R::failure(QStringLiteral("%1: cannot open").arg(path));
    gzbuffer(gz, 1 << 17);
    ReadResults out;
    Folder folder(options);
    LineSplitter lines;
    std::vector<char> buffer(1 << 20);
    bool streamError = false;
    for (;;) {
        const int n = gzread(gz, buffer.data(), static_cast<unsigned>(buffer.size()));
        if (n <= 0) {
            int code = Z_OK;
            gzerror(gz, &code);
            streamError = n < 0 || (code != Z_OK && code != Z_STREAM_END);
            break;
        }
        lines.feed(sv(buffer.data(), static_cast<size_t>(n)), folder, out);
    }
    gzclose(gz);
    out.truncated = lines.partial() || streamError;
    folder.finish(out);
    if (out.points == 0 && out.invalidValues + out.invalidTimes > 0)
        return R::failure(QStringLiteral("%1: no valid data point: %2 have a value no request can have, %3 an "
                                         "impossible time")
                              .arg(path)
                              .arg(out.invalidValues)
                              .arg(out.invalidTimes));
    if (out.points == 0)
        return R::failure(out.malformedLines
                              ? QStringLiteral("%1: not k6 JSON output: line %2 is neither a Metric nor a Point")
                                    .arg(path)
                                    .arg(out.firstMalformedLine)
                              : QStringLiteral("%1: no data points%2")
                                    .arg(path, out.truncated ? QStringLiteral(" (the file is cut short)") : QString()));
    if (out.beyondSpan)
        return R::failure(beyondSpan(path, out));
    finishNotes(out, options);
    return out;
}

} // namespace canary
