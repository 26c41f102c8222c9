#!/usr/bin/env bash
# window_idle.sh BUILD/rapport — CPU of Rapport waiting in a real window (Xvfb): the title
# screen, and a conversation waiting for the player's choice, as a percentage of one core.
# Each screen is reached by a replay run twice, ending with 0 and with 600 ticks (10 s) of
# waiting; the difference in CPU over the difference in wall time is the waiting's cost.
# Needs xvfb (apt-get install xvfb). A benchmark: prints figures, asserts nothing.
set -u
bin=$(cd "$(dirname "${1:?usage: window_idle.sh path/to/rapport}")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(mktemp -d); xpid=
trap 'kill $xpid 2>/dev/null; rm -rf "$out"' EXIT
Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp -noreset 3>"$out/d" 2>/dev/null & xpid=$!
for _ in $(seq 100); do [ -s "$out/d" ] && break; sleep 0.05; done
export DISPLAY=":$(tr -d '\n ' <"$out/d")" RAPPORT_ROOT="$root"
run() { # replay-text -> "wall cpu" in seconds
  printf '%s\n' "$1" >"$out/r.replay"
  rm -f "$out"/s.db*
  /usr/bin/time -f '%e %U %S' -o "$out/t" "$bin" --replay "$out/r.replay" --save "$out/s.db" ${RAPPORT_BENCH_ARGS:-} >/dev/null 2>&1
  tail -n 1 "$out/t" | awk '{print $1, $2 + $3}' # time notes a non-zero exit on a line above
}
measure() { # name replay-with-WAIT_FRAMES
  read -r w0 c0 <<<"$(run "${2//WAIT_FRAMES/0}")"
  read -r w1 c1 <<<"$(run "${2//WAIT_FRAMES/600}")"
  awk -v n="$1" -v w0="$w0" -v c0="$c0" -v w1="$w1" -v c1="$c1" \
    'BEGIN{printf "%-40s cpu_percent_of_a_core %5.1f  (%.2f s CPU over %.1f s of waiting)\n", n, 100*(c1-c0)/(w1-w0), c1-c0, w1-w0}'
}
measure "rapport title screen waiting (window)" "$(printf 'wait 3\nwait WAIT_FRAMES\nquit')"
measure "rapport conversation waiting (window)" "$(cat "$here/talk_idle.replay")"
# Live, no replay: the loop sleeps longer once the screen has been still for half a second.
rm -f "$out"/s.db*
/usr/bin/time -f '%e %U %S' -o "$out/t" timeout -s TERM 10 "$bin" --save "$out/s.db" >/dev/null 2>&1
tail -n 1 "$out/t" | awk '{printf "%-40s cpu_percent_of_a_core %5.1f  (%.2f s CPU over %.1f s, start-up included)\n", "rapport title screen live (window)", 100*($2+$3)/$1, $2+$3, $1}' 
