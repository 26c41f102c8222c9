# QA regressions found by playing and attacking the game (see each script's header).
set(_qa ${CMAKE_CURRENT_LIST_DIR})
# --screenshot-dir naming folders that do not exist yet: the replay creates them and the
# screenshot is written (it used to fail the run with "Couldn't open DIR/NAME.bmp").
add_test(NAME qa.shot_dir_created
  COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport> -DREPLAY=${_qa}/shot_dir.replay
    -DSHOTS=${CMAKE_BINARY_DIR}/qa-shots/not/yet/there -DSAVE=${CMAKE_BINARY_DIR}/e2e-saves/qa_shot_dir.db
    -P ${_qa}/shot_dir.cmake)
set_tests_properties(qa.shot_dir_created PROPERTIES LABELS "qa;e2e" ENVIRONMENT "${RAPPORT_TEST_ENV}")
# --replay naming a folder: refused before the run with the reason and status 2, like a
# missing file (it used to open, read nothing and "pass" as an empty replay, status 0).
add_test(NAME qa.replay_is_a_folder
  COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport> -DEXPECT_RC=2
    "-DEXPECT_TEXT=cannot read: Is a directory"
    "-DARGS=--headless --replay ${_qa} --save ${CMAKE_BINARY_DIR}/e2e-saves/qa_replay_folder.db"
    -P ${CMAKE_SOURCE_DIR}/tests/e2e/expect_fail.cmake)
set_tests_properties(qa.replay_is_a_folder PROPERTIES LABELS "qa;e2e" ENVIRONMENT "${RAPPORT_TEST_ENV}")
