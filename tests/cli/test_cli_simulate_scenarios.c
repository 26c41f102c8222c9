/* test_cli_simulate_scenarios.c — the shipped scenarios as played: the explorer bot reaches every
 * node of every scenario in scripts/scenarios, and `rapport simulate` shows the lesson on
 * each (connector beats collector on depth gain, collector holds more cards), writes the
 * CSV header exactly, repeats itself bit for bit, and refuses bad command lines with 2.
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
#define EXPLORER_RUNS 400

static int shipped(char ids[][64]) {
  int n = scr_list_scenarios(ids, MAX_SCENARIOS);
  assert_true(n >= 0);
  return n;
}

static void test_explorer_reaches_every_node(void **state) {
  (void)state;
  char ids[MAX_SCENARIOS][64];
  int n = shipped(ids);
  for (int i = 0; i < n; i++) {
    char path[1024], err[SCR_MESSAGE_MAX];
    assert_int_equal(scr_find_scenario(ids[i], path, sizeof path), 0);
    SimScenario *scn = scr_load_scenario(path, NULL, err, sizeof err);
    if (!scn) fail_msg("%s", err);
    SimSession *s = sim_session_create(scn, 1, NULL);
    SimCoverage *cov = calloc(1, sizeof *cov);
    assert_non_null(s);
    assert_non_null(cov);
    for (uint64_t run = 1; run <= EXPLORER_RUNS; run++) {
      sim_session_reset(s, run, NULL);
      sim_bot_play_session(s, SIM_BOT_EXPLORER, run, cov);
    }
    int person[8], node[8];
    int missing = sim_coverage_missing(cov, scn, person, node, 8);
    for (int k = 0; k < missing && k < 8; k++)
      print_message("%s: explorer never reached person '%s', node '%s' (line %d)\n", ids[i],
                    scn->people[person[k]].id, scn->people[person[k]].nodes[node[k]].id,
                    scn->people[person[k]].nodes[node[k]].line_no);
    assert_int_equal(missing, 0);
    free(cov);
    sim_session_destroy(s);
    sim_scenario_destroy(scn);
  }
}


typedef struct Means {
  double depth, cards;
  int rows;
} Means;

/* Means per strategy from the CSV (strategy in column 1, depth_gain 4, cards 7). */
static void csv_means(const char *csv, Means *connector, Means *collector) {
  const char *line = strchr(csv, '\n');
  while (line && line[1]) {
    line++;
    char name[32];
    unsigned long long run, seed;
    double depth, strength, energy;
    int callable, cards, online, talks;
    char difficulty[16];
    int got = sscanf(line, "%31[^,],%llu,%llu,%lf,%lf,%d,%d,%d,%lf,%d,%15[a-z]", name, &run, &seed, &depth,
                     &strength, &callable, &cards, &online, &energy, &talks, difficulty);
    assert_int_equal(got, 11);
    assert_string_equal(difficulty, "standard"); /* the default of `simulate` */
    Means *m = strcmp(name, "connector") == 0 ? connector : strcmp(name, "collector") == 0 ? collector : NULL;
    assert_non_null(m);
    m->depth += depth, m->cards += cards, m->rows++;
    line = strchr(line, '\n');
  }
}

static void test_simulate_shows_the_lesson(void **state) {
  (void)state;
  char ids[MAX_SCENARIOS][64];
  int n = shipped(ids);
  char csv[64], again[64];
  snprintf(csv, sizeof csv, "/tmp/rapport-sim-%d.csv", (int)getpid());
  snprintf(again, sizeof again, "/tmp/rapport-sim-%d-b.csv", (int)getpid());
  for (int i = 0; i < n; i++) {
    const char *args[] = {"--scenario", ids[i], "--strategy", "connector", "--strategy",
                          "collector", "--runs", "200", "--seed", "11", "--csv", csv, NULL};
    assert_int_equal(test_simulate(args), 0);
    char *text = test_read_all(csv);
    const char *header = "strategy,run,seed,depth_gain,network_strength,callable,cards,"
                         "online_connections,energy_left,conversations,difficulty\n";
    assert_int_equal(strncmp(text, header, strlen(header)), 0);
    Means con = {0}, col = {0};
    csv_means(text, &con, &col);
    assert_int_equal(con.rows, 200);
    assert_int_equal(col.rows, 200);
    print_message("%s: connector depth %.2f cards %.2f; collector depth %.2f cards %.2f\n", ids[i],
                  con.depth / 200, con.cards / 200, col.depth / 200, col.cards / 200);
    assert_true(con.depth > col.depth);
    assert_true(col.cards > con.cards);
    /* Same arguments, same rows. */
    args[11] = again;
    assert_int_equal(test_simulate(args), 0);
    char *text2 = test_read_all(again);
    assert_string_equal(text, text2);
    free(text);
    free(text2);
  }
  remove(csv);
  remove(again);
}

static void test_simulate_usage(void **state) {
  (void)state;
  const char *no_runs[] = {"--scenario", "career_fair", "--strategy", "connector", NULL};
  const char *bad_strategy[] = {"--scenario", "x", "--strategy", "schmoozer", "--runs", "1", NULL};
  const char *bad_runs[] = {"--scenario", "x", "--strategy", "random", "--runs", "-3", NULL};
  const char *unknown[] = {"--sceanrio", "x", NULL};
  const char *dangling[] = {"--scenario", NULL};
  const char *missing[] = {"--scenario", "no_such_scenario", "--strategy", "random", "--runs", "1", NULL};
  const char *help[] = {"--help", NULL};
  assert_int_equal(test_simulate(no_runs), 2);
  assert_int_equal(test_simulate(bad_strategy), 2);
  assert_int_equal(test_simulate(bad_runs), 2);
  assert_int_equal(test_simulate(unknown), 2);
  assert_int_equal(test_simulate(dangling), 2);
  assert_int_equal(test_simulate(missing), 1);
  assert_int_equal(test_simulate(help), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_explorer_reaches_every_node),
    cmocka_unit_test(test_simulate_shows_the_lesson),
    cmocka_unit_test(test_simulate_usage),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
