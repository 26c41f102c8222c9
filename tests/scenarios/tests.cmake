# Scenario tests (included by tests/CMakeLists.txt):
#  - every file in tests/scenarios/broken/ is refused by `rapport validate` within a second,
#    with a message naming the file and matching its `-- expect:` line, without a crash;
#  - the small valid fixture and every shipped scenario (scripts/scenarios/*.lua) validate,
#    the shipped ones without tells (--strict);
#  - a tell is a warning with FILE:LINE, exit 0 (tests/scenarios/tells/, and
#    tests/cli/test_cli_tells.c for each tell's text and line).
file(GLOB broken_scenarios CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/broken/*.lua)
foreach(file ${broken_scenarios})
  get_filename_component(name ${file} NAME_WE)
  add_test(NAME scenario.broken.${name}
    COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport> -DFILE=${file}
      -P ${CMAKE_CURRENT_LIST_DIR}/check_refused.cmake)
  set_tests_properties(scenario.broken.${name} PROPERTIES
    LABELS scenario ENVIRONMENT "${RAPPORT_TEST_ENV}" TIMEOUT 30)
endforeach()

add_test(NAME scenario.valid.fixture
  COMMAND $<TARGET_FILE:rapport> validate ${CMAKE_CURRENT_LIST_DIR}/good/mini_mixer.lua)
set_tests_properties(scenario.valid.fixture PROPERTIES
  LABELS scenario ENVIRONMENT "${RAPPORT_TEST_ENV}" TIMEOUT 10
  PASS_REGULAR_EXPRESSION "^OK [^\n]*mini_mixer.lua: 2 people, 9 nodes\n$")

file(GLOB shipped_scenarios CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/scripts/scenarios/*.lua)
if(shipped_scenarios)
  add_test(NAME scenario.valid.shipped
    COMMAND $<TARGET_FILE:rapport> validate --strict ${shipped_scenarios})
  set_tests_properties(scenario.valid.shipped PROPERTIES
    LABELS scenario ENVIRONMENT "${RAPPORT_TEST_ENV}" TIMEOUT 20)
endif()

# Command lines: exact exit statuses (0 ok, 1 problem, 2 misuse) and what they print.
function(rapport_cli_test name status match)
  string(REPLACE ";" "|" args "${ARGN}")
  add_test(NAME scenario.cli.${name}
    COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport> "-DARGS=${args}"
      -DSTATUS=${status} "-DMATCH=${match}" -P ${CMAKE_CURRENT_LIST_DIR}/check_status.cmake)
  set_tests_properties(scenario.cli.${name} PROPERTIES
    LABELS scenario ENVIRONMENT "${RAPPORT_TEST_ENV}" TIMEOUT 30)
endfunction()
rapport_cli_test(help 0 "validate.*simulate" help)
rapport_cli_test(validate_help 0 "usage: rapport validate" validate --help)
rapport_cli_test(validate_bad_flag 2 "unknown option '--bogus'" validate --bogus x.lua)
rapport_cli_test(validate_no_file 2 "name at least one" validate)
rapport_cli_test(validate_missing 1 "nowhere.lua: cannot open" validate /nonexistent/nowhere.lua)
rapport_cli_test(simulate_help 0 "usage: rapport simulate" simulate --help)
rapport_cli_test(simulate_no_runs 2 "--runs is required" simulate --scenario career_fair --strategy connector)
rapport_cli_test(simulate_bad_strategy 2 "unknown strategy" simulate --scenario career_fair --strategy shark --runs 1)
rapport_cli_test(simulate_unknown_scenario 1 "no scenario 'atlantis'" simulate --scenario atlantis --strategy random --runs 1)
rapport_cli_test(simulate_fixture 0 "connector +[0-9.]+" simulate --scenario ${CMAKE_CURRENT_LIST_DIR}/good/mini_mixer.lua --strategy connector --strategy collector --runs 50 --seed 3)

add_test(NAME scenario.tell.warning
  COMMAND $<TARGET_FILE:rapport> validate ${CMAKE_CURRENT_LIST_DIR}/tells/tell_dead_loop.lua)
set_tests_properties(scenario.tell.warning PROPERTIES
  LABELS scenario ENVIRONMENT "${RAPPORT_TEST_ENV}" TIMEOUT 10
  PASS_REGULAR_EXPRESSION "tell_dead_loop.lua:33: warning: person 'ana_silva', node 'weather' is in a dead loop of 2 nodes")
