# common.sh — helpers for tests/install/*.sh: a temporary folder removed on exit, a
# failure that names what went wrong, and a tool check that fails (never skips) when a
# test tool is missing, naming the Debian package (tools/ensure-deps.sh installs them).
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
# Any other command that fails names itself (set -e alone would exit silently).
trap 'echo "FAIL: ${BASH_SOURCE[0]}:$LINENO: $BASH_COMMAND" >&2' ERR
need() { # need TOOL PACKAGE
  command -v "$1" >/dev/null 2>&1 || fail "$1 is missing: sudo apt-get install $2 (or run tools/ensure-deps.sh)"
}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/rapport-install-XXXXXX")
trap '[[ -n ${KEEP_TMP:-} ]] || rm -rf "$TMP"' EXIT
# The installed game must find everything by itself: nothing from the test environment.
unset RAPPORT_ROOT RAPPORT_DATA_DIR RAPPORT_SAVE RAPPORT_FONT_DIR
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

# sessions DB: how many completed sessions the save at DB holds.
sessions() {
  python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(
    "select count(*) from sessions where status = '"'"'completed'"'"'").fetchone()[0])' "$1"
}
