/* bench_script.c — how fast the Lua host loads every shipped scenario (aim: all of them in
 * under 50 ms) and how many bot sessions per second `simulate` plays on a 10-person
 * scenario (aim: at least 20,000 per core). Prints the figures; fails only when a scenario
 * does not load. Not a test: labelled "bench".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "script/script.h"
#include "sim/sim.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#include "config.h" /* RAPPORT_MAX_SCENARIOS */
#define MAX_SCENARIOS RAPPORT_MAX_SCENARIOS

int main(void) {
  char ids[MAX_SCENARIOS][64];
  char paths[MAX_SCENARIOS][1024];
  int n = scr_list_scenarios(ids, MAX_SCENARIOS);
  if (n <= 0) {
    fprintf(stderr, "bench_script: no scenarios in scripts/scenarios\n");
    return 1;
  }
  for (int i = 0; i < n; i++) scr_find_scenario(ids[i], paths[i], sizeof paths[i]);

  /* Load all shipped scenarios, 20 rounds; report the best and the mean round. */
  enum { ROUNDS = 20 };
  double best = 1e9, total = 0;
  for (int r = 0; r < ROUNDS; r++) {
    double t0 = now();
    for (int i = 0; i < n; i++) {
      char err[SCR_MESSAGE_MAX];
      SimScenario *s = scr_load_scenario(paths[i], NULL, err, sizeof err);
      if (!s) {
        fprintf(stderr, "bench_script: %s\n", err);
        return 1;
      }
      sim_scenario_destroy(s);
    }
    double dt = now() - t0;
    total += dt;
    if (dt < best) best = dt;
  }
  printf("load all %d shipped scenarios: best %.2f ms, mean %.2f ms (aim < 50 ms)\n", n,
         best * 1e3, total / ROUNDS * 1e3);
  for (int i = 0; i < n; i++) {
    double t0 = now();
    char err[SCR_MESSAGE_MAX];
    SimScenario *s = scr_load_scenario(paths[i], NULL, err, sizeof err);
    double dt = now() - t0;
    int nodes = 0;
    for (int p = 0; s && p < s->person_count; p++) nodes += s->people[p].node_count;
    printf("  %-18s %2d people %4d nodes  %.2f ms\n", ids[i], s ? s->person_count : 0, nodes,
           dt * 1e3);
    sim_scenario_destroy(s);
  }

  /* Sessions per second on a 10-person scenario: each shipped one cut to its first ten. */
  printf("\nbot sessions per second, 10 people (aim >= 20,000):\n");
  printf("  %-18s %11s %11s %11s %11s\n", "scenario", "collector", "connector", "random", "explorer");
  for (int i = 0; i < n; i++) {
    char err[SCR_MESSAGE_MAX];
    SimScenario *s = scr_load_scenario(paths[i], NULL, err, sizeof err);
    if (!s) return 1;
    if (s->person_count > 10) s->person_count = 10;
    SimSession *session = sim_session_create(s, 1, NULL);
    SimCoverage *cov = calloc(1, sizeof *cov);
    if (!session || !cov) return 1;
    printf("  %-18s", ids[i]);
    for (int k = 0; k < SIM_STRATEGY_COUNT; k++) {
      memset(cov, 0, sizeof *cov);
      long runs = 0;
      double t0 = now(), dt = 0;
      while (dt < 0.3) {
        for (int j = 0; j < 500; j++, runs++) {
          sim_session_reset(session, (uint64_t)runs + 1, NULL);
          sim_bot_play_session(session, (SimStrategy)k, (uint64_t)runs + 1,
                               k == SIM_BOT_EXPLORER ? cov : NULL);
        }
        dt = now() - t0;
      }
      printf(" %11.0f", (double)runs / dt);
    }
    printf("\n");
    free(cov);
    sim_session_destroy(session);
    sim_scenario_destroy(s);
  }
  return 0;
}
