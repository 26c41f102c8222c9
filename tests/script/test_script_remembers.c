/* test_script_remembers.c — someone met before and what they told the player then:
 * `remembers = { ... }` makes those facts known when a session starts (so the follow_up
 * that uses one is offered from the first line), is refused for a stranger (met_before 0)
 * and for an unknown fact, and the roster acquaintance's samples (script.h) cover the
 * contract's fields. Loads tests/scenarios/good/mini_mixer.lua with Maya turned into an
 * old acquaintance. And the coffee itself, in Spanish: it loads with the catalogue in use,
 * as written and with every sample, and its acquaintance keeps the node ids it shipped with.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n/i18n.h"
#include "script/script.h"
#include "sim/sim.h"

#define FIXTURE RAPPORT_SOURCE_DIR "/tests/scenarios/good/mini_mixer.lua"

static char *read_all(const char *path) {
  FILE *fp = fopen(path, "rb");
  if (!fp) fail_msg("cannot open %s", path);
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  char *buf = calloc(1, (size_t)n + 1);
  assert_non_null(buf);
  assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
  fclose(fp);
  return buf;
}

/* mini_mixer with `extra` added to Maya's person table (after her need). */
static SimScenario *load_with(const char *extra, ScrReport *report) {
  char *src = read_all(FIXTURE);
  const char *anchor = "need = \"volunteers for a user study\",";
  char *at = strstr(src, anchor);
  assert_non_null(at);
  size_t head = (size_t)(at - src) + strlen(anchor);
  size_t n = strlen(src) + strlen(extra) + sizeof "\n      ";
  char *out = calloc(1, n);
  assert_non_null(out);
  memcpy(out, src, head);
  strcat(out, "\n      ");
  strcat(out, extra);
  strcat(out, src + head);
  SimScenario *sc = scr_load_scenario_buffer("mini_mixer.lua", out, strlen(out), NULL, report);
  free(out);
  free(src);
  return sc;
}

static void test_remembered_facts_are_known_at_the_start(void **unused) {
  (void)unused;
  ScrReport *r = calloc(1, sizeof *r);
  assert_non_null(r);
  SimScenario *sc = load_with("met_before = 2, remembers = { \"half_marathon\" },", r);
  if (!sc) fail_msg("%s", r->count ? r->messages[0].text : "no message");
  int maya = sim_scenario_find_person(sc, "maya_okafor");
  assert_true(maya >= 0);
  int f = sim_person_find_fact(&sc->people[maya], "half_marathon");
  assert_true(f >= 0);
  assert_int_equal(sc->people[maya].prior_facts, 1u << f);
  SimSession *s = sim_session_create(sc, 7, NULL);
  assert_non_null(s);
  const SimRelation *rel = sim_session_relation(s, maya);
  assert_int_equal(rel->tier, 2);
  assert_true(rel->facts_known & (1u << f));
  /* Without `remembers`, someone met before has told the player nothing yet. */
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
  sc = load_with("met_before = 2,", r);
  assert_non_null(sc);
  s = sim_session_create(sc, 7, NULL);
  assert_int_equal(sim_session_relation(s, maya)->facts_known, 0);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
  free(r);
}

static void test_remembers_is_refused_for_strangers_and_unknown_facts(void **unused) {
  (void)unused;
  ScrReport *r = calloc(1, sizeof *r);
  assert_non_null(r);
  assert_null(load_with("remembers = { \"half_marathon\" },", r));
  assert_true(r->count > 0);
  assert_non_null(strstr(r->messages[0].text, "remembers needs met_before"));
  assert_null(load_with("met_before = 1, remembers = { \"marathon\" },", r));
  assert_true(r->count > 0);
  assert_non_null(strstr(r->messages[0].text, "marathon"));
  free(r);
}

/* Every sample fills every field of the contract, and the three differ where it matters:
 * a fact learned (and said back to them), nothing learned, and the longest fact passed. */
static void test_acquaintance_samples_cover_the_contract(void **unused) {
  (void)unused;
  int with_fact = 0, without = 0;
  for (int i = 0; i < SCR_ACQUAINTANCE_SAMPLES; i++) {
    ScrGiven g;
    const char *label = NULL;
    assert_true(scr_acquaintance_sample(i, &g, &label));
    assert_non_null(label);
    assert_string_equal(g.name, SCR_ACQUAINTANCE_GLOBAL);
    assert_int_equal(g.count, SCR_ACQUAINTANCE_FIELDS);
    const char *fact_you = NULL, *known = NULL;
    for (int k = 0; k < g.count; k++) {
      assert_string_equal(g.keys[k], scr_acquaintance_keys[k]);
      assert_non_null(g.values[k]);
      if (strcmp(g.keys[k], "fact_you") == 0) fact_you = g.values[k];
      if (strcmp(g.keys[k], "known_ids") == 0) known = g.values[k];
    }
    assert_non_null(fact_you);
    if (fact_you[0]) {
      with_fact++;
      assert_true(strncmp(fact_you, "you", 3) == 0);
      assert_true(known[0] != '\0');
    } else {
      without++;
    }
  }
  assert_true(with_fact >= 1 && without >= 1);
  ScrGiven g;
  assert_false(scr_acquaintance_sample(SCR_ACQUAINTANCE_SAMPLES, &g, NULL));
  assert_false(scr_acquaintance_sample(-1, &g, NULL));
  assert_true(scr_scenario_reads_given(RAPPORT_SOURCE_DIR "/scripts/scenarios/reconnect_coffee.lua",
                                       SCR_ACQUAINTANCE_GLOBAL));
  assert_false(scr_scenario_reads_given(FIXTURE, SCR_ACQUAINTANCE_GLOBAL));
}

static void test_coffee_loads_in_spanish_with_stable_ids(void **unused) {
  (void)unused;
  static const char *const NODES[] = {"again", "order", "since", "workshop_news", "exercises", "practice", "portfolio",
                                      "helped", "allotment", "cactus", "advice", "next_step", "cool_job"};
  char *po = read_all(RAPPORT_SOURCE_DIR "/assets/i18n/es.po");
  I18nCatalog *cat = NULL;
  char msg[256];
  assert_int_equal(i18n_catalog_parse(po, strlen(po), "es.po", &cat, msg, sizeof msg), I18N_OK);
  free(po);
  i18n_use(cat);
  const char *path = RAPPORT_SOURCE_DIR "/scripts/scenarios/reconnect_coffee.lua";
  for (int i = -1; i < SCR_ACQUAINTANCE_SAMPLES; i++) {
    ScrGiven g;
    if (i >= 0) assert_true(scr_acquaintance_sample(i, &g, NULL));
    char err[SCR_MESSAGE_MAX];
    SimScenario *sc = scr_load_scenario_given(path, NULL, i >= 0 ? &g : NULL, err, sizeof err);
    if (!sc) fail_msg("sample %d: %s", i, err);
    const SimPerson *a = &sc->people[0];
    assert_int_equal(a->node_count, (int)(sizeof NODES / sizeof NODES[0]));
    for (size_t n = 0; n < sizeof NODES / sizeof NODES[0]; n++) assert_string_equal(a->nodes[n].id, NODES[n]);
    assert_string_equal(a->id, i < 0 ? "sofia_marchetti" : g.values[0]);
    sim_scenario_destroy(sc);
  }
  i18n_use(NULL);
  i18n_catalog_free(cat);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_remembered_facts_are_known_at_the_start),
    cmocka_unit_test(test_remembers_is_refused_for_strangers_and_unknown_facts),
    cmocka_unit_test(test_acquaintance_samples_cover_the_contract),
    cmocka_unit_test(test_coffee_loads_in_spanish_with_stable_ids),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
