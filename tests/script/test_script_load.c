/* test_script_load.c — loading scenario files into SimScenario: every field of the format
 * lands where scenario.h says, ids resolve to indices, lines point at the source, loads are
 * deterministic, and the shipped scenarios load. Uses tests/scenarios/good/mini_mixer.lua.
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

#define FIXTURE RAPPORT_SOURCE_DIR "/tests/scenarios/good/mini_mixer.lua"

/* The line of the first occurrence of `needle` in the fixture, found by reading it. */
static int fixture_line(const char *needle) {
  FILE *f = fopen(FIXTURE, "r");
  assert_non_null(f);
  char buf[512];
  int line = 0, found = 0;
  while (fgets(buf, sizeof buf, f)) {
    line++;
    if (strstr(buf, needle)) {
      found = line;
      break;
    }
  }
  fclose(f);
  assert_true(found > 0);
  return found;
}

static int node_index(const SimPerson *p, const char *id) {
  for (int i = 0; i < p->node_count; i++)
    if (strcmp(p->nodes[i].id, id) == 0) return i;
  return -1;
}

static void test_fixture_fields(void **state) {
  (void)state;
  char err[SCR_MESSAGE_MAX] = "";
  SimScenario *s = scr_load_scenario(FIXTURE, NULL, err, sizeof err);
  assert_non_null(s);
  assert_string_equal(err, "");
  assert_string_equal(s->id, "mini_mixer");
  assert_string_equal(s->source, FIXTURE);
  assert_int_equal(s->minutes, 30);
  assert_true(s->norms.contact_expected);
  assert_false(s->norms.groups_common);
  assert_float_equal(s->norms.pace, 0.6f, 1e-6);
  assert_float_equal(s->tuning.energy_cost, 1.2f, 1e-6);
  assert_float_equal(s->tuning.reputation_spread, 1.0f, 1e-6); /* default kept */
  assert_float_equal(s->room_w, 20.0f, 1e-6);
  assert_int_equal(s->zone_count, 3);
  assert_int_equal(s->entrance_zone, 0);
  assert_int_equal(s->zones[2].kind, SIM_ZONE_QUIET);
  assert_string_equal(s->zones[2].label, "Quiet corner");
  assert_int_equal(s->person_count, 2);

  const SimPerson *maya = &s->people[0];
  assert_string_equal(maya->id, "maya_okafor");
  assert_int_equal(maya->zone, 1);
  assert_int_equal(maya->group, -1);
  assert_int_equal(maya->interest_count, 2);
  assert_string_equal(maya->interests[1], "running");
  assert_float_equal(maya->busyness, 0.8f, 1e-6);
  /* Facts are numbered in id order, whatever Lua's table order. */
  assert_int_equal(maya->fact_count, 2);
  assert_string_equal(maya->facts[0].id, "half_marathon");
  assert_string_equal(maya->facts[1].id, "user_study");
  assert_int_equal(maya->node_count, 7);
  assert_string_equal(maya->nodes[0].id, "hello");
  assert_int_equal(maya->return_node, node_index(maya, "again"));

  const SimNode *hello = &maya->nodes[0];
  assert_int_equal(hello->choice_count, 3);
  assert_int_equal(hello->choices[0].style, SIM_STYLE_INTRODUCE_WHY);
  assert_int_equal(hello->choices[0].next, node_index(maya, "why"));
  assert_int_equal(hello->choices[2].next, -1);
  assert_string_equal(hello->choices[1].id, "hello.2");
  assert_non_null(strstr(hello->choices[0].text, "{name}")); /* kept verbatim */
  assert_int_equal(hello->line_no, fixture_line("node \"hello\""));
  assert_int_equal(hello->choices[1].line, hello->line_no);

  const SimNode *why = &maya->nodes[node_index(maya, "why")];
  assert_int_equal(why->reveals, 1u << 1);
  assert_true(why->shows_need);
  assert_int_equal(why->choices[0].requires.facts, 1u << 1);
  assert_float_equal(why->choices[0].weight, 1.0f, 1e-6);
  const SimNode *running = &maya->nodes[node_index(maya, "running")];
  assert_true(running->common_ground);
  assert_true(running->choices[0].shares_self);
  const SimNode *thanks = &maya->nodes[node_index(maya, "thanks")];
  assert_int_equal(thanks->choices[1].requires.min_tier, 3);
  const SimNode *again = &maya->nodes[maya->return_node];
  assert_int_equal(again->choices[0].style, SIM_STYLE_FOLLOW_UP);
  assert_int_equal(again->choices[0].uses_facts, 1u << 0);
  assert_int_equal(again->choices[0].requires.facts, 1u << 0); /* uses implies requires */

  assert_int_equal(maya->followup.reference_fact, 1);
  assert_string_equal(maya->followup.reference, maya->facts[1].text);
  assert_string_equal(maya->followup.reply_late, "Sorry, who is this again?");
  assert_int_equal(maya->maintenance_count, 1);
  assert_int_equal(maya->maintenance[0].kind, SIM_MAINT_SHARE_USEFUL);
  assert_int_equal(maya->maintenance[0].uses_fact, 0);
  assert_int_equal(maya->line, fixture_line("person {"));

  const SimPerson *tomas = &s->people[1];
  assert_string_equal(tomas->name, "Tom\xC3\xA1s Reyes"); /* UTF-8 survives */
  assert_int_equal(tomas->group, 0);
  assert_int_equal(tomas->prior_tier, 1);
  assert_int_equal(tomas->return_node, -1);
  assert_int_equal(tomas->interest_count, 0);
  assert_int_equal(tomas->maintenance[0].uses_fact, -1);
  sim_scenario_destroy(s);
}

static void test_report_totals(void **state) {
  (void)state;
  ScrReport report;
  assert_int_equal(scr_validate_file(FIXTURE, &report), 0);
  assert_int_equal(report.errors, 0);
  assert_int_equal(report.count, 0);
  assert_int_equal(report.people, 2);
  assert_int_equal(report.nodes, 9);
}

/* Two loads give the same structure (Lua's hash order is randomised per state). */
static void test_deterministic(void **state) {
  (void)state;
  char err[SCR_MESSAGE_MAX];
  SimScenario *a = scr_load_scenario(FIXTURE, NULL, err, sizeof err);
  SimScenario *b = scr_load_scenario(FIXTURE, NULL, err, sizeof err);
  assert_non_null(a);
  assert_non_null(b);
  for (int p = 0; p < a->person_count; p++) {
    const SimPerson *x = &a->people[p], *y = &b->people[p];
    assert_int_equal(x->fact_count, y->fact_count);
    for (int f = 0; f < x->fact_count; f++) assert_string_equal(x->facts[f].id, y->facts[f].id);
    for (int n = 0; n < x->node_count; n++) {
      assert_int_equal(x->nodes[n].reveals, y->nodes[n].reveals);
      for (int c = 0; c < x->nodes[n].choice_count; c++) {
        assert_int_equal(x->nodes[n].choices[c].next, y->nodes[n].choices[c].next);
        assert_int_equal(x->nodes[n].choices[c].requires.facts, y->nodes[n].choices[c].requires.facts);
      }
    }
    assert_int_equal(x->look, y->look);
  }
  sim_scenario_destroy(a);
  sim_scenario_destroy(b);
}

static void test_missing_file(void **state) {
  (void)state;
  char err[SCR_MESSAGE_MAX];
  SimScenario *s = scr_load_scenario("/nonexistent/nowhere.lua", NULL, err, sizeof err);
  assert_null(s);
  assert_non_null(strstr(err, "/nonexistent/nowhere.lua: cannot open"));
}

static void test_paths(void **state) {
  (void)state;
  char path[1024];
  assert_int_equal(scr_scenario_dir(path, sizeof path), 0);
  assert_non_null(strstr(path, "scripts/scenarios"));
  assert_int_equal(scr_find_scenario("../../etc/passwd", path, sizeof path), -1);
  assert_int_equal(scr_find_scenario("No_Such", path, sizeof path), -1);
  assert_int_equal(scr_find_scenario("no_such_scenario", path, sizeof path), -1);
  char tiny[8];
  assert_int_equal(scr_scenario_dir(tiny, sizeof tiny), -1);
}

/* Every shipped scenario loads, and the listing finds each by its id. */
static void test_shipped(void **state) {
  (void)state;
  char ids[32][64];
  int n = scr_list_scenarios(ids, 32);
  assert_true(n >= 0);
  for (int i = 1; i < n; i++) assert_true(strcmp(ids[i - 1], ids[i]) < 0);
  for (int i = 0; i < n; i++) {
    char path[1024], err[SCR_MESSAGE_MAX] = "";
    assert_int_equal(scr_find_scenario(ids[i], path, sizeof path), 0);
    SimScenario *s = scr_load_scenario(path, NULL, err, sizeof err);
    if (!s) fail_msg("%s", err);
    assert_string_equal(s->id, ids[i]);
    assert_true(s->person_count >= 1);
    sim_scenario_destroy(s);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_fixture_fields), cmocka_unit_test(test_report_totals),
    cmocka_unit_test(test_deterministic),  cmocka_unit_test(test_missing_file),
    cmocka_unit_test(test_paths),          cmocka_unit_test(test_shipped),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
