# Runs a front-screen replay headless with extra command-line ARGS (e.g. --scenario PATH)
# on a fresh save; an optional PREPARE replay runs first on the same save (to set a
# profile's prefs); with JUNK the save starts as a file of junk bytes (a damaged save);
# with BROKEN_ROOT the game runs on a copy of the project whose scenarios include a broken one. Fails on a non-zero exit or when no screenshot was written.
file(REMOVE_RECURSE ${SHOTS})
file(MAKE_DIRECTORY ${SHOTS})
get_filename_component(save_dir ${SAVE} DIRECTORY)
file(MAKE_DIRECTORY ${save_dir})
file(GLOB old_damaged ${SAVE}.damaged-*)
file(REMOVE ${SAVE} ${SAVE}-wal ${SAVE}-shm ${old_damaged})
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
  # A copy of the project root whose scenario folder also holds a broken scenario.
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
file(GLOB shots ${SHOTS}/*.bmp)
list(LENGTH shots count)
if(count EQUAL 0)
  message(FATAL_ERROR "replay ${REPLAY} wrote no screenshot")
endif()
