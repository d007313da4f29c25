#include "app/PackageOutput.h"

#include "core/common/Duration.h"

#include <QLocale>
#include "app/Commands.h"

#include "core/common/Interrupt.h"

#include <QJsonArray>

#include <cstdio>

namespace canary::app {

bool printEvidence(const char *command, const PackageOutcome &o, bool problemsSaid)
{
    for (const QString &p : problemsSaid ? QStringList() : o.problems)
        std::fprintf(stderr, "canarydesk %s: %s\n", command, cliText(p));
    if (!o.problems.isEmpty() || o.manifest.isEmpty()) {
        const char *why = interrupt::evidenceCutShort()
                              ? "cut short by a second signal; raw results kept. When you are ready,"
                              : "see the messages above; raw results kept. Free the space or fix the folder, then";
        std::printf("evidence    INCOMPLETE in %s — not signed (%s `canarydesk export %s` writes the package "
                    "again).\n",
                    cliText(o.dir), why, cliText(o.record.runId.left(8)));
        return false;
    }
    std::printf("evidence    %s (%lld files, signed %s, key: %s — %s)\n", cliText(o.dir),
                static_cast<long long>(o.manifest.value(QStringLiteral("files")).toArray().size()),
                cliText(o.manifest.value(QStringLiteral("key_fingerprint")).toString()),
                cliText(o.manifest.value(QStringLiteral("key_source")).toString()),
                cliText(o.manifest.value(QStringLiteral("key_note")).toString()));
    return true;
}

void printJudgement(const PackageOutcome &outcome, bool withFindings)
{
    const GateVerdict &verdict = outcome.verdict;
    std::printf("\n%s — %s\n", cliText(verdict.gateTitle), cliText(verdict.word()));
    for (const CriterionResult &c : verdict.criteria)
        std::printf(
            "  %s %-42s %-28s %s%s\n", c.pass ? "✓" : "✗", cliText(c.label), cliText(c.target), cliText(c.measured),
            c.decidedAtMs >= 0 ? cliText(QStringLiteral("  (decided at %1)").arg(duration::clock(c.decidedAtMs))) : "");
    for (const CriterionResult &c : verdict.criteria)
        if (c.uncertain)
            std::printf("    %s: %s\n", cliText(c.label), cliText(c.confidence));
    if (!verdict.passed && !verdict.details().isEmpty())
        std::printf("  %s\n", cliText(verdict.summary));
    for (const QString &caveat : verdict.caveats)
        std::printf("  caveat: %s\n", cliText(caveat));
    if (withFindings)
        for (const Finding &f : outcome.findings)
            std::printf("  → %s: %s. %s\n", cliText(f.title), cliText(f.evidence), cliText(f.nextSteps));
}

void printProgress(const Snapshot &s, bool tty)
{
    const QString asked = s.targetRate > 0 ? QStringLiteral("asked %1").arg(QLocale::c().toString(s.targetRate, 'g', 6))
                                           : QStringLiteral("the schedule has ended: draining");
    const qint64 shownMs = s.plannedMs > 0 ? std::min(s.elapsedMs, s.plannedMs) : s.elapsedMs;
    std::fprintf(stdout,
                 "%s[%s/%s] %.1f req/s (%s) · in flight %d · dropped %llu · whole run: p95 %.1f ms, errors %.2f%%, "
                 "delivered %.2f%%, HTTP failures %.2f%% · %llu/%llu requests%s%s",
                 tty ? "\r" : "", cliText(duration::clock(shownMs)), cliText(duration::clock(s.plannedMs)),
                 s.achievedRate, cliText(asked), s.inFlight, static_cast<unsigned long long>(s.droppedTotal),
                 s.p95Total, s.errorRateTotal * 100, s.deliveryRateTotal * 100, s.httpFailedRateTotal * 100,
                 static_cast<unsigned long long>(s.requestsTotal), static_cast<unsigned long long>(s.expectedTotal),
                 s.decisions.isEmpty()
                     ? ""
                     : cliText(QStringLiteral(" · gate lost at %1").arg(duration::clock(s.decidedAtMs()))),
                 tty ? "" : "\n");
    std::fflush(stdout);
}

} // namespace canary::app
