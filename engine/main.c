/* main.c — parses the command line, resolves where Rapport's files are (the only place
 * that reads the environment: docs/install.md has the search order) and hands over: a
 * command name (validate, simulate, report, ...) goes to engine/cli; anything else starts
 * the game, in a window or headless.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/paths.h"
#include "game/app.h"
#include "game/language.h"
#include "gfx/speech.h"
#include "save/save.h"
#include "script/script.h"

#ifndef RAPPORT_PREFIX_DATA_DIR
#define RAPPORT_PREFIX_DATA_DIR "/usr/local/share/rapport"
#endif
#ifndef RAPPORT_BIN_TO_DATA
#define RAPPORT_BIN_TO_DATA "../share/rapport"
#endif

static void usage(FILE *out) {
  fprintf(out,
          "Rapport %s: practise genuine introductions at a networking mixer.\n"
          "\n"
          "usage: rapport [--headless] [--replay FILE] [--screenshot-dir DIR] [--save PATH]\n"
          "               [--scenario ID [--profile NAME]] [--language CODE] [--frames N] [--stats]\n"
          "               [--data-dir DIR] [--font-dir DIR] [--renderer auto|software|accelerated]\n"
          "               [--voice-backend auto|espeak|speechd] [--voice-log]\n"
          "       rapport [--data-dir DIR] COMMAND [options]   (rapport help lists the commands)\n"
          "       rapport --version | --paths | --help\n"
          "\n"
          "  --headless            run without a display (SDL dummy driver, software renderer)\n"
          "  --replay FILE         drive the game from a replay script (see docs/testing.md)\n"
          "  --screenshot-dir DIR  where the replay's `shot NAME` writes NAME.bmp (default .)\n"
          "  --save PATH           the progress database (default: see --paths; or $RAPPORT_SAVE)\n"
          "  --scenario ID         skip the menus: go straight to this scenario's briefing\n"
          "  --profile NAME        with --scenario: play as this profile (default Player)\n"
          "  --language CODE       show Rapport in this language (assets/i18n/CODE.po; en is\n"
          "                        English); default: Settings > Language, else the locale\n"
          "  --frames N            headless without a replay: run N frames, then exit\n"
          "  --stats               print the renderer chosen, frame-time and memory statistics\n"
          "  --renderer R          auto (default; also $RAPPORT_RENDERER): the GPU when it is real,\n"
          "                        else SDL's software renderer; or force software|accelerated;\n"
          "                        either overrides Settings > Drawing\n"
          "  --voice-backend B     self-voicing (V): auto (default; also $RAPPORT_VOICE_BACKEND) uses\n"
          "                        a running speech-dispatcher, else espeak-ng; or force one\n"
          "  --voice-log           print each thing self-voicing says, with its audio samples\n"
          "  --data-dir DIR        the folder with assets/ and scripts/ (or $RAPPORT_DATA_DIR)\n"
          "  --font-dir DIR        the folder with the DejaVu fonts (or $RAPPORT_FONT_DIR)\n"
          "  --paths               print where the data, save, fonts and your scenarios are\n"
          "  --version             print the version\n"
          "  --help                this text\n",
          RAPPORT_VERSION);
}

/* The running binary's own path, so that an installed tree can be moved as a whole. */
static const char *own_path(char *buf, size_t len) {
  ssize_t n = readlink("/proc/self/exe", buf, len - 1);
  if (n <= 0 || (size_t)n >= len - 1) return NULL;
  buf[n] = '\0';
  return buf;
}

static const char *home_dir(void) {
  const char *home = getenv("HOME");
  if (home && *home) return home;
  struct passwd *pw = getpwuid(getuid());
  return pw && pw->pw_dir && *pw->pw_dir ? pw->pw_dir : NULL;
}

/* Every path, resolved once from the command line, the environment, the binary's place,
 * the install prefix and the source tree (docs/install.md), then handed to the modules. */
static bool resolve_paths(const char *data_dir, const char *save, const char *font_dir,
                          CliPaths *out) {
  char exe[CLI_PATH_MAX];
  CliPathInputs in = {
    .arg_data_dir = data_dir, .arg_save = save, .arg_font_dir = font_dir,
    .env_data_dir = getenv("RAPPORT_DATA_DIR"), .env_root = getenv("RAPPORT_ROOT"),
    .env_save = getenv("RAPPORT_SAVE"), .env_font_dir = getenv("RAPPORT_FONT_DIR"),
    .xdg_data_home = getenv("XDG_DATA_HOME"), .home = home_dir(),
    .exe = own_path(exe, sizeof exe), .bin_to_data = RAPPORT_BIN_TO_DATA,
    .prefix_data_dir = RAPPORT_PREFIX_DATA_DIR, .source_dir = RAPPORT_SOURCE_DIR,
    .default_font_dir = RAPPORT_DEFAULT_FONT_DIR,
  };
  char err[512];
  if (!cli_paths_resolve(&in, out, err, sizeof err)) {
    fprintf(stderr, "rapport: %s\n", err);
    return false;
  }
  if (!scr_set_dirs(out->data_dir, out->user_scenario_dir) ||
      save_set_default_path(out->save_path) != SAVE_OK) {
    fprintf(stderr, "rapport: the data or save path is too long: %s, %s\n", out->data_dir,
            out->save_path);
    return false;
  }
  return true;
}

static void print_paths(const CliPaths *p) {
  printf("data       %s (%s%s)\n", p->data_dir, cli_path_origin_name(p->data_from),
         p->data_found ? "" : "; assets/theme.ini or scripts/lib/rapport.lua is missing");
  printf("save       %s (%s)\n", p->save_path, cli_path_origin_name(p->save_from));
  printf("scenarios  %s/scripts/scenarios and %s\n", p->data_dir, p->user_scenario_dir);
  printf("fonts      %s (%s)\n", p->font_dir, cli_path_origin_name(p->font_from));
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

  /* Path options may come before a command: rapport --data-dir DIR validate FILE. */
  const char *data_dir = NULL, *font_dir = NULL;
  bool voice_given = false;
  int first = 1;
  while (first + 1 < argc && (strcmp(argv[first], "--data-dir") == 0 ||
                              strcmp(argv[first], "--font-dir") == 0)) {
    if (argv[first][2] == 'd') data_dir = argv[first + 1];
    else font_dir = argv[first + 1];
    first += 2;
  }
  CliPaths paths;
  if (first < argc && cli_is_command(argv[first])) {
    if (!resolve_paths(data_dir, NULL, font_dir, &paths)) return 1;
    bool handled = false;
    return cli_dispatch(argc - first + 1, argv + first - 1, &handled);
  }

  bool show_paths = false;
  for (int i = first; i < argc; i++) {
    const char *a = argv[i];
    bool has_value = i + 1 < argc;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return 0;
    } else if (strcmp(a, "--version") == 0) {
      printf("rapport %s\n", RAPPORT_VERSION);
      return 0;
    } else if (strcmp(a, "--paths") == 0) {
      show_paths = true;
    } else if (strcmp(a, "--data-dir") == 0 && has_value) {
      data_dir = argv[++i];
    } else if (strcmp(a, "--font-dir") == 0 && has_value) {
      font_dir = argv[++i];
    } else if (strcmp(a, "--headless") == 0) {
      opt.headless = true;
    } else if (strcmp(a, "--stats") == 0) {
      opt.stats = true;
    } else if (strcmp(a, "--renderer") == 0 && has_value) {
      opt.renderer_given = true;
      if (!gfx_parse_renderer(argv[++i], &opt.renderer)) {
        fprintf(stderr, "rapport: --renderer takes auto, software or accelerated, not '%s'\n", argv[i]);
        return 2;
      }
    } else if (strcmp(a, "--voice-backend") == 0 && has_value) {
      voice_given = true;
      if (!gfx_speech_parse_choice(argv[++i], &opt.voice_backend)) {
        fprintf(stderr, "rapport: --voice-backend takes auto, espeak or speechd, not '%s'\n", argv[i]);
        return 2;
      }
    } else if (strcmp(a, "--voice-log") == 0) {
      opt.voice_log = true;
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
    } else if (strcmp(a, "--language") == 0 && has_value) {
      opt.language = argv[++i];
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
  /* The learner's language: --language, else the desktop's locale. Headless runs and replays
   * stay English unless told, so a tester's locale never changes what a replay sees. */
  char locale_language[8];
  if (!opt.language && !opt.headless && !opt.replay) {
    const char *names[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t n = 0; n < sizeof names / sizeof names[0] && !opt.language; n++) {
      const char *value = getenv(names[n]);
      if (value && *value && game_language_from_locale(value, locale_language, sizeof locale_language)) {
        opt.language = locale_language;
        opt.language_from_locale = true;
      }
    }
  }
  if (opt.profile && !opt.scenario) {
    fprintf(stderr, "rapport: --profile only works together with --scenario ID "
                    "(choose a profile on the title screen otherwise)\n\n");
    usage(stderr);
    return 2;
  }
  /* The environment's say on drawing, read here like every other setting (no module reads
   * the environment itself): the renderer when --renderer did not choose, Mesa's "software
   * only" switch, and a benchmark knob that draws every tick. */
  if (!opt.renderer_given) {
    const char *setting = getenv("RAPPORT_RENDERER");
    GfxRendererChoice from_env;
    if (setting && *setting && gfx_parse_renderer(setting, &from_env)) {
      opt.renderer = from_env;
      opt.renderer_from_env = from_env != GFX_RENDERER_AUTO;
      opt.renderer_given = true;
    }
  }
  const char *voice = getenv("RAPPORT_VOICE_BACKEND");
  if (!voice_given && voice && *voice && !gfx_speech_parse_choice(voice, &opt.voice_backend))
    fprintf(stderr, "rapport: $RAPPORT_VOICE_BACKEND takes auto, espeak or speechd, not '%s': using auto\n", voice);
  const char *soft_gl = getenv("LIBGL_ALWAYS_SOFTWARE");
  opt.gl_forced_software = soft_gl && *soft_gl && strcmp(soft_gl, "0") != 0 && strcmp(soft_gl, "false") != 0;
  /* Start-up benchmarks launch through ../shared/bench/t0exec, which records the clock at
   * exec in REF_T0_NS: then first_frame_ms counts dynamic linking too, like the reference
   * programs' exec_to_first_present_ms. */
  const char *t0 = getenv("REF_T0_NS");
  long long t0_ns = t0 && *t0 ? strtoll(t0, NULL, 10) : 0;
  if (t0_ns > 0 && (double)t0_ns / 1e6 <= opt.start_ms) opt.start_ms = (double)t0_ns / 1e6;
  const char *every = getenv("RAPPORT_DRAW_EVERY_FRAME");
  opt.draw_every_frame = every && *every && strcmp(every, "0") != 0;
  if (!resolve_paths(data_dir, opt.save_path, font_dir, &paths)) return 1;
  if (show_paths) {
    print_paths(&paths);
    return 0;
  }
  if (!paths.data_found) {
    fprintf(stderr,
            "rapport: Rapport's data (assets/theme.ini and scripts/lib/rapport.lua) is not in %s "
            "(%s). Point --data-dir or RAPPORT_DATA_DIR at the folder that holds assets/ and "
            "scripts/: an install's share/rapport, or the source tree. `rapport --paths` shows "
            "what was found.\n",
            paths.data_dir, cli_path_origin_name(paths.data_from));
    return 1;
  }
  opt.data_dir = paths.data_dir;
  opt.font_dir = paths.font_dir;
  opt.save_path = paths.save_path;
  return game_main(&opt);
}
