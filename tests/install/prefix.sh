# prefix.sh BUILD SOURCE — `cmake --install` into a temporary prefix; the installed binary
# plays a full career fair (tests/replay/after/flow.replay) with RAPPORT_ROOT unset, its data
# from <prefix>/share/rapport and its save in a temporary XDG_DATA_HOME; then the whole
# prefix is moved and it plays again. A player's own scenario in XDG_DATA_HOME is found.
source "$(dirname "$0")/common.sh"
BUILD=$1 SOURCE=$2
need python3 python3
cmake --install "$BUILD" --prefix "$TMP/p" >/dev/null
P=$TMP/p
[[ -x $P/bin/rapport ]] || fail "no $P/bin/rapport"
for f in share/rapport/assets/theme.ini share/rapport/scripts/lib/rapport.lua \
         share/rapport/scripts/scenarios/career_fair.lua share/doc/rapport/README.md \
         share/doc/rapport/install.md share/man/man1/rapport.1; do
  [[ -f $P/$f ]] || fail "the install has no $f"
done

play() { # play PREFIX XDG NAME
  mkdir -p "$2"
  local out
  out=$(XDG_DATA_HOME=$2 "$1/bin/rapport" --paths)
  echo "$out"
  grep -qx "data       $1/share/rapport (next to the binary)" <<<"$out" \
    || fail "the data was not found next to the binary in $1"
  grep -qx "save       $2/rapport/rapport.db (default)" <<<"$out" \
    || fail "the save is not in XDG_DATA_HOME ($2)"
  (cd "$TMP" && XDG_DATA_HOME=$2 "$1/bin/rapport" --headless \
     --replay "$SOURCE/tests/replay/after/flow.replay" --screenshot-dir "$TMP/shots-$3") \
    || fail "the full career fair replay failed from $1"
  [[ -f $2/rapport/rapport.db ]] || fail "no save at $2/rapport/rapport.db"
  local n; n=$(sessions "$2/rapport/rapport.db")
  [[ $n -ge 1 ]] || fail "the save in $2 holds no completed session"
  echo "$3: $n completed session(s) in $2/rapport/rapport.db"
}

play "$P" "$TMP/xdg1" installed

mv "$P" "$TMP/moved"
play "$TMP/moved" "$TMP/xdg2" moved

# A player's own scenario (a fresh user): listed and playable like a shipped one.
mkdir -p "$TMP/xdg3/rapport/scenarios"
cp "$SOURCE/tests/scenarios/good/mini_mixer.lua" "$TMP/xdg3/rapport/scenarios/mini_mixer.lua"
XDG_DATA_HOME=$TMP/xdg3 "$TMP/moved/bin/rapport" simulate --scenario mini_mixer \
  --strategy connector --runs 2 >"$TMP/sim.txt" || fail "simulate cannot find the player's scenario"
grep -q connector "$TMP/sim.txt" || fail "simulate printed no result for mini_mixer"
# In the list: title -> profile -> the scenario select shows it beside the shipped ones
# (a scenario without an `order` comes after the shipped ones: seventh of seven).
printf '%s\n' 'wait 3' 'expect-scene title' 'key Return' 'wait 2' 'expect-scene profile' \
  'type Ben' 'wait 1' 'key Return' 'wait 2' 'key Return' 'wait 3' 'expect-scene select' \
  'expect-text Campus Careers Fair' 'key Down' 'key Down' 'key Down' 'key Down' 'key Down' 'key Down' 'wait 20' \
  'expect-text Mini Mixer' 'shot select_own' 'quit' >"$TMP/list.replay"
XDG_DATA_HOME=$TMP/xdg3 "$TMP/moved/bin/rapport" --headless --replay "$TMP/list.replay" \
  --screenshot-dir "$TMP/shots-list" || fail "the player's own scenario is not in the list"
printf 'wait 3\nexpect-scene briefing\nquit\n' >"$TMP/own.replay"
XDG_DATA_HOME=$TMP/xdg3 "$TMP/moved/bin/rapport" --headless --scenario mini_mixer \
  --replay "$TMP/own.replay" || fail "the player's own scenario does not open in the game"
echo "installed, moved and played"
