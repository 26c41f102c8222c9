/* cmd_validate.c — `rapport validate FILE...`: loads each scenario in the sandbox and
 * checks it without playing. Prints `OK FILE: N people, M nodes` for a good file and one
 * `FILE:LINE: message` line per problem; exit 1 when any file has a problem, 2 on misuse.
 * Depends on engine/script.
 */
#include "cli/cli.h"
#include "cli/cli_echo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script/script.h"

static void usage(FILE *out) {
  fprintf(out,
          "usage: rapport validate [--quiet] FILE...\n"
          "\n"
          "Loads each scenario file in the sandbox and checks it without playing it: required\n"
          "fields and types, unknown styles and zone kinds, duplicate ids, `next` naming no\n"
          "node, unreachable nodes, dead ends, conditions that can never hold, missing\n"
          "follow-up content. Prints `OK FILE: N people, M nodes` for each good file and\n"
          "`FILE:LINE: message` for each problem. Exit status 1 when any file has a problem.\n"
          "\n"
          "  --quiet   print only the problems\n"
          "  --help    this text\n"
          "\n"
          "The format is described in docs/scenarios.md.\n");
}

int cli_validate(int argc, char **argv) {
  bool quiet = false;
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
  if (!report) {
    fprintf(stderr, "rapport validate: out of memory\n");
    return 1;
  }
  int failed = 0;
  for (int i = first; i < argc; i++) {
    int errors = scr_validate_file(argv[i], report);
    if (errors == 0) {
      if (!quiet)
        printf("OK %s: %d %s, %d nodes\n", CLI_ECHO(argv[i]), report->people,
               report->people == 1 ? "person" : "people", report->nodes);
      continue;
    }
    failed++;
    for (int k = 0; k < report->count; k++) printf("%s\n", report->messages[k].text);
    if (report->errors > report->count)
      printf("%s: ... and %d more problems\n", CLI_ECHO(argv[i]), report->errors - report->count);
  }
  fflush(stdout);
  free(report);
  return failed ? 1 : 0;
}
