#pragma once

// The built-in demo: an in-process sandbox on a free loopback port and the demo scenario pointed at it.

#include "core/common/Result.h"
#include "core/sandbox/SandboxTarget.h"
#include "core/scenario/Scenario.h"

#include <memory>

namespace canary::app {

struct Demo
{
    std::unique_ptr<SandboxTarget> sandbox;
    Scenario scenario;
};

// Starts the sandbox (its application log in a temp folder) and loads the bundled demo scenario with
// its URLs rewritten to the sandbox.
Result<Demo> startDemo();

// Aims a scenario of the user's at the demo's sandbox: target, token URL and health URL (relative paths stay).
Scenario aimAtDemo(Scenario scenario, const Demo &demo);

} // namespace canary::app
