#!/usr/bin/env bash
# Installs the Debian 12 packages CanaryDesk needs to build, test and bench.
# Idempotent: installs only what is missing, runs `apt-get update` only when a package is unknown
# to the local package lists, and says what it installs.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # Qt 6 (Widgets, Network, Sql, Concurrent, Test are in qt6-base-dev)
    qt6-base-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libqt6sql6-sqlite libgl-dev libqt6opengl6-dev
    # the desktop's colours (GNOME's dark scheme) for the console
    qt6-gtk-platformtheme
    # Qt's own words (Cancel, Yes, No) in the reader's language
    qt6-translations-l10n
    # secrets, crypto, archives
    qtkeychain-qt6-dev libsecret-1-0 libssl-dev libarchive-dev zlib1g-dev
    # HTTP/2 framing for the load engine
    libnghttp2-dev
    # tests
    libgtest-dev googletest xvfb xauth dbus dbus-x11 gnome-keyring fonts-dejavu-core
    # packaging checks and evidence inspection
    dpkg-dev file desktop-file-utils jq poppler-utils nodejs chromium
    # the generated k6-operator manifest is parsed as YAML by the tests
    python3-yaml
    # report.html's interactive charts (inlined at build time)
    libjs-dygraphs
    # fuzzing (libFuzzer is part of clang; its runtime is in libclang-rt)
    clang libclang-rt-14-dev
    # bench peers
    nginx-light wrk hey time
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Update the package lists only when one of the missing packages is unknown to them.
need_update=0
for p in "${missing[@]}"; do
    if ! apt-cache show "$p" >/dev/null 2>&1; then need_update=1; break; fi
done
if [ $need_update -eq 1 ]; then
    echo "install-deps: refreshing package lists (apt-get update)"
    $SUDO apt-get update -qq
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
