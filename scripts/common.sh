# Shared set-up for scripts/run and scripts/test: Debian packages, then a Release build in build/.
# Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${SABC_BUILD_DIR:-$ROOT/build}"
export CCACHE_BASEDIR="$ROOT"

RUN_PACKAGES="cmake g++ ninja-build ccache pkg-config tzdata qt6-base-dev libqt6sql6-sqlite libsqlite3-dev
  libqt6sql6-psql libpq-dev qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev libgl-dev qt6-translations-l10n libqrencode-dev qt6-serialport-dev"
TEST_PACKAGES="postgresql xvfb xauth gnome-keyring dbus dbus-x11 libsecret-tools
  python3-aiosmtpd openssl
  poppler-utils sqlite3 appstream dpkg-dev lintian desktop-file-utils shared-mime-info
  libglib2.0-bin man-db socat"

say() { printf '%s\n' "$*" >&2; }

# Installs whichever of the given Debian packages are missing.
ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "This is not a Debian or Ubuntu system. Install the equivalents of these packages, then run again:"
        say "  $(echo $*)"
        exit 1
    fi
    local missing=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            say "These packages are missing and I cannot become root to install them:"
            say " $missing"
            say "Install them (apt-get install$missing), then run again."
            exit 1
        fi
    fi
    say "Installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086
    if ! $sudo apt-get install -y -q $missing >/tmp/sabc-apt.log 2>&1; then
        $sudo apt-get update -q >>/tmp/sabc-apt.log 2>&1
        # shellcheck disable=SC2086
        $sudo apt-get install -y -q $missing >>/tmp/sabc-apt.log 2>&1 || {
            say "Installing packages failed; see /tmp/sabc-apt.log"
            tail -n 20 /tmp/sabc-apt.log >&2
            exit 1
        }
    fi
}

# Configures (first time) and builds; later runs only rebuild what changed.
build_all() {
    local werror="${SABC_WERROR:-ON}"
    if [ ! -f "$BUILD/build.ninja" ]; then
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DSABC_WERROR="$werror" >"$ROOT/build-configure.log" 2>&1 || {
            cat "$ROOT/build-configure.log" >&2
            say "Configuring the build failed."
            exit 1
        }
        rm -f "$ROOT/build-configure.log"
    fi
    cmake --build "$BUILD" -j "$(nproc)" "$@" || { say "The build failed."; exit 1; }
}
