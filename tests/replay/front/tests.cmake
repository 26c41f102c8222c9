# Front screens that need command-line options or a prepared save (replays in driven/):
# the script error screen for a broken scenario given with --scenario PATH (FILE:LINE
# shown, R reloads and fails again, Escape returns to the title), at the default size and
# at the largest size in high contrast (prefs set first by a preparing replay on the same
# save); --scenario ID going straight to the briefing as --profile, and an unknown id naming
# the ids there are; the opener reminder at the largest text size; a damaged save's notice
# on the title, and an unwritable save's notice over the briefing while play goes on; the
# title's Progress entry once a profile has a session; a broken scenario in the list.
set(_front ${CMAKE_CURRENT_LIST_DIR}/driven)
function(rapport_front_replay name replay prepare args)
  add_test(NAME replay.front.${name}
    COMMAND ${CMAKE_COMMAND}
      -DRAPPORT=$<TARGET_FILE:rapport> -DREPLAY=${_front}/${replay} "-DPREPARE=${prepare}" "-DJUNK=${ARGN}"
      -DSHOTS=${CMAKE_BINARY_DIR}/screenshots/front_${name}
      -DSAVE=${CMAKE_BINARY_DIR}/e2e-saves/front_${name}.db "-DARGS=${args}"
      "-DBROKEN_ROOT=${FRONT_BROKEN_ROOT}" -DSOURCE=${CMAKE_SOURCE_DIR}
      -P ${RAPPORT_TEST_SUPPORT}/run_replay.cmake)
  set_tests_properties(replay.front.${name} PROPERTIES LABELS "e2e;replay" ENVIRONMENT "${RAPPORT_TEST_ENV}")
endfunction()
set(_broken "${CMAKE_SOURCE_DIR}/tests/scenarios/broken/dangling_next.lua")
rapport_front_replay(script_error error.replay "" "--scenario ${_broken}")
rapport_front_replay(script_error_larger error_larger.replay "${_front}/prefs_larger.replay"
  "--scenario ${_broken} --profile Dee")
rapport_front_replay(scenario_flag scenario_flag.replay "" "--scenario career_fair --profile Eve")
rapport_front_replay(unknown_scenario unknown_scenario.replay "" "--scenario nope")
rapport_front_replay(opener_larger opener_larger.replay "${_front}/prefs_larger.replay"
  "--scenario career_fair --profile Dee")
rapport_front_replay(notice_damaged notice_damaged.replay "" "" ON)
rapport_front_replay(notice_unwritable notice_unwritable.replay ""
  "--scenario career_fair --save /proc/rapport-cannot-write-here/rapport.db")
rapport_front_replay(progress_entry progress_entry.replay "${_front}/prepare_session.replay" "")
set(FRONT_BROKEN_ROOT ${CMAKE_BINARY_DIR}/front-broken-root)
rapport_front_replay(select_broken select_broken.replay "" "")
unset(FRONT_BROKEN_ROOT)
