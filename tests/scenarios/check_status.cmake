# Runs `${RAPPORT} ${ARGS}` (ARGS separated by "|") and checks the exact exit status STATUS and,
# when MATCH is set, that stdout+stderr match it. Called by tests.cmake.
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND ${RAPPORT} ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err TIMEOUT 20)
if(NOT rc STREQUAL "${STATUS}")
  message(FATAL_ERROR "rapport ${ARGS}: expected exit status ${STATUS}, got '${rc}'\n${out}${err}")
endif()
if(DEFINED MATCH AND NOT "${out}${err}" MATCHES "${MATCH}")
  message(FATAL_ERROR "rapport ${ARGS}: output does not match '${MATCH}'\n${out}${err}")
endif()
