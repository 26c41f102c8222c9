/* test_cli_tells.c — `rapport validate` warns about tells: each fixture under
 * tests/scenarios/tells/ has exactly one (the longest line wins, an answered question asked
 * again, a dead loop) with its text and FILE:LINE; the shipped scenarios and the good fixture
 * have none; tells are warnings (exit 0) unless --strict (exit 1).
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

#include "cli/cli.h"
#include "script/script.h"
#include "sim/sim.h"

#define TELLS RAPPORT_SOURCE_DIR "/tests/scenarios/tells/"
#define GOOD RAPPORT_SOURCE_DIR "/tests/scenarios/good/mini_mixer.lua"

/* The 1-based line of `path` on which `needle` first appears, or 0. */
static int line_of(const char *path, const char *needle) {
  FILE *f = fopen(path, "r");
  assert_non_null(f);
  char buf[512];
  int line = 0, found = 0;
  while (!found && fgets(buf, sizeof buf, f)) {
    line++;
    if (strstr(buf, needle)) found = line;
  }
  fclose(f);
  return found;
}

/* Loads `path` (which must be valid) and returns its tells in a fresh report. */
static ScrReport *tells_of(const char *path, ScrTellStats *st) {
  char err[SCR_MESSAGE_MAX];
  SimScenario *scn = scr_load_scenario(path, NULL, err, sizeof err);
  if (!scn) fail_msg("%s", err);
  ScrReport *r = malloc(sizeof *r);
  assert_non_null(r);
  int n = scr_find_tells(scn, path, r, st);
  assert_int_equal(n, r->errors);
  sim_scenario_destroy(scn);
  return r;
}

/* The one warning of fixture `name` starts with "PATH:LINE: warning: " where LINE is the
 * line holding `at`, and contains `text`. */
static void expect_one(const char *name, const char *at, const char *text, ScrTellStats *st) {
  char path[1024], prefix[1200];
  snprintf(path, sizeof path, "%s%s", TELLS, name);
  ScrReport *r = tells_of(path, st);
  for (int i = 0; i < r->count; i++) print_message("%s\n", r->messages[i].text);
  assert_int_equal(r->count, 1);
  int line = line_of(path, at);
  assert_true(line > 0);
  assert_int_equal(r->messages[0].line, line);
  snprintf(prefix, sizeof prefix, "%s:%d: warning: ", path, line);
  assert_memory_equal(r->messages[0].text, prefix, strlen(prefix));
  assert_non_null(strstr(r->messages[0].text, text));
  free(r);
}

static void test_longest_line_wins(void **state) {
  (void)state;
  ScrTellStats st;
  expect_one("tell_longest.lua", "node \"hello\"",
             "the best-scoring option is also the longest line at 3 of 3 nodes (100%, more than "
             "40%): picking the longest line wins; first at person 'ana_silva', node 'hello'",
             &st);
  assert_int_equal(st.nodes_measured, 3);
  assert_int_equal(st.best_longest, 3);
  assert_int_equal(st.answered_again, 0);
  assert_int_equal(st.dead_loops, 0);
}

static void test_answered_question_asked_again(void **state) {
  (void)state;
  ScrTellStats st;
  /* A choice's line is its node's line (docs/scenarios.md, "Helpers"). */
  expect_one("tell_asked_again.lua", "node \"often\"",
             "person 'ana_silva', node 'often', choice 1 asks again: it leads to node 'clean', "
             "whose line repeats what the player may already have heard in this conversation "
             "(fact 'beach_clean')",
             &st);
  assert_int_equal(st.answered_again, 1);
  assert_int_equal(st.dead_loops, 0);
}

static void test_dead_loop(void **state) {
  (void)state;
  ScrTellStats st;
  expect_one("tell_dead_loop.lua", "node \"weather\"",
             "person 'ana_silva', node 'weather' is in a dead loop of 2 nodes: going round it "
             "teaches nothing",
             &st);
  assert_int_equal(st.dead_loops, 1);
  assert_int_equal(st.answered_again, 0);
}

static void test_shipped_scenarios_have_no_tells(void **state) {
  (void)state;
  char ids[32][64];
  int n = scr_list_scenarios(ids, 32);
  assert_true(n >= 3);
  for (int i = 0; i < n; i++) {
    char path[1024];
    assert_int_equal(scr_find_scenario(ids[i], path, sizeof path), 0);
    ScrTellStats st;
    ScrReport *r = tells_of(path, &st);
    for (int k = 0; k < r->count; k++) print_message("%s\n", r->messages[k].text);
    print_message("%s: best option longest at %d of %d nodes\n", ids[i], st.best_longest,
                  st.nodes_measured);
    assert_int_equal(r->errors, 0);
    /* Enough nodes measured that the share means something. */
    assert_true(st.nodes_measured >= 50);
    assert_true(st.best_longest * 100 <= SCR_TELL_LONGEST_PERCENT * st.nodes_measured);
    free(r);
  }
  ScrTellStats st;
  ScrReport *r = tells_of(GOOD, &st);
  assert_int_equal(r->errors, 0);
  free(r);
}

/* Runs `rapport validate ARGS...` in-process with stdout sent to /dev/null. */
static int validate(const char *const *args) {
  char *argv[16];
  int argc = 0;
  argv[argc++] = "validate";
  for (; args[argc - 1] && argc < 15; argc++) argv[argc] = (char *)args[argc - 1];
  argv[argc] = NULL;
  fflush(stdout);
  int saved = dup(1);
  FILE *null = fopen("/dev/null", "w");
  assert_non_null(null);
  dup2(fileno(null), 1);
  int rc = cli_validate(argc, argv);
  fflush(stdout);
  dup2(saved, 1);
  close(saved);
  fclose(null);
  return rc;
}

static void test_tells_are_warnings_unless_strict(void **state) {
  (void)state;
  const char *plain[] = {TELLS "tell_dead_loop.lua", NULL};
  const char *strict[] = {"--strict", TELLS "tell_dead_loop.lua", NULL};
  const char *good_strict[] = {"--strict", GOOD, NULL};
  assert_int_equal(validate(plain), 0);
  assert_int_equal(validate(strict), 1);
  assert_int_equal(validate(good_strict), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_longest_line_wins),
      cmocka_unit_test(test_answered_question_asked_again),
      cmocka_unit_test(test_dead_loop),
      cmocka_unit_test(test_shipped_scenarios_have_no_tells),
      cmocka_unit_test(test_tells_are_warnings_unless_strict),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
