/* paths.c — the search order for Rapport's files (see paths.h and docs/install.md).
 * Takes everything it looks at from CliPathInputs (main reads the environment and the
 * binary's location); only checks, with stat(), which candidate folders hold the data.
 */
#include "cli/paths.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static bool set(const char *s) { return s != NULL && s[0] != '\0'; }

static bool is_file(const char *dir, const char *rel) {
  char path[CLI_PATH_MAX + 64];
  int n = snprintf(path, sizeof path, "%s/%s", dir, rel);
  struct stat sb;
  return n > 0 && (size_t)n < sizeof path && stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* The marker of a data folder: the two files nothing runs without. */
static bool has_data(const char *dir) {
  return is_file(dir, "assets/theme.ini") && is_file(dir, "scripts/lib/rapport.lua");
}

static bool copy(char *out, const char *s, char *err, size_t errlen, const char *what) {
  int n = snprintf(out, CLI_PATH_MAX, "%s", s);
  if (n < 0 || n >= CLI_PATH_MAX) {
    snprintf(err, errlen, "the %s path is too long (%d characters or more): %.80s...", what,
             CLI_PATH_MAX, s);
    out[0] = '\0';
    return false;
  }
  return true;
}

/* `base`'s folder joined with the relative `rel`, with ".." and "." applied lexically
 * (the binary's path from /proc/self/exe is already free of links). */
static bool beside(const char *base, const char *rel, char *out) {
  char buf[CLI_PATH_MAX];
  int n = snprintf(buf, sizeof buf, "%s", base);
  if (n <= 0 || n >= (int)sizeof buf) return false;
  char *slash = strrchr(buf, '/');
  if (!slash) return false;
  *slash = '\0';
  size_t len = strlen(buf);
  const char *p = rel;
  while (*p) {
    const char *end = strchr(p, '/');
    size_t k = end ? (size_t)(end - p) : strlen(p);
    if (k == 2 && p[0] == '.' && p[1] == '.') {
      char *last = strrchr(buf, '/');
      if (last) *last = '\0';
      else buf[0] = '\0';
      len = strlen(buf);
    } else if (k > 0 && !(k == 1 && p[0] == '.')) {
      if (len + 1 + k >= sizeof buf) return false;
      buf[len++] = '/';
      memcpy(buf + len, p, k);
      len += k;
      buf[len] = '\0';
    }
    p += k;
    if (*p == '/') p++;
  }
  return snprintf(out, CLI_PATH_MAX, "%s", len ? buf : "/") < CLI_PATH_MAX;
}

static void find_data(const CliPathInputs *in, CliPaths *out) {
  char cand[CLI_PATH_MAX];
  const char *env = set(in->env_data_dir) ? in->env_data_dir : in->env_root;
  out->data_found = false;
  if (set(in->arg_data_dir) || set(env)) {
    /* Asked for by name: used even when it lacks the data, so the error names it. */
    snprintf(out->data_dir, CLI_PATH_MAX, "%s", set(in->arg_data_dir) ? in->arg_data_dir : env);
    out->data_from = set(in->arg_data_dir) ? CLI_PATH_COMMAND_LINE : CLI_PATH_ENVIRONMENT;
    out->data_found = has_data(out->data_dir);
    return;
  }
  if (set(in->exe)) {
    /* An install (bin/ next to share/rapport), then a build tree inside its source tree. */
    if (set(in->bin_to_data) && beside(in->exe, in->bin_to_data, cand) && has_data(cand)) {
      snprintf(out->data_dir, CLI_PATH_MAX, "%s", cand);
      out->data_from = CLI_PATH_BINARY;
      out->data_found = true;
      return;
    }
    if (beside(in->exe, "..", cand) && has_data(cand) && is_file(cand, "CMakeLists.txt")) {
      snprintf(out->data_dir, CLI_PATH_MAX, "%s", cand);
      out->data_from = CLI_PATH_BINARY;
      out->data_found = true;
      return;
    }
  }
  if (set(in->prefix_data_dir) && has_data(in->prefix_data_dir)) {
    snprintf(out->data_dir, CLI_PATH_MAX, "%s", in->prefix_data_dir);
    out->data_from = CLI_PATH_PREFIX;
    out->data_found = true;
    return;
  }
  snprintf(out->data_dir, CLI_PATH_MAX, "%s", set(in->source_dir) ? in->source_dir : ".");
  out->data_found = has_data(out->data_dir);
  out->data_from = out->data_found ? CLI_PATH_SOURCE : CLI_PATH_NOWHERE;
}

bool cli_paths_resolve(const CliPathInputs *in, CliPaths *out, char *err, size_t errlen) {
  memset(out, 0, sizeof *out);
  if (err && errlen) err[0] = '\0';
  const char *env = set(in->env_data_dir) ? in->env_data_dir : in->env_root;
  if (set(in->arg_data_dir) && !copy(out->data_dir, in->arg_data_dir, err, errlen, "data folder"))
    return false;
  if (set(env) && !copy(out->data_dir, env, err, errlen, "data folder")) return false;
  find_data(in, out);
  out->source_tree = out->data_found && is_file(out->data_dir, "CMakeLists.txt");

  /* The player's folder: a source checkout keeps using its saves/; anything installed
   * keeps each user's progress in their home, where the XDG spec puts application data. */
  int n;
  if (out->source_tree) {
    n = snprintf(out->user_dir, CLI_PATH_MAX, "%s/saves", out->data_dir);
  } else if (set(in->xdg_data_home) && in->xdg_data_home[0] == '/') {
    n = snprintf(out->user_dir, CLI_PATH_MAX, "%s/rapport", in->xdg_data_home);
  } else if (set(in->home)) {
    n = snprintf(out->user_dir, CLI_PATH_MAX, "%s/.local/share/rapport", in->home);
  } else {
    n = 0;
  }
  if (n < 0 || n >= CLI_PATH_MAX) {
    snprintf(err, errlen, "the folder for your progress would have too long a path; "
                          "set XDG_DATA_HOME or RAPPORT_SAVE to a shorter one");
    return false;
  }
  if (out->user_dir[0]) {
    n = snprintf(out->user_scenario_dir, CLI_PATH_MAX, "%s/scenarios", out->user_dir);
    if (n < 0 || n >= CLI_PATH_MAX) out->user_scenario_dir[0] = '\0';
  }

  if (set(in->arg_save)) {
    if (!copy(out->save_path, in->arg_save, err, errlen, "save")) return false;
    out->save_from = CLI_PATH_COMMAND_LINE;
  } else if (set(in->env_save)) {
    if (!copy(out->save_path, in->env_save, err, errlen, "save")) return false;
    out->save_from = CLI_PATH_ENVIRONMENT;
  } else if (out->user_dir[0]) {
    n = snprintf(out->save_path, CLI_PATH_MAX, "%s/rapport.db", out->user_dir);
    if (n < 0 || n >= CLI_PATH_MAX) {
      snprintf(err, errlen, "the save's path would be too long; use --save PATH");
      return false;
    }
    out->save_from = CLI_PATH_DEFAULT;
  } else {
    snprintf(err, errlen, "there is no home folder to keep your progress in (HOME is not set); "
                          "set XDG_DATA_HOME or RAPPORT_SAVE, or use --save PATH");
    return false;
  }

  const char *font = set(in->arg_font_dir)   ? in->arg_font_dir
                     : set(in->env_font_dir) ? in->env_font_dir
                                             : in->default_font_dir;
  out->font_from = set(in->arg_font_dir)   ? CLI_PATH_COMMAND_LINE
                   : set(in->env_font_dir) ? CLI_PATH_ENVIRONMENT
                                           : CLI_PATH_DEFAULT;
  return copy(out->font_dir, set(font) ? font : "/usr/share/fonts/truetype/dejavu", err, errlen,
              "font folder");
}

const char *cli_path_origin_name(CliPathOrigin origin) {
  switch (origin) {
  case CLI_PATH_COMMAND_LINE: return "command line";
  case CLI_PATH_ENVIRONMENT: return "environment";
  case CLI_PATH_BINARY: return "next to the binary";
  case CLI_PATH_PREFIX: return "install prefix";
  case CLI_PATH_SOURCE: return "source tree";
  case CLI_PATH_DEFAULT: return "default";
  case CLI_PATH_NOWHERE: return "not found";
  }
  return "unknown";
}
