#pragma once

// The colour of an outcome word wherever a person sees it (console banner, viewer banner, History):
// green PASS, red FAIL, amber for a run that did not run its course (STOPPED, ABORTED, INCOMPLETE).

#include "core/metrics/GateVerdict.h"

#include <QString>

namespace canary::ui {

inline QString verdictColour(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Pass:
        return QStringLiteral("#1a7f37");
    case RunOutcome::Fail:
        return QStringLiteral("#cf222e");
    case RunOutcome::Stopped:
    case RunOutcome::Aborted:
    case RunOutcome::Incomplete:
        break;
    }
    return QStringLiteral("#9a6700");
}

} // namespace canary::ui
