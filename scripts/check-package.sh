#!/usr/bin/env bash
# Builds the .deb with CPack, checks what it contains, installs it (as root: for real, with apt
# resolving its dependencies; otherwise by unpacking) and starts the installed binary.
set -euo pipefail
build=${1:-build}
cd "$build"
cpack -G DEB >/dev/null
deb=$(ls -t canarydesk_*_amd64.deb | head -n1)
echo "package: built $deb ($(du -h "$deb" | cut -f1))"

contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/canarydesk ./usr/share/applications/io.canarydesk.CanaryDesk.desktop \
         ./usr/share/metainfo/io.canarydesk.CanaryDesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.canarydesk.CanaryDesk.svg \
         ./usr/share/canarydesk/scenarios/auto_com_center_250rps_30min.json; do
    grep -q " $f\$" <<<"$contents" || { echo "package: $deb lacks $f" >&2; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q "libqt6widgets6" <<<"$depends" || { echo "package: Depends misses Qt libraries: $depends" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null; then
    tmp=$(mktemp -d); dpkg-deb -x "$deb" "$tmp"
    desktop-file-validate "$tmp/usr/share/applications/io.canarydesk.CanaryDesk.desktop"
    rm -rf "$tmp"
fi

if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
    version=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/canarydesk --version)
    dpkg -r canarydesk >/dev/null
else
    tmp=$(mktemp -d); dpkg-deb -x "$deb" "$tmp"
    version=$(env -u DISPLAY -u WAYLAND_DISPLAY "$tmp/usr/bin/canarydesk" --version)
    rm -rf "$tmp"
fi
[ "$version" = "canarydesk $(dpkg-deb -f "$deb" Version)" ] || { echo "package: installed binary says '$version'" >&2; exit 1; }
echo "package: installed and started: $version"
