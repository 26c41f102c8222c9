/* cmd_report.c — `rapport report --profile NAME [--class NAME] [--save PATH] [--csv FILE]`:
 * a profile's sessions and skills as an aligned table, or as CSV (RFC 4180, UTF-8, CRLF).
 * Opens the save read-only: a report never changes, migrates or moves a save file.
 * Exit 0 ok, 1 failure (unknown profile, missing or damaged save, unwritable CSV), 2 usage.
 * Depends on engine/save and the C library.
 */
#include "cli/cli.h"
#include "cli/cli_echo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "save/save.h"
#include "save/save_class.h"

static void usage(FILE *out) {
  fprintf(out,
          "usage: rapport report --profile NAME [--class NAME] [--save PATH] [--csv FILE]\n"
          "       rapport report --summary --class NAME [--workshop CODE] [--named] [--save PATH]\n"
          "       rapport report --print class|student|handout --class NAME [--student NAME]\n"
          "                      [--workshop CODE] [--named] --out FILE.html [--save PATH]\n"
          "\n"
          "Prints a profile's sessions, oldest first, with their scores and the six skills as a\n"
          "table, or writes them as CSV (one row per session, a header row, RFC 4180 quoting).\n"
          "The save is only read, never changed.\n"
          "\n"
          "  --profile NAME  whose progress to show (required)\n"
          "  --class NAME    the profile's class, when several classes have a student of that name\n"
          "  --save PATH     the progress database (default: $RAPPORT_SAVE, else as `rapport --paths` shows)\n"
          "  --csv FILE      write CSV to FILE instead of printing a table (- for standard output)\n"
          "  --summary       the class at a glance: who played, who played without the code,\n"
          "                  who started without finishing, who handed nothing in\n"
          "  --print KIND    a page that prints on one A4 sheet: the class summary, one\n"
          "                  student's debrief, or the students' handout (code and steps)\n"
          "  --workshop CODE count only sessions under this code (the handout prints it)\n"
          "  --named         names instead of anonymous numbers (anonymous by default)\n"
          "  --out FILE      where to write the page (HTML: open it in a browser and print)\n"
          "  --help          this text\n"
          "\n"
          "Exit status: 0 done, 1 the save or profile could not be read, 2 wrong options.\n");
}

static const char *const SKILL_HEADS[SAVE_SKILL_COUNT] = {
  "Intro", "Curious", "Generous", "Timing", "Follow", "Energy",
};

static const char *state_word(SaveSessionState s) {
  return s == SAVE_SESSION_COMPLETED ? "done" : s == SAVE_SESSION_ABANDONED ? "left" : "open";
}

/* Display width of UTF-8 text, counting each character as one column. */
static int columns(const char *s) {
  int n = 0;
  for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

static void pad(FILE *out, const char *s, int width) {
  fputs(s, out);
  for (int n = columns(s); n < width; n++) fputc(' ', out);
}

static void print_table(FILE *out, const SaveProfile *p, const char *path,
                        const SaveSessionRow *rows, int n) {
  fprintf(out, "Progress of %s: %d session%s (save: %s)\n\n", p->name, n, n == 1 ? "" : "s", path);
  if (n == 0) {
    fprintf(out, "No sessions yet.\n");
    return;
  }
  int sw = (int)strlen("Scenario");
  for (int i = 0; i < n; i++) {
    int w = columns(rows[i].session.scenario);
    if (w > sw) sw = w;
  }
  fprintf(out, "%3s  %-10s  ", "#", "Date");
  pad(out, "Scenario", sw);
  fprintf(out, "  %-6s  %6s  %8s  %8s  %5s  %6s", "Status", "Depth+", "Strength", "Callable", "Cards",
          "Online");
  for (int k = 0; k < SAVE_SKILL_COUNT; k++) fprintf(out, "  %8s", SKILL_HEADS[k]);
  fputc('\n', out);
  for (int i = 0; i < n; i++) {
    const SaveSession *s = &rows[i].session;
    fprintf(out, "%3d  %-10.10s  ", i + 1, s->started);
    pad(out, s->scenario, sw);
    fprintf(out, "  %-6s  %6.1f  %8.1f  %8d  %5d  %6d", state_word(s->state), s->depth_gain,
            s->network_strength, s->callable, s->cards, s->online_connections);
    for (int k = 0; k < SAVE_SKILL_COUNT; k++) {
      if (rows[i].has_skills) fprintf(out, "  %8d", rows[i].skills.value[k]);
      else fprintf(out, "  %8s", "-");
    }
    fputc('\n', out);
  }
  fprintf(out, "\nDepth+ is the connection depth gained at the event; Callable counts the people "
          "you could call tomorrow.\nCards and Online are shown for comparison: they add "
          "little depth by themselves.\n");
}

/* One CSV text field, spreadsheet-safe (save_csv_field: RFC 4180 quoting; a cell starting
 * with = + - @, tab or CR neutralised as OWASP recommends). */
static void csv_field(FILE *out, const char *s, bool last) {
  (void)save_csv_field(out, s);
  fputs(last ? "\r\n" : ",", out);
}

/* A number, written as it is so it stays a number (-54, not '-54). */
static void csv_plain(FILE *out, const char *s, bool last) {
  (void)save_csv_number(out, s);
  fputs(last ? "\r\n" : ",", out);
}

static void csv_number(FILE *out, double v) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.17g", v);
  csv_plain(out, buf, false);
}

static void csv_int(FILE *out, long long v) {
  char buf[32];
  snprintf(buf, sizeof buf, "%lld", v);
  csv_plain(out, buf, false);
}

static void write_csv(FILE *out, const SaveProfile *p, const SaveSessionRow *rows, int n) {
  static const char *const heads[] = {
    "profile", "session", "started", "ended", "scenario", "workshop", "status", "depth_gain",
    "network_strength", "callable", "cards", "online_connections", "energy_left",
    "conversations", "intention",
  };
  for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) csv_field(out, heads[i], false);
  for (int k = 0; k < SAVE_SKILL_COUNT; k++)
    csv_field(out, save_skill_name(k), k == SAVE_SKILL_COUNT - 1);
  for (int i = 0; i < n; i++) {
    const SaveSession *s = &rows[i].session;
    csv_field(out, p->name, false);
    csv_field(out, s->guid, false);
    csv_field(out, s->started, false);
    csv_field(out, s->ended, false);
    csv_field(out, s->scenario, false);
    csv_field(out, s->workshop, false);
    csv_field(out, s->state == SAVE_SESSION_COMPLETED   ? "completed"
                   : s->state == SAVE_SESSION_ABANDONED ? "abandoned"
                                                        : "in_progress", false);
    csv_number(out, s->depth_gain);
    csv_number(out, s->network_strength);
    csv_int(out, s->callable);
    csv_int(out, s->cards);
    csv_int(out, s->online_connections);
    csv_number(out, s->energy_left);
    csv_int(out, s->conversations);
    csv_field(out, s->intention, false);
    for (int k = 0; k < SAVE_SKILL_COUNT; k++) {
      char buf[16] = "";
      if (rows[i].has_skills) snprintf(buf, sizeof buf, "%d", rows[i].skills.value[k]);
      csv_plain(out, buf, k == SAVE_SKILL_COUNT - 1);
    }
  }
}

/* Finds the profile, explaining a miss with the names there are. */
static int find_profile(SaveDb *db, const char *name, const char *class_name, SaveProfile *p,
                        const char *path) {
  char msg[512];
  int64_t class_id = SAVE_ANY_CLASS;
  if (class_name != NULL) {
    SaveClass c;
    if (save_class_find(db, class_name, &c, msg, sizeof msg) != SAVE_OK) {
      fprintf(stderr, "rapport report: %s (save: %s)\n", CLI_ECHO(msg), CLI_ECHO(path));
      return 1;
    }
    class_id = c.id;
  }
  SaveStatus st = save_profile_find(db, name, class_id, p, msg, sizeof msg);
  if (st == SAVE_OK) return 0;
  fprintf(stderr, "rapport report: %s", CLI_ECHO(msg));
  if (st == SAVE_CONFLICT) fprintf(stderr, " Add --class NAME.");
  if (st == SAVE_NOT_FOUND) {
    SaveProfile some[8];
    int total = 0;
    if (save_profile_list(db, class_id, some, 8, &total, msg, sizeof msg) == SAVE_OK && total > 0) {
      fprintf(stderr, " Profiles in %s: ", CLI_ECHO(path));
      for (int i = 0; i < total && i < 8; i++) fprintf(stderr, "%s\"%s\"", i ? ", " : "", CLI_ECHO(some[i].name));
      if (total > 8) fprintf(stderr, " and %d more", total - 8);
      fputc('.', stderr);
    } else {
      fprintf(stderr, " The save %s has no profiles yet.", CLI_ECHO(path));
    }
  }
  fputc('\n', stderr);
  return 1;
}

int cli_report(int argc, char **argv) {
  const char *profile = NULL, *class_name = NULL, *save = NULL, *csv = NULL;
  /* The class summary and printable pages have their own options (cmd_print.c). */
  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], "--print") == 0 || strcmp(argv[i], "--summary") == 0)
      return cli_report_print(argc, argv);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return 0;
    }
    const char **slot = strcmp(a, "--profile") == 0 ? &profile
                        : strcmp(a, "--class") == 0 ? &class_name
                        : strcmp(a, "--save") == 0  ? &save
                        : strcmp(a, "--csv") == 0   ? &csv
                                                    : NULL;
    if (slot == NULL) {
      fprintf(stderr, "rapport report: unknown option '%s'\n\n", CLI_ECHO(a));
      usage(stderr);
      return 2;
    }
    if (i + 1 >= argc || argv[i + 1][0] == '\0') {
      fprintf(stderr, "rapport report: %s needs a value\n\n", CLI_ECHO(a));
      usage(stderr);
      return 2;
    }
    *slot = argv[++i];
  }
  if (profile == NULL) {
    fprintf(stderr, "rapport report: say whose progress to show with --profile NAME\n\n");
    usage(stderr);
    return 2;
  }
  char path[SAVE_PATH_MAX];
  if (save != NULL) {
    snprintf(path, sizeof path, "%s", save);
  } else if (save_default_path(path, sizeof path) != SAVE_OK) {
    fprintf(stderr, "rapport report: the default save path is too long; use --save PATH\n");
    return 1;
  }
  char msg[1024];
  SaveDb *db = NULL;
  SaveStatus st = save_open(path, SAVE_OPEN_READ_ONLY, &db, NULL, msg, sizeof msg);
  if (st != SAVE_OK) {
    fprintf(stderr, "rapport report: %s\n", CLI_ECHO(msg));
    if (st == SAVE_NOT_FOUND)
      fprintf(stderr, "Play a session first, or name a save file with --save PATH.\n");
    if (st == SAVE_DAMAGED)
      fprintf(stderr, "Start the game once to move the damaged file aside and begin a fresh "
              "save, or name another file with --save PATH.\n");
    return 1;
  }
  SaveProfile p;
  int rc = find_profile(db, profile, class_name, &p, path);
  SaveSessionRow *rows = NULL;
  int total = 0;
  if (rc == 0) {
    void *buf = NULL;
    st = save_list_all(db, SAVE_LIST_PROFILE_SESSIONS, p.id, &buf, &total, msg, sizeof msg);
    rows = buf;
    if (st != SAVE_OK) {
      fprintf(stderr, "rapport report: %s\n", st == SAVE_NO_MEMORY ? "out of memory" : msg);
      rc = 1;
    }
  }
  save_close(db);
  if (rc == 0 && csv == NULL) {
    print_table(stdout, &p, path, rows, total);
  } else if (rc == 0) {
    bool to_stdout = strcmp(csv, "-") == 0;
    FILE *out = to_stdout ? stdout : fopen(csv, "wb");
    if (out == NULL) {
      perror(CLI_ECHO(csv));
      fprintf(stderr, "rapport report: cannot write the CSV file %s\n", CLI_ECHO(csv));
      rc = 1;
    } else {
      write_csv(out, &p, rows, total);
      int bad = ferror(out);
      bad |= to_stdout ? fflush(out) != 0 : fclose(out) != 0;
      if (bad) {
        fprintf(stderr, "rapport report: writing %s failed (is the disk full?)\n", CLI_ECHO(csv));
        rc = 1;
      } else if (!to_stdout) {
        printf("Wrote %d session%s of %s to %s\n", total, total == 1 ? "" : "s", p.name, csv);
      }
    }
  }
  free(rows);
  return rc;
}
