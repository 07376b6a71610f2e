#!/usr/bin/env bash
# Builds the .deb with CPack, runs lintian on it (any error fails), unpacks it into a scratch root
# (dpkg -x), checks what it installs (manual page made from --help, the club file's MIME type,
# Depends from dpkg-shlibdeps) and runs the packaged `sabc --version`.
set -euo pipefail
build="$1"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; fail "cpack"; }
deb="$(ls "$scratch"/out/*.deb)"
echo "built $(basename "$deb")"
# lintian: errors fail the test; warnings and the rest are shown.
lintian --tag-display-limit 0 --display-info "$deb" >"$scratch/lintian.log" 2>&1 || true
cat "$scratch/lintian.log"
if grep -q '^E: ' "$scratch/lintian.log"; then
    fail "lintian reports errors"
fi
# Built with Debian's hardening flags (stack protector, fortify, BIND_NOW).
if grep -q 'hardening-no-' "$scratch/lintian.log"; then
    fail "sabc is built without some of Debian's hardening"
fi
grep -q . "$scratch/lintian.log" || echo "lintian: no tags"
# Depends: the libraries from dpkg-shlibdeps, the Qt plugins named by hand.
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for p in libc6 libstdc++6 libqt6core6 libqt6widgets6 libqt6keychain1 libpq5 libqrencode4 \
         libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins tzdata; do
    case ", $depends," in
        *", $p "*|*", $p,"*|*"| $p "*|*"| $p,"*) ;;
        *) fail "the package does not depend on $p" ;;
    esac
done
dpkg-deb -f "$deb" Homepage | grep -q '^https://' || fail "the package has no Homepage"
dpkg-deb -f "$deb" Version | grep -q -- '-[0-9]' || fail "the version has no Debian revision"
dpkg -x "$deb" "$scratch/root"
root="$scratch/root/usr"
for f in bin/sabc \
         share/applications/org.southaustinbassclub.sabc.desktop \
         share/metainfo/org.southaustinbassclub.sabc.metainfo.xml \
         share/icons/hicolor/scalable/apps/org.southaustinbassclub.sabc.svg \
         share/icons/hicolor/128x128/apps/org.southaustinbassclub.sabc.png \
         share/sabc/lakes.json share/sabc/paper-chart.csv \
         share/sabc/translations/sabc_es.qm \
         share/mime/packages/org.southaustinbassclub.sabc.xml \
         share/man/man1/sabc.1.gz share/doc/sabc/copyright share/doc/sabc/changelog.Debian.gz; do
    [ -e "$root/$f" ] || fail "the package lacks $f"
done
appstreamcli validate --no-net "$root/share/metainfo/org.southaustinbassclub.sabc.metainfo.xml" \
    || fail "AppStream metainfo does not validate"
# The manual page holds what sabc --help says, and man reads it without complaint.
help="$(env -u DISPLAY -u WAYLAND_DISPLAY -u LANGUAGE LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$scratch" "$root/bin/sabc" --help)"
manual="$(LANG=C LC_ALL=C MANWIDTH=100 man --warnings -l "$root/share/man/man1/sabc.1.gz" 2>"$scratch/man.err")"
[ -s "$scratch/man.err" ] && { cat "$scratch/man.err"; fail "man warns about sabc.1"; }
while IFS= read -r line; do
    [ -z "${line// }" ] && continue
    grep -qF -- "$(echo "$line" | sed 's/^ *//')" <<<"$manual" || fail "the manual page lacks: $line"
done <<<"$help"
# The club file's MIME type: a club file is application/x-sabc-club by its content, under any
# name; another SQLite file is not; the desktop file opens the club type.
grep -q '^MimeType=application/x-sabc-club;$' "$root/share/applications/org.southaustinbassclub.sabc.desktop" \
    || fail "the desktop file does not open application/x-sabc-club"
desktop-file-validate "$root/share/applications/org.southaustinbassclub.sabc.desktop" \
    || fail "the desktop file does not validate"
XDG_DATA_DIRS="$root/share:/usr/share" update-mime-database "$root/share/mime" || fail "update-mime-database refuses the MIME type"
env -u DISPLAY -u WAYLAND_DISPLAY HOME="$scratch" XDG_DATA_HOME="$scratch/data" \
    "$root/bin/sabc" demo --database "$scratch/club-file" >/dev/null || fail "sabc demo"
sqlite3 "$scratch/other-file" 'CREATE TABLE t (x)' || fail "sqlite3"
cp "$scratch/club-file" "$scratch/named.sabc"
mime() { XDG_DATA_DIRS="$root/share:/usr/share" XDG_DATA_HOME="$scratch/none" gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p'; }
[ "$(mime "$scratch/club-file")" = application/x-sabc-club ] || fail "a club file is $(mime "$scratch/club-file")"
[ "$(mime "$scratch/named.sabc")" = application/x-sabc-club ] || fail "a .sabc file is $(mime "$scratch/named.sabc")"
[ "$(mime "$scratch/other-file")" = application/vnd.sqlite3 ] || fail "another SQLite file is $(mime "$scratch/other-file")"
echo "MIME: club file application/x-sabc-club, other SQLite file application/vnd.sqlite3"
version="$(env -u DISPLAY -u WAYLAND_DISPLAY HOME="$scratch" "$root/bin/sabc" --version)"
echo "packaged sabc --version: $version"
upstream="$(dpkg-deb -f "$deb" Version)"
upstream="${upstream%-*}"
case "$version" in
    *"$upstream"*) ;;
    *) fail "sabc --version printed '$version'" ;;
esac
echo "package OK"
