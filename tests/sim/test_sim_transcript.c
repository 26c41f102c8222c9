/* test_sim_transcript.c — the session seen from their side: every choice of a bot's whole
 * career-fair session appears, in order, with a reaction (warmer, cooler, no change) and
 * a reason in their words; their lines sit between; the guess sits after its talk; a pounce
 * reads as they felt it. Steps rebuilt from copies give the same transcript.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "sim/learn.h"
#include "test_sim_fixture.h"

#define MAX_LINES 1200

static SimLine lines[MAX_LINES];
static SimStep steps[SIM_MAX_LOG];

static int count_choices(const SimSession *s) {
  int n = 0;
  for (int i = 0; i < sim_log_count(s); i++) n += sim_log_entry(s, i)->kind == SIM_LOG_CHOICE;
  return n;
}

static void every_choice_in_order_with_reaction_and_reason(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  static const SimStrategy BOTS[] = {SIM_BOT_CONNECTOR, SIM_BOT_COLLECTOR, SIM_BOT_RANDOM};
  for (size_t b = 0; b < sizeof BOTS / sizeof BOTS[0]; b++) {
    SimSession *s = sim_session_create(sc, 11 + b, NULL);
    sim_bot_play_session(s, BOTS[b], 5, NULL);
    for (int t = 0; t < sim_session_talk_count(s); t++) sim_talk_set_guess(s, t, 1 + t % 5);
    int n_steps = sim_transcript_steps(s, steps, SIM_MAX_LOG);
    assert_int_equal(n_steps, count_choices(s));
    assert_true(n_steps >= 5);
    SimTalkGuess g[SIM_MAX_TALKS];
    int n_guess = sim_transcript_guesses(s, g, SIM_MAX_TALKS);
    int n = sim_transcript_build(sc, steps, n_steps, g, n_guess, lines, MAX_LINES);
    assert_true(n > n_steps);
    /* The player's lines are the log's choices, in order. */
    int k = 0, talks = 0, guesses = 0;
    for (int i = 0; i < sim_log_count(s); i++) {
      const SimLogEntry *e = sim_log_entry(s, i);
      if (e->kind != SIM_LOG_CHOICE) continue;
      while (k < n && lines[k].kind != SIM_LINE_PLAYER) {
        talks += lines[k].kind == SIM_LINE_TALK;
        guesses += lines[k].kind == SIM_LINE_GUESS;
        k++;
      }
      assert_true(k < n);
      const SimLine *l = &lines[k++];
      assert_int_equal(l->person, e->person);
      assert_int_equal(l->talk, e->talk);
      assert_int_equal(l->node, e->node);
      assert_int_equal(l->choice, e->choice);
      const SimPerson *p = &sc->people[e->person];
      assert_ptr_equal(l->text, p->nodes[e->node].choices[e->choice].text);
      int8_t want = e->effects.interest > 0.005f ? 1 : e->effects.interest < -0.005f ? -1 : 0;
      assert_int_equal(l->reaction, want);
      /* "Maya: ..." — their first name, then the reason in words. */
      char first[32];
      snprintf(first, sizeof first, "%.*s:", (int)strcspn(p->name, " "), p->name);
      assert_true(strncmp(l->note, first, strlen(first)) == 0);
      assert_true(strlen(l->note) > strlen(first) + 8);
      assert_null(strchr(l->note, '_'));
    }
    for (; k < n; k++) talks += lines[k].kind == SIM_LINE_TALK, guesses += lines[k].kind == SIM_LINE_GUESS;
    /* One header per conversation with a choice, one guess line per guessed one. */
    int with_choice = 0;
    for (int t = 0; t < sim_session_talk_count(s); t++) with_choice += sim_session_talk(s, t)->choices > 0;
    assert_true(talks >= 1 && talks <= with_choice);
    assert_int_equal(guesses, talks);
    sim_session_destroy(s);
  }
  sim_scenario_destroy(sc);
}

static void a_pounce_reads_as_they_felt_it(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 2, NULL);
  assert_int_equal(sim_talk_begin(s, 0, SIM_JOIN_DIRECT, NULL), SIM_OK);
  assert_int_equal(sim_talk_choose(s, fx_find(s, SIM_STYLE_CARD_GRAB), NULL), SIM_OK);
  assert_int_equal(sim_talk_set_guess(s, 0, 4), SIM_OK);
  sim_talk_end(s, false, NULL);
  int n_steps = sim_transcript_steps(s, steps, SIM_MAX_LOG);
  SimTalkGuess g[4];
  int n_guess = sim_transcript_guesses(s, g, 4);
  assert_int_equal(n_guess, 1);
  int n = sim_transcript_build(sc, steps, n_steps, g, n_guess, lines, MAX_LINES);
  /* TALK, their hello, the grab, their answer, the guess. */
  assert_int_equal(n, 5);
  assert_int_equal(lines[0].kind, SIM_LINE_TALK);
  assert_int_equal(lines[1].kind, SIM_LINE_THEM);
  assert_string_equal(lines[1].text, "Hi there! Looking around?");
  assert_int_equal(lines[2].kind, SIM_LINE_PLAYER);
  assert_int_equal(lines[2].reaction, -1);
  assert_int_equal(lines[2].reason, SIM_REASON_GRABBED_CARD_BEFORE_NAME);
  assert_string_equal(lines[2].note, "Maya: you asked for my card before I knew your name.");
  assert_int_equal(lines[3].kind, SIM_LINE_THEM);
  assert_string_equal(lines[3].text, "Sure, here you go.");
  assert_int_equal(lines[4].kind, SIM_LINE_GUESS);
  assert_int_equal(lines[4].guess, 4);
  assert_int_equal(lines[4].actual, sim_talk_rating(s, 0));
  /* A full buffer stops cleanly. */
  assert_int_equal(sim_transcript_build(sc, steps, n_steps, g, n_guess, lines, 3), 3);
  assert_int_equal(sim_transcript_build(sc, NULL, 0, NULL, 0, lines, MAX_LINES), 0);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* Every reason a conversation can give has words of its own, and none is jargon. */
static void their_view_is_plain(void **state) {
  (void)state;
  static const SimReason TALK_REASONS[] = {
    SIM_REASON_STATED_WHY, SIM_REASON_ASKED_FOLLOW_UP, SIM_REASON_GRABBED_CARD_BEFORE_NAME,
    SIM_REASON_PITCHED_BEFORE_RAPPORT, SIM_REASON_OFFERED_HELP, SIM_REASON_BARGED_INTO_GROUP,
    SIM_REASON_THEY_CLOSED, SIM_REASON_REPEATED, SIM_REASON_INTERROGATED,
  };
  for (size_t i = 0; i < sizeof TALK_REASONS / sizeof TALK_REASONS[0]; i++) {
    const char *v = sim_reason_their_view(TALK_REASONS[i]);
    assert_non_null(v);
    assert_null(strchr(v, '_'));
  }
  assert_null(sim_reason_their_view(SIM_REASON_NONE));
  assert_null(sim_reason_their_view(SIM_REASON_COUNT));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(every_choice_in_order_with_reaction_and_reason),
    cmocka_unit_test(a_pounce_reads_as_they_felt_it),
    cmocka_unit_test(their_view_is_plain),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
