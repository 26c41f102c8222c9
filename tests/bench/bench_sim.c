/* bench_sim.c — how fast the simulation core runs (a benchmark, not a test): resolving
 * one choice, making one choice in a talk, and playing a whole ten-person session with
 * each strategy bot (reset included). Prints medians of several rounds.
 * Aims (issue 3): a choice < 1 us, a whole bot session < 50 us.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "../support/test_sim_fixture.h"

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

enum { ROUNDS = 9 };
static volatile double sink;

static double median(double *v) {
  qsort(v, ROUNDS, sizeof *v, cmp_double);
  return v[ROUNDS / 2];
}

int main(void) {
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 1, NULL);
  if (!sc || !s) return 1;
  double r[ROUNDS];

  /* Resolving: every style against a mid-conversation relation. */
  sim_talk_begin(s, 4, SIM_JOIN_DIRECT, NULL);
  sim_talk_choose(s, 0, NULL);
  SimChoice choices[SIM_STYLE_COUNT];
  for (int st = 0; st < SIM_STYLE_COUNT; st++) choices[st] = fx_loose_choice((SimStyle)st);
  const int N = 200000;
  for (int k = 0; k < ROUNDS; k++) {
    double t0 = now_ns(), acc = 0;
    for (int i = 0; i < N; i++) acc += sim_resolve_choice(s, 4, &choices[i % SIM_STYLE_COUNT]).interest;
    r[k] = (now_ns() - t0) / N;
    sink += acc;
  }
  printf("sim_resolve_choice:        %8.1f ns per choice\n", median(r));

  /* Choosing in a talk (resolve + apply + log + move), the connector's line. */
  const int TALKS = 20000;
  for (int k = 0; k < ROUNDS; k++) {
    int made = 0;
    double t0 = now_ns();
    for (int i = 0; i < TALKS; i++) {
      if ((i & 15) == 0) sim_session_reset(s, (uint64_t)i, NULL);
      sim_talk_begin(s, i % 10, SIM_JOIN_POLITE, NULL);
      SimTalkView tv;
      for (sim_talk_view(s, &tv); tv.active; sim_talk_view(s, &tv)) {
        int pick = sim_hint_choice(s);
        if (pick < 0 || sim_talk_choose(s, pick, NULL) != SIM_OK) break;
        made++;
      }
      if (tv.active) sim_talk_end(s, true, NULL);
    }
    r[k] = (now_ns() - t0) / (made ? made : 1);
  }
  printf("sim_talk_choose (+hint):   %8.1f ns per choice (a talk at a time, with begin)\n", median(r));

  const int SESSIONS = 5000;
  for (int st = 0; st < SIM_STRATEGY_COUNT; st++) {
    SimCoverage cov;
    memset(&cov, 0, sizeof cov);
    int choices_made = 0;
    for (int k = 0; k < ROUNDS; k++) {
      double t0 = now_ns();
      for (int i = 0; i < SESSIONS; i++) {
        sim_session_reset(s, (uint64_t)i, NULL);
        sim_bot_play_session(s, (SimStrategy)st, (uint64_t)i, st == SIM_BOT_EXPLORER ? &cov : NULL);
        if (k == 0) choices_made += sim_log_count(s);
      }
      r[k] = (now_ns() - t0) / SESSIONS / 1000.0;
      SimScores sco;
      sim_scores(s, &sco);
      sink += sco.depth_gain;
    }
    printf("whole session, %-9s  %8.2f us per 10-person session (%.1f log entries each)\n",
           sim_strategy_name((SimStrategy)st), median(r), (double)choices_made / SESSIONS);
  }

  /* Scoring and the debrief, as the debrief screen calls them. */
  sim_session_reset(s, 3, NULL);
  sim_bot_play_session(s, SIM_BOT_CONNECTOR, 3, NULL);
  for (int k = 0; k < ROUNDS; k++) {
    double t0 = now_ns();
    for (int i = 0; i < 2000; i++) {
      SimScores sco;
      SimMoment m[6];
      sim_scores(s, &sco);
      sink += sim_debrief_moments(s, m, 6) + sco.skills[0];
    }
    r[k] = (now_ns() - t0) / 2000 / 1000.0;
  }
  printf("sim_scores + debrief:      %8.2f us\n", median(r));
  printf("session log capacity: %d entries, %zu bytes inside the session's one allocation\n", SIM_MAX_LOG,
         sizeof(SimLogEntry) * SIM_MAX_LOG);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
  return 0;
}
