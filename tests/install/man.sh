# man.sh RAPPORT MANPAGE VERSION — the man page formats without a warning (man -l), names
# the version `rapport --version` prints, every flag of `rapport --help` and every command
# of `rapport help`: a flag or command added without documentation fails here.
source "$(dirname "$0")/common.sh"
RAPPORT=$1 PAGE=$2 VERSION=$3
need man man-db
"$RAPPORT" --version | grep -qx "rapport $VERSION" || fail "rapport --version does not print 'rapport $VERSION'"
MANWIDTH=80 man --warnings -l "$PAGE" >"$TMP/page.txt" 2>"$TMP/warn.txt" || fail "man -l failed"
[[ -s $TMP/warn.txt ]] && { cat "$TMP/warn.txt" >&2; fail "man -l warns"; }
grep -q "rapport $VERSION" "$TMP/page.txt" || fail "the man page does not name version $VERSION"
text=$(tr -s ' \n' ' ' <"$TMP/page.txt" | sed 's/‐ //g')
flags=$("$RAPPORT" --help | grep -oE '^  --[a-z-]+' | tr -d ' ')
[[ -n $flags ]] || fail "rapport --help lists no flags"
for f in $flags; do grep -q -- "$f" <<<"$text" || fail "the man page does not mention $f"; done
commands=$("$RAPPORT" help | awk '/^commands:/ {on=1; next} on && /^  [a-z]/ {print $1}')
[[ -n $commands ]] || fail "rapport help lists no commands"
for c in $commands; do
  grep -qE "^       $c( |$)" "$TMP/page.txt" || fail "the man page has no entry for the command $c"
done
echo "man page ok: $(wc -w <<<"$flags") flags, $(wc -w <<<"$commands") commands"
