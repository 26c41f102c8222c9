/* state_teacher.c — the classroom's file and code work for the screens (class_teacher.h):
 * thin calls into the store's hand-in, import, PIN, export and print API
 * (save/save_handin.h, save_pin.h, save_print.h, save_class.h) that turn its results into
 * the plain sentences the screens show. Scenes reach the save only through these.
 */
#include "game/class_teacher.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <dirent.h>

#include "save/save_pin.h"
#include "save/save_print.h"
#include "script/script.h"
#include "sim/resultcode.h"
#include "sim/workshop.h"
#include "i18n/i18n.h"

static bool no_save(GameState *s, char *msg, size_t msglen) {
  if (s->db) return false;
  snprintf(msg, msglen, TR("state_teacher.saving_is_unavailable_on_this", "Saving is unavailable on this computer, so there is nothing to hand in."));
  return true;
}

/* The current profile's latest finished session (0 when none). */
static int64_t latest_session(GameState *s, SaveSession *out) {
  if (s->record.row.id != 0 && s->record.row.state == SAVE_SESSION_COMPLETED) {
    if (out) *out = s->record.row;
    return s->record.row.id;
  }
  int total = 0;
  char msg[256];
  if (!s->db || s->profile.id == 0 ||
      save_profile_sessions(s->db, s->profile.id, NULL, 0, &total, msg, sizeof msg) != SAVE_OK || total <= 0)
    return 0;
  SaveSessionRow *rows = calloc((size_t)total, sizeof *rows);
  int got = 0;
  int64_t id = 0;
  if (rows && save_profile_sessions(s->db, s->profile.id, rows, total, &got, msg, sizeof msg) == SAVE_OK)
    for (int i = (got < total ? got : total) - 1; i >= 0 && id == 0; i--)
      if (rows[i].session.state == SAVE_SESSION_COMPLETED) {
        id = rows[i].session.id;
        if (out) *out = rows[i].session;
      }
  free(rows);
  return id;
}

bool game_handin_available(GameState *s) {
  if (!s->db || !s->has_profile || s->profile.id == 0) return false;
  if (s->profile.class_id != 0) return true;
  SaveSession ss;
  return latest_session(s, &ss) != 0 && ss.workshop[0] != '\0';
}

const char *game_handin_contents(void) { return save_handin_contents(); }

bool game_handin_code(GameState *s, char *code, size_t codelen, char *msg, size_t msglen) {
  code[0] = '\0';
  if (no_save(s, msg, msglen)) return false;
  SaveSession ss;
  int64_t id = latest_session(s, &ss);
  if (id == 0) {
    snprintf(msg, msglen, TR("state_teacher.there_is_no_finished_session", "There is no finished session to make a code from yet."));
    return false;
  }
  if (!ss.workshop[0]) {
    snprintf(msg, msglen, TR("state_teacher.this_session_was_played_without", "This session was played without a workshop code, so it has no results code. "
                          "Hand in the file instead."));
    return false;
  }
  char why[256];
  if (save_result_code(s->db, id, code, codelen, why, sizeof why) != SAVE_OK) {
    code[0] = '\0';
    snprintf(msg, msglen, TR("state_teacher.no_results_code", "No results code: %s"), why);
    return false;
  }
  return true;
}

bool game_handin_write(GameState *s, const char *folder, char *path, size_t pathlen, char *msg, size_t msglen) {
  path[0] = '\0';
  if (no_save(s, msg, msglen)) return false;
  if (!s->has_profile || s->profile.id == 0) {
    snprintf(msg, msglen, TR("state_teacher.choose_your_name_first", "Choose your name first."));
    return false;
  }
  /* The file is named by the session's day, so replays (fixed days) write the same name. */
  SaveSession ss;
  char date[16] = "";
  if (latest_session(s, &ss) != 0 && strlen(ss.started) >= 10) snprintf(date, sizeof date, "%.10s", ss.started);
  SaveHandinInfo info;
  SaveStatus st = save_handin_write(s->db, s->profile.id, folder, date[0] ? date : NULL, &info, msg, msglen);
  if (st != SAVE_OK) return false;
  snprintf(path, pathlen, "%s", info.path);
  /* TRANSLATORS: %s is ", replacing the file handed in before" or nothing. */
  snprintf(msg, msglen, TRN("state_teacher.sessions_handed_in", "%d session%s.", "%d sessions%s.", (unsigned long)info.sessions), info.sessions,
           info.replaced ? TR("state_teacher.replacing_the_file_handed_in", ", replacing the file handed in before") : "");
  return true;
}

/* ---- PIN ---- */

bool game_teacher_pin_set(GameState *s) { return s->db && save_pin_is_set(s->db); }

bool game_teacher_pin_create(GameState *s, const char *pin, char *msg, size_t msglen) {
  if (!s->db || save_is_read_only(s->db)) {
    snprintf(msg, msglen, TR("state_teacher.saving_is_unavailable_so_a", "Saving is unavailable, so a PIN can't be kept on this computer."));
    return false;
  }
  if (!save_pin_valid(pin)) {
    snprintf(msg, msglen, TR("state_teacher.a_pin_is_to_digits", "A PIN is %d to %d digits, nothing else."), SAVE_PIN_MIN, SAVE_PIN_MAX);
    return false;
  }
  return save_pin_set(s->db, pin, msg, msglen) == SAVE_OK;
}

bool game_teacher_pin_ok(GameState *s, const char *pin) {
  char msg[256];
  return s->db && save_pin_check(s->db, pin, msg, sizeof msg) == SAVE_OK;
}

/* ---- Imports ---- */

/* ---- Results codes in files: a learning platform's export saved into the folder ---- */

enum { CODES_FILE_MAX = 1 << 20 }; /* 1 MiB: a year group's codes are a few dozen KiB */

/* Whether `name` is a text file of results codes (.txt or .csv). */
static bool codes_file(const char *name) {
  size_t n = strlen(name);
  return name[0] != '.' && n > 4 && (strcmp(name + n - 4, ".txt") == 0 || strcmp(name + n - 4, ".csv") == 0);
}

/* The whole of `path` as text (malloc'd, NUL-terminated), NULL when it cannot be read or
 * is too large to be a list of codes. */
static char *read_text(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = malloc(CODES_FILE_MAX + 1);
  size_t n = buf ? fread(buf, 1, CODES_FILE_MAX + 1, f) : 0;
  fclose(f);
  if (!buf || n > CODES_FILE_MAX) {
    free(buf);
    return NULL;
  }
  buf[n] = '\0';
  return buf;
}

/* Calls `each` with the text of every codes file in `folder`, by name; returns the count. */
static int each_codes_file(const char *folder, void (*each)(const char *name, const char *text, void *ctx), void *ctx) {
  DIR *d = opendir(folder);
  if (!d) return 0;
  char names[64][256];
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL && n < 64)
    if (codes_file(e->d_name) && strlen(e->d_name) < sizeof names[0]) snprintf(names[n++], sizeof names[0], "%s", e->d_name);
  closedir(d);
  qsort(names, (size_t)n, sizeof names[0], (int (*)(const void *, const void *))strcmp);
  for (int i = 0; i < n; i++) {
    char path[1024];
    snprintf(path, sizeof path, "%.700s/%.255s", folder, names[i]);
    char *text = read_text(path);
    if (text) each(names[i], text, ctx);
    free(text);
  }
  return n;
}



static bool class_of(GameState *s, int64_t class_id, char *name, size_t len, char *msg, size_t msglen) {
  if (!s->db) {
    snprintf(msg, msglen, TR("state_teacher.saving_is_unavailable_on_this_2", "Saving is unavailable on this computer, so nothing can be imported."));
    return false;
  }
  if (!game_state_class_name(s, class_id, name, len)) {
    snprintf(msg, msglen, TR("state_teacher.that_class_is_no_longer", "That class is no longer in the save."));
    return false;
  }
  return true;
}

static GameSuggestion *wrap(SaveNameSuggestion *in, int count) {
  if (!in || count <= 0) return NULL;
  GameSuggestion *out = calloc((size_t)count, sizeof *out);
  for (int i = 0; out && i < count; i++) out[i].s = in[i];
  return out;
}

static bool codes_workshop(const char *workshop, SaveCodesWorkshop *ws, char *canon, char *id, size_t idlen,
                           char *why, size_t whylen);

/* The suggestions the codes files of a folder would meet, appended to a growing list. */
typedef struct CodesCtx {
  GameState *s;
  const char *cls;
  SaveCodesWorkshop ws;
  SaveNameSuggestion *list;  /* realloc'd */
  int count;
  /* For the import: the options and the totals over every file. */
  const SaveImportOptions *opts;
  int lines, added, present, held, bad;
  char first_bad[300];
} CodesCtx;

static void suggest_codes_file(const char *name, const char *text, void *ctx_ptr) {
  (void)name;
  CodesCtx *c = ctx_ptr;
  SaveNameSuggestion *raw = NULL;
  int n = 0;
  char msg[256];
  if (save_import_suggest_codes(c->s->db, c->cls, &c->ws, text, &raw, &n, msg, sizeof msg) != SAVE_OK) n = 0;
  for (int i = 0; raw && i < n; i++) {
    bool seen = false;
    for (int k = 0; k < c->count && !seen; k++) seen = strcmp(c->list[k].incoming, raw[i].incoming) == 0;
    if (seen) continue;
    SaveNameSuggestion *grown = realloc(c->list, sizeof *grown * (size_t)(c->count + 1));
    if (!grown) break;
    c->list = grown;
    c->list[c->count++] = raw[i];
  }
  free(raw);
}

bool game_teacher_suggest_folder(GameState *s, int64_t class_id, const char *folder, GameSuggestion **out,
                                 int *count, char *msg, size_t msglen) {
  char cls[SAVE_NAME_MAX];
  *out = NULL;
  *count = 0;
  if (!class_of(s, class_id, cls, sizeof cls, msg, msglen)) return false;
  SaveNameSuggestion *raw = NULL;
  int n = 0;
  if (save_import_suggest_folder(s->db, folder, cls, &raw, &n, msg, msglen) != SAVE_OK) return false;
  /* Names in the folder's codes files too (when a workshop code is set to read them by). */
  char canon[SIM_WORKSHOP_CODE_MAX], id[64], why[256];
  CodesCtx c = {.s = s, .cls = cls, .list = raw, .count = n};
  if (codes_workshop(s->workshop, &c.ws, canon, id, sizeof id, why, sizeof why))
    each_codes_file(folder, suggest_codes_file, &c);
  *out = wrap(c.list, c.count);
  *count = *out ? c.count : 0;
  free(c.list);
  return true;
}

/* The workshop the codes were made under, as the store wants it (ids and canon in the
 * caller's buffers); false + why when no code is set or it does not resolve. */
static bool codes_workshop(const char *workshop, SaveCodesWorkshop *ws, char *canon, char *id, size_t idlen,
                           char *why, size_t whylen) {
  if (!workshop || !workshop[0]) {
    snprintf(why, whylen, TR("state_teacher.set_the_workshop_code_first", "Set the workshop code first: results codes are checked against it."));
    return false;
  }
  SimWorkshop w;
  if (scr_workshop_scenario(workshop, &w, canon, id, idlen, why, whylen) != SCR_WORKSHOP_OK) return false;
  *ws = (SaveCodesWorkshop){.code = canon, .scenario = id, .seed = w.seed};
  return true;
}

bool game_teacher_suggest_codes(GameState *s, int64_t class_id, const char *workshop, const char *text,
                                GameSuggestion **out, int *count, char *msg, size_t msglen) {
  char cls[SAVE_NAME_MAX], canon[SIM_WORKSHOP_CODE_MAX], id[64];
  SaveCodesWorkshop ws;
  *out = NULL;
  *count = 0;
  if (!class_of(s, class_id, cls, sizeof cls, msg, msglen)) return false;
  if (!codes_workshop(workshop, &ws, canon, id, sizeof id, msg, msglen)) return false;
  SaveNameSuggestion *raw = NULL;
  int n = 0;
  if (save_import_suggest_codes(s->db, cls, &ws, text, &raw, &n, msg, msglen) != SAVE_OK) return false;
  *out = wrap(raw, n);
  *count = *out ? n : 0;
  free(raw);
  return true;
}

/* The teacher's answers as the store's choices (open ones are left out: held back). */
static SaveImportOptions options(const GameSuggestion *a, int count, SaveNameChoice **choices) {
  SaveImportOptions o = {.flags = 0, .near = SAVE_NEAR_HOLD};
  *choices = count > 0 ? calloc((size_t)count, sizeof **choices) : NULL;
  int n = 0;
  for (int i = 0; *choices && i < count; i++) {
    if (a[i].answer == GAME_ANSWER_OPEN) continue;
    snprintf((*choices)[n].incoming, sizeof (*choices)[n].incoming, "%s", a[i].s.incoming);
    (*choices)[n].member_id = a[i].answer == GAME_ANSWER_ACCEPT ? a[i].s.member_id : 0;
    n++;
  }
  o.choices = *choices;
  o.nchoices = n;
  return o;
}

static void count_file(const char *name, const char *text, void *ctx) {
  (void)name;
  (void)text;
  (void)ctx;
}

static void import_codes_file(const char *name, const char *text, void *ctx_ptr) {
  CodesCtx *c = ctx_ptr;
  SaveCodesResult r;
  memset(&r, 0, sizeof r);
  char msg[256];
  if (save_import_codes(c->s->db, c->cls, &c->ws, text, c->opts, &r, msg, sizeof msg) != SAVE_OK) {
    if (!c->first_bad[0]) snprintf(c->first_bad, sizeof c->first_bad, "%s: %s", name, msg);
    c->bad++;
  } else {
    c->lines += r.lines;
    c->added += r.added;
    c->present += r.present;
    c->held += r.held;
    c->bad += r.bad;
    for (int i = 0; r.list && i < r.lines && !c->first_bad[0]; i++)
      if (r.list[i].status != SAVE_OK)
        snprintf(c->first_bad, sizeof c->first_bad, TR("state_teacher.line", "%s line %d: %s"), name, r.list[i].line, r.list[i].msg);
  }
  save_codes_free(&r);
}

bool game_teacher_import_folder(GameState *s, int64_t class_id, const char *folder, const GameSuggestion *answers,
                                int count, char *summary, size_t len) {
  char cls[SAVE_NAME_MAX];
  if (!class_of(s, class_id, cls, sizeof cls, summary, len)) return false;
  SaveNameChoice *choices = NULL;
  SaveImportOptions o = options(answers, count, &choices);
  SaveFolderResult r;
  memset(&r, 0, sizeof r);
  char msg[512];
  SaveStatus st = save_import_folder(s->db, folder, cls, &o, &r, msg, sizeof msg);
  if (st != SAVE_OK) {
    free(choices);
    snprintf(summary, len, TR("state_teacher.nothing_imported", "Nothing imported: %s"), msg);
    save_folder_free(&r);
    return false;
  }
  /* Then the results codes in the folder's .txt and .csv files (a learning platform's export). */
  char canon[SIM_WORKSHOP_CODE_MAX], id[64], why[256];
  CodesCtx c = {.s = s, .cls = cls, .opts = &o};
  bool can_codes = codes_workshop(s->workshop, &c.ws, canon, id, sizeof id, why, sizeof why);
  int codes_files = can_codes ? each_codes_file(folder, import_codes_file, &c) : each_codes_file(folder, count_file, &c);
  free(choices);
  if (r.files == 0 && codes_files == 0) {
    snprintf(summary, len, TR("state_teacher.there_are_no_hand_in", "There are no hand-in files (.rapport) or codes files (.txt, .csv) in %s."), folder);
    save_folder_free(&r);
    return false;
  }
  int used = snprintf(summary, len, TRN("state_teacher.imported_of_files", "Imported %d of %d file:", "Imported %d of %d files:",
                                        (unsigned long)r.files), r.imported, r.files);
  if (used >= 0 && (size_t)used < len)
    used += snprintf(summary + used, len - (size_t)used, TRN("state_teacher.sessions_added_already_here", " %d session added, %d already here.",
                                                            " %d sessions added, %d already here.", (unsigned long)r.added), r.added, r.present);
  if (codes_files > 0 && used >= 0 && (size_t)used < len) {
    if (!can_codes)
      used += snprintf(summary + used, len - (size_t)used, TRN("state_teacher.codes_files_not_read", " %d codes file not read: %s",
                                                              " %d codes files not read: %s", (unsigned long)codes_files), codes_files, why);
    else {
      used += snprintf(summary + used, len - (size_t)used, TRN("state_teacher.codes_files_lines", " Codes files: %d line,", " Codes files: %d lines,",
                                                              (unsigned long)c.lines), c.lines);
      /* TRANSLATORS: the two %s add "; " and the first line refused, when one was. */
      if (used >= 0 && (size_t)used < len)
        used += snprintf(summary + used, len - (size_t)used, TRN("state_teacher.codes_sessions_added", " %d session added%s%s.",
                                                                " %d sessions added%s%s.", (unsigned long)c.added), c.added,
                         c.bad ? "; " : "", c.bad ? c.first_bad : "");
    }
  }
  if (r.held > 0 && used >= 0 && (size_t)used < len)
    used += snprintf(summary + used, len - (size_t)used, TRN("state_teacher.students_held_back", " %d student held back until you answer about their name.",
                                                            " %d students held back until you answer about their name.", (unsigned long)r.held), r.held);
  /* The first file refused, by name, so the teacher knows which stick to look at. */
  for (int i = 0; r.list && i < r.files && used >= 0 && (size_t)used < len; i++)
    if (r.list[i].status != SAVE_OK) {
      used += snprintf(summary + used, len - (size_t)used, TR("state_teacher.not_imported", " Not imported: %s (%s)%s"), r.list[i].name, r.list[i].msg,
                       r.refused > 1 ? TR("state_teacher.and_others", ", and others.") : ".");
      break;
    }
  save_folder_free(&r);
  return true;
}

bool game_teacher_import_codes(GameState *s, int64_t class_id, const char *workshop, const char *text,
                               const GameSuggestion *answers, int count, char *summary, size_t len) {
  char cls[SAVE_NAME_MAX];
  if (!class_of(s, class_id, cls, sizeof cls, summary, len)) return false;
  char canon[SIM_WORKSHOP_CODE_MAX], id[64];
  SaveCodesWorkshop ws;
  if (!codes_workshop(workshop, &ws, canon, id, sizeof id, summary, len)) return false;
  SaveNameChoice *choices = NULL;
  SaveImportOptions o = options(answers, count, &choices);
  SaveCodesResult r;
  memset(&r, 0, sizeof r);
  char msg[512];
  SaveStatus st = save_import_codes(s->db, cls, &ws, text, &o, &r, msg, sizeof msg);
  free(choices);
  if (st != SAVE_OK) {
    snprintf(summary, len, TR("state_teacher.nothing_imported", "Nothing imported: %s"), msg);
    save_codes_free(&r);
    return false;
  }
  int used = snprintf(summary, len, TRN("state_teacher.read_lines", "Read %d line:", "Read %d lines:", (unsigned long)r.lines), r.lines);
  if (used >= 0 && (size_t)used < len)
    used += snprintf(summary + used, len - (size_t)used, TRN("state_teacher.sessions_added_already_here_2", " %d session added, %d already here",
                                                            " %d sessions added, %d already here", (unsigned long)r.added), r.added, r.present);
  if (used >= 0 && (size_t)used < len && r.held)
    used += snprintf(summary + used, len - (size_t)used, TR("state_teacher.held_back_until_you_answer", ", %d held back until you answer about the name"), r.held);
  if (used >= 0 && (size_t)used < len)
    used += snprintf(summary + used, len - (size_t)used, "%s", r.bad ? "." : ".");
  for (int i = 0; r.list && i < r.lines && used >= 0 && (size_t)used < len; i++)
    if (r.list[i].status != SAVE_OK) {
      used += snprintf(summary + used, len - (size_t)used, TR("state_teacher.line_2", " Line %d: %s%s"), r.list[i].line, r.list[i].msg,
                       r.bad > 1 ? TR("state_teacher.and_other_lines", " (and other lines).") : "");
      break;
    }
  save_codes_free(&r);
  return true;
}

/* ---- Files for the teacher ---- */

/* "<folder>/<class>-<what>.<ext>" with the class name made safe for a file name. */
static void file_in(char *out, size_t outlen, const char *folder, const char *cls, const char *what,
                    const char *ext) {
  char safe[SAVE_NAME_MAX];
  size_t n = 0;
  for (const char *p = cls; *p && n + 1 < sizeof safe; p++) {
    unsigned char c = (unsigned char)*p;
    safe[n++] = (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-')
                    ? (char)c : '_';
  }
  safe[n] = '\0';
  snprintf(out, outlen, "%s/%s-%s.%s", folder, safe[0] ? safe : "class", what, ext);
}

bool game_teacher_export_csv(GameState *s, int64_t class_id, bool names, const char *folder, char *path,
                             size_t pathlen, char *msg, size_t msglen) {
  char cls[SAVE_NAME_MAX];
  path[0] = '\0';
  if (!class_of(s, class_id, cls, sizeof cls, msg, msglen)) return false;
  file_in(path, pathlen, folder, cls, names ? "sessions-named" : "sessions", "csv");
  FILE *f = fopen(path, "wb");
  if (!f) {
    snprintf(msg, msglen, TR("state_teacher.could_not_write", "Could not write %s."), path);
    return false;
  }
  int rows = 0;
  /* Excel is the likely reader on a school computer: a byte order mark keeps "Zoë" right. */
  SaveStatus st = save_export_class_csv(s->db, class_id, (names ? 0u : SAVE_EXPORT_ANONYMOUS) | SAVE_EXPORT_EXCEL, f,
                                        &rows, msg, msglen);
  if (fclose(f) != 0 && st == SAVE_OK) {
    snprintf(msg, msglen, TR("state_teacher.could_not_finish_writing_is", "Could not finish writing %s (is the drive full?)."), path);
    return false;
  }
  if (st != SAVE_OK) return false;
  /* TRANSLATORS: %s is "with names" or "anonymous". */
  snprintf(msg, msglen, TRN("state_teacher.sessions_exported", "%d session, %s.", "%d sessions, %s.", (unsigned long)rows), rows,
           names ? TR("state_teacher.with_names", "with names") : TR("state_teacher.anonymous", "anonymous"));
  return true;
}

bool game_teacher_print(GameState *s, int64_t class_id, GamePrintKind kind, int64_t student_id, const char *workshop,
                        const char *folder, char *path, size_t pathlen, char *msg, size_t msglen) {
  char cls[SAVE_NAME_MAX];
  path[0] = '\0';
  if (!class_of(s, class_id, cls, sizeof cls, msg, msglen)) return false;
  SavePrintOptions o = {.class_id = class_id, .profile_id = student_id, .workshop = workshop};
  char id[64] = "", what[96];
  if (workshop && workshop[0] && scr_workshop_scenario(workshop, NULL, NULL, id, sizeof id, NULL, 0) == SCR_WORKSHOP_OK)
    for (int i = 0; i < s->scenario_count; i++)
      if (strcmp(s->scenarios[i].id, id) == 0) o.scenario_title = s->scenarios[i].title;
  if (kind == GAME_PRINT_SUMMARY) {
    o.kind = SAVE_PRINT_CLASS;
    snprintf(what, sizeof what, "summary");
  } else if (kind == GAME_PRINT_HANDOUT) {
    o.kind = SAVE_PRINT_HANDOUT;
    snprintf(what, sizeof what, "handout");
    if (!workshop || !workshop[0]) {
      snprintf(msg, msglen, TR("state_teacher.set_the_workshop_code_first_2", "Set the workshop code first: the handout prints it."));
      return false;
    }
  } else {
    o.kind = SAVE_PRINT_STUDENT;
    SaveProfile p;
    if (save_profile_get(s->db, student_id, &p, msg, msglen) != SAVE_OK) return false;
    snprintf(what, sizeof what, "student-%d", p.class_number);
  }
  file_in(path, pathlen, folder, cls, what, "html");
  if (save_print_file(s->db, &o, path, msg, msglen) != SAVE_OK) return false;
  snprintf(msg, msglen, TR("state_teacher.open_it_in_a_web", "Open it in a web browser and print it (one A4 page)."));
  return true;
}
