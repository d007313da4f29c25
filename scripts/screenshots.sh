#!/usr/bin/env bash
# Takes the README's screenshots of the console's main states under Xvfb: idle, running, finished PASS,
# finished FAIL, the stakeholder viewer, the comparison of two runs and a run in the dark scheme. Everything runs against the
# in-process demo sandbox on loopback.   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
build=${1:-build}
out=${2:-docs/screenshots}
bin=$(realpath "$build/app/canarydesk")
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/canarydesk-shots.XXXXXX")
trap 'rm -rf "$work"' EXIT
export CANARYDESK_DATA_DIR="$work/data" LANG=C.UTF-8 LC_ALL=C.UTF-8
x() { xvfb-run -a -s "-screen 0 1600x1000x24" "$@" 2>/dev/null; }

# A short demo (20 s) so the finished states come quickly; a tight custom gate for the FAIL state.
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
s = json.load(open('resources/scenarios/demo_sandbox.json'))
s['name'] = 'demo_sandbox_50rps_20s'
s['load']['stages'] = [{'rate': 50, 'duration': '20s'}]
json.dump(s, open(f'{work}/pass.json', 'w'), indent=2)
s['name'] = 'demo_sandbox_tight_gate'
s['gate'] = {'profile': 'custom', 'thresholds': {'http_req_duration': ['p(95)<15'], 'errors': ['rate<=0.005'],
             'delivery_success': ['rate>=0.99'], 'http_req_failed': ['rate<0.005']}}
json.dump(s, open(f'{work}/fail.json', 'w'), indent=2)
PY

x "$bin" --demo --screenshot "$out/idle.png"
x "$bin" --demo "$work/pass.json" --start --screenshot-at 12 --screenshot "$out/running.png"
x "$bin" --demo "$work/pass.json" --start --screenshot "$out/finished-pass.png"
x "$bin" --demo "$work/fail.json" --start --screenshot "$out/finished-fail.png"
runs=("$work"/data/runs/*)
x "$bin" view "${runs[1]}" --screenshot "$out/viewer.png"
x "$bin" view "${runs[1]}" --tab 1 --screenshot "$out/viewer-charts.png"
x "$bin" view "${runs[0]}" --compare "${runs[2]}" --screenshot "$out/compare.png"
# The desktop's dark scheme (GNOME's, through qt6-gtk-platformtheme): the console and its charts follow it.
QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark x "$bin" --demo "$work/pass.json" --start --screenshot-at 12 \
    --screenshot "$out/running-dark.png"
ls -1 "$out"
