# i18n.extract: deterministic output, ids on every entry, clear refusals, translations load.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
foreach(run a b)
  execute_process(COMMAND ${RAPPORT} i18n extract --source ${SOURCE} --out ${WORK}/${run}.pot
    RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "extract failed (${rc}): ${err}")
  endif()
endforeach()
file(SHA256 ${WORK}/a.pot a)
file(SHA256 ${WORK}/b.pot b)
if(NOT a STREQUAL b)
  message(FATAL_ERROR "two runs of extract gave different templates")
endif()
file(STRINGS ${WORK}/a.pot lines)
set(ids 0)
set(msgids 0)
foreach(line IN LISTS lines)
  if(line MATCHES "^msgctxt \"[a-z0-9_]+\\.[^\"]+\"$")
    math(EXPR ids "${ids} + 1")
  elseif(line MATCHES "^msgid ")
    math(EXPR msgids "${msgids} + 1")
  endif()
endforeach()
# Every entry but the header has an id.
math(EXPR entries "${msgids} - 1")
if(NOT ids EQUAL entries OR ids LESS 1000)
  message(FATAL_ERROR "${entries} entries but ${ids} ids of the form scope.name")
endif()
foreach(expected "msgctxt \"career_fair.maya_okafor.hello\"" "#: scripts/scenarios/career_fair.lua:")
  string(FIND "${lines}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the template has no ${expected}")
  endif()
endforeach()

# A source tree that uses one id for two texts, and TR without literals.
file(MAKE_DIRECTORY ${WORK}/bad/engine/game)
file(WRITE ${WORK}/bad/engine/game/a.c
  "const char *a(void) { return TR(\"title.play\", \"Play\"); }\n"
  "const char *b(void) { return TR(\"title.play\", \"Start\"); }\n"
  "const char *c(const char *x) { return TR(x, \"Go\"); }\n")
execute_process(COMMAND ${RAPPORT} i18n extract --source ${WORK}/bad --out ${WORK}/bad.pot
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "extract accepted one id for two texts")
endif()
foreach(expected "engine/game/a.c:2: the id \"title.play\" is already used for different text at engine/game/a.c:1"
                 "engine/game/a.c:3: TR(...) without string literals")
  string(FIND "${err}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "expected '${expected}' in:\n${err}")
  endif()
endforeach()
if(EXISTS ${WORK}/bad.pot)
  message(FATAL_ERROR "a refused extract still wrote its template")
endif()

# Every shipped translation loads.
file(GLOB translations ${SOURCE}/assets/i18n/*.po)
foreach(po ${translations})
  execute_process(COMMAND ${RAPPORT} i18n stats ${po} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${po} does not load: ${err}")
  endif()
endforeach()

# Universal character names in C literals reach the translator as the characters themselves.
file(MAKE_DIRECTORY ${WORK}/ucn/engine/game)
file(WRITE ${WORK}/ucn/engine/game/a.c "const char *f(void) { return TR(\"a.quote\", \"No \\u201c%s\\u201d here\"); }\n")
execute_process(COMMAND ${RAPPORT} i18n extract --source ${WORK}/ucn RESULT_VARIABLE rc OUTPUT_VARIABLE out)
string(FIND "${out}" "msgid \"No “%s” here\"" at)
if(NOT rc EQUAL 0 OR at EQUAL -1)
  message(FATAL_ERROR "a \\u escape was not decoded (${rc}):\n${out}")
endif()

# `check` names a bare player-facing literal and fails; a marked or exempt one passes.
file(MAKE_DIRECTORY ${WORK}/bare/engine/game)
file(WRITE ${WORK}/bare/engine/game/a.c
  "void f(void) { ui_button(ui, r, \"Play the game\", 0, 0, 0); }\n"
  "void g(void) { ui_button(ui, r, TR(\"a.go\", \"Go now\"), 0, 0, 0); }\n"
  "void h(void) { SDL_Log(\"Window made\"); lookup(\"Key words\"); /* i18n-exempt */ }\n")
execute_process(COMMAND ${RAPPORT} i18n check --source ${WORK}/bare RESULT_VARIABLE rc OUTPUT_VARIABLE out)
string(FIND "${out}" "engine/game/a.c:1: \"Play the game\" has no line id" at)
string(FIND "${out}" "Go now" marked)
string(FIND "${out}" "Key words" exempt)
if(rc EQUAL 0 OR at EQUAL -1 OR NOT marked EQUAL -1 OR NOT exempt EQUAL -1)
  message(FATAL_ERROR "check did not name exactly the bare literal (${rc}):\n${out}")
endif()

# engine/sim's words (sim/text.h): SIM_TR, SIM_TRN and SIM_TR_ENTRY reach the template with
# their ids; the markers' own #defines are not uses; a bare player-facing literal in
# engine/sim fails `check`, which names SIM_TR as the fix.
foreach(expected "msgctxt \"sim.debrief.stated_why\"" "msgctxt \"sim.skill.curiosity\""
                 "msgctxt \"checklist.name.label\"" "#: scripts/lib/drills.lua"
                 "msgid_plural \"You connected with everyone online in one click: %d new connections")
  string(FIND "${lines}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the template has no ${expected}")
  endif()
endforeach()
file(MAKE_DIRECTORY ${WORK}/sim/engine/sim)
file(WRITE ${WORK}/sim/engine/sim/a.h
  "#define SIM_TR(id, english) sim_text(id, english)\n"
  "#define SIM_TRN(id, one, other, n) sim_text_plural(id, one, other, n)\n"
  "#define SIM_TR_ENTRY(id, english) {id, english}\n")
file(WRITE ${WORK}/sim/engine/sim/a.c
  "static const SimText T[] = {SIM_TR_ENTRY(\"sim.t.one\", \"Table words\")};\n"
  "void f(char *o, int n) { snprintf(o, 9, SIM_TR(\"sim.t.card\", \"You took %s's card\"), \"x\"); }\n"
  "void g(char *o, int n) { snprintf(o, 9, SIM_TRN(\"sim.t.people\", \"%d person\", \"%d people\", n), n); }\n")
execute_process(COMMAND ${RAPPORT} i18n extract --source ${WORK}/sim RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
foreach(expected "msgctxt \"sim.t.one\"\nmsgid \"Table words\"" "msgctxt \"sim.t.card\"\nmsgid \"You took %s's card\""
                 "msgctxt \"sim.t.people\"\nmsgid \"%d person\"\nmsgid_plural \"%d people\"" "#: engine/sim/a.c:3")
  string(FIND "${out}" "${expected}" at)
  if(NOT rc EQUAL 0 OR at EQUAL -1)
    message(FATAL_ERROR "sim markers not extracted (${rc}, expected ${expected}):\n${out}\n${err}")
  endif()
endforeach()
execute_process(COMMAND ${RAPPORT} i18n check --source ${WORK}/sim RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "check refused marked sim words (${rc}):\n${out}")
endif()
file(APPEND ${WORK}/sim/engine/sim/a.c
  "void h(char *o) { snprintf(o, 9, \"You left %s mid-conversation\", \"x\"); }\n")
execute_process(COMMAND ${RAPPORT} i18n check --source ${WORK}/sim RESULT_VARIABLE rc OUTPUT_VARIABLE out)
string(FIND "${out}" "engine/sim/a.c:4: \"You left %s mid-conversation\" has no line id: wrap it in SIM_TR(" at)
if(rc EQUAL 0 OR at EQUAL -1)
  message(FATAL_ERROR "check did not name the bare literal in engine/sim (${rc}):\n${out}")
endif()
# `stats` names an entry whose id the source no longer has (an orphan) and fails; the same
# file without it passes.
string(CONCAT orphan_po "msgid \"\"\nmsgstr \"Language: es\\nPlural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n"
  "msgctxt \"title.progress\"\nmsgid \"Progress\"\nmsgstr \"Progreso\"\n")
file(WRITE ${WORK}/clean.po "${orphan_po}")
file(WRITE ${WORK}/orphan.po "${orphan_po}\nmsgctxt \"title.no_such_line\"\nmsgid \"Gone\"\nmsgstr \"Ido\"\n")
execute_process(COMMAND ${RAPPORT} i18n stats ${WORK}/clean.po --source ${SOURCE} RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "stats refused a translation without orphans (${rc}):\n${out}")
endif()
execute_process(COMMAND ${RAPPORT} i18n stats ${WORK}/orphan.po --source ${SOURCE} RESULT_VARIABLE rc OUTPUT_VARIABLE out)
string(FIND "${out}" "orphan.po:8: 1 entry whose id is no longer in the source (\"title.no_such_line\")" at)
if(rc EQUAL 0 OR at EQUAL -1)
  message(FATAL_ERROR "stats did not name the orphan (${rc}):\n${out}")
endif()
