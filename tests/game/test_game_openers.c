/* test_game_openers.c — the briefing's opener parts (engine/game/openers.c): the shipped
 * fallback assets/openers.ini reads; broken files are refused with FILE:LINE and the reason;
 * a scenario's own parts win over the fallback, and a scenario without them gets a copy of
 * it. Needs no window.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "game/openers.h"

static char tmp_path[256];

static const char *write_file(const char *text) {
  snprintf(tmp_path, sizeof tmp_path, "/tmp/rapport-openers-%ld.ini", (long)getpid());
  FILE *f = fopen(tmp_path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  return tmp_path;
}

static void shipped_fallback_reads(void **state) {
  (void)state;
  static GameOpeners o;
  char err[512] = "";
  assert_true(game_openers_load(&o, RAPPORT_SOURCE_DIR "/assets/openers.ini", err, sizeof err));
  assert_string_equal(err, "");
  assert_true(o.why_count >= 1 && o.why_count <= SIM_MAX_OPENERS);
  assert_true(o.question_count >= 1 && o.question_count <= SIM_MAX_OPENERS);
  for (int i = 0; i < o.why_count; i++) assert_true(strlen(o.why[i]) > 10);
  for (int i = 0; i < o.question_count; i++) assert_non_null(strchr(o.question[i], '?'));
}

static void file_read_in_order(void **state) {
  (void)state;
  static GameOpeners o;
  char err[512] = "";
  const char *path = write_file("# comment\n\n[why]\n  first reason  \nsecond reason\r\n[questions]\nA question?\n");
  assert_true(game_openers_load(&o, path, err, sizeof err));
  assert_int_equal(o.why_count, 2);
  assert_string_equal(o.why[0], "first reason");
  assert_string_equal(o.why[1], "second reason");
  assert_int_equal(o.question_count, 1);
  assert_string_equal(o.question[0], "A question?");
  unlink(path);
}

static void broken_files_name_line_and_reason(void **state) {
  (void)state;
  static const struct {
    const char *text, *message;
  } cases[] = {
    {"a part\n[why]\nx\n[questions]\ny\n", ":1: a part before any section"},
    {"[why]\nx\n[greetings]\ny\n", ":3: unknown section [greetings]"},
    {"[why]\na\nb\nc\nd\ne\n[questions]\ny\n", ":6: more than 4 parts in [why]"},
    {"[why]\nx\n", "needs at least one part under [why] and one under [questions]"},
    {"[why]\nx\n[questions]\n\xff\xfe\n", ":4: not valid UTF-8 text"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    static GameOpeners o;
    char err[512] = "";
    const char *path = write_file(cases[i].text);
    bool ok = game_openers_load(&o, path, err, sizeof err);
    if (ok || !strstr(err, cases[i].message) || strncmp(err, path, strlen(path)) != 0)
      fprintf(stderr, "case %zu: expected \"%s\", got \"%s\"\n", i, cases[i].message, err);
    assert_false(ok);
    assert_non_null(strstr(err, cases[i].message));
    assert_int_equal(strncmp(err, path, strlen(path)), 0);
    assert_int_equal(o.why_count + o.question_count, 0); /* left empty */
    unlink(path);
  }
  static GameOpeners o;
  char err[512] = "";
  assert_false(game_openers_load(&o, "/nonexistent/openers.ini", err, sizeof err));
  assert_non_null(strstr(err, "/nonexistent/openers.ini: cannot open"));
}

static void scenario_parts_win_over_fallback(void **state) {
  (void)state;
  static GameOpeners fallback, out;
  memset(&fallback, 0, sizeof fallback);
  fallback.why_count = fallback.question_count = 1;
  snprintf(fallback.why[0], GAME_OPENER_BYTES, "fallback why");
  snprintf(fallback.question[0], GAME_OPENER_BYTES, "fallback question?");
  SimScenario *sc = sim_scenario_create();
  assert_non_null(sc);
  game_openers_for(sc, &fallback, &out); /* none of its own */
  assert_int_equal(out.why_count, 1);
  assert_string_equal(out.why[0], "fallback why");
  sc->openers.why_count = 2;
  sc->openers.why[0] = "own why";
  sc->openers.why[1] = "own second why";
  game_openers_for(sc, &fallback, &out); /* only one kind: still the fallback */
  assert_string_equal(out.why[0], "fallback why");
  sc->openers.question_count = 1;
  sc->openers.question[0] = "own question?";
  game_openers_for(sc, &fallback, &out);
  assert_int_equal(out.why_count, 2);
  assert_string_equal(out.why[1], "own second why");
  assert_int_equal(out.question_count, 1);
  assert_string_equal(out.question[0], "own question?");
  game_openers_for(NULL, &fallback, &out);
  assert_string_equal(out.question[0], "fallback question?");
  sim_scenario_destroy(sc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(shipped_fallback_reads),
    cmocka_unit_test(file_read_in_order),
    cmocka_unit_test(broken_files_name_line_and_reason),
    cmocka_unit_test(scenario_parts_win_over_fallback),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
