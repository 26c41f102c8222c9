/* test_i18n_es_plurals.c — the interface's counts in assets/i18n/es.po choose the right
 * form: one for 1 and the other for 0 and 2, in Spanish from the file's Plural-Forms and in
 * English from the source, for the sentences once built with a "s" suffix in C.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "i18n/i18n.h"

static I18nCatalog *spanish(void) {
  char msg[512] = "";
  I18nCatalog *cat = NULL;
  if (i18n_catalog_load(RAPPORT_SOURCE_DIR "/assets/i18n/es.po", &cat, msg, sizeof msg) != I18N_OK)
    fail_msg("%s", msg);
  return cat;
}

/* The form for n, with n printed in it. */
static const char *count(const char *id, const char *one, const char *other, int n) {
  static char line[400];
  snprintf(line, sizeof line, i18n_text_plural(id, one, other, (unsigned long)n), n);
  return line;
}

static void test_people_and_cards(void **state) {
  (void)state;
  I18nCatalog *cat = spanish();
  i18n_use(NULL);
  assert_string_equal(count("plural.people", "%d person", "%d people", 1), "1 person");
  assert_string_equal(count("plural.people", "%d person", "%d people", 2), "2 people");
  assert_string_equal(count("plural.cards", "%d card", "%d cards", 0), "0 cards");
  i18n_use(cat);
  assert_string_equal(count("plural.people", "%d person", "%d people", 1), "1 persona");
  assert_string_equal(count("plural.people", "%d person", "%d people", 2), "2 personas");
  assert_string_equal(count("plural.cards", "%d card", "%d cards", 1), "1 tarjeta");
  assert_string_equal(count("plural.cards", "%d card", "%d cards", 0), "0 tarjetas");
  i18n_use(NULL);
  i18n_catalog_free(cat);
}

static void test_sessions_and_moments(void **state) {
  (void)state;
  I18nCatalog *cat = spanish();
  const char *one = "Practised %d moment this week.", *other = "Practised %d moments this week.";
  i18n_use(NULL);
  assert_string_equal(count("drills.practised_moments_this_week", one, other, 1), "Practised 1 moment this week.");
  assert_string_equal(count("drills.practised_moments_this_week", one, other, 2), "Practised 2 moments this week.");
  i18n_use(cat);
  assert_string_equal(count("drills.practised_moments_this_week", one, other, 1), "Practicaste 1 momento esta semana.");
  assert_string_equal(count("drills.practised_moments_this_week", one, other, 2), "Practicaste 2 momentos esta semana.");
  /* Forms with more conversions than the count, compared unformatted. */
  assert_string_equal(TRN("state_teacher.sessions_exported", "%d session, %s.", "%d sessions, %s.", 1), "%d sesión, %s.");
  assert_string_equal(TRN("state_teacher.sessions_exported", "%d session, %s.", "%d sessions, %s.", 2), "%d sesiones, %s.");
  /* The Spanish "vez / veces" where English says "time / times". */
  assert_string_equal(TRN("error.reloaded_times", "Reloaded %d time: %s", "Reloaded %d times: %s", 1), "Recargado %d vez: %s");
  assert_string_equal(TRN("error.reloaded_times", "Reloaded %d time: %s", "Reloaded %d times: %s", 3), "Recargado %d veces: %s");
  i18n_use(NULL);
  i18n_catalog_free(cat);
}

static void test_no_entry_is_unsafe(void **state) {
  (void)state;
  I18nCatalog *cat = spanish();
  int line = 0;
  assert_int_equal(i18n_catalog_unsafe(cat, &line), 0);
  i18n_catalog_free(cat);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_people_and_cards),
    cmocka_unit_test(test_sessions_and_moments),
    cmocka_unit_test(test_no_entry_is_unsafe),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
