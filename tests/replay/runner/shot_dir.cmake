# Removes the screenshot folder (and its parent), runs the replay, and checks that the
# folder was made and the screenshot written as a full 1280x720 frame.
get_filename_component(parent ${SHOTS} DIRECTORY)
file(REMOVE_RECURSE ${parent})
get_filename_component(save_dir ${SAVE} DIRECTORY)
file(MAKE_DIRECTORY ${save_dir})
file(REMOVE ${SAVE} ${SAVE}-wal ${SAVE}-shm ${SAVE}-journal)
execute_process(
  COMMAND ${RAPPORT} --headless --replay ${REPLAY} --screenshot-dir ${SHOTS} --save ${SAVE}
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "replay failed with status ${rc}: ${err}")
endif()
if(NOT EXISTS ${SHOTS}/title.bmp)
  message(FATAL_ERROR "${SHOTS}/title.bmp was not written")
endif()
file(SIZE ${SHOTS}/title.bmp size)
if(size LESS 3686400)
  message(FATAL_ERROR "${SHOTS}/title.bmp is not a full frame (${size} bytes)")
endif()
