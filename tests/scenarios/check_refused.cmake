# Runs `rapport validate FILE` on one broken or hostile scenario and checks that it is
# refused properly: exit status 1 (not a crash, not a hang past one second), a message that
# names the file, the `-- expect:` text from the file's second line when there is one, and
# no sanitizer report. Called by tests.cmake with -DRAPPORT=... -DFILE=...
get_filename_component(name ${FILE} NAME)
execute_process(
  COMMAND ${RAPPORT} validate ${FILE}
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  TIMEOUT 1)
set(all "${out}${err}")
if(NOT rc STREQUAL "1")
  message(FATAL_ERROR "${name}: expected exit status 1, got '${rc}'\n${all}")
endif()
string(FIND "${out}" "${FILE}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${name}: the message does not name the file\n${all}")
endif()
if(all MATCHES "Sanitizer|runtime error:|LeakSanitizer")
  message(FATAL_ERROR "${name}: sanitizer report\n${all}")
endif()
file(STRINGS ${FILE} lines LIMIT_COUNT 2)
list(LENGTH lines count)
if(count EQUAL 2)
  list(GET lines 1 second)
  if(second MATCHES "^-- expect: (.*)$")
    set(expect "${CMAKE_MATCH_1}")
    if(NOT out MATCHES "${expect}")
      message(FATAL_ERROR "${name}: expected a message matching '${expect}'\n${all}")
    endif()
  endif()
endif()
message(STATUS "${out}")
