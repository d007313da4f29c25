#!/usr/bin/env bash
# The main job on the built-in demo target. With a display: the operator console with the demo
# scenario against the in-process sandbox. Without one: the same canary headless, with live progress,
# the gate verdict, and the results in evidence/demo/<time>/.
set -euo pipefail
build=${1:-build}
bin="$build/app/canarydesk"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin" --demo
fi
echo "No display: running the demo canary headless (50 requests/s for 2 minutes against the in-process sandbox)."
out="evidence/demo/$(date -u +%Y%m%d_%H%M%S)" # a folder per run: a run never overwrites another's results
status=0
"$bin" run --demo --out "$out" || status=$?
echo "Evidence of the demo run: $(pwd)/$out — open report.html; check it with: $bin verify $out"
echo "Every run: $bin history; the stakeholder view with a display: $bin view $out"
exit "$status"
