# The session recorder (issue 11 item 1): the same seeded session played through the game
# (a replay with the connector bot) and through `rapport workshop play` is stored with
# identical rows apart from ids and times (compared with sqlite3 queries).
find_program(RAPPORT_PYTHON3 python3 REQUIRED)
add_test(NAME record.same_rows
  COMMAND ${RAPPORT_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/same_rows.py $<TARGET_FILE:rapport>
    ${CMAKE_BINARY_DIR}/record-same-rows ${CMAKE_CURRENT_LIST_DIR}/same_session.replay)
set_tests_properties(record.same_rows PROPERTIES LABELS "e2e;record" ENVIRONMENT "${RAPPORT_TEST_ENV}")

# The GameState contract: scenes never call the store themselves.
add_test(NAME record.scenes_save_through_flow
  COMMAND ${CMAKE_COMMAND} -DSOURCE=${CMAKE_SOURCE_DIR}
    -P ${CMAKE_CURRENT_LIST_DIR}/scenes_save_through_flow.cmake)
set_tests_properties(record.scenes_save_through_flow PROPERTIES LABELS record)
