# `rapport report` through the real binary and dispatcher: --help exits 0, wrong flags exit
# 2 with the usage, a missing save exits 1 with a clear message and creates no file.
# Run as: cmake -DRAPPORT=<binary> -DWORK=<dir> -P report_cli.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

function(expect code pattern)
  execute_process(COMMAND ${RAPPORT} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL ${code})
    message(FATAL_ERROR "rapport ${ARGN}: exit ${rc}, expected ${code}\n${out}${err}")
  endif()
  if(NOT "${out}${err}" MATCHES "${pattern}")
    message(FATAL_ERROR "rapport ${ARGN}: output does not match '${pattern}':\n${out}${err}")
  endif()
endfunction()

expect(0 "usage: rapport report --profile NAME" report --help)
expect(0 "usage: rapport report --profile NAME" help report)
expect(2 "unknown option '--bogus'.*usage:" report --profile Ana --bogus)
expect(2 "--profile NAME" report)
expect(1 "There is no save at" report --profile Ana --save ${WORK}/none.db)
if(EXISTS ${WORK}/none.db)
  message(FATAL_ERROR "rapport report created ${WORK}/none.db")
endif()
file(WRITE ${WORK}/junk.db "not a database")
expect(1 "damaged" report --profile Ana --save ${WORK}/junk.db)
file(READ ${WORK}/junk.db after)
if(NOT after STREQUAL "not a database")
  message(FATAL_ERROR "rapport report changed a damaged save")
endif()
