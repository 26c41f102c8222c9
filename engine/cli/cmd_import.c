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

#include "save/save.h"
#include "save/save_class.h"

static void usage(FILE *out) {
  fprintf(out,
          "usage: rapport import FILE... --class NAME [--with-reflections] [--save PATH]\n"
          "\n"
          "Brings students' sessions from other machines' save files into the teacher's save.\n"
          "Each file is read, never changed, and imported in one step: all of it or none of it.\n"
          "Students are matched by name within the class, whatever the case, accents or spaces\n"
          "(\"liam murphy \" is Liam Murphy; missing ones are added), and sessions by their\n"
          "unique id, so importing the same file again adds nothing. Only what the dashboard\n"
          "and exports use is taken: the students' written reflections stay on their machines.\n"
          "A damaged, foreign or newer file is refused and the teacher's save is left as it was.\n"
          "\n"
          "  FILE...        students' save files (their saves/rapport.db, renamed as you like)\n"
          "  --class NAME   the class to import into (create it with: rapport class create NAME)\n"
          "  --with-reflections  also take the students' written reflections\n"
          "  --save PATH    the teacher's save (default: $RAPPORT_SAVE, else as `rapport --paths` shows)\n"
          "  --help         this text\n"
          "\n"
          "Exit status: 0 every file imported, 1 a file was refused (empty, damaged, copied\n"
          "while the game was running) or held no student of the class, 2 wrong options.\n");
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
    printf("%s: %d profiles without a class left out (a file holding several students must "
           "have them in a class of this name)\n", name, r->unclassed);
}

int cli_import(int argc, char **argv) {
  const char *class_name = NULL, *save = NULL;
  const char **files = calloc((size_t)argc + 1, sizeof *files);
  int nfiles = 0;
  if (files == NULL) {
    fprintf(stderr, "rapport import: out of memory\n");
    return 1;
  }
  int rc = -1;
  unsigned flags = 0;
  for (int i = 1; i < argc && rc < 0; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      rc = 0;
    } else if (strcmp(a, "--with-reflections") == 0) {
      flags |= SAVE_IMPORT_REFLECTIONS;
    } else if (strcmp(a, "--class") == 0 || strcmp(a, "--save") == 0) {
      if (i + 1 >= argc || argv[i + 1][0] == '\0') rc = usage_error(a, "needs a value");
      else if (a[2] == 'c') class_name = argv[++i];
      else save = argv[++i];
    } else if (a[0] == '-' && a[1] != '\0') {
      rc = usage_error("unknown option", a);
    } else {
      files[nfiles++] = a;
    }
  }
  if (rc < 0 && nfiles == 0) rc = usage_error("name at least one student's save FILE", NULL);
  if (rc < 0 && class_name == NULL) rc = usage_error("say which class with --class NAME", NULL);
  if (rc >= 0) {
    free(files);
    return rc;
  }
  char path[SAVE_PATH_MAX], msg[1024];
  if (save != NULL) snprintf(path, sizeof path, "%s", save);
  else if (save_default_path(path, sizeof path) != SAVE_OK) {
    fprintf(stderr, "rapport import: the default save path is too long; use --save PATH\n");
    free(files);
    return 1;
  }
  if (access(path, F_OK) != 0) {
    fprintf(stderr, "rapport import: there is no teacher's save at %s. Create the class first: "
            "rapport class create \"%s\" --save %s\n", CLI_ECHO(path), CLI_ECHO(class_name),
            CLI_ECHO(path));
    free(files);
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
    return 1;
  }
  if (info.moved_aside) fprintf(stderr, "rapport import: %s\n", CLI_ECHO(msg));
  SaveClass cls;
  if (save_class_find(db, class_name, &cls, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport import: %s Create it first: rapport class create \"%s\" --save %s\n",
            CLI_ECHO(msg), CLI_ECHO(class_name), CLI_ECHO(path));
    save_close(db);
    free(files);
    return 1;
  }
  int refused = 0, added = 0;
  SaveImportResult *r = malloc(sizeof *r);
  for (int i = 0; r != NULL && i < nfiles; i++) {
    st = save_import_file_with(db, files[i], class_name, flags, r, msg, sizeof msg);
    if (st == SAVE_OK) {
      print_result(files[i], r);
      added += r->added;
      /* Nothing read from a file is a failure the exit status must show (a wrong class
       * name, a file from another class), not a quiet success. */
      if (r->students == 0) {
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
  if (r == NULL) {
    fprintf(stderr, "rapport import: out of memory\n");
    refused = nfiles;
  }
  printf("Imported %d of %d file%s into class \"%s\" (%d session%s added) in %s\n",
         nfiles - refused, nfiles, nfiles == 1 ? "" : "s", class_name, added,
         added == 1 ? "" : "s", path);
  free(r);
  save_close(db);
  free(files);
  return refused > 0 ? 1 : 0;
}
