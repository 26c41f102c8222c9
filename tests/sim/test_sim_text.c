/* test_sim_text.c — the simulation's words go through its translation hook (sim/text.h):
 * English with no translator; with one installed, the debrief's cards, the next step, skill
 * names, coach notes and their side of the transcript are looked up by their stable ids
 * (plural forms by count); a translator with nothing to offer leaves the English; and the
 * words never change the outcome (same state hash with or without a translator).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "sim/learn.h"
#include "sim/text.h"
#include "test_sim_fixture.h"

/* A tiny catalogue keyed by id, like engine/i18n's: what a test translator knows. */
static const struct {
  const char *id, *text;
} FAKE[] = {
  {"sim.debrief.left_after_one_line", "Adiós a %s tras una frase."},
  {"sim.next_step.no_real_talk", "La próxima vez, un intercambio más."},
  {"sim.skill.curiosity", "Curiosidad y escucha"},
  {"sim.coach.style.introduce", "Primero tu nombre, {name}."},
  {"sim.their_view.stated_why", "me dijiste quién eres"},
  {"sim.status.event_over", "el evento ha terminado"},
};

static int lookups;       /* how many times the translator was asked */
static int plural_lookups;
static char last_plural_id[64];

static const char *fake_text(const char *id, const char *english) {
  lookups++;
  for (size_t i = 0; i < sizeof FAKE / sizeof FAKE[0]; i++)
    if (strcmp(FAKE[i].id, id) == 0) return FAKE[i].text;
  return english;
}

static const char *fake_plural(const char *id, const char *one, const char *other, unsigned long n) {
  plural_lookups++;
  snprintf(last_plural_id, sizeof last_plural_id, "%s", id);
  if (strcmp(id, "sim.debrief.name_and_others") == 0) return n == 1 ? "%s y %d más" : "%s y otras %d personas";
  return n == 1 ? one : other;
}

static const char *nothing(const char *id, const char *english) {
  (void)id, (void)english;
  return NULL;
}

static void choose(SimSession *s, SimStyle st) {
  int i = fx_find(s, st);
  if (i < 0) fail_msg("no offered choice of style %s", sim_style_name(st));
  assert_int_equal(sim_talk_choose(s, i, NULL), SIM_OK);
}

/* Three one-line hellos and goodbyes, then home: a "Worth knowing" card naming all three,
 * and a next step. Returns the session's hash; the card and the step into the buffers. */
static uint64_t quiet_evening(char *card, size_t cardlen, char *next, size_t nextlen) {
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 3, NULL);
  for (int p = 1; p <= 3; p++) {
    assert_int_equal(sim_talk_begin(s, p, SIM_JOIN_POLITE, NULL), SIM_OK);
    choose(s, SIM_STYLE_INTRODUCE_WHY);
    choose(s, SIM_STYLE_EXIT_GRACEFUL);
  }
  sim_end_event(s);
  SimMoment m[6];
  int n = sim_debrief_moments(s, m, 6);
  card[0] = '\0';
  for (int i = 0; i < n; i++)
    if (m[i].reason == SIM_REASON_LEFT_AFTER_ONE_LINE) snprintf(card, cardlen, "%s", m[i].text);
  sim_debrief_next_step(s, next, nextlen);
  uint64_t hash = sim_session_hash(s);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
  return hash;
}

static void test_english_without_a_translator(void **state) {
  (void)state;
  sim_text_use(NULL, NULL);
  const char *english = "Hello there";
  assert_ptr_equal(sim_text("a.b", english), english);
  assert_string_equal(sim_text_plural("a.c", "%d card", "%d cards", 1), "%d card");
  assert_string_equal(sim_text_plural("a.c", "%d card", "%d cards", 2), "%d cards");
  assert_string_equal(sim_skill_label(SIM_SKILL_CURIOSITY), "Curiosity & listening");
  assert_string_equal(sim_status_text(SIM_ERR_OVER), "the event is over");
  char card[SIM_MOMENT_TEXT], next[400];
  quiet_evening(card, sizeof card, next, sizeof next);
  assert_non_null(strstr(card, "You said a polite goodbye to "));
  assert_non_null(strstr(card, " and 2 others after one line."));
  assert_non_null(strstr(next, "Next time, stay with one person for one more exchange"));
}

static void test_translator_is_asked_by_id(void **state) {
  (void)state;
  char en_card[SIM_MOMENT_TEXT], en_next[400];
  sim_text_use(NULL, NULL);
  uint64_t en_hash = quiet_evening(en_card, sizeof en_card, en_next, sizeof en_next);

  lookups = plural_lookups = 0;
  sim_text_use(fake_text, fake_plural);
  char card[SIM_MOMENT_TEXT], next[400];
  uint64_t hash = quiet_evening(card, sizeof card, next, sizeof next);
  print_message("  %s\n  %s\n", card, next);
  assert_true(lookups > 0);
  assert_true(plural_lookups > 0);
  /* The card's frame and its plural list of names, both translated by id. */
  assert_non_null(strstr(card, "Adiós a "));
  assert_non_null(strstr(card, " y otras 2 personas tras una frase."));
  assert_string_equal(last_plural_id, "sim.debrief.name_and_others");
  assert_string_equal(next, "La próxima vez, un intercambio más.");
  assert_string_equal(sim_skill_label(SIM_SKILL_CURIOSITY), "Curiosidad y escucha");
  assert_string_equal(sim_skill_label(SIM_SKILL_GENEROSITY), "Generosity"); /* not in FAKE */
  assert_string_equal(sim_status_text(SIM_ERR_OVER), "el evento ha terminado");
  assert_string_equal(sim_reason_their_view(SIM_REASON_STATED_WHY), "me dijiste quién eres");
  assert_null(sim_reason_their_view(SIM_REASON_NONE));

  SimPerson maya;
  memset(&maya, 0, sizeof maya);
  maya.name = "Maya Okafor";
  char note[SIM_NOTE_TEXT];
  sim_coach_note(&maya, SIM_STYLE_INTRODUCE, NULL, 0, 0, note, sizeof note);
  assert_string_equal(note, "Primero tu nombre, Maya.");

  /* The words never change what happened. */
  assert_true(hash == en_hash);

  /* Back to English: the same text as before, byte for byte. */
  sim_text_use(NULL, NULL);
  char again[SIM_MOMENT_TEXT], again_next[400];
  quiet_evening(again, sizeof again, again_next, sizeof again_next);
  assert_string_equal(again, en_card);
  assert_string_equal(again_next, en_next);
}

/* A translator that returns NULL (a bug in it) never leaves a card empty or crashes. */
static void test_a_null_translation_falls_back_to_english(void **state) {
  (void)state;
  sim_text_use(nothing, NULL);
  assert_string_equal(sim_skill_label(SIM_SKILL_TIMING), "Timing");
  assert_string_equal(sim_text_plural("a.c", "%d card", "%d cards", 3), "%d cards");
  char card[SIM_MOMENT_TEXT], next[400];
  quiet_evening(card, sizeof card, next, sizeof next);
  assert_non_null(strstr(card, "You said a polite goodbye to "));
  sim_text_use(NULL, NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_english_without_a_translator),
    cmocka_unit_test(test_translator_is_asked_by_id),
    cmocka_unit_test(test_a_null_translation_falls_back_to_english),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
