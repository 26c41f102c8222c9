/* test_sim_plan.c — the practice plan with fixed dates: the weakest skill with evidence from
 * several sessions, its drill, and the spaced schedule (1, 3, 7, 21 days after the last
 * session on it), checked on the due day and the day before; a drop starts it over.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "sim/sim.h"

/* A session on `day` with every skill at `base` (evidence 3), and `skill` at `score`. */
static SimPlanSession session(int32_t day, int base, SimSkill skill, int score) {
  SimPlanSession s;
  memset(&s, 0, sizeof s);
  s.day = day;
  for (int k = 0; k < SIM_SKILL_COUNT; k++) s.skills[k] = base, s.evidence[k] = 3;
  s.skills[skill] = score;
  return s;
}

static void test_names(void **state) {
  (void)state;
  assert_string_equal(sim_drill_id(SIM_DRILL_OPENER), "opener");
  assert_string_equal(sim_drill_id(SIM_DRILL_JOIN_GROUP), "join_group");
  assert_string_equal(sim_drill_id(SIM_DRILL_GRACEFUL_EXIT), "graceful_exit");
  assert_string_equal(sim_drill_id(SIM_DRILL_FOLLOW_UP), "follow_up");
  assert_null(sim_drill_id(SIM_DRILL_COUNT));
  assert_int_equal(sim_plan_interval(0), 1);
  assert_int_equal(sim_plan_interval(1), 3);
  assert_int_equal(sim_plan_interval(2), 7);
  assert_int_equal(sim_plan_interval(3), 21);
  assert_int_equal(sim_plan_interval(9), 21);
}

static void test_nothing_without_several_sessions(void **state) {
  (void)state;
  SimPlan plan;
  assert_false(sim_practice_plan(NULL, 0, 100, &plan));
  assert_string_equal(plan.text, "");
  SimPlanSession one = session(100, 60, SIM_SKILL_TIMING, 10);
  assert_false(sim_practice_plan(&one, 1, 101, &plan)); /* one session proves nothing */
  /* Two sessions, but the weak skill had no evidence in one of them: it does not count yet;
   * the weakest skill seen twice is chosen instead. */
  SimPlanSession two[2] = {session(100, 60, SIM_SKILL_TIMING, 10), session(102, 60, SIM_SKILL_ENERGY, 40)};
  two[1].evidence[SIM_SKILL_TIMING] = 0;
  assert_true(sim_practice_plan(two, 2, 200, &plan));
  assert_int_equal(plan.skill, SIM_SKILL_ENERGY);
  assert_int_equal(plan.drill, SIM_DRILL_EVENT);
}

/* Sessions every ten days with timing the weakest skill: a drop first (40 then 20), then
 * `steps` sessions in a row that raised it, so the plan is on step `steps`. */
static int build(SimPlanSession *h, int steps) {
  int n = steps + 2;
  h[0] = session(10, 70, SIM_SKILL_TIMING, 40);
  for (int i = 1; i < n; i++) h[i] = session(10 * (i + 1), 70, SIM_SKILL_TIMING, 20 + 5 * (i - 1));
  return n;
}

static void check_due(int steps, int interval, SimDrill drill, const char *today_text) {
  SimPlanSession h[8];
  int n = build(h, steps);
  int32_t last = h[n - 1].day;
  SimPlan plan;
  /* The day before it is due: not yet, and when. */
  assert_true(sim_practice_plan(h, n, last + interval - 1, &plan));
  assert_int_equal(plan.skill, SIM_SKILL_TIMING);
  assert_int_equal(plan.step, steps < 3 ? steps : 3);
  assert_int_equal(plan.last_day, last);
  assert_int_equal(plan.due_day, last + interval);
  assert_false(plan.due);
  char next[128];
  snprintf(next, sizeof next, "Next: %s on day %d", sim_drill_label(drill), last + interval);
  assert_string_equal(plan.text, next);
  /* The day it is due, and later: today. */
  assert_true(sim_practice_plan(h, n, last + interval, &plan));
  assert_true(plan.due);
  assert_int_equal(plan.drill, drill);
  assert_string_equal(plan.text, today_text);
  assert_true(sim_practice_plan(h, n, last + interval + 5, &plan));
  assert_true(plan.due);
}

static void test_spaced_1_3_7_21(void **state) {
  (void)state;
  /* Timing alternates between its two ends: leaving well, then stepping into a circle. */
  check_due(0, 1, SIM_DRILL_GRACEFUL_EXIT, "Today: practise the graceful exit (5 minutes)");
  check_due(1, 3, SIM_DRILL_JOIN_GROUP, "Today: practise joining a group (5 minutes)");
  check_due(2, 7, SIM_DRILL_GRACEFUL_EXIT, "Today: practise the graceful exit (5 minutes)");
  check_due(3, 21, SIM_DRILL_JOIN_GROUP, "Today: practise joining a group (5 minutes)");
  check_due(5, 21, SIM_DRILL_JOIN_GROUP, "Today: practise joining a group (5 minutes)");
}

static void test_a_drop_starts_over(void **state) {
  (void)state;
  SimPlanSession h[4] = {session(10, 70, SIM_SKILL_INTRODUCTIONS, 30), session(20, 70, SIM_SKILL_INTRODUCTIONS, 40),
                         session(30, 70, SIM_SKILL_INTRODUCTIONS, 50), session(40, 70, SIM_SKILL_INTRODUCTIONS, 35)};
  SimPlan plan;
  assert_true(sim_practice_plan(h, 4, 40, &plan));
  assert_int_equal(plan.skill, SIM_SKILL_INTRODUCTIONS);
  assert_int_equal(plan.drill, SIM_DRILL_OPENER);
  assert_int_equal(plan.step, 0); /* the last session lowered it */
  assert_int_equal(plan.due_day, 41);
  assert_false(plan.due);
  assert_string_equal(plan.text, "Next: the opener on day 41");
  assert_true(sim_practice_plan(h, 4, 41, &plan));
  assert_string_equal(plan.text, "Today: practise the opener (5 minutes)");
  /* Order of the history does not matter. */
  SimPlanSession r[4] = {h[3], h[1], h[0], h[2]};
  SimPlan again;
  assert_true(sim_practice_plan(r, 4, 41, &again));
  assert_memory_equal(&plan, &again, sizeof plan);
}

static void test_weakest_and_other_drills(void **state) {
  (void)state;
  /* Follow-through weakest: the follow-up message. */
  SimPlanSession f[2] = {session(1, 60, SIM_SKILL_FOLLOW_THROUGH, 10), session(2, 60, SIM_SKILL_FOLLOW_THROUGH, 10)};
  SimPlan plan;
  assert_true(sim_practice_plan(f, 2, 10, &plan));
  assert_int_equal(plan.drill, SIM_DRILL_FOLLOW_UP);
  assert_string_equal(plan.text, "Today: practise the follow-up message (5 minutes)");
  /* Curiosity weakest: a short event, named by what to practise in it. */
  SimPlanSession c[2] = {session(1, 60, SIM_SKILL_CURIOSITY, 10), session(2, 60, SIM_SKILL_CURIOSITY, 20)};
  assert_true(sim_practice_plan(c, 2, 10, &plan));
  assert_int_equal(plan.drill, SIM_DRILL_EVENT);
  assert_string_equal(plan.text, "Today: practise curiosity and listening at a short event (20 minutes)");
  /* The weakest is the mean of its last three sessions: an old low score stops counting. */
  SimPlanSession m[5] = {session(1, 50, SIM_SKILL_ENERGY, 0), session(2, 50, SIM_SKILL_ENERGY, 90),
                         session(3, 50, SIM_SKILL_ENERGY, 90), session(4, 50, SIM_SKILL_ENERGY, 90),
                         session(5, 50, SIM_SKILL_GENEROSITY, 45)};
  assert_true(sim_practice_plan(m, 5, 10, &plan));
  assert_int_equal(plan.skill, SIM_SKILL_GENEROSITY);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_names),
    cmocka_unit_test(test_nothing_without_several_sessions),
    cmocka_unit_test(test_spaced_1_3_7_21),
    cmocka_unit_test(test_a_drop_starts_over),
    cmocka_unit_test(test_weakest_and_other_drills),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
