/* test_cli_strategies_help.c — `simulate --help` and `workshop --help` (which documents
 * `workshop play --strategy`) both list every strategy the sim knows, each with its
 * one-line summary, from the one list in sim_strategy_summary.
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
#include "sim/sim.h"

/* Runs fn(argc, argv) with stdout captured into buf; returns the exit status. */
static int run_captured(int (*fn)(int, char **), const char *cmd, char *buf, size_t size) {
  char *argv[] = {(char *)cmd, "--help", NULL};
  FILE *tmp = tmpfile();
  assert_non_null(tmp);
  fflush(stdout);
  int saved = dup(1);
  assert_true(saved >= 0);
  dup2(fileno(tmp), 1);
  int rc = fn(2, argv);
  fflush(stdout);
  dup2(saved, 1);
  close(saved);
  rewind(tmp);
  size_t n = fread(buf, 1, size - 1, tmp);
  buf[n] = '\0';
  fclose(tmp);
  return rc;
}

static void lists_every_strategy(const char *text) {
  for (int st = 0; st < SIM_STRATEGY_COUNT; st++) {
    const char *name = sim_strategy_name((SimStrategy)st), *summary = sim_strategy_summary((SimStrategy)st);
    assert_non_null(name);
    assert_non_null(summary);
    char line[160];
    snprintf(line, sizeof line, "%-11s %s\n", name, summary);
    if (!strstr(text, line)) fail_msg("--help lacks \"%s\"", line);
  }
}

static void test_simulate_help_lists_every_strategy(void **state) {
  (void)state;
  static char text[16384];
  assert_int_equal(run_captured(cli_simulate, "simulate", text, sizeof text), 0);
  lists_every_strategy(text);
}

static void test_workshop_help_lists_every_strategy(void **state) {
  (void)state;
  static char text[16384];
  assert_int_equal(run_captured(cli_workshop, "workshop", text, sizeof text), 0);
  assert_non_null(strstr(text, "--strategy BOT"));
  lists_every_strategy(text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_simulate_help_lists_every_strategy),
    cmocka_unit_test(test_workshop_help_lists_every_strategy),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
