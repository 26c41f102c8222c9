/* save_export.c — a class's results for the teacher: per-student summaries (the dashboard
 * and `export --per-student`) and CSV export, RFC 4180 (CRLF line ends, quoted fields,
 * UTF-8 bytes passed through untouched, a header row).
 * Depends on the store's public API (save.h) and the C library.
 */
#include <stdlib.h>
#include <string.h>

#include "save/save_class.h"
#include "save/save_internal.h"

bool save_csv_field(FILE *out, const char *text) {
  if (text == NULL) text = "";
  size_t n = strlen(text);
  bool quote = strpbrk(text, ",\"\r\n") != NULL ||
               (n > 0 && (text[0] == ' ' || text[n - 1] == ' '));
  if (!quote) return fputs(text, out) >= 0;
  if (fputc('"', out) == EOF) return false;
  for (const char *p = text; *p; p++) {
    if (*p == '"' && fputc('"', out) == EOF) return false;
    if (fputc(*p, out) == EOF) return false;
  }
  return fputc('"', out) != EOF;
}

static const char *state_text(SaveSessionState s) {
  return s == SAVE_SESSION_COMPLETED ? "completed"
       : s == SAVE_SESSION_ABANDONED ? "abandoned" : "in progress";
}

SaveStatus save_class_summary(SaveDb *db, int64_t class_id, const char *workshop,
                              SaveStudentSummary *out, int max, int *total,
                              char *msg, size_t msglen) {
  int members = 0;
  SaveStatus st = save_profile_list(db, class_id, NULL, 0, &members, msg, msglen);
  if (st != SAVE_OK) return st;
  if (total != NULL) *total = members;
  if (out == NULL || max <= 0 || members == 0) return SAVE_OK;
  int want = members < max ? members : max;
  SaveProfile *profiles = calloc((size_t)members, sizeof *profiles);
  if (profiles == NULL) return SAVE_NO_MEMORY;
  st = save_profile_list(db, class_id, profiles, members, &members, msg, msglen);
  int nrows = 0;
  SaveSessionRow *rows = NULL;
  if (st == SAVE_OK) st = save_class_sessions(db, class_id, NULL, 0, &nrows, msg, msglen);
  if (st == SAVE_OK && nrows > 0) {
    rows = calloc((size_t)nrows, sizeof *rows);
    st = rows ? save_class_sessions(db, class_id, rows, nrows, &nrows, msg, msglen)
              : SAVE_NO_MEMORY;
  }
  for (int i = 0; st == SAVE_OK && i < want; i++) {
    SaveStudentSummary *sum = &out[i];
    memset(sum, 0, sizeof *sum);
    sum->profile = profiles[i];
    double depth = 0;
    for (int r = 0; r < nrows; r++) {  /* rows come oldest first per student */
      const SaveSession *s = &rows[r].session;
      if (s->profile_id != profiles[i].id || s->state != SAVE_SESSION_COMPLETED) continue;
      if (workshop != NULL && workshop[0] != '\0' && strcmp(s->workshop, workshop) != 0) continue;
      if (!sum->has_latest) sum->first = rows[r];
      sum->latest = rows[r];
      sum->has_latest = true;
      sum->sessions++;
      depth += s->depth_gain;
    }
    if (sum->sessions > 0) sum->mean_depth_gain = depth / sum->sessions;
  }
  if (st == SAVE_NO_MEMORY) save_msgf(msg, msglen, "summarising the class: out of memory");
  free(rows);
  free(profiles);
  return st;
}

/* The student's label: their name, or "Student N" in the anonymous view. */
static void student_label(const SaveProfile *p, unsigned flags, char *out, size_t outlen) {
  if (flags & SAVE_EXPORT_ANONYMOUS) snprintf(out, outlen, "Student %d", p->class_number);
  else snprintf(out, outlen, "%s", p->name);
}

static bool put_fields(FILE *out, const char *const *fields, int n) {
  bool ok = true;
  for (int i = 0; ok && i < n; i++) {
    if (i > 0) ok = fputc(',', out) != EOF;
    if (ok) ok = save_csv_field(out, fields[i]);
  }
  return ok && fputs("\r\n", out) >= 0;
}

enum { COLS_MAX = 32, CELL = 96 };

static bool session_rows(SaveDb *db, int64_t class_id, unsigned flags, FILE *out, int *count,
                         SaveStatus *st, char *msg, size_t msglen) {
  static const char *const head[] = {
    "student", "date", "scenario", "workshop", "status", "depth_gain", "network_strength",
    "people_you_could_call", "cards", "online_connections",
  };
  const char *fields[COLS_MAX];
  int n = 0;
  for (size_t i = 0; i < sizeof head / sizeof head[0]; i++) fields[n++] = head[i];
  for (int k = 0; k < SAVE_SKILL_COUNT; k++) fields[n++] = save_skill_name(k);
  if (!put_fields(out, fields, n)) return false;
  int total = 0;
  *st = save_class_sessions(db, class_id, NULL, 0, &total, msg, msglen);
  if (*st != SAVE_OK || total == 0) return true;
  SaveSessionRow *rows = calloc((size_t)total, sizeof *rows);
  if (rows == NULL) { *st = SAVE_NO_MEMORY; return true; }
  *st = save_class_sessions(db, class_id, rows, total, &total, msg, msglen);
  bool ok = true;
  for (int r = 0; *st == SAVE_OK && ok && r < total; r++) {
    const SaveSession *s = &rows[r].session;
    char cell[COLS_MAX][CELL];
    SaveProfile who = {.class_number = rows[r].class_number};
    snprintf(who.name, sizeof who.name, "%s", rows[r].profile_name);
    student_label(&who, flags, cell[0], CELL);
    snprintf(cell[1], CELL, "%s", s->started);
    snprintf(cell[2], CELL, "%s", s->scenario);
    snprintf(cell[3], CELL, "%s", s->workshop);
    snprintf(cell[4], CELL, "%s", state_text(s->state));
    snprintf(cell[5], CELL, "%.2f", s->depth_gain);
    snprintf(cell[6], CELL, "%.2f", s->network_strength);
    snprintf(cell[7], CELL, "%d", s->callable);
    snprintf(cell[8], CELL, "%d", s->cards);
    snprintf(cell[9], CELL, "%d", s->online_connections);
    for (int k = 0; k < SAVE_SKILL_COUNT; k++) {
      if (rows[r].has_skills) snprintf(cell[10 + k], CELL, "%d", rows[r].skills.value[k]);
      else cell[10 + k][0] = '\0';
    }
    for (int i = 0; i < n; i++) fields[i] = cell[i];
    ok = put_fields(out, fields, n);
    if (ok) (*count)++;
  }
  free(rows);
  return ok;
}

static bool student_rows(SaveDb *db, int64_t class_id, unsigned flags, FILE *out, int *count,
                         SaveStatus *st, char *msg, size_t msglen) {
  static const char *const head[] = {
    "student", "sessions", "first_date", "latest_date", "first_depth_gain",
    "latest_depth_gain", "depth_trend", "mean_depth_gain", "latest_people_you_could_call",
    "latest_cards",
  };
  enum { NHEAD = sizeof head / sizeof head[0] };
  const char *fields[COLS_MAX];
  char names[SAVE_SKILL_COUNT][48];
  int n = 0;
  for (int i = 0; i < NHEAD; i++) fields[n++] = head[i];
  for (int k = 0; k < SAVE_SKILL_COUNT; k++) fields[n++] = save_skill_name(k);
  for (int k = 0; k < SAVE_SKILL_COUNT; k++) {
    snprintf(names[k], sizeof names[k], "%s_trend", save_skill_name(k));
    fields[n++] = names[k];
  }
  if (!put_fields(out, fields, n)) return false;
  int total = 0;
  *st = save_class_summary(db, class_id, NULL, NULL, 0, &total, msg, msglen);
  if (*st != SAVE_OK || total == 0) return true;
  SaveStudentSummary *sum = calloc((size_t)total, sizeof *sum);
  if (sum == NULL) { *st = SAVE_NO_MEMORY; return true; }
  *st = save_class_summary(db, class_id, NULL, sum, total, &total, msg, msglen);
  bool ok = true;
  for (int i = 0; *st == SAVE_OK && ok && i < total; i++) {
    const SaveStudentSummary *u = &sum[i];
    char cell[COLS_MAX][CELL];
    for (int c = 0; c < n; c++) cell[c][0] = '\0';
    student_label(&u->profile, flags, cell[0], CELL);
    snprintf(cell[1], CELL, "%d", u->sessions);
    if (u->has_latest) {
      const SaveSession *a = &u->first.session, *b = &u->latest.session;
      snprintf(cell[2], CELL, "%s", a->started);
      snprintf(cell[3], CELL, "%s", b->started);
      snprintf(cell[4], CELL, "%.2f", a->depth_gain);
      snprintf(cell[5], CELL, "%.2f", b->depth_gain);
      snprintf(cell[6], CELL, "%+.2f", b->depth_gain - a->depth_gain);
      snprintf(cell[7], CELL, "%.2f", u->mean_depth_gain);
      snprintf(cell[8], CELL, "%d", b->callable);
      snprintf(cell[9], CELL, "%d", b->cards);
      for (int k = 0; k < SAVE_SKILL_COUNT; k++) {
        if (u->latest.has_skills)
          snprintf(cell[NHEAD + k], CELL, "%d", u->latest.skills.value[k]);
        if (u->latest.has_skills && u->first.has_skills)
          snprintf(cell[NHEAD + SAVE_SKILL_COUNT + k], CELL, "%+d",
                   u->latest.skills.value[k] - u->first.skills.value[k]);
      }
    }
    for (int c = 0; c < n; c++) fields[c] = cell[c];
    ok = put_fields(out, fields, n);
    if (ok) (*count)++;
  }
  free(sum);
  return ok;
}

SaveStatus save_export_class_csv(SaveDb *db, int64_t class_id, unsigned flags, FILE *out,
                                 int *rows, char *msg, size_t msglen) {
  if (rows != NULL) *rows = 0;
  if (db == NULL || out == NULL) {
    save_msgf(msg, msglen, "exporting: bad arguments");
    return SAVE_MISUSE;
  }
  int count = 0;
  SaveStatus st = SAVE_OK;
  bool ok = (flags & SAVE_EXPORT_PER_STUDENT)
                ? student_rows(db, class_id, flags, out, &count, &st, msg, msglen)
                : session_rows(db, class_id, flags, out, &count, &st, msg, msglen);
  if (rows != NULL) *rows = count;
  if (st == SAVE_NO_MEMORY) save_msgf(msg, msglen, "exporting: out of memory");
  if (st != SAVE_OK) return st;
  if (!ok || fflush(out) != 0 || ferror(out)) {
    save_msgf(msg, msglen, "exporting: the CSV could not be written");
    return SAVE_IO;
  }
  return SAVE_OK;
}
