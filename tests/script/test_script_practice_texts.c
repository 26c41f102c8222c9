/* test_script_practice_texts.c — the practice data's words have stable ids for translation
 * (engine/script/practice_texts.c): the shipped drills and checklist give "drill.<id>.title",
 * "checklist.<item>.label" and the rest; a current translation replaces the text in place,
 * a fuzzy or stale one does not, and one too long for its field leaves the English whole.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "script/practice.h"

typedef struct Ids {
  int count;
  char ids[64][64];
} Ids;

static void collect(void *ctx, const char *id, char *text, size_t size, const char *note) {
  Ids *ids = ctx;
  assert_true(strlen(text) > 0 && strlen(text) < size);
  assert_non_null(note);
  if (ids->count < 64) snprintf(ids->ids[ids->count++], sizeof ids->ids[0], "%s", id);
}

static bool has(const Ids *ids, const char *id) {
  for (int i = 0; i < ids->count; i++)
    if (strcmp(ids->ids[i], id) == 0) return true;
  return false;
}

static int load_drills(ScrDrill *out) {
  char path[1200], err[400] = "";
  assert_int_equal(scr_drills_path(path, sizeof path), 0);
  int n = scr_load_drills(path, out, SCR_DRILLS_MAX, err, sizeof err);
  if (n < 0) fail_msg("%s", err);
  return n;
}

static void test_shipped_drills_and_checklist_have_ids(void **state) {
  (void)state;
  ScrDrill drills[SCR_DRILLS_MAX];
  int n = load_drills(drills);
  Ids ids = {0};
  scr_drill_texts(drills, n, collect, &ids);
  assert_true(has(&ids, "drill.opener.title"));
  assert_true(has(&ids, "drill.opener.setup"));
  assert_true(has(&ids, "drill.join_group.polite"));
  assert_true(has(&ids, "drill.join_group.barge"));
  assert_true(has(&ids, "drill.graceful_exit.walk_off"));
  assert_true(has(&ids, "drill.follow_up.hint"));
  assert_false(has(&ids, "drill.opener.hint")); /* empty fields are not translatable text */
  SimCheckRules *rules = calloc(1, sizeof *rules);
  char path[1200], err[400] = "";
  assert_int_equal(scr_checklist_path(path, sizeof path), 0);
  if (!scr_load_checklist(path, rules, err, sizeof err)) fail_msg("%s", err);
  Ids cids = {0};
  scr_checklist_texts(rules, collect, &cids);
  assert_int_equal(cids.count, 2 * SIM_CHECK_ITEM_COUNT + 2);
  assert_true(has(&cids, "checklist.name.label"));
  assert_true(has(&cids, "checklist.no_request_first.missing"));
  assert_true(has(&cids, "checklist.empty_note"));
  assert_true(has(&cids, "checklist.keyword_list.note"));
  free(rules);
}

static void test_translation_in_place(void **state) {
  (void)state;
  ScrDrill drills[SCR_DRILLS_MAX];
  int n = load_drills(drills);
  char too_long[700];
  memset(too_long, 'a', sizeof too_long - 1);
  too_long[sizeof too_long - 1] = '\0';
  char po[2000];
  snprintf(po, sizeof po,
           "msgid \"\"\nmsgstr \"Language: es\\n\"\n\n"
           "msgctxt \"drill.opener.title\"\nmsgid \"The opener\"\nmsgstr \"La presentación\"\n\n"
           "#, fuzzy\nmsgctxt \"drill.join_group.title\"\nmsgid \"Joining a group\"\nmsgstr \"Unirse\"\n\n"
           "msgctxt \"drill.graceful_exit.title\"\nmsgid \"An older English title\"\nmsgstr \"Viejo\"\n\n"
           "msgctxt \"drill.opener.setup\"\nmsgid \"%s\"\nmsgstr \"%s\"\n",
           drills[0].setup, too_long);
  char msg[256] = "";
  I18nCatalog *cat = NULL;
  assert_int_equal(i18n_catalog_parse(po, strlen(po), "t.po", &cat, msg, sizeof msg), I18N_OK);
  char setup[sizeof drills[0].setup];
  snprintf(setup, sizeof setup, "%s", drills[0].setup);
  assert_int_equal(scr_drills_translate(drills, n, cat), 1);
  assert_string_equal(drills[0].title, "La presentación");
  assert_string_equal(drills[1].title, "Joining a group");   /* fuzzy */
  assert_string_equal(drills[2].title, "The graceful exit"); /* written for other English */
  assert_string_equal(drills[0].setup, setup);               /* too long for its field */
  assert_int_equal(scr_drills_translate(drills, n, NULL), 0);
  i18n_catalog_free(cat);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_shipped_drills_and_checklist_have_ids),
    cmocka_unit_test(test_translation_in_place),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
