/* test_cli_simulate_bounds.c — coaching that cannot be gamed, as a property of every shipped
 * scenario at every difficulty (gentle, standard, challenging): over 200 seeds (the seeds
 * `rapport simulate` uses), each gaming strategy's mean
 * depth stays under its share of the connector's (issue 10), the apologiser keeps at most 60%
 * of the connector's people you could call, the connector beats the collector on depth and
 * the collector holds more cards in every seed, and over a two-event arc the follow-up and
 * the weeks after carry at least 40% of the connector's depth. Counts and orderings only.
 * Loads the real scenarios (engine/script), so it links more than rapport_sim.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "script/script.h"
#include "sim/sim.h"

enum { SEEDS = 200 };

static const char *const SCENARIOS[] = {"career_fair", "alumni_mixer", "industry_meetup"};

/* The bound on each strategy's mean depth, as a share of the connector's (negative: none). */
static double depth_bound(SimStrategy st) {
  switch (st) {
  case SIM_BOT_LONGEST: return 0.25;
  case SIM_BOT_REPEAT: return 0.40;
  case SIM_BOT_GHOST: return 0.10;
  case SIM_BOT_LISTENER: return 0.35;
  case SIM_BOT_NOHELP: return 0.75;
  case SIM_BOT_NOFOLLOWUP: return 0.70;
  default: return -1.0;
  }
}

static SimScenario *load(const char *id) {
  char path[1024], err[SCR_MESSAGE_MAX];
  snprintf(path, sizeof path, "%s/scripts/scenarios/%s.lua", RAPPORT_SOURCE_DIR, id);
  SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
  if (!sc) fail_msg("%s", err);
  return sc;
}

static void test_gaming_strategies_stay_under_their_bounds(void **state) {
  (void)state;
  int failures = 0;
  for (int di = 0; di < SIM_DIFFICULTY_COUNT; di++)
  for (size_t k = 0; k < sizeof SCENARIOS / sizeof SCENARIOS[0]; k++) {
    SimPlayerSettings set = sim_player_settings_default();
    set.difficulty = sim_difficulty_at(di);
    const char *dname = sim_difficulty_name(set.difficulty);
    SimScenario *sc = load(SCENARIOS[k]);
    SimSession *s = sim_session_create(sc, 1, NULL);
    double depth[SIM_STRATEGY_COUNT] = {0}, callable[SIM_STRATEGY_COUNT] = {0};
    for (uint64_t seed = 1; seed <= SEEDS; seed++) {
      SimScores r[SIM_STRATEGY_COUNT];
      for (int st = 0; st < SIM_STRATEGY_COUNT; st++) {
        if (st == SIM_BOT_EXPLORER) continue; /* coverage, not a way of playing */
        sim_session_reset(s, seed, &set);
        sim_bot_play_session(s, (SimStrategy)st, seed, NULL);
        sim_scores(s, &r[st]);
        depth[st] += r[st].depth_gain;
        callable[st] += r[st].callable;
      }
      if (!(r[SIM_BOT_CONNECTOR].depth_gain > r[SIM_BOT_COLLECTOR].depth_gain))
        fail_msg("%s %s seed %llu: connector depth %.1f <= collector %.1f", SCENARIOS[k], dname, (unsigned long long)seed,
                 r[SIM_BOT_CONNECTOR].depth_gain, r[SIM_BOT_COLLECTOR].depth_gain);
      if (!(r[SIM_BOT_COLLECTOR].cards > r[SIM_BOT_CONNECTOR].cards))
        fail_msg("%s %s seed %llu: collector cards %d <= connector %d", SCENARIOS[k], dname, (unsigned long long)seed,
                 r[SIM_BOT_COLLECTOR].cards, r[SIM_BOT_CONNECTOR].cards);
    }
    double conn = depth[SIM_BOT_CONNECTOR];
    assert_true(conn > 0.0);
    for (int st = 0; st < SIM_STRATEGY_COUNT; st++) {
      double bound = depth_bound((SimStrategy)st);
      if (bound < 0) continue;
      double ratio = depth[st] / conn;
      bool ok = ratio <= bound;
      print_message("%-16s %-11s %-11s depth %5.1f%% of the connector's (bound %.0f%%)%s\n", SCENARIOS[k], dname,
                    sim_strategy_name((SimStrategy)st), 100.0 * ratio, 100.0 * bound, ok ? "" : "  <-- OVER");
      failures += !ok;
    }
    double call_ratio = callable[SIM_BOT_CONNECTOR] > 0 ? callable[SIM_BOT_APOLOGISER] / callable[SIM_BOT_CONNECTOR] : 0;
    bool ok = callable[SIM_BOT_CONNECTOR] > 0 && call_ratio <= 0.60;
    print_message("%-16s %-11s apologiser  callable %5.1f%% of the connector's (bound 60%%)%s\n", SCENARIOS[k],
                  dname, 100.0 * call_ratio, ok ? "" : "  <-- OVER");
    failures += !ok;
    sim_session_destroy(s);
    sim_scenario_destroy(sc);
  }
  if (failures) fail_msg("%d bound(s) exceeded (see the lines marked OVER)", failures);
}

/* Depth when the event ended: the log replayed up to EVENT_END on a fresh session. */
static float strength_at_event_end(const SimScenario *sc, const SimSession *s, uint64_t seed,
                                   const SimPlayerSettings *set) {
  int n = sim_log_count(s), end = n;
  for (int i = 0; i < n; i++)
    if (sim_log_entry(s, i)->kind == SIM_LOG_EVENT_END) {
      end = i + 1;
      break;
    }
  SimLogEntry *log = test_malloc(sizeof(SimLogEntry) * (size_t)(n ? n : 1));
  for (int i = 0; i < n; i++) log[i] = *sim_log_entry(s, i);
  SimSession *t = sim_session_create(sc, seed, set);
  assert_int_equal(sim_session_replay(t, log, end), SIM_OK);
  float strength = sim_network_strength(t);
  sim_session_destroy(t);
  test_free(log);
  return strength;
}

/* The connector over two events with three weeks between (a coffee with the two closest
 * people the first week, then a small gesture to the four closest each week): the
 * follow-up and the weeks carry at least 40% of the depth. The second event's own
 * follow-ups are counted as event depth (conservative). */
static void test_two_event_arc_follow_up_carries_weight(void **state) {
  (void)state;
  for (int di = 0; di < SIM_DIFFICULTY_COUNT; di++)
  for (size_t k = 0; k < sizeof SCENARIOS / sizeof SCENARIOS[0]; k++) {
    SimPlayerSettings set = sim_player_settings_default();
    set.difficulty = sim_difficulty_at(di);
    SimScenario *sc = load(SCENARIOS[k]);
    double in_events = 0, after = 0, total = 0;
    for (uint64_t seed = 1; seed <= 50; seed++) {
      SimSession *a = sim_session_create(sc, seed, &set);
      float base = sim_network_strength(a);
      sim_bot_play_session(a, SIM_BOT_CONNECTOR, seed, NULL);
      float e1 = strength_at_event_end(sc, a, seed, &set);
      for (int w = 0; w < 3; w++) {
        /* the closest people first (insertion by tier, then progress) */
        int best[SIM_MAX_PEOPLE], nb = 0;
        for (int p = 0; p < sc->person_count; p++) {
          const SimRelation *r = sim_session_relation(a, p);
          if (r->tier < 1 || sc->people[p].maintenance_count == 0) continue;
          int at = nb++;
          while (at > 0) {
            const SimRelation *q = sim_session_relation(a, best[at - 1]);
            if (q->tier > r->tier || (q->tier == r->tier && q->progress >= r->progress)) break;
            best[at] = best[at - 1];
            at--;
          }
          best[at] = p;
        }
        SimWeekPlan plan = {0};
        int want = w == 0 ? 2 : 4;
        for (int b = 0; b < want && b < nb; b++) {
          /* a coffee in the first week, then the cheapest other gesture */
          const SimPerson *p = &sc->people[best[b]];
          int pick = 0;
          for (int m = 0; m < p->maintenance_count; m++)
            if ((w == 0) == (p->maintenance[m].kind == SIM_MAINT_COFFEE)) {
              pick = m;
              break;
            }
          plan.items[plan.count].person = best[b];
          plan.items[plan.count++].action = pick;
        }
        sim_week_pass(a, &plan); /* an unaffordable item just stops the plan */
      }
      float after1 = sim_network_strength(a);
      SimSession *b = sim_session_create(sc, seed + 1000, &set);
      for (int p = 0; p < sc->person_count; p++) sim_session_set_relation(b, p, sim_session_relation(a, p));
      sim_bot_play_session(b, SIM_BOT_CONNECTOR, seed + 1000, NULL);
      SimScores sb;
      sim_scores(b, &sb);
      in_events += (e1 - base) + sb.depth_gain;
      after += after1 - e1;
      total += sim_network_strength(b) - base;
      sim_session_destroy(a);
      sim_session_destroy(b);
    }
    print_message("%-16s %-11s two-event arc: events %.0f, follow-up and weeks %.0f (%.0f%% of %.0f)\n", SCENARIOS[k],
                  sim_difficulty_name(set.difficulty), in_events, after, total > 0 ? 100.0 * after / total : 0.0, total);
    assert_true(total > 0);
    assert_true(after >= 0.40 * total);
    sim_scenario_destroy(sc);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_gaming_strategies_stay_under_their_bounds),
    cmocka_unit_test(test_two_event_arc_follow_up_carries_weight),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
