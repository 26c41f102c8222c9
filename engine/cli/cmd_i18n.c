/* cmd_i18n.c — `rapport i18n extract|check|stats`: the translator's side of localisation.
 * extract writes the gettext template (.pot) of every marked interface string (TR in the
 * C source) and every scenario line (ids from the scenario's own ids), sorted by id so
 * the output is the same on every run; check lists interface strings without an id;
 * stats says how much of a translation is current. Depends on script, i18n.
 */
#include "cli/cli.h"
#include "cli/i18n_scan.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "config.h"
#include "i18n/i18n.h"
#include "script/practice.h"
#include "script/script.h"
#include "script/translate.h"

#define MAX_REFS 8

typedef struct PotEntry {
  char *id, *text, *plural, *note;
  char refs[MAX_REFS][160];
  int ref_count;
} PotEntry;

typedef struct Pot {
  PotEntry *items;
  size_t count, cap;
  int conflicts;
  int not_literal;
  FILE *err;
} Pot;

static char *dup(const char *s) {
  if (!s || !*s) return NULL;
  size_t n = strlen(s) + 1;
  char *c = malloc(n);
  if (c) memcpy(c, s, n);
  return c;
}

static void pot_add(Pot *pot, const char *id, const char *text, const char *plural, const char *note,
                    const char *file, int line) {
  char ref[160];
  if (line > 0) snprintf(ref, sizeof ref, "%s:%d", file, line);
  else snprintf(ref, sizeof ref, "%s", file);
  for (size_t i = 0; i < pot->count; i++) {
    PotEntry *e = &pot->items[i];
    if (strcmp(e->id, id) != 0) continue;
    bool same = strcmp(e->text, text) == 0 &&
                strcmp(e->plural ? e->plural : "", plural ? plural : "") == 0;
    if (!same) {
      fprintf(pot->err, "%s: the id \"%s\" is already used for different text at %s\n", ref, id,
              e->refs[0]);
      pot->conflicts++;
    } else if (e->ref_count < MAX_REFS) {
      snprintf(e->refs[e->ref_count++], sizeof e->refs[0], "%s", ref);
    }
    return;
  }
  if (pot->count == pot->cap) {
    size_t cap = pot->cap ? pot->cap * 2 : 256;
    PotEntry *grown = realloc(pot->items, cap * sizeof *grown);
    if (!grown) {
      pot->conflicts++;
      return;
    }
    pot->items = grown;
    pot->cap = cap;
  }
  PotEntry *e = &pot->items[pot->count++];
  memset(e, 0, sizeof *e);
  e->id = dup(id);
  e->text = dup(text);
  if (!e->text) e->text = calloc(1, 1);
  e->plural = dup(plural);
  e->note = dup(note);
  snprintf(e->refs[e->ref_count++], sizeof e->refs[0], "%s", ref);
}

static void pot_free(Pot *pot) {
  for (size_t i = 0; i < pot->count; i++) {
    free(pot->items[i].id);
    free(pot->items[i].text);
    free(pot->items[i].plural);
    free(pot->items[i].note);
  }
  free(pot->items);
}

static void write_quoted(FILE *out, const char *key, const char *s) {
  fprintf(out, "%s \"", key);
  for (const char *p = s ? s : ""; *p; p++) {
    switch (*p) {
    case '"': fputs("\\\"", out); break;
    case '\\': fputs("\\\\", out); break;
    case '\n': fputs("\\n", out); break;
    case '\t': fputs("\\t", out); break;
    case '\r': fputs("\\r", out); break;
    default: fputc(*p, out);
    }
  }
  fputs("\"\n", out);
}

static int by_id(const void *a, const void *b) {
  return strcmp(((const PotEntry *)a)->id, ((const PotEntry *)b)->id);
}

static void pot_write(Pot *pot, FILE *out) {
  qsort(pot->items, pot->count, sizeof *pot->items, by_id);
  /* No creation date: the same sources always give the same bytes. */
  fputs("# Rapport's translatable text. Made by `rapport i18n extract`; do not edit.\n"
        "# Each entry's msgctxt is its stable line id. See docs/translating.md.\n"
        "msgid \"\"\n"
        "msgstr \"\"\n"
        "\"Project-Id-Version: Rapport\\n\"\n"
        "\"Language: \\n\"\n"
        "\"MIME-Version: 1.0\\n\"\n"
        "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
        "\"Content-Transfer-Encoding: 8bit\\n\"\n"
        "\"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n\"\n",
        out);
  for (size_t i = 0; i < pot->count; i++) {
    const PotEntry *e = &pot->items[i];
    fputc('\n', out);
    if (e->note) fprintf(out, "#. %s\n", e->note);
    for (int r = 0; r < e->ref_count; r++) fprintf(out, "#: %s\n", e->refs[r]);
    if (strstr(e->text, "%") && (strstr(e->text, "%s") || strstr(e->text, "%d")))
      fputs("#, c-format\n", out);
    write_quoted(out, "msgctxt", e->id);
    write_quoted(out, "msgid", e->text);
    if (e->plural) {
      write_quoted(out, "msgid_plural", e->plural);
      fputs("msgstr[0] \"\"\nmsgstr[1] \"\"\n", out);
    } else {
      fputs("msgstr \"\"\n", out);
    }
  }
}

/* ---- C sources ---- */

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The engine's .c and .h files under source/engine, sorted; engine/i18n itself defines the
 * markers and is left out. Returns the count, or -1 when the folder cannot be read. */
static int list_sources(const char *source, char ***out) {
  char engine[1024];
  snprintf(engine, sizeof engine, "%s/engine", source);
  DIR *top = opendir(engine);
  if (!top) return -1;
  char **names = NULL;
  int count = 0, cap = 0;
  struct dirent *m;
  while ((m = readdir(top))) {
    if (m->d_name[0] == '.' || strcmp(m->d_name, "i18n") == 0) continue;
    char dir[1400];
    snprintf(dir, sizeof dir, "%s/%s", engine, m->d_name);
    DIR *d = opendir(dir);
    if (!d) continue;
    struct dirent *f;
    while ((f = readdir(d))) {
      size_t n = strlen(f->d_name);
      if (n < 3 || (strcmp(f->d_name + n - 2, ".c") != 0 && strcmp(f->d_name + n - 2, ".h") != 0))
        continue;
      if (count == cap) {
        cap = cap ? cap * 2 : 128;
        char **grown = realloc(names, (size_t)cap * sizeof *grown);
        if (!grown) break;
        names = grown;
      }
      char rel[600];
      snprintf(rel, sizeof rel, "engine/%s/%s", m->d_name, f->d_name);
      names[count] = dup(rel);
      if (names[count]) count++;
    }
    closedir(d);
  }
  closedir(top);
  qsort(names, (size_t)count, sizeof *names, compare_names);
  *out = names;
  return count;
}

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = NULL;
  size_t used = 0, cap = 0;
  for (;;) {
    if (used + 4096 > cap) {
      cap = cap ? cap * 2 : 65536;
      char *grown = realloc(buf, cap);
      if (!grown) break;
      buf = grown;
    }
    size_t got = fread(buf + used, 1, cap - used - 1, f);
    used += got;
    if (got == 0) break;
  }
  fclose(f);
  if (buf) buf[used] = '\0';
  *len = used;
  return buf;
}

typedef struct ScanJob {
  Pot *pot;
  int bare;
  bool list_bare;
  const char *only_prefix; /* check: report bare literals only in files under this prefix */
} ScanJob;

static void on_string(void *ctx, const CliI18nString *s) {
  ScanJob *job = ctx;
  switch (s->kind) {
  case CLI_I18N_MARKED:
  case CLI_I18N_PLURAL:
    if (job->pot) pot_add(job->pot, s->id, s->text, s->kind == CLI_I18N_PLURAL ? s->plural : NULL,
                          s->note, s->file, s->line);
    break;
  case CLI_I18N_NOT_LITERAL:
    fprintf(stderr, "%s:%d: %s\n", s->file, s->line, s->text);
    if (job->pot) job->pot->not_literal++;
    break;
  case CLI_I18N_BARE:
    if (!job->list_bare) break;
    if (job->only_prefix && strncmp(s->file, job->only_prefix, strlen(job->only_prefix)) != 0) break;
    job->bare++;
    printf("%s:%d: \"%.70s\" has no line id: wrap it in %s(\"<id>\", ...)\n", s->file, s->line, s->text,
           strncmp(s->file, "engine/sim/", 11) == 0 ? "SIM_TR" : "TR");
    break;
  }
}

static int scan_sources(const char *source, ScanJob *job) {
  char **names = NULL;
  int count = list_sources(source, &names);
  if (count < 0) {
    fprintf(stderr, "rapport i18n: cannot read %s/engine (give the checkout with --source DIR)\n", source);
    return -1;
  }
  int rc = 0;
  for (int i = 0; i < count; i++) {
    char path[1400];
    snprintf(path, sizeof path, "%s/%s", source, names[i]);
    size_t len = 0;
    char *text = read_all(path, &len);
    if (!text) {
      fprintf(stderr, "rapport i18n: cannot read %s\n", path);
      rc = -1;
    } else if (!job->list_bare || !strstr(text, "i18n-exempt-file")) {
      /* A file whose words are for engineers only says so in its banner. */
      cli_i18n_scan(names[i], text, len, on_string, job);
    }
    free(text);
    free(names[i]);
  }
  free(names);
  return rc;
}

/* ---- scenarios ---- */

typedef struct ScenarioJob {
  Pot *pot;
  const char *file;
} ScenarioJob;

static void on_scenario_text(void *ctx, const char *id, const char **text, const char *note, int line) {
  ScenarioJob *job = ctx;
  pot_add(job->pot, id, *text, NULL, note, job->file, line);
}

static int scan_scenarios(Pot *pot) {
  char ids[RAPPORT_MAX_SCENARIOS][64];
  int count = scr_list_scenarios(ids, RAPPORT_MAX_SCENARIOS);
  if (count < 0) {
    fprintf(stderr, "rapport i18n: cannot list the scenarios\n");
    return -1;
  }
  int rc = 0;
  const I18nCatalog *was = i18n_current();
  i18n_use(NULL); /* extract the English */
  for (int i = 0; i < count; i++) {
    char path[1024], err[SCR_MESSAGE_MAX];
    if (scr_find_scenario(ids[i], path, sizeof path) != 0) continue;
    SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
    if (!sc) {
      fprintf(stderr, "%s\n", err);
      rc = -1;
      continue;
    }
    char file[128];
    snprintf(file, sizeof file, "scripts/scenarios/%.60s.lua", ids[i]);
    ScenarioJob job = {pot, file};
    scr_scenario_texts(sc, on_scenario_text, &job);
    sim_scenario_destroy(sc);
  }
  i18n_use(was);
  return rc;
}

/* ---- practice data (scripts/lib): drills and the checklist ---- */

typedef struct FieldJob {
  Pot *pot;
  const char *file;
} FieldJob;

static void on_field(void *ctx, const char *id, char *text, size_t size, const char *note) {
  (void)size;
  FieldJob *job = ctx;
  pot_add(job->pot, id, text, NULL, note, job->file, 0);
}

static int scan_practice(Pot *pot) {
  char path[1100], err[SCR_MESSAGE_MAX];
  ScrDrill drills[SCR_DRILLS_MAX];
  int n = -1;
  if (scr_drills_path(path, sizeof path) != 0) snprintf(err, sizeof err, "rapport i18n: the drills path is too long");
  else n = scr_load_drills(path, drills, SCR_DRILLS_MAX, err, sizeof err);
  if (n < 0) {
    fprintf(stderr, "%s\n", err);
    return -1;
  }
  scr_drill_texts(drills, n, on_field, &(FieldJob){pot, "scripts/lib/drills.lua"});
  SimCheckRules *rules = calloc(1, sizeof *rules);
  if (!rules || scr_checklist_path(path, sizeof path) != 0 || !scr_load_checklist(path, rules, err, sizeof err)) {
    fprintf(stderr, "%s\n", rules ? err : "rapport i18n: out of memory");
    free(rules);
    return -1;
  }
  scr_checklist_texts(rules, on_field, &(FieldJob){pot, "scripts/lib/checklist.lua"});
  free(rules);
  return 0;
}

static void usage(FILE *out) {
  fprintf(out,
          "usage: rapport i18n extract [--source DIR] [--out FILE]\n"
          "       rapport i18n check [--source DIR]\n"
          "       rapport i18n stats FILE.po [--source DIR]\n"
          "\n"
          "extract  writes the gettext template of every interface string (TR(\"id\", \"text\")\n"
          "         in the C source under DIR/engine) and every scenario line, sorted by id\n"
          "         (default DIR: the source tree Rapport was built from; default FILE: stdout).\n"
          "         Exit 1 when an id is used for two different texts.\n"
          "check    lists interface strings that a player would read but that have no line\n"
          "         id (exit 1 when there are any).\n"
          "stats    reads a translation and says how many entries it has and whether it loads;\n"
          "         exit 1 when an entry's conversions do not fit its English or its id is no\n"
          "         longer in the source under DIR (an orphan: remove it).\n"
          "\n"
          "How to add a language: docs/translating.md.\n");
}

static const char *option_value(int argc, char **argv, int *i) {
  if (*i + 1 >= argc) {
    fprintf(stderr, "rapport i18n: %s needs a value\n", argv[*i]);
    return NULL;
  }
  return argv[++*i];
}

static int run_extract(int argc, char **argv, const char *source) {
  const char *out_path = NULL;
  for (int i = 2; i < argc; i++) {
    if (strcmp(argv[i], "--out") == 0) {
      if (!(out_path = option_value(argc, argv, &i))) return 2;
    } else if (strcmp(argv[i], "--source") == 0) {
      if (!(source = option_value(argc, argv, &i))) return 2;
    } else {
      fprintf(stderr, "rapport i18n extract: unknown option '%s'\n", argv[i]);
      return 2;
    }
  }
  Pot pot = {.err = stderr};
  ScanJob job = {.pot = &pot};
  int rc = scan_sources(source, &job) != 0 ? 1 : 0;
  if (scan_scenarios(&pot) != 0) rc = 1;
  if (scan_practice(&pot) != 0) rc = 1;
  if (pot.conflicts || pot.not_literal) rc = 1;
  if (rc == 0) {
    FILE *out = out_path ? fopen(out_path, "w") : stdout;
    if (!out) {
      fprintf(stderr, "rapport i18n extract: cannot write %s\n", out_path);
      rc = 1;
    } else {
      pot_write(&pot, out);
      if (out_path && fclose(out) != 0) rc = 1;
      if (out_path) fprintf(stderr, "wrote %zu entries to %s\n", pot.count, out_path);
    }
  }
  pot_free(&pot);
  return rc;
}

static int run_check(int argc, char **argv, const char *source) {
  for (int i = 2; i < argc; i++) {
    if (strcmp(argv[i], "--source") == 0) {
      if (!(source = option_value(argc, argv, &i))) return 2;
    } else {
      fprintf(stderr, "rapport i18n check: unknown option '%s'\n", argv[i]);
      return 2;
    }
  }
  /* Every screen and widget draws through engine/game and engine/ui; the debrief's cards,
   * coach notes and skill names are written by engine/sim (SIM_TR, sim/text.h). */
  int total = 0;
  static const char *const PLACES[] = {"engine/game/", "engine/ui/", "engine/sim/"};
  for (size_t p = 0; p < sizeof PLACES / sizeof PLACES[0]; p++) {
    ScanJob job = {.list_bare = true, .only_prefix = PLACES[p]};
    if (scan_sources(source, &job) != 0) return 1;
    total += job.bare;
  }
  if (total) {
    printf("%d player-facing string%s without a line id (docs/translating.md)\n", total,
           total == 1 ? "" : "s");
    return 1;
  }
  printf("every player-facing string in engine/game, engine/ui and engine/sim has a line id\n");
  return 0;
}

/* Entries whose id the source no longer has (a line renamed or removed): how many, and the
 * first by line. -1 when the source cannot be read. */
static int count_orphans(const I18nCatalog *cat, const char *source, size_t *orphans, int *first_line,
                         char *first_id, size_t idlen) {
  char engine[1100];
  snprintf(engine, sizeof engine, "%s/engine", source);
  struct stat st;
  if (stat(engine, &st) != 0 || !S_ISDIR(st.st_mode)) return -1;
  Pot pot = {.err = stderr};
  ScanJob job = {.pot = &pot};
  int rc = scan_sources(source, &job) == 0 && scan_scenarios(&pot) == 0 && scan_practice(&pot) == 0 ? 0 : -1;
  if (pot.count) qsort(pot.items, pot.count, sizeof *pot.items, by_id);
  *orphans = 0;
  *first_line = 0;
  for (size_t i = 0; rc == 0; i++) {
    int line = 0;
    const char *id = i18n_catalog_id_at(cat, i, &line);
    if (!id) break;
    PotEntry key = {.id = (char *)id};
    if (pot.count && bsearch(&key, pot.items, pot.count, sizeof *pot.items, by_id)) continue;
    if (!*first_line || line < *first_line) {
      *first_line = line;
      snprintf(first_id, idlen, "%s", id);
    }
    (*orphans)++;
  }
  pot_free(&pot);
  return rc;
}

static int run_stats(int argc, char **argv, const char *source) {
  const char *po = NULL;
  for (int i = 2; i < argc; i++) {
    if (strcmp(argv[i], "--source") == 0) {
      if (!(source = option_value(argc, argv, &i))) return 2;
    } else if (!po) {
      po = argv[i];
    } else {
      usage(stderr);
      return 2;
    }
  }
  if (!po) {
    usage(stderr);
    return 2;
  }
  char msg[512];
  I18nCatalog *cat = NULL;
  if (i18n_catalog_load(po, &cat, msg, sizeof msg) != I18N_OK) {
    fprintf(stderr, "%s\n", msg);
    return 1;
  }
  printf("%s: language \"%s\", %zu entries\n", po, i18n_catalog_language(cat), i18n_catalog_count(cat));
  int line = 0;
  size_t unsafe = i18n_catalog_unsafe(cat, &line);
  if (unsafe)
    printf("%s:%d: %zu entr%s whose %%s/%%d do not fit the English are shown in English; fix them\n",
           po, line, unsafe, unsafe == 1 ? "y" : "ies");
  size_t orphans = 0;
  char first[128] = "";
  int checked = count_orphans(cat, source, &orphans, &line, first, sizeof first);
  if (checked < 0)
    printf("ids not compared with the source under %s (give the checkout with --source DIR)\n", source);
  else if (orphans)
    printf("%s:%d: %zu entr%s whose id is no longer in the source (\"%s\"): remove %s\n", po, line, orphans,
           orphans == 1 ? "y" : "ies", first, orphans == 1 ? "it" : "them");
  i18n_catalog_free(cat);
  return unsafe || orphans ? 1 : 0;
}

int cli_i18n(int argc, char **argv) {
  if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  const char *source = RAPPORT_SOURCE_DIR;
  if (strcmp(argv[1], "extract") == 0) return run_extract(argc, argv, source);
  if (strcmp(argv[1], "check") == 0) return run_check(argc, argv, source);
  if (strcmp(argv[1], "stats") == 0) return run_stats(argc, argv, source);
  fprintf(stderr, "rapport i18n: unknown action '%s' (extract, check or stats)\n", argv[1]);
  return 2;
}
