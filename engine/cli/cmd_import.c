/* cmd_import.c — `rapport import FILE... --class NAME [--save PATH]`: merges students'
 * save files from other machines into the teacher's save, one transaction per file.
 * Student files are only read; a damaged, foreign or newer file is refused with a message
 * and changes nothing. Exit 0 all imported, 1 any file refused (or no teacher's save),
 * 2 usage. Depends on engine/save (save_class.h) and the C library.
 */
#include "cli/cli.h"
#include "cli/cli_echo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sys/stat.h>

#include "save/save.h"
#include "save/save_class.h"
#include "save/save_handin.h"
#include "script/script.h"
#include "sim/workshop.h"

static void usage(FILE *out) {
  fprintf(out,
          "usage: rapport import FILE|DIR... --class NAME [--with-reflections] [--save PATH]\n"
          "                      [--accept-all | --refuse-all] [--match \"TYPED=MEMBER\"]...\n"
          "       rapport import --codes FILE --workshop CODE --class NAME [...]\n"
          "\n"
          "Brings students' results into the teacher's save. A FILE is a hand-in file\n"
          "(<class>-<student>-<date>.rapport, from `rapport handin` or the game's \"Hand in my\n"
          "results\") or a student's save file; a DIR imports every .rapport and .db file in it\n"
          "(one line per file, then a total). --codes reads a list of results codes as a\n"
          "learning platform exports it: one line per student, NAME<TAB>CODE or NAME,CODE (a\n"
          "third field may give the student number); bad lines are reported by line number.\n"
          "Each file is read, never changed, and imported in one step: all of it or none of it.\n"
          "Students are matched by student number, then by name within the class, whatever the\n"
          "case, accents or spaces (\"liam murphy \" is Liam Murphy), and sessions by their\n"
          "unique id, so importing the same file or code again adds nothing. A name one or two\n"
          "letters away from a member's (\"Liam Murhpy\") is not added as a new student: it is\n"
          "listed with its suggestion and held back until you choose:\n"
          "\n"
          "  --accept-all        every suggestion is right: join the suggested members\n"
          "  --refuse-all        none is: add them as new students\n"
          "  --match \"T=M\"       typed name T is member M (M \"new\" adds T as a new student);\n"
          "                      give it once per name\n"
          "  --class NAME        the class to import into (rapport class create NAME)\n"
          "  --codes FILE        a list of results codes (- for standard input)\n"
          "  --workshop CODE     the workshop code the results codes were made under\n"
          "  --with-reflections  also take the students' written reflections\n"
          "  --save PATH         the teacher's save (default: $RAPPORT_SAVE, else as\n"
          "                      `rapport --paths` shows)\n"
          "  --help              this text\n"
          "\n"
          "Exit status: 0 everything imported, 1 a file or line was refused (empty, damaged,\n"
          "a -wal beside it, nothing of the class, a mistyped code) or a student was held\n"
          "back, 2 wrong options.\n");
}

static int usage_error(const char *what, const char *arg) {
  fprintf(stderr, "rapport import: %s%s%s\n\n", CLI_ECHO(what), arg ? " " : "", arg ? CLI_ECHO(arg) : "");
  usage(stderr);
  return 2;
}

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash && slash[1] ? slash + 1 : path;
}

/* Names held back for the teacher's choice, each once per run (for the closing advice). */
static SaveNameSuggestion held_seen[64];
static int held_count;

static void print_held(const char *where, const SaveNameSuggestion *h) {
  if (h->member_id > 0)
    printf("%s: held back: \"%s\" is not in the class; is it %s (student %d)?\n", where,
           CLI_ECHO(h->incoming), CLI_ECHO(h->member), h->member_number);
  else
    printf("%s: held back: several students are called \"%s\"%s%s%s; give each a student "
           "number (rapport class number) and hand in again, or use --match\n", where,
           CLI_ECHO(h->incoming), h->incoming_no[0] ? " and none has number " : "",
           h->incoming_no[0] ? CLI_ECHO(h->incoming_no) : "", "");
  if (held_count < 64) held_seen[held_count++] = *h;
}

static void print_result(const char *file, const SaveImportResult *r) {
  const char *name = base_name(file);
  if (r->students == 0) printf("%s: no students to import (0 sessions added)\n", name);
  for (int i = 0; i < r->listed; i++) {
    const SaveImportStudent *s = &r->list[i];
    printf("%s: %d session%s added for %s%s, %d already present\n", name, s->added,
           s->added == 1 ? "" : "s", s->name, s->created ? " (new)" : "", s->present);
  }
  if (r->students > r->listed)
    printf("%s: and %d more students (%d sessions added, %d already present in all)\n", name,
           r->students - r->listed, r->added, r->present);
  if (r->unfinished > 0)
    printf("%s: %d unfinished session%s left out (finish or close them in the game first)\n",
           name, r->unfinished, r->unfinished == 1 ? "" : "s");
  if (r->other_classes > 0)
    printf("%s: %d student%s of other classes left out\n", name, r->other_classes,
           r->other_classes == 1 ? "" : "s");
  if (r->unclassed > 0)
    printf("%s: %d profile%s without a class left out (%s)\n", name, r->unclassed,
           r->unclassed == 1 ? "" : "s", r->handin ? "no session played under a workshop code"
           : "a file holding several students must have them in a class of this name");
  for (int i = 0; i < r->held_listed; i++) print_held(name, &r->held_list[i]);
}


/* Reads a whole file (or standard input for "-") into a NUL-terminated buffer. */
static char *read_all(const char *path) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  while (buf != NULL) {
    if (n + 1 >= cap) {
      char *grown = cap < ((size_t)64 << 20) ? realloc(buf, cap * 2) : NULL;
      if (grown == NULL) { free(buf); buf = NULL; break; }
      buf = grown;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - 1 - n, f);
    n += got;
    if (got == 0) break;
  }
  if (buf) buf[n] = '\0';
  if (f != stdin) fclose(f);
  return buf;
}

static bool is_dir(const char *path) {
  struct stat sb;
  return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static int import_codes(SaveDb *db, const char *class_name, const char *codes,
                        const char *workshop, const SaveImportOptions *o) {
  char id[64], err[256], msg[1024];
  SimWorkshop w;
  ScrWorkshopStatus ws = scr_workshop_scenario(workshop, &w, NULL, id, sizeof id, err, sizeof err);
  if (ws != SCR_WORKSHOP_OK) {
    fprintf(stderr, "rapport import: %s\n", CLI_ECHO(err));
    return 1;
  }
  char *text = read_all(codes);
  if (text == NULL) {
    fprintf(stderr, "rapport import: cannot read %s\n", CLI_ECHO(codes));
    return 1;
  }
  SaveCodesWorkshop cw = {workshop, id, w.seed};
  SaveCodesResult r;
  SaveStatus st = save_import_codes(db, class_name, &cw, text, o, &r, msg, sizeof msg);
  free(text);
  if (st != SAVE_OK) {
    fprintf(stderr, "rapport import: %s: %s\n", CLI_ECHO(codes), CLI_ECHO(msg));
    return 1;
  }
  SaveClass cls;
  (void)save_class_find(db, class_name, &cls, NULL, 0);
  for (int i = 0; i < r.lines; i++) {
    const SaveCodesLine *l = &r.list[i];
    if (l->status != SAVE_OK)
      fprintf(stderr, "line %d: refused%s%s%s: %s\n", l->line, l->name[0] ? " (" : "",
              l->name[0] ? CLI_ECHO(l->name) : "", l->name[0] ? ")" : "", CLI_ECHO(l->msg));
    else if (l->held) {
      char where[32];
      snprintf(where, sizeof where, "line %d", l->line);
      SaveNameSuggestion h;
      if (save_name_suggest(db, cls.id, l->name, &h, NULL, 0) != SAVE_OK) {
        memset(&h, 0, sizeof h);
        snprintf(h.incoming, sizeof h.incoming, "%s", l->name);
      }
      print_held(where, &h);
    } else
      printf("line %d: %s for %s%s\n", l->line, l->added ? "session added" : "already present",
             CLI_ECHO(l->member), l->created ? " (new)" : "");
  }
  printf("Read %d line%s of results codes into class \"%s\": %d session%s added, %d already "
         "present, %d held back, %d refused\n", r.lines, r.lines == 1 ? "" : "s",
         CLI_ECHO(class_name), r.added, r.added == 1 ? "" : "s", r.present, r.held, r.bad);
  int rc = r.bad > 0 || r.held > 0 ? 1 : 0;
  save_codes_free(&r);
  return rc;
}

static int import_dir(SaveDb *db, const char *dir, const char *class_name,
                      const SaveImportOptions *o, int *added) {
  char msg[1024];
  SaveFolderResult r;
  SaveStatus st = save_import_folder(db, dir, class_name, o, &r, msg, sizeof msg);
  if (st != SAVE_OK) {
    fprintf(stderr, "rapport import: %s\n", CLI_ECHO(msg));
    return 1;
  }
  for (int i = 0; i < r.files; i++) {
    const SaveFolderFile *f = &r.list[i];
    if (f->status == SAVE_OK && f->result.students + f->result.held > 0) {
      print_result(f->name, &f->result);
      if (f->warning) fprintf(stderr, "%s: warning: %s\n", CLI_ECHO(f->name), CLI_ECHO(f->msg));
    } else {
      fprintf(stderr, "%s: %s, nothing was imported from it: %s\n", CLI_ECHO(f->name),
              f->warning ? "warning" : "refused", CLI_ECHO(f->msg));
    }
  }
  int warned = 0;
  for (int i = 0; i < r.files; i++) warned += r.list[i].warning && r.list[i].status == SAVE_OK &&
                                              r.list[i].result.students > 0;
  if (r.files == 0) fprintf(stderr, "%s: no .rapport or .db files in this folder\n", CLI_ECHO(dir));
  printf("Imported %d of %d file%s from %s into class \"%s\" (%d session%s added, %d already "
         "present, %d student%s held back)\n", r.imported, r.files, r.files == 1 ? "" : "s",
         CLI_ECHO(dir), CLI_ECHO(class_name), r.added, r.added == 1 ? "" : "s", r.present,
         r.held, r.held == 1 ? "" : "s");
  *added += r.added;
  int rc = r.files == 0 || r.refused > 0 || r.held > 0 || warned > 0 ? 1 : 0;
  save_folder_free(&r);
  return rc;
}

/* --match "typed=Member": the member by name in the class ("new": a new student). */
static bool add_match(SaveDb *db, const SaveClass *cls, const char *arg, SaveNameChoice *out) {
  const char *eq = strchr(arg, '=');
  memset(out, 0, sizeof *out);
  if (eq == NULL || eq == arg || eq[1] == '\0' || (size_t)(eq - arg) >= sizeof out->incoming) {
    fprintf(stderr, "rapport import: --match takes \"TYPED=MEMBER\", not \"%s\"\n", CLI_ECHO(arg));
    return false;
  }
  memcpy(out->incoming, arg, (size_t)(eq - arg));
  if (strcmp(eq + 1, "new") == 0) return true;
  SaveProfile p;
  char msg[512];
  if (save_profile_find_similar(db, eq + 1, cls->id, &p, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport import: --match: there is no student \"%s\" in \"%s\"\n",
            CLI_ECHO(eq + 1), CLI_ECHO(cls->name));
    return false;
  }
  out->member_id = p.id;
  return true;
}

int cli_import(int argc, char **argv) {
  const char *class_name = NULL, *save = NULL, *codes = NULL, *workshop = NULL;
  const char **files = calloc((size_t)argc + 1, sizeof *files);
  const char **matches = calloc((size_t)argc + 1, sizeof *matches);
  int nfiles = 0, nmatches = 0;
  if (files == NULL || matches == NULL) {
    fprintf(stderr, "rapport import: out of memory\n");
    free(files);
    free(matches);
    return 1;
  }
  int rc = -1;
  SaveImportOptions o;
  memset(&o, 0, sizeof o);
  bool accept = false, refuse = false;
  for (int i = 1; i < argc && rc < 0; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      rc = 0;
    } else if (strcmp(a, "--with-reflections") == 0) {
      o.flags |= SAVE_IMPORT_REFLECTIONS;
    } else if (strcmp(a, "--accept-all") == 0) {
      accept = true;
    } else if (strcmp(a, "--refuse-all") == 0) {
      refuse = true;
    } else if (strcmp(a, "--class") == 0 || strcmp(a, "--save") == 0 ||
               strcmp(a, "--codes") == 0 || strcmp(a, "--workshop") == 0 ||
               strcmp(a, "--match") == 0) {
      if (i + 1 >= argc || argv[i + 1][0] == '\0') rc = usage_error(a, "needs a value");
      else if (strcmp(a, "--class") == 0) class_name = argv[++i];
      else if (strcmp(a, "--save") == 0) save = argv[++i];
      else if (strcmp(a, "--codes") == 0) codes = argv[++i];
      else if (strcmp(a, "--workshop") == 0) workshop = argv[++i];
      else matches[nmatches++] = argv[++i];
    } else if (a[0] == '-' && a[1] != '\0') {
      rc = usage_error("unknown option", a);
    } else {
      files[nfiles++] = a;
    }
  }
  if (rc < 0 && accept && refuse) rc = usage_error("choose --accept-all or --refuse-all, not both", NULL);
  if (rc < 0 && nfiles == 0 && codes == NULL)
    rc = usage_error("name a FILE or folder, or --codes FILE", NULL);
  if (rc < 0 && codes != NULL && workshop == NULL)
    rc = usage_error("--codes needs the workshop code: --workshop CODE", NULL);
  if (rc < 0 && class_name == NULL) rc = usage_error("say which class with --class NAME", NULL);
  o.near = accept ? SAVE_NEAR_ACCEPT : refuse ? SAVE_NEAR_REFUSE : SAVE_NEAR_HOLD;
  if (rc >= 0) {
    free(files);
    free(matches);
    return rc;
  }
  char path[SAVE_PATH_MAX], msg[1024];
  if (save != NULL) snprintf(path, sizeof path, "%s", save);
  else if (save_default_path(path, sizeof path) != SAVE_OK) {
    fprintf(stderr, "rapport import: the default save path is too long; use --save PATH\n");
    free(files);
    free(matches);
    return 1;
  }
  if (access(path, F_OK) != 0) {
    fprintf(stderr, "rapport import: there is no teacher's save at %s. Create the class first: "
            "rapport class create \"%s\" --save %s\n", CLI_ECHO(path), CLI_ECHO(class_name),
            CLI_ECHO(path));
    free(files);
    free(matches);
    return 1;
  }
  SaveDb *db = NULL;
  SaveOpenInfo info;
  SaveStatus st = save_open(path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg);
  if (st == SAVE_OK && save_is_read_only(db)) st = SAVE_READ_ONLY;
  if (st != SAVE_OK) {
    fprintf(stderr, "rapport import: %s\n", msg[0] ? msg : "the teacher's save cannot be written");
    save_close(db);
    free(files);
    free(matches);
    return 1;
  }
  if (info.moved_aside) fprintf(stderr, "rapport import: %s\n", CLI_ECHO(msg));
  SaveClass cls;
  if (save_class_find(db, class_name, &cls, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport import: %s Create it first: rapport class create \"%s\" --save %s\n",
            CLI_ECHO(msg), CLI_ECHO(class_name), CLI_ECHO(path));
    save_close(db);
    free(files);
    free(matches);
    return 1;
  }
  SaveNameChoice *choices = calloc((size_t)nmatches + 1, sizeof *choices);
  int bad = choices == NULL;
  for (int i = 0; !bad && i < nmatches; i++) bad = !add_match(db, &cls, matches[i], &choices[i]);
  o.choices = choices;
  o.nchoices = nmatches;
  int refused = 0, added = 0, held = 0, single = 0;
  held_count = 0;
  SaveImportResult *r = bad ? NULL : malloc(sizeof *r);
  for (int i = 0; r != NULL && i < nfiles; i++) {
    if (is_dir(files[i])) {
      refused += import_dir(db, files[i], class_name, &o, &added);
      continue;
    }
    single++;
    st = save_import_file_opt(db, files[i], class_name, &o, r, msg, sizeof msg);
    if (st == SAVE_OK) {
      print_result(files[i], r);
      added += r->added;
      held += r->held;
      /* Nothing read from a file is a failure the exit status must show (a wrong class
       * name, a file from another class), not a quiet success. */
      if (r->students == 0 && r->held == 0) {
        refused++;
        fprintf(stderr, "%s: nothing was imported: it holds no student of class \"%s\"\n",
                CLI_ECHO(base_name(files[i])), CLI_ECHO(class_name));
      }
    } else {
      refused++;
      fprintf(stderr, "%s: refused, nothing was imported from it: %s\n", CLI_ECHO(base_name(files[i])),
              CLI_ECHO(msg));
    }
  }
  if (r == NULL && !bad) fprintf(stderr, "rapport import: out of memory\n");
  if (r == NULL) refused = nfiles + (codes != NULL);
  if (single > 0)
    printf("Imported %d of %d file%s into class \"%s\" (%d session%s added) in %s\n",
           single - refused < 0 ? 0 : single - refused, single, single == 1 ? "" : "s",
           class_name, added, added == 1 ? "" : "s", path);
  if (r != NULL && codes != NULL) refused += import_codes(db, class_name, codes, workshop, &o);
  if (held_count > 0) {
    printf("\n%d name%s held back and nothing added for %s. To decide, run the same command "
           "again with:\n  --accept-all      (every suggestion above is right)\n"
           "  --refuse-all      (add them as new students)\n", held_count,
           held_count == 1 ? " was" : "s were", held_count == 1 ? "it" : "them");
    const SaveNameSuggestion *h = &held_seen[0];
    if (h->member_id > 0)
      printf("  --match \"%s=%s\"  (one name at a time; \"=new\" adds a new student)\n",
             CLI_ECHO(h->incoming), CLI_ECHO(h->member));
    refused++;
  }
  free(r);
  free(choices);
  save_close(db);
  free(files);
  free(matches);
  return refused > 0 || held > 0 ? 1 : 0;
}
