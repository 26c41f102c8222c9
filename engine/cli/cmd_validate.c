/* cmd_validate.c — `rapport validate FILE...`: loads each scenario in the sandbox and
 * checks it without playing. Prints `OK FILE: N people, M nodes` for a good file, one
 * `FILE:LINE: message` line per problem and one `FILE:LINE: warning: ...` per tell; exit 1
 * when any file has a problem (or, with --strict, a tell), 2 on misuse. Depends on engine/script.
 */
#include "cli/cli.h"
#include "cli/cli_echo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script/script.h"
#include "sim/sim.h"

enum { EXPLORE_MAX_RUNS = 400 };

/* The explorer bot over seeds 1, 2, ... until every node is reached and every variant
 * played (or EXPLORE_MAX_RUNS): prints what it covered. False when out of memory. */
static bool explore(const SimScenario *scn, const char *file, const char *with) {
  SimCoverage *cov = calloc(1, sizeof *cov);
  SimSession *s = sim_session_create(scn, 1, NULL);
  if (!cov || !s) {
    free(cov);
    sim_session_destroy(s);
    return false;
  }
  int nodes = 0;
  for (int p = 0; p < scn->person_count; p++) nodes += scn->people[p].node_count;
  int runs = 0, total = 0, missing = 0, unreached = 0;
  do {
    runs++;
    sim_session_reset(s, (uint64_t)runs, NULL);
    sim_bot_play_session(s, SIM_BOT_EXPLORER, (uint64_t)runs, cov);
    missing = sim_coverage_variants_missing(cov, scn, &total);
    unreached = sim_coverage_missing(cov, scn, NULL, NULL, 0);
  } while ((missing > 0 || unreached > 0) && runs < EXPLORE_MAX_RUNS);
  printf("explorer %s%s: %d run%s, nodes reached %d of %d, variants played %d of %d%s\n", CLI_ECHO(file), with, runs,
         runs == 1 ? "" : "s", nodes - unreached, nodes, total - missing, total,
         missing || unreached ? " (not all)" : "");
  free(cov);
  sim_session_destroy(s);
  return true;
}

/* Loads and checks one file (with `given` set, NULL: none; `label` names it in the output),
 * prints as `validate` does and counts into *failed and *told. */
static void check_file(const char *file, const ScrGiven *given, const char *label, bool quiet, bool stats,
                       ScrReport *report, ScrReport *tells, int *failed, int *told) {
  char with[200] = "";
  if (label) snprintf(with, sizeof with, " (with a roster acquaintance: %s)", label);
  SimScenario *scn = scr_load_scenario_report_given(file, NULL, given, report);
  if (scn && report->errors == 0) {
    if (!quiet)
      printf("OK %s%s: %d %s, %d nodes\n", CLI_ECHO(file), with, report->people,
             report->people == 1 ? "person" : "people", report->nodes);
    ScrTellStats st;
    if (scr_find_tells(scn, file, tells, &st) > 0) (*told)++;
    for (int k = 0; k < tells->count; k++) printf("%s%s\n", tells->messages[k].text, with);
    if (tells->errors > tells->count)
      printf("%s: ... and %d more warnings%s\n", CLI_ECHO(file), tells->errors - tells->count, with);
    if (stats)
      printf("tells %s%s: best option longest at %d of %d nodes (%d%%), shortest at %d (%d%%), "
             "%d answered again, %d dead loops\n",
             CLI_ECHO(file), with, st.best_longest, st.nodes_measured,
             st.nodes_measured ? st.best_longest * 100 / st.nodes_measured : 0, st.best_shortest,
             st.nodes_measured ? st.best_shortest * 100 / st.nodes_measured : 0,
             st.answered_again, st.dead_loops);
    if (stats && !explore(scn, file, with)) printf("explorer %s: out of memory\n", CLI_ECHO(file));
    for (int k = 0; stats && !label && k < st.listed; k++)
      printf("%s:%d: best option is the %s: person '%s', node '%s', choice %d\n",
             CLI_ECHO(file), st.longest[k].line,
             st.longest[k].shortest ? "shortest" : "longest", CLI_ECHO(st.longest[k].person),
             CLI_ECHO(st.longest[k].node), st.longest[k].choice);
    sim_scenario_destroy(scn);
    return;
  }
  sim_scenario_destroy(scn);
  (*failed)++;
  for (int k = 0; k < report->count; k++) printf("%s%s\n", report->messages[k].text, with);
  if (report->errors > report->count)
    printf("%s: ... and %d more problems%s\n", CLI_ECHO(file), report->errors - report->count, with);
}

static void usage(FILE *out) {
  fprintf(out,
          "usage: rapport validate [--quiet] [--strict] [--stats] FILE...\n"
          "\n"
          "Loads each scenario file in the sandbox and checks it without playing it: required\n"
          "fields and types, unknown styles and zone kinds, duplicate ids, `next` naming no\n"
          "node, unreachable nodes, dead ends, conditions that can never hold, missing\n"
          "follow-up content. Prints `OK FILE: N people, M nodes` for each good file and\n"
          "`FILE:LINE: message` for each problem. Exit status 1 when any file has a problem.\n"
          "\n"
          "A valid file is then checked for tells, which give the answer away, each printed as\n"
          "`FILE:LINE: warning: ...`: the best-scoring option is the longest line at more than\n"
          "40%% of nodes, an answered question offered again, a loop that goes nowhere. Tells\n"
          "are warnings: they do not change the exit status unless --strict is given.\n"
          "\n"
          "A scenario that reads `roster_acquaintance` (a later meeting with someone from the\n"
          "player's roster) is checked again with each of %d sample acquaintances, each\n"
          "printed `(with a roster acquaintance: ...)`.\n"
          "\n"
          "  --quiet   print only the problems and warnings\n"
          "  --strict  exit 1 when any file has a tell\n"
          "  --stats   print the tell counts for each valid file and the nodes where the\n"
          "            best-scoring option is the longest or the shortest line; then run\n"
          "            the explorer bot until it has reached every node and played every\n"
          "            variant (alternative lines, person variants, moods, layouts)\n"
          "  --help    this text\n"
          "\n"
          "The format is described in docs/scenarios.md.\n", SCR_ACQUAINTANCE_SAMPLES);
}

int cli_validate(int argc, char **argv) {
  bool quiet = false, strict = false, stats = false;
  int first = 1;
  for (; first < argc; first++) {
    const char *a = argv[first];
    if (strcmp(a, "--") == 0) {
      first++;
      break;
    }
    if (a[0] != '-' || a[1] == '\0') break;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return 0;
    }
    if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
      quiet = true;
      continue;
    }
    if (strcmp(a, "--strict") == 0) {
      strict = true;
      continue;
    }
    if (strcmp(a, "--stats") == 0) {
      stats = true;
      continue;
    }
    fprintf(stderr, "rapport validate: unknown option '%s'\n\n", CLI_ECHO(a));
    usage(stderr);
    return 2;
  }
  if (first >= argc) {
    fprintf(stderr, "rapport validate: name at least one scenario file\n\n");
    usage(stderr);
    return 2;
  }
  ScrReport *report = malloc(sizeof *report);
  ScrReport *tells = malloc(sizeof *tells);
  if (!report || !tells) {
    free(report);
    free(tells);
    fprintf(stderr, "rapport validate: out of memory\n");
    return 1;
  }
  int failed = 0, told = 0;
  for (int i = first; i < argc; i++) {
    int before = failed;
    check_file(argv[i], NULL, NULL, quiet, stats, report, tells, &failed, &told);
    if (failed > before) continue; /* refused as written: the samples would say the same */
    /* A later meeting is written around someone from the player's roster: check it with
     * each sample acquaintance too (someone with a fact learned, with nothing learned, with
     * long names), so that every placeholder resolves and every line fits for anyone. */
    if (!scr_scenario_reads_given(argv[i], SCR_ACQUAINTANCE_GLOBAL)) continue;
    for (int k = 0; k < SCR_ACQUAINTANCE_SAMPLES; k++) {
      ScrGiven given;
      const char *label = NULL;
      if (scr_acquaintance_sample(k, &given, &label))
        check_file(argv[i], &given, label, quiet, stats, report, tells, &failed, &told);
    }
  }
  fflush(stdout);
  free(report);
  free(tells);
  return (failed || (strict && told)) ? 1 : 0;
}
