#pragma once

// The built-in demo: an in-process sandbox on a free loopback port and the demo scenario pointed at it.

#include "core/common/Result.h"
#include "core/run/RunSession.h"
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

// A run aimed at the in-process sandbox gets the sandbox's demo credentials and, for the evidence, the
// sandbox's own counts. A run aimed anywhere else (another scenario loaded, --url elsewhere) gets neither:
// its secret comes from the keychain and its package carries no counts of a server it never talked to.
void applyDemo(SandboxTarget &sandbox, RunSetup &setup);

} // namespace canary::app
