/* test_script_variants.c — every evening different: the shipped scenarios declare variants
 * (alternative lines, person variants, moods, layouts) that the seed picks from. Two seeds
 * of each scenario differ in at least a third of the person-lines met; the same seed twice
 * gives the same state hash; the explorer plays every variant; the loader checks variants
 * and names the file, line and variant in its messages; the list order field loads.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "script/script.h"
#include "sim/sim.h"

static const char *const SCENARIOS[] = {"career_fair", "alumni_mixer", "industry_meetup"};
enum { SCENARIO_COUNT = sizeof SCENARIOS / sizeof SCENARIOS[0] };

static SimScenario *load(const char *id) {
  char path[1024], err[SCR_MESSAGE_MAX];
  snprintf(path, sizeof path, "%s/scripts/scenarios/%s.lua", RAPPORT_SOURCE_DIR, id);
  SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
  if (!sc) fail_msg("%s", err);
  return sc;
}

/* What one evening showed: the line each reached node said, and the whole evening's
 * wording (every node's line as picked, and who was there) to compare another against. */
typedef struct Met {
  bool reached[SIM_MAX_PEOPLE][SIM_MAX_NODES];
  const char *line[SIM_MAX_PEOPLE][SIM_MAX_NODES];
  bool absent[SIM_MAX_PEOPLE];
} Met;

static uint64_t play(const SimScenario *sc, uint64_t seed, SimStrategy st, Met *met) {
  SimSession *s = sim_session_create(sc, seed, NULL);
  assert_non_null(s);
  sim_bot_play_session(s, st, seed, NULL);
  const SimScenario *view = sim_session_scenario(s);
  memset(met, 0, sizeof *met);
  for (int p = 0; p < view->person_count; p++) {
    uint32_t seen = sim_session_nodes_visited(s, p);
    met->absent[p] = !sim_session_person_present(s, p);
    for (int n = 0; n < view->people[p].node_count; n++) {
      met->reached[p][n] = (seen >> n) & 1u;
      met->line[p][n] = view->people[p].nodes[n].line;
    }
  }
  uint64_t h = sim_session_hash(s);
  sim_session_destroy(s);
  return h;
}

/* Of the person-lines met in evening `a`, how many would be different in evening `b`: the
 * node says something else there, or the person is not at that evening. The bots' paths
 * play no part (a line met in `a` counts whether or not `b`'s bot reached it), so this
 * measures the scenario's variation only. */
static void compare_one(const Met *a, const Met *b, int *met, int *differ) {
  for (int p = 0; p < SIM_MAX_PEOPLE; p++)
    for (int n = 0; n < SIM_MAX_NODES; n++) {
      if (!a->reached[p][n]) continue;
      (*met)++;
      if (b->absent[p] || !b->line[p][n] || strcmp(a->line[p][n], b->line[p][n]) != 0) (*differ)++;
    }
}

/* Both ways: lines met in either evening. */
static void compare(const Met *a, const Met *b, int *met, int *differ) {
  *met = *differ = 0;
  compare_one(a, b, met, differ);
  compare_one(b, a, met, differ);
}

static void test_two_seeds_differ_same_seed_is_identical(void **state) {
  (void)state;
  for (int k = 0; k < SCENARIO_COUNT; k++) {
    SimScenario *sc = load(SCENARIOS[k]);
    Met *a = test_malloc(sizeof *a), *b = test_malloc(sizeof *b), *c = test_malloc(sizeof *c);
    /* The two seeds of the check. */
    uint64_t ha = play(sc, 1, SIM_BOT_CONNECTOR, a);
    play(sc, 2, SIM_BOT_CONNECTOR, b);
    int met, differ;
    compare(a, b, &met, &differ);
    print_message("%-16s seeds 1 and 2: %d of %d person-lines met differ (%.0f%%)\n", SCENARIOS[k], differ, met,
                  met ? 100.0 * differ / met : 0.0);
    assert_true(met > 0);
    assert_true(3 * differ >= met);
    /* Same seed, same evening: same hash and the same lines. */
    uint64_t ha2 = play(sc, 1, SIM_BOT_CONNECTOR, c);
    assert_true(ha == ha2);
    compare(a, c, &met, &differ);
    assert_int_equal(differ, 0);
    /* Not a lucky pair: over 30 pairs of neighbouring seeds the mean share is a third too. */
    double share = 0;
    for (uint64_t s = 10; s < 40; s++) {
      play(sc, s, SIM_BOT_CONNECTOR, a);
      play(sc, s + 1000, SIM_BOT_CONNECTOR, b);
      compare(a, b, &met, &differ);
      share += met ? (double)differ / met : 0.0;
    }
    print_message("%-16s 30 seed pairs: mean %.0f%% of person-lines differ\n", SCENARIOS[k], 100.0 * share / 30);
    assert_true(share / 30 >= 1.0 / 3.0);
    test_free(a), test_free(b), test_free(c);
    sim_scenario_destroy(sc);
  }
}

/* The shipped scenarios declare every kind of variant, and the explorer plays them all. */
static void test_explorer_plays_every_variant(void **state) {
  (void)state;
  for (int k = 0; k < SCENARIO_COUNT; k++) {
    SimScenario *sc = load(SCENARIOS[k]);
    int alts = 0, variants = 0, moods = 0;
    for (int p = 0; p < sc->person_count; p++) {
      variants += sc->people[p].variant_count;
      moods += sc->people[p].mood_count;
      for (int n = 0; n < sc->people[p].node_count; n++) alts += sc->people[p].nodes[n].alt_count;
    }
    assert_true(alts > 0 && variants > 0 && moods > 0 && sc->layout_count >= 2);
    SimCoverage *cov = test_calloc(1, sizeof *cov);
    SimSession *s = sim_session_create(sc, 1, NULL);
    int total = 0, missing = 0;
    for (uint64_t seed = 1; seed <= 200; seed++) {
      sim_session_reset(s, seed, NULL);
      sim_bot_play_session(s, SIM_BOT_EXPLORER, seed, cov);
      missing = sim_coverage_variants_missing(cov, sc, &total);
      if (missing == 0 && sim_coverage_missing(cov, sc, NULL, NULL, 0) == 0) break;
    }
    print_message("%-16s explorer: %d runs, %d of %d variants played (%d alt lines, %d person variants, "
                  "%d moods, %d layouts)\n",
                  SCENARIOS[k], cov->runs, total - missing, total, alts, variants, moods, sc->layout_count);
    assert_true(total > 0);
    assert_int_equal(missing, 0);
    assert_int_equal(sim_coverage_missing(cov, sc, NULL, NULL, 0), 0);
    sim_session_destroy(s);
    test_free(cov);
    sim_scenario_destroy(sc);
  }
}

static void test_order_loads_and_sorts(void **state) {
  (void)state;
  SimScenario *sc[SCENARIO_COUNT];
  for (int k = 0; k < SCENARIO_COUNT; k++) sc[k] = load(SCENARIOS[k]);
  assert_true(sc[0]->order < SIM_ORDER_NONE); /* the careers fair has an order */
  const SimScenario *list[SCENARIO_COUNT + 1];
  for (int k = 0; k < SCENARIO_COUNT; k++) list[k] = sc[SCENARIO_COUNT - 1 - k];
  SimScenario *extra = sim_scenario_create(); /* no order: last, by id */
  extra->id = "aaa_no_order";
  list[SCENARIO_COUNT] = extra;
  qsort(list, SCENARIO_COUNT + 1, sizeof list[0], sim_scenario_order_compare);
  assert_string_equal(list[0]->id, "career_fair");
  assert_string_equal(list[SCENARIO_COUNT]->id, "aaa_no_order");
  extra->recommended_first = true;
  qsort(list, SCENARIO_COUNT + 1, sizeof list[0], sim_scenario_order_compare);
  assert_string_equal(list[0]->id, "aaa_no_order");
  extra->id = NULL;
  sim_scenario_destroy(extra);
  for (int k = 0; k < SCENARIO_COUNT; k++) sim_scenario_destroy(sc[k]);
}

/* ---- the loader on variants: good and broken ---- */

static const char *const MINI_HEAD =
  "return scenario {\n"
  "  id = 'v', title = 'V', summary = 'S', teaches = 'T', minutes = 30,\n"
  "  norms = { contact_expected = false, groups_common = true, pace = 0.5 },\n"
  "  room = { width = 20, height = 10, zones = {\n"
  "    { id = 'door', kind = 'entrance', label = 'Door', x = 0, y = 0, w = 4, h = 10, noise = 0.3 },\n"
  "    { id = 'bar', kind = 'bar', label = 'Bar', x = 10, y = 0, w = 10, h = 10, noise = 0.6 } } },\n";

static const char *person(char *buf, size_t n, const char *id, const char *extra, const char *node_extra) {
  snprintf(buf, n,
           "    person { id = '%s', name = 'N', org = 'O', role = 'R', need = 'a need',\n"
           "      traits = { openness = 0.5, introversion = 0.5, busy = 0.5 }, zone = 'bar', at = { 12, 5 },\n"
           "      facts = { hobby = 'likes chess' },\n"
           "      %s\n"
           "      nodes = {\n"
           "        node 'hello' { says = 'Hello there.', %s reveals = { 'hobby' }, choices = {\n"
           "          { 'Hi, I am {name}.', 'introduce', next = 'more' }, { 'Bye.', 'exit_graceful' } } },\n"
           "        node 'more' { says = 'Nice to meet you.', choices = {\n"
           "          { 'You too.', 'exit_graceful' }, { 'Chess?', 'follow_up', uses = 'hobby' } } },\n"
           "      },\n"
           "      followup = { reference = 'hobby', offer = 'o', request = 'r', reply_personal = 'p',\n"
           "                   reply_generic = 'g', reply_late = 'l' },\n"
           "      maintenance = { { kind = 'check_in', text = 't', reply = 'r' } },\n"
           "    },\n",
           id, extra, node_extra);
  return buf;
}

static SimScenario *load_text(const char *p1_extra, const char *node_extra, const char *tail, ScrReport *rep) {
  static char src[8192];
  char a[2048], b[2048];
  snprintf(src, sizeof src, "%s  people = {\n%s%s  },\n%s}\n", MINI_HEAD, person(a, sizeof a, "ana", p1_extra, node_extra),
           person(b, sizeof b, "ben", "", ""), tail);
  return scr_load_scenario_buffer("v.lua", src, strlen(src), NULL, rep);
}

static bool report_has(const ScrReport *r, const char *needle) {
  for (int i = 0; i < r->count; i++)
    if (strstr(r->messages[i].text, needle)) return true;
  return false;
}

static void test_loader_reads_variants(void **state) {
  (void)state;
  ScrReport *rep = test_malloc(sizeof *rep);
  SimScenario *sc = load_text(
    "moods = { 'tired', 'none' }, variants = { { id = 'quiet', need = 'a quiet corner',"
    " facts = { hobby = 'plays chess online' }, says = { more = 'Good to meet you.' } } },",
    "alt = { 'Hi!', 'Oh, hello.' },",
    "  layouts = { { id = 'full', place = { ben = { zone = 'bar', at = { 14, 5 }, group = 'pair' },"
    " ana = { zone = 'bar', at = { 13, 5 }, group = 'pair' } } }, { id = 'small', absent = { 'ben' } } },\n"
    "  order = 5, recommended_first = true,\n",
    rep);
  if (!sc)
    for (int i = 0; i < rep->count; i++) print_message("%s\n", rep->messages[i].text);
  assert_non_null(sc);
  const SimPerson *ana = &sc->people[0];
  assert_int_equal(ana->nodes[0].alt_count, 2);
  assert_string_equal(ana->nodes[0].alt[1], "Oh, hello.");
  assert_int_equal(ana->mood_count, 2);
  assert_int_equal(ana->moods[0], SIM_PMOOD_TIRED);
  assert_int_equal(ana->variant_count, 1);
  assert_string_equal(ana->variants[0].need, "a quiet corner");
  assert_string_equal(ana->variants[0].facts[0], "plays chess online");
  assert_int_equal(ana->variants[0].line_count, 1);
  assert_int_equal(ana->variants[0].lines[0].node, 1);
  assert_int_equal(sc->layout_count, 2);
  assert_int_equal(sc->layouts[1].absent, 1u << 1);
  assert_int_equal(sc->layouts[0].place_count, 2);
  assert_int_equal(sc->order, 5);
  assert_true(sc->recommended_first);

  /* Every pick shows up in the session's scenario, and only there. */
  bool saw_absent = false, saw_variant = false, saw_alt = false, saw_group = false;
  for (uint64_t seed = 1; seed <= 40; seed++) {
    SimSession *s = sim_session_create(sc, seed, NULL);
    const SimScenario *v = sim_session_scenario(s);
    const SimVariety *vr = sim_session_variety(s);
    if (vr->layout == 1) {
      saw_absent = true;
      assert_false(sim_session_person_present(s, 1));
      assert_int_equal(sim_talk_begin(s, 1, SIM_JOIN_POLITE, NULL), SIM_ERR_UNAVAILABLE);
    } else {
      assert_int_equal(v->people[0].group, v->people[1].group);
      saw_group = saw_group || v->people[0].group >= 0;
    }
    if (vr->variant[0] == 0) {
      saw_variant = true;
      assert_string_equal(v->people[0].need, "a quiet corner");
      assert_string_equal(v->people[0].facts[0].text, "plays chess online");
      assert_string_equal(v->people[0].followup.reference, "plays chess online");
      assert_string_equal(v->people[0].nodes[1].line, "Good to meet you.");
    } else {
      assert_string_equal(v->people[0].nodes[1].line, "Nice to meet you.");
    }
    if (vr->line[0][0] > 0) {
      saw_alt = true;
      assert_string_equal(v->people[0].nodes[0].line, sc->people[0].nodes[0].alt[vr->line[0][0] - 1]);
    }
    assert_string_equal(sc->people[0].nodes[0].line, "Hello there."); /* the original is untouched */
    sim_session_destroy(s);
  }
  assert_true(saw_absent && saw_variant && saw_alt && saw_group);
  sim_scenario_destroy(sc);
  test_free(rep);
}

static void test_loader_rejects_bad_variants(void **state) {
  (void)state;
  ScrReport *rep = test_malloc(sizeof *rep);
  struct {
    const char *person, *node, *tail, *expect;
  } cases[] = {
    {"variants = { { id = 'x', says = { moar = 'Hi.' } } },", "", "", "variant 'x': says: 'moar' is not a node"},
    {"variants = { { id = 'x', facts = { golf = 'golf' } } },", "", "", "variant 'x': facts: 'golf' is not a fact"},
    {"variants = { { id = 'x' } },", "", "", "variant 'x': changes nothing"},
    {"variants = { { id = 'x', need = 'n' }, { id = 'x', need = 'm' } },", "", "", "duplicate variant id 'x'"},
    {"moods = { 'grumpy' },", "", "", "unknown mood 'grumpy'"},
    {"", "alt = 'Hi',", "", "alt must be a list"},
    {"", "alt = { 'Hello there.' },", "", "alt[1] repeats the node's own line"},
    {"", "", "  layouts = { { id = 'l', absent = { 'zed' } } },\n", "layout 'l': absent: 'zed' is not a person"},
    {"", "", "  layouts = { { id = 'l', absent = { 'ana', 'ben' } } },\n", "layout 'l': leaves nobody"},
    {"", "", "  layouts = { { id = 'l', place = { ben = { zone = 'bar', at = { 1, 1 } } } } },\n",
     "place 'ben': at {1, 1} is outside zone 'bar'"},
    {"", "", "  layouts = { { id = 'l', place = { ben = { zone = 'door', at = { 1, 1 }, group = 'g' },"
             " ana = { zone = 'bar', at = { 12, 2 }, group = 'g' } } } },\n",
     "in a group with"},
    {"", "", "  order = -3,\n", "order = -3 is out of range"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    SimScenario *sc = load_text(cases[i].person, cases[i].node, cases[i].tail, rep);
    if (sc || !report_has(rep, cases[i].expect)) {
      for (int k = 0; k < rep->count; k++) print_message("  got: %s\n", rep->messages[k].text);
      fail_msg("case %zu: expected a problem containing \"%s\"", i, cases[i].expect);
    }
    /* Every message names the file and a line. */
    assert_true(strncmp(rep->messages[0].text, "v.lua:", 6) == 0);
    assert_true(rep->messages[0].line > 0);
  }
  test_free(rep);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_loader_reads_variants),
    cmocka_unit_test(test_loader_rejects_bad_variants),
    cmocka_unit_test(test_order_loads_and_sorts),
    cmocka_unit_test(test_two_seeds_differ_same_seed_is_identical),
    cmocka_unit_test(test_explorer_plays_every_variant),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
