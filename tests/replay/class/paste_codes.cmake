# paste_codes.cmake — a teacher pastes a whole list of results codes into the game
# (issue 14: "a paste box in the game"; typing is 128 bytes a frame, a paste is not).
# Prepares class "Year 10" of 32 students, each with a results code from their own laptop
# (`rapport workshop play` + `rapport handin --code`), writes their "name,code" lines into
# driven/paste_codes.replay.in as `clipboard+` commands (@CLIPBOARD@) and a 67 KB paste
# (@TOO_LONG@), then plays it: Ctrl+V imports 32 sessions, the Paste button again adds none,
# damaged text is cleaned, a paste too long is refused whole. Args: RAPPORT TEMPLATE WORK
# [COUNT: students, 32 by default; more are named "Pupil N" — a year group of 300 works too].
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/laptops ${WORK}/shots)
set(T ${WORK}/teacher.db)
function(run)
  execute_process(COMMAND ${RAPPORT} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "rapport ${ARGN} failed (${rc}): ${out}${err}")
  endif()
  set(run_out "${out}" PARENT_SCOPE)
endfunction()
set(names "")
foreach(f Ana Ben Chloé Dev Eli Fay Gus Hana)
  foreach(l Lima Okoro Ng Patel)
    list(APPEND names "${f} ${l}")
  endforeach()
endforeach()
if(NOT COUNT)
  set(COUNT 32)
endif()
set(i 32)
while(i LESS COUNT)
  math(EXPR i "${i} + 1")
  list(APPEND names "Pupil ${i}")
endwhile()
list(SUBLIST names 0 ${COUNT} names)
math(EXPR LINES "${COUNT} + 1") # with the header line
run(class create "Year 10" --save ${T})
run(class add "Year 10" ${names} --save ${T})
set(CLIPBOARD "clipboard Name,Code\\n\n")
set(n 0)
foreach(student ${names})
  math(EXPR n "${n} + 1")
  run(workshop play 9D01-14JN --student "${student}" --strategy connector --save ${WORK}/laptops/s${n}.db)
  run(handin --code --save ${WORK}/laptops/s${n}.db)
  string(REGEX MATCH "[0-9A-Z]+-[0-9A-Z]+-[0-9A-Z]+-[0-9A-Z]+-[0-9A-Z]+-[0-9A-Z]+" code "${run_out}")
  if(NOT code)
    message(FATAL_ERROR "no results code in: ${run_out}")
  endif()
  string(APPEND CLIPBOARD "clipboard+ ${student},${code}\\n\n")
endforeach()
# 140 lines of 480 bytes: about 66 KB, more than the box's 64 KB.
string(REPEAT "X" 479 line)
set(TOO_LONG "clipboard \n")
foreach(i RANGE 1 140)
  string(APPEND TOO_LONG "clipboard+ ${line}\\n\n")
endforeach()
# The Paste button beside "Check and import" at 100% text (1280x720 layout coordinates).
set(PASTE_X 875)
set(PASTE_Y 408)
configure_file(${TEMPLATE} ${WORK}/paste_codes.replay @ONLY)
execute_process(COMMAND ${RAPPORT} --headless --replay ${WORK}/paste_codes.replay --screenshot-dir ${WORK}/shots
  --save ${T} WORKING_DIRECTORY ${WORK} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "replay ${WORK}/paste_codes.replay failed with status ${rc}")
endif()
