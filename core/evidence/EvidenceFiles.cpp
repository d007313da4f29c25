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
                     "p99_from_intended_ms,error_pct,delivery_pct,http_failed_pct,span_s\n";
    for (const Snapshot &s : timeline) {
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13,%14\n")
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
                   .arg(s.span)
                   .toLatin1();
    }
    return csv;
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
    for (const QString &caveat : in.verdict->caveats)
        out +=
            QStringLiteral("> ⚠ %1\n\n").arg(md(QCoreApplication::translate("Checkpoint", "Caveat: %1").arg(caveat)));
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
