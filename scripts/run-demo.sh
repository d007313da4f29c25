#!/usr/bin/env bash
# The main job on the built-in demo target. With a display: the operator console with the demo
# scenario against the in-process sandbox. Without one: the same console rendered offscreen to a PNG.
set -euo pipefail
build=${1:-build}
bin="$build/app/canarydesk"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin" --demo
fi
out="evidence/demo"
mkdir -p "$out"
echo "No display: rendering the demo console offscreen."
png=$(QT_QPA_PLATFORM=offscreen "$bin" --demo --screenshot "$out/console.png")
echo "Demo console (scenario, gate criteria, target) written to: $png"
echo "The headless demo canary itself ('canarydesk run --demo') arrives with the load engine;"
echo "until then, 'canarydesk sandbox --port 18080' serves the demo target for curl or k6."
