# A class of 100 on the class screen (issue 14: no cap of 64, a search box): the teacher's
# save is prepared with `rapport class create/add` (big_class.cmake), then the driven
# replay tests/replay/class/driven/big_class.replay picks student 65 by searching.
add_test(NAME replay.class.big_class
  COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport>
    -DREPLAY=${CMAKE_CURRENT_LIST_DIR}/driven/big_class.replay
    -DSHOTS=${CMAKE_BINARY_DIR}/screenshots/class_big_class
    -DSAVE=${CMAKE_BINARY_DIR}/e2e-saves/class_big_class.db
    -P ${CMAKE_CURRENT_LIST_DIR}/big_class.cmake)
set_tests_properties(replay.class.big_class PROPERTIES LABELS "e2e;replay;classroom"
  ENVIRONMENT "${RAPPORT_TEST_ENV}")
# The teacher's screen with real hand-ins (issue 14): import a folder with near-duplicate
# names answered, paste results codes, the dashboard's anonymous and top-five views (no
# real name unless chosen), CSV export and printable pages, all without a terminal.
add_test(NAME replay.class.teacher_import
  COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport>
    -DTEMPLATE=${CMAKE_CURRENT_LIST_DIR}/driven/teacher_import.replay.in
    -DWORK=${CMAKE_BINARY_DIR}/e2e-saves/class_teacher_import
    -P ${CMAKE_CURRENT_LIST_DIR}/teacher_import.cmake)
set_tests_properties(replay.class.teacher_import PROPERTIES LABELS "e2e;replay;classroom"
  ENVIRONMENT "${RAPPORT_TEST_ENV}")
# The teacher's Students screen behind the PIN (issue 14: roster editing without a terminal):
# rename, merge, erase a student and erase the class on a class of 40, each checked in the
# save (no row left pointing at what was erased), then every panel at the largest text.
add_test(NAME replay.class.roster
  COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport>
    -DWORK=${CMAKE_BINARY_DIR}/e2e-saves/class_roster
    -DSOURCE=${CMAKE_CURRENT_LIST_DIR}
    -P ${CMAKE_CURRENT_LIST_DIR}/roster.cmake)
set_tests_properties(replay.class.roster PROPERTIES LABELS "e2e;replay;classroom"
  ENVIRONMENT "${RAPPORT_TEST_ENV}")
# A whole list of results codes pasted into the game (issue 14's paste box): Ctrl+V and the
# Paste button, 32 codes imported at once, damaged text cleaned, a paste too long refused.
add_test(NAME replay.class.paste_codes
  COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport>
    -DTEMPLATE=${CMAKE_CURRENT_LIST_DIR}/driven/paste_codes.replay.in
    -DWORK=${CMAKE_BINARY_DIR}/e2e-saves/class_paste_codes
    -P ${CMAKE_CURRENT_LIST_DIR}/paste_codes.cmake)
set_tests_properties(replay.class.paste_codes PROPERTIES LABELS "e2e;replay;classroom"
  ENVIRONMENT "${RAPPORT_TEST_ENV}")
