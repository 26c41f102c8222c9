# Fuzzing in the tree (issue 12), the way SQLite keeps fuzzcheck. Each target in
# tests/fuzz/fuzz_<name>.c defines LLVMFuzzerTestOneInput.
#  - Normal builds (gcc, `make test`): each target is linked with replay_driver.c and run
#    once over every input kept in tests/fuzz/corpus/<name>/ (seeds and every crash ever
#    found) — a fast regression test, no fuzzing.
#  - RAPPORT_FUZZ=ON (clang; `make fuzz`): each target is linked with libFuzzer instead, as
#    fuzz_<name>, for tests/fuzz/run.sh to run for FUZZ_SECONDS each.
option(RAPPORT_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
set(RAPPORT_FUZZ_TARGETS replay workshop scenario save)
set(rapport_fuzz_libs_replay rapport_gfx m)
set(rapport_fuzz_libs_workshop rapport_sim)
set(rapport_fuzz_libs_scenario rapport_script)
set(rapport_fuzz_libs_save rapport_save)
# Seeds kept elsewhere in the tree, read as well as the corpus (never copied into it): the
# scenario tests' good and broken files are the scenario loader's seeds.
set(rapport_fuzz_seeds_scenario ${CMAKE_SOURCE_DIR}/tests/scenarios/good ${CMAKE_SOURCE_DIR}/tests/scenarios/broken)
foreach(target ${RAPPORT_FUZZ_TARGETS})
  set(src ${CMAKE_CURRENT_LIST_DIR}/fuzz_${target}.c)
  if(RAPPORT_FUZZ)
    add_executable(fuzz_${target} ${src})
    target_compile_options(fuzz_${target} PRIVATE -fsanitize=fuzzer)
    target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer)
    target_link_libraries(fuzz_${target} PRIVATE ${rapport_fuzz_libs_${target}})
  else()
    add_executable(fuzz_replay_${target} ${src} ${CMAKE_CURRENT_LIST_DIR}/replay_driver.c)
    target_link_libraries(fuzz_replay_${target} PRIVATE ${rapport_fuzz_libs_${target}})
    add_test(NAME fuzz.${target}
      COMMAND fuzz_replay_${target} ${CMAKE_CURRENT_LIST_DIR}/corpus/${target} ${rapport_fuzz_seeds_${target}})
    set_tests_properties(fuzz.${target} PROPERTIES LABELS fuzz ENVIRONMENT "${RAPPORT_TEST_ENV}")
  endif()
endforeach()
