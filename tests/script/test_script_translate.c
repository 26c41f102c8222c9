/* test_script_translate.c — a scenario shown in the learner's language: each line found by
 * its stable id (built from the scenario's own ids), a current translation used, a fuzzy
 * or stale one (the English changed since) left in English, and the ids unique and the
 * same on every load so `rapport i18n extract` is deterministic.
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
#include "script/script.h"
#include "script/translate.h"

static SimScenario *load_fair(void) {
  char err[SCR_MESSAGE_MAX];
  SimScenario *sc = scr_load_scenario(RAPPORT_SOURCE_DIR "/scripts/scenarios/career_fair.lua", NULL,
                                      err, sizeof err);
  if (!sc) fail_msg("%s", err);
  return sc;
}

typedef struct Seen {
  char ids[4096][96];
  int count;
  int duplicates;
  bool saw_hello, saw_choice, saw_fact, saw_zone, saw_alt, saw_variant;
} Seen;

static void collect(void *ctx, const char *id, const char **text, const char *note, int line) {
  Seen *seen = ctx;
  assert_non_null(*text);
  assert_non_null(note);
  (void)line;
  for (int i = 0; i < seen->count; i++)
    if (strcmp(seen->ids[i], id) == 0) seen->duplicates++;
  if (seen->count < 4096) snprintf(seen->ids[seen->count++], sizeof seen->ids[0], "%s", id);
  if (strcmp(id, "career_fair.maya_okafor.hello") == 0) {
    seen->saw_hello = true;
    assert_non_null(strstr(*text, "Welcome to Pulse Health"));
  }
  if (strcmp(id, "career_fair.maya_okafor.hello.1") == 0) {
    seen->saw_choice = true;
    assert_non_null(strstr(*text, "How do people get into UX research?"));
  }
  if (strcmp(id, "career_fair.maya_okafor.fact.half_marathon") == 0) seen->saw_fact = true;
  if (strcmp(id, "career_fair.zone.coffee") == 0) seen->saw_zone = true;
  if (strstr(id, ".alt1")) seen->saw_alt = true;         /* a variant's alternative line */
  if (strstr(id, ".variant.")) seen->saw_variant = true; /* a person variant's need, fact or line */
}

static void test_every_line_has_a_unique_stable_id(void **state) {
  (void)state;
  Seen *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b);
  assert_non_null(a);
  assert_non_null(b);
  SimScenario *sc = load_fair();
  scr_scenario_texts(sc, collect, a);
  sim_scenario_destroy(sc);
  sc = load_fair();
  scr_scenario_texts(sc, collect, b);
  sim_scenario_destroy(sc);
  assert_int_equal(a->duplicates, 0);
  assert_true(a->count > 300);
  assert_true(a->saw_hello && a->saw_choice && a->saw_fact && a->saw_zone);
  assert_true(a->saw_alt && a->saw_variant);
  assert_int_equal(a->count, b->count);
  for (int i = 0; i < a->count; i++) assert_string_equal(a->ids[i], b->ids[i]);
  free(a);
  free(b);
}

static const char *person_line(const SimScenario *sc, const char *person, const char *node) {
  int p = sim_scenario_find_person(sc, person);
  assert_true(p >= 0);
  for (int n = 0; n < sc->people[p].node_count; n++)
    if (strcmp(sc->people[p].nodes[n].id, node) == 0) return sc->people[p].nodes[n].line;
  fail_msg("no node %s", node);
  return NULL;
}

static void test_current_translations_replace_fuzzy_and_stale_do_not(void **state) {
  (void)state;
  SimScenario *english = load_fair();
  const char *hello = person_line(english, "maya_okafor", "hello");
  const char *why = person_line(english, "maya_okafor", "why");
  char *po = NULL;
  size_t po_len = 0;
  FILE *f = open_memstream(&po, &po_len);
  assert_non_null(f);
  fprintf(f, "msgid \"\"\nmsgstr \"Language: es\\nContent-Type: text/plain; charset=UTF-8\\n\"\n\n");
  fprintf(f, "msgctxt \"career_fair.title\"\nmsgid \"%s\"\nmsgstr \"Feria de empleo del campus\"\n\n",
          english->title);
  fprintf(f, "msgctxt \"career_fair.maya_okafor.hello\"\nmsgid \"%s\"\nmsgstr \"¡Hola! Bienvenido a Pulse Health.\"\n\n",
          hello);
  /* Fuzzy: a machine suggestion nobody reviewed. */
  fprintf(f, "#, fuzzy\nmsgctxt \"career_fair.maya_okafor.why\"\nmsgid \"%s\"\nmsgstr \"De lado, normalmente.\"\n\n", why);
  /* Stale: written for an older English line. */
  fprintf(f, "msgctxt \"career_fair.summary\"\nmsgid \"The old summary.\"\nmsgstr \"El resumen antiguo.\"\n");
  fclose(f);
  char msg[256];
  I18nCatalog *cat = NULL;
  assert_int_equal(i18n_catalog_parse(po, po_len, "es.po", &cat, msg, sizeof msg), I18N_OK);
  free(po);

  SimScenario *sc = load_fair();
  assert_int_equal(scr_scenario_translate(sc, cat), 2);
  assert_string_equal(sc->title, "Feria de empleo del campus");
  assert_string_equal(person_line(sc, "maya_okafor", "hello"), "¡Hola! Bienvenido a Pulse Health.");
  assert_string_equal(person_line(sc, "maya_okafor", "why"), why);
  assert_string_equal(sc->summary, english->summary);
  sim_scenario_destroy(sc);

  /* Loading while the catalogue is in use translates at load; English again without it. */
  i18n_use(cat);
  sc = load_fair();
  assert_string_equal(sc->title, "Feria de empleo del campus");
  sim_scenario_destroy(sc);
  i18n_use(NULL);
  sc = load_fair();
  assert_string_equal(sc->title, english->title);
  sim_scenario_destroy(sc);

  i18n_catalog_free(cat);
  sim_scenario_destroy(english);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_every_line_has_a_unique_stable_id),
    cmocka_unit_test(test_current_translations_replace_fuzzy_and_stale_do_not),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
