# The replay machinery itself: broken scripts fail before the run with FILE:LINE and
# status 2; a failed expectation exits 1 naming the line; bad flags exit 2.
set(_e2e ${CMAKE_CURRENT_LIST_DIR})
function(rapport_expect name rc text args)
  add_test(NAME e2e.${name}
    COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport> -DEXPECT_RC=${rc}
      "-DEXPECT_TEXT=${text}" "-DARGS=${args}" -P ${_e2e}/expect_fail.cmake)
  set_tests_properties(e2e.${name} PROPERTIES LABELS e2e ENVIRONMENT "${RAPPORT_TEST_ENV}")
endfunction()
rapport_expect(broken_replay 2 "typo.txt:4: unknown command 'presss'"
  "--headless --replay ${_e2e}/broken/typo.txt --save ${CMAKE_BINARY_DIR}/e2e-saves/broken.db")
rapport_expect(failed_expectation 1 "expectation.txt:2: expected scene 'no_such_scene'"
  "--headless --replay ${_e2e}/broken/expectation.txt --save ${CMAKE_BINARY_DIR}/e2e-saves/expect.db")
rapport_expect(bad_flag 2 "unknown option" "--no-such-flag")
rapport_expect(missing_replay 2 "cannot open" "--headless --replay /nonexistent/r.replay")
