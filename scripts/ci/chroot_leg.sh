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
#   EST_MATRIX_OUT    logs and results (default /tmp/est-matrix): SUITE-{debootstrap,setup}.log,
#                     SUITE.summary (one line; or EST_SUMMARY_FILE), SUITE-test.log and SUITE-results.txt (full runs:
#                     pytest's -ra summary, versions, faulthandler's report of a crash), or
#                     SUITE-subset-test.log and SUITE-subset-results.txt (runs with PYTEST_ARGS)
#   EST_DEBIAN_MIRROR default http://deb.debian.org/debian
#
# Exit code: pytest's (through make test; 128+N when the interpreter died of signal N);
# a failing harness step (debootstrap, make setup, copying) exits non-zero with its own message.
# Every mount this script makes is undone on any exit (also on failure and Ctrl-C).
set -euo pipefail
# The whole script is one compound command, read before it runs: editing this file while a leg
# runs does not change that run.
{
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
# One line: leg, QGIS version, pytest's closing line, seconds, exit code (make test-matrix prints it).
if [ -n "${EST_SUMMARY_FILE:-}" ]; then
    SUMMARY=$EST_SUMMARY_FILE
elif [ -n "${PYTEST_ARGS:-}" ]; then
    SUMMARY=$OUT/$SUITE-subset.summary
else
    SUMMARY=$OUT/$SUITE.summary
fi
rm -f "$SUMMARY"

# ---- mounts, and their undoing on every exit ---------------------------------------------------
MOUNTED=()

mounts_under() {  # every mount point at or below $1, deepest first
    findmnt -rn -o TARGET | awk -v p="$1" '$0 == p || index($0, p "/") == 1' | sort -r
}

chroot_processes() {  # PIDs whose root is the chroot; with an argument, only those of this run
    local pid root
    for pid in /proc/[0-9]*; do
        root=$(readlink "$pid/root" 2>/dev/null) || continue
        [ "$root" = "$CHROOT" ] || continue
        if [ -z "${1:-}" ] || grep -qxz "EST_LEG_RUN=$1" "$pid/environ" 2>/dev/null; then
            echo "${pid#/proc/}"
        fi
    done
}

kill_chroot_processes() {  # what this run started in the chroot and left running (tests' children)
    local pids
    pids=$(chroot_processes "$RUN_ID" | tr '\n' ' ')
    if [ -n "${pids// /}" ]; then
        log "ending processes this run left in the chroot: $pids"
        # shellcheck disable=SC2086
        kill -TERM $pids 2>/dev/null || true
        sleep 2
        # shellcheck disable=SC2086
        kill -KILL $pids 2>/dev/null || true
    fi
}

unmount_one() {
    mountpoint -q "$1" || return 0
    umount "$1" 2>/dev/null || umount -l "$1" || echo "chroot_leg: cannot unmount $1" >&2
}

unmount_all() {  # what this run mounted, in reverse order; and what a debootstrap killed midway left
    local i target
    for (( i=${#MOUNTED[@]}-1; i>=0; i-- )); do
        unmount_one "${MOUNTED[i]}"
    done
    MOUNTED=()
    if [ "$IN_DEBOOTSTRAP" = 1 ] && [ -d "$CHROOT" ]; then
        for target in $(mounts_under "$CHROOT"); do
            unmount_one "$target"
        done
    fi
}

stale_mounts() {  # mounts found under the chroot before this run mounted anything
    local busy
    [ -d "$CHROOT" ] && [ -n "$(mounts_under "$CHROOT")" ] || return 0
    busy=$(chroot_processes | tr '\n' ' ')
    if [ -n "${busy// /}" ]; then
        echo "chroot_leg: $CHROOT is in use outside this script (processes $busy) and mounted:" >&2
        mounts_under "$CHROOT" >&2
        echo "chroot_leg: leaving it alone; end those processes (and their mounts) first" >&2
        exit 2
    fi
    log "unmounting what an earlier run that was killed left mounted: $(mounts_under "$CHROOT" | tr '\n' ' ')"
    for target in $(mounts_under "$CHROOT"); do
        unmount_one "$target"
    done
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM HUP
    if [ -d "$CHROOT" ]; then
        kill_chroot_processes
    fi
    unmount_all
    if [ "${#CHECK_MOUNTS[@]}" -gt 0 ]; then
        for target in "${CHECK_MOUNTS[@]}"; do
            if findmnt -rn --mountpoint "$target" >/dev/null; then
                echo "chroot_leg: still mounted: $target" >&2
            fi
        done
    fi
    if [ ! -s "$SUMMARY" ]; then
        printf '%-7s %-10s %-60s %5ss  (harness failed, exit %s)\n' "$SUITE" "QGIS ?" "-" \
            "$(( $(date +%s) - START ))" "$rc" >"$SUMMARY"
    fi
    log "done, exit $rc (${TIMES[*]:-})"
    exit "$rc"
}
RUN_ID=$$-$START
IN_DEBOOTSTRAP=0
CHECK_MOUNTS=()
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

bind() {  # bind SOURCE onto the chroot's same path
    local target=$CHROOT$1
    mkdir -p "$target"
    mount --bind "$1" "$target"
    MOUNTED+=("$target")
    CHECK_MOUNTS+=("$target")
}

mount_all() {
    mkdir -p "$CHROOT/proc"
    mount -t proc proc "$CHROOT/proc"
    MOUNTED+=("$CHROOT/proc")
    CHECK_MOUNTS+=("$CHROOT/proc")
    # /sys read-only: not needed by apt or pip, but Qt, joblib/loky (cgroup limits) and
    # numpy's threading libraries look there for the machine they run on.
    mkdir -p "$CHROOT/sys"
    mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$CHROOT/sys"
    MOUNTED+=("$CHROOT/sys")
    CHECK_MOUNTS+=("$CHROOT/sys")
    bind /dev
    bind /dev/pts
    bind /dev/shm
}

# ---- one run of a leg at a time (the mounts and /src are shared by all runs of it) --------------
exec 9>"$CHROOT_ROOT/.$SUITE.lock"
if ! flock -n 9; then
    log "another run of this leg holds $CHROOT_ROOT/.$SUITE.lock; waiting for it"
    flock 9
    log "waited $(( $(date +%s) - START ))s for the lock"
    START=$(date +%s)  # the leg's own seconds from here
fi
stale_mounts

# ---- the chroot -------------------------------------------------------------------------------
remove_chroot() {
    [ -e "$CHROOT" ] || return 0
    log "removing the old chroot $CHROOT"
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
    IN_DEBOOTSTRAP=1
    # make: the README's commands start with make. The keyring of the host (bookworm's
    # debian-archive-keyring has the trixie keys, which also sign forky) checks the Release file.
    if ! debootstrap --variant=minbase --include=make,ca-certificates \
            "$SUITE" "$CHROOT" "$MIRROR" "$SCRIPT" >"$OUT/$SUITE-debootstrap.log" 2>&1; then
        tail -n 30 "$OUT/$SUITE-debootstrap.log" >&2
        echo "chroot_leg: debootstrap failed (log: $OUT/$SUITE-debootstrap.log)" >&2
        exit 2
    fi
    IN_DEBOOTSTRAP=0
    # No services start inside the chroot while packages are installed.
    printf '#!/bin/sh\nexit 101\n' >"$CHROOT/usr/sbin/policy-rc.d"
    chmod 755 "$CHROOT/usr/sbin/policy-rc.d"
    date -u +%Y-%m-%dT%H:%M:%SZ >"$MARKER"
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
# The host's apt may accept Release files past their Valid-Until date or dated in the future (its
# mirror can be a frozen snapshot, its clock not the mirror's): forky's (testing's) Release
# carries a Valid-Until and is refused otherwise. The same settings go into the chroot.
apt-config dump | grep -E '^Acquire::Check-(Valid-Until|Date) ' >"$CHROOT/etc/apt/apt.conf.d/99est-host" || true
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
    # EST_LEG_RUN marks this run's processes, so that only those are ended at its exit.
    local envs=(HOME=/root LANG=C.UTF-8 PATH=$CHROOT_PATH CI="${CI:-}"
                DEBIAN_FRONTEND=noninteractive PYTHONFAULTHANDLER=1 EST_LEG_RUN="$RUN_ID")
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
# Debian's own package versions too (its shapely 2.x says it is "0+unknown" in forky).
VERSIONS+=$'\n'"Debian packages: $(in_chroot "dpkg-query -W -f '\${Package}=\${Version} ' qgis python3-qgis \
    python3-numpy python3-pandas python3-scipy python3-shapely python3-geopandas python3-gdal python3-pyproj \
    python3-pyqt5" 2>&1 || true)"
QGIS_VERSION=$(printf '%s\n' "$VERSIONS" | awk '$1 == "QGIS" && NF == 2 {print $2}')
printf '%s\n' "$VERSIONS" | sed "s/^/[leg $SUITE] /"

# make exits 2 for any failed recipe: the test's own code is in make's closing error line
# ("Error 1", or "Segmentation fault" / "Aborted" etc. when the interpreter died of a signal).
test_exit_code() {  # LOG MAKE_RC
    local line rc=$2
    [ "$rc" = 0 ] && { echo 0; return; }
    line=$(grep -E '^make(\[[0-9]+\])?: \*\*\* \[.*test\]' "$1" | tail -n 1 || true)
    case $line in
        *"Error "[0-9]*) rc=${line##*Error } ;;
        *Segmentation\ fault*) rc=139 ;;
        *Aborted*) rc=134 ;;
        *Killed*) rc=137 ;;
        *Bus\ error*) rc=135 ;;
        *Floating\ point*) rc=136 ;;
    esac
    echo "$rc"
}

crashed_file() {  # LOG: the test file pytest was in when the interpreter died ("" if it did not)
    awk 'match($0, /^tests\/[^ ]+\.py /) { file = substr($0, 1, RLENGTH - 1) }
         /Fatal Python error/ { print file; found = 1; exit }
         END { if (!found) exit 1 }' "$1" || true
}

closing_line() {  # LOG: pytest's closing line, or what stood in its place
    local closing fatal
    closing=$(grep -E '^=+ .* in [0-9.]+s.* =+$' "$1" | tail -n 1 || true)
    if [ -n "$closing" ]; then
        echo "$closing"
    elif fatal=$(grep -m 1 -o 'Fatal Python error: .*' "$1"); then
        echo "CRASHED (${fatal#Fatal Python error: }) in $(crashed_file "$1")"
    else
        echo "no pytest closing line"
    fi
}

run_make_test() {  # LOG [PYTEST_ARGS]: make test in the chroot, teed to LOG; echoes pytest's code
    local rc
    set +e
    if [ -n "${2:-}" ]; then
        PYTEST_ARGS=$2 in_chroot 'cd /src/main && make test' 2>&1 | tee "$1" >&3
    else
        in_chroot 'cd /src/main && make test' 2>&1 | tee "$1" >&3
    fi
    rc=${PIPESTATUS[0]}
    set -e
    test_exit_code "$1" "$rc"
}

exec 3>&1  # the test output goes to the console also from inside $(...)
# A run of a subset (PYTEST_ARGS) keeps its own log and results, so it never hides the full run's.
if [ -n "${PYTEST_ARGS:-}" ]; then
    RUN_NAME=$SUITE-subset
else
    RUN_NAME=$SUITE
fi
TEST_LOG=$OUT/$RUN_NAME-test.log
phase_begin "make test ${PYTEST_ARGS:+PYTEST_ARGS=$PYTEST_ARGS} (log: $TEST_LOG)"
TEST_RC=$(run_make_test "$TEST_LOG" "${PYTEST_ARGS:-}")
CLOSING=$(closing_line "$TEST_LOG")
phase_end "test"

# A crash ends pytest at the first test that dies and hides everything after it. In a full run the
# leg then runs the rest of the suite without the test files that crashed (up to 3 times), so the
# other failures are known too; the leg's exit code stays the crash's.
REST_LOGS=()
IGNORED=()
if [ -z "${PYTEST_ARGS:-}" ]; then
    last_log=$TEST_LOG
    while [ ${#REST_LOGS[@]} -lt 3 ]; do
        file=$(crashed_file "$last_log")
        [ -n "$file" ] || break
        IGNORED+=("--ignore=$file")
        last_log=$OUT/$RUN_NAME-test-rest-$(( ${#REST_LOGS[@]} + 1 )).log
        REST_LOGS+=("$last_log")
        phase_begin "the interpreter crashed in $file: the rest of the suite without ${IGNORED[*]#--ignore=} (log: $last_log)"
        rest_rc=$(run_make_test "$last_log" "tests ${IGNORED[*]}")
        phase_end "test-rest-${#REST_LOGS[@]}"
        CLOSING="$CLOSING; without ${file}: $(closing_line "$last_log") (exit $rest_rc)"
    done
fi

TOTAL=$(( $(date +%s) - START ))
printf '%-7s %-10s %-60s %5ss  (exit %s)\n' "$SUITE" "QGIS ${QGIS_VERSION:-?}" "$CLOSING" "$TOTAL" \
    "$TEST_RC" >"$SUMMARY"

RESULTS=$OUT/$RUN_NAME-results.txt
report_log() {  # LOG: pytest's -ra summary, and faulthandler's report when the interpreter died
    local n
    echo "## pytest -ra summary ($1)"
    sed -n '/short test summary info/,$p' "$1"
    n=$(grep -n -m 1 'Fatal Python error' "$1" | cut -d: -f1 || true)
    if [ -n "$n" ]; then
        echo
        echo "## the interpreter crashed in $(crashed_file "$1"): faulthandler's report"
        # Up to the list of extension modules, pytest's and pluggy's own frames counted, not shown.
        sed -n "${n},\$p" "$1" | awk '
            /^Extension modules:/ { exit }
            /site-packages\/(_pytest|pluggy)\// { skipped++; next }
            skipped { print "  (" skipped " frames of pytest and pluggy)"; skipped = 0 }
            { print }
            END { if (skipped) print "  (" skipped " frames of pytest and pluggy)" }' | head -n 200
    fi
}
{
    echo "# EST test leg $SUITE: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "tree:        $REPO at $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
         "($(git -C "$REPO" status --porcelain 2>/dev/null | wc -l) changed files, copied as they were)"
    echo "pytest args: ${PYTEST_ARGS:-tests, the default of make test}"
    echo "exit:        $TEST_RC"
    echo "times:       ${TIMES[*]} total=${TOTAL}s"
    echo "closing:     $CLOSING"
    echo "logs:        $TEST_LOG ${REST_LOGS[*]}"
    echo
    echo "## versions"
    printf '%s\n' "$VERSIONS"
    echo
    report_log "$TEST_LOG"
    for rest in "${REST_LOGS[@]}"; do
        echo
        report_log "$rest"
    done
} >"$RESULTS"
log "summary: $(cat "$SUMMARY")"
log "results: $RESULTS"
exit "$TEST_RC"
}
