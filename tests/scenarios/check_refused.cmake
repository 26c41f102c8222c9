# Runs `rapport validate FILE` on one broken or hostile scenario and checks that it is
# refused properly: exit status 1 (not a crash, not a hang past one second), a message that
# names the file, the `-- expect:` text from the file's second line when there is one, and
# no sanitizer report. Called by tests.cmake with -DRAPPORT=... -DFILE=...
# A run that times out is tried once more, so that a machine busy with a parallel build
# does not fail the test; a file that really hangs or takes over a second fails both.
get_filename_component(name ${FILE} NAME)
foreach(attempt 1 2)
  execute_process(
    COMMAND ${RAPPORT} validate ${FILE}
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err
    TIMEOUT 1)
  if(NOT rc MATCHES "timeout")
    break()
  endif()
endforeach()
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
