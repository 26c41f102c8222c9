# Installing like a desktop application (docs/install.md): no module reads the environment;
# `cmake --install` to a temporary prefix plays a full career fair with its save in a
# temporary XDG_DATA_HOME, and again after the prefix is moved; the .deb carries the right
# dependencies and runs from a `dpkg -x` root; the desktop entry, metainfo and icons
# validate; the man page formats cleanly and covers every flag and command.
# The heavy ones (full replays from the installed tree) are left out of the ASan preset
# (label slow-asan); they exercise installing, not memory safety (install.prefix passes
# under ASan too: `ctest --test-dir build-asan -R install.prefix`).
set(_inst ${CMAKE_CURRENT_LIST_DIR})
function(rapport_install_test name labels)
  add_test(NAME install.${name} COMMAND bash ${_inst}/${name}.sh ${ARGN})
  set_tests_properties(install.${name} PROPERTIES LABELS "install;${labels}"
                       ENVIRONMENT "${RAPPORT_TEST_ENV}")
endfunction()
rapport_install_test(no_getenv "" ${CMAKE_SOURCE_DIR})
rapport_install_test(prefix "slow-asan" ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR})
# A sanitizer build's binary needs libasan, so its package could never be installed as is:
# the package test belongs to the normal build only.
if(NOT RAPPORT_SANITIZE)
  rapport_install_test(package "slow-asan" ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR} ${PROJECT_VERSION})
  # Both install from the same build folder (cmake --install and cpack each write an
  # install manifest there): one at a time.
  set_tests_properties(install.prefix install.package PROPERTIES RESOURCE_LOCK rapport_build_install)
endif()
rapport_install_test(desktop "" ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR} ${RAPPORT_APP_ID})
rapport_install_test(man "" $<TARGET_FILE:rapport> ${CMAKE_BINARY_DIR}/dist/rapport.1 ${PROJECT_VERSION})
# Data that is not where it was said to be: the game refuses to start and says what to do.
add_test(NAME install.missing_data
  COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport> -DEXPECT_RC=1
    "-DEXPECT_TEXT=Point --data-dir or RAPPORT_DATA_DIR" "-DARGS=--data-dir /nonexistent/rapport --headless --frames 2"
    -P ${CMAKE_SOURCE_DIR}/tests/support/expect_fail.cmake)
set_tests_properties(install.missing_data PROPERTIES LABELS install ENVIRONMENT "${RAPPORT_TEST_ENV}")
