# The replay runner and the game's command line: broken scripts fail before the run with
# FILE:LINE and status 2; a failed expectation exits 1 naming the line; bad flags, a
# missing replay and a replay that is a folder exit 2 with the reason; --profile without
# --scenario is refused with the usage; --screenshot-dir naming folders that do not exist
# yet makes them (it used to fail the run with "Couldn't open DIR/NAME.bmp").
set(_runner ${CMAKE_CURRENT_LIST_DIR})
function(rapport_expect name rc text args)
  add_test(NAME replay.runner.${name}
    COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport> -DEXPECT_RC=${rc}
      "-DEXPECT_TEXT=${text}" "-DARGS=${args}" -P ${RAPPORT_TEST_SUPPORT}/expect_fail.cmake)
  set_tests_properties(replay.runner.${name} PROPERTIES LABELS "e2e;replay" ENVIRONMENT "${RAPPORT_TEST_ENV}")
endfunction()
rapport_expect(broken_replay 2 "typo.txt:4: unknown command 'presss'"
  "--headless --replay ${_runner}/broken/typo.txt --save ${CMAKE_BINARY_DIR}/e2e-saves/broken.db")
rapport_expect(failed_expectation 1 "expectation.txt:2: expected scene 'no_such_scene'"
  "--headless --replay ${_runner}/broken/expectation.txt --save ${CMAKE_BINARY_DIR}/e2e-saves/expect.db")
rapport_expect(unwanted_text 1 "unwanted_text.txt:4: text 'Rapport' was on screen but should not be"
  "--headless --replay ${_runner}/broken/unwanted_text.txt --save ${CMAKE_BINARY_DIR}/e2e-saves/unwanted.db")
rapport_expect(bad_flag 2 "unknown option" "--no-such-flag")
rapport_expect(missing_replay 2 "cannot open" "--headless --replay /nonexistent/r.replay")
rapport_expect(replay_is_a_folder 2 "cannot read: Is a directory"
  "--headless --replay ${_runner}/broken --save ${CMAKE_BINARY_DIR}/e2e-saves/replay_folder.db")
rapport_expect(profile_needs_scenario 2 "--profile only works together with --scenario ID"
  "--headless --profile Bo --save ${CMAKE_BINARY_DIR}/e2e-saves/profile_needs_scenario.db")
rapport_expect(profile_usage 2 "usage: rapport" "--profile Bo --headless")

add_test(NAME replay.runner.shot_dir_created
  COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport> -DREPLAY=${_runner}/driven/shot_dir.replay
    -DSHOTS=${CMAKE_BINARY_DIR}/runner-shots/not/yet/there -DSAVE=${CMAKE_BINARY_DIR}/e2e-saves/shot_dir.db
    -P ${_runner}/shot_dir.cmake)
set_tests_properties(replay.runner.shot_dir_created PROPERTIES LABELS "e2e;replay" ENVIRONMENT "${RAPPORT_TEST_ENV}")
