# Runs `rapport validate FILE` on one broken or hostile scenario and checks that it is
# refused properly: exit status 1 (not a crash), done in under a second, a message that
# names the file, the `-- expect:` text from the file's second line when there is one, and
# no sanitizer report. Called by tests.cmake with -DRAPPORT=... -DFILE=...
#
# "Under a second" is the time validate takes beyond starting the process (measured with
# `rapport help` just before), so that a machine busy with parallel builds does not fail
# the test; a hard TIMEOUT catches hangs. A slow attempt is retried once.
get_filename_component(name ${FILE} NAME)
foreach(attempt 1 2)
  string(TIMESTAMP t0 "%s%f")
  execute_process(COMMAND ${RAPPORT} help OUTPUT_QUIET ERROR_QUIET TIMEOUT 10)
  string(TIMESTAMP t1 "%s%f")
  execute_process(
    COMMAND ${RAPPORT} validate ${FILE}
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err
    TIMEOUT 5)
  string(TIMESTAMP t2 "%s%f")
  math(EXPR startup_ms "(${t1} - ${t0}) / 1000")
  math(EXPR run_ms "(${t2} - ${t1}) / 1000")
  math(EXPR work_ms "${run_ms} - ${startup_ms}")
  if(work_ms LESS 1000 OR rc MATCHES "timeout")
    break()
  endif()
endforeach()
set(all "${out}${err}")
if(NOT rc STREQUAL "1")
  message(FATAL_ERROR "${name}: expected exit status 1, got '${rc}'\n${all}")
endif()
if(NOT work_ms LESS 1000)
  message(FATAL_ERROR "${name}: validate took ${run_ms} ms (process start ${startup_ms} ms)\n${all}")
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
message(STATUS "${run_ms} ms (process start ${startup_ms} ms): ${out}")
