/* test_game_after_text.c — the after-event screens' text helpers (engine/game/after.h): facts
 * turned toward the person for a follow-up message, day spans in words, tier labels; and,
 * for every shipped scenario, that each follow-up reference reads as addressed to them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "game/after.h"
#include "game/roster_acquaintance.h"
#include "i18n/i18n.h"
#include "script/script.h"

static void check_fact(const char *fact, const char *expected) {
  char out[256];
  game_after_fact_to_you(fact, out, sizeof out);
  assert_string_equal(out, expected);
}

static void test_fact_leading_verbs(void **state) {
  (void)state;
  check_fact("is running a user study on a heart-rate app and needs volunteers",
             "you're running a user study on a heart-rate app and need volunteers");
  check_fact("was the first in his family at university", "you were the first in your family at university");
  check_fact("says Pulse Health takes two research interns each summer",
             "you said Pulse Health takes two research interns each summer");
  check_fact("worked as a cardiac nurse for six years", "you worked as a cardiac nurse for six years");
  check_fact("had his 6:40 train cancelled and is stuck on campus",
             "you had your 6:40 train cancelled and are stuck on campus");
}

static void test_fact_keeps_plural_words_and_fits(void **state) {
  (void)state;
  /* "and this", "and press" are not third-person verbs to trim. */
  check_fact("is hiring and this matters", "you're hiring and this matters");
  check_fact("is busy and press officers call", "you're busy and press officers call");
  char small[8];
  game_after_fact_to_you("is running a long study", small, sizeof small);
  assert_int_equal(strlen(small), 7);
  game_after_fact_to_you(NULL, small, sizeof small);
  assert_string_equal(small, "");
}

/* Under the Spanish catalogue a fact is the translator's phrase: the English rewrite is
 * skipped, in the follow-up and in the later meeting's fact_you alike. */
static void test_translated_fact_kept(void **state) {
  (void)state;
  I18nCatalog *es = NULL;
  char msg[256];
  assert_int_equal(i18n_catalog_load(RAPPORT_SOURCE_DIR "/assets/i18n/es.po", &es, msg, sizeof msg), I18N_OK);
  i18n_use(es);
  char out[256];
  game_after_fact_to_you("está entrenando para su primera media maratón", out, sizeof out);
  assert_string_equal(out, "está entrenando para su primera media maratón");
  game_after_fact_to_you("runs a ceramics class", out, sizeof out);
  assert_string_equal(out, "runs a ceramics class");
  assert_true(game_acquaintance_fact_you("dirige un taller de cerámica", out, sizeof out));
  assert_string_equal(out, "dirige un taller de cerámica");
  i18n_use(NULL);
  i18n_catalog_free(es);
  game_after_fact_to_you("runs a ceramics class", out, sizeof out);
  assert_string_equal(out, "you run a ceramics class");
}

static void test_days_words(void **state) {
  (void)state;
  char out[32];
  const struct { int days; const char *words; } cases[] = {
    {0, "today"}, {1, "a day"}, {4, "4 days"}, {7, "a week"}, {13, "a week"}, {14, "two weeks"},
    {21, "three weeks"}, {29, "four weeks"}, {30, "a month"}, {95, "3 months"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    game_after_days_words(cases[i].days, out, sizeof out);
    assert_string_equal(out, cases[i].words);
  }
}

static void test_tier_labels(void **state) {
  (void)state;
  assert_string_equal(game_after_tier_label(0), "Stranger");
  assert_string_equal(game_after_tier_label(3), "Rapport");
  assert_string_equal(game_after_tier_label(5), "Ally");
  assert_string_equal(game_after_tier_label(-2), "Stranger");
  assert_string_equal(game_after_tier_label(9), "Ally");
}

/* Every shipped person's follow-up reference, turned toward them, addresses them. */
static void test_shipped_references_address_the_person(void **state) {
  (void)state;
  char ids[32][64];
  int n = scr_list_scenarios(ids, 32);
  assert_true(n > 0);
  int checked = 0;
  for (int i = 0; i < n; i++) {
    char path[1024], err[320];
    assert_int_equal(scr_find_scenario(ids[i], path, sizeof path), 0);
    SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
    assert_non_null(sc);
    for (int p = 0; p < sc->person_count; p++) {
      const char *ref = sc->people[p].followup.reference;
      if (!ref) continue;
      char out[512];
      game_after_fact_to_you(ref, out, sizeof out);
      assert_true(strncmp(out, "you", 3) == 0);
      assert_null(strstr(out, " his "));
      assert_null(strstr(out, " her "));
      assert_null(strstr(out, " she "));
      checked++;
    }
    sim_scenario_destroy(sc);
  }
  assert_true(checked > 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_fact_leading_verbs),
    cmocka_unit_test(test_fact_keeps_plural_words_and_fits),
    cmocka_unit_test(test_translated_fact_kept),
    cmocka_unit_test(test_days_words),
    cmocka_unit_test(test_tier_labels),
    cmocka_unit_test(test_shipped_references_address_the_person),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
