# Runs one replay headless on a fresh save, then checks that every screenshot it wrote is
# a real, non-blank 1280x720 image (the game itself fails the run on a broken expectation).
# Optional: ARGS, extra command-line options (e.g. --scenario PATH); PREPARE, a replay run
# first on the same save (to set a profile's prefs); JUNK, the save starts as a file of junk
# bytes (a damaged save); BROKEN_ROOT, the game runs on a copy of the project (from SOURCE)
# whose scenarios include a broken one.
file(REMOVE_RECURSE ${SHOTS})
file(MAKE_DIRECTORY ${SHOTS})
get_filename_component(save_dir ${SAVE} DIRECTORY)
file(MAKE_DIRECTORY ${save_dir})
file(GLOB old_damaged ${SAVE}.damaged-*)
file(REMOVE ${SAVE} ${SAVE}-wal ${SAVE}-shm ${SAVE}-journal ${old_damaged})
if(JUNK)
  file(WRITE ${SAVE} "this is not a database: a shopping list (eggs, flour, coffee)\n")
endif()
if(PREPARE)
  execute_process(
    COMMAND ${RAPPORT} --headless --replay ${PREPARE} --screenshot-dir ${SHOTS} --save ${SAVE}
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "preparing replay ${PREPARE} failed with status ${rc}")
  endif()
endif()
if(BROKEN_ROOT)
  file(REMOVE_RECURSE ${BROKEN_ROOT})
  file(COPY ${SOURCE}/assets ${SOURCE}/scripts DESTINATION ${BROKEN_ROOT})
  file(WRITE ${BROKEN_ROOT}/scripts/scenarios/rooftop_party.lua
    "-- A scenario someone is still writing: a missing closing brace.\n"
    "return scenario {\n  id = \"rooftop_party\",\n  title = \"Rooftop Party\",\n"
    "  people = {\n    person { id = \"ana\", name = \"Ana\" \n  },\n")
  set(ENV{RAPPORT_ROOT} ${BROKEN_ROOT})
endif()
separate_arguments(extra UNIX_COMMAND "${ARGS}")
execute_process(
  COMMAND ${RAPPORT} --headless --replay ${REPLAY} --screenshot-dir ${SHOTS} --save ${SAVE} ${extra}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "replay ${REPLAY} failed with status ${rc}")
endif()
if(JUNK)
  # The damaged save must have been moved aside, never deleted. (The notice's wording is
  # checked by the replay; the path it names wraps differently in every checkout.)
  file(GLOB moved ${SAVE}.damaged-*)
  if(NOT moved)
    message(FATAL_ERROR "the damaged save ${SAVE} was not moved aside to ${SAVE}.damaged-*")
  endif()
  file(READ ${moved} kept)
  if(NOT kept MATCHES "shopping list")
    message(FATAL_ERROR "the save moved aside (${moved}) does not hold the damaged file's bytes")
  endif()
endif()
file(GLOB shots ${SHOTS}/*.bmp)
list(LENGTH shots count)
if(count EQUAL 0)
  message(FATAL_ERROR "replay ${REPLAY} wrote no screenshot")
endif()
foreach(shot ${shots})
  file(SIZE ${shot} size)
  # 1280x720 at 32 bits plus the header.
  if(size LESS 3686400)
    message(FATAL_ERROR "${shot} is not a full 1280x720 frame (${size} bytes)")
  endif()
  # Blank means every pixel equals the first: remove that pixel's bytes, see what is left.
  # The pixel data starts at the little-endian offset stored in bytes 10..13.
  file(READ ${shot} off OFFSET 10 LIMIT 4 HEX)
  string(SUBSTRING "${off}" 0 2 b0)
  string(SUBSTRING "${off}" 2 2 b1)
  math(EXPR data_offset "0x${b1}${b0}")
  file(READ ${shot} pixels OFFSET ${data_offset} HEX)
  string(SUBSTRING "${pixels}" 0 8 first)
  string(REPLACE "${first}" "" rest "${pixels}")
  string(LENGTH "${rest}" left)
  if(left EQUAL 0)
    message(FATAL_ERROR "${shot} is blank: one colour everywhere")
  endif()
endforeach()
message(STATUS "${count} screenshots checked")
