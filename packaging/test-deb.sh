#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a scratch root (dpkg -x), checks what it installs
# and runs the packaged `sabc --version`.
set -euo pipefail
build="$1"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; fail "cpack"; }
deb="$(ls "$scratch"/out/*.deb)"
echo "built $(basename "$deb")"
dpkg-deb -f "$deb" Depends | grep -q libqt6keychain1 || fail "the package does not depend on QtKeychain"
dpkg-deb -f "$deb" Depends | grep -q libqt6widgets6 || fail "the package does not depend on Qt 6"
dpkg -x "$deb" "$scratch/root"
root="$scratch/root/usr"
for f in bin/sabc \
         share/applications/org.southaustinbassclub.sabc.desktop \
         share/metainfo/org.southaustinbassclub.sabc.metainfo.xml \
         share/icons/hicolor/scalable/apps/org.southaustinbassclub.sabc.svg \
         share/icons/hicolor/128x128/apps/org.southaustinbassclub.sabc.png \
         share/sabc/lakes.json share/sabc/paper-chart.csv \
         share/sabc/translations/sabc_es.qm; do
    [ -e "$root/$f" ] || fail "the package lacks $f"
done
appstreamcli validate --no-net "$root/share/metainfo/org.southaustinbassclub.sabc.metainfo.xml" \
    || fail "AppStream metainfo does not validate"
version="$(env -u DISPLAY -u WAYLAND_DISPLAY HOME="$scratch" "$root/bin/sabc" --version)"
echo "packaged sabc --version: $version"
case "$version" in
    *"$(dpkg-deb -f "$deb" Version)"*) ;;
    *) fail "sabc --version printed '$version'" ;;
esac
echo "package OK"
