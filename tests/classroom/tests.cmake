# Classroom workshops (issue 7): the end-to-end run through the real binary — class,
# workshop code, three students played headless on their own saves, import twice, CSV
# read back with Python's csv module, damaged files refused with the teacher's save byte
# for byte unchanged, the dashboard's named and anonymous screenshots — and a benchmark
# (label "bench") that imports 30 students' files of 20 sessions each.
find_program(RAPPORT_PYTHON3 python3)
if(RAPPORT_PYTHON3)
  add_test(NAME classroom.e2e
    COMMAND ${RAPPORT_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/e2e_class.py $<TARGET_FILE:rapport>
      ${CMAKE_BINARY_DIR}/classroom-e2e ${CMAKE_SOURCE_DIR}/tests/replay/class/driven/dashboard.replay)
  set_tests_properties(classroom.e2e PROPERTIES LABELS "e2e;classroom" TIMEOUT 600
    ENVIRONMENT "${RAPPORT_TEST_ENV}")
else()
  message(FATAL_ERROR "python3 not found: the classroom end-to-end test needs it. Install it with: sudo apt-get install python3")
endif()

# Issue 14's store and command line: spreadsheet-safe CSV, private by default, roster
# hygiene, erasure, refusals of incomplete hand-in files.
add_test(NAME classroom.store
  COMMAND ${RAPPORT_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/class_store.py $<TARGET_FILE:rapport>
    ${CMAKE_BINARY_DIR}/classroom-store)
set_tests_properties(classroom.store PROPERTIES LABELS "e2e;classroom" TIMEOUT 300
  ENVIRONMENT "${RAPPORT_TEST_ENV}")

add_executable(bench_class_import ${CMAKE_CURRENT_LIST_DIR}/bench_class_import.c)
target_link_libraries(bench_class_import PRIVATE rapport_save rapport_sim)
add_test(NAME bench.bench_class_import COMMAND bench_class_import ${CMAKE_BINARY_DIR}/classroom-bench)
set_tests_properties(bench.bench_class_import PROPERTIES LABELS bench ENVIRONMENT "${RAPPORT_TEST_ENV}")

# Issue 14's 30-student workshop end to end (hand-in files, a folder import, results codes,
# near-duplicate names, same-name students, a sibling, an absentee, a shared laptop, erasure)
# and the printable pages rendered to one A4 page each: HTML -> PDF (weasyprint) -> pdfinfo
# -> PNG (pdftoppm) in build/classroom-30/pages, to look at.
find_program(RAPPORT_WEASYPRINT weasyprint)
find_program(RAPPORT_PDFINFO pdfinfo)
if(NOT RAPPORT_WEASYPRINT OR NOT RAPPORT_PDFINFO)
  message(FATAL_ERROR "weasyprint or pdfinfo not found: the printable-page test needs them. "
          "Install them with: sudo apt-get install weasyprint poppler-utils (or tools/ensure-deps.sh)")
endif()
add_test(NAME classroom.workshop30
  COMMAND ${RAPPORT_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/workshop30.py $<TARGET_FILE:rapport>
    ${CMAKE_BINARY_DIR}/classroom-30)
set_tests_properties(classroom.workshop30 PROPERTIES LABELS "e2e;classroom" TIMEOUT 600
  ENVIRONMENT "${RAPPORT_TEST_ENV}")

# Workshop codes carry the teacher's difficulty (issue 16): made, checked, old codes read as
# standard, typos and unknown difficulties refused, and sessions stored at the code's level.
add_test(NAME classroom.workshop_difficulty
  COMMAND ${RAPPORT_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/workshop_difficulty.py $<TARGET_FILE:rapport>
    ${CMAKE_BINARY_DIR}/classroom-workshop-difficulty)
set_tests_properties(classroom.workshop_difficulty PROPERTIES LABELS "e2e;classroom" TIMEOUT 300
  ENVIRONMENT "${RAPPORT_TEST_ENV}")
