/* save_print.c — printable classroom pages (save_print.h): plain HTML with print CSS sized
 * for one A4 page (@page A4, 12 mm margins, 9-10 pt text), so a browser's Print gives one
 * sheet. The class table stops at PRINT_ROWS rows and says how many more there are (the
 * CSV export has them all). Every text from the save goes through save_html_text.
 * Depends on the store's API and the C library.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "save/save_class.h"
#include "save/save_handin.h"
#include "save/save_internal.h"
#include "save/save_print.h"

#define PRINT_ROWS 32   /* class table rows that fit on A4 beside the header and skills */

bool save_html_text(FILE *out, const char *text) {
  for (const char *c = text ? text : ""; *c; c++) {
    const char *e = *c == '&' ? "&amp;" : *c == '<' ? "&lt;" : *c == '>' ? "&gt;"
                  : *c == '"' ? "&quot;" : *c == '\'' ? "&#39;" : NULL;
    if (e ? fputs(e, out) < 0 : fputc(*c, out) == EOF) return false;
  }
  return true;
}

/* printf for the page's own markup (never for text from the save). */
static void put(FILE *out, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void put(FILE *out, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(out, fmt, ap);
  va_end(ap);
}

static void head(FILE *out, const char *title) {
  put(out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>");
  save_html_text(out, title);
  put(out, "</title>\n<style>\n"
      "@page { size: A4; margin: 12mm; }\n"
      "html { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #111; }\n"
      "body { margin: 0; }\n"
      "h1 { font-size: 18pt; margin: 0 0 2mm 0; }\n"
      "h2 { font-size: 12pt; margin: 5mm 0 2mm 0; }\n"
      ".sub { color: #444; margin: 0 0 4mm 0; }\n"
      "table { border-collapse: collapse; width: 100%%; }\n"
      "th, td { text-align: left; padding: 0.4mm 2mm; border-bottom: 0.3mm solid #bbb; "
      "font-size: 8.5pt; line-height: 1.25; }\n"
      "th { border-bottom: 0.5mm solid #111; }\n"
      "td.n, th.n { text-align: right; }\n"
      ".counts { display: flex; gap: 3mm; margin: 2mm 0; }\n"
      ".count { border: 0.4mm solid #111; padding: 2mm 3mm; flex: 1; }\n"
      ".count b { display: block; font-size: 16pt; }\n"
      ".bar { background: #ddd; height: 3mm; width: 60mm; display: inline-block; }\n"
      ".bar span { background: #333; height: 3mm; display: block; }\n"
      ".code { font-family: 'DejaVu Sans Mono', monospace; font-size: 36pt; "
      "letter-spacing: 2mm; border: 0.8mm solid #111; padding: 4mm 8mm; display: inline-block; "
      "margin: 4mm 0; }\n"
      "ol.steps li { font-size: 14pt; margin: 0 0 5mm 0; }\n"
      ".small { font-size: 8.5pt; color: #333; }\n"
      ".foot { margin-top: 5mm; font-size: 8pt; color: #555; }\n"
      "</style></head><body>\n");
}

static void foot(FILE *out, const char *date) {
  put(out, "<p class=\"foot\">Rapport · printed ");
  save_html_text(out, date);
  put(out, "</p>\n</body></html>\n");
}

static void skill_bars(FILE *out, const double avg[SAVE_SKILL_COUNT], int n) {
  put(out, "<table>\n");
  for (int k = 0; k < SAVE_SKILL_COUNT; k++) {
    double v = n > 0 ? avg[k] / n : 0;
    put(out, "<tr><td>%s</td><td><span class=\"bar\"><span style=\"width:%.0f%%\"></span>"
        "</span></td><td class=\"n\">%.0f</td></tr>\n", save_skill_label(k), v, v);
  }
  put(out, "</table>\n");
}

static void who(FILE *out, const SaveProfile *p, bool named) {
  if (!named) { put(out, "Student %d", p->anon_number); return; }
  save_html_text(out, p->name);
  if (p->student_no[0]) { put(out, " <span class=\"small\">("); save_html_text(out, p->student_no);
                          put(out, ")</span>"); }
}

static int by_anon(const void *a, const void *b) {
  const SaveStudentSummary *x = a, *y = b;
  return (x->profile.anon_number > y->profile.anon_number) - (x->profile.anon_number < y->profile.anon_number);
}

static SaveStatus class_page(SaveDb *db, const SavePrintOptions *o, const char *class_name,
                             const char *date, FILE *out, char *msg, size_t msglen) {
  SaveStudentSummary *rows = NULL;
  int n = 0;
  SaveStatus st = save_class_summary_all(db, o->class_id, o->workshop, &rows, &n, msg, msglen);
  if (st != SAVE_OK) return st;
  /* Anonymous pages go by number: alphabetical order would hint at who is who. */
  if (!o->named && n > 1) qsort(rows, (size_t)n, sizeof *rows, by_anon);
  int counts[4] = {0, 0, 0, 0}, with_skills = 0;
  double avg[SAVE_SKILL_COUNT] = {0};
  for (int i = 0; i < n; i++) {
    counts[save_student_state(&rows[i])]++;
    if (rows[i].has_latest && rows[i].latest.has_skills) {
      with_skills++;
      for (int k = 0; k < SAVE_SKILL_COUNT; k++) avg[k] += rows[i].latest.skills.value[k];
    }
  }
  head(out, class_name);
  put(out, "<h1>");
  save_html_text(out, class_name);
  put(out, " — class summary</h1>\n<p class=\"sub\">");
  if (o->scenario_title) { save_html_text(out, o->scenario_title); put(out, " · "); }
  if (o->workshop && o->workshop[0]) { put(out, "workshop code "); save_html_text(out, o->workshop); }
  else put(out, "each student's latest session");
  put(out, " · %d student%s · %s</p>\n", n, n == 1 ? "" : "s",
      o->named ? "names shown" : "anonymous numbers");
  put(out, "<div class=\"counts\">\n");
  for (int s = 0; s < 4; s++)
    put(out, "<div class=\"count\"><b>%d</b>%s</div>\n", counts[s],
        save_student_state_text((SaveStudentState)s));
  put(out, "</div>\n<h2>Students</h2>\n<table>\n<tr><th>Student</th><th>State</th>"
      "<th class=\"n\">Depth</th><th class=\"n\">Callable</th><th class=\"n\">Cards</th>"
      "<th class=\"n\">Follow-ups</th><th>Left early</th><th class=\"n\">Rests</th></tr>\n");
  for (int i = 0; i < n && i < PRINT_ROWS; i++) {
    put(out, "<tr><td>");
    who(out, &rows[i].profile, o->named);
    put(out, "</td><td>%s</td>", save_student_state_text(save_student_state(&rows[i])));
    if (rows[i].has_latest) {
      const SaveSession *s = &rows[i].latest.session;
      put(out, "<td class=\"n\">%.1f</td><td class=\"n\">%d</td><td class=\"n\">%d</td>"
          "<td class=\"n\">%d</td><td>%s</td><td class=\"n\">%d</td></tr>\n", s->depth_gain,
          s->callable, s->cards, s->followups, s->left_early ? "yes" : "no", s->rests);
    } else {
      put(out, "<td colspan=\"6\"></td></tr>\n");
    }
  }
  put(out, "</table>\n");
  if (n > PRINT_ROWS)
    put(out, "<p class=\"small\">… and %d more students: the CSV export "
        "(rapport export) lists everyone.</p>\n", n - PRINT_ROWS);
  put(out, "<h2>Skills (average of the latest sessions, %d student%s)</h2>\n", with_skills,
      with_skills == 1 ? "" : "s");
  skill_bars(out, avg, with_skills);
  foot(out, date);
  free(rows);
  return SAVE_OK;
}

static SaveStatus student_page(SaveDb *db, const SavePrintOptions *o, const char *date, FILE *out,
                               char *msg, size_t msglen) {
  SaveProfile p;
  SaveStatus st = save_profile_get(db, o->profile_id, &p, msg, msglen);
  if (st != SAVE_OK) return st;
  void *buf = NULL;
  int n = 0;
  st = save_list_all(db, SAVE_LIST_PROFILE_SESSIONS, p.id, &buf, &n, msg, msglen);
  if (st != SAVE_OK) return st;
  SaveSessionRow *rows = buf;
  head(out, p.name);
  put(out, "<h1>");
  save_html_text(out, p.name);
  put(out, "</h1>\n<p class=\"sub\">");
  if (p.student_no[0]) { put(out, "student number "); save_html_text(out, p.student_no); put(out, " · "); }
  put(out, "%d session%s</p>\n", n, n == 1 ? "" : "s");
  put(out, "<h2>Sessions</h2>\n<table>\n<tr><th>Date</th><th>Scenario</th><th>Code</th>"
      "<th class=\"n\">Depth</th><th class=\"n\">Callable</th><th class=\"n\">Cards</th>"
      "<th class=\"n\">Follow-ups</th><th>State</th></tr>\n");
  const SaveSessionRow *latest = NULL;
  int first = n > 16 ? n - 16 : 0;       /* the latest 16 fit on the page */
  for (int i = 0; i < n; i++) {
    const SaveSession *s = &rows[i].session;
    if (s->state == SAVE_SESSION_COMPLETED && rows[i].has_skills) latest = &rows[i];
    if (i < first) continue;
    put(out, "<tr><td>");
    char day[11];
    snprintf(day, sizeof day, "%.10s", s->started);
    save_html_text(out, day);
    put(out, "</td><td>");
    save_html_text(out, s->scenario);
    put(out, "</td><td>");
    save_html_text(out, s->workshop[0] ? s->workshop : "—");
    put(out, "</td><td class=\"n\">%.1f</td><td class=\"n\">%d</td><td class=\"n\">%d</td>"
        "<td class=\"n\">%d</td><td>%s</td></tr>\n", s->depth_gain, s->callable, s->cards,
        s->followups, s->state == SAVE_SESSION_COMPLETED ? "finished"
                      : s->state == SAVE_SESSION_ABANDONED ? "closed early" : "in progress");
  }
  put(out, "</table>\n");
  if (first > 0) put(out, "<p class=\"small\">The latest 16 of %d sessions.</p>\n", n);
  if (latest) {
    double v[SAVE_SKILL_COUNT];
    for (int k = 0; k < SAVE_SKILL_COUNT; k++) v[k] = latest->skills.value[k];
    put(out, "<h2>Skills in the latest finished session</h2>\n");
    skill_bars(out, v, 1);
  }
  put(out, "<h2>To talk about</h2>\n<ol>\n"
      "<li>Which conversation went deepest, and what did you do that made it work?</li>\n"
      "<li>Who could you call next week, and what would you say first?</li>\n"
      "<li>When did you leave a group or a person, and how did you do it?</li>\n</ol>\n");
  foot(out, date);
  free(rows);
  return SAVE_OK;
}

static SaveStatus handout_page(const SavePrintOptions *o, const char *class_name, const char *date,
                               FILE *out, char *msg, size_t msglen) {
  if (o->workshop == NULL || o->workshop[0] == '\0') {
    save_msgf(msg, msglen, "a handout needs the workshop code");
    return SAVE_MISUSE;
  }
  head(out, "Rapport workshop");
  put(out, "<h1>Networking practice with Rapport</h1>\n<p class=\"sub\">");
  save_html_text(out, class_name);
  if (o->scenario_title) { put(out, " · "); save_html_text(out, o->scenario_title); }
  put(out, "</p>\n<p>Your workshop code:</p>\n<div class=\"code\">");
  save_html_text(out, o->workshop);
  put(out, "</div>\n<ol class=\"steps\">\n"
      "<li><b>Pick your name.</b> In Rapport choose <i>Classroom</i>, then your class and "
      "your own name (type a few letters to find it). On your own laptop: <i>Play on my own "
      "with a code</i>, then type the code above and your name as the teacher has it.</li>\n"
      "<li><b>Play.</b> Meet people at the event, talk, leave gracefully when it is time, and "
      "send your follow-ups afterwards.</li>\n"
      "<li><b>Hand in.</b> On the last screen choose <i>Hand in my results</i> and save the "
      "file to the folder your teacher names — or copy your <i>results code</i> into the "
      "class's learning platform if your teacher asks for that.</li>\n</ol>\n"
      "<h2>What you hand in</h2>\n<p class=\"small\">");
  save_html_text(out, save_handin_contents());
  put(out, "</p>\n");
  foot(out, date);
  return SAVE_OK;
}

static bool class_name_of(SaveDb *db, int64_t id, char *out, size_t outlen) {
  SaveClass *cls = NULL;
  void *buf = NULL;
  int n = 0;
  if (save_list_all(db, SAVE_LIST_CLASSES, 0, &buf, &n, NULL, 0) != SAVE_OK) return false;
  cls = buf;
  bool found = false;
  for (int i = 0; i < n && !found; i++)
    if (cls[i].id == id) { save_copy_text(out, outlen, (const unsigned char *)cls[i].name); found = true; }
  free(cls);
  return found;
}

SaveStatus save_print_html(SaveDb *db, const SavePrintOptions *o, FILE *out, char *msg,
                           size_t msglen) {
  if (db == NULL || o == NULL || out == NULL) return SAVE_MISUSE;
  char today[16], class_name[SAVE_NAME_MAX] = "";
  const char *date = o->date;
  if (date == NULL) {
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(today, sizeof today, "%Y-%m-%d", &tm);
    date = today;
  }
  if (o->kind != SAVE_PRINT_STUDENT && !class_name_of(db, o->class_id, class_name, sizeof class_name)) {
    save_msgf(msg, msglen, "there is no class with id %lld", (long long)o->class_id);
    return SAVE_NOT_FOUND;
  }
  SaveStatus st = o->kind == SAVE_PRINT_CLASS ? class_page(db, o, class_name, date, out, msg, msglen)
                : o->kind == SAVE_PRINT_STUDENT ? student_page(db, o, date, out, msg, msglen)
                : handout_page(o, class_name, date, out, msg, msglen);
  if (st == SAVE_OK && (fflush(out) != 0 || ferror(out))) {
    save_msgf(msg, msglen, "writing the page failed");
    st = SAVE_IO;
  }
  return st;
}

SaveStatus save_print_file(SaveDb *db, const SavePrintOptions *o, const char *path, char *msg,
                           size_t msglen) {
  char tmp[SAVE_PATH_MAX + 8];
  if (path == NULL || snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp) return SAVE_MISUSE;
  FILE *f = fopen(tmp, "w");
  if (f == NULL) {
    save_msgf(msg, msglen, "%s cannot be written", path);
    return SAVE_READ_ONLY;
  }
  SaveStatus st = save_print_html(db, o, f, msg, msglen);
  if (fclose(f) != 0 && st == SAVE_OK) {
    save_msgf(msg, msglen, "writing %s failed", path);
    st = SAVE_IO;
  }
  if (st == SAVE_OK && rename(tmp, path) != 0) {
    save_msgf(msg, msglen, "%s cannot be written", path);
    st = SAVE_IO;
  }
  if (st != SAVE_OK) unlink(tmp);
  return st;
}
