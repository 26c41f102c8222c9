# teacher_import.cmake — issue 14's teacher side with no terminal: prepares a class of six
# (the command line stands in for the students' laptops: each plays under the workshop code
# and hands in a file or a results code), then plays driven/teacher_import.replay.in (its
# @CODE_n@ filled with the codes made here) in WORK as its working folder: the teacher
# makes the workshop code, imports the folder "handins" (hand-in files, a typo'd name accepted,
# another refused, and a platform's export of codes), types codes (one with a typo refused), sees the dashboard anonymous and the top five without names, exports
# CSV and writes the printable pages to "exports". Then checks the files written.
# Args: RAPPORT TEMPLATE WORK.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/handins ${WORK}/exports ${WORK}/laptops ${WORK}/shots)
set(T ${WORK}/teacher.db)
function(run)
  execute_process(COMMAND ${RAPPORT} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "rapport ${ARGN} failed (${rc}): ${out}${err}")
  endif()
  set(run_out "${out}" PARENT_SCOPE)
endfunction()
run(class create "Year 10" --save ${T})
run(class add "Year 10" "Liam Murphy" "Sofia Hernández" "Ana Lima" "Ben Okoro" "Zoë Ng" "Cleo Park" --save ${T})
# Three hand-in files (two names typed differently from the roster) and two codes.
set(i 0)
foreach(student "Liam Murhpy" "Sofia Hernandes" "Ana Lima")
  math(EXPR i "${i} + 1")
  run(workshop play 9D01-14JN --student "${student}" --strategy connector --save ${WORK}/laptops/h${i}.db)
  run(handin --to ${WORK}/handins --date 2026-12-04 --save ${WORK}/laptops/h${i}.db)
endforeach()
set(n 0)
foreach(student "Ben Okoro" "Zoe Ng")
  math(EXPR n "${n} + 1")
  run(workshop play 9D01-14JN --student "${student}" --strategy collector --save ${WORK}/laptops/c${n}.db)
  run(handin --code --save ${WORK}/laptops/c${n}.db)
  string(REGEX MATCH "[0-9A-Z]+-[0-9A-Z]+-[0-9A-Z]+-[0-9A-Z]+-[0-9A-Z]+-[0-9A-Z]+" code "${run_out}")
  if(NOT code)
    message(FATAL_ERROR "no results code in: ${run_out}")
  endif()
  set(CODE_${n} ${code})
endforeach()
# Zoe's code reaches the teacher in a learning platform's export saved into the folder.
file(WRITE ${WORK}/handins/platform-export.csv "name,code\nZoe Ng,${CODE_2}\n")
configure_file(${TEMPLATE} ${WORK}/teacher_import.replay @ONLY)
execute_process(COMMAND ${RAPPORT} --headless --replay ${WORK}/teacher_import.replay --screenshot-dir ${WORK}/shots
  --save ${T} --voice-backend espeak --voice-log WORKING_DIRECTORY ${WORK} RESULT_VARIABLE rc ERROR_VARIABLE log)
file(WRITE ${WORK}/replay.log "${log}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "replay ${WORK}/teacher_import.replay failed with status ${rc}:\n${log}")
endif()
# The dashboard voiced (issue 17): what self-voicing said, in order, for each focus change
# (the view tab, the headings with their sort state, a row with its figures and difficulty,
# the same row in the habits view). Each must also have queued audio (samples > 0) when a
# voice could be started; with none, the game said so and the text is still logged.
string(REGEX MATCHALL "voice: said samples=[-0-9]+ text=\"[^\"]*\"" said "${log}")
set(expected
  "Top five, button"
  "Connections, tab, shown, 1 of 2"
  "Sort by student, column, not sorted"
  "Sort by depth gained, column, sorted descending"
  "Sort by depth gained, column, sorted ascending"
  "Student [0-9]+, row, depth [0-9]+, [0-9]+ you could call, [0-9]+ cards?, (Gentle|Standard), 1 of 7"
  "Student [0-9]+, row, [0-9]+ follow-ups? sent, (left early|stayed to the end), rested [0-9]+ times?, (Gentle|Standard), 1 of 7"
  "Sort by follow-ups sent, column, not sorted"
  "Sort by follow-ups sent, column, sorted descending")
set(i 0)
foreach(want ${expected})
  set(found FALSE)
  list(LENGTH said n)
  while(i LESS n AND NOT found)
    list(GET said ${i} line)
    math(EXPR i "${i} + 1")
    if(line MATCHES "text=\"${want}\"$")
      set(found TRUE)
    endif()
  endwhile()
  if(NOT found)
    message(FATAL_ERROR "self-voicing did not say \"${want}\" (in order) on the dashboard; it said:\n${said}")
  endif()
endforeach()
foreach(f Year_10-sessions.csv Year_10-summary.html Year_10-handout.html Year_10-student-3.html)
  if(NOT EXISTS ${WORK}/exports/${f})
    file(GLOB made ${WORK}/exports/*)
    message(FATAL_ERROR "exports/${f} was not written (found: ${made})")
  endif()
endforeach()
# The anonymous CSV names nobody.
file(READ ${WORK}/exports/Year_10-sessions.csv csv)
foreach(name "Liam" "Ana Lima" "Sofia" "Zo")
  if(csv MATCHES "${name}")
    message(FATAL_ERROR "the anonymous CSV holds the name ${name}")
  endif()
endforeach()
file(GLOB shots ${WORK}/shots/*.bmp)
foreach(shot ${shots})
  file(SIZE ${shot} size)
  if(size LESS 3686400)
    message(FATAL_ERROR "screenshot ${shot} is ${size} bytes: not a full 1280x720 image")
  endif()
endforeach()
