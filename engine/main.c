/* main.c — parses the command line and hands over: a command name (validate, simulate,
 * report, ...) goes to engine/cli; anything else starts the game, in a window or headless.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "game/app.h"

static void usage(FILE *out) {
  fprintf(out,
          "Rapport %s: practise genuine introductions at a networking mixer.\n"
          "\n"
          "usage: rapport [--headless] [--replay FILE] [--screenshot-dir DIR] [--save PATH]\n"
          "               [--scenario ID [--profile NAME]] [--frames N] [--stats]\n"
          "               [--renderer auto|software|accelerated]\n"
          "       rapport COMMAND [options]     (rapport help lists the commands)\n"
          "\n"
          "  --headless            run without a display (SDL dummy driver, software renderer)\n"
          "  --replay FILE         drive the game from a replay script (see docs/testing.md)\n"
          "  --screenshot-dir DIR  where the replay's `shot NAME` writes NAME.bmp (default .)\n"
          "  --save PATH           the progress database (default saves/rapport.db, or $RAPPORT_SAVE)\n"
          "  --scenario ID         skip the menus: go straight to this scenario's briefing\n"
          "  --profile NAME        with --scenario: play as this profile (default Player)\n"
          "  --frames N            headless without a replay: run N frames, then exit\n"
          "  --stats               print the renderer chosen, frame-time and memory statistics\n"
          "  --renderer R          auto (default; also $RAPPORT_RENDERER): the GPU when it is real,\n"
          "                        else SDL's software renderer; or force software|accelerated\n"
          "  --help                this text\n",
          RAPPORT_VERSION);
}

static bool parse_long(const char *s, long lo, long hi, long *out) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (end == s || *end || errno || v < lo || v > hi) return false;
  *out = v;
  return true;
}

int main(int argc, char **argv) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  GameOptions opt = {.shot_dir = ".", .frames = 120,
                     .start_ms = (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6};

  bool handled = false;
  int status = cli_dispatch(argc, argv, &handled);
  if (handled) return status;

  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    bool has_value = i + 1 < argc;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return 0;
    } else if (strcmp(a, "--headless") == 0) {
      opt.headless = true;
    } else if (strcmp(a, "--stats") == 0) {
      opt.stats = true;
    } else if (strcmp(a, "--renderer") == 0 && has_value) {
      if (!gfx_parse_renderer(argv[++i], &opt.renderer)) {
        fprintf(stderr, "rapport: --renderer takes auto, software or accelerated, not '%s'\n", argv[i]);
        return 2;
      }
    } else if (strcmp(a, "--replay") == 0 && has_value) {
      opt.replay = argv[++i];
    } else if (strcmp(a, "--screenshot-dir") == 0 && has_value) {
      opt.shot_dir = argv[++i];
    } else if (strcmp(a, "--save") == 0 && has_value) {
      opt.save_path = argv[++i];
    } else if (strcmp(a, "--scenario") == 0 && has_value) {
      opt.scenario = argv[++i];
    } else if (strcmp(a, "--profile") == 0 && has_value) {
      opt.profile = argv[++i];
    } else if (strcmp(a, "--frames") == 0 && has_value) {
      if (!parse_long(argv[++i], 1, 100000000, &opt.frames)) {
        fprintf(stderr, "rapport: --frames needs a whole number from 1 to 100000000, not '%s'\n", argv[i]);
        return 2;
      }
    } else {
      fprintf(stderr, "rapport: unknown option or missing value: '%s'\n\n", a);
      usage(stderr);
      return 2;
    }
  }
  if (opt.profile && !opt.scenario) {
    fprintf(stderr, "rapport: --profile only works together with --scenario ID "
                    "(choose a profile on the title screen otherwise)\n\n");
    usage(stderr);
    return 2;
  }
  return game_main(&opt);
}
