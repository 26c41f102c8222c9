/* test_sim_expert.c — the expert's playback: the connector's lines in order, each with a
 * coach's note in plain words; the same seed gives the same playback; a pushy line gets a
 * gentle note, a follow-up names what was learned; the pick is someone to talk to.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "sim/learn.h"
#include "test_sim_fixture.h"

/* Words a note must never show: internal terms, placeholders, numbers of the model. */
static void assert_plain(const char *note) {
  static const char *const BANNED[] = {"{", "}", "_", "tier", "interest", "SIM", "%", "rapport", "trust gate"};
  for (size_t i = 0; i < sizeof BANNED / sizeof BANNED[0]; i++)
    if (strstr(note, BANNED[i])) fail_msg("note \"%s\" shows \"%s\"", note, BANNED[i]);
}

static void playback_has_a_note_on_every_expert_line(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  for (int p = 0; p < sc->person_count; p++) {
    SimPlayback pb;
    assert_int_equal(sim_expert_play(sc, 7, NULL, p, &pb), SIM_OK);
    assert_int_equal(pb.person, p);
    assert_true(pb.count >= 3);
    assert_int_equal(pb.lines[0].kind, SIM_LINE_THEM); /* they speak first */
    int expert = 0;
    for (int i = 0; i < pb.count; i++) {
      const SimLine *l = &pb.lines[i];
      assert_non_null(l->text);
      assert_int_equal(l->person, p);
      assert_plain(l->note);
      if (l->kind != SIM_LINE_PLAYER) continue;
      expert++;
      assert_true(strlen(l->note) > 10);
      /* The line is the choice the node holds. */
      const SimNode *n = &sc->people[p].nodes[l->node];
      assert_true(l->choice >= 0 && l->choice < n->choice_count);
      assert_ptr_equal(l->text, n->choices[l->choice].text);
    }
    assert_true(expert >= 1);
  }
  sim_scenario_destroy(sc);
}

static void same_seed_same_playback(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimPlayback a, b;
  assert_int_equal(sim_expert_play(sc, 42, NULL, 0, &a), SIM_OK);
  assert_int_equal(sim_expert_play(sc, 42, NULL, 0, &b), SIM_OK);
  assert_int_equal(a.count, b.count);
  for (int i = 0; i < a.count; i++) {
    assert_int_equal(a.lines[i].kind, b.lines[i].kind);
    assert_ptr_equal(a.lines[i].text, b.lines[i].text);
    assert_string_equal(a.lines[i].note, b.lines[i].note);
  }
  sim_scenario_destroy(sc);
}

/* The expert introduces with a reason first: the first line they say does, and its note
 * says so in words. */
static void expert_opens_with_why(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimPlayback pb;
  assert_int_equal(sim_expert_play(sc, 3, NULL, 1, &pb), SIM_OK);
  const SimLine *first = NULL;
  for (int i = 0; i < pb.count && !first; i++)
    if (pb.lines[i].kind == SIM_LINE_PLAYER) first = &pb.lines[i];
  assert_non_null(first);
  const SimChoice *c = &sc->people[1].nodes[first->node].choices[first->choice];
  assert_int_equal(c->style, SIM_STYLE_INTRODUCE_WHY);
  assert_non_null(strstr(first->note, "Sam knows who you are"));
  sim_scenario_destroy(sc);
}

static void notes_name_the_fact_and_are_gentle_about_pounces(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  const SimPerson *maya = &sc->people[0];
  char out[SIM_NOTE_TEXT];
  uint8_t used[] = {SIM_REASON_USED_REMEMBERED_FACT};
  sim_coach_note(maya, SIM_STYLE_FOLLOW_UP, used, 1, 1u << 0, out, sizeof out);
  assert_non_null(strstr(out, "Maya "));
  assert_non_null(strstr(out, maya->facts[0].text));
  assert_non_null(strstr(out, "listening"));
  /* Without the fact to name, the style's own note speaks. */
  sim_coach_note(maya, SIM_STYLE_FOLLOW_UP, used, 1, 0, out, sizeof out);
  assert_non_null(strstr(out, "listening"));
  assert_plain(out);
  uint8_t grab[] = {SIM_REASON_GRABBED_CARD_BEFORE_NAME};
  sim_coach_note(maya, SIM_STYLE_CARD_GRAB, grab, 1, 0, out, sizeof out);
  assert_non_null(strstr(out, "won't remember you"));
  /* Every style has a note of its own, even with no reason. */
  for (int st = 0; st < SIM_STYLE_COUNT; st++) {
    sim_coach_note(maya, (SimStyle)st, NULL, 0, 0, out, sizeof out);
    assert_true(strlen(out) > 5);
    assert_plain(out);
  }
  /* A tiny buffer is cut, never overrun. */
  char tiny[8];
  sim_coach_note(maya, SIM_STYLE_GREET, NULL, 0, 0, tiny, sizeof tiny);
  assert_true(strlen(tiny) < sizeof tiny);
  sim_scenario_destroy(sc);
}

static void bad_arguments_are_refused(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimPlayback pb;
  assert_int_equal(sim_expert_play(sc, 1, NULL, -1, &pb), SIM_ERR_ARG);
  assert_int_equal(sim_expert_play(sc, 1, NULL, sc->person_count, &pb), SIM_ERR_ARG);
  assert_int_equal(sim_expert_play(NULL, 1, NULL, 0, &pb), SIM_ERR_ARG);
  int pick = sim_expert_pick_person(sc, 1, NULL);
  assert_true(pick >= 0 && pick < sc->person_count);
  assert_int_equal(sim_expert_pick_person(NULL, 1, NULL), -1);
  sim_scenario_destroy(sc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(playback_has_a_note_on_every_expert_line),
    cmocka_unit_test(same_seed_same_playback),
    cmocka_unit_test(expert_opens_with_why),
    cmocka_unit_test(notes_name_the_fact_and_are_gentle_about_pounces),
    cmocka_unit_test(bad_arguments_are_refused),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
