#include "core/common/Duration.h"
#include "core/judge/Confidence.h"
#include "core/judge/Judgement.h"
#include "core/metrics/ThresholdEvaluator.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace canary {

namespace {

QString num(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QStringList whenOf(const QList<Episode> &episodes, Episode::Kind kind)
{
    QStringList when;
    for (const Episode &e : episodes)
        if (e.kind == kind)
            when << e.when();
    return when;
}

// "0:08–0:16 requests got no answer … (852 requests); /health failed 0:08–0:17; no log lines in that window".
QString cite(const QList<Episode> &episodes, std::initializer_list<Episode::Kind> kinds, int max = 3)
{
    QStringList said;
    int shown = 0, more = 0;
    for (const Episode &e : episodes) {
        if (std::find(kinds.begin(), kinds.end(), e.kind) == kinds.end())
            continue;
        if (shown++ >= max) {
            ++more;
            continue;
        }
        QStringList parts{e.when() + QLatin1Char(' ') + e.what};
        parts << e.evidence;
        said << parts.join(QStringLiteral("; "));
    }
    if (more > 0)
        said << QCoreApplication::translate("Findings", "and %Ln more episode(s)", nullptr, more);
    return said.join(QStringLiteral(" · "));
}

double meanMs(const LatencyHistogram &h)
{
    return h.mean() / 1000.0;
}

// Latency over the gate: saturation only when the data shows the service falling behind (requests in flight grew
// with the latency, arrivals dropped at the cap); otherwise where the time went, in k6's phases.
std::optional<Finding> latency(const JudgeInput &in, const QList<Episode> &episodes)
{
    const IntervalStats &t = *in.total;
    const QList<Threshold> limits = in.gate.thresholdsFor(QStringLiteral("http_req_duration"));
    if (limits.isEmpty() || t.service.count() == 0)
        return std::nullopt;
    const Threshold &limit = limits.first();
    const double p95 = t.service.valueAtPercentile(95) / 1000.0;
    if (limit.expression.holds(p95))
        return std::nullopt;
    const QString target = GateProfile::describe(limit).target;
    QString where;
    if (const QStringList slow = whenOf(episodes, Episode::Kind::Slow); !slow.isEmpty() && in.timeline) {
        double slowS = 0;
        for (const Episode &e : episodes)
            if (e.kind == Episode::Kind::Slow)
                slowS += e.endS - e.startS;
        const double runS = static_cast<double>(in.facts.actualMs) / 1000.0;
        where =
            runS > 0 && slowS < 0.5 * runS
                ? QCoreApplication::translate("Findings", "; over the limit only at %1").arg(slow.mid(0, 4).join(", "))
                : QCoreApplication::translate("Findings", "; over the limit for most of the run");
    }
    // k6's phases: http_req_duration = sending + waiting + receiving; blocked (which holds connecting and TLS) comes
    // before it.
    const double total = meanMs(t.service), waiting = meanMs(t.waiting), receiving = meanMs(t.receiving),
                 sending = meanMs(t.sending), blocked = meanMs(t.blocked), connecting = meanMs(t.connecting),
                 tls = meanMs(t.tlsHandshaking);
    const QString phases =
        QCoreApplication::translate(
            "Findings",
            "of a mean %1 ms per request, waiting for the first byte took %2 ms, receiving %3 ms, sending %4 ms; "
            "before it was sent, blocked %5 ms (connecting %6 ms, TLS %7 ms)")
            .arg(num(total, 1), num(waiting, 1), num(receiving, 1), num(sending, 2), num(blocked, 1),
                 num(connecting, 1), num(tls, 1));

    const QList<Snapshot> none;
    const QList<Snapshot> &timeline = in.timeline ? *in.timeline : none;
    if (timeline.size() < 4)
        return Finding{
            QCoreApplication::translate("Findings", "Latency over the gate"),
            QCoreApplication::translate(
                "Findings", "p95 %1 ms against %2%3; %4. Whether the service saturated cannot be told: there is no "
                            "time series of requests in flight")
                .arg(num(p95, 1), target, where, phases),
            QCoreApplication::translate(
                "Findings", "Look at where the time went (above); run the canary with CanaryDesk or import k6's --out "
                            "json results to see whether the service fell behind.")};
    // The halves in seconds, not in points: a long run's past points each stand for many seconds.
    double seconds = 0;
    for (const Snapshot &s : timeline)
        seconds += s.span;
    double early = 0, late = 0, earlyS = 0, lateS = 0;
    for (const Snapshot &s : timeline) {
        const bool first = earlyS < seconds / 2;
        (first ? early : late) += static_cast<double>(s.inFlight) * s.span;
        (first ? earlyS : lateS) += s.span;
    }
    early /= std::max(1.0, earlyS);
    late /= std::max(1.0, lateS);
    const quint64 capped = t.dropped - std::min(t.dropped, t.droppedPaused);
    const bool grew = late >= 2.0 + early * 1.5;
    const QString inFlight =
        QCoreApplication::translate("Findings", "requests in flight averaged %1 in the first half and %2 in the second")
            .arg(num(early, 1), num(late, 1));
    if (grew || capped > 0)
        return Finding{QCoreApplication::translate("Findings", "Latency over the gate: the service saturated"),
                       QCoreApplication::translate(
                           "Findings", "p95 %1 ms against %2%3; %4%5 — the service fell behind the arrivals; %6")
                           .arg(num(p95, 1), target, where, inFlight,
                                capped > 0 ? QCoreApplication::translate(
                                                 "Findings", ", %Ln arrival(s) dropped at the in-flight cap", nullptr,
                                                 static_cast<int>(capped))
                                           : QString(),
                                phases),
                       QCoreApplication::translate(
                           "Findings",
                           "Scale the service (reserved VM / autoscale), raise the database connection pool, add queue "
                           "backpressure, then re-run the canary.")};
    struct Phase
    {
        double ms;
        const char *name;
        const char *advice;
    };
    const std::array<Phase, 3> inDuration{
        Phase{waiting, QT_TRANSLATE_NOOP("Findings", "waiting for the first byte"),
              QT_TRANSLATE_NOOP("Findings",
                                "The service takes this long to answer at a load it keeps up with — it is slow, "
                                "not full: profile the request's path (slow queries, calls to the e-mail provider, "
                                "template rendering) and compare with a canary at a lower rate; adding instances "
                                "alone will not shorten it.")},
        Phase{receiving, QT_TRANSLATE_NOOP("Findings", "receiving the answer"),
              QT_TRANSLATE_NOOP("Findings", "The answers are slow to arrive: check their size, compression and the "
                                            "bandwidth between here and the service.")},
        Phase{sending, QT_TRANSLATE_NOOP("Findings", "sending the request"),
              QT_TRANSLATE_NOOP("Findings", "The requests are slow to send: check the request body's size and the "
                                            "bandwidth from here.")}};
    const Phase top = *std::max_element(inDuration.begin(), inDuration.end(),
                                        [](const Phase &a, const Phase &b) { return a.ms < b.ms; });
    QString steps = QCoreApplication::translate("Findings", top.advice);
    if (blocked > 0.25 * std::max(total, 1e-9))
        steps += QLatin1Char(' ') +
                 (connecting + tls > 0.5 * blocked
                      ? QCoreApplication::translate(
                            "Findings",
                            "Opening connections also costs time before each request (connecting, TLS): check the "
                            "network path and load balancer, and that connections are kept alive.")
                      : QCoreApplication::translate(
                            "Findings",
                            "Requests also waited for a free connection on this client: raise load.maxInFlight."));
    return Finding{
        QCoreApplication::translate("Findings", "Latency over the gate: %1")
            .arg(QCoreApplication::translate("Findings", top.name)),
        QCoreApplication::translate(
            "Findings", "p95 %1 ms against %2%3; %4 (%5 % of it); %6, the rate held and no arrival was dropped at the "
                        "cap — no sign of saturation")
            .arg(num(p95, 1), target, where, phases, num(total > 0 ? top.ms / total * 100.0 : 0.0, 0), inFlight),
        steps};
}

// Each judged figure with its 95 % interval; one whose interval holds its limit keeps the gate's outcome (k6's
// meaning) and says it is not proven at this run length, and how much longer a run would settle it.
void addConfidence(const GateProfile &gate, const QList<RunBatch> &batches, GateVerdict &verdict)
{
    for (qsizetype i = 0; i < gate.thresholds.size() && i < verdict.criteria.size(); ++i) {
        const Threshold &t = gate.thresholds[i];
        CriterionResult &c = verdict.criteria[i];
        if (c.key != Decider::keyOf(t) || std::isnan(c.value))
            continue;
        // The criterion's value back in the threshold's units (a rate as a fraction), its interval around it.
        const bool rate = c.unit == QLatin1String("%");
        const double value = rate ? c.value / 100.0 : c.value;
        const Interval ci = Confidence::interval(t, value, batches);
        if (!ci.known())
            continue;
        c.ciLo = shownValue(t, ci.lo);
        c.ciHi = shownValue(t, ci.hi);
        const double limit = t.expression.limit();
        c.uncertain = ci.holds(limit);
        const int decimals = rate ? 3 : 2;
        const QString range = QCoreApplication::translate("Findings", "95 % interval %1–%2 %3")
                                  .arg(num(c.ciLo, decimals), num(c.ciHi, decimals), c.unit);
        if (!c.uncertain) {
            c.confidence = range;
            continue;
        }
        const auto longer = Confidence::lengthToSettle(ci, value, limit);
        c.confidence =
            QCoreApplication::translate("Findings", "%1: within the uncertainty of the %2 limit — not proven at this "
                                                    "run length%3")
                .arg(range, GateProfile::describe(t).target,
                     longer && *longer < 100
                         ? QCoreApplication::translate("Findings", "; a run about %1 × as long would settle it")
                               .arg(num(std::max(1.1, *longer), 1))
                         : QString());
        c.margin += (c.margin.isEmpty() ? QString() : QStringLiteral(" · ")) +
                    QCoreApplication::translate("Findings", "not proven: within the uncertainty");
    }
}

QList<Finding> findings(const JudgeInput &in, const GateVerdict &verdict, const QList<Episode> &episodes)
{
    const IntervalStats &t = *in.total;
    QList<Finding> out;
    auto count = [&t](ErrorClass c) { return t.errorClasses[static_cast<size_t>(c)]; };
    const bool logsRead = in.logs.contains(QStringLiteral("lines"));

    if (verdict.decidedAtMs >= 0)
        out << Finding{
            verdict.stoppedWhenDecided
                ? QCoreApplication::translate("Findings", "Decided at %1 and stopped then")
                      .arg(duration::clock(verdict.decidedAtMs))
                : QCoreApplication::translate("Findings", "Decided at %1").arg(duration::clock(verdict.decidedAtMs)),
            QCoreApplication::translate(
                "Findings", "from then on the gate could not be met, whatever the rest of the run brought: %1")
                .arg(verdict.decidedWhy),
            verdict.stoppedWhenDecided
                ? QCoreApplication::translate(
                      "Findings",
                      "The canary stopped there rather than keep loading a failing service; fix the cause below, then "
                      "run it again for its full duration.")
                : QCoreApplication::translate(
                      "Findings",
                      "The rest of the run only added load to a failing service: with --stop-when-decided (or the "
                      "console's \"Stop when decided\", or gate.stopWhenDecided) the canary ends at that moment.")};

    if (auto f = latency(in, episodes))
        out << *f;
    if (count(ErrorClass::TooManyRequests) > 0)
        out << Finding{
            QCoreApplication::translate("Findings", "Rate limiting"),
            QCoreApplication::translate("Findings", "%L1 answers were HTTP 429%2")
                .arg(count(ErrorClass::TooManyRequests))
                .arg(episodes.isEmpty() ? QString()
                                        : QStringLiteral(" · ") + cite(episodes, {Episode::Kind::RateLimited})),
            QCoreApplication::translate(
                "Findings", "Check the email provider's and the gateway's rate limits; add retry with exponential "
                            "backoff; re-run.")};
    if (count(ErrorClass::Unauthorized) > 0 || t.statusCounts.value(403) > 0)
        out << Finding{QCoreApplication::translate("Findings", "Authentication failures"),
                       QCoreApplication::translate("Findings", "%L1 answers were 401, %L2 were 403")
                           .arg(count(ErrorClass::Unauthorized))
                           .arg(t.statusCounts.value(403)),
                       QCoreApplication::translate(
                           "Findings",
                           "Check the token's scopes and lifetime, the client's permissions and clock skew between the "
                           "services.")};
    const double serverErrorShare =
        t.requests ? static_cast<double>(count(ErrorClass::ServerError)) / static_cast<double>(t.requests) : 0.0;
    if (count(ErrorClass::ServerError) > 0 && serverErrorShare > 0.005) {
        QStringList errors;
        for (const QJsonValue &v : in.logs.value(QStringLiteral("lines")).toArray())
            if (const QString text = v.toObject().value(QStringLiteral("text")).toString();
                text.contains(QStringLiteral("ERROR")))
                errors << text;
        const QString when = cite(episodes, {Episode::Kind::ServerErrors});
        out << Finding{
            QCoreApplication::translate("Findings", "Server errors over the gate"),
            QCoreApplication::translate("Findings", "%L1 answers were 5xx (%L2 % of %L3 requests)%4%5")
                .arg(count(ErrorClass::ServerError))
                .arg(serverErrorShare * 100, 0, 'f', 2)
                .arg(t.requests)
                .arg(when.isEmpty() ? QString() : QStringLiteral(" · ") + when)
                .arg(!logsRead
                         ? QCoreApplication::translate(
                               "Findings", "; no application log was read, so their cause cannot be told from here")
                     : errors.isEmpty()
                         ? QCoreApplication::translate("Findings",
                                                       "; the application logged no ERROR line in the window")
                         : QCoreApplication::translate(
                               "Findings", "; the application logged %L1 ERROR lines in the window, e.g. \"%2\"")
                               .arg(errors.size())
                               .arg(errors.first().left(200))),
            logsRead ? QCoreApplication::translate(
                           "Findings",
                           "Read the application's ERROR lines of the canary window for the failing pattern (template "
                           "rendering, provider rejections), fix it, re-run.")
                     : QCoreApplication::translate(
                           "Findings",
                           "Give the service's log files as monitors.logs so the next run shows its ERROR lines beside "
                           "the 5xx; read them for the failing pattern (template rendering, provider rejections), fix "
                           "it, re-run.")};
    }
    const quint64 expired = count(ErrorClass::TlsExpired), issuer = count(ErrorClass::TlsUnknownIssuer),
                  host = count(ErrorClass::TlsHostname), otherTls = count(ErrorClass::Tls);
    const quint64 tls = expired + issuer + host + otherTls;
    if (tls > 0) {
        QStringList kinds, steps;
        if (expired) {
            kinds << QCoreApplication::translate("Findings",
                                                 "%L1 with a certificate that has expired or is not yet valid")
                         .arg(expired);
            steps << QCoreApplication::translate("Findings",
                                                 "renew the service's certificate (or check this machine's clock)");
        }
        if (issuer) {
            kinds << QCoreApplication::translate(
                         "Findings", "%L1 with a certificate whose issuer is not trusted (self-signed or a private CA)")
                         .arg(issuer);
            steps << QCoreApplication::translate(
                "Findings", "give the private CA's certificate as target.caBundle (never switch verification off for "
                            "production)");
        }
        if (host) {
            kinds << QCoreApplication::translate("Findings", "%L1 with a certificate made for another host name")
                         .arg(host);
            steps << QCoreApplication::translate(
                "Findings", "aim target.baseUrl at a name the certificate is for, or fix the certificate's names");
        }
        if (otherTls)
            kinds << QCoreApplication::translate("Findings", "%L1 other TLS failures (the handshake broke off)")
                         .arg(otherTls);
        out << Finding{QCoreApplication::translate("Findings", "The service's TLS certificate was refused"),
                       QCoreApplication::translate("Findings", "%L1 requests failed TLS: %2")
                           .arg(tls)
                           .arg(kinds.join(QStringLiteral("; "))),
                       steps.isEmpty()
                           ? QCoreApplication::translate(
                                 "Findings", "Check the service's TLS setup (protocol versions, ciphers) against this "
                                             "client's, then re-run.")
                           : QCoreApplication::translate("Findings", "To fix: %1; then re-run.")
                                 .arg(steps.join(QStringLiteral("; ")))};
    }
    const quint64 transport = count(ErrorClass::Timeout) + count(ErrorClass::Refused) + count(ErrorClass::Reset) + tls +
                              count(ErrorClass::Dns) + count(ErrorClass::Other);
    if (transport > 0) {
        const QString when = cite(episodes, {Episode::Kind::NoAnswer});
        out << Finding{
            QCoreApplication::translate("Findings", "Requests without an answer"),
            (when.isEmpty() ? QString() : when + QStringLiteral(" · ")) +
                QCoreApplication::translate(
                    "Findings", "%L1 timeouts, %L2 refused, %L3 reset or not HTTP, %L4 TLS, %L5 DNS, %L6 other")
                    .arg(count(ErrorClass::Timeout))
                    .arg(count(ErrorClass::Refused))
                    .arg(count(ErrorClass::Reset))
                    .arg(tls)
                    .arg(count(ErrorClass::Dns))
                    .arg(count(ErrorClass::Other)),
            whenOf(episodes, Episode::Kind::NoAnswer).isEmpty()
                ? QCoreApplication::translate(
                      "Findings", "Check that the service is up and reachable from here, its TLS certificate, and its "
                                  "request timeout against the scenario's.")
                : QCoreApplication::translate(
                      "Findings",
                      "Find out what happened to the service in those minutes (a restart, a deploy, a crash, "
                      "the load balancer taking it out): its own logs and events for that window, then "
                      "re-run.")};
    }
    if (count(ErrorClass::IncompleteBody) > 0)
        out << Finding{
            QCoreApplication::translate("Findings", "Answers cut short"),
            QCoreApplication::translate(
                "Findings", "%L1 answers ended before their whole body arrived (the connection closed short of the "
                            "Content-Length or the last chunk); like k6 they count as failed requests with no status")
                .arg(count(ErrorClass::IncompleteBody)),
            QCoreApplication::translate(
                "Findings", "Look for the service or a proxy in front of it closing connections mid-answer (a crash, a "
                            "restart, an idle or body-size limit), fix it, re-run.")};
    const QJsonObject delta = in.provider.value(QStringLiteral("delta")).toObject();
    const qint64 bounces = delta.value(QStringLiteral("bounces")).toInteger();
    const qint64 blocks = delta.value(QStringLiteral("blocks")).toInteger();
    const qint64 drops = delta.value(QStringLiteral("drops")).toInteger();
    const QString providerSaid =
        bounces + blocks + drops > 0
            ? QCoreApplication::translate("Findings",
                                          "; %L1 counted %L2 bounces, %L3 blocks and %L4 drops during the run")
                  .arg(in.provider.value(QStringLiteral("provider"))
                           .toString(QCoreApplication::translate("Findings", "the provider")))
                  .arg(bounces)
                  .arg(blocks)
                  .arg(drops)
            : QString();
    if (t.deliverySamples > 0 && t.deliveryRate() < 0.99) {
        // Accepted = answered 2xx. A 401, a 5xx or a timeout was never accepted: it is a failure of its own (above),
        // and the e-mail provider is not where to look for it.
        quint64 accepted = 0;
        for (auto it = t.statusCounts.constBegin(); it != t.statusCounts.constEnd(); ++it)
            if (it.key() >= 200 && it.key() < 300)
                accepted += it.value();
        const quint64 undelivered = t.deliverySamples - std::min(t.delivered, t.deliverySamples);
        const quint64 acceptedUndelivered = accepted - std::min(t.delivered, accepted);
        const quint64 notAccepted = t.requests - std::min(accepted, t.requests);
        QStringList steps;
        if (notAccepted > 0)
            steps << QCoreApplication::translate(
                         "Findings",
                         "%L1 of the undelivered requests never reached the e-mail step — the service did not accept "
                         "them: fix those failures first (the findings above; the provider is not involved)")
                         .arg(notAccepted);
        if (acceptedUndelivered > 0)
            steps << QCoreApplication::translate(
                         "Findings",
                         "for the %L1 the service accepted and did not deliver: verify the SendGrid domain "
                         "authentication, use valid test addresses, check the bounce and block lists and suppression "
                         "handling")
                         .arg(acceptedUndelivered);
        out << Finding{
            QCoreApplication::translate("Findings", "Delivery below 99 %"),
            QCoreApplication::translate(
                "Findings",
                "%L1 of %L2 requests were not reported delivered: %L3 of the %L4 the service accepted (2xx), "
                "and %L5 it never accepted (errors and requests without an answer)%6")
                .arg(undelivered)
                .arg(t.deliverySamples)
                .arg(acceptedUndelivered)
                .arg(accepted)
                .arg(notAccepted)
                .arg(providerSaid),
            steps.join(QStringLiteral("; ")) + QLatin1Char('.')};
    }
    if (t.interrupted > 0)
        out << Finding{QCoreApplication::translate("Findings", "Requests cut off in flight"),
                       QCoreApplication::translate(
                           "Findings",
                           "%L1 requests were sent and cut off before their answer when the run was aborted; like k6, "
                           "they are not counted as requests, but they may have reached the service (e-mails sent that "
                           "no number here shows)")
                           .arg(t.interrupted),
                       QCoreApplication::translate(
                           "Findings",
                           "Compare with the service's own count for the window; stop with one signal (or Stop) so "
                           "in-flight requests finish within gracefulStop.")};
    // A pause of the client is a hole in the run, and its own finding: "raise maxInFlight" would be the wrong advice.
    if (t.droppedPaused > 0 || !in.pauses.isEmpty()) {
        QStringList when;
        for (const ClientPause &p : in.pauses)
            when << QCoreApplication::translate("Findings", "%1 s at %2")
                        .arg(num(static_cast<double>(p.lengthMs) / 1000.0, 1), duration::clock(p.atMs));
        out << Finding{
            QCoreApplication::translate("Findings", "The load generator was paused"),
            QCoreApplication::translate(
                "Findings", "the client did not run for %1 (the machine slept, or the process or its VM was stopped): "
                            "%L2 arrivals due then were not sent — a hole in the run, never a burst after it")
                .arg(when.isEmpty() ? QCoreApplication::translate("Findings", "a while")
                                    : when.join(QStringLiteral(", ")))
                .arg(t.droppedPaused),
            QCoreApplication::translate(
                "Findings", "Keep the machine awake for the whole run (CanaryDesk asks the desktop not to sleep; check "
                            "its power settings), or run the canary on a server or on k6, then run it again for its "
                            "full duration.")};
    }
    if (const quint64 capped = t.dropped - std::min(t.dropped, t.droppedPaused); capped > 0)
        out << Finding{
            QCoreApplication::translate("Findings", "The load generator could not keep up"),
            QCoreApplication::translate("Findings", "%L1 arrivals were dropped at the in-flight cap").arg(capped),
            QCoreApplication::translate(
                "Findings", "Raise load.maxInFlight if the service is merely slow, or run the canary on k6 / more "
                            "machines.")};
    if (const QStringList token = whenOf(episodes, Episode::Kind::TokenFailures); !token.isEmpty())
        out << Finding{QCoreApplication::translate("Findings", "The access token could not be had"),
                       cite(episodes, {Episode::Kind::TokenFailures}),
                       QCoreApplication::translate(
                           "Findings",
                           "Check the token endpoint and the client's credentials for those moments; requests then "
                           "went without a valid token.")};
    // The service's own word about itself: a run whose /health failed is never a plain green light.
    const QStringList unhealthy = whenOf(episodes, Episode::Kind::HealthFailing);
    double unhealthyS = 0;
    int failedPolls = 0;
    for (const Episode &e : episodes)
        if (e.kind == Episode::Kind::HealthFailing) {
            unhealthyS += e.endS - e.startS;
            failedPolls += static_cast<int>(e.requests);
        }
    const int polls = static_cast<int>(in.health.value(QStringLiteral("samples")).toArray().size());
    if (!unhealthy.isEmpty())
        out << Finding{
            QCoreApplication::translate("Findings", "The service's /health was failing"),
            QCoreApplication::translate("Findings", "%1 of %2 polls of /health said it was not healthy, at %3%4")
                .arg(failedPolls)
                .arg(polls)
                .arg(unhealthy.mid(0, 4).join(QStringLiteral(", ")))
                .arg(unhealthy.size() > 4 ? QCoreApplication::translate("Findings", " and %Ln more", nullptr,
                                                                        static_cast<int>(unhealthy.size() - 4))
                                          : QString()),
            QCoreApplication::translate(
                "Findings", "Find out why the service reports itself unhealthy (health.json holds its last answer) "
                            "before the checkpoint: a dependency down or degraded shows there before it shows in "
                            "latency.")};
    if (verdict.passed && in.facts.tlsUnverified)
        out << Finding{QCoreApplication::translate("Findings", "All criteria passed, but TLS was not verified"),
                       verdict.caveats.value(0),
                       QCoreApplication::translate(
                           "Findings", "Not a plain green light: give the service's CA in target.caBundle (or fix its "
                                       "certificate), drop target.insecure and run again before the gate is passed.")};
    if (verdict.passed) {
        if (unhealthy.isEmpty() && !in.facts.tlsUnverified)
            out << Finding{QCoreApplication::translate("Findings", "All criteria passed"), verdict.summary,
                           QCoreApplication::translate(
                               "Findings", "Green light for the gate: share this package at the checkpoint.")};
        else if (!unhealthy.isEmpty())
            out << Finding{QCoreApplication::translate("Findings", "All criteria passed, but /health was failing"),
                           QCoreApplication::translate(
                               "Findings",
                               "every criterion held, while the service's /health said it was not healthy in %1 of "
                               "%2 polls")
                               .arg(failedPolls)
                               .arg(polls),
                           QCoreApplication::translate(
                               "Findings",
                               "Not a plain green light: take the health failures to the checkpoint with this package, "
                               "and explain or fix them before the gate is passed.")};
    }
    if (!in.dataProblems.isEmpty())
        out.prepend(Finding{QCoreApplication::translate("Findings", "The results hold invalid data"),
                            in.dataProblems.join(QStringLiteral("; ")),
                            QCoreApplication::translate(
                                "Findings", "The figures are of the valid points only, so this run is not a PASS: "
                                            "take k6's results from the run again (a damaged, hand-edited or "
                                            "concatenated file?), or run the canary again.")});
    // A run that did not reach its end says so first, whatever else held.
    const QString how = verdict.details().isEmpty() ? verdict.summary : verdict.details();
    switch (verdict.outcome) {
    case RunOutcome::Stopped:
        out.prepend(Finding{
            QCoreApplication::translate("Findings", "Stopped before the end"), how,
            QCoreApplication::translate(
                "Findings", "A run stopped early certifies nothing, however good its numbers: run the canary for its "
                            "full duration before the checkpoint.")});
        break;
    case RunOutcome::Aborted:
        out.prepend(
            Finding{QCoreApplication::translate("Findings", "Cut off before the end"), how,
                    QCoreApplication::translate(
                        "Findings", "Fix what stopped it (the reason above), then run the canary again for its full "
                                    "duration.")});
        break;
    case RunOutcome::Incomplete:
        if (!in.interrupted && !in.dataProblems.isEmpty())
            break; // incomplete for its data, said above
        out.prepend(Finding{QCoreApplication::translate("Findings", "The run did not finish"), how,
                            QCoreApplication::translate(
                                "Findings",
                                "Judged on the raw results written before it ended; run the canary again for its full "
                                "duration.")});
        break;
    case RunOutcome::Pass:
    case RunOutcome::Fail:
        break;
    }
    return out;
}

} // namespace

Judgement Judge::judge(const JudgeInput &in)
{
    if (!in.total) { // no totals given: judged as a run with no requests
        static const IntervalStats none;
        JudgeInput withTotal = in;
        withTotal.total = &none;
        return judge(withTotal);
    }
    Judgement j;
    const double elapsedS = static_cast<double>(in.elapsedMs >= 0 ? in.elapsedMs : in.facts.actualMs) / 1000.0;
    j.verdict = GateVerdict::judge(
        in.gate, *in.total, in.thresholds ? *in.thresholds : ThresholdEvaluator::evaluate(in.gate, *in.total, elapsedS),
        in.facts, in.decisions);
    if (in.interrupted) { // never judged as if it had ended normally
        const QString rest = j.verdict.details();
        j.verdict.summary = QCoreApplication::translate("Verdict", "run interrupted, the evidence is incomplete") +
                            (rest.isEmpty() ? QString() : QStringLiteral("; ") + rest);
        j.verdict.setOutcome(RunOutcome::Incomplete);
    }
    if (!in.dataProblems.isEmpty() && j.verdict.passed) {
        // Garbage is never a PASS: judged on the valid points, and said to be incomplete.
        j.verdict.summary = QCoreApplication::translate("Verdict", "the results hold invalid data (%1)")
                                .arg(in.dataProblems.join(QStringLiteral("; ")));
        j.verdict.setOutcome(RunOutcome::Incomplete);
    }
    if (in.batches)
        addConfidence(in.gate, *in.batches, j.verdict);
    j.episodes = episodes(in);
    j.findings = findings(in, j.verdict, j.episodes);
    return j;
}

} // namespace canary
