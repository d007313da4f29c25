#pragma once

// The colour of an outcome word as a style-sheet or HTML colour (the palette's, ui/style/Palette.h).

#include "ui/style/Palette.h"

namespace canary::ui {

inline QString verdictColour(RunOutcome outcome)
{
    return palette::hex(palette::outcome(outcome));
}

} // namespace canary::ui
