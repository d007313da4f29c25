#include "core/common/Duration.h"
#include "core/judge/Compare.h"
#include "core/judge/Judgement.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace canary {

namespace {

QString clockAt(double s)
{
    return duration::clock(std::llround(s) * 1000); // to the nearest second: 2.94 s reads 0:03
}

// A second is part of an episode of a kind when enough of its requests went that way: a few of them, or a twentieth
// (one failure of one request at 1/s counts; a stray timeout among 250 does not).
// Three a second, or a twentieth of the requests (a joined point of a long run's past: three for each of its seconds).
bool bad(quint64 n, quint64 requests, int span)
{
    return n > 0 && (n >= 3ULL * static_cast<quint64>(std::max(1, span)) ||
                     static_cast<double>(n) >= 0.05 * static_cast<double>(requests));
}

quint64 noAnswer(const Snapshot &s)
{
    return s.errors(ErrorClass::Timeout) + s.errors(ErrorClass::Refused) + s.errors(ErrorClass::Reset) +
           s.errors(ErrorClass::Dns) + s.errors(ErrorClass::Tls) + s.errors(ErrorClass::TlsUnknownIssuer) +
           s.errors(ErrorClass::TlsHostname) + s.errors(ErrorClass::TlsExpired) + s.errors(ErrorClass::Other) +
           s.errors(ErrorClass::IncompleteBody);
}

// Seconds of the timeline where count(second) says "bad", joined across gaps of up to two seconds. At a steady rate
// the share of a second's requests that went wrong says how much of it the episode held: one that began late in a
// second (3 of its 50 refused) starts at its end, not at its start.
template <typename Count>
void cut(const QList<Snapshot> &timeline, Episode::Kind kind, Count count, QList<Episode> &out)
{
    std::optional<Episode> open;
    int lastBad = 0;
    for (const Snapshot &s : timeline) {
        const auto [n, isBad] = count(s);
        if (!isBad) {
            if (open && s.second - lastBad > 2) {
                out << *open;
                open.reset();
            }
            continue;
        }
        // A joined point of a long run's past (span seconds) says only that its stretch held the episode.
        const double share = kind == Episode::Kind::Slow || s.requests == 0 || s.span > 1
                                 ? 1.0
                                 : std::min(1.0, static_cast<double>(n) / static_cast<double>(s.requests));
        if (!open) {
            open = Episode{};
            open->kind = kind;
            open->startS = std::max(0.0, s.second - s.span * share);
        }
        open->endS = std::max(open->startS, s.second - s.span + s.span * share);
        open->requests += n;
        lastBad = s.second;
    }
    if (open)
        out << *open;
}

double secondsSince(const QDateTime &start, const QJsonValue &time)
{
    const QDateTime at = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
    return at.isValid() && start.isValid() ? static_cast<double>(start.msecsTo(at)) / 1000.0 : -1.0;
}

QList<Episode> healthEpisodes(const JudgeInput &in)
{
    QList<Episode> out;
    std::optional<Episode> open;
    for (const QJsonValue &v : in.health.value(QStringLiteral("samples")).toArray()) {
        const QJsonObject sample = v.toObject();
        const double at = secondsSince(in.startedUtc, sample.value(QStringLiteral("time")));
        if (at < 0)
            continue;
        if (sample.value(QStringLiteral("healthy")).toBool()) {
            if (open) {
                open->endS = at;
                out << *open;
                open.reset();
            }
            continue;
        }
        if (!open) {
            open = Episode{};
            open->kind = Episode::Kind::HealthFailing;
            open->startS = at;
        }
        open->endS = at;
        ++open->requests;
    }
    if (open)
        out << *open;
    return out;
}

QList<Episode> tokenEpisodes(const JudgeInput &in)
{
    QList<Episode> out;
    for (const QJsonValue &v : in.events) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("event")).toString() != QLatin1String("token_failed"))
            continue;
        const double at = std::max(0.0, secondsSince(in.startedUtc, e.value(QStringLiteral("time"))));
        if (!out.isEmpty() && at - out.last().endS <= 10.0) {
            out.last().endS = at;
            ++out.last().requests;
            continue;
        }
        Episode ep;
        ep.kind = Episode::Kind::TokenFailures;
        ep.startS = ep.endS = at;
        ep.requests = 1;
        ep.evidence << e.value(QStringLiteral("detail")).toString().left(200);
        out << ep;
    }
    return out;
}

// What else happened in [from, to]: the health polls, the application's log lines, token events.
QStringList around(const JudgeInput &in, const Episode &ep, const QList<Episode> &health)
{
    QStringList said;
    const double from = ep.startS - 1.0, to = ep.endS + 1.0;
    if (ep.kind != Episode::Kind::HealthFailing && in.health.contains(QStringLiteral("samples"))) {
        QStringList failing;
        for (const Episode &h : health)
            if (h.startS <= to && h.endS >= from)
                failing << h.when();
        bool polled = false;
        for (const QJsonValue &v : in.health.value(QStringLiteral("samples")).toArray()) {
            const double at = secondsSince(in.startedUtc, v.toObject().value(QStringLiteral("time")));
            polled = polled || (at >= from && at <= to);
        }
        if (!failing.isEmpty())
            said
                << QCoreApplication::translate("Episodes", "/health failed %1").arg(failing.join(QStringLiteral(", ")));
        else if (polled)
            said << QCoreApplication::translate("Episodes", "/health answered healthy throughout");
    }
    if (in.logs.contains(QStringLiteral("lines"))) {
        int count = 0;
        QStringList top;
        for (const QJsonValue &v : in.logs.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject line = v.toObject();
            if (!line.contains(QStringLiteral("at_s")))
                continue;
            const double at = line.value(QStringLiteral("at_s")).toDouble();
            if (at < from || at > to)
                continue;
            ++count;
            const QString text = line.value(QStringLiteral("text")).toString().simplified().left(160);
            if (top.size() < 2 && !top.contains(text))
                top << text;
        }
        said << (count == 0 ? QCoreApplication::translate("Episodes", "no log lines in that window")
                            : QCoreApplication::translate("Episodes", "%Ln log line(s) in that window, e.g. \"%1\"",
                                                          nullptr, count)
                                  .arg(top.join(QStringLiteral("\", \""))));
    }
    if (ep.kind != Episode::Kind::TokenFailures) {
        int failed = 0;
        for (const QJsonValue &v : in.events) {
            const QJsonObject e = v.toObject();
            const double at = secondsSince(in.startedUtc, e.value(QStringLiteral("time")));
            if (e.value(QStringLiteral("event")).toString() == QLatin1String("token_failed") && at >= from && at <= to)
                ++failed;
        }
        if (failed > 0)
            said << QCoreApplication::translate("Episodes", "%Ln token request(s) failed in it", nullptr, failed);
    }
    return said;
}

QString describe(const Episode &ep)
{
    const QString n = QLocale().toString(ep.requests);
    switch (ep.kind) {
    case Episode::Kind::NoAnswer:
        return QCoreApplication::translate("Episodes",
                                           "requests got no answer — refused, reset, timed out (%1 requests)")
            .arg(n);
    case Episode::Kind::ServerErrors:
        return QCoreApplication::translate("Episodes", "the service answered 5xx (%1 requests)").arg(n);
    case Episode::Kind::RateLimited:
        return QCoreApplication::translate("Episodes", "the service answered 429 Too Many Requests (%1 requests)")
            .arg(n);
    case Episode::Kind::Slow:
        return QCoreApplication::translate("Episodes", "each second's p95 was over the limit (%1 requests in it)")
            .arg(n);
    case Episode::Kind::HealthFailing:
        return QCoreApplication::translate("Episodes", "/health said the service was not healthy (%n poll(s))", nullptr,
                                           static_cast<int>(ep.requests));
    case Episode::Kind::TokenFailures:
        return QCoreApplication::translate("Episodes", "the access token could not be had (%n attempt(s))", nullptr,
                                           static_cast<int>(ep.requests));
    case Episode::Kind::ClientPaused:
        return QCoreApplication::translate("Episodes", "the load generator did not run: a hole (%1 arrivals not sent)")
            .arg(n);
    }
    return {};
}

} // namespace

QString Episode::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NoAnswer:
        return QStringLiteral("no_answer");
    case Kind::ServerErrors:
        return QStringLiteral("server_errors");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Slow:
        return QStringLiteral("slow");
    case Kind::HealthFailing:
        return QStringLiteral("health_failing");
    case Kind::TokenFailures:
        return QStringLiteral("token_failures");
    case Kind::ClientPaused:
        return QStringLiteral("client_paused");
    }
    return {};
}

std::optional<Episode::Kind> Episode::kindNamed(const QString &name)
{
    for (Kind k : {Kind::NoAnswer, Kind::ServerErrors, Kind::RateLimited, Kind::Slow, Kind::HealthFailing,
                   Kind::TokenFailures, Kind::ClientPaused})
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

QString Episode::when() const
{
    return QStringLiteral("%1–%2").arg(clockAt(startS), clockAt(std::max(endS, startS)));
}

QList<Episode> Judge::episodes(const JudgeInput &in)
{
    QList<Episode> out;
    if (in.timeline) {
        const QList<Snapshot> &t = *in.timeline;
        cut(
            t, Episode::Kind::NoAnswer,
            [](const Snapshot &s) {
                const quint64 n = noAnswer(s);
                return std::pair{n, bad(n, s.requests, s.span)};
            },
            out);
        cut(
            t, Episode::Kind::ServerErrors,
            [](const Snapshot &s) {
                const quint64 n = s.errors(ErrorClass::ServerError);
                return std::pair{n, bad(n, s.requests, s.span)};
            },
            out);
        cut(
            t, Episode::Kind::RateLimited,
            [](const Snapshot &s) {
                const quint64 n = s.errors(ErrorClass::TooManyRequests);
                return std::pair{n, bad(n, s.requests, s.span)};
            },
            out);
        if (const auto limit = Compare::p95Limit(in.gate))
            cut(
                t, Episode::Kind::Slow,
                [limit](const Snapshot &s) {
                    return std::pair{s.requests, s.requests > 0 && s.service.p95 > *limit};
                },
                out);
    }
    const QList<Episode> health = healthEpisodes(in);
    out << health << tokenEpisodes(in);
    for (const ClientPause &p : in.pauses) {
        Episode ep;
        ep.kind = Episode::Kind::ClientPaused;
        ep.startS = static_cast<double>(p.atMs) / 1000.0;
        ep.endS = static_cast<double>(p.atMs + p.lengthMs) / 1000.0;
        ep.requests = p.arrivals;
        out << ep;
    }
    for (Episode &ep : out) {
        ep.what = describe(ep);
        ep.evidence << around(in, ep, health);
    }
    std::stable_sort(out.begin(), out.end(), [](const Episode &a, const Episode &b) { return a.startS < b.startS; });
    return out;
}

} // namespace canary
