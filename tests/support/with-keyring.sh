#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (the real Secret Service),
# with HOME and the XDG folders in a fresh temp folder, so no test ever touches a real user's keyring.
# CANARYDESK_KEYRING_HOME tells the test where that folder is (to scan it for leaked secrets).
set -u
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "with-keyring: dbus-run-session and gnome-keyring-daemon are needed (run scripts/install-deps.sh)" >&2
    exit 2
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/canarydesk-keyring.XXXXXX")
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
export HOME="$tmp/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$tmp/run"
export CANARYDESK_KEYRING_HOME="$tmp"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
    printf "%s" "canarydesk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    # The daemon forks and its parent returns once the daemon is ready; ask the bus for its pid so it
    # can be stopped afterwards instead of outliving the test.
    pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
          org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
          awk "/uint32/ {print \$2}")
    "$@"
    status=$?
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    exit $status
' with-keyring "$@"
