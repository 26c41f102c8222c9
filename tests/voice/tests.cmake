# Self-voicing (issue 17): the end-to-end run on SDL's disk audio driver with espeak-ng
# (check_voice.py), every focus change and line said, R repeating. Its LSan suppressions
# cover leaks inside libespeak-ng only (tests/voice/lsan.supp says why).
find_program(RAPPORT_PYTHON3 python3)
if(NOT RAPPORT_PYTHON3)
  message(FATAL_ERROR "python3 not found: the self-voicing test needs it. Install it with: sudo apt-get install python3")
endif()
add_test(NAME voice.talk
  COMMAND ${RAPPORT_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/check_voice.py $<TARGET_FILE:rapport>
    ${CMAKE_CURRENT_LIST_DIR}/voice_talk.replay ${CMAKE_BINARY_DIR}/voice-e2e)
set_tests_properties(voice.talk PROPERTIES LABELS "e2e;voice" TIMEOUT 600
  ENVIRONMENT "${RAPPORT_TEST_ENV};LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_LIST_DIR}/lsan.supp")
