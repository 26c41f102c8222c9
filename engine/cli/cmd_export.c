/* cmd_export.c — `rapport export --class NAME --csv FILE [--names] [--per-student] [--excel]
 * [--save PATH]`: a class's results as CSV for a spreadsheet (RFC 4180, UTF-8, header row),
 * anonymous unless --names is given.
 * Opens the save read-only: exporting never changes, migrates or moves a save file.
 * Exit 0 written, 1 failure (no save, no class, unwritable file), 2 usage.
 * Depends on engine/save (save_class.h) and the C library.
 */
#include "cli/cli.h"
#include "cli/cli_echo.h"

#include <stdio.h>
#include <string.h>

#include "save/save.h"
#include "save/save_class.h"

static void usage(FILE *out) {
  fprintf(out,
          "usage: rapport export --class NAME --csv FILE [--names] [--per-student] [--excel]\n"
          "                      [--save PATH]\n"
          "\n"
          "Writes a class's results as CSV (RFC 4180, UTF-8, a header row): one row per\n"
          "student session with the student, date, scenario, workshop code, status, depth\n"
          "gain, network strength, people you could call, cards, online connections and the\n"
          "six skills. Students are \"Student 37\" (a random number each keeps) and the rows\n"
          "go by that number, unless you ask for names. Cells a spreadsheet would run as a\n"
          "formula (starting with = + - @) are written as text. The save is only read.\n"
          "\n"
          "  --class NAME    the class to export (required)\n"
          "  --csv FILE      where to write (- for standard output; required)\n"
          "  --names         students' names instead of their anonymous numbers\n"
          "  --anonymous     anonymous numbers (the default; kept for older scripts)\n"
          "  --per-student   one row per student with their trend (first to latest session)\n"
          "  --excel         start the file with a UTF-8 byte order mark, so Microsoft Excel\n"
          "                  shows accented names (Zoë) correctly when it opens the file\n"
          "  --save PATH     the teacher's save (default: $RAPPORT_SAVE, else as `rapport --paths` shows)\n"
          "  --help          this text\n"
          "\n"
          "Exit status: 0 written, 1 the save, class or file could not be used, 2 wrong options.\n");
}

static int usage_error(const char *what, const char *arg) {
  fprintf(stderr, "rapport export: %s%s%s\n\n", CLI_ECHO(what), arg ? " " : "", arg ? CLI_ECHO(arg) : "");
  usage(stderr);
  return 2;
}

int cli_export(int argc, char **argv) {
  const char *class_name = NULL, *save = NULL, *csv = NULL;
  unsigned flags = SAVE_EXPORT_ANONYMOUS;   /* private by default */
  bool names = false, anonymous = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return 0;
    }
    if (strcmp(a, "--anonymous") == 0) { anonymous = true; continue; }
    if (strcmp(a, "--names") == 0) { names = true; continue; }
    if (strcmp(a, "--excel") == 0) { flags |= SAVE_EXPORT_EXCEL; continue; }
    if (strcmp(a, "--per-student") == 0) { flags |= SAVE_EXPORT_PER_STUDENT; continue; }
    const char **slot = strcmp(a, "--class") == 0 ? &class_name
                        : strcmp(a, "--save") == 0 ? &save
                        : strcmp(a, "--csv") == 0  ? &csv
                                                   : NULL;
    if (slot == NULL) return usage_error("unknown option", a);
    if (i + 1 >= argc || argv[i + 1][0] == '\0') return usage_error(a, "needs a value");
    *slot = argv[++i];
  }
  if (names && anonymous) return usage_error("choose --names or --anonymous, not both", NULL);
  if (names) flags &= ~(unsigned)SAVE_EXPORT_ANONYMOUS;
  if (class_name == NULL) return usage_error("say which class with --class NAME", NULL);
  if (csv == NULL) return usage_error("say where to write with --csv FILE", NULL);
  char path[SAVE_PATH_MAX], msg[1024];
  if (save != NULL) snprintf(path, sizeof path, "%s", save);
  else if (save_default_path(path, sizeof path) != SAVE_OK) {
    fprintf(stderr, "rapport export: the default save path is too long; use --save PATH\n");
    return 1;
  }
  SaveDb *db = NULL;
  SaveStatus st = save_open(path, SAVE_OPEN_READ_ONLY, &db, NULL, msg, sizeof msg);
  if (st != SAVE_OK) {
    fprintf(stderr, "rapport export: %s\n", CLI_ECHO(msg));
    return 1;
  }
  SaveClass cls;
  if (save_class_find(db, class_name, &cls, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport export: %s (save: %s; `rapport class list` shows the classes)\n",
            CLI_ECHO(msg), CLI_ECHO(path));
    save_close(db);
    return 1;
  }
  bool to_stdout = strcmp(csv, "-") == 0;
  FILE *out = to_stdout ? stdout : fopen(csv, "wb");
  if (out == NULL) {
    perror(CLI_ECHO(csv));
    fprintf(stderr, "rapport export: cannot write the CSV file %s\n", CLI_ECHO(csv));
    save_close(db);
    return 1;
  }
  int rows = 0;
  st = save_export_class_csv(db, cls.id, flags, out, &rows, msg, sizeof msg);
  bool closed_ok = to_stdout ? fflush(out) == 0 : fclose(out) == 0;
  save_close(db);
  if (st != SAVE_OK || !closed_ok) {
    fprintf(stderr, "rapport export: %s\n", st != SAVE_OK ? msg : "writing the CSV failed (is "
            "the disk full?)");
    return 1;
  }
  if (!to_stdout)
    printf("Wrote %d %s of class \"%s\"%s to %s\n", rows,
           (flags & SAVE_EXPORT_PER_STUDENT) ? (rows == 1 ? "student" : "students")
                                             : (rows == 1 ? "session" : "sessions"),
           class_name, (flags & SAVE_EXPORT_ANONYMOUS) ? " (anonymous)" : " (with names)", csv);
  return 0;
}
