#!/usr/bin/env bash
# CanaryDesk's engine side by side with its peers on this machine, in one invocation: nginx on
# loopback as the target; CanaryDesk headless, the bare QNAM loop (bench/qnam_loop.cpp), hey, wrk, and
# k6 (CANARYDESK_K6, else k6 on PATH) and a second k6 (CANARYDESK_K6_V2, e.g. v2.2) beside it, and a slow
# sandbox (1 s) for CanaryDesk and k6. Then HTTPS rows (nginx with a fresh self-signed certificate, HTTP/1.1),
# HTTP/2 rows (h2 by ALPN) and a stall row (the load generator stopped with SIGSTOP for 10 s, and what nginx
# received per 100 ms after SIGCONT), each for CanaryDesk and both k6 versions. Prints a table and ratio lines;
# numbers are only comparable within one run.
#   bench/run.sh [BUILD_DIR]        env: DURATION (s, default 60), RATES, MAX_RATES, SLOW_SECONDS, SOAK=1,
#                                        TLS_RATES, H2_RATES, PROTO_SECONDS, STALL=0 (skip the stall rows)
# Only 127.0.0.1 is ever targeted.
set -euo pipefail
build=${1:-build}
bin=$(realpath "$build/app/canarydesk")
loop=$(realpath "$build/bench/qnam_loop")
DURATION=${DURATION:-60}
RATES=${RATES:-"250 1000 3000"}
MAX_RATES=${MAX_RATES:-"6000 8000 10000 12000"}
MAX_DURATION=${MAX_DURATION:-15}
port=18090
sandbox_port=18091
tls_port=18092   # HTTPS, HTTP/1.1 only
h2_port=18093    # HTTPS, h2 by ALPN
stall_port=18094 # plain HTTP, every request logged with its time (the stall rows)
TLS_RATES=${TLS_RATES:-"1000 3000"}
H2_RATES=${H2_RATES:-"250 1000"}
PROTO_SECONDS=${PROTO_SECONDS:-20}
work=$(mktemp -d "${TMPDIR:-/tmp}/canarydesk-bench.XXXXXX")
pids=()
cleanup() {
    for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
for tool in nginx jq openssl /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }
done

mkdir -p "$work/body" "$work/tls"
# A certificate for 127.0.0.1 made for this run (its own CA): CanaryDesk trusts it by the scenario's caBundle,
# k6 by SSL_CERT_FILE (Go reads it on Linux).
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$work/tls/key.pem" -out "$work/tls/cert.pem" 2>/dev/null
cat > "$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 8192; }
http {
    access_log off;
    client_body_temp_path $work/body;
    keepalive_requests 1000000;
    log_format conn '\$msec \$connection';
    server {
        listen 127.0.0.1:$port;
        location / { default_type application/json; return 200 '{"status":"queued"}'; }
    }
    server {
        listen 127.0.0.1:$tls_port ssl;
        ssl_certificate $work/tls/cert.pem; ssl_certificate_key $work/tls/key.pem;
        access_log $work/tls.log conn;
        location / { default_type application/json; return 200 '{"status":"queued"}'; }
    }
    server {
        listen 127.0.0.1:$h2_port ssl http2;
        ssl_certificate $work/tls/cert.pem; ssl_certificate_key $work/tls/key.pem;
        access_log $work/h2.log conn;
        location / { default_type application/json; return 200 '{"status":"queued"}'; }
    }
    server {
        listen 127.0.0.1:$stall_port;
        access_log $work/stall.log conn;
        location / { default_type application/json; return 200 '{"status":"queued"}'; }
    }
}
EOF
nginx -c "$work/nginx.conf" -p "$work"
url="http://127.0.0.1:$port/api/v1/notifications"
body='{"to":"bench@example.com","template":"welcome"}'

cat > "$work/nginx.json" <<EOF
{"schemaVersion": 1, "name": "bench", "service": "nginx",
 "target": {"baseUrl": "http://127.0.0.1:$port", "path": "/api/v1/notifications", "method": "POST",
            "headers": {"Content-Type": "application/json"}, "body": $body, "timeout": "10s"},
 "load": {"stages": [{"rate": 250, "duration": "60s"}], "maxInFlight": 2000, "gracefulStop": "10s"},
 "checks": {"expectedStatus": [200], "delivery": {"pointer": "/status", "values": ["queued"]}},
 "gate": {"profile": "gate1"}}
EOF

# Rows go to a file: the measuring functions run in subshells.
row() { printf '%-36s %10s %9s %9s %9s %9s %11s %9s\n' "$@" >> "$work/rows.txt"; }
timed() { # timed OUTFILE CMD...: runs CMD under /usr/bin/time, leaves "cpu_s rss_mb" in OUTFILE
    local out=$1; shift
    /usr/bin/time -f "%U %S %M" -o "$work/time.raw" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt" || true
    tail -n1 "$work/time.raw" | awk '{printf "%.2f %.1f\n", $1 + $2, $3 / 1024}' > "$out"
}
per1k() { awk -v c="$1" -v n="$2" 'BEGIN { if (n > 0) printf "%.3f", c * 1000 / n; else print "-" }'; }

canary() { # canary LABEL RATE SECONDS [extra args]
    local label=$1 rate=$2 secs=$3; shift 3
    rm -rf "$work/out"
    timed "$work/t.txt" "$bin" run "${SCENARIO:-$work/nginx.json}" --rate "$rate" --duration "${secs}s" --out "$work/out" "$@"
    read -r cpu rss < "$work/t.txt"
    local s="$work/out/summary.json"
    local n; n=$(jq '.metrics.http_reqs.values.count' "$s")
    row "$label" "$(jq -r '.metrics.http_reqs.values.rate | . * 10 | round / 10' "$s")" \
        "$(jq '.metrics.dropped_iterations.values.count' "$s")" \
        "$(jq -r '.metrics.http_req_duration.values.med | . * 1000 | round / 1000' "$s")" \
        "$(jq -r '.metrics.http_req_duration.values."p(95)" | . * 1000 | round / 1000' "$s")" \
        "$(jq -r '.metrics.http_req_duration.values."p(99)" | . * 1000 | round / 1000' "$s")" \
        "$(per1k "$cpu" "$n")" "$rss"
    echo "$n $cpu"
}

qnam() { # qnam RATE SECONDS
    timed "$work/t.txt" "$loop" "$url" "$1" "$2"
    read -r cpu rss < "$work/t.txt"
    local line; line=$(cat "$work/stdout.txt")
    local n; n=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
    row "bare QNAM loop $1/s" "$(sed -E 's/.*rate=([0-9.]+).*/\1/' <<<"$line")" "-" \
        "$(sed -E 's/.*p50=([0-9.]+).*/\1/' <<<"$line")" "$(sed -E 's/.*p95=([0-9.]+).*/\1/' <<<"$line")" \
        "$(sed -E 's/.*p99=([0-9.]+).*/\1/' <<<"$line")" "$(per1k "$cpu" "$n")" "$rss"
    echo "$n $cpu"
}

heyrun() { # heyrun RATE SECONDS
    local rate=$1 secs=$2 c=10
    [ "$rate" -ge 1000 ] && c=20
    [ "$rate" -ge 3000 ] && c=50
    timed "$work/t.txt" hey -z "${secs}s" -c "$c" -q $((rate / c)) -m POST -T application/json -d "$body" "$url"
    read -r cpu rss < "$work/t.txt"
    local out="$work/stdout.txt"
    local n; n=$(awk '/\[200\]/ {print $2}' "$out")
    row "hey -c $c -q $((rate / c)) ($rate/s)" "$(awk '/Requests\/sec/ {printf "%.1f", $2}' "$out")" "-" \
        "$(awk '/ 50% in/ {printf "%.3f", $3 * 1000}' "$out")" "$(awk '/ 95% in/ {printf "%.3f", $3 * 1000}' "$out")" \
        "$(awk '/ 99% in/ {printf "%.3f", $3 * 1000}' "$out")" "$(per1k "$cpu" "${n:-0}")" "$rss"
}

echo "bench: $(nproc) cores, $(date -u +%FT%TZ), target nginx $(nginx -v 2>&1 | sed 's/.*\///') on $url, ${DURATION}s per rate"
row "tool / mode" "req/s" "dropped" "p50 ms" "p95 ms" "p99 ms" "CPU-s/1k" "RSS MB"
ratios=()
declare -A c_n c_cpu c_p50 # CanaryDesk's numbers per rate, for the ratio lines against k6
for rate in $RATES; do
    read -r cn cc < <(canary "CanaryDesk $rate/s" "$rate" "$DURATION" | tail -n1)
    c_n[$rate]=$cn c_cpu[$rate]=$cc c_p50[$rate]=$(jq '.metrics.http_req_duration.values.med' "$work/out/summary.json")
    read -r qn qc < <(qnam "$rate" "$DURATION" | tail -n1)
    heyrun "$rate" "$DURATION"
    ratios+=("$(awk -v cn="$cn" -v cc="$cc" -v qn="$qn" -v qc="$qc" -v r="$rate" \
        'BEGIN { a = cc * 1000 / cn; b = qc * 1000 / qn; printf "at %5d/s: CanaryDesk %.3f CPU-s/1k = %.2f x the bare QNAM loop (%.3f)", r, a, a / b, b }')")
done

timed "$work/t.txt" wrk -t2 -c50 -d"${MAX_DURATION}s" -s <(printf 'wrk.method = "POST"\nwrk.body = %q\nwrk.headers["Content-Type"] = "application/json"\n' "$body") "$url"
read -r cpu rss < "$work/t.txt"
wrk_rate=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/stdout.txt")
row "wrk -t2 -c50 (closed loop, ceiling)" "$wrk_rate" "-" "-" "-" "-" \
    "$(per1k "$cpu" "$(awk -v r="$wrk_rate" -v d="$MAX_DURATION" 'BEGIN { print r * d }')")" "$rss"

# k6 (CANARYDESK_K6, else k6 on PATH) with a seed-shaped script: constant-arrival-rate POSTs, the same body.
k6=${CANARYDESK_K6:-$(command -v k6 || true)}
cat > "$work/k6.js" <<'EOF'
import http from 'k6/http';
import { check } from 'k6';
export const options = {
    scenarios: { canary: { executor: 'constant-arrival-rate', rate: Number(__ENV.RATE), timeUnit: '1s',
        duration: `${__ENV.SECONDS}s`, preAllocatedVUs: Number(__ENV.VUS), maxVUs: Number(__ENV.MAXVUS),
        gracefulStop: '10s' } },
};
export default function () {
    const headers = { 'Content-Type': 'application/json' };
    if (__ENV.TOKEN) headers.Authorization = `Bearer ${__ENV.TOKEN}`;
    const r = http.post(__ENV.URL, __ENV.BODY, { headers });
    check(r, { delivered: (x) => x.status >= 200 && x.status < 300 && x.json('status') === 'queued' });
}
EOF
k6run() { # [K6_BIN=...] k6run LABEL RATE SECONDS URL [TOKEN] [VUS]: a row; prints "requests cpu p50 p95 dropped"
    local label=$1 rate=$2 secs=$3 target=$4 token=${5:-} vus=${6:-}
    [ -z "$vus" ] && vus=$((rate / 50 + 20))
    rm -f "$work/k6-summary.json"
    timed "$work/t.txt" env RATE="$rate" SECONDS="$secs" URL="$target" BODY="$body" TOKEN="$token" VUS="$vus" \
        MAXVUS=$((vus * 4)) SSL_CERT_FILE="$work/tls/cert.pem" "${K6_BIN:-$k6}" run -q --no-usage-report \
        --summary-export "$work/k6-summary.json" "$work/k6.js"
    read -r cpu rss < "$work/t.txt"
    local s="$work/k6-summary.json" n p50 p95 dropped
    n=$(jq '.metrics.http_reqs.count' "$s")
    p50=$(jq -r '.metrics.http_req_duration.med | . * 1000 | round / 1000' "$s")
    p95=$(jq -r '.metrics.http_req_duration."p(95)" | . * 1000 | round / 1000' "$s")
    dropped=$(jq '.metrics.dropped_iterations.count // 0' "$s")
    row "$label" "$(jq -r '.metrics.http_reqs.rate | . * 10 | round / 10' "$s")" "$dropped" "$p50" "$p95" \
        "$(jq -r '.metrics.http_req_duration."p(99)" // "-" | if type == "number" then . * 1000 | round / 1000 else . end' "$s")" \
        "$(per1k "$cpu" "$n")" "$rss"
    echo "$n $cpu $p50 $p95 $dropped"
}
# Every k6 found: CANARYDESK_K6 (else k6 on PATH) and CANARYDESK_K6_V2, side by side.
k6s=()
[ -n "$k6" ] && [ -x "$k6" ] && k6s+=("$k6")
k6v2=${CANARYDESK_K6_V2:-}
[ -n "$k6v2" ] && [ -x "$k6v2" ] && k6s+=("$k6v2")
k6name() { echo "k6 $("$1" version 2>/dev/null | head -n1 | awk '{print $2}')"; }
[ ${#k6s[@]} -eq 0 ] && echo "bench: no k6 (set CANARYDESK_K6 or put k6 on PATH; a v0.47 binary is in ../shared/peers): compare with PEERS.md"
for k in "${k6s[@]}"; do
    echo "bench: $(k6name "$k") at $k"
    for rate in $RATES; do
        read -r kn kc kp50 _ _ < <(K6_BIN=$k k6run "$(k6name "$k") $rate/s" "$rate" "$DURATION" "$url" | tail -n1)
        ratios+=("$(awk -v cn="${c_n[$rate]}" -v cc="${c_cpu[$rate]}" -v kn="$kn" -v kc="$kc" -v cp="${c_p50[$rate]}" -v kp="$kp50" -v r="$rate" -v k="$(k6name "$k")" \
            'BEGIN { a = cc * 1000 / cn; b = kc * 1000 / kn; printf "at %5d/s: CanaryDesk / %s: CPU-s per 1k %.3f / %.3f = %.2f x; reported p50 %.3f / %.3f ms = %.2f x", r, k, a, b, a / b, cp, kp, cp / kp }')")
    done
done

best=0
for rate in $MAX_RATES; do
    read -r n _ < <(canary "CanaryDesk max $rate/s" "$rate" "$MAX_DURATION" --max-in-flight 4000 | tail -n1)
    dropped=$(jq '.metrics.dropped_iterations.values.count' "$work/out/summary.json")
    short=$(awk -v n="$n" -v r="$rate" -v d="$MAX_DURATION" 'BEGIN { printf "%.2f", (1 - n / (r * d)) * 100 }')
    ratios+=("max rate: $rate/s for ${MAX_DURATION}s -> $n requests (shortfall $short %, dropped $dropped)")
    if awk -v s="$short" 'BEGIN { exit !(s <= 1) }' && [ "$dropped" = 0 ]; then best=$rate; fi
done
ratios+=("highest constant rate held with <= 1 % shortfall and 0 dropped: $best/s")
# k6 at the same rates, same target, same invocation (VUs sized for rate x ~10 ms, up to 4x that).
if [ -n "$k6" ] && [ -x "$k6" ]; then
    kbest=0
    for rate in $MAX_RATES; do
        read -r kn _ _ _ kdropped < <(k6run "k6 max $rate/s" "$rate" "$MAX_DURATION" "$url" "" $((rate / 20 + 50)) | tail -n1)
        short=$(awk -v n="$kn" -v r="$rate" -v d="$MAX_DURATION" 'BEGIN { printf "%.2f", (1 - n / (r * d)) * 100 }')
        ratios+=("k6 max rate: $rate/s for ${MAX_DURATION}s -> $kn requests (shortfall $short %, dropped $kdropped)")
        if awk -v s="$short" 'BEGIN { exit !(s <= 1) }' && [ "$kdropped" = 0 ]; then kbest=$rate; fi
    done
    ratios+=("k6: highest constant rate held with <= 1 % shortfall and 0 dropped: $kbest/s")
fi

# Latency overhead and coordinated omission, against the sandbox target (token via the demo secret).
cat > "$work/sandbox.json" <<EOF
{"schemaVersion": 1, "name": "bench-sandbox", "service": "sandbox",
 "target": {"baseUrl": "http://127.0.0.1:$sandbox_port", "path": "/api/v1/notifications", "body": $body},
 "load": {"stages": [{"rate": 250, "duration": "30s"}], "maxInFlight": 1000, "gracefulStop": "10s"},
 "auth": {"type": "oauth2-client-credentials", "tokenUrl": "/oauth/token", "clientId": "auto_com_center_client", "style": "body"},
 "checks": {"expectedStatus": [202], "delivery": {"pointer": "/status", "values": ["queued"]}}}
EOF
sandbox_run() { # sandbox_run SECONDS SANDBOX-ARGS...: prints "p50 p99 corrected_p99"
    local secs=$1; shift
    "$bin" sandbox --port "$sandbox_port" "$@" > "$work/sandbox.log" 2>&1 &
    local sp=$!
    pids+=("$sp")
    for _ in $(seq 50); do grep -q "Ctrl+C" "$work/sandbox.log" 2>/dev/null && break; sleep 0.1; done
    rm -rf "$work/out"
    CANARYDESK_CLIENT_SECRET=canarydesk-demo-secret CANARYDESK_CLIENT_SECRET_ORIGIN="http://127.0.0.1:$sandbox_port" "$bin" run "$work/sandbox.json" --duration "${secs}s" --out "$work/out" >/dev/null 2>&1 || true
    kill "$sp" 2>/dev/null; wait "$sp" 2>/dev/null || true
    jq -r '[.metrics.http_req_duration.values.med, .metrics.http_req_duration.values."p(99)", .metrics.canary_corrected_latency.values."p(99)"] | map(. * 100 | round / 100) | @tsv' "$work/out/summary.json"
}
read -r p50 _ _ < <(sandbox_run 30 --latency 20)
ratios+=("latency overhead: sandbox answers after 20 ms, 250/s: reported p50 $p50 ms")
read -r _ p99 cp99 < <(sandbox_run 30 --latency 5 --stall-every 10s --stall-for 1s)
ratios+=("coordinated omission: sandbox stalls 1 s every 10 s, 250/s: p99 $p99 ms (service time), $cp99 ms (from intended send)")
# A slow service: the sandbox answers every request after 1 s; 250/s with the seed's cap of 400 in flight.
SLOW_SECONDS=${SLOW_SECONDS:-15}
"$bin" sandbox --port "$sandbox_port" --latency 1000 > "$work/sandbox.log" 2>&1 &
sp=$!
pids+=("$sp")
for _ in $(seq 50); do grep -q "Ctrl+C" "$work/sandbox.log" 2>/dev/null && break; sleep 0.1; done
rm -rf "$work/out"
timed "$work/t.txt" env CANARYDESK_CLIENT_SECRET=canarydesk-demo-secret CANARYDESK_CLIENT_SECRET_ORIGIN="http://127.0.0.1:$sandbox_port" "$bin" run "$work/sandbox.json" --rate 250 \
    --duration "${SLOW_SECONDS}s" --max-in-flight 400 --out "$work/out"
read -r cpu rss < "$work/t.txt"
s="$work/out/summary.json"
row "CanaryDesk 250/s vs 1 s latency" "$(jq -r '.metrics.http_reqs.values.rate | . * 10 | round / 10' "$s")" \
    "$(jq '.metrics.dropped_iterations.values.count' "$s")" "$(jq -r '.metrics.http_req_duration.values.med | round' "$s")" \
    "$(jq -r '.metrics.http_req_duration.values."p(95)" | round' "$s")" \
    "$(jq -r '.metrics.http_req_duration.values."p(99)" | round' "$s")" \
    "$(per1k "$cpu" "$(jq '.metrics.http_reqs.values.count' "$s")")" "$rss"
slow="slow target (1 s, 250/s, ${SLOW_SECONDS}s): CanaryDesk $(jq -r '"\(.metrics.http_reqs.values.rate * 10 | round / 10)/s, p95 \(.metrics.http_req_duration.values."p(95)" | round) ms, dropped \(.metrics.dropped_iterations.values.count)"' "$s")"
if [ -n "$k6" ] && [ -x "$k6" ]; then
    token=$(curl -s -d 'grant_type=client_credentials&client_id=auto_com_center_client&client_secret=canarydesk-demo-secret' \
        "http://127.0.0.1:$sandbox_port/oauth/token" | jq -r .access_token)
    read -r _ _ _ kp95 kdrop < <(k6run "k6 250/s vs 1 s latency" 250 "$SLOW_SECONDS" \
        "http://127.0.0.1:$sandbox_port/api/v1/notifications" "$token" 300 | tail -n1)
    slow+="; k6 $(jq -r '.metrics.http_reqs.rate * 10 | round / 10' "$work/k6-summary.json")/s, p95 ${kp95} ms, dropped $kdrop"
fi
kill "$sp" 2>/dev/null; wait "$sp" 2>/dev/null || true
ratios+=("$slow")

# The console: GUI event-loop lateness (5 ms heartbeat) idle and during a ${GUI_RATE:-2000}/s run against nginx.
stall=$(CANARYDESK_DATA_DIR="$work/gui-data" "$(realpath "$build/bench/gui_stall")" "$work/nginx.json" "${GUI_RATE:-2000}" "$DURATION" 2>/dev/null)
ratios+=("GUI stall at ${GUI_RATE:-2000}/s: $(jq -r '"p99 \(.run_p99_ms * 10 | round / 10) ms during the run (idle p99 \(.idle_p99_ms * 10 | round / 10) ms), max \(.run_max_ms | round) ms (the package is written at the end)"' <<<"$stall")")
# Evidence export of a synthetic 30-minute 250/s run, against reading the same file with gzip -dc | wc -l.
exp=$(CANARYDESK_DATA_DIR="$work/export-data" "$(realpath "$build/bench/export_bench")" "$(dirname "$0")/../resources/scenarios/auto_com_center_250rps_30min.json" 2>/dev/null)
ratios+=("export of 30 min at 250/s ($(jq -r .requests <<<"$exp") requests): $(jq -r '"\(.export_ms) ms = \(.export_ms / .zcat_wc_ms * 100 | round / 100) x gzip -dc | wc -l of the raw results (\(.zcat_wc_ms) ms); raw results \(.raw_results_bytes / 1048576 * 10 | round / 10) MB, package \(.package_bytes / 1048576 * 10 | round / 10) MB"' <<<"$exp")")

# HTTPS (HTTP/1.1), HTTP/2 and a stalled client: CanaryDesk and every k6 found, against the same nginx. The TLS
# connections each tool made are counted by nginx ($connection in its access log), not by the tool.
connections() { awk '{print $2}' "$1" | sort -u | wc -l; }
proto_scenario() { # proto_scenario PORT HTTP_VERSION > scenario
    jq --arg base "https://127.0.0.1:$1" --arg v "$2" --arg ca "$work/tls/cert.pem" \
        '.target.baseUrl = $base | .target.httpVersion = $v | .target.caBundle = $ca' "$work/nginx.json"
}
proto_scenario "$tls_port" 1.1 > "$work/tls.json"
proto_scenario "$h2_port" 2 > "$work/h2.json"
proto_rows() { # proto_rows NAME PORT SCENARIO LOG RATES
    local name=$1 port=$2 scenario=$3 log=$4 rates=$5 rate k cn cc kn kc
    for rate in $rates; do
        : > "$log"
        read -r cn cc < <(SCENARIO=$scenario canary "CanaryDesk $name $rate/s" "$rate" "$PROTO_SECONDS" | tail -n1)
        local line="$name at $rate/s: CanaryDesk $(connections "$log") connections"
        local p95; p95=$(jq -r '.metrics.http_req_duration.values."p(95)" | . * 1000 | round / 1000' "$work/out/summary.json")
        line+=", dropped $(jq '.metrics.dropped_iterations.values.count' "$work/out/summary.json"), p95 $p95 ms, CPU-s/1k $(per1k "$cc" "$cn")"
        for k in "${k6s[@]}"; do
            : > "$log"
            read -r kn kc _ kp95 kdrop < <(K6_BIN=$k k6run "$(k6name "$k") $name $rate/s" "$rate" "$PROTO_SECONDS" \
                "https://127.0.0.1:$port/api/v1/notifications" | tail -n1)
            line+="; $(k6name "$k") $(connections "$log") connections, dropped $kdrop, p95 $kp95 ms, CPU-s/1k $(per1k "$kc" "$kn")"
            line+=" (CanaryDesk/this k6 CPU $(awk -v a="$cc" -v b="$cn" -v c="$kc" -v d="$kn" 'BEGIN { printf "%.2f", (a / b) / (c / d) }') x)"
        done
        ratios+=("$line")
    done
}
proto_rows "HTTPS" "$tls_port" "$work/tls.json" "$work/tls.log" "$TLS_RATES"
proto_rows "HTTP/2" "$h2_port" "$work/h2.json" "$work/h2.log" "$H2_RATES"

# A stall: the load generator is stopped (SIGSTOP) 8 s into a 30-s run at 100/s for 10 s, then continued. What
# nginx received in any 100 ms after the resume is the burst the service would see (the plan: 10).
if [ "${STALL:-1}" = 1 ]; then
    stall_json=$(jq --arg base "http://127.0.0.1:$stall_port" '.target.baseUrl = $base' "$work/nginx.json")
    printf '%s\n' "$stall_json" > "$work/stall.json"
    # 100-ms buckets counted from the resume (small integers: mawk prints a key over 2^31 as 1.76507e+10).
    burst() { awk -v from="$1" '$1 >= from { b = int(($1 - from) * 10); n[b]++ } END { m = 0; for (b in n) if (n[b] > m) m = n[b]; print m }' "$work/stall.log"; }
    stalled() { # stalled CMD...: runs CMD in the background, stops it at 8 s for 10 s; prints the resume time
        "$@" > "$work/stall-out.txt" 2>&1 &
        local p=$!
        pids+=("$p")
        sleep 8; kill -STOP "$p"; sleep 10
        local resumed; resumed=$(date +%s.%N)
        kill -CONT "$p"; wait "$p" || true
        echo "$resumed"
    }
    : > "$work/stall.log"; rm -rf "$work/out"
    resumed=$(stalled "$bin" run "$work/stall.json" --rate 100 --duration 30s --out "$work/out")
    s="$work/out/summary.json"
    row "CanaryDesk 100/s, stopped 10 s at 0:08" "$(jq -r '.metrics.http_reqs.values.rate | . * 10 | round / 10' "$s")" \
        "$(jq '.metrics.dropped_iterations.values.count' "$s")" "$(jq -r '.metrics.http_req_duration.values.med | . * 1000 | round / 1000' "$s")" \
        "$(jq -r '.metrics.http_req_duration.values."p(95)" | . * 1000 | round / 1000' "$s")" \
        "$(jq -r '.metrics.http_req_duration.values."p(99)" | . * 1000 | round / 1000' "$s")" "-" "-"
    line="stall (100/s, SIGSTOP 10 s at 0:08): CanaryDesk sent $(jq '.metrics.http_reqs.values.count' "$s"), dropped $(jq '.metrics.dropped_iterations.values.count' "$s"), at most $(burst "$resumed") in any 100 ms after the resume"
    line+=" — finding: $(jq -r '[.findings[]?.title // empty] | map(select(test("paused|keep up"))) | first // "none"' "$work/out/diagnosis.json" 2>/dev/null || echo "-")"
    for k in "${k6s[@]}"; do
        : > "$work/stall.log"; rm -f "$work/k6-summary.json"
        resumed=$(stalled env RATE=100 SECONDS=30 URL="http://127.0.0.1:$stall_port/api/v1/notifications" BODY="$body" \
            VUS=20 MAXVUS=80 "$k" run -q --no-usage-report --summary-export "$work/k6-summary.json" "$work/k6.js")
        ks="$work/k6-summary.json"
        row "$(k6name "$k") 100/s, stopped 10 s at 0:08" "$(jq -r '.metrics.http_reqs.rate | . * 10 | round / 10' "$ks")" \
            "$(jq '.metrics.dropped_iterations.count // 0' "$ks")" "$(jq -r '.metrics.http_req_duration.med | . * 1000 | round / 1000' "$ks")" \
            "$(jq -r '.metrics.http_req_duration."p(95)" | . * 1000 | round / 1000' "$ks")" "-" "-" "-"
        line+="; $(k6name "$k") sent $(jq '.metrics.http_reqs.count' "$ks"), dropped $(jq '.metrics.dropped_iterations.count // 0' "$ks"), at most $(burst "$resumed") in any 100 ms after the resume"
    done
    ratios+=("$line (the plan: 10 per 100 ms)")
fi

if [ "${SOAK:-0}" = 1 ]; then
    # #32, long runs: the console on 72 h of virtual time, a 72-h k6 file imported, SOAK_MINUTES of real time.
    while IFS= read -r line; do ratios+=("$line"); done < <(bash "$(dirname "$0")/soak.sh" "$build" "${SOAK_MINUTES:-30}")
fi

echo
cat "$work/rows.txt"
echo
printf '%s\n' "${ratios[@]}"
