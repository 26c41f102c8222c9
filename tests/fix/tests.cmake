# --- fix (front): --profile without --scenario is refused with the usage; --scenario with
# an unknown id shows the ids there are; the opener reminder at the largest text size.
set(_fix_front ${CMAKE_CURRENT_LIST_DIR})
add_test(NAME fix.front_profile_needs_scenario
  COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport> -DEXPECT_RC=2
    "-DEXPECT_TEXT=--profile only works together with --scenario ID"
    "-DARGS=--headless --profile Bo --save ${CMAKE_BINARY_DIR}/e2e-saves/fix_front_profile.db"
    -P ${CMAKE_SOURCE_DIR}/tests/e2e/expect_fail.cmake)
add_test(NAME fix.front_profile_usage
  COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport> -DEXPECT_RC=2
    "-DEXPECT_TEXT=usage: rapport" "-DARGS=--profile Bo --headless"
    -P ${CMAKE_SOURCE_DIR}/tests/e2e/expect_fail.cmake)
set_tests_properties(fix.front_profile_needs_scenario fix.front_profile_usage PROPERTIES
  LABELS "fix;front" ENVIRONMENT "${RAPPORT_TEST_ENV}")
function(rapport_fix_front_replay name replay prepare args)
  add_test(NAME fix.front_${name}
    COMMAND ${CMAKE_COMMAND}
      -DRAPPORT=$<TARGET_FILE:rapport> -DREPLAY=${_fix_front}/${replay} "-DPREPARE=${prepare}"
      -DSHOTS=${CMAKE_BINARY_DIR}/screenshots/fix_front_${name}
      -DSAVE=${CMAKE_BINARY_DIR}/e2e-saves/fix_front_${name}.db "-DARGS=${args}"
      -DSOURCE=${CMAKE_SOURCE_DIR} -P ${CMAKE_SOURCE_DIR}/tests/front/run_front_replay.cmake)
  set_tests_properties(fix.front_${name} PROPERTIES LABELS "e2e;fix;front" ENVIRONMENT "${RAPPORT_TEST_ENV}")
endfunction()
rapport_fix_front_replay(unknown_scenario front_unknown_scenario.replay "" "--scenario nope")
rapport_fix_front_replay(opener_larger front_opener_larger.replay
  "${CMAKE_SOURCE_DIR}/tests/front/prefs_larger.replay" "--scenario career_fair --profile Dee")
