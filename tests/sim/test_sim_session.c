/* test_sim_session.c — a session as the game drives it: lifetime, conversations (start
 * node, returning visitors, groups, offered choices, the log), introductions, hints, the
 * closed vocabularies, and determinism: equal hashes for equal play, replay from the log,
 * and the same hash in another process.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test_sim_fixture.h"

typedef struct Ctx {
  SimScenario *sc;
  SimSession *s;
} Ctx;

static int setup(void **state) {
  Ctx *c = test_calloc(1, sizeof *c);
  c->sc = fx_career_fair();
  c->s = sim_session_create(c->sc, 99, NULL);
  *state = c;
  return 0;
}

static int teardown(void **state) {
  Ctx *c = *state;
  sim_session_destroy(c->s);
  sim_scenario_destroy(c->sc);
  test_free(c);
  return 0;
}

static void choose(SimSession *s, SimStyle st, SimEffects *fx) {
  int i = fx_find(s, st);
  assert_true(i >= 0);
  assert_int_equal(sim_talk_choose(s, i, fx), SIM_OK);
}

static void test_lifetime(void **state) {
  Ctx *c = *state;
  assert_null(sim_session_create(NULL, 1, NULL));
  sim_session_destroy(NULL);
  SimSession *fresh = sim_session_create(c->sc, 5, NULL);
  sim_bot_play_session(c->s, SIM_BOT_CONNECTOR, 3, NULL);
  assert_true(sim_session_hash(c->s) != sim_session_hash(fresh));
  sim_session_reset(c->s, 5, NULL);
  assert_true(sim_session_hash(c->s) == sim_session_hash(fresh));
  assert_int_equal(sim_log_count(c->s), 0);
  assert_int_equal(sim_session_talk_count(c->s), 0);
  SimPlayerView pv;
  sim_session_player(c->s, &pv);
  assert_float_equal(pv.energy, SIM_ENERGY_MAX, 0);
  assert_int_equal(pv.zone, FX_ENTRANCE);
  assert_true(sim_session_settings(c->s).clock_on);
  assert_true(sim_session_base_scenario(c->s) == c->sc);
  /* The evening's own copy: same people at the same indices. */
  assert_string_equal(sim_session_scenario(c->s)->id, c->sc->id);
  assert_int_equal(sim_session_scenario(c->s)->person_count, c->sc->person_count);
  assert_int_equal(sim_session_set_relation(c->s, 10, &(SimRelation){0}), SIM_ERR_ARG);
  assert_null(sim_session_relation(c->s, -1));
  sim_session_destroy(fresh);
}

static void test_conversation_flow(void **state) {
  Ctx *c = *state;
  SimTalkView tv;
  sim_talk_view(c->s, &tv);
  assert_false(tv.active);
  assert_int_equal(sim_talk_choices(c->s, NULL, 0), 0);
  assert_int_equal(sim_talk_choose(c->s, 0, NULL), SIM_ERR_STATE);
  assert_int_equal(sim_talk_begin(c->s, 11, SIM_JOIN_DIRECT, NULL), SIM_ERR_ARG);
  SimEffects fx;
  assert_int_equal(sim_talk_begin(c->s, 1, SIM_JOIN_DIRECT, &fx), SIM_OK);
  assert_int_equal(sim_talk_begin(c->s, 2, SIM_JOIN_DIRECT, NULL), SIM_ERR_STATE);
  sim_talk_view(c->s, &tv);
  assert_true(tv.active);
  assert_int_equal(tv.person, 1);
  assert_int_equal(tv.node, N_HELLO);
  assert_int_equal(tv.mood, sim_mood_from_interest(tv.interest));
  SimPlayerView pv;
  sim_session_player(c->s, &pv);
  assert_int_equal(pv.zone, FX_BOOTHS); /* walked over */
  int idx[SIM_MAX_CHOICES];
  assert_int_equal(sim_talk_choices(c->s, idx, SIM_MAX_CHOICES), 5);
  assert_int_equal(sim_talk_choices(c->s, idx, 2), 2);
  assert_int_equal(sim_hint_choice(c->s), 0); /* introduce_why */
  assert_int_equal(sim_talk_choose(c->s, 7, NULL), SIM_ERR_UNAVAILABLE);
  choose(c->s, SIM_STYLE_INTRODUCE_WHY, &fx);
  assert_int_equal(fx.next_node, N_WHY);
  assert_int_equal(fx.facts_learned, 1u << 0);
  choose(c->s, SIM_STYLE_ASK_OPEN, &fx);
  assert_true(fx.need_understood);
  assert_int_equal(sim_session_relation(c->s, 1)->facts_known, 7);
  sim_talk_view(c->s, &tv);
  assert_int_equal(tv.choices_made, 2);
  assert_true(tv.mood == SIM_MOOD_INTERESTED);
  choose(c->s, SIM_STYLE_EXIT_GRACEFUL, &fx);
  assert_true(fx.ends_talk);
  sim_talk_view(c->s, &tv);
  assert_false(tv.active);
  /* The log: one begin and three choices, each with what happened and when. */
  assert_int_equal(sim_log_count(c->s), 4);
  const SimLogEntry *e = sim_log_entry(c->s, 1);
  assert_int_equal(e->kind, SIM_LOG_CHOICE);
  assert_int_equal(e->person, 1);
  assert_int_equal(e->node, N_HELLO);
  assert_int_equal(e->choice, 0);
  assert_int_equal(e->style, SIM_STYLE_INTRODUCE_WHY);
  assert_int_equal(e->talk, 0);
  assert_true(e->clock > 0.0f && e->energy < SIM_ENERGY_MAX);
  assert_null(sim_log_entry(c->s, 4));
  const SimTalkRecord *rec = sim_session_talk(c->s, 0);
  assert_int_equal(rec->person, 1);
  assert_int_equal(rec->first_log, 0);
  assert_int_equal(rec->last_log, 3);
  assert_int_equal(rec->choices, 3);
  assert_int_equal(rec->tier_start, 0);
  assert_int_equal(rec->tier_end, 1);
  int rating = sim_talk_rating(c->s, 0);
  assert_true(rating >= 1 && rating <= 5);

  /* Meeting again starts at the returning node, where the remembered fact can be used. */
  assert_int_equal(sim_talk_begin(c->s, 1, SIM_JOIN_DIRECT, NULL), SIM_OK);
  sim_talk_view(c->s, &tv);
  assert_int_equal(tv.node, N_AGAIN);
  assert_true(fx_find(c->s, SIM_STYLE_FOLLOW_UP) >= 0);
  assert_int_equal(sim_session_relation(c->s, 1)->conversations, 2);
  assert_int_equal(sim_talk_end(c->s, false, &fx), SIM_OK);
  assert_int_equal(fx.reasons[0], SIM_REASON_LEFT_ABRUPTLY);
  assert_int_equal(sim_talk_end(c->s, false, NULL), SIM_ERR_STATE);
}

static void test_returning_without_the_fact(void **state) {
  Ctx *c = *state;
  SimRelation r = sim_relation_initial(1); /* met at an earlier event; no facts on record */
  assert_int_equal(sim_session_set_relation(c->s, 4, &r), SIM_OK);
  assert_int_equal(sim_talk_begin(c->s, 4, SIM_JOIN_DIRECT, NULL), SIM_OK);
  SimTalkView tv;
  sim_talk_view(c->s, &tv);
  assert_int_equal(tv.node, N_AGAIN);
  assert_int_equal(fx_find(c->s, SIM_STYLE_FOLLOW_UP), -1);
  assert_false(sim_talk_choice_offered(c->s, 0));
  assert_true(sim_talk_choice_offered(c->s, 1));
}

static void test_groups(void **state) {
  Ctx *c = *state;
  SimEffects polite, barge;
  assert_int_equal(sim_talk_begin(c->s, 6, SIM_JOIN_POLITE, &polite), SIM_OK);
  assert_int_equal(polite.reasons[0], SIM_REASON_JOINED_GROUP_POLITELY);
  float polite_interest = sim_session_relation(c->s, 6)->interest;
  SimTalkView tv;
  sim_talk_view(c->s, &tv);
  assert_true(tv.in_group);
  assert_int_equal(sim_talk_end(c->s, true, NULL), SIM_OK);
  /* Already in the group: talking to another member needs no second joining. */
  SimEffects second;
  assert_int_equal(sim_talk_begin(c->s, 7, SIM_JOIN_BARGE, &second), SIM_OK);
  assert_int_equal(second.reason_count, 0);
  assert_int_equal(sim_talk_end(c->s, true, NULL), SIM_OK);

  SimSession *s2 = sim_session_create(c->sc, 99, NULL);
  assert_int_equal(sim_talk_begin(s2, 6, SIM_JOIN_BARGE, &barge), SIM_OK);
  assert_int_equal(barge.reasons[0], SIM_REASON_BARGED_INTO_GROUP);
  assert_true(barge.reputation < 0.0f);
  assert_true(sim_session_relation(s2, 6)->interest < polite_interest - 0.15f);
  assert_true(sim_session_relation(s2, 8)->trust < sim_session_relation(c->s, 8)->trust); /* the whole group saw */
  sim_session_destroy(s2);
}

static void test_introduce_people(void **state) {
  Ctx *c = *state;
  assert_int_equal(sim_introduce_people(c->s, 1, 2, NULL), SIM_ERR_UNAVAILABLE);
  SimRelation r = sim_relation_initial(2);
  assert_int_equal(sim_session_set_relation(c->s, 1, &r), SIM_OK);
  assert_int_equal(sim_session_set_relation(c->s, 2, &r), SIM_OK);
  assert_int_equal(sim_introduce_people(c->s, 1, 1, NULL), SIM_ERR_ARG);
  SimEffects fx;
  float t1 = sim_session_relation(c->s, 1)->trust, t2 = sim_session_relation(c->s, 2)->trust;
  assert_int_equal(sim_introduce_people(c->s, 1, 2, &fx), SIM_OK);
  assert_int_equal(fx.reasons[0], SIM_REASON_INTRODUCED_TWO_PEOPLE);
  assert_true(sim_session_relation(c->s, 1)->trust > t1 && sim_session_relation(c->s, 2)->trust > t2);
  assert_int_equal(sim_introduce_people(c->s, 2, 1, NULL), SIM_ERR_UNAVAILABLE); /* once per pair */
}

static void test_names(void **state) {
  (void)state;
  for (int r = 0; r < SIM_REASON_COUNT; r++) {
    assert_non_null(sim_reason_name((SimReason)r));
    assert_int_equal(sim_reason_from_name(sim_reason_name((SimReason)r)), r);
  }
  assert_null(sim_reason_name(SIM_REASON_COUNT));
  assert_string_equal(sim_reason_name(SIM_REASON_PITCHED_BEFORE_RAPPORT), "pitched_before_rapport");
  for (int s = 0; s < SIM_STRATEGY_COUNT; s++)
    assert_int_equal(sim_strategy_from_name(sim_strategy_name((SimStrategy)s)), s);
  assert_int_equal(sim_strategy_from_name("piranha"), -1);
  for (int i = 0; i < SIM_INTENT_COUNT; i++)
    assert_int_equal(sim_intention_from_name(sim_intention_name((SimIntention)i)), i);
  for (int t = 0; t < SIM_TIMING_COUNT; t++)
    assert_int_equal(sim_timing_from_name(sim_timing_name((SimTiming)t)), t);
  for (int k = 0; k < SIM_SKILL_COUNT; k++) {
    assert_non_null(sim_skill_name((SimSkill)k));
    assert_non_null(sim_skill_label((SimSkill)k));
  }
  for (int k = 0; k < SIM_LOG_KIND_COUNT; k++) assert_non_null(sim_log_kind_name((SimLogKind)k));
  assert_string_equal(sim_tier_name(3), "rapport");
  assert_string_equal(sim_mood_name(SIM_MOOD_UNCOMFORTABLE), "uncomfortable");
  assert_int_equal(sim_mood_from_interest(0.2f), SIM_MOOD_UNCOMFORTABLE);
  assert_int_equal(sim_mood_from_interest(0.5f), SIM_MOOD_NEUTRAL);
  assert_int_equal(sim_mood_from_interest(0.7f), SIM_MOOD_INTERESTED);
  assert_string_equal(sim_status_text(SIM_ERR_OVER), "the event is over");
}

static void test_rng(void **state) {
  (void)state;
  SimRng a, b;
  sim_rng_seed(&a, 123);
  sim_rng_seed(&b, 123);
  for (int i = 0; i < 100; i++) assert_true(sim_rng_next(&a) == sim_rng_next(&b));
  int hist[4] = {0};
  for (int i = 0; i < 4000; i++) {
    double u = sim_rng_unit(&a);
    assert_true(u >= 0.0 && u < 1.0);
    hist[sim_rng_below(&a, 4)]++;
  }
  for (int i = 0; i < 4; i++) assert_true(hist[i] > 800 && hist[i] < 1200);
  assert_int_equal(sim_rng_below(&a, 0), 0);
}

/* ---- determinism ---- */

static uint64_t bot_hash(const SimScenario *sc, uint64_t seed, SimStrategy st) {
  SimSession *s = sim_session_create(sc, seed, NULL);
  sim_bot_play_session(s, st, seed * 31 + 7, NULL);
  SimWeekPlan plan = {0, {{0, 0}}};
  sim_week_pass(s, &plan);
  uint64_t h = sim_session_hash(s);
  sim_session_destroy(s);
  return h;
}

static void test_same_play_same_hash(void **state) {
  Ctx *c = *state;
  for (int st = 0; st < SIM_STRATEGY_COUNT; st++) {
    uint64_t a = bot_hash(c->sc, 11, (SimStrategy)st);
    uint64_t b = bot_hash(c->sc, 11, (SimStrategy)st);
    assert_true(a == b);
    assert_true(a != bot_hash(c->sc, 12, (SimStrategy)st));
  }
}

static void test_replay_gives_same_hash(void **state) {
  Ctx *c = *state;
  for (int st = 0; st < SIM_STRATEGY_COUNT; st++) {
    sim_session_reset(c->s, 500 + (uint64_t)st, NULL);
    sim_bot_play_session(c->s, (SimStrategy)st, 77, NULL);
    SimWeekPlan plan = {1, {{1, 2}}};
    sim_week_pass(c->s, &plan);
    int n = sim_log_count(c->s);
    SimLogEntry *copy = test_malloc(sizeof(SimLogEntry) * (size_t)n);
    for (int i = 0; i < n; i++) copy[i] = *sim_log_entry(c->s, i);
    SimSession *r = sim_session_create(c->sc, 500 + (uint64_t)st, NULL);
    assert_int_equal(sim_session_replay(r, copy, n), SIM_OK);
    assert_int_equal(sim_log_count(r), n);
    assert_true(sim_session_hash(r) == sim_session_hash(c->s));
    SimScores a, b;
    sim_scores(c->s, &a);
    sim_scores(r, &b);
    assert_memory_equal(&a, &b, sizeof a);
    sim_session_destroy(r);
    test_free(copy);
  }
  /* A log that does not fit the session is refused, not guessed at. */
  SimLogEntry bogus = *sim_log_entry(c->s, 1);
  SimSession *r = sim_session_create(c->sc, 1, NULL);
  bogus.kind = SIM_LOG_CHOICE;
  assert_int_equal(sim_session_replay(r, &bogus, 1), SIM_ERR_STATE);
  sim_session_destroy(r);
}

static void test_same_hash_in_another_process(void **state) {
  Ctx *c = *state;
  int fds[2];
  assert_int_equal(pipe(fds), 0);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    uint64_t h = bot_hash(c->sc, 2024, SIM_BOT_RANDOM) ^ bot_hash(c->sc, 2024, SIM_BOT_CONNECTOR);
    ssize_t w = write(fds[1], &h, sizeof h);
    _exit(w == (ssize_t)sizeof h ? 0 : 1);
  }
  close(fds[1]);
  uint64_t child = 0;
  assert_int_equal(read(fds[0], &child, sizeof child), (ssize_t)sizeof child);
  close(fds[0]);
  int status = 0;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  uint64_t mine = bot_hash(c->sc, 2024, SIM_BOT_RANDOM) ^ bot_hash(c->sc, 2024, SIM_BOT_CONNECTOR);
  assert_true(child == mine);
}

static void test_full_log_refuses(void **state) {
  Ctx *c = *state;
  SimPlayerSettings st = sim_player_settings_default();
  st.clock_on = false;
  sim_session_reset(c->s, 1, &st);
  /* Small waits in a row share one entry (and replay to the same clock bits)... */
  for (int i = 0; i < 3000; i++) assert_int_equal(sim_advance_clock(c->s, 0.05f), SIM_OK);
  assert_int_equal(sim_log_count(c->s), 1);
  SimSession *r = sim_session_create(c->sc, 1, &st);
  assert_int_equal(sim_session_replay(r, sim_log_entry(c->s, 0), 1), SIM_OK);
  assert_true(sim_session_hash(r) == sim_session_hash(c->s));
  sim_session_destroy(r);
  /* ...but other actions fill the log, and a full log refuses new ones. */
  int rc = SIM_OK, n = 0;
  while (rc == SIM_OK && n < SIM_MAX_LOG + 10) {
    rc = sim_move_to_zone(c->s, n % 2 ? FX_BAR : FX_BOOTHS);
    n++;
  }
  assert_int_equal(rc, SIM_ERR_FULL);
  assert_int_equal(sim_log_count(c->s), SIM_MAX_LOG);
  assert_int_equal(sim_talk_begin(c->s, 1, SIM_JOIN_DIRECT, NULL), SIM_ERR_FULL);
  SimTalkView tv;
  sim_talk_view(c->s, &tv);
  assert_false(tv.active);
  sim_end_event(c->s);
  assert_true(sim_session_event_over(c->s));
}

/* Data the validator would reject must still never crash or misbehave the core. */
static void test_odd_scenarios_are_survived(void **state) {
  (void)state;
  SimScenario *sc = sim_scenario_create();
  sc->zone_count = 2;
  sc->zones[0] = (SimZone){"a", "A", SIM_ZONE_BAR, 0, 0, 5, 5, 1.0f};
  sc->zones[1] = (SimZone){"b", "B", SIM_ZONE_QUIET, 5, 0, 5, 5, 0.0f};
  sc->entrance_zone = 7;
  sc->person_count = 3;
  SimPerson *p = &sc->people[0];
  p->name = "Odd", p->zone = 9, p->group = 3, p->return_node = 45, p->fact_count = 16;
  p->node_count = 40;
  p->nodes = sim_arena_alloc(sc->arena, sizeof(SimNode) * 40);
  for (int n = 0; n < 40; n++) {
    p->nodes[n].reveals = (uint16_t)(0x8001u << (n % 2));
    p->nodes[n].shows_need = n % 3 == 0;
    fx_choice(&p->nodes[n], "far", (SimStyle)(n % SIM_STYLE_COUNT), (n + 7) % 40);
    fx_choice(&p->nodes[n], "out", SIM_STYLE_SHARE, 50);
    fx_choice(&p->nodes[n], "neg", SIM_STYLE_ASK_OPEN, -5);
    p->nodes[n].choices[0].weight = n % 2 ? 0.0f : 5.0f;
    p->nodes[n].choices[1].requires.min_tier = 9;
  }
  p->followup.reference_fact = 20;
  p->maintenance_count = 1;
  p->maintenance[0] = (SimMaintenance){SIM_MAINT_COFFEE, "x", "y", 30};
  sc->people[1].name = NULL; /* no nodes, no name */
  sc->people[1].group = 3;
  sc->people[2] = sc->people[0];
  sc->people[2].name = "Twin";
  sc->people[2].return_node = 2;
  sc->tuning.energy_cost = -1.0f;
  sc->tuning.reputation_spread = 0.0f;
  SimSession *s = sim_session_create(sc, 1, NULL);
  assert_non_null(s);
  assert_int_equal(sim_talk_begin(s, 1, SIM_JOIN_DIRECT, NULL), SIM_ERR_ARG);
  assert_int_equal(sim_talk_begin(s, 0, (SimJoin)7, NULL), SIM_ERR_ARG);
  SimCoverage cov;
  memset(&cov, 0, sizeof cov);
  for (int seed = 0; seed < 40; seed++)
    for (int st = 0; st < SIM_STRATEGY_COUNT; st++) {
      sim_session_reset(s, (uint64_t)seed, NULL);
      sim_bot_play_session(s, (SimStrategy)st, (uint64_t)seed, &cov);
      SimScores sco;
      SimMoment m[6];
      char line[64];
      sim_scores(s, &sco);
      assert_true(sco.skills[0] >= 0 && sco.skills[0] <= 100);
      int n = sim_debrief_moments(s, m, 6);
      assert_true(n >= 0 && n <= 6);
      assert_true(sim_debrief_next_step(s, line, sizeof line) > 0);
      sim_week_pass(s, &(SimWeekPlan){1, {{0, 0}}});
      assert_true(sim_log_count(s) <= SIM_MAX_LOG);
    }
  assert_true(sim_coverage_missing(&cov, sc, NULL, NULL, 0) >= 0);
  assert_true(sim_coverage_untried(&cov, sc) >= 0);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_lifetime, setup, teardown),
    cmocka_unit_test_setup_teardown(test_conversation_flow, setup, teardown),
    cmocka_unit_test_setup_teardown(test_returning_without_the_fact, setup, teardown),
    cmocka_unit_test_setup_teardown(test_groups, setup, teardown),
    cmocka_unit_test_setup_teardown(test_introduce_people, setup, teardown),
    cmocka_unit_test(test_names),
    cmocka_unit_test(test_rng),
    cmocka_unit_test_setup_teardown(test_same_play_same_hash, setup, teardown),
    cmocka_unit_test_setup_teardown(test_replay_gives_same_hash, setup, teardown),
    cmocka_unit_test_setup_teardown(test_same_hash_in_another_process, setup, teardown),
    cmocka_unit_test_setup_teardown(test_full_log_refuses, setup, teardown),
    cmocka_unit_test(test_odd_scenarios_are_survived),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
