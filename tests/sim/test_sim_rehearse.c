/* test_sim_rehearse.c — rehearsing one moment: the session re-played to just before a
 * choice is the same state the player was in (same hash as a replay to that point), it is
 * independent of the session played (changing it leaves the played session's hash and
 * depth untouched), it starts from the roster the played session began with, and drills
 * set up the talk at the named node. Also the hint and note words.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "sim/practice.h"
#include "test_sim_fixture.h"

/* Plays: talk with Maya (0): card grab (a misstep), then introduce, ask, exit; talk with
 * Sam (1): the first line offered, then a goodbye. Returns the log index of the card grab. */
static int play(SimSession *s) {
  assert_int_equal(sim_talk_begin(s, 0, SIM_JOIN_DIRECT, NULL), SIM_OK);
  int grab = sim_log_count(s);
  assert_int_equal(sim_talk_choose(s, fx_find(s, SIM_STYLE_CARD_GRAB), NULL), SIM_OK);
  assert_int_equal(sim_talk_choose(s, fx_find(s, SIM_STYLE_INTRODUCE), NULL), SIM_OK);
  assert_int_equal(sim_talk_choose(s, fx_find(s, SIM_STYLE_ASK_OPEN), NULL), SIM_OK);
  assert_int_equal(sim_talk_choose(s, fx_find(s, SIM_STYLE_EXIT_GRACEFUL), NULL), SIM_OK);
  assert_int_equal(sim_talk_begin(s, 1, SIM_JOIN_DIRECT, NULL), SIM_OK);
  int offered[SIM_MAX_CHOICES];
  assert_true(sim_talk_choices(s, offered, SIM_MAX_CHOICES) > 0);
  assert_int_equal(sim_talk_choose(s, offered[0], NULL), SIM_OK);
  SimTalkView v;
  sim_talk_view(s, &v);
  if (v.active) assert_int_equal(sim_talk_end(s, true, NULL), SIM_OK);
  sim_end_event(s);
  return grab;
}

static void test_clone_is_the_moment_and_independent(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *played = sim_session_create(sc, 42, NULL);
  /* Met Sam before: a roster relation the rehearsal must start from too. */
  SimRelation known = sim_relation_initial(2);
  sim_session_set_relation(played, 1, &known);
  sim_session_set_day(played, 9000);
  int grab = play(played);
  uint64_t hash = sim_session_hash(played);
  int logged = sim_log_count(played);
  SimScores before;
  sim_scores(played, &before);

  int status = 99;
  SimSession *r = sim_rehearse_at(played, grab, &status);
  assert_non_null(r);
  assert_int_equal(status, SIM_OK);
  SimTalkView v;
  sim_talk_view(r, &v);
  assert_true(v.active);
  assert_int_equal(v.person, 0);
  assert_int_equal(v.node, sim_log_entry(played, grab)->node);
  assert_int_equal(sim_session_day(r), 9000);
  assert_int_equal(sim_session_relation(r, 1)->tier, 2);

  /* The same state as a fresh replay of the entries before the choice. */
  SimSession *ref = sim_session_create(sc, 42, NULL);
  sim_session_set_relation(ref, 1, &known);
  sim_session_set_day(ref, 9000);
  assert_int_equal(sim_session_replay(ref, sim_log_entry(played, 0), grab), SIM_OK);
  assert_true(sim_session_hash(ref) == sim_session_hash(r));

  /* Choosing better in the rehearsal: introduce with why; the played session is untouched. */
  SimEffects fx;
  assert_int_equal(sim_talk_choose(r, fx_find(r, SIM_STYLE_INTRODUCE_WHY), &fx), SIM_OK);
  assert_true(sim_rehearse_went_well(&fx));
  assert_true(sim_session_hash(played) == hash);
  SimScores after;
  sim_scores(played, &after);
  assert_true(after.depth_gain == before.depth_gain);
  assert_int_equal(sim_log_count(played), logged);

  /* And the original choice again, in a second rehearsal, is the misstep it was. */
  SimSession *r2 = sim_rehearse_at(played, grab, NULL);
  assert_non_null(r2);
  SimEffects bad;
  assert_int_equal(sim_talk_choose(r2, sim_log_entry(played, grab)->choice, &bad), SIM_OK);
  assert_false(sim_rehearse_went_well(&bad));
  assert_true(memcmp(&bad, &sim_log_entry(played, grab)->effects, sizeof bad) == 0);
  char note[200];
  sim_rehearse_note(r2, 0, &bad, note, sizeof note);
  assert_non_null(strstr(note, "Maya"));

  sim_session_destroy(r2);
  sim_session_destroy(ref);
  sim_session_destroy(r);
  sim_session_destroy(played);
  sim_scenario_destroy(sc);
}

static void test_refuses_what_is_not_a_choice(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *played = sim_session_create(sc, 7, NULL);
  play(played);
  int status = 0;
  assert_null(sim_rehearse_at(played, 0, &status)); /* a TALK_BEGIN */
  assert_int_equal(status, SIM_ERR_ARG);
  assert_null(sim_rehearse_at(played, sim_log_count(played), &status));
  assert_int_equal(status, SIM_ERR_ARG);
  assert_null(sim_rehearse_at(NULL, 1, &status));
  sim_session_destroy(played);
  sim_scenario_destroy(sc);
}

static void test_drill_setup_and_hint(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  const char *steps[] = {"why", "open"};
  int status = 0;
  SimSession *d = sim_rehearse_drill(sc, 5, 2, SIM_JOIN_DIRECT, false, steps, 2, &status);
  assert_non_null(d);
  const SimNode *n = sim_talk_node(d);
  assert_string_equal(n->id, "open");
  char hint[200];
  int exit = fx_find(d, SIM_STYLE_EXIT_GRACEFUL);
  sim_rehearse_hint(d, exit, hint, sizeof hint);
  assert_non_null(strstr(hint, "Leave gracefully"));
  sim_rehearse_hint(d, -1, hint, sizeof hint); /* the connector's pick, in words */
  assert_true(strlen(hint) > 20);
  sim_session_destroy(d);
  /* A step that does not exist, and a join drill left unbegun. */
  const char *bad[] = {"nowhere"};
  assert_null(sim_rehearse_drill(sc, 5, 2, SIM_JOIN_DIRECT, false, bad, 1, &status));
  assert_int_equal(status, SIM_ERR_UNAVAILABLE);
  SimSession *j = sim_rehearse_drill(sc, 5, 7, SIM_JOIN_POLITE, true, NULL, 0, &status);
  assert_non_null(j);
  SimTalkView v;
  sim_talk_view(j, &v);
  assert_false(v.active);
  SimEffects fx;
  assert_int_equal(sim_talk_begin(j, 7, SIM_JOIN_BARGE, &fx), SIM_OK);
  assert_false(sim_rehearse_went_well(&fx));
  sim_session_destroy(j);
  sim_scenario_destroy(sc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_clone_is_the_moment_and_independent),
    cmocka_unit_test(test_refuses_what_is_not_a_choice),
    cmocka_unit_test(test_drill_setup_and_hint),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
