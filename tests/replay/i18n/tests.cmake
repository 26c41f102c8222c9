# The Spanish translation in play (assets/i18n/es.po): the careers fair's briefing, floor and
# a conversation with Maya under --language es, at the default text size and at the largest
# size in high contrast (profile Dee, prepared by front/driven/prefs_larger.replay); and the
# same fair without --language, which must stay English. career_fair_es_debrief plays on to
# the debrief and switches back to English. Each Spanish run expects Spanish
# lines and no English ones, so it fails if the translation is not loaded or not used.
set(_i18n ${CMAKE_CURRENT_LIST_DIR}/driven)
function(rapport_i18n_replay name replay prepare args)
  add_test(NAME replay.i18n.${name}
    COMMAND ${CMAKE_COMMAND}
      -DRAPPORT=$<TARGET_FILE:rapport> -DREPLAY=${_i18n}/${replay} "-DPREPARE=${prepare}"
      -DSHOTS=${CMAKE_BINARY_DIR}/screenshots/i18n_${name}
      -DSAVE=${CMAKE_BINARY_DIR}/e2e-saves/i18n_${name}.db "-DARGS=${args}"
      -DSOURCE=${CMAKE_SOURCE_DIR}
      -P ${RAPPORT_TEST_SUPPORT}/run_replay.cmake)
  set_tests_properties(replay.i18n.${name} PROPERTIES LABELS "e2e;replay" ENVIRONMENT "${RAPPORT_TEST_ENV}")
endfunction()
rapport_i18n_replay(career_fair_es career_fair_es.replay ""
  "--language es --scenario career_fair --profile Ana")
rapport_i18n_replay(career_fair_es_larger career_fair_es.replay
  "${CMAKE_SOURCE_DIR}/tests/replay/front/driven/prefs_larger.replay"
  "--language es --scenario career_fair --profile Dee")
rapport_i18n_replay(career_fair_en career_fair_en.replay ""
  "--scenario career_fair --profile Ana")
# On to the debrief in Spanish (the simulation's words: cards, next step, skills, their side
# of the transcript, the coach's notes), at both sizes, then back to English.
rapport_i18n_replay(career_fair_es_debrief career_fair_es_debrief.replay ""
  "--language es --scenario career_fair --profile Ana")
rapport_i18n_replay(career_fair_es_debrief_larger career_fair_es_debrief.replay
  "${CMAKE_SOURCE_DIR}/tests/replay/front/driven/prefs_larger.replay"
  "--language es --scenario career_fair --profile Dee")
# Practice in Spanish: the own-words checklist, "Practise this" and every drill, at both sizes.
rapport_i18n_replay(career_fair_es_practice career_fair_es_practice.replay ""
  "--language es --scenario career_fair --profile Ana")
rapport_i18n_replay(career_fair_es_practice_larger career_fair_es_practice.replay
  "${CMAKE_SOURCE_DIR}/tests/replay/front/driven/prefs_larger.replay"
  "--language es --scenario career_fair --profile Dee")
# Settings' key table in Spanish (keys.action.*, keys.* from engine/gfx/input.c, translated by
# engine/ui/keys.c): at the default size, and at the largest size in high contrast.
rapport_i18n_replay(keys_es keys_es.replay "" "--language es")
rapport_i18n_replay(keys_es_larger keys_es_larger.replay
  "${CMAKE_SOURCE_DIR}/tests/replay/front/driven/prefs_larger.replay" "--language es")
# A count's plural form on screen, for 1 and 2, in Spanish and in English (the practice menu's
# "Practised N moments this week"), with the drills and the checklist from scripts/lib.
rapport_i18n_replay(plural_es plural_es.replay "" "--language es")
rapport_i18n_replay(plural_en plural_en.replay "" "")
