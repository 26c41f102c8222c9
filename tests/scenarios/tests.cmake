# Scenario tests (included by tests/CMakeLists.txt):
#  - every file in tests/scenarios/broken/ is refused by `rapport validate` within a second,
#    with a message naming the file and matching its `-- expect:` line, without a crash;
#  - the small valid fixture and every shipped scenario (scripts/scenarios/*.lua) validate.
file(GLOB broken_scenarios CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/broken/*.lua)
foreach(file ${broken_scenarios})
  get_filename_component(name ${file} NAME_WE)
  add_test(NAME scenario.broken.${name}
    COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport> -DFILE=${file}
      -P ${CMAKE_CURRENT_LIST_DIR}/check_refused.cmake)
  set_tests_properties(scenario.broken.${name} PROPERTIES
    LABELS scenario ENVIRONMENT "${RAPPORT_TEST_ENV}" TIMEOUT 10)
endforeach()

add_test(NAME scenario.valid.fixture
  COMMAND $<TARGET_FILE:rapport> validate ${CMAKE_CURRENT_LIST_DIR}/good/mini_mixer.lua)
set_tests_properties(scenario.valid.fixture PROPERTIES
  LABELS scenario ENVIRONMENT "${RAPPORT_TEST_ENV}" TIMEOUT 10
  PASS_REGULAR_EXPRESSION "^OK [^\n]*mini_mixer.lua: 2 people, 9 nodes\n$")

file(GLOB shipped_scenarios CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/scripts/scenarios/*.lua)
if(shipped_scenarios)
  add_test(NAME scenario.valid.shipped
    COMMAND $<TARGET_FILE:rapport> validate ${shipped_scenarios})
  set_tests_properties(scenario.valid.shipped PROPERTIES
    LABELS scenario ENVIRONMENT "${RAPPORT_TEST_ENV}" TIMEOUT 20)
endif()

add_test(NAME scenario.validate.usage COMMAND $<TARGET_FILE:rapport> validate --bogus)
set_tests_properties(scenario.validate.usage PROPERTIES
  LABELS scenario ENVIRONMENT "${RAPPORT_TEST_ENV}" WILL_FAIL TRUE)
