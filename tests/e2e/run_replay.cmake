# Runs one replay headless with a fresh save and checks that every screenshot it wrote
# is a real image (the game itself fails the run on a broken expectation).
file(REMOVE_RECURSE ${SHOTS})
file(MAKE_DIRECTORY ${SHOTS})
get_filename_component(save_dir ${SAVE} DIRECTORY)
file(MAKE_DIRECTORY ${save_dir})
file(REMOVE ${SAVE} ${SAVE}-wal ${SAVE}-shm)
execute_process(
  COMMAND ${RAPPORT} --headless --replay ${REPLAY} --screenshot-dir ${SHOTS} --save ${SAVE}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "replay ${REPLAY} failed with status ${rc}")
endif()
file(GLOB shots ${SHOTS}/*.bmp)
list(LENGTH shots count)
if(count EQUAL 0)
  message(FATAL_ERROR "replay ${REPLAY} wrote no screenshot")
endif()
