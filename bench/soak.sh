#!/usr/bin/env bash
# #32 — what a long run costs, in three rows (bench/run.sh runs this with SOAK=1; it also runs alone). Not a test.
#   bench/soak.sh BUILD_DIR [MINUTES] [RATE]      MINUTES=0 skips the real-time part, SOAK_REAL_TIME_ONLY=1 the rest
# (1) The console on virtual time: 72 h of one-second snapshots at RATE/s through RunMetrics and the DashboardView as
#     fast as they go (bench/soak_bench.cpp); at hours 1, 24 and 72 the CPU the console spends per second of run
#     (tiles, charts, an offscreen paint) and the process's memory.
# (2) A 72-hour k6 file (1/s, 503s from hour 50 to 52) imported by `canarydesk import`: time and peak memory against
#     reading the same file with gzip -dc | wc -l, the verdict, the report's sizes.
# (3) Real time: the console (under Xvfb) and the headless `run` side by side, each at RATE/s for MINUTES against its
#     own sandbox. Every minute: resident memory (VmRSS) and CPU seconds (utime+stime) of each process; at the end
#     the memory slope (MB per hour, least squares over minutes 5..end) and CPU % of one core per 10-minute window.
set -euo pipefail
build=$(realpath "${1:-build}")
minutes=${2:-30}
rate=${3:-250}
bin="$build/app/canarydesk"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/canarydesk-soak.XXXXXX")
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

sb="$build/bench/soak_bench"
if [ "${SOAK_REAL_TIME_ONLY:-0}" != 1 ]; then
QT_QPA_PLATFORM=offscreen CANARYDESK_DATA_DIR="$work/virtual-data" "$sb" "$here/../resources/scenarios/demo_sandbox.json" \
    72 "$rate" 2>/dev/null > "$work/virtual.txt"
for h in 1 24 72; do
    jq -r --argjson h "$h" --arg rate "$rate" 'select(.hour == $h) | "console at hour \(.hour) of a 72-h run at \($rate)/s (virtual time): \(.console_cpu_ms_per_run_second) ms CPU per second of run, \(.chart_points) chart points, \(.record_points) points in the record, RSS \(.rss_mb) MB"' "$work/virtual.txt"
done

"$sb" --k6-file "$work/soak72.json.gz" 72 > /dev/null
/usr/bin/time -f "%e %M" -o "$work/import.time" env CANARYDESK_DATA_DIR="$work/import-data" \
    "$bin" import "$work/soak72.json.gz" --out "$work/import" > "$work/import.txt" 2>&1 || true
read -r isec ikb < <(tail -n 1 "$work/import.time") # after "Command exited with non-zero status 99" (a FAIL)
zstart=$(date +%s.%N)
gzip -dc "$work/soak72.json.gz" | wc -l > /dev/null
zsec=$(echo "$(date +%s.%N) - $zstart" | bc)
echo "import of a 72-h k6 file (1/s, 1,296,000 lines, $(( $(stat -c %s "$work/soak72.json.gz") / 1048576 )) MB gz): ${isec} s = $(echo "scale=2; $isec / $zsec" | bc) x gzip -dc | wc -l ($(printf '%.2f' "$zsec") s), peak RSS $((ikb / 1024)) MB; $(jq -r .verdict "$work/import/diagnosis.json"), report.html $(( $(stat -c %s "$work/import/report.html") / 1024 )) KB, report.pdf $(( $(stat -c %s "$work/import/report.pdf") / 1024 )) KB, timeseries.csv $(( $(wc -l < "$work/import/timeseries.csv") - 1 )) rows"

fi
[ "$minutes" -gt 0 ] || exit 0
export CANARYDESK_CLIENT_SECRET=canarydesk-demo-secret
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
scenario() { # PORT FILE
    python3 - "$1" "$2" "$minutes" "$rate" "$work" "$here/../resources/scenarios/demo_sandbox.json" <<'PY'
import json, sys
port, out, minutes, rate, work, src = sys.argv[1:]
s = json.load(open(src))
s["name"] = f"soak_{rate}rps_{minutes}min"
s["target"]["baseUrl"] = f"http://127.0.0.1:{port}"
s["load"]["stages"] = [{"rate": int(rate), "duration": f"{minutes}m"}]
s["load"]["maxInFlight"] = 400
s["monitors"].pop("provider", None)
s["evidence"]["folder"] = f"evidence-{port}"  # relative: under the folder the bench runs in
json.dump(s, open(out, "w"), indent=2)
PY
}
for who in console run; do
    port=$(free_port)
    "$bin" sandbox --port "$port" > "$work/sandbox-$who.log" 2>&1 &
    pids+=($!)
    scenario "$port" "$work/$who.json"
    eval "port_$who=$port"
done
cd "$work"
sleep 1
export CANARYDESK_CLIENT_SECRET_ORIGIN="http://127.0.0.1:$port_console"
Xvfb :97 -screen 0 1366x768x24 > /dev/null 2>&1 &
pids+=($!)
sleep 1
DISPLAY=:97 "$bin" --start "$work/console.json" > "$work/console.log" 2>&1 &
console=$!
pids+=($console)
CANARYDESK_CLIENT_SECRET_ORIGIN="http://127.0.0.1:$port_run" "$bin" run "$work/run.json" > "$work/run.log" 2>&1 &
run=$!
pids+=($run)
sample() { # PID -> "rss_kb cpu_ticks"
    local rss ticks
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0)
    ticks=$(awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0)
    echo "${rss:-0} ${ticks:-0}"
}
echo "minute console_rss_kb console_cpu_ticks run_rss_kb run_cpu_ticks" > "$work/samples.txt"
for ((m = 0; m <= minutes; m++)); do
    echo "$m $(sample "$console") $(sample "$run")" >> "$work/samples.txt"
    [ "$m" -lt "$minutes" ] && sleep 60
done
python3 - "$work/samples.txt" "$(getconf CLK_TCK)" <<'PY'
import sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]).read().splitlines()[1:]]
hz = float(sys.argv[2])
def slope(xs, ys):
    n = len(xs); mx = sum(xs) / n; my = sum(ys) / n
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
for name, r, c in (("console", 1, 2), ("run", 3, 4)):
    tail = [row for row in rows if row[0] >= min(5, rows[-1][0] // 2) and row[r] > 0]
    mb_per_hour = slope([row[0] for row in tail], [row[r] / 1024 for row in tail]) * 60 if len(tail) > 2 else float("nan")
    windows = []
    for a in range(0, int(rows[-1][0]), 10):
        s = [row for row in rows if row[0] in (a, a + 10)]
        if len(s) == 2 and s[1][c] > 0:
            windows.append(f"{a}-{a+10} min {100 * (s[1][c] - s[0][c]) / hz / 600:.1f} %")
    print(f"{name}: RSS {rows[1][r]/1024:.1f} MB at minute 1, {tail[-1][r]/1024:.1f} MB at minute {int(tail[-1][0])}; "
          f"slope {mb_per_hour:+.2f} MB/h; CPU of one core: " + ", ".join(windows))
PY
echo "samples: $work/samples.txt"
