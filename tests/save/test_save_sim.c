/* test_save_sim.c — relationships and choices become store rows and back, with facts kept
 * by id so that a person shared by two scenarios (whose facts sit at different bit
 * positions) remembers the same things in both. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "save/save_sim.h"

static void set_facts(SimScenario *sc, SimPerson *p, const char *const *ids, int n) {
  p->fact_count = (uint8_t)n;
  for (int i = 0; i < n; i++) {
    p->facts[i].id = sim_arena_strdup(sc->arena, ids[i]);
    p->facts[i].text = p->facts[i].id;
  }
}

static void test_relation_round_trip_across_scenarios(void **state) {
  (void)state;
  SimScenario *a = sim_scenario_create(), *b = sim_scenario_create();
  assert_non_null(a);
  assert_non_null(b);
  SimPerson *pa = &a->people[0], *pb = &b->people[0];
  pa->id = pb->id = "maya_okafor";
  pa->name = pb->name = "Maya Okafor";
  pa->org = pb->org = "Pulse Health";
  static const char *const fa[] = {"half_marathon", "user_study", "was_nurse"};
  static const char *const fb[] = {"user_study", "was_nurse", "half_marathon", "new_job"};
  set_facts(a, pa, fa, 3);
  set_facts(b, pb, fb, 4);

  SimRelation r = sim_relation_initial(0);
  r.tier = 3;
  r.progress = 0.5f;
  r.trust = 0.25f;
  r.facts_known = (1u << 0) | (1u << 1); /* half_marathon, user_study in scenario a */
  r.card = true;
  r.conversations = 2;
  r.last_contact_day = 9000;
  SaveRelation row;
  save_relation_from_sim(pa, &r, 7, &row);
  assert_string_equal(row.person, "maya_okafor");
  assert_string_equal(row.facts, "half_marathon,user_study");
  assert_int_equal(row.profile_id, 7);
  assert_int_equal(row.tier, 3);
  assert_true(row.card);
  assert_int_equal(row.last_day, 9000);

  /* In scenario b the same facts are bits 2 and 0. */
  SimRelation back = save_relation_to_sim(pb, &row);
  assert_int_equal(back.tier, 3);
  assert_int_equal(back.facts_known, (1u << 2) | (1u << 0));
  assert_true(back.card);
  assert_int_equal(back.conversations, 2);
  assert_true(back.progress > 0.49f && back.progress < 0.51f);

  /* Unknown fact ids and an impossible tier from a damaged or edited save are dropped/clamped. */
  snprintf(row.facts, sizeof row.facts, "gone,,user_study,");
  row.tier = 42;
  back = save_relation_to_sim(pb, &row);
  assert_int_equal(back.facts_known, 1u << 0);
  assert_int_equal(back.tier, SIM_MAX_TIER);

  /* Identity only when there is no relation. */
  save_relation_from_sim(pa, NULL, 1, &row);
  assert_string_equal(row.name, "Maya Okafor");
  assert_int_equal(row.tier, 0);
  assert_string_equal(row.facts, "");
  sim_scenario_destroy(a);
  sim_scenario_destroy(b);
}

static void test_choice_row_names_everything(void **state) {
  (void)state;
  SimScenario *sc = sim_scenario_create();
  assert_non_null(sc);
  SimPerson *p = &sc->people[0];
  p->id = "sam";
  p->node_count = 1;
  p->nodes = sim_arena_alloc(sc->arena, sizeof(SimNode));
  p->nodes[0].id = "hello";
  p->nodes[0].choice_count = 2;
  p->nodes[0].choices[1].id = "grab";
  SimLogEntry e;
  memset(&e, 0, sizeof e);
  e.kind = SIM_LOG_CHOICE;
  e.style = SIM_STYLE_CARD_GRAB;
  e.node = 0;
  e.choice = 1;
  e.talk = 0;
  e.effects.interest = -0.2f;
  e.effects.reason_count = 2;
  e.effects.reasons[0] = SIM_REASON_GRABBED_CARD_BEFORE_NAME;
  e.effects.reasons[1] = SIM_REASON_WITNESSED;
  SaveChoice c;
  save_choice_from_log(p, &e, 5, 3, 1, &c);
  assert_string_equal(c.person, "sam");
  assert_string_equal(c.node, "hello");
  assert_string_equal(c.choice, "grab");
  assert_string_equal(c.style, "card_grab");
  assert_string_equal(c.reasons, "grabbed_card_before_name,witnessed");
  assert_int_equal(c.seq, 3);
  assert_int_equal(c.talk, 1);
  assert_int_equal(c.session_id, 5);
  assert_true(c.d_interest < -0.19 && c.d_interest > -0.21);
  /* A node index out of range (a scenario edited since) gives empty ids, not a crash. */
  e.node = 9;
  save_choice_from_log(p, &e, 5, 4, 1, &c);
  assert_string_equal(c.node, "");
  assert_string_equal(c.choice, "1");
  sim_scenario_destroy(sc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_relation_round_trip_across_scenarios),
    cmocka_unit_test(test_choice_row_names_everything),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
