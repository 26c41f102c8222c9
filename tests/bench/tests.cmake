# Benchmarks in a real window (label "bench", run by `make bench`): the title screen and a
# conversation waiting for the player, as a share of one core, under Xvfb. Skipped with a
# note when Xvfb is not installed (sudo apt-get install xvfb). The headless figures come
# from tests/bench/bench_*.c (see docs/performance.md).
find_program(RAPPORT_XVFB Xvfb)
if(RAPPORT_XVFB)
  add_test(NAME bench.window_idle COMMAND ${CMAKE_CURRENT_LIST_DIR}/window_idle.sh $<TARGET_FILE:rapport>)
  set_tests_properties(bench.window_idle PROPERTIES LABELS bench TIMEOUT 300)
else()
  message(STATUS "Xvfb not found: bench.window_idle (idle CPU in a real window) is not built; apt-get install xvfb")
endif()
