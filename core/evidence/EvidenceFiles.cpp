#include "core/evidence/EvidenceFiles.h"

#include "core/common/Duration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace canary {

QJsonObject EvidenceFiles::summaryExport(const QJsonObject &hs)
{
    QJsonObject metrics;
    const QJsonObject in = hs.value(QStringLiteral("metrics")).toObject();
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        const QJsonObject m = it->toObject();
        QJsonObject out = m.value(QStringLiteral("values")).toObject();
        if (m.value(QStringLiteral("type")).toString() == QLatin1String("rate")) {
            out.insert(QStringLiteral("value"), out.value(QStringLiteral("rate")));
            out.remove(QStringLiteral("rate"));
        }
        const QJsonObject th = m.value(QStringLiteral("thresholds")).toObject();
        if (!th.isEmpty()) {
            QJsonObject failed;
            for (auto t = th.constBegin(); t != th.constEnd(); ++t)
                failed.insert(t.key(), !t->toObject().value(QStringLiteral("ok")).toBool());
            out.insert(QStringLiteral("thresholds"), failed);
        }
        metrics.insert(it.key(), out);
    }
    QJsonObject root = hs.value(QStringLiteral("root_group")).toObject();
    QJsonObject checks;
    for (const QJsonValue &c : root.value(QStringLiteral("checks")).toArray())
        checks.insert(c.toObject().value(QStringLiteral("name")).toString(), c);
    root.insert(QStringLiteral("checks"), checks);
    root.insert(QStringLiteral("groups"), QJsonObject());
    return QJsonObject{{QStringLiteral("root_group"), root}, {QStringLiteral("metrics"), metrics}};
}

QByteArray EvidenceFiles::timeseriesCsv(const QList<Snapshot> &timeline)
{
    QByteArray csv = "second,elapsed_s,target_rps,achieved_rps,in_flight,dropped,p50_ms,p95_ms,p99_ms,"
                     "p99_from_intended_ms,error_pct,delivery_pct,http_failed_pct\n";
    for (const Snapshot &s : timeline) {
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13\n")
                   .arg(s.second)
                   .arg(static_cast<double>(s.elapsedMs) / 1000.0, 0, 'f', 3)
                   .arg(s.targetRate, 0, 'f', 2)
                   .arg(s.achievedRate, 0, 'f', 0)
                   .arg(s.inFlight)
                   .arg(s.dropped)
                   .arg(s.service.p50, 0, 'f', 3)
                   .arg(s.service.p95, 0, 'f', 3)
                   .arg(s.service.p99, 0, 'f', 3)
                   .arg(s.corrected.p99, 0, 'f', 3)
                   .arg(s.errorRate * 100, 0, 'f', 3)
                   .arg(s.deliveryRate * 100, 0, 'f', 3)
                   .arg(s.httpFailedRate * 100, 0, 'f', 3)
                   .toLatin1();
    }
    return csv;
}

QList<Finding> EvidenceFiles::diagnose(const GateProfile &gate, const GateVerdict &verdict, const IntervalStats &t,
                                       const QList<Snapshot> &timeline, const QStringList &logLines,
                                       const QJsonObject &provider, const QList<ClientPause> &pauses)
{
    QList<Finding> out;
    auto count = [&t](ErrorClass c) { return t.errorClasses[static_cast<size_t>(c)]; };
    const auto p95Limit = gate.thresholdsFor(QStringLiteral("http_req_duration"));
    const double p95 = t.service.valueAtPercentile(95) / 1000.0;
    if (!p95Limit.isEmpty() && !p95Limit.first().expression.holds(p95) && timeline.size() >= 4) {
        // Saturation: in-flight grows and achieved rate falls behind the target over the run.
        const qsizetype half = timeline.size() / 2;
        double early = 0, late = 0;
        for (qsizetype i = 0; i < half; ++i)
            early += timeline[i].inFlight;
        for (qsizetype i = half; i < timeline.size(); ++i)
            late += timeline[i].inFlight;
        early /= static_cast<double>(half);
        late /= static_cast<double>(timeline.size() - half);
        out << Finding{
            QCoreApplication::translate("Findings", "Latency over the gate: server saturation"),
            QCoreApplication::translate(
                "Findings", "p95 %L1 ms against %L2; requests in flight averaged %L3 in the first half and %L4 in "
                            "the second")
                .arg(p95, 0, 'f', 1)
                .arg(GateProfile::describe(p95Limit.first()).target)
                .arg(early, 0, 'f', 1)
                .arg(late, 0, 'f', 1),
            QCoreApplication::translate(
                "Findings", "Scale the service (reserved VM / autoscale), raise the database connection pool, "
                            "add queue backpressure, then re-run the canary.")};
    }
    if (count(ErrorClass::TooManyRequests) > 0)
        out << Finding{QCoreApplication::translate("Findings", "Rate limiting"),
                       QCoreApplication::translate("Findings", "%L1 answers were HTTP 429")
                           .arg(count(ErrorClass::TooManyRequests)),
                       QCoreApplication::translate(
                           "Findings", "Check the email provider's and the gateway's rate limits; add retry with "
                                       "exponential backoff; re-run.")};
    if (count(ErrorClass::Unauthorized) > 0 || t.statusCounts.value(403) > 0)
        out << Finding{QCoreApplication::translate("Findings", "Authentication failures"),
                       QCoreApplication::translate("Findings", "%L1 answers were 401, %L2 were 403")
                           .arg(count(ErrorClass::Unauthorized))
                           .arg(t.statusCounts.value(403)),
                       QCoreApplication::translate(
                           "Findings", "Check the token's scopes and lifetime, the client's permissions and clock skew "
                                       "between the services.")};
    const double serverErrorShare =
        t.requests ? static_cast<double>(count(ErrorClass::ServerError)) / static_cast<double>(t.requests) : 0.0;
    if (count(ErrorClass::ServerError) > 0 && serverErrorShare > 0.005) {
        const QStringList errors = logLines.filter(QStringLiteral("ERROR"));
        out << Finding{
            QCoreApplication::translate("Findings", "Server errors over the gate"),
            QCoreApplication::translate("Findings", "%L1 answers were 5xx (%L2 % of %L3 requests)%L4")
                .arg(count(ErrorClass::ServerError))
                .arg(serverErrorShare * 100, 0, 'f', 2)
                .arg(t.requests)
                .arg(errors.isEmpty()
                         ? QString()
                         : QCoreApplication::translate(
                               "Findings", "; the application logged %L1 ERROR lines in the window, e.g. \"%L2\"")
                               .arg(errors.size())
                               .arg(errors.first().left(200))),
            QCoreApplication::translate(
                "Findings", "Read the application's ERROR lines of the canary window for the failing pattern "
                            "(template rendering, provider rejections), fix it, re-run.")};
    }
    // A refused certificate says which refusal it was: the next step differs (renew, trust a private CA, aim at the
    // name the certificate is for).
    const quint64 expired = count(ErrorClass::TlsExpired), issuer = count(ErrorClass::TlsUnknownIssuer),
                  host = count(ErrorClass::TlsHostname), otherTls = count(ErrorClass::Tls);
    const quint64 tls = expired + issuer + host + otherTls;
    if (tls > 0) {
        QStringList kinds, steps;
        if (expired) {
            kinds << QCoreApplication::translate("Findings", "%L1 with a certificate that has expired or is not yet "
                                                             "valid")
                         .arg(expired);
            steps << QCoreApplication::translate("Findings", "renew the service's certificate (or check this "
                                                             "machine's clock)");
        }
        if (issuer) {
            kinds << QCoreApplication::translate("Findings", "%L1 with a certificate whose issuer is not trusted "
                                                             "(self-signed or a private CA)")
                         .arg(issuer);
            steps << QCoreApplication::translate("Findings", "give the private CA's certificate as target.caBundle "
                                                             "(never switch verification off for production)");
        }
        if (host) {
            kinds << QCoreApplication::translate("Findings", "%L1 with a certificate made for another host name")
                         .arg(host);
            steps << QCoreApplication::translate("Findings", "aim target.baseUrl at a name the certificate is for, or "
                                                             "fix the certificate's names");
        }
        if (otherTls)
            kinds << QCoreApplication::translate("Findings", "%L1 other TLS failures (the handshake broke off)")
                         .arg(otherTls);
        out << Finding{QCoreApplication::translate("Findings", "The service's TLS certificate was refused"),
                       QCoreApplication::translate("Findings", "%L1 requests failed TLS: %2")
                           .arg(tls)
                           .arg(kinds.join(QStringLiteral("; "))),
                       steps.isEmpty() ? QCoreApplication::translate(
                                             "Findings", "Check the service's TLS setup (protocol versions, ciphers) "
                                                         "against this client's, then re-run.")
                                       : QCoreApplication::translate("Findings", "To fix: %1; then re-run.")
                                             .arg(steps.join(QStringLiteral("; ")))};
    }
    const quint64 transport = count(ErrorClass::Timeout) + count(ErrorClass::Refused) + count(ErrorClass::Reset) + tls +
                              count(ErrorClass::Dns) + count(ErrorClass::Other);
    if (transport > 0)
        out << Finding{QCoreApplication::translate("Findings", "Requests without an answer"),
                       QCoreApplication::translate(
                           "Findings", "%L1 timeouts, %L2 refused, %L3 reset or not HTTP, %L4 TLS, %L5 DNS, %L6 other")
                           .arg(count(ErrorClass::Timeout))
                           .arg(count(ErrorClass::Refused))
                           .arg(count(ErrorClass::Reset))
                           .arg(tls)
                           .arg(count(ErrorClass::Dns))
                           .arg(count(ErrorClass::Other)),
                       QCoreApplication::translate(
                           "Findings", "Check that the service is up and reachable from here, its TLS certificate, and "
                                       "its request timeout against the scenario's.")};
    if (count(ErrorClass::IncompleteBody) > 0)
        out << Finding{QCoreApplication::translate("Findings", "Answers cut short"),
                       QCoreApplication::translate(
                           "Findings", "%L1 answers ended before their whole body arrived (the connection closed short "
                                       "of the Content-Length or the last chunk); like k6 they count as failed "
                                       "requests with no status")
                           .arg(count(ErrorClass::IncompleteBody)),
                       QCoreApplication::translate(
                           "Findings", "Look for the service or a proxy in front of it closing connections mid-answer "
                                       "(a crash, a restart, an idle or body-size limit), fix it, re-run.")};
    const QJsonObject delta = provider.value(QStringLiteral("delta")).toObject();
    const qint64 bounces = delta.value(QStringLiteral("bounces")).toInteger();
    const qint64 blocks = delta.value(QStringLiteral("blocks")).toInteger();
    const qint64 drops = delta.value(QStringLiteral("drops")).toInteger();
    const QString providerSaid =
        bounces + blocks + drops > 0
            ? QCoreApplication::translate("Findings",
                                          "; %L1 counted %L2 bounces, %L3 blocks and %L4 drops during the run")
                  .arg(provider.value(QStringLiteral("provider"))
                           .toString(QCoreApplication::translate("Findings", "the provider")))
                  .arg(bounces)
                  .arg(blocks)
                  .arg(drops)
            : QString();
    if (t.deliverySamples > 0 && t.deliveryRate() < 0.99) {
        // Accepted = answered 2xx. A 401, a 5xx or a timeout was never accepted: it is a failure of its own (above),
        // not a delivery problem, and the e-mail provider is not where to look for it.
        quint64 accepted = 0;
        for (auto it = t.statusCounts.constBegin(); it != t.statusCounts.constEnd(); ++it)
            if (it.key() >= 200 && it.key() < 300)
                accepted += it.value();
        const quint64 undelivered = t.deliverySamples - std::min(t.delivered, t.deliverySamples);
        const quint64 acceptedUndelivered = accepted - std::min(t.delivered, accepted);
        const quint64 notAccepted = t.requests - std::min(accepted, t.requests);
        out << Finding{
            QCoreApplication::translate("Findings", "Delivery below 99 %"),
            QCoreApplication::translate(
                "Findings",
                "%L1 of %L2 requests were not reported delivered: %L3 of the %L4 the service accepted (2xx), "
                "and %L5 it never accepted (errors and requests without an answer)%L6")
                .arg(undelivered)
                .arg(t.deliverySamples)
                .arg(acceptedUndelivered)
                .arg(accepted)
                .arg(notAccepted)
                .arg(providerSaid),
            acceptedUndelivered > 0
                ? QCoreApplication::translate(
                      "Findings", "Verify the SendGrid domain authentication, use valid test addresses, check the "
                                  "bounce and block lists and suppression handling.")
                : QCoreApplication::translate(
                      "Findings", "Every undelivered request is one the service did not accept: fix the failures "
                                  "above first; the e-mail provider is not involved.")};
    }
    if (t.interrupted > 0)
        out << Finding{QCoreApplication::translate("Findings", "Requests cut off in flight"),
                       QCoreApplication::translate(
                           "Findings", "%L1 requests were sent and cut off before their answer when the run was "
                                       "aborted; like k6, they are not counted as requests, but they may have reached "
                                       "the service (e-mails sent that no number here shows)")
                           .arg(t.interrupted),
                       QCoreApplication::translate(
                           "Findings", "Compare with the service's own count for the window; stop with one signal (or "
                                       "Stop) so in-flight requests finish within gracefulStop.")};
    // A pause of the client (a sleeping laptop, a stopped process) is a hole in the run, and its own finding: the
    // cap had nothing to do with it, so "raise maxInFlight" would be the wrong advice.
    if (t.droppedPaused > 0 || !pauses.isEmpty()) {
        QStringList when;
        for (const ClientPause &p : pauses)
            when << QCoreApplication::translate("Findings", "%1 s at %2")
                        .arg(QLocale().toString(static_cast<double>(p.lengthMs) / 1000.0, 'f', 1),
                             duration::clock(p.atMs));
        out << Finding{QCoreApplication::translate("Findings", "The load generator was paused"),
                       QCoreApplication::translate(
                           "Findings", "the client did not run for %1 (the machine slept, or the process or its VM was "
                                       "stopped): %L2 arrivals due then were not sent — a hole in the run, never a "
                                       "burst after it")
                           .arg(when.isEmpty() ? QCoreApplication::translate("Findings", "a while")
                                               : when.join(QStringLiteral(", ")))
                           .arg(t.droppedPaused),
                       QCoreApplication::translate(
                           "Findings", "Keep the machine awake for the whole run (CanaryDesk asks the desktop not to "
                                       "sleep; check its power settings), or run the canary on a server or on k6, then "
                                       "run it again for its full duration.")};
    }
    if (const quint64 capped = t.dropped - std::min(t.dropped, t.droppedPaused); capped > 0)
        out << Finding{
            QCoreApplication::translate("Findings", "The load generator could not keep up"),
            QCoreApplication::translate("Findings", "%L1 arrivals were dropped at the in-flight cap").arg(capped),
            QCoreApplication::translate(
                "Findings", "Raise load.maxInFlight if the service is merely slow, or run the canary on k6 / "
                            "more machines.")};
    if (verdict.passed)
        out << Finding{
            QCoreApplication::translate("Findings", "All criteria passed"), verdict.summary,
            QCoreApplication::translate("Findings", "Green light for the gate: share this package at the checkpoint.")};
    // A run that did not reach its end says so first, whatever else held: a reader must not take part of the
    // window for all of it (a stopped run with nothing else wrong used to show an empty "What happened").
    const QString how = verdict.details().isEmpty() ? verdict.summary : verdict.details();
    switch (verdict.outcome) {
    case RunOutcome::Stopped:
        out.prepend(Finding{QCoreApplication::translate("Findings", "Stopped before the end"), how,
                            QCoreApplication::translate(
                                "Findings", "Nothing is certified by a part of the window: run the canary for its full "
                                            "duration before the checkpoint.")});
        break;
    case RunOutcome::Aborted:
        out.prepend(Finding{QCoreApplication::translate("Findings", "Cut off before the end"), how,
                            QCoreApplication::translate(
                                "Findings", "Fix what stopped it (the reason above), then run the canary again for its "
                                            "full duration.")});
        break;
    case RunOutcome::Incomplete:
        out.prepend(Finding{QCoreApplication::translate("Findings", "The run did not finish"), how,
                            QCoreApplication::translate(
                                "Findings", "Judged on the raw results written before it ended; run the canary again "
                                            "for its full duration.")});
        break;
    case RunOutcome::Pass:
    case RunOutcome::Fail:
        break;
    }
    return out;
}

namespace {

// Text quoted into checkpoint.md — a server's words, log lines, names from the scenario — stays text: markup and
// Markdown's own characters are backslash-escaped (CommonMark), so a log line's "<img onerror=…>" or a "|" never
// becomes HTML or a table cell.
QString md(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (QStringLiteral("\\`*[]<>|&").contains(c)) // "_" inside a word (http_req_failed) is no emphasis
            out += QLatin1Char('\\');
        out += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
    }
    return out;
}

} // namespace

QByteArray EvidenceFiles::checkpointMarkdown(const CheckpointInput &in)
{
    // In the reader's language like the report (context "Checkpoint"); the verdict's word stays a name.
    const QJsonObject s = in.canarySummary;
    auto number = [&s](const char *key, int decimals) {
        return QLocale().toString(s.value(QLatin1String(key)).toDouble(), 'f', decimals);
    };
    QString out;
    out += QStringLiteral("# %1\n\n")
               .arg(QCoreApplication::translate("Checkpoint", "Canary checkpoint — %1").arg(md(in.headline)));
    out += QStringLiteral("**%1**%2\n\n")
               .arg(QCoreApplication::translate("Checkpoint", "Verdict: %1").arg(in.verdict->word()),
                    in.verdict->details().isEmpty() ? QString() : QStringLiteral(" — ") + md(in.verdict->details()));
    out += QStringLiteral("- %1\n- %2\n\n")
               .arg(QCoreApplication::translate("Checkpoint", "Run: %1, %2 → %3")
                        .arg(QLatin1Char('`') + in.runId + QLatin1Char('`'), md(in.started), md(in.finished)),
                    QCoreApplication::translate("Checkpoint", "Target: %1").arg(md(in.target)));
    out += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
               .arg(QCoreApplication::translate("Checkpoint", "Criterion"),
                    QCoreApplication::translate("Checkpoint", "Target"),
                    QCoreApplication::translate("Checkpoint", "Measured"),
                    QCoreApplication::translate("Checkpoint", "Result"));
    for (const CriterionResult &c : in.verdict->criteria)
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(md(c.label), md(c.target), md(c.measured),
                        c.pass ? QCoreApplication::translate("Checkpoint", "✅ PASS")
                               : QCoreApplication::translate("Checkpoint", "❌ FAIL"));
    out +=
        QStringLiteral("\n%1\n\n")
            .arg(QCoreApplication::translate(
                     "Checkpoint", "Summary: %1 requests in %2 (%3 req/s), p95 %4 ms, errors %5 %, delivery %6 %, HTTP "
                                   "failures %7 %.")
                     .arg(number("total_requests", 0),
                          duration::clock(
                              std::llround(s.value(QStringLiteral("test_duration_min")).toDouble() * 60000.0)),
                          number("requests_per_second", 1), number("p95_latency_ms", 1), number("error_rate_pct", 3),
                          number("delivery_success_pct", 2), number("http_failures_pct", 3)));
    out += QStringLiteral("## %1\n\n").arg(QCoreApplication::translate("Checkpoint", "Diagnosis and next steps"));
    for (const Finding &f : in.findings)
        out += QStringLiteral("- **%1** — %2. %3\n").arg(md(f.title), md(f.evidence), md(f.nextSteps));
    return out.toUtf8();
}

} // namespace canary
