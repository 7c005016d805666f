#!/usr/bin/env bash
# One leg of the CI matrix: the README's `make setup && make test` inside a Debian SUITE chroot
# (trixie: QGIS 3.40, Python 3.13; forky: QGIS 3.44, Python 3.14), as root, from this work tree.
#
#   scripts/ci/chroot_leg.sh SUITE
#
# Environment:
#   EST_CHROOT_ROOT   where the chroots live (default /var/tmp/est-chroots; the leg is ROOT/SUITE)
#   EST_CHROOT_REUSE  1 (default): keep a chroot that was bootstrapped before, skip debootstrap
#                     (the tree is still copied anew and `make setup` re-run, which is then fast);
#                     0: build it from nothing. CI=true always builds from nothing.
#   PYTEST_ARGS       what pytest runs (the Makefile's default: tests), e.g.
#                     PYTEST_ARGS=tests/qgis/test_walk_map.py or "tests/unit -k solar -x"
#   EST_MATRIX_OUT    logs and results (default /tmp/est-matrix): SUITE-{debootstrap,setup,test}.log,
#                     SUITE.summary (one line), SUITE-results.txt (full runs) or
#                     SUITE-subset-results.txt (runs with PYTEST_ARGS)
#   EST_DEBIAN_MIRROR default http://deb.debian.org/debian
#
# Exit code: pytest's (through make test; 128+N when the interpreter died of signal N);
# a failing harness step (debootstrap, make setup, copying) exits non-zero with its own message.
# Every mount this script makes is undone on any exit (also on failure and Ctrl-C).
set -euo pipefail

SUITE=${1:?usage: $0 SUITE   (e.g. trixie, forky)}
MIRROR=${EST_DEBIAN_MIRROR:-http://deb.debian.org/debian}
CHROOT_ROOT=${EST_CHROOT_ROOT:-/var/tmp/est-chroots}
CHROOT=$CHROOT_ROOT/$SUITE
OUT=${EST_MATRIX_OUT:-/tmp/est-matrix}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SHARED=$(dirname "$REPO")/shared
MARKER=$CHROOT/.est-bootstrapped
REUSE=${EST_CHROOT_REUSE:-1}
if [ "${CI:-}" = true ]; then
    REUSE=0
fi
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

case $SUITE in
    */* | .* | "") echo "chroot_leg: bad suite name '$SUITE'" >&2; exit 2 ;;
esac
if [ "$(id -u)" != 0 ]; then
    echo "chroot_leg: needs root (debootstrap, mount, chroot)" >&2
    exit 2
fi

START=$(date +%s)
PHASE_START=$START
log() { echo "[leg $SUITE $(( $(date +%s) - START ))s] $*"; }
phase_begin() { PHASE_START=$(date +%s); log "$1 ..."; }
phase_end() { local s=$(( $(date +%s) - PHASE_START )); log "$1: ${s}s"; TIMES+=("$1=${s}s"); }
TIMES=()

mkdir -p "$CHROOT_ROOT" "$OUT"
SUMMARY=$OUT/$SUITE.summary
rm -f "$SUMMARY"

# ---- mounts, and their undoing on every exit ---------------------------------------------------
MOUNTED=()

mounts_under() {  # every mount point at or below $1, deepest first
    findmnt -rn -o TARGET | awk -v p="$1" '$0 == p || index($0, p "/") == 1' | sort -r
}

kill_chroot_processes() {  # processes this leg started whose root is the chroot (none should be left)
    local pid root pids=()
    for pid in /proc/[0-9]*; do
        root=$(readlink "$pid/root" 2>/dev/null) || continue
        if [ "$root" = "$CHROOT" ]; then
            pids+=("${pid#/proc/}")
        fi
    done
    if [ ${#pids[@]} -gt 0 ]; then
        log "ending processes left in the chroot: ${pids[*]}"
        kill -TERM "${pids[@]}" 2>/dev/null || true
        sleep 2
        kill -KILL "${pids[@]}" 2>/dev/null || true
    fi
}

unmount_all() {  # what we mounted, in reverse order; then anything a killed debootstrap left
    local i target
    for (( i=${#MOUNTED[@]}-1; i>=0; i-- )); do
        target=${MOUNTED[i]}
        if mountpoint -q "$target"; then
            umount "$target" 2>/dev/null || umount -l "$target" || echo "chroot_leg: cannot unmount $target" >&2
        fi
    done
    MOUNTED=()
    if [ -d "$CHROOT" ]; then
        for target in $(mounts_under "$CHROOT"); do
            umount "$target" 2>/dev/null || umount -l "$target" || echo "chroot_leg: cannot unmount $target" >&2
        done
    fi
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM HUP
    if [ -d "$CHROOT" ]; then
        kill_chroot_processes
    fi
    unmount_all
    if [ -d "$CHROOT" ] && [ -n "$(mounts_under "$CHROOT")" ]; then
        echo "chroot_leg: still mounted under $CHROOT:" >&2
        mounts_under "$CHROOT" >&2
    fi
    if [ ! -s "$SUMMARY" ]; then
        printf '%-7s %-10s %-60s %5ss  (harness failed, exit %s)\n' "$SUITE" "QGIS ?" "-" \
            "$(( $(date +%s) - START ))" "$rc" >"$SUMMARY"
    fi
    log "done, exit $rc (${TIMES[*]:-})"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

bind() {  # bind SOURCE onto the chroot's same path
    local target=$CHROOT$1
    mkdir -p "$target"
    mount --bind "$1" "$target"
    MOUNTED+=("$target")
}

mount_all() {
    mkdir -p "$CHROOT/proc"
    mount -t proc proc "$CHROOT/proc"
    MOUNTED+=("$CHROOT/proc")
    # /sys read-only: not needed by apt or pip, but Qt, joblib/loky (cgroup limits) and
    # numpy's threading libraries look there for the machine they run on.
    mkdir -p "$CHROOT/sys"
    mount -t sysfs -o ro sysfs "$CHROOT/sys"
    MOUNTED+=("$CHROOT/sys")
    bind /dev
    bind /dev/pts
    bind /dev/shm
}

# ---- one run of a leg at a time (the mounts and /src are shared by all runs of it) --------------
exec 9>"$CHROOT_ROOT/.$SUITE.lock"
if ! flock -n 9; then
    log "another run of this leg holds $CHROOT_ROOT/.$SUITE.lock; waiting for it"
    flock 9
fi

# ---- the chroot -------------------------------------------------------------------------------
remove_chroot() {
    [ -e "$CHROOT" ] || return 0
    log "removing the old chroot $CHROOT"
    kill_chroot_processes
    unmount_all
    if [ -n "$(mounts_under "$CHROOT")" ]; then
        echo "chroot_leg: refusing to remove $CHROOT, still mounted:" >&2
        mounts_under "$CHROOT" >&2
        exit 2
    fi
    # --one-file-system: never walk into a mount (e.g. a bind of the host's /dev) if one appeared.
    rm -rf --one-file-system "$CHROOT"
}

if ! command -v debootstrap >/dev/null; then
    phase_begin "installing debootstrap on the host"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
    phase_end "host-debootstrap"
fi

if [ "$REUSE" = 1 ] && [ -e "$MARKER" ]; then
    log "reusing the chroot $CHROOT (bootstrapped $(cat "$MARKER")); EST_CHROOT_REUSE=0 builds it anew"
else
    remove_chroot
    # A suite newer than the host's debootstrap (forky on bookworm) uses the sid script: they are
    # the same for every current Debian release.
    SCRIPT=/usr/share/debootstrap/scripts/$SUITE
    [ -e "$SCRIPT" ] || SCRIPT=/usr/share/debootstrap/scripts/sid
    phase_begin "debootstrap $SUITE from $MIRROR (log: $OUT/$SUITE-debootstrap.log)"
    mkdir -p "$CHROOT"
    # make: the README's commands start with make. The keyring of the host (bookworm's
    # debian-archive-keyring has the trixie keys, which also sign forky) checks the Release file.
    if ! debootstrap --variant=minbase --include=make,ca-certificates \
            "$SUITE" "$CHROOT" "$MIRROR" "$SCRIPT" >"$OUT/$SUITE-debootstrap.log" 2>&1; then
        tail -n 30 "$OUT/$SUITE-debootstrap.log" >&2
        echo "chroot_leg: debootstrap failed (log: $OUT/$SUITE-debootstrap.log)" >&2
        exit 2
    fi
    # No services start inside the chroot while packages are installed.
    printf '#!/bin/sh\nexit 101\n' >"$CHROOT/usr/sbin/policy-rc.d"
    chmod 755 "$CHROOT/usr/sbin/policy-rc.d"
    phase_end "debootstrap"
fi

# ---- the host's network set-up: name server, CA certificates, pip configuration ----------------
install -D -m 644 /etc/resolv.conf "$CHROOT/etc/resolv.conf"
install -D -m 644 /etc/ssl/certs/ca-certificates.crt "$CHROOT/etc/ssl/certs/ca-certificates.crt"
# The host's own CAs too, so that the bundle keeps them when a package inside runs
# update-ca-certificates (the copied bundle alone would be rebuilt without them).
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$CHROOT/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$CHROOT/usr/local/share/ca-certificates/"
fi
if [ -e /etc/pip.conf ]; then
    install -m 644 /etc/pip.conf "$CHROOT/etc/pip.conf"
fi
# /etc/xdg/pip caps torch and torchvision at the releases whose cp311 wheels lie on the host.
# A constraint only acts when that package is being installed, and nothing in the EST set-up
# installs either, so it breaks nothing under the chroot's Python 3.13/3.14 (checked: pip install
# -r requirements-dev.txt passes with it in both legs); it is copied as it is. The wheel folder
# itself (PIP_FIND_LINKS) is an environment variable of the host and does not reach the chroot.
rm -rf "$CHROOT/etc/xdg/pip"
if [ -d /etc/xdg/pip ]; then
    mkdir -p "$CHROOT/etc/xdg"
    cp -r /etc/xdg/pip "$CHROOT/etc/xdg/pip"
fi

# ---- the work tree (and ../shared) into /src ---------------------------------------------------
phase_begin "copying $REPO to /src/main"
mkdir -p "$CHROOT/src/main"
# Keep the chroot's own .venv (so a reused chroot's make setup is fast); everything else anew.
find "$CHROOT/src/main" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +
tar -C "$REPO" -cf - \
    --exclude=./.venv --exclude=./out --exclude=./dist \
    --exclude=__pycache__ --exclude=.pytest_cache --exclude='*.qm' . \
    | tar -C "$CHROOT/src/main" -xf -
rm -rf "$CHROOT/src/shared"
if [ -d "$SHARED" ]; then
    mkdir -p "$CHROOT/src/shared"
    tar -C "$SHARED" -cf - . | tar -C "$CHROOT/src/shared" -xf -
    log "copied $SHARED to /src/shared"
else
    log "no $SHARED: the realdata tests skip"
fi
phase_end "copy"

# ---- inside: make setup, versions, make test ----------------------------------------------------
mount_all

in_chroot() {  # a clean environment: HOME, LANG, PATH, CI (+ PYTEST_ARGS when given)
    local envs=(HOME=/root LANG=C.UTF-8 PATH=$CHROOT_PATH CI="${CI:-}"
                DEBIAN_FRONTEND=noninteractive PYTHONFAULTHANDLER=1)
    if [ -n "${PYTEST_ARGS:-}" ]; then
        envs+=(PYTEST_ARGS="$PYTEST_ARGS")
    fi
    chroot "$CHROOT" /usr/bin/env -i "${envs[@]}" /bin/bash -c "$1" 9>&-
}

SETUP_LOG=$OUT/$SUITE-setup.log
phase_begin "make setup (log: $SETUP_LOG)"
if ! in_chroot 'cd /src/main && make setup' >"$SETUP_LOG" 2>&1; then
    tail -n 40 "$SETUP_LOG" >&2
    echo "chroot_leg: make setup failed in $SUITE (log: $SETUP_LOG)" >&2
    exit 2
fi
phase_end "setup"
if [ ! -e "$MARKER" ]; then
    date -u +%Y-%m-%dT%H:%M:%SZ >"$MARKER"
fi

cat >"$CHROOT/tmp/est_versions.py" <<'EOF'
import importlib, platform
print(f"Python     {platform.python_version()}")
def show(name, module, attr="__version__"):
    try:
        value = importlib.import_module(module)
        for part in attr.split("."):
            value = getattr(value, part)
        print(f"{name:<10} {value}")
    except Exception as exc:
        print(f"{name:<10} not importable: {exc!r}")
show("QGIS", "qgis.core", "Qgis.QGIS_VERSION")
show("Qt", "qgis.PyQt.QtCore", "QT_VERSION_STR")
for name, module in [("numpy", "numpy"), ("pandas", "pandas"), ("scipy", "scipy"),
                     ("shapely", "shapely"), ("geopandas", "geopandas"),
                     ("GDAL", "osgeo.gdal"), ("pyproj", "pyproj")]:
    show(name, module)
show("PROJ", "pyproj", "proj_version_str")
EOF
VERSIONS=$(in_chroot 'cd /src/main && QT_QPA_PLATFORM=offscreen /usr/bin/python3 /tmp/est_versions.py 2>&1' || true)
QGIS_VERSION=$(printf '%s\n' "$VERSIONS" | awk '$1 == "QGIS" && NF == 2 {print $2}')
printf '%s\n' "$VERSIONS" | sed "s/^/[leg $SUITE] /"

TEST_LOG=$OUT/$SUITE-test.log
phase_begin "make test ${PYTEST_ARGS:+PYTEST_ARGS=$PYTEST_ARGS} (log: $TEST_LOG)"
set +e
in_chroot 'cd /src/main && make test' 2>&1 | tee "$TEST_LOG"
MAKE_RC=${PIPESTATUS[0]}
set -e
phase_end "test"

# make exits 2 for any failed recipe: the test's own code is in make's closing error line
# ("Error 1", or "Segmentation fault" / "Aborted" etc. when the interpreter died of a signal).
TEST_RC=$MAKE_RC
if [ "$MAKE_RC" != 0 ]; then
    ERR_LINE=$(grep -E '^make(\[[0-9]+\])?: \*\*\* \[.*test\]' "$TEST_LOG" | tail -n 1 || true)
    if [[ $ERR_LINE =~ Error\ ([0-9]+) ]]; then
        TEST_RC=${BASH_REMATCH[1]}
    elif [[ $ERR_LINE =~ Segmentation\ fault ]]; then
        TEST_RC=139
    elif [[ $ERR_LINE =~ Aborted ]]; then
        TEST_RC=134
    elif [[ $ERR_LINE =~ Killed ]]; then
        TEST_RC=137
    elif [[ $ERR_LINE =~ Bus\ error ]]; then
        TEST_RC=135
    fi
fi

CLOSING=$(grep -E '^=+ .* in [0-9.]+s.* =+$' "$TEST_LOG" | tail -n 1 || true)
CRASH=$(grep -n -m 1 -E '^Fatal Python error' "$TEST_LOG" || true)
if [ -z "$CLOSING" ]; then
    if [ -n "$CRASH" ]; then
        CLOSING="CRASHED: ${CRASH#*:}"
    else
        CLOSING="no pytest closing line"
    fi
fi
TOTAL=$(( $(date +%s) - START ))
printf '%-7s %-10s %-60s %5ss  (exit %s)\n' "$SUITE" "QGIS ${QGIS_VERSION:-?}" "$CLOSING" "$TOTAL" \
    "$TEST_RC" >"$SUMMARY"

if [ -n "${PYTEST_ARGS:-}" ]; then
    RESULTS=$OUT/$SUITE-subset-results.txt
else
    RESULTS=$OUT/$SUITE-results.txt
fi
{
    echo "# EST test leg $SUITE: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "tree:        $REPO at $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')" \
         "($(git -C "$REPO" status --porcelain 2>/dev/null | wc -l) changed files)"
    echo "pytest args: ${PYTEST_ARGS:-tests, the default of make test}"
    echo "exit:        $TEST_RC"
    echo "times:       ${TIMES[*]} total=${TOTAL}s"
    echo "closing:     $CLOSING"
    echo "log:         $TEST_LOG"
    echo
    echo "## versions"
    printf '%s\n' "$VERSIONS"
    echo
    echo "## pytest -ra summary"
    sed -n '/short test summary info/,$p' "$TEST_LOG"
    if [ -n "$CRASH" ]; then
        echo
        echo "## the interpreter crashed: faulthandler's report (and the test running then)"
        grep -E '^tests/.*::' "$TEST_LOG" | tail -n 3 || true
        sed -n "$(( ${CRASH%%:*} > 5 ? ${CRASH%%:*} - 5 : 1 )),\$p" "$TEST_LOG" | head -n 200
    fi
} >"$RESULTS"
log "summary: $(cat "$SUMMARY")"
log "results: $RESULTS"
exit "$TEST_RC"
