#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (fuzz/, a build of its own) and runs each for a bounded time on
# a copy of its seed corpus in fuzz/corpus/<name>. A crash stops the run with the input that caused it
# (make it a regression test: put it in the corpus and fix the bug).   scripts/fuzz.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
seconds=${1:-${FUZZ_SECONDS:-30}}
build=$(realpath -m "${2:-build-fuzz}")
root=$(cd "$(dirname "$0")/.." && pwd)
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCANARYDESK_FUZZ=ON -DCANARYDESK_BUILD_TESTS=OFF > "$build.configure.log" 2>&1 ||
    { cat "$build.configure.log"; exit 1; }
cmake --build "$build" --target fuzzers
work=$(mktemp -d "${TMPDIR:-/tmp}/canarydesk-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for corpus in "$root"/fuzz/corpus/*/; do
    name=$(basename "$corpus")
    mkdir -p "$work/$name"
    cp "$corpus"* "$work/$name/"
    echo "fuzz: $name for ${seconds}s"
    if ! (cd "$work" && "$build/fuzz/$name" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -artifact_prefix="$work/$name-" "$work/$name" > "$work/$name.log" 2>&1); then
        # The stack and the input itself go to the log: CI's checkout and this temporary folder are gone after.
        echo "fuzz: $name found a crash:"
        grep -v '^#[0-9]* *\(NEW\|REDUCE\|pulse\|INITED\|RELOAD\)' "$work/$name.log" | tail -n 60
        for artifact in "$work/$name-"*; do
            [ -f "$artifact" ] || continue
            echo "fuzz: the input, base64 (base64 -d > fuzz/corpus/$name/regression-NAME):"
            base64 -w 0 "$artifact" | head -c 200000
            echo
            cp "$artifact" "$root/" 2>/dev/null || true
        done
        exit 1
    fi
    tail -n 3 "$work/$name.log"
done
echo "fuzz: every harness ran ${seconds}s without a crash"
