/* test_sim_difficulty.c — difficulty changes the people, not the rules: openness and
 * patience move, closed circles and a person who talks too much or is hard to read appear
 * at challenging, energy costs follow; it can change at any moment (logged and replayed
 * once the event is under way), and the session says what was played ("mixed" after a
 * change mid-event). Also the seed's variety is a pure function of the seed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "test_sim_fixture.h"

static void test_names(void **state) {
  (void)state;
  assert_string_equal(sim_difficulty_name(SIM_DIFFICULTY_GENTLE), "gentle");
  assert_string_equal(sim_difficulty_label(SIM_DIFFICULTY_CHALLENGING), "Challenging");
  assert_int_equal(sim_difficulty_from_name("standard"), SIM_DIFFICULTY_STANDARD);
  assert_int_equal(sim_difficulty_from_name("hard"), -1);
  assert_null(sim_difficulty_name(SIM_DIFFICULTY_COUNT));
  assert_int_equal(sim_difficulty_at(0), SIM_DIFFICULTY_GENTLE);
  assert_int_equal(sim_difficulty_at(2), SIM_DIFFICULTY_CHALLENGING);
  assert_int_equal(sim_player_settings_default().difficulty, SIM_DIFFICULTY_STANDARD);
  assert_int_equal(sim_difficulty_default(true), SIM_DIFFICULTY_GENTLE);
  assert_int_equal(sim_difficulty_default(false), SIM_DIFFICULTY_STANDARD);
}

static void test_people_change_rules_do_not(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimPlayerSettings set[3];
  SimSession *s[3];
  for (int d = 0; d < 3; d++) {
    set[d] = sim_player_settings_default();
    set[d].difficulty = sim_difficulty_at(d);
    s[d] = sim_session_create(sc, 5, &set[d]);
    assert_int_equal(sim_session_difficulty(s[d]), set[d].difficulty);
  }
  for (int p = 0; p < sc->person_count; p++) {
    const SimPerson *g = &sim_session_scenario(s[0])->people[p], *m = &sim_session_scenario(s[1])->people[p],
                    *c = &sim_session_scenario(s[2])->people[p];
    assert_true(g->openness > m->openness && m->openness > c->openness);
    /* busier is less patient (patience = 14 - 8 x busyness lines, docs/model.md) */
    assert_true(g->busyness < m->busyness && m->busyness < c->busyness);
    assert_float_equal(m->openness, sc->people[p].openness, 1e-6); /* standard is the scenario as written */
  }
  /* The same choice costs less energy when gentle, more when challenging; its style and
   * reasons (the rule) are the same. */
  SimEffects fx[3];
  for (int d = 0; d < 3; d++) {
    assert_int_equal(sim_talk_begin(s[d], 1, SIM_JOIN_DIRECT, NULL), SIM_OK);
    SimChoice c = fx_loose_choice(SIM_STYLE_INTRODUCE_WHY);
    fx[d] = sim_resolve_choice(s[d], 1, &c);
  }
  assert_true(fx[0].energy_cost < fx[1].energy_cost && fx[1].energy_cost < fx[2].energy_cost);
  assert_int_equal(fx[0].reasons[0], fx[2].reasons[0]);
  /* Challenging: somebody holds the floor and somebody is hard to read; the group of three
   * at the bar is a closed circle. Not at the other levels. */
  const SimVariety *v = sim_session_variety(s[2]);
  assert_true(v->talker >= 0 && v->unreadable >= 0 && v->talker != v->unreadable);
  assert_true(sim_session_scenario(s[2])->people[v->talker].talks_a_lot);
  assert_true(sim_session_scenario(s[2])->people[v->unreadable].hard_to_read);
  assert_false(sim_session_scenario(s[1])->people[v->talker].talks_a_lot);
  assert_true(v->closed_groups & 1u);
  for (int d = 0; d < 3; d++) sim_session_destroy(s[d]);
  sim_scenario_destroy(sc);
}

/* A polite join into a closed circle starts cooler than into an open one. */
static void test_closed_circle(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimPlayerSettings hard = sim_player_settings_default();
  hard.difficulty = SIM_DIFFICULTY_CHALLENGING;
  SimSession *a = sim_session_create(sc, 9, NULL);
  SimSession *b = sim_session_create(sc, 9, &hard);
  SimEffects ea, eb;
  assert_int_equal(sim_talk_begin(a, 7, SIM_JOIN_POLITE, &ea), SIM_OK);
  assert_int_equal(sim_talk_begin(b, 7, SIM_JOIN_POLITE, &eb), SIM_OK);
  assert_true(sim_session_relation(b, 7)->interest < sim_session_relation(a, 7)->interest);
  assert_true(eb.clock_cost > ea.clock_cost);
  sim_session_destroy(a);
  sim_session_destroy(b);
  sim_scenario_destroy(sc);
}

static void talk_a_while(SimSession *s, int person) {
  assert_int_equal(sim_talk_begin(s, person, SIM_JOIN_DIRECT, NULL), SIM_OK);
  for (int k = 0; k < 3; k++) {
    int pick = sim_hint_choice(s);
    if (pick < 0) break;
    assert_int_equal(sim_talk_choose(s, pick, NULL), SIM_OK);
    SimTalkView tv;
    sim_talk_view(s, &tv);
    if (!tv.active) return;
  }
  sim_talk_end(s, true, NULL);
}

static void test_change_mid_event_is_logged_and_replayed(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimPlayerSettings gentle = sim_player_settings_default();
  gentle.difficulty = SIM_DIFFICULTY_GENTLE;
  SimSession *s = sim_session_create(sc, 3, &gentle);
  /* Before anything happened: no log entry, the session simply starts at that level. */
  assert_int_equal(sim_session_set_difficulty(s, SIM_DIFFICULTY_STANDARD), SIM_OK);
  assert_int_equal(sim_log_count(s), 0);
  assert_int_equal(sim_session_settings(s).difficulty, SIM_DIFFICULTY_STANDARD);
  assert_false(sim_session_difficulty_mixed(s));
  assert_string_equal(sim_session_difficulty_played(s), "standard");
  assert_int_equal(sim_session_set_difficulty(s, SIM_DIFFICULTY_GENTLE), SIM_OK);
  assert_int_equal(sim_session_set_difficulty(s, (SimDifficulty)7), SIM_ERR_ARG);

  talk_a_while(s, 1);
  float open_before = sim_session_scenario(s)->people[2].openness;
  /* Mid-conversation, even: the person in front of you changes from the next line on. */
  assert_int_equal(sim_talk_begin(s, 2, SIM_JOIN_DIRECT, NULL), SIM_OK);
  int before = sim_log_count(s);
  assert_int_equal(sim_session_set_difficulty(s, SIM_DIFFICULTY_CHALLENGING), SIM_OK);
  assert_int_equal(sim_log_count(s), before + 1);
  const SimLogEntry *e = sim_log_entry(s, before);
  assert_int_equal(e->kind, SIM_LOG_DIFFICULTY);
  assert_int_equal(e->choice, SIM_DIFFICULTY_CHALLENGING);
  assert_string_equal(sim_log_kind_name(SIM_LOG_DIFFICULTY), "difficulty");
  assert_true(sim_session_scenario(s)->people[2].openness < open_before);
  assert_true(sim_session_difficulty_mixed(s));
  assert_string_equal(sim_session_difficulty_played(s), "mixed");
  assert_int_equal(sim_session_difficulty(s), SIM_DIFFICULTY_CHALLENGING);
  assert_int_equal(sim_session_set_difficulty(s, SIM_DIFFICULTY_CHALLENGING), SIM_OK); /* no-op */
  assert_int_equal(sim_log_count(s), before + 1);
  int pick = sim_hint_choice(s);
  assert_true(pick >= 0);
  assert_int_equal(sim_talk_choose(s, pick, NULL), SIM_OK);
  sim_end_event(s);

  /* Replaying the log on a fresh session with the same seed and settings lands on the same
   * state bit for bit, difficulty change included. */
  int n = sim_log_count(s);
  SimLogEntry *log = test_malloc(sizeof(SimLogEntry) * (size_t)n);
  for (int i = 0; i < n; i++) log[i] = *sim_log_entry(s, i);
  SimSession *r = sim_session_create(sc, 3, &gentle);
  assert_int_equal(sim_session_replay(r, log, n), SIM_OK);
  assert_true(sim_session_hash(r) == sim_session_hash(s));
  assert_string_equal(sim_session_difficulty_played(r), "mixed");
  /* A change after the event (during the follow-up) is logged but the evening was not mixed. */
  SimSession *t = sim_session_create(sc, 3, &gentle);
  talk_a_while(t, 1);
  sim_end_event(t);
  assert_int_equal(sim_session_set_difficulty(t, SIM_DIFFICULTY_STANDARD), SIM_OK);
  assert_false(sim_session_difficulty_mixed(t));
  assert_string_equal(sim_session_difficulty_played(t), "standard");
  test_free(log);
  sim_session_destroy(t);
  sim_session_destroy(r);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* Hard to read: their face shows only the extremes, and no restlessness. Gentle: the
 * restless cue comes a line earlier. */
static void test_cues(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimPlayerSettings hard = sim_player_settings_default();
  hard.difficulty = SIM_DIFFICULTY_CHALLENGING;
  SimSession *s = sim_session_create(sc, 11, &hard);
  int who = sim_session_variety(s)->unreadable;
  assert_true(who >= 0);
  assert_int_equal(sim_talk_begin(s, who, SIM_JOIN_DIRECT, NULL), SIM_OK);
  bool restless = false;
  for (int k = 0; k < 30; k++) {
    SimTalkView tv;
    sim_talk_view(s, &tv);
    if (!tv.active) break;
    restless = restless || tv.restless;
    if (tv.interest > 0.25f && tv.interest < 0.8f) assert_int_equal(tv.mood, SIM_MOOD_NEUTRAL);
    int idx[SIM_MAX_CHOICES];
    int n = sim_talk_choices(s, idx, SIM_MAX_CHOICES), pick = -1;
    for (int i = 0; i < n; i++) /* stay in the talk: anything but an exit */
      if (sim_talk_node(s)->choices[idx[i]].style != SIM_STYLE_EXIT_GRACEFUL &&
          sim_talk_node(s)->choices[idx[i]].style != SIM_STYLE_EXIT_ABRUPT && sim_talk_node(s)->choices[idx[i]].next >= 0)
        pick = idx[i];
    if (pick < 0) break;
    sim_talk_choose(s, pick, NULL);
  }
  assert_false(restless);
  sim_session_destroy(s);

  /* Gentle vs standard: the same talk, the cue one line sooner. */
  SimPlayerSettings gentle = sim_player_settings_default();
  gentle.difficulty = SIM_DIFFICULTY_GENTLE;
  SimSession *g = sim_session_create(sc, 11, &gentle);
  assert_int_equal(sim_talk_begin(g, 0, SIM_JOIN_DIRECT, NULL), SIM_OK);
  SimTalkView tv;
  int lines = 0;
  for (sim_talk_view(g, &tv); tv.active && !tv.restless && lines < 40; sim_talk_view(g, &tv)) {
    int idx[SIM_MAX_CHOICES];
    int n = sim_talk_choices(g, idx, SIM_MAX_CHOICES), pick = -1;
    for (int i = 0; i < n; i++)
      if (sim_talk_node(g)->choices[idx[i]].next >= 0) pick = idx[i];
    if (pick < 0) break;
    sim_talk_choose(g, pick, NULL);
    lines++;
  }
  if (tv.active && tv.restless)
    assert_true(14.0f - 8.0f * sim_session_scenario(g)->people[0].busyness - (float)lines <= 2.0f + 1e-3f);
  sim_session_destroy(g);
  sim_scenario_destroy(sc);
}

/* The seed's picks are a pure function of the seed: the same seed twice, the same evening;
 * and a scenario without variants plays exactly as the scenario is written. */
static void test_variety_is_pure(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *a = sim_session_create(sc, 77, NULL), *b = sim_session_create(sc, 77, NULL);
  assert_memory_equal(sim_session_variety(a), sim_session_variety(b), sizeof(SimVariety));
  assert_int_equal(sim_session_variety(a)->layout, -1);
  for (int p = 0; p < sc->person_count; p++) {
    assert_true(sim_session_person_present(a, p));
    assert_int_equal(sim_session_variety(a)->variant[p], -1);
    assert_string_equal(sim_session_scenario(a)->people[p].nodes[0].line, sc->people[p].nodes[0].line);
  }
  assert_false(sim_session_person_present(a, -1));
  assert_false(sim_session_person_present(a, 99));
  sim_bot_play_session(a, SIM_BOT_CONNECTOR, 77, NULL);
  sim_bot_play_session(b, SIM_BOT_CONNECTOR, 77, NULL);
  assert_true(sim_session_hash(a) == sim_session_hash(b));
  sim_session_destroy(a);
  sim_session_destroy(b);
  sim_scenario_destroy(sc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_names),
    cmocka_unit_test(test_people_change_rules_do_not),
    cmocka_unit_test(test_closed_circle),
    cmocka_unit_test(test_change_mid_event_is_logged_and_replayed),
    cmocka_unit_test(test_cues),
    cmocka_unit_test(test_variety_is_pure),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
