/* test_sim_debrief_fair.c — feedback that is fair to the learner: no praise for a one-line
 * exit or for leaving before any real exchange, a next step that fits what happened (the
 * quiet player, the listener, the card-holder who wrote to nobody, the apologiser), the
 * liking-gap note only after a talk that really went well, and plain words throughout.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "test_sim_fixture.h"

static void choose(SimSession *s, SimStyle st) {
  int i = fx_find(s, st);
  if (i < 0) fail_msg("no offered choice of style %s", sim_style_name(st));
  assert_int_equal(sim_talk_choose(s, i, NULL), SIM_OK);
}

static bool active(const SimSession *s) {
  SimTalkView tv;
  sim_talk_view(s, &tv);
  return tv.active;
}

static const SimMoment *find(const SimMoment *m, int n, SimReason r) {
  for (int i = 0; i < n; i++)
    if (m[i].reason == r) return &m[i];
  return NULL;
}

/* The anxious introvert: a hello and a polite goodbye, three times, then home early,
 * guessing each talk went a 1. */
static void test_quiet_player_is_not_praised_for_leaving(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 3, NULL);
  for (int p = 1; p <= 3; p++) {
    assert_int_equal(sim_talk_begin(s, p, SIM_JOIN_POLITE, NULL), SIM_OK);
    choose(s, SIM_STYLE_INTRODUCE_WHY);
    choose(s, SIM_STYLE_EXIT_GRACEFUL);
    assert_int_equal(sim_talk_set_guess(s, p - 1, 1), SIM_OK);
  }
  sim_end_event(s);
  SimMoment m[6];
  int n = sim_debrief_moments(s, m, 6);
  assert_true(n >= 1);
  for (int i = 0; i < n; i++) {
    print_message("  [%s] %s\n", m[i].misstep ? "try" : m[i].neutral ? "know" : "worked", m[i].text);
    /* No "This worked" for the exits or for leaving early. */
    assert_int_not_equal(m[i].reason, SIM_REASON_LEFT_GRACEFULLY);
    assert_int_not_equal(m[i].reason, SIM_REASON_LIKED_MORE_THAN_GUESSED);
    if (m[i].reason == SIM_REASON_LEFT_AFTER_ONE_LINE || m[i].reason == SIM_REASON_LEFT_EARLY) {
      assert_true(m[i].neutral && !m[i].misstep);
      assert_null(strstr(m[i].text, "couple of real conversations"));
    }
  }
  const SimMoment *bye = find(m, n, SIM_REASON_LEFT_AFTER_ONE_LINE);
  assert_non_null(bye);
  assert_non_null(strstr(bye->text, "and 2 others after one line")); /* one card names all three */
  char next[400];
  sim_debrief_next_step(s, next, sizeof next);
  assert_non_null(strstr(next, "one more exchange"));
  assert_non_null(strstr(next, "share one thing about yourself"));
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* The listener: questions only. Told to add something of their own. */
static void test_listener_is_told_to_share(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 3, NULL);
  assert_int_equal(sim_talk_begin(s, 1, SIM_JOIN_POLITE, NULL), SIM_OK);
  choose(s, SIM_STYLE_INTRODUCE_WHY);
  choose(s, SIM_STYLE_ASK_OPEN);
  choose(s, SIM_STYLE_FOLLOW_UP);
  choose(s, SIM_STYLE_ASK_OPEN); /* "What else do you do?" instead of sharing */
  if (active(s)) assert_int_equal(sim_talk_end(s, true, NULL), SIM_OK);
  sim_end_event(s);
  SimMoment m[6];
  int n = sim_debrief_moments(s, m, 6);
  const SimMoment *note = find(m, n, SIM_REASON_SHARED_NOTHING);
  assert_non_null(note);
  assert_true(note->misstep);
  assert_non_null(strstr(note->text, "Sam"));
  char next[400];
  sim_debrief_next_step(s, next, sizeof next);
  assert_non_null(strstr(next, "one thing of your own"));
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* Genuine, then wrote to nobody: a "Try it differently" card about the follow-up. */
static void test_card_holder_who_wrote_to_nobody(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 3, NULL);
  assert_int_equal(sim_talk_begin(s, 4, SIM_JOIN_POLITE, NULL), SIM_OK);
  choose(s, SIM_STYLE_INTRODUCE_WHY);
  choose(s, SIM_STYLE_ASK_OPEN);
  choose(s, SIM_STYLE_FOLLOW_UP);
  choose(s, SIM_STYLE_SHARE);
  choose(s, SIM_STYLE_OFFER_HELP);
  choose(s, SIM_STYLE_EXCHANGE_CONTACT);
  if (active(s)) assert_int_equal(sim_talk_end(s, true, NULL), SIM_OK);
  sim_end_event(s);
  SimMoment m[6];
  int n = sim_debrief_moments(s, m, 6);
  const SimMoment *note = find(m, n, SIM_REASON_NO_FOLLOW_UP);
  assert_non_null(note);
  assert_true(note->misstep);
  assert_non_null(strstr(note->text, "mentions what you talked about"));
  char next[400];
  sim_debrief_next_step(s, next, sizeof next);
  assert_non_null(strstr(next, "follow-up"));
  /* Once a message is sent, the note goes. */
  SimMessage msg = {SIM_PART_PERSONAL | SIM_PART_OFFER, SIM_TIMING_WITHIN_3_DAYS};
  assert_int_equal(sim_follow_up(s, 4, &msg, NULL), SIM_OK);
  n = sim_debrief_moments(s, m, 6);
  assert_null(find(m, n, SIM_REASON_NO_FOLLOW_UP));
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* The piranha: grabbed a card and walked off. The follow-up note does not pretend there
 * was a conversation to mention; it says to have one first. */
static void test_card_grabber_is_told_to_talk_first(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 3, NULL);
  assert_int_equal(sim_talk_begin(s, 4, SIM_JOIN_POLITE, NULL), SIM_OK);
  choose(s, SIM_STYLE_CARD_GRAB);
  if (active(s)) assert_int_equal(sim_talk_end(s, false, NULL), SIM_OK);
  sim_end_event(s);
  SimMoment m[6];
  int n = sim_debrief_moments(s, m, 6);
  for (int i = 0; i < n; i++) print_message("  [%s] %s\n", m[i].misstep ? "try" : m[i].neutral ? "know" : "worked", m[i].text);
  assert_non_null(find(m, n, SIM_REASON_GRABBED_CARD_BEFORE_NAME));
  const SimMoment *note = find(m, n, SIM_REASON_NO_FOLLOW_UP);
  assert_non_null(note);
  assert_non_null(strstr(note->text, "didn't really talk"));
  assert_null(strstr(note->text, "mentions what you talked about"));
  char next[400];
  sim_debrief_next_step(s, next, sizeof next);
  assert_non_null(strstr(next, "lead with your name"));
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* The apologiser: grabbed the card, then played well. Told what the first move cost. */
static void test_apologiser_is_told_the_cost(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  sc->people[4].openness = 1.0f;
  SimSession *s = sim_session_create(sc, 3, NULL);
  assert_int_equal(sim_talk_begin(s, 4, SIM_JOIN_POLITE, NULL), SIM_OK);
  choose(s, SIM_STYLE_CARD_GRAB);
  choose(s, SIM_STYLE_INTRODUCE);
  choose(s, SIM_STYLE_ASK_OPEN);
  choose(s, SIM_STYLE_FOLLOW_UP);
  if (active(s)) assert_int_equal(sim_talk_end(s, true, NULL), SIM_OK);
  sim_end_event(s);
  SimMoment m[6];
  int n = sim_debrief_moments(s, m, 6);
  const SimMoment *note = find(m, n, SIM_REASON_GRABBED_CARD_BEFORE_NAME);
  assert_non_null(note);
  assert_true(note->misstep);
  print_message("  %s\n", note->text);
  assert_non_null(strstr(note->text, "still cost you"));
  assert_non_null(strstr(note->text, "someone to call"));
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* The liking gap: after a talk that went well, as "Worth knowing"; never after one line. */
static void test_liking_gap_only_after_a_good_talk(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 3, NULL);
  assert_int_equal(sim_talk_begin(s, 9, SIM_JOIN_POLITE, NULL), SIM_OK);
  choose(s, SIM_STYLE_INTRODUCE_WHY);
  choose(s, SIM_STYLE_ASK_OPEN);
  choose(s, SIM_STYLE_FOLLOW_UP);
  choose(s, SIM_STYLE_SHARE);
  if (active(s)) assert_int_equal(sim_talk_end(s, true, NULL), SIM_OK);
  assert_true(sim_talk_rating(s, 0) >= 4);
  assert_int_equal(sim_talk_set_guess(s, 0, 1), SIM_OK);
  SimMoment m[6];
  int n = sim_debrief_moments(s, m, 6);
  const SimMoment *gap = find(m, n, SIM_REASON_LIKED_MORE_THAN_GUESSED);
  assert_non_null(gap);
  assert_true(gap->neutral && !gap->misstep);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* Plain words: none of the jargon that belongs in docs/model.md, in any debrief any bot
 * can produce; and always a next step. */
static void test_plain_words_and_a_next_step(void **state) {
  (void)state;
  static const char *const banned[] = {"disclosure in turn", "Disclosure in turn", "transaction",
                                       "vanity", "interrogat", "reciproc", "read as a"};
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 1, NULL);
  for (int st = 0; st < SIM_STRATEGY_COUNT; st++)
    for (uint64_t seed = 1; seed <= 20; seed++) {
      sim_session_reset(s, seed, NULL);
      sim_bot_play_session(s, (SimStrategy)st, seed, NULL);
      for (int t = 0; t < sim_session_talk_count(s); t++) sim_talk_set_guess(s, t, 1);
      SimMoment m[6];
      int n = sim_debrief_moments(s, m, 6);
      char next[400];
      assert_true(sim_debrief_next_step(s, next, sizeof next) > 10);
      for (int i = 0; i <= n; i++) {
        const char *text = i < n ? m[i].text : next;
        for (size_t b = 0; b < sizeof banned / sizeof banned[0]; b++)
          if (strstr(text, banned[b])) fail_msg("%s: \"%s\" in: %s", sim_strategy_name((SimStrategy)st), banned[b], text);
      }
      /* A ghost is never told "This worked" about leaving. */
      for (int i = 0; i < n; i++)
        if (m[i].reason == SIM_REASON_LEFT_EARLY || m[i].reason == SIM_REASON_LEFT_AFTER_ONE_LINE)
          assert_true(m[i].neutral);
    }
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_quiet_player_is_not_praised_for_leaving),
    cmocka_unit_test(test_listener_is_told_to_share),
    cmocka_unit_test(test_card_holder_who_wrote_to_nobody),
    cmocka_unit_test(test_card_grabber_is_told_to_talk_first),
    cmocka_unit_test(test_apologiser_is_told_the_cost),
    cmocka_unit_test(test_liking_gap_only_after_a_good_talk),
    cmocka_unit_test(test_plain_words_and_a_next_step),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
