#include "app/PackageOutput.h"
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

} // namespace canary::app
