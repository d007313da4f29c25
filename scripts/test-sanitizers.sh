#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (a build of its own) and runs the
# whole test suite on it. Leak reports are off: Qt, fontconfig and D-Bus keep process-lifetime allocations.
#   scripts/test-sanitizers.sh [BUILD_DIR]
set -euo pipefail
build=$(realpath -m "${1:-build-asan}")
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCANARYDESK_SANITIZE=ON > "$build.configure.log" 2>&1 ||
    { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "$(nproc)"
cd "$build"
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --output-on-failure -j "$(nproc)" --timeout 600
