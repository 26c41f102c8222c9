/* save_export.c — a class's results for the teacher: per-student summaries (the dashboard
 * and `export --per-student`) and CSV export, RFC 4180 (CRLF line ends, quoted fields,
 * UTF-8 bytes passed through untouched, a header row).
 * Depends on the store's public API (save.h) and the C library.
 */
#include <stdlib.h>
#include <string.h>

#include "save/save_class.h"
#include "save/save_internal.h"

/* A text cell a spreadsheet would run as a formula (OWASP "CSV injection"): it starts with
 * = + - @, a tab or a carriage return. */
static bool formula_like(const char *text) {
  return text[0] != '\0' && strchr("=+-@\t\r", text[0]) != NULL;
}

static bool put_field(FILE *out, const char *text, bool is_text) {
  if (text == NULL) text = "";
  size_t n = strlen(text);
  bool neutralise = is_text && formula_like(text);
  bool quote = neutralise || strpbrk(text, ",\"\r\n\t") != NULL ||
               (n > 0 && (text[0] == ' ' || text[n - 1] == ' '));
  if (!quote) return fputs(text, out) >= 0;
  if (fputc('"', out) == EOF) return false;
  /* OWASP's advice: a single quote before the formula character, inside the quoted field,
   * so the cell shows as text and nothing runs. */
  if (neutralise && fputc('\'', out) == EOF) return false;
  for (const char *p = text; *p; p++) {
    if (*p == '"' && fputc('"', out) == EOF) return false;
    if (fputc(*p, out) == EOF) return false;
  }
  return fputc('"', out) != EOF;
}

bool save_csv_field(FILE *out, const char *text) { return put_field(out, text, true); }

bool save_csv_number(FILE *out, const char *number) { return put_field(out, number, false); }

static const char *state_text(SaveSessionState s) {
  return s == SAVE_SESSION_COMPLETED ? "completed"
       : s == SAVE_SESSION_ABANDONED ? "abandoned" : "in progress";
}

/* Fills out[0..want) from the members and their sessions (rows come oldest first). */
static void summarise(const SaveProfile *profiles, int want, const SaveSessionRow *rows,
                      int nrows, const char *workshop, SaveStudentSummary *out) {
  for (int i = 0; i < want; i++) {
    SaveStudentSummary *sum = &out[i];
    memset(sum, 0, sizeof *sum);
    sum->profile = profiles[i];
    double depth = 0;
    for (int r = 0; r < nrows; r++) {
      const SaveSession *s = &rows[r].session;
      if (s->profile_id != profiles[i].id) continue;
      if (s->state != SAVE_SESSION_COMPLETED) { sum->unfinished++; continue; }
      if (workshop != NULL && workshop[0] != '\0' && strcmp(s->workshop, workshop) != 0) {
        sum->off_code++;
        continue;
      }
      if (!sum->has_latest) sum->first = rows[r];
      sum->latest = rows[r];
      sum->has_latest = true;
      sum->sessions++;
      depth += s->depth_gain;
    }
    if (sum->sessions > 0) sum->mean_depth_gain = depth / sum->sessions;
  }
}

SaveStudentState save_student_state(const SaveStudentSummary *s) {
  return s->has_latest ? SAVE_STUDENT_PLAYED : s->off_code > 0 ? SAVE_STUDENT_OFF_CODE
       : s->unfinished > 0 ? SAVE_STUDENT_UNFINISHED : SAVE_STUDENT_NOTHING;
}

const char *save_student_state_text(SaveStudentState state) {
  switch (state) {
  case SAVE_STUDENT_PLAYED: return "played";
  case SAVE_STUDENT_OFF_CODE: return "played without the code";
  case SAVE_STUDENT_UNFINISHED: return "started, not finished";
  default: return "nothing handed in";
  }
}

/* Members and sessions of the class, read in one read transaction. */
static SaveStatus read_class(SaveDb *db, int64_t class_id, SaveProfile **profiles, int *members,
                             SaveSessionRow **rows, int *nrows, char *msg, size_t msglen) {
  *rows = NULL;
  *nrows = 0;
  bool began = save_read_begin(db);
  void *p = NULL, *r = NULL;
  SaveStatus st = save_list_all(db, SAVE_LIST_PROFILES, class_id, &p, members, msg, msglen);
  if (st == SAVE_OK) st = save_list_all(db, SAVE_LIST_CLASS_SESSIONS, class_id, &r, nrows, msg, msglen);
  save_read_end(db, began);
  *profiles = p;
  *rows = r;
  if (st != SAVE_OK) {
    free(*profiles);
    *profiles = NULL;
    *members = 0;
  }
  return st;
}

SaveStatus save_class_summary(SaveDb *db, int64_t class_id, const char *workshop,
                              SaveStudentSummary *out, int max, int *total,
                              char *msg, size_t msglen) {
  if (total != NULL) *total = 0;
  SaveProfile *profiles = NULL;
  SaveSessionRow *rows = NULL;
  int members = 0, nrows = 0;
  SaveStatus st = read_class(db, class_id, &profiles, &members, &rows, &nrows, msg, msglen);
  if (st != SAVE_OK) return st;
  if (total != NULL) *total = members;
  if (out != NULL && max > 0) summarise(profiles, members < max ? members : max, rows, nrows,
                                        workshop, out);
  free(rows);
  free(profiles);
  return SAVE_OK;
}

SaveStatus save_class_summary_all(SaveDb *db, int64_t class_id, const char *workshop,
                                  SaveStudentSummary **out, int *count, char *msg, size_t msglen) {
  if (out == NULL || count == NULL) return SAVE_MISUSE;
  *out = NULL;
  *count = 0;
  SaveProfile *profiles = NULL;
  SaveSessionRow *rows = NULL;
  int members = 0, nrows = 0;
  SaveStatus st = read_class(db, class_id, &profiles, &members, &rows, &nrows, msg, msglen);
  if (st != SAVE_OK) return st;
  if (members > 0) {
    *out = calloc((size_t)members, sizeof **out);
    if (*out == NULL) {
      save_msgf(msg, msglen, "summarising the class: out of memory");
      st = SAVE_NO_MEMORY;
    } else {
      summarise(profiles, members, rows, nrows, workshop, *out);
      *count = members;
    }
  }
  free(rows);
  free(profiles);
  return st;
}

/* The student's label: their name, or "Student N" (the random anonymous number). */
static void student_label(const SaveProfile *p, unsigned flags, char *out, size_t outlen) {
  if (flags & SAVE_EXPORT_ANONYMOUS) snprintf(out, outlen, "Student %d", p->anon_number);
  else snprintf(out, outlen, "%s", p->name);
}

/* Anonymous rows go by number: in name order, "Student 9, 28, 21" would give the names away. */
static int by_anon_row(const void *a, const void *b) {
  const SaveSessionRow *x = a, *y = b;
  if (x->anon_number != y->anon_number) return (x->anon_number > y->anon_number) - (x->anon_number < y->anon_number);
  return strcmp(x->session.started, y->session.started);
}

static int by_anon_student(const void *a, const void *b) {
  const SaveStudentSummary *x = a, *y = b;
  return (x->profile.anon_number > y->profile.anon_number) -
         (x->profile.anon_number < y->profile.anon_number);
}

/* One CSV row; columns from `first_number` on are numbers (written as they are, so a
 * spreadsheet reads -54 as minus fifty-four), except those listed in `text_cols`. */
static bool put_fields(FILE *out, const char *const *fields, int n, int first_number,
                       unsigned long long text_cols) {
  bool ok = true;
  for (int i = 0; ok && i < n; i++) {
    if (i > 0) ok = fputc(',', out) != EOF;
    bool text = i < first_number || (text_cols >> i & 1u);
    if (ok) ok = put_field(out, fields[i], text);
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
  if (!put_fields(out, fields, n, n, 0)) return false;
  int total = 0;
  void *all = NULL;
  *st = save_list_all(db, SAVE_LIST_CLASS_SESSIONS, class_id, &all, &total, msg, msglen);
  SaveSessionRow *rows = all;
  if (*st == SAVE_OK && (flags & SAVE_EXPORT_ANONYMOUS) && total > 1)
    qsort(rows, (size_t)total, sizeof *rows, by_anon_row);
  bool ok = true;
  for (int r = 0; *st == SAVE_OK && ok && r < total; r++) {
    const SaveSession *s = &rows[r].session;
    char cell[COLS_MAX][CELL];
    SaveProfile who = {.class_number = rows[r].class_number, .anon_number = rows[r].anon_number};
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
    ok = put_fields(out, fields, n, 5, 0);
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
  if (!put_fields(out, fields, n, n, 0)) return false;
  int total = 0;
  SaveStudentSummary *sum = NULL;
  *st = save_class_summary_all(db, class_id, NULL, &sum, &total, msg, msglen);
  if (*st == SAVE_OK && (flags & SAVE_EXPORT_ANONYMOUS) && total > 1)
    qsort(sum, (size_t)total, sizeof *sum, by_anon_student);
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
      snprintf(cell[6], CELL, "%.2f", b->depth_gain - a->depth_gain);
      snprintf(cell[7], CELL, "%.2f", u->mean_depth_gain);
      snprintf(cell[8], CELL, "%d", b->callable);
      snprintf(cell[9], CELL, "%d", b->cards);
      for (int k = 0; k < SAVE_SKILL_COUNT; k++) {
        if (u->latest.has_skills)
          snprintf(cell[NHEAD + k], CELL, "%d", u->latest.skills.value[k]);
        if (u->latest.has_skills && u->first.has_skills)
          snprintf(cell[NHEAD + SAVE_SKILL_COUNT + k], CELL, "%d",
                   u->latest.skills.value[k] - u->first.skills.value[k]);
      }
    }
    for (int c = 0; c < n; c++) fields[c] = cell[c];
    ok = put_fields(out, fields, n, 1, 1u << 2 | 1u << 3);  /* the dates are text */
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
  /* Excel reads a CSV without a byte order mark as the machine's legacy code page. */
  if ((flags & SAVE_EXPORT_EXCEL) && fputs("\xEF\xBB\xBF", out) < 0) {
    save_msgf(msg, msglen, "exporting: the CSV could not be written");
    return SAVE_IO;
  }
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
