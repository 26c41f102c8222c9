#!/bin/sh
# run.sh — `make fuzz`: builds the libFuzzer targets with clang (ASan + UBSan) in
# build-fuzz/ and runs each for FUZZ_SECONDS (default 60) at the lowest priority, one after
# another, growing tests/fuzz/corpus/<target>/ (kept in the tree and replayed by
# `make test`). A crash input is written to tests/fuzz/corpus/<target>/crash-* and the run
# stops with status 1. FUZZ_TARGETS limits the targets (default: all). Logs: build-fuzz/*.log.
set -eu
cd "$(dirname "$0")/../.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-"replay workshop scenario save"}
if ! command -v clang >/dev/null 2>&1; then
  echo "make fuzz needs clang (libFuzzer). Install it with: sudo apt-get install clang" >&2
  exit 2
fi
FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all -g -O1"
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS="$FLAGS" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DRAPPORT_FUZZ=ON >/dev/null
for t in $TARGETS; do
  cmake --build build-fuzz --target "fuzz_$t" -j "${JOBS:-2}" >/dev/null
done
export RAPPORT_ROOT="$PWD" SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Seeds kept elsewhere in the tree (read, never written): the scenario tests' files.
seeds() { [ "$1" = scenario ] && echo "tests/scenarios/good tests/scenarios/broken" || true; }
status=0
for t in $TARGETS; do
  corpus="tests/fuzz/corpus/$t"
  mkdir -p "$corpus" build-fuzz/new-$t
  echo "fuzz_$t: $SECONDS_EACH s (log build-fuzz/fuzz_$t.log)"
  # New inputs go to a scratch folder first and are merged (minimised) into the corpus.
  if ! nice -n 19 build-fuzz/tests/fuzz_$t -max_total_time="$SECONDS_EACH" -timeout=30 \
      -rss_limit_mb=2048 -max_len=131072 -artifact_prefix="$corpus/" -print_final_stats=1 \
      build-fuzz/new-$t "$corpus" $(seeds "$t") >build-fuzz/fuzz_$t.log 2>&1; then
    echo "fuzz_$t: FOUND A CRASH, see build-fuzz/fuzz_$t.log and $corpus/crash-*" >&2
    status=1
  fi
  grep -E "^#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss" build-fuzz/fuzz_$t.log || true
  nice -n 19 build-fuzz/tests/fuzz_$t -merge=1 -max_len=131072 "$corpus" build-fuzz/new-$t \
    >build-fuzz/merge_$t.log 2>&1 || true
done
exit $status
