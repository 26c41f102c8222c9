# Localisation (issue 17): `rapport i18n extract` gives the same template twice and every
# entry has an id; a source using one id for two texts, or TR without literals, is refused
# naming the file and line; every shipped translation in assets/i18n loads.
add_test(NAME i18n.extract
  COMMAND ${CMAKE_COMMAND} -DRAPPORT=$<TARGET_FILE:rapport> -DSOURCE=${CMAKE_SOURCE_DIR}
    -DWORK=${CMAKE_BINARY_DIR}/i18n-extract -P ${CMAKE_CURRENT_LIST_DIR}/extract.cmake)
set_tests_properties(i18n.extract PROPERTIES LABELS "e2e;i18n" ENVIRONMENT "${RAPPORT_TEST_ENV}")

# Every player-facing string in engine/game and engine/ui has a line id (a bare literal such
# as "Play" passed to a drawing call fails this, naming its file and line).
add_test(NAME i18n.check COMMAND $<TARGET_FILE:rapport> i18n check --source ${CMAKE_SOURCE_DIR})
set_tests_properties(i18n.check PROPERTIES LABELS "unit;i18n" ENVIRONMENT "${RAPPORT_TEST_ENV}")
