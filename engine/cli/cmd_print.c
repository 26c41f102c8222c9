/* cmd_print.c — `rapport report --summary --class NAME [--workshop CODE] [--named]` (the
 * class in four groups: played, played without the code, started but not finished, nothing
 * handed in) and `rapport report --print class|student|handout ... --out FILE.html` (pages
 * that print on one A4 sheet, save_print.h). Opens the save read-only. Anonymous unless
 * --named. Exit 0 done, 1 failure, 2 usage. Depends on engine/save, engine/script.
 */
#include "cli/cli.h"
#include "cli/cli_echo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "save/save.h"
#include "save/save_class.h"
#include "save/save_print.h"
#include "script/script.h"
#include "sim/workshop.h"

static int fail(const char *what, const char *arg) {
  fprintf(stderr, "rapport report: %s%s%s\n(see rapport report --help)\n", CLI_ECHO(what),
          arg ? " " : "", arg ? CLI_ECHO(arg) : "");
  return 2;
}

static int by_anon(const void *a, const void *b) {
  const SaveStudentSummary *x = a, *y = b;
  return (x->profile.anon_number > y->profile.anon_number) - (x->profile.anon_number < y->profile.anon_number);
}

static int summary(SaveDb *db, const SaveClass *c, const char *workshop, bool named) {
  char msg[512];
  SaveStudentSummary *rows = NULL;
  int n = 0;
  if (save_class_summary_all(db, c->id, workshop, &rows, &n, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport report: %s\n", CLI_ECHO(msg));
    return 1;
  }
  if (!named && n > 1) qsort(rows, (size_t)n, sizeof *rows, by_anon);
  printf("Class \"%s\": %d student%s%s%s\n", CLI_ECHO(c->name), n, n == 1 ? "" : "s",
         workshop ? ", workshop " : "", workshop ? CLI_ECHO(workshop) : "");
  for (int s = 0; s < 4; s++) {
    int count = 0;
    for (int i = 0; i < n; i++) count += (int)save_student_state(&rows[i]) == s;
    printf("\n%s: %d\n", save_student_state_text((SaveStudentState)s), count);
    for (int i = 0; i < n; i++) {
      if ((int)save_student_state(&rows[i]) != s) continue;
      const SaveProfile *p = &rows[i].profile;
      if (named) printf("  %s%s%s%s", CLI_ECHO(p->name), p->student_no[0] ? " (" : "",
                        p->student_no[0] ? CLI_ECHO(p->student_no) : "", p->student_no[0] ? ")" : "");
      else printf("  Student %d", p->anon_number);
      if (rows[i].has_latest)
        printf("  depth %.1f, callable %d, cards %d, follow-ups %d%s", rows[i].latest.session.depth_gain,
               rows[i].latest.session.callable, rows[i].latest.session.cards,
               rows[i].latest.session.followups, rows[i].latest.session.left_early ? ", left early" : "");
      putchar('\n');
    }
  }
  free(rows);
  return 0;
}

int cli_report_print(int argc, char **argv) {
  const char *kind = NULL, *class_name = NULL, *student = NULL, *workshop = NULL, *out = NULL,
             *save = NULL, *date = NULL;
  bool named = false, sum = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--named") == 0) { named = true; continue; }
    if (strcmp(a, "--summary") == 0) { sum = true; continue; }
    const char **slot = strcmp(a, "--print") == 0 ? &kind : strcmp(a, "--class") == 0 ? &class_name
                      : strcmp(a, "--student") == 0 || strcmp(a, "--profile") == 0 ? &student
                      : strcmp(a, "--workshop") == 0 ? &workshop : strcmp(a, "--out") == 0 ? &out
                      : strcmp(a, "--save") == 0 ? &save : strcmp(a, "--date") == 0 ? &date : NULL;
    if (slot == NULL) return fail("unknown option", a);
    if (i + 1 >= argc || argv[i + 1][0] == '\0') return fail(a, "needs a value");
    *slot = argv[++i];
  }
  SavePrintOptions o;
  memset(&o, 0, sizeof o);
  if (!sum) {
    if (kind == NULL) return fail("--print needs class, student or handout", NULL);
    if (strcmp(kind, "class") == 0) o.kind = SAVE_PRINT_CLASS;
    else if (strcmp(kind, "student") == 0) o.kind = SAVE_PRINT_STUDENT;
    else if (strcmp(kind, "handout") == 0) o.kind = SAVE_PRINT_HANDOUT;
    else return fail("--print takes class, student or handout, not", kind);
    if (out == NULL) return fail("say where to write the page with --out FILE.html", NULL);
    if (o.kind == SAVE_PRINT_STUDENT && student == NULL) return fail("--print student needs --student NAME", NULL);
    if (o.kind == SAVE_PRINT_HANDOUT && workshop == NULL) return fail("--print handout needs --workshop CODE", NULL);
  }
  if (class_name == NULL) return fail("say which class with --class NAME", NULL);
  char canon[SIM_WORKSHOP_CODE_MAX] = "", id[64] = "", title[128] = "";
  if (workshop != NULL) {
    SimWorkshop w;
    char err[160];
    if (sim_workshop_decode(workshop, &w, canon, sizeof canon, err, sizeof err) != SIM_WORKSHOP_OK) {
      fprintf(stderr, "rapport report: %s\n", err);
      return 1;
    }
    if (scr_workshop_scenario(canon, NULL, NULL, id, sizeof id, NULL, 0) == SCR_WORKSHOP_OK)
      snprintf(title, sizeof title, "%s", id);
  }
  char path[SAVE_PATH_MAX], msg[1024];
  if (save != NULL) snprintf(path, sizeof path, "%s", save);
  else if (save_default_path(path, sizeof path) != SAVE_OK) {
    fprintf(stderr, "rapport report: the default save path is too long; use --save PATH\n");
    return 1;
  }
  SaveDb *db = NULL;
  if (save_open(path, SAVE_OPEN_READ_ONLY, &db, NULL, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport report: %s\n", CLI_ECHO(msg));
    return 1;
  }
  SaveClass c;
  int rc = 1;
  if (save_class_find(db, class_name, &c, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport report: %s\n", CLI_ECHO(msg));
  } else if (sum) {
    rc = summary(db, &c, canon[0] ? canon : NULL, named);
  } else {
    SaveProfile p;
    o.class_id = c.id;
    o.workshop = canon[0] ? canon : NULL;
    o.named = named;
    o.scenario_title = title[0] ? title : NULL;
    o.date = date;
    SaveStatus st = SAVE_OK;
    if (o.kind == SAVE_PRINT_STUDENT) {
      st = save_profile_find_similar(db, student, c.id, &p, msg, sizeof msg);
      o.profile_id = p.id;
    }
    if (st == SAVE_OK) st = save_print_file(db, &o, out, msg, sizeof msg);
    if (st == SAVE_OK) {
      printf("Wrote %s (open it in a browser and print; it fits one A4 page)\n", CLI_ECHO(out));
      rc = 0;
    } else {
      fprintf(stderr, "rapport report: %s\n", CLI_ECHO(msg));
    }
  }
  save_close(db);
  return rc;
}
