/* test_cli_simulate_difficulty.c — `rapport simulate --difficulty all` on every shipped
 * scenario: per scenario and difficulty, challenging lowers every strategy's mean depth and
 * gentle raises it (strictly for every strategy that gains something real at standard), and
 * the connector beats the collector on depth at every difficulty. Reads the command's CSV;
 * prints the depth table it checked. Also: --difficulty is parsed and refused when unknown.
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
#include "test_cli_simulate.h"
#include "script/script.h"
#include "sim/sim.h"

#include "config.h" /* RAPPORT_MAX_SCENARIOS */
#define MAX_SCENARIOS RAPPORT_MAX_SCENARIOS
#define RUNS 200
/* A strategy whose mean depth at standard is below this gains next to nothing anywhere
 * (the collector, the ghost, the longest-line bot): it may stay level across difficulties. */
#define REAL_GAIN 5.0


static void test_difficulty_orders_every_strategy(void **state) {
  (void)state;
  char ids[MAX_SCENARIOS][64];
  int n = scr_list_scenarios(ids, MAX_SCENARIOS);
  assert_true(n >= 3);
  char csv[64];
  snprintf(csv, sizeof csv, "/tmp/rapport-simdiff-%d.csv", (int)getpid());
  int failures = 0;
  for (int i = 0; i < n; i++) {
    char runs[16];
    snprintf(runs, sizeof runs, "%d", RUNS);
    const char *args[] = {"--scenario", ids[i], "--strategy", "all", "--runs", runs, "--difficulty", "all",
                          "--csv", csv, NULL};
    assert_int_equal(test_simulate(args), 0);
    char *text = test_read_all(csv);
    double depth[SIM_DIFFICULTY_COUNT][SIM_STRATEGY_COUNT] = {{0}};
    int rows[SIM_DIFFICULTY_COUNT][SIM_STRATEGY_COUNT] = {{0}};
    for (const char *line = strchr(text, '\n'); line && line[1]; line = strchr(line, '\n')) {
      line++;
      char name[32], diff[16];
      unsigned long long run, seed;
      double d, strength, energy;
      int callable, cards, online, talks;
      int got = sscanf(line, "%31[^,],%llu,%llu,%lf,%lf,%d,%d,%d,%lf,%d,%15[a-z]", name, &run, &seed, &d, &strength,
                       &callable, &cards, &online, &energy, &talks, diff);
      assert_int_equal(got, 11);
      int st = sim_strategy_from_name(name), di = sim_difficulty_from_name(diff);
      assert_true(st >= 0 && di >= 0);
      depth[di][st] += d;
      rows[di][st]++;
    }
    free(text);
    for (int st = 0; st < SIM_STRATEGY_COUNT; st++) {
      double g = depth[SIM_DIFFICULTY_GENTLE][st] / RUNS, s = depth[SIM_DIFFICULTY_STANDARD][st] / RUNS,
             c = depth[SIM_DIFFICULTY_CHALLENGING][st] / RUNS;
      for (int di = 0; di < SIM_DIFFICULTY_COUNT; di++) assert_int_equal(rows[di][st], RUNS);
      bool real = s >= REAL_GAIN;
      bool ok = real ? (g > s && s > c) : (g >= s && s >= c);
      print_message("%-22s %-11s gentle %6.2f  standard %6.2f  challenging %6.2f%s\n", ids[i],
                    sim_strategy_name((SimStrategy)st), g, s, c, ok ? "" : "  <-- NOT ORDERED");
      failures += !ok;
    }
    for (int di = 0; di < SIM_DIFFICULTY_COUNT; di++)
      if (!(depth[di][SIM_BOT_CONNECTOR] > depth[di][SIM_BOT_COLLECTOR])) {
        print_message("%s %s: the connector does not beat the collector\n", ids[i],
                      sim_difficulty_name((SimDifficulty)di));
        failures++;
      }
  }
  remove(csv);
  if (failures) fail_msg("%d difficulty ordering(s) broken (see the lines above)", failures);
}

static void test_difficulty_arguments(void **state) {
  (void)state;
  const char *bad[] = {"--scenario", "career_fair", "--strategy", "connector", "--runs", "1", "--difficulty", "hard",
                       NULL};
  const char *dangling[] = {"--scenario", "career_fair", "--strategy", "connector", "--runs", "1", "--difficulty",
                            NULL};
  const char *good[] = {"--scenario", "career_fair", "--strategy", "connector", "--runs", "2", "--difficulty",
                        "gentle", "--difficulty", "challenging", NULL};
  assert_int_equal(test_simulate(bad), 2);
  assert_int_equal(test_simulate(dangling), 2);
  assert_int_equal(test_simulate(good), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_difficulty_orders_every_strategy),
    cmocka_unit_test(test_difficulty_arguments),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
