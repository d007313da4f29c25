#!/usr/bin/env bash
# Takes the README's screenshots under Xvfb on a 1366 × 768 laptop screen (the window 1366 × 728, as a title
# bar leaves it): the console idle, running, finished PASS, finished FAIL with its details open, the same in
# German; a run at 1920 × 1080; the stakeholder viewer, the comparison of two runs and a run in the dark
# scheme. Everything runs against the in-process demo sandbox on loopback.
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
build=${1:-build}
out=${2:-docs/screenshots}
bin=$(realpath "$build/app/canarydesk")
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/canarydesk-shots.XXXXXX")
trap 'rm -rf "$work"' EXIT
export CANARYDESK_DATA_DIR="$work/data" LANG=C.UTF-8 LC_ALL=C.UTF-8
# A fresh settings folder: no remembered window size or panel from an earlier shot.
x() { XDG_CONFIG_HOME=$(mktemp -d "$work/config.XXXX") xvfb-run -a -s "-screen 0 1366x768x24" "$@" \
    -qwindowgeometry 1366x728 2>/dev/null; }
xhd() { XDG_CONFIG_HOME=$(mktemp -d "$work/config.XXXX") xvfb-run -a -s "-screen 0 1920x1080x24" "$@" \
    -qwindowgeometry 1920x1040 2>/dev/null; }

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
x "$bin" --demo "$work/fail.json" --start --details --screenshot "$out/finished-fail.png"
LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 x "$bin" --demo "$work/fail.json" --start --screenshot "$out/finished-fail-de.png"
xhd "$bin" --demo "$work/pass.json" --start --screenshot-at 12 --screenshot "$out/running-1080.png"
passed=("$work"/data/runs/gate1_*)  # in time order: the run shot at 12 s, the PASS, the 1920 × 1080 run
failed=("$work"/data/runs/custom_*) # the FAIL in English, in German
# Page 1 of report.pdf, as the people it is for see it first.
pdftoppm -r 72 -f 1 -l 1 -png -singlefile "${passed[1]}/report.pdf" "$out/report-pass-page1"
pdftoppm -r 72 -f 1 -l 1 -png -singlefile "${failed[0]}/report.pdf" "$out/report-fail-page1"
# The same FAIL as a German reader gets it: the package speaks the language of the run's machine (LANG).
pdftoppm -r 72 -f 1 -l 1 -png -singlefile "${failed[1]}/report.pdf" "$out/report-fail-page1-de"
# report.html as a browser shows it (headless Chromium, offline).
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/chromium" --hide-scrollbars \
    --host-resolver-rules="MAP * ~NOTFOUND" --window-size=1100,1400 --screenshot="$out/report-html.png" \
    "file://${failed[0]}/report.html" 2>/dev/null
x "$bin" view "${passed[1]}" --screenshot "$out/viewer.png"
x "$bin" view "${passed[1]}" --tab 1 --screenshot "$out/viewer-charts.png"
x "$bin" view "${failed[0]}" --compare "${passed[1]}" --screenshot "$out/compare.png"
# The desktop's dark scheme (GNOME's, through qt6-gtk-platformtheme): the console and its charts follow it.
QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark x "$bin" --demo "$work/pass.json" --start --screenshot-at 12 \
    --screenshot "$out/running-dark.png"
ls -1 "$out"
