/* paths.h — where Rapport's files are: the data folder (assets/, scripts/), the save, the
 * fonts and the player's own folder (saves, own scenarios). Resolved once at start-up by
 * main.c, which reads the environment and the binary's location and hands them in here;
 * this module never reads the environment itself. The search order is docs/install.md's.
 * Depends on POSIX stat() only.
 */
#ifndef RAPPORT_CLI_PATHS_H
#define RAPPORT_CLI_PATHS_H

#include <stdbool.h>
#include <stddef.h>

#define CLI_PATH_MAX 1024

/* Where a resolved path came from, in search order. */
typedef enum CliPathOrigin {
  CLI_PATH_COMMAND_LINE,  /* --data-dir, --save, --font-dir */
  CLI_PATH_ENVIRONMENT,   /* RAPPORT_DATA_DIR / RAPPORT_ROOT, RAPPORT_SAVE, RAPPORT_FONT_DIR */
  CLI_PATH_BINARY,        /* next to the running binary: ../share/rapport, or a build tree's source */
  CLI_PATH_PREFIX,        /* the install prefix the build was configured with */
  CLI_PATH_SOURCE,        /* the source tree the build was configured from */
  CLI_PATH_DEFAULT,       /* derived: the user folder, the system font folder */
  CLI_PATH_NOWHERE        /* nothing found (data_found is false) */
} CliPathOrigin;

/* What main gathered. Every pointer may be NULL; an empty string counts as unset. */
typedef struct CliPathInputs {
  /* command line */
  const char *arg_data_dir, *arg_save, *arg_font_dir;
  /* environment, as main read it */
  const char *env_data_dir;     /* RAPPORT_DATA_DIR */
  const char *env_root;         /* RAPPORT_ROOT: the older name, same meaning; DATA_DIR wins */
  const char *env_save;         /* RAPPORT_SAVE */
  const char *env_font_dir;     /* RAPPORT_FONT_DIR */
  const char *xdg_data_home;    /* XDG_DATA_HOME (ignored unless absolute, as the spec says) */
  const char *home;             /* the user's home folder */
  /* built in */
  const char *exe;              /* the running binary's absolute path (/proc/self/exe) */
  const char *bin_to_data;      /* from the binary's folder to the installed data: "../share/rapport" */
  const char *prefix_data_dir;  /* the configured install's data folder */
  const char *source_dir;       /* the source tree the build was configured from */
  const char *default_font_dir; /* the system's DejaVu folder */
} CliPathInputs;

typedef struct CliPaths {
  char data_dir[CLI_PATH_MAX];          /* holds assets/ and scripts/ */
  char save_path[CLI_PATH_MAX];         /* the progress database (profiles and their prefs) */
  char font_dir[CLI_PATH_MAX];          /* holds DejaVuSans.ttf and DejaVuSans-Bold.ttf */
  char user_dir[CLI_PATH_MAX];          /* the player's folder: $XDG_DATA_HOME/rapport, or a source tree's saves/ */
  char user_scenario_dir[CLI_PATH_MAX]; /* <user_dir>/scenarios: the player's own scenarios */
  bool data_found;                      /* data_dir holds assets/theme.ini and scripts/lib/rapport.lua */
  bool source_tree;                     /* data_dir is a source checkout (it has CMakeLists.txt) */
  CliPathOrigin data_from, save_from, font_from;
} CliPaths;

/* Resolves every path from `in` (see docs/install.md for the order). Returns true with
 * `out` filled; false with `err` naming what does not fit or what is missing (no home
 * folder to keep saves in). A data folder that is not found is not an error here:
 * data_found says so and data_dir holds the last candidate, so the caller can name it. */
bool cli_paths_resolve(const CliPathInputs *in, CliPaths *out, char *err, size_t errlen);

/* "command line", "environment", ... for `rapport --paths`. */
const char *cli_path_origin_name(CliPathOrigin origin);

#endif
