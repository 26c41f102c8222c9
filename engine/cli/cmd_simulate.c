/* cmd_simulate.c — `rapport simulate`: loads a scenario, plays N sessions per strategy bot
 * headless, prints a table of means and optionally one CSV row per run. Run i of every
 * strategy uses the same seed, so strategies are compared on the same evenings.
 * Depends on engine/script (loading) and engine/sim (sessions, bots, scores); POSIX isatty.
 */
#include "cli/cli.h"
#include "cli/cli_echo.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "script/script.h"
#include "sim/sim.h"

#define MAX_RUNS 10000000L
#define MAX_RUNS_TEXT "10000000" /* keep equal to MAX_RUNS: used inside messages */

static void usage(FILE *out) {
  fprintf(out,
          "usage: rapport simulate --scenario ID --strategy NAME [--strategy NAME ...]\n"
          "                        --runs N [--seed S] [--difficulty D] [--csv FILE]\n"
          "\n"
          "Plays N sessions per strategy headless and prints the mean depth gain, network\n"
          "strength, people you could call (tier 3+), cards, online connections, energy left\n"
          "and conversations. Run i of every strategy uses the same seed (S + i - 1).\n"
          "\n"
          "  --scenario ID     a shipped scenario (scripts/scenarios/ID.lua) or a .lua path\n"
          "  --strategy NAME   a bot (repeatable), or 'all':\n");
  cli_print_strategies(out, 22);
  fprintf(out,
          "                    With the connector among them, a second table gives each bot's\n"
          "                    depth and people you could call as a share of the connector's.\n"
          "  --runs N          sessions per strategy (1..%ld)\n"
          "  --seed S          first seed (default 1; S+N-1 must not pass 18446744073709551615)\n"
          "  --difficulty D    gentle, standard (default), challenging, or 'all': the people's\n"
          "                    openness, patience, closed groups and energy costs (docs/model.md).\n"
          "                    Repeatable; with more than one, a last table gives each bot's\n"
          "                    depth at each difficulty\n"
          "  --csv FILE        also write one row per run to FILE\n"
          "  --help            this text\n",
          MAX_RUNS);
}

/* fmt has one %s for arg, which is echoed through cli_echo (safe for any bytes). */
static int usage_error(const char *fmt, const char *arg) {
  char safe[CLI_ECHO_MAX];
  fprintf(stderr, "rapport simulate: ");
  fprintf(stderr, fmt, cli_echo(arg, safe, sizeof safe));
  fprintf(stderr, "\n\n");
  usage(stderr);
  return 2;
}

static bool parse_u64(const char *s, uint64_t *out) {
  if (!s || !*s || *s == '-') return false;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (*end || errno) return false;
  *out = v;
  return true;
}

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct Sums {
  double depth_gain, network_strength, callable, cards, online, energy_left, conversations;
} Sums;

typedef struct Progress {
  double start;
  bool shown, tty;
  long done, total;
} Progress;

static void progress_tick(Progress *p) {
  p->done++;
  if (!p->tty || (p->done & 255) != 0) return;
  if (!p->shown && now_seconds() - p->start < 1.0) return;
  p->shown = true;
  int width = 30, filled = (int)((double)p->done / (double)p->total * width);
  fprintf(stderr, "\rsimulating [%.*s%*s] %3d%%", filled, "##############################",
          width - filled, "", (int)(100.0 * (double)p->done / (double)p->total));
  fflush(stderr);
}

static void progress_done(Progress *p) {
  if (p->shown) fprintf(stderr, "\r%*s\r", 50, "");
}

static const char *scenario_path(const char *arg, char *buf, size_t n) {
  size_t len = strlen(arg);
  if (strchr(arg, '/') || (len > 4 && strcmp(arg + len - 4, ".lua") == 0)) return arg;
  return scr_find_scenario(arg, buf, n) == 0 ? buf : NULL;
}

int cli_simulate(int argc, char **argv) {
  const char *scenario_arg = NULL, *csv_path = NULL;
  int strategies[SIM_STRATEGY_COUNT * 4];
  int strategy_count = 0;
  int difficulties[SIM_DIFFICULTY_COUNT];
  int difficulty_count = 0;
  uint64_t runs = 0, seed = 1;
  bool have_runs = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return 0;
    } else if (strcmp(a, "--scenario") == 0 && v) {
      scenario_arg = v, i++;
    } else if (strcmp(a, "--strategy") == 0 && v) {
      if (strcmp(v, "all") == 0) {
        for (int k = 0; k < SIM_STRATEGY_COUNT; k++) {
          if (strategy_count == (int)(sizeof strategies / sizeof strategies[0]))
            return usage_error("too many strategies%s", "");
          strategies[strategy_count++] = k;
        }
        i++;
        continue;
      }
      int s = sim_strategy_from_name(v);
      if (s < 0) return usage_error("unknown strategy '%s' (see --help for the list, or 'all')", v);
      if (strategy_count == (int)(sizeof strategies / sizeof strategies[0]))
        return usage_error("too many strategies%s", "");
      strategies[strategy_count++] = s, i++;
    } else if (strcmp(a, "--runs") == 0 && v) {
      if (!parse_u64(v, &runs) || runs < 1 || runs > (uint64_t)MAX_RUNS)
        return usage_error("--runs needs a whole number from 1 to " MAX_RUNS_TEXT ", got '%s'", v);
      have_runs = true, i++;
    } else if (strcmp(a, "--seed") == 0 && v) {
      if (!parse_u64(v, &seed)) return usage_error("--seed needs a whole number >= 0, got '%s'", v);
      i++;
    } else if (strcmp(a, "--difficulty") == 0 && v) {
      for (int k = 0; k < SIM_DIFFICULTY_COUNT; k++) {
        SimDifficulty d = sim_difficulty_at(k);
        bool want = strcmp(v, "all") == 0 || sim_difficulty_from_name(v) == (int)d;
        bool have = false;
        for (int j = 0; j < difficulty_count; j++) have = have || difficulties[j] == (int)d;
        if (want && !have) difficulties[difficulty_count++] = (int)d;
      }
      if (strcmp(v, "all") != 0 && sim_difficulty_from_name(v) < 0)
        return usage_error("unknown difficulty '%s' (gentle, standard, challenging or all)", v);
      i++;
    } else if (strcmp(a, "--csv") == 0 && v) {
      csv_path = v, i++;
    } else if (!v && (strcmp(a, "--scenario") == 0 || strcmp(a, "--strategy") == 0 ||
                      strcmp(a, "--runs") == 0 || strcmp(a, "--seed") == 0 ||
                      strcmp(a, "--csv") == 0 || strcmp(a, "--difficulty") == 0)) {
      return usage_error("%s needs a value", a);
    } else {
      return usage_error("unknown argument '%s'", a);
    }
  }
  if (!scenario_arg) return usage_error("--scenario is required%s", "");
  if (strategy_count == 0) return usage_error("name at least one --strategy%s", "");
  if (!have_runs) return usage_error("--runs is required%s", "");
  if (difficulty_count == 0) difficulties[difficulty_count++] = SIM_DIFFICULTY_STANDARD;
  if (seed > UINT64_MAX - (runs - 1)) { /* the last run's seed, S+N-1, would wrap around */
    char msg[256];
    snprintf(msg, sizeof msg,
             "--seed %llu is too large for --runs %llu: the runs use seeds S to S+N-1, which "
             "must not pass %llu, so the seed can be at most %llu",
             (unsigned long long)seed, (unsigned long long)runs, (unsigned long long)UINT64_MAX,
             (unsigned long long)(UINT64_MAX - (runs - 1)));
    return usage_error("%s", msg);
  }
  char pathbuf[1200], err[SCR_MESSAGE_MAX];
  const char *path = scenario_path(scenario_arg, pathbuf, sizeof pathbuf);
  if (!path) {
    char safe[CLI_ECHO_MAX];
    fprintf(stderr, "rapport simulate: no scenario '%s' in scripts/scenarios/ (try: ls scripts/scenarios)\n",
            cli_echo(scenario_arg, safe, sizeof safe));
    return 1;
  }
  SimScenario *scn = scr_load_scenario(path, NULL, err, sizeof err);
  if (!scn) {
    char safe[CLI_ECHO_MAX];
    fprintf(stderr, "%s\nrapport simulate: the scenario has problems; run `rapport validate %s`\n",
            err, cli_echo(path, safe, sizeof safe));
    return 1;
  }
  FILE *csv = NULL;
  if (csv_path) {
    csv = fopen(csv_path, "w");
    if (!csv) {
      char safe[CLI_ECHO_MAX];
      fprintf(stderr, "rapport simulate: cannot write %s: %s\n", cli_echo(csv_path, safe, sizeof safe),
              strerror(errno));
      sim_scenario_destroy(scn);
      return 1;
    }
    fprintf(csv, "strategy,run,seed,depth_gain,network_strength,callable,cards,"
                 "online_connections,energy_left,conversations,difficulty\n");
  }
  SimSession *session = sim_session_create(scn, seed, NULL);
  SimCoverage *cov = calloc(1, sizeof *cov);
  Sums *sums = calloc((size_t)strategy_count * (size_t)difficulty_count, sizeof *sums);
  if (!session || !cov || !sums) {
    fprintf(stderr, "rapport simulate: out of memory\n");
    free(sums), free(cov), sim_session_destroy(session), sim_scenario_destroy(scn);
    if (csv) fclose(csv);
    return 1;
  }
  Progress progress = {now_seconds(), false, isatty(2) != 0, 0, (long)runs * strategy_count * difficulty_count};
  for (int d = 0; d < difficulty_count; d++) {
    SimPlayerSettings settings = sim_player_settings_default();
    settings.difficulty = (SimDifficulty)difficulties[d];
    for (int k = 0; k < strategy_count; k++) {
      SimStrategy strategy = (SimStrategy)strategies[k];
      memset(cov, 0, sizeof *cov);
      for (uint64_t r = 0; r < runs; r++) {
        uint64_t run_seed = seed + r;
        sim_session_reset(session, run_seed, &settings);
        sim_bot_play_session(session, strategy, run_seed, strategy == SIM_BOT_EXPLORER ? cov : NULL);
        SimScores sc;
        sim_scores(session, &sc);
        Sums *s = &sums[d * strategy_count + k];
        s->depth_gain += sc.depth_gain, s->network_strength += sc.network_strength;
        s->callable += sc.callable, s->cards += sc.cards, s->online += sc.online_connections;
        s->energy_left += sc.energy_left, s->conversations += sc.conversations;
        if (csv)
          fprintf(csv, "%s,%llu,%llu,%.3f,%.3f,%d,%d,%d,%.3f,%d,%s\n", sim_strategy_name(strategy),
                  (unsigned long long)r + 1, (unsigned long long)run_seed, sc.depth_gain, sc.network_strength,
                  sc.callable, sc.cards, sc.online_connections, sc.energy_left, sc.conversations,
                  sim_difficulty_name(settings.difficulty));
        progress_tick(&progress);
      }
    }
  }
  progress_done(&progress);
  double elapsed = now_seconds() - progress.start;

  printf("%s: %d people, %llu run%s per strategy, seeds %llu..%llu\n", scn->id, scn->person_count,
         (unsigned long long)runs, runs == 1 ? "" : "s", (unsigned long long)seed,
         (unsigned long long)(seed + runs - 1));
  for (int d = 0; d < difficulty_count; d++) {
    const Sums *row = &sums[d * strategy_count];
    printf("\ndifficulty: %s\n", sim_difficulty_name((SimDifficulty)difficulties[d]));
    printf("%-12s %10s %9s %9s %7s %7s %12s %14s\n", "strategy", "depth_gain", "strength", "callable", "cards",
           "online", "energy_left", "conversations");
    for (int k = 0; k < strategy_count; k++) {
      const Sums *s = &row[k];
      double n = (double)runs;
      printf("%-12s %10.2f %9.2f %9.2f %7.2f %7.2f %12.1f %14.2f\n", sim_strategy_name((SimStrategy)strategies[k]),
             s->depth_gain / n, s->network_strength / n, s->callable / n, s->cards / n, s->online / n,
             s->energy_left / n, s->conversations / n);
    }
    int conn = -1;
    for (int k = 0; k < strategy_count && conn < 0; k++)
      if (strategies[k] == SIM_BOT_CONNECTOR) conn = k;
    if (conn >= 0 && strategy_count > 1) {
      /* Shares of the connector's means: the figure a gaming strategy must stay under. */
      printf("\n%-10s %14s %14s %14s\n", "vs connector", "depth_gain", "callable", "cards");
      const Sums *c = &row[conn];
      for (int k = 0; k < strategy_count; k++) {
        if (k == conn) continue;
        const Sums *s = &row[k];
        printf("%-12s %13.0f%% %13.0f%% %13.0f%%\n", sim_strategy_name((SimStrategy)strategies[k]),
               c->depth_gain > 0 ? 100.0 * s->depth_gain / c->depth_gain : 0.0,
               c->callable > 0 ? 100.0 * s->callable / c->callable : 0.0,
               c->cards > 0 ? 100.0 * s->cards / c->cards : 0.0);
      }
    }
  }
  if (difficulty_count > 1) {
    /* One row per bot: the mean depth at each difficulty, in the order given. */
    printf("\n%-12s", "depth_gain");
    for (int d = 0; d < difficulty_count; d++) printf(" %12s", sim_difficulty_name((SimDifficulty)difficulties[d]));
    printf("\n");
    for (int k = 0; k < strategy_count; k++) {
      printf("%-12s", sim_strategy_name((SimStrategy)strategies[k]));
      for (int d = 0; d < difficulty_count; d++)
        printf(" %12.2f", sums[d * strategy_count + k].depth_gain / (double)runs);
      printf("\n");
    }
  }
  fprintf(stderr, "%.0f sessions/s\n", (double)progress.done / (elapsed > 1e-9 ? elapsed : 1e-9));
  int status = 0;
  if (csv && fclose(csv) != 0) {
    char safe[CLI_ECHO_MAX];
    fprintf(stderr, "rapport simulate: cannot finish writing %s\n", cli_echo(csv_path, safe, sizeof safe));
    status = 1;
  }
  free(sums);
  free(cov);
  sim_session_destroy(session);
  sim_scenario_destroy(scn);
  return status;
}
