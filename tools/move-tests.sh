#!/usr/bin/env bash
# tools/move-tests.sh — files tests by subject (issue 11 item 6): cmocka files
# tests/unit/test_<subject>_*.c move to tests/<subject>/, replays tests/e2e/<area>_<what>.replay
# to tests/replay/<area>/<what>.replay. Safe to run again after merging a branch that still
# adds tests in the old places (it only moves what is there). Uses `git mv`; run from the root.
set -euo pipefail
cd "$(dirname "$0")/.."

mv_to() {  # mv_to SRC DST: git mv, making the folder; nothing when SRC is gone
  [ -e "$1" ] || return 0
  mkdir -p "$(dirname "$2")"
  git mv "$1" "$2"
}

# Tests first named by how they were written (fix/qa passes), now by what they test.
mv_to tests/unit/test_class_workshop.c    tests/sim/test_sim_workshop.c
mv_to tests/unit/test_class_merge.c       tests/save/test_save_class_merge.c
mv_to tests/unit/test_qa_save.c           tests/save/test_save_special_files.c
mv_to tests/unit/test_save_report.c       tests/cli/test_cli_report.c
mv_to tests/unit/test_script_scenarios.c  tests/cli/test_cli_simulate_scenarios.c
mv_to tests/unit/test_fix_cli.c           tests/cli/test_cli_arguments.c
mv_to tests/unit/test_after_text.c        tests/game/test_game_after_text.c
mv_to tests/unit/test_fix_after.c         tests/game/test_game_screen_pixels.c
mv_to tests/unit/test_fix_floor.c         tests/game/test_game_floor_leaders.c
mv_to tests/unit/test_qa_floor.c          tests/game/test_game_floor_zone_labels.c
mv_to tests/unit/test_qa_figures.c        tests/game/test_game_figures.c
mv_to tests/unit/test_fix_front.c         tests/game/test_game_state_notices.c
mv_to tests/unit/test_front_state.c       tests/game/test_game_state.c
mv_to tests/unit/test_sim_fixture.h       tests/support/test_sim_fixture.h
mv_to tests/unit/test_save_util.h         tests/support/test_save_util.h

mv_to tests/e2e/fix_after_inbox.replay    tests/replay/after/inbox_focus.replay
mv_to tests/e2e/fix_floor_leaders.replay  tests/replay/floor/tag_leaders.replay
mv_to tests/e2e/fix_front_opener.replay   tests/replay/front/opener_reminder.replay
mv_to tests/e2e/qa_talk_hint.replay       tests/replay/floor/talk_hint.replay
mv_to tests/e2e/title.replay              tests/replay/front/title.replay
mv_to tests/e2e/broken                    tests/replay/language/broken
mv_to tests/e2e/tests.cmake               tests/replay/language/tests.cmake
mv_to tests/e2e/expect_fail.cmake         tests/support/expect_fail.cmake
mv_to tests/e2e/run_replay.cmake          tests/support/run_replay.cmake
mv_to tests/qa/shot_dir.replay            tests/replay/language/shot_dir.replay
mv_to tests/qa/shot_dir.cmake             tests/replay/language/shot_dir.cmake
mv_to tests/qa/tests.cmake                tests/replay/language/tests_shot_dir.cmake
mv_to tests/classroom/dashboard.replay    tests/replay/class/driven/dashboard.replay
for f in tests/front/*.replay; do
  [ -e "$f" ] && mv_to "$f" "tests/replay/front/driven/$(basename "$f")"
done
mv_to tests/front/tests.cmake             tests/replay/front/tests.cmake
mv_to tests/front/run_front_replay.cmake  tests/support/run_front_replay.cmake
mv_to tests/fix/front_opener_larger.replay   tests/replay/front/driven/opener_larger.replay
mv_to tests/fix/front_unknown_scenario.replay tests/replay/front/driven/unknown_scenario.replay
mv_to tests/fix/tests.cmake               tests/replay/front/tests_flags.cmake

# The general rules, for tests other branches add in the old places.
for f in tests/unit/test_*.c tests/unit/*.h; do
  [ -e "$f" ] || continue
  base=$(basename "$f")
  case "$base" in
    test_sim_*|test_script_*|test_save_*|test_gfx_*|test_ui_*|test_game_*|test_cli_*)
      subject=${base#test_}; subject=${subject%%_*}
      mv_to "$f" "tests/$subject/$base" ;;
    *.h) mv_to "$f" "tests/support/$base" ;;
    *) echo "move-tests: $f is not named test_<subject>_*.c; move it by hand" >&2 ;;
  esac
done
for f in tests/e2e/*.replay; do
  [ -e "$f" ] || continue
  base=$(basename "$f" .replay)
  area=${base%%_*}
  [ "$area" = "$base" ] && { echo "move-tests: $f has no <area>_ prefix; move it by hand" >&2; continue; }
  mv_to "$f" "tests/replay/$area/${base#"${area}"_}.replay"
done
for d in tests/unit tests/e2e tests/front tests/fix tests/qa; do
  [ -d "$d" ] && rmdir --ignore-fail-on-non-empty "$d"
done
exit 0
