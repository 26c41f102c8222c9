/* test_script_openers.c — a scenario's optional `openers = { why = { ... }, questions =
 * { ... } }` (the briefing's opener parts) lands in SimScenario.openers in order; leaving it
 * out gives empty counts; wrong shapes are refused with a message naming the field. Built
 * from the mini_mixer fixture with the table spliced in after `minutes`.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "script/script.h"

#define FIXTURE RAPPORT_SOURCE_DIR "/tests/scenarios/good/mini_mixer.lua"

/* The fixture with `insert` placed after its "minutes = 30," line; caller frees. */
static char *fixture_with(const char *insert, size_t *len) {
  FILE *f = fopen(FIXTURE, "rb");
  assert_non_null(f);
  static char src[65536];
  size_t n = fread(src, 1, sizeof src - 1, f);
  fclose(f);
  src[n] = '\0';
  const char *at = strstr(src, "minutes = 30,\n");
  assert_non_null(at);
  size_t head = (size_t)(at - src) + strlen("minutes = 30,\n");
  size_t total = n + strlen(insert);
  char *out = malloc(total + 1);
  assert_non_null(out);
  memcpy(out, src, head);
  memcpy(out + head, insert, strlen(insert));
  memcpy(out + head + strlen(insert), src + head, n - head + 1);
  *len = total;
  return out;
}

static SimScenario *load_with(const char *insert, ScrReport *report) {
  size_t len;
  char *source = fixture_with(insert, &len);
  SimScenario *s = scr_load_scenario_buffer("mini_mixer.lua", source, len, NULL, report);
  free(source);
  return s;
}

static bool reported(const ScrReport *r, const char *text) {
  for (int i = 0; i < r->count; i++)
    if (strstr(r->messages[i].text, text)) return true;
  return false;
}

static void openers_load_in_order(void **state) {
  (void)state;
  static ScrReport report;
  SimScenario *s = load_with("  openers = {\n"
                             "    why = { \"I came to learn\", \"I'm new in town\" },\n"
                             "    questions = { \"What keeps you busy?\", \"How did you start?\", \"Who should I meet?\" },\n"
                             "  },\n", &report);
  assert_non_null(s);
  assert_int_equal(s->openers.why_count, 2);
  assert_int_equal(s->openers.question_count, 3);
  assert_string_equal(s->openers.why[0], "I came to learn");
  assert_string_equal(s->openers.why[1], "I'm new in town");
  assert_string_equal(s->openers.question[2], "Who should I meet?");
  sim_scenario_destroy(s);
}

static void openers_are_optional(void **state) {
  (void)state;
  static ScrReport report;
  SimScenario *s = load_with("", &report);
  assert_non_null(s);
  assert_int_equal(s->openers.why_count, 0);
  assert_int_equal(s->openers.question_count, 0);
  sim_scenario_destroy(s);
}

static void bad_openers_are_refused(void **state) {
  (void)state;
  static ScrReport report;
  static const struct {
    const char *insert, *message;
  } cases[] = {
    {"  openers = \"hello\",\n", "openers must be a table"},
    {"  openers = { why = { \"a\" } },\n", "openers: questions is missing"},
    {"  openers = { why = { \"a\" }, questions = { \"b\" }, greeting = \"x\" },\n", "unknown field 'greeting'"},
    {"  openers = { why = { \"a\", \"b\", \"c\", \"d\", \"e\" }, questions = { \"b\" } },\n",
     "openers: why has more than 4 entries"},
    {"  openers = { why = { }, questions = { \"b\" } },\n", "openers: why needs at least 1"},
    {"  openers = { why = { 42 }, questions = { \"b\" } },\n", "openers: why[1] must be a string"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    SimScenario *s = load_with(cases[i].insert, &report);
    if (s || !reported(&report, cases[i].message)) {
      fprintf(stderr, "case %zu: expected \"%s\", got %d messages%s%s\n", i, cases[i].message, report.count,
              report.count ? ": " : "", report.count ? report.messages[0].text : "");
    }
    assert_null(s);
    assert_true(reported(&report, cases[i].message));
  }
}

static void shipped_scenarios_give_their_openers(void **state) {
  (void)state;
  static const char *const ids[] = {"career_fair", "alumni_mixer", "industry_meetup"};
  for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/scripts/scenarios/%s.lua", RAPPORT_SOURCE_DIR, ids[i]);
    char err[SCR_MESSAGE_MAX] = "";
    SimScenario *s = scr_load_scenario(path, NULL, err, sizeof err);
    assert_non_null(s);
    assert_true(s->openers.why_count >= 2);
    assert_true(s->openers.question_count >= 2);
    sim_scenario_destroy(s);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(openers_load_in_order),
    cmocka_unit_test(openers_are_optional),
    cmocka_unit_test(bad_openers_are_refused),
    cmocka_unit_test(shipped_scenarios_give_their_openers),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
