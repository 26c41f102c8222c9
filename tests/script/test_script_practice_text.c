/* test_script_practice_text.c — the practice data's words by line id: the checklist's
 * labels and notes and the drills' titles and set-ups load in the language in use (the
 * shipped Spanish here) and in English without one, and every word has a unique id of the
 * form checklist.* / drill.<id>.*.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "i18n/i18n.h"
#include "script/practice.h"

static SimCheckRules rules;
static ScrDrill drills[SCR_DRILLS_MAX];

static void load(int *drill_count) {
  char path[1200], err[400] = "";
  assert_int_equal(scr_checklist_path(path, sizeof path), 0);
  if (!scr_load_checklist(path, &rules, err, sizeof err)) fail_msg("%s", err);
  assert_int_equal(scr_drills_path(path, sizeof path), 0);
  *drill_count = scr_load_drills(path, drills, SCR_DRILLS_MAX, err, sizeof err);
  if (*drill_count < 1) fail_msg("%s", err);
}

static const ScrDrill *drill(int n, const char *id) {
  for (int i = 0; i < n; i++)
    if (strcmp(drills[i].id, id) == 0) return &drills[i];
  fail_msg("no drill %s", id);
  return &drills[0]; /* not reached: fail_msg ends the test */
}

typedef struct Seen {
  char ids[64][96];
  int count;
} Seen;

static void collect(void *ctx, const char *id, char *text, size_t size) {
  Seen *seen = ctx;
  assert_true(text[0] && strlen(text) < size);
  assert_true(strncmp(id, "checklist.", 10) == 0 || strncmp(id, "drill.", 6) == 0);
  for (int i = 0; i < seen->count; i++) assert_string_not_equal(seen->ids[i], id);
  assert_true(seen->count < 64);
  snprintf(seen->ids[seen->count++], sizeof seen->ids[0], "%s", id);
}

static void test_english_then_spanish_then_english(void **state) {
  (void)state;
  int n = 0;
  i18n_use(NULL);
  load(&n);
  assert_string_equal(rules.label[SIM_CHECK_NAME], "Your name");
  assert_string_equal(drill(n, "opener")->title, "The opener");

  Seen seen = {.count = 0};
  scr_checklist_texts(&rules, collect, &seen);
  assert_int_equal(seen.count, 2 * SIM_CHECK_ITEM_COUNT + 2);
  for (int i = 0; i < n; i++) scr_drill_texts(&drills[i], collect, &seen);
  assert_true(seen.count > 2 * SIM_CHECK_ITEM_COUNT + 2 + n);

  char path[1200], msg[400];
  snprintf(path, sizeof path, "%s/assets/i18n/es.po", RAPPORT_SOURCE_DIR);
  I18nCatalog *cat = NULL;
  if (i18n_catalog_load(path, &cat, msg, sizeof msg) != I18N_OK) fail_msg("%s", msg);
  i18n_use(cat);
  load(&n);
  assert_string_equal(rules.label[SIM_CHECK_NAME], "Tu nombre");
  assert_string_equal(rules.label[SIM_CHECK_WHY], "Por qué te acercas");
  assert_non_null(strstr(rules.empty_note, "Aún no has escrito nada"));
  assert_string_equal(drill(n, "opener")->title, "La presentación");
  assert_non_null(strstr(drill(n, "join_group")->polite, "Karim"));
  assert_null(strstr(drill(n, "join_group")->polite, "Wait for a pause"));
  /* The phrases the checklist matches are data, not words to show: never translated. */
  assert_true(rules.phrases[SIM_CHECK_NAME].count > 0);

  i18n_use(NULL);
  load(&n);
  assert_string_equal(rules.label[SIM_CHECK_NAME], "Your name");
  assert_string_equal(drill(n, "opener")->title, "The opener");
  i18n_catalog_free(cat);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_english_then_spanish_then_english),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
