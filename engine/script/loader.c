/* loader.c — loading a scenario file: read it (bounded), run the helpers and the file in a
 * fresh sandbox, convert the returned table in one protected step, check it, close the
 * state. Also where the scenarios live (the data folder and the player's own folder, both
 * set once by main through scr_set_dirs). Depends on Lua 5.4, sim/scenario.h and POSIX
 * (dirent) for listing the scenario folders.
 */
#include "script/translate.h"
#include "script/host.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#ifndef RAPPORT_SOURCE_DIR
#define RAPPORT_SOURCE_DIR "."
#endif

#define SCR_LIB_PATH "scripts/lib/rapport.lua"

ScrLimits scr_default_limits(void) {
  ScrLimits l = {
    .instructions = 10u * 1000u * 1000u,
    .seconds = 0.25,
    .memory = 16u << 20,
    .max_source = 1u << 20,
    .max_text = 4096,
    .seed = 0x5EED5CE9A110ull,
  };
  return l;
}

/* Process-wide and read-only once main has set them: where the data is is a fact about
 * the installation, not about any one session (as LUA_PATH is for Lua's loader). */
static char data_dir[1024];
static char user_dir[1024];

bool scr_set_dirs(const char *data, const char *user_scenarios) {
  int a = snprintf(data_dir, sizeof data_dir, "%s", data ? data : "");
  int b = snprintf(user_dir, sizeof user_dir, "%s", user_scenarios ? user_scenarios : "");
  bool ok = a >= 0 && (size_t)a < sizeof data_dir && b >= 0 && (size_t)b < sizeof user_dir;
  if (!ok) data_dir[0] = user_dir[0] = '\0';
  return ok;
}

const char *scr_root(void) { return data_dir[0] ? data_dir : RAPPORT_SOURCE_DIR; }

const char *scr_user_scenario_dir(void) { return user_dir; }

int scr_scenario_dir(char *out, size_t outlen) {
  int n = snprintf(out, outlen, "%s/scripts/scenarios", scr_root());
  return n > 0 && (size_t)n < outlen ? 0 : -1;
}

static bool plain_id(const char *id) {
  if (!id || !id[0] || strlen(id) > 48) return false;
  for (const char *p = id; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_')) return false;
  return true;
}

static int find_in(const char *dir, const char *id, char *out, size_t outlen) {
  int n = snprintf(out, outlen, "%s/%s.lua", dir, id);
  if (n < 0 || (size_t)n >= outlen) return -1;
  FILE *f = fopen(out, "rb");
  if (!f) return -1;
  fclose(f);
  return 0;
}

int scr_find_scenario(const char *id, char *out, size_t outlen) {
  char dir[1024];
  if (!plain_id(id) || scr_scenario_dir(dir, sizeof dir) != 0) return -1;
  if (find_in(dir, id, out, outlen) == 0) return 0;
  if (user_dir[0] && find_in(user_dir, id, out, outlen) == 0) return 0;
  if (outlen) out[0] = '\0';
  return -1;
}

static int compare_ids(const void *a, const void *b) { return strcmp(a, b); }

/* Adds the plain ids of `dir`'s *.lua files not already among the first `count`. */
static int list_in(const char *dir, char ids[][64], int count, int max) {
  DIR *d = opendir(dir);
  if (!d) return -1;
  int first = count;
  struct dirent *e;
  while ((e = readdir(d)) != NULL && count < max) {
    size_t n = strlen(e->d_name);
    if (n <= 4 || n - 4 >= 64 || strcmp(e->d_name + n - 4, ".lua") != 0) continue;
    memcpy(ids[count], e->d_name, n - 4);
    ids[count][n - 4] = '\0';
    bool seen = false;
    for (int i = 0; i < first && !seen; i++) seen = strcmp(ids[i], ids[count]) == 0;
    if (plain_id(ids[count]) && !seen) count++;
  }
  closedir(d);
  return count;
}

int scr_list_scenarios(char ids[][64], int max) {
  char dir[1024];
  if (scr_scenario_dir(dir, sizeof dir) != 0) return -1;
  int count = list_in(dir, ids, 0, max);
  if (count < 0) return -1;
  /* The player's own folder may be missing: that only means they have none. */
  if (user_dir[0]) {
    int more = list_in(user_dir, ids, count, max);
    if (more > count) count = more;
  }
  qsort(ids, (size_t)count, sizeof ids[0], compare_ids);
  return count;
}

/* The whole file in a malloc'd buffer (NUL-terminated), or NULL + message. */
static char *read_file(const char *path, size_t max, size_t *len, char *err, size_t errlen) {
  /* O_NONBLOCK: a FIFO or device named as a scenario must be refused, not waited on. */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  struct stat sb;
  if (fd < 0 || fstat(fd, &sb) != 0) {
    snprintf(err, errlen, "cannot open: %s", strerror(errno));
    if (fd >= 0) close(fd);
    return NULL;
  }
  if (!S_ISREG(sb.st_mode)) {
    close(fd);
    snprintf(err, errlen, "cannot read: %s", S_ISDIR(sb.st_mode) ? "it is a folder"
                                                                 : "it is not a regular file");
    return NULL;
  }
  FILE *f = fdopen(fd, "rb");
  if (!f) {
    snprintf(err, errlen, "cannot open: %s", strerror(errno));
    close(fd);
    return NULL;
  }
  char *buf = malloc(max + 2);
  if (!buf) {
    fclose(f);
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  size_t n = fread(buf, 1, max + 1, f);
  bool failed = ferror(f) != 0;
  fclose(f);
  if (failed) {
    free(buf);
    snprintf(err, errlen, "cannot read (is it a folder?)");
    return NULL;
  }
  if (n > max) {
    free(buf);
    snprintf(err, errlen, "file is too large (more than %zu KiB)", max / 1024);
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* Runs scripts/lib/rapport.lua with the helpers' private table as its argument. */
static int run_helpers(ScrHost *h, ScrReport *out) {
  char path[1100], err[SCR_MESSAGE_MAX];
  snprintf(path, sizeof path, "%s/" SCR_LIB_PATH, scr_root());
  size_t len = 0;
  char *src = read_file(path, 256u << 10, &len, err, sizeof err);
  if (!src) {
    scr_report_add(out, h->display, 0, "cannot load the helpers %s: %s", path, err);
    return -1;
  }
  int rc = scr_host_compile(h, src, len, "@" SCR_LIB_PATH, err, sizeof err, NULL);
  free(src);
  if (rc == 0) {
    scr_host_push_helpers(h);
    rc = scr_host_pcall(h, 1, 0, err, sizeof err, NULL);
  }
  if (rc != 0) scr_report_add_text(out, 0, err);
  return rc;
}

typedef struct ConvertJob {
  SimScenario *scn;
  const char *display;
  ScrReport *out;
  size_t max_text;
  int scenario_line;
} ConvertJob;

static int convert_entry(lua_State *L) {
  ConvertJob *job = lua_touserdata(L, 1);
  luaL_checkstack(L, 48, "converting the scenario");
  scr_convert(L, job->scn, job->display, job->out, job->max_text, job->scenario_line);
  return 0;
}

/* `return scenario { ... }` is a tail call, so Lua forgets the caller's line: find the
 * first line of the source that calls the helper instead. 0 when there is none. */
static int scenario_call_line(const char *src, size_t len) {
  int line = 1;
  for (size_t i = 0; i < len; i++) {
    if (src[i] == '\n') {
      line++;
      continue;
    }
    if (len - i >= 8 && memcmp(src + i, "scenario", 8) == 0 &&
        (i == 0 || !(src[i - 1] == '_' || ((src[i - 1] | 32) >= 'a' && (src[i - 1] | 32) <= 'z')))) {
      size_t j = i + 8;
      while (j < len && (src[j] == ' ' || src[j] == '\t')) j++;
      if (j < len && (src[j] == '{' || src[j] == '(')) return line;
    }
  }
  return 0;
}

static void count_totals(const SimScenario *scn, ScrReport *out) {
  out->people = scn->person_count;
  out->nodes = 0;
  for (int i = 0; i < scn->person_count; i++) out->nodes += scn->people[i].node_count;
}

/* The scenario id must match the file name: the game finds scenarios by file name. */
static void check_file_name(const SimScenario *scn, const char *display, ScrReport *out) {
  const char *base = strrchr(display, '/');
  base = base ? base + 1 : display;
  size_t n = strlen(base);
  if (n <= 4 || strcmp(base + n - 4, ".lua") != 0 || !scn->id) return;
  if (strlen(scn->id) != n - 4 || strncmp(scn->id, base, n - 4) != 0)
    scr_report_add(out, display, 0, "id '%s' does not match the file name '%s' (the game finds a "
                   "scenario by its file name)", scn->id, base);
}

/* Sets the global table `given->name` (run protected: building a table can raise). */
static int given_entry(lua_State *L) {
  const ScrGiven *g = lua_touserdata(L, 1);
  lua_createtable(L, 0, g->count);
  for (int i = 0; i < g->count && i < SCR_GIVEN_MAX; i++) {
    if (!g->keys[i] || !g->values[i]) continue;
    lua_pushstring(L, g->values[i]);
    lua_setfield(L, -2, g->keys[i]);
  }
  lua_setglobal(L, g->name);
  return 0;
}

static SimScenario *load_buffer(const char *display, const char *source, size_t len, const ScrLimits *limits,
                                const ScrGiven *given, ScrReport *out);

SimScenario *scr_load_scenario_buffer(const char *display, const char *source, size_t len,
                                      const ScrLimits *limits, ScrReport *out) {
  return load_buffer(display, source, len, limits, NULL, out);
}

static SimScenario *load_buffer(const char *display, const char *source, size_t len, const ScrLimits *limits,
                                const ScrGiven *given, ScrReport *out) {
  ScrLimits lim = limits ? *limits : scr_default_limits();
  memset(out, 0, sizeof *out);
  if (!display) display = "(scenario)";
  char err[SCR_MESSAGE_MAX];
  if (len > lim.max_source) {
    scr_report_add(out, display, 0, "file is too large (more than %zu KiB)", lim.max_source / 1024);
    return NULL;
  }
  ScrHost *h = scr_host_create(display, &lim, err, sizeof err);
  if (!h) {
    scr_report_add_text(out, 0, err);
    return NULL;
  }
  SimScenario *scn = NULL;
  int line = 0;
  if (run_helpers(h, out) != 0) goto done;
  if (given && given->name && given->name[0]) {
    lua_pushcfunction(h->L, given_entry);
    lua_pushlightuserdata(h->L, (void *)given);
    if (scr_host_pcall(h, 1, 0, err, sizeof err, &line) != 0) {
      scr_report_add_text(out, 0, err);
      goto done;
    }
  }
  if (scr_host_compile(h, source, len, "=" SCR_CHUNK_TAG, err, sizeof err, &line) != 0 ||
      scr_host_pcall(h, 0, 1, err, sizeof err, &line) != 0) {
    scr_report_add_text(out, line, err);
    goto done;
  }
  scn = sim_scenario_create();
  if (!scn) {
    scr_report_add(out, display, 0, "out of memory");
    goto done;
  }
  ConvertJob job = {scn, display, out, lim.max_text, scenario_call_line(source, len)};
  lua_State *L = h->L;
  lua_pushcfunction(L, convert_entry);
  lua_pushlightuserdata(L, &job);
  lua_pushvalue(L, -3);
  if (scr_host_pcall(h, 2, 0, err, sizeof err, &line) != 0) scr_report_add_text(out, line, err);
  lua_pop(L, 1);
  if (out->errors == 0) {
    count_totals(scn, out);
    scr_check(scn, display, out);
    check_file_name(scn, display, out);
  }
done:
  scr_host_destroy(h);
  if (out->errors > 0) {
    sim_scenario_destroy(scn);
    return NULL;
  }
  scn->source = sim_arena_strdup(scn->arena, display);
  /* Shown in the learner's language: checked in English above, then translated line by line
   * (a line without a current translation stays English). Out of memory half-way leaves the rest in English, which is still a whole scenario. */
  (void)scr_scenario_translate(scn, i18n_current());
  return scn;
}

static SimScenario *load_file(const char *path, const ScrLimits *limits, const ScrGiven *given,
                              ScrReport *out);

SimScenario *scr_load_scenario_report(const char *path, const ScrLimits *limits,
                                      ScrReport *out) {
  return load_file(path, limits, NULL, out);
}

bool scr_scenario_reads_given(const char *path, const char *name) {
  if (!path || !name || !name[0]) return false;
  char err[SCR_MESSAGE_MAX];
  size_t len = 0;
  /* read_file refuses what is not a regular file (a FIFO would block a plain fopen). */
  char *src = read_file(path, scr_default_limits().max_source, &len, err, sizeof err);
  if (!src) return false;
  bool reads = strstr(src, name) != NULL;
  free(src);
  return reads;
}

SimScenario *scr_load_scenario_report_given(const char *path, const ScrLimits *limits, const ScrGiven *given,
                                            ScrReport *out) {
  return load_file(path, limits, given, out);
}

static SimScenario *load_file(const char *path, const ScrLimits *limits, const ScrGiven *given,
                              ScrReport *out) {
  ScrLimits lim = limits ? *limits : scr_default_limits();
  char err[SCR_MESSAGE_MAX];
  size_t len = 0;
  char *src = read_file(path, lim.max_source, &len, err, sizeof err);
  if (!src) {
    memset(out, 0, sizeof *out);
    scr_report_add(out, path, 0, "%s", err);
    return NULL;
  }
  SimScenario *scn = load_buffer(path, src, len, &lim, given, out);
  free(src);
  return scn;
}

SimScenario *scr_load_scenario(const char *path, const ScrLimits *limits, char *err,
                               size_t errlen) {
  return scr_load_scenario_given(path, limits, NULL, err, errlen);
}

SimScenario *scr_load_scenario_given(const char *path, const ScrLimits *limits, const ScrGiven *given,
                                     char *err, size_t errlen) {
  ScrReport *report = malloc(sizeof *report);
  if (!report) {
    snprintf(err, errlen, "%s: out of memory", path);
    return NULL;
  }
  SimScenario *scn = load_file(path, limits, given, report);
  if (!scn && err && errlen) {
    if (report->count > 0)
      snprintf(err, errlen, "%s", report->messages[0].text);
    else
      snprintf(err, errlen, "%s: cannot load", path);
  }
  free(report);
  return scn;
}

int scr_validate_file(const char *path, ScrReport *out) {
  SimScenario *scn = scr_load_scenario_report(path, NULL, out);
  sim_scenario_destroy(scn);
  return out->errors;
}
