/* cmd_handin.c — `rapport handin --to DIR [--profile NAME] [--class NAME] [--code]`: the
 * student's side of handing in without the game's screens — writes the hand-in file
 * (save_handin_write) into DIR and says where, or (--code) prints the results code of each
 * finished session played under a workshop code. Exit 0 done, 1 refused, 2 usage.
 * Depends on engine/save and the C library.
 */
#include "cli/cli.h"
#include "cli/cli_echo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "save/save.h"
#include "save/save_handin.h"
#include "sim/resultcode.h"

static void usage(FILE *out) {
  fprintf(out,
          "usage: rapport handin --to DIR [--profile NAME] [--class NAME] [--date YYYY-MM-DD]\n"
          "                      [--save PATH]\n"
          "       rapport handin --code [--profile NAME] [--class NAME] [--save PATH]\n"
          "\n"
          "Hands in a student's results. With --to, writes one file named\n"
          "<class>-<student>-<date>.rapport into DIR (a USB stick, a shared drive): complete on\n"
          "its own, with the student's class sessions only — no written reflections, no other\n"
          "profile, no home play without a code. Handing in again replaces the file; the\n"
          "teacher imports the folder with `rapport import DIR --class NAME`, and importing it\n"
          "twice adds nothing. With --code, prints a results code for each finished session\n"
          "played under a workshop code, to type into the class's learning platform.\n"
          "\n"
          "  --to DIR        the folder to write the hand-in file into\n"
          "  --code          print results codes instead of writing a file\n"
          "  --profile NAME  whose results (default: the save's only profile)\n"
          "  --class NAME    the profile's class, when several classes have that name\n"
          "  --date DATE     the date in the file name (default: today, UTC)\n"
          "  --save PATH     the save (default: $RAPPORT_SAVE, else as `rapport --paths` shows)\n"
          "  --help          this text\n"
          "\n"
          "Exit status: 0 handed in, 1 nothing to hand in or the folder cannot be written,\n"
          "2 wrong options.\n");
}

static int usage_error(const char *what, const char *arg) {
  fprintf(stderr, "rapport handin: %s%s%s\n\n", CLI_ECHO(what), arg ? " " : "",
          arg ? CLI_ECHO(arg) : "");
  usage(stderr);
  return 2;
}

/* The profile to hand in: by name (and class), else the save's only profile. */
static bool pick_profile(SaveDb *db, const char *name, const char *class_name, SaveProfile *out) {
  char msg[512];
  int64_t class_id = SAVE_ANY_CLASS;
  if (class_name != NULL) {
    SaveClass c;
    if (save_class_find(db, class_name, &c, msg, sizeof msg) != SAVE_OK) {
      fprintf(stderr, "rapport handin: %s\n", CLI_ECHO(msg));
      return false;
    }
    class_id = c.id;
  }
  if (name != NULL) {
    SaveStatus st = save_profile_find(db, name, class_id, out, msg, sizeof msg);
    if (st == SAVE_NOT_FOUND && class_id > 0)
      st = save_profile_find_similar(db, name, class_id, out, msg, sizeof msg);
    if (st != SAVE_OK)
      fprintf(stderr, "rapport handin: %s%s\n", CLI_ECHO(msg),
              st == SAVE_CONFLICT ? " Add --class NAME." : "");
    return st == SAVE_OK;
  }
  int total = 0;
  if (save_profile_list(db, class_id, out, 1, &total, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport handin: %s\n", CLI_ECHO(msg));
    return false;
  }
  if (total != 1) {
    fprintf(stderr, "rapport handin: the save has %d profiles; say whose with --profile NAME\n",
            total);
    return false;
  }
  return true;
}

static int print_codes(SaveDb *db, const SaveProfile *p) {
  char msg[512];
  void *buf = NULL;
  int n = 0;
  if (save_list_all(db, SAVE_LIST_PROFILE_SESSIONS, p->id, &buf, &n, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport handin: %s\n", CLI_ECHO(msg));
    return 1;
  }
  SaveSessionRow *rows = buf;
  int shown = 0;
  for (int i = 0; i < n; i++) {
    const SaveSession *s = &rows[i].session;
    if (s->workshop[0] == '\0' || s->state == SAVE_SESSION_IN_PROGRESS) continue;
    char code[SIM_RESULT_CODE_MAX];
    if (save_result_code(db, s->id, code, sizeof code, msg, sizeof msg) != SAVE_OK) continue;
    printf("%.10s  %s  %s\n", s->started, CLI_ECHO(s->workshop), code);
    shown++;
  }
  free(rows);
  if (shown == 0) {
    fprintf(stderr, "rapport handin: %s has no finished session played with a workshop code\n",
            CLI_ECHO(p->name));
    return 1;
  }
  return 0;
}

int cli_handin(int argc, char **argv) {
  const char *to = NULL, *profile = NULL, *class_name = NULL, *save = NULL, *date = NULL;
  bool code = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return 0;
    }
    if (strcmp(a, "--code") == 0) { code = true; continue; }
    const char **slot = strcmp(a, "--to") == 0 ? &to : strcmp(a, "--profile") == 0 ? &profile
                      : strcmp(a, "--class") == 0 ? &class_name : strcmp(a, "--save") == 0 ? &save
                      : strcmp(a, "--date") == 0 ? &date : NULL;
    if (slot == NULL) return usage_error("unknown option", a);
    if (i + 1 >= argc || argv[i + 1][0] == '\0') return usage_error(a, "needs a value");
    *slot = argv[++i];
  }
  if (!code && to == NULL) return usage_error("say where with --to DIR (or --code)", NULL);
  if (date != NULL && (strlen(date) != 10 || date[4] != '-' || date[7] != '-'))
    return usage_error("--date must look like 2026-12-04, not", date);
  char path[SAVE_PATH_MAX], msg[1024];
  if (save != NULL) snprintf(path, sizeof path, "%s", save);
  else if (save_default_path(path, sizeof path) != SAVE_OK) {
    fprintf(stderr, "rapport handin: the default save path is too long; use --save PATH\n");
    return 1;
  }
  SaveDb *db = NULL;
  SaveStatus st = save_open(path, SAVE_OPEN_READ_ONLY, &db, NULL, msg, sizeof msg);
  if (st != SAVE_OK) {
    fprintf(stderr, "rapport handin: %s\n", CLI_ECHO(msg));
    return 1;
  }
  SaveProfile p;
  int rc = 1;
  if (pick_profile(db, profile, class_name, &p)) {
    if (code) {
      rc = print_codes(db, &p);
    } else {
      SaveHandinInfo info;
      st = save_handin_write(db, p.id, to, date, &info, msg, sizeof msg);
      if (st == SAVE_OK) {
        printf("Handed in %d session%s of %s: %s%s\n", info.sessions,
               info.sessions == 1 ? "" : "s", CLI_ECHO(p.name), CLI_ECHO(info.path),
               info.replaced ? " (replacing the earlier hand-in)" : "");
        printf("%s\n", save_handin_contents());
        rc = 0;
      } else {
        fprintf(stderr, "rapport handin: %s\n", CLI_ECHO(msg));
      }
    }
  }
  save_close(db);
  return rc;
}
