#!/usr/bin/env bash
# first_frame.sh BUILD/rapport [OTHER/rapport...] — time from exec to the first frame on
# screen, in a real window (Xvfb): Rapport's title screen with a save that does not exist
# yet (a first start), beside ../shared/bench's ref_sdl_cached, alternating, REPS rounds
# (default 3). All are launched through t0exec, so every figure counts dynamic linking.
# Several binaries (e.g. before and after a change) are timed in the same rounds.
# Needs xvfb (apt-get install xvfb). A benchmark: prints figures, asserts nothing.
set -u
bins=()
for b in "${@:?usage: first_frame.sh path/to/rapport [another/rapport...]}"; do
  bins+=("$(cd "$(dirname "$b")" && pwd)/$(basename "$b")")
done
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${RAPPORT_SHARED_BENCH:-$root/../../shared/bench}
[ -f "$shared/t0exec.c" ] || shared=/work/shared/bench
refs=${TMPDIR:-/tmp}/rapport-bench-refs; mkdir -p "$refs"
cc -O2 -o "$refs/ref_sdl_cached" "$shared/ref_sdl_cached.c" $(pkg-config --cflags --libs sdl2 SDL2_ttf) -lm || exit 1
cc -O2 -o "$refs/t0exec" "$shared/t0exec.c" || exit 1
out=$(mktemp -d); xpid=
trap 'kill $xpid 2>/dev/null; rm -rf "$out"' EXIT
Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp -noreset 3>"$out/d" 2>/dev/null & xpid=$!
for _ in $(seq 100); do [ -s "$out/d" ] && break; sleep 0.05; done
export DISPLAY=":$(tr -d '\n ' <"$out/d")" vblank_mode=0 RAPPORT_ROOT="$root"
printf 'wait 2\nquit\n' >"$out/r.replay"
for _ in $(seq "${REPS:-3}"); do
  ref=$("$refs/t0exec" "$refs/ref_sdl_cached" 40 2 software-direct 2>&1 | grep -Eo 'exec_to_first_present_ms=[0-9.]+' | cut -d= -f2)
  for bin in "${bins[@]}"; do
    rm -f "$out"/s.db*
    rap=$("$refs/t0exec" "$bin" --replay "$out/r.replay" --save "$out/s.db" --stats ${RAPPORT_BENCH_ARGS:-} 2>&1)
    ff=$(grep -Eo 'first_frame_ms=[0-9.]+' <<<"$rap" | head -n1 | cut -d= -f2)
    fc=$(grep -Eo 'first_frame_cpu_ms=[0-9.]+' <<<"$rap" | head -n1 | cut -d= -f2)
    awk -v b="$bin" -v r="$ref" -v f="$ff" -v c="$fc" 'BEGIN{printf "exec to first frame: %s %6.1f ms (cpu %5.1f)  ref_sdl_cached %6.1f ms  ratio %.2f\n", b, f, c, r, f / r}'
  done
done
