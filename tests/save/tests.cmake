# The store's crash test (issue 6): a child process saving sessions conversation by
# conversation is SIGKILLed at random moments 60 times; after each kill the database must
# pass PRAGMA integrity_check and hold every conversation the child reported as committed.
# (save_open creates the save-crash folder.)
add_executable(save_crash ${CMAKE_CURRENT_LIST_DIR}/crash_driver.c)
target_link_libraries(save_crash PRIVATE rapport_save rapport_sim)
add_test(NAME save.crash
  COMMAND save_crash --kills 60 --db ${CMAKE_BINARY_DIR}/save-crash/crash.db)
set_tests_properties(save.crash PROPERTIES LABELS save TIMEOUT 120
  ENVIRONMENT "${RAPPORT_TEST_ENV}")

# `rapport report` through the real binary (exit codes, messages, read-only behaviour).
add_test(NAME save.report_cli
  COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport>
    -DWORK=${CMAKE_BINARY_DIR}/save-report-cli -P ${CMAKE_CURRENT_LIST_DIR}/report_cli.cmake)
set_tests_properties(save.report_cli PROPERTIES LABELS save ENVIRONMENT "${RAPPORT_TEST_ENV}")

# The hostile-file campaign (issue 12): 41 crafted students' files against import, report,
# class list, export and the class summary, FIFOs where files are expected, over-long names.
add_test(NAME save.hostile_campaign
  COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/make_hostile.py $<TARGET_FILE:rapport>
    ${CMAKE_BINARY_DIR}/save-hostile)
set_tests_properties(save.hostile_campaign PROPERTIES LABELS save TIMEOUT 600
  ENVIRONMENT "${RAPPORT_TEST_ENV}")
