/* save_codes.c — results codes on the store's side (see save_handin.h): a finished
 * session's code for the debrief, and a list of "Name, CODE" lines (a learning platform's
 * export, or the game's paste box) read into the teacher's class. A code's session gets a
 * guid made from the code (its first four hex digits the session's own), so the same code
 * twice adds nothing and a hand-in file of the same session later replaces the summary.
 * Depends on SQLite, the store's API and sim/resultcode.h, sim/workshop.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "save/save_handin.h"
#include "save/save_internal.h"
#include "save/save_match.h"
#include "save/save_record.h"
#include "sim/resultcode.h"
#include "sim/sim.h"
#include "sim/workshop.h"

/* Days since 2000-01-01 of "YYYY-MM-DD..." (save_record_day_iso's scale), -1 if unreadable. */
static int iso_day(const char *iso) {
  int y = 0, m = 0, d = 0;
  if (sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || y < 2000 || m < 1 || m > 12 || d < 1 || d > 31)
    return -1;
  /* days from civil (Howard Hinnant's algorithm) */
  y -= m <= 2;
  int era = y / 400, yoe = y - era * 400;
  int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468 - 10957;
}

static void day_iso(int day, char *out, size_t outlen) {
  char iso[SAVE_TIME_MAX];
  save_record_day_iso(day, iso, sizeof iso);
  snprintf(out, outlen, "%.10s", iso);
}

SaveStatus save_result_code(SaveDb *db, int64_t session_id, char *out, size_t outlen,
                            char *msg, size_t msglen) {
  if (out && outlen) out[0] = '\0';
  if (db == NULL || out == NULL || outlen < SIM_RESULT_CODE_MAX) return SAVE_MISUSE;
  SaveSession s;
  SaveStatus st = save_session_get(db, session_id, &s, msg, msglen);
  if (st != SAVE_OK) return st;
  if (s.workshop[0] == '\0') {
    save_msgf(msg, msglen, "this session was played without a workshop code, so it has no "
              "results code");
    return SAVE_NOT_FOUND;
  }
  if (s.state == SAVE_SESSION_IN_PROGRESS) {
    save_msgf(msg, msglen, "the session is not finished yet");
    return SAVE_MISUSE;
  }
  SaveSkills k;
  bool has_skills = save_skills_get(db, session_id, &k, NULL, 0) == SAVE_OK;
  SimResultSummary r;
  memset(&r, 0, sizeof r);
  unsigned nonce = 0;
  (void)sscanf(s.guid, "%4x", &nonce);
  r.nonce = nonce;
  r.day = iso_day(s.started);
  int intention = sim_intention_from_name(s.intention);
  r.intention = intention > 0 ? intention : 0;
  r.depth_gain = s.depth_gain;
  r.callable = s.callable;
  r.cards = s.cards;
  r.conversations = s.conversations;
  r.followups = s.followups;
  r.left_early = s.left_early;
  r.rests = s.rests;
  r.energy_left = (int)(s.energy_left + 0.5);
  for (int i = 0; i < 6; i++) r.skills[i] = has_skills ? k.value[i] : 0;
  if (sim_result_code_encode(&r, s.workshop, out, outlen) != SIM_RESULT_OK) {
    save_msgf(msg, msglen, "the session's workshop code \"%s\" cannot be read", s.workshop);
    return SAVE_DAMAGED;
  }
  return SAVE_OK;
}

/* 32 hex digits: the session's 4, "c0de", then 24 from hashes of the code and workshop. */
static void code_guid(unsigned nonce, const char *canon, const char *workshop, char *out) {
  unsigned long long h[3] = {1469598103934665603ull, 1099511628211ull * 7, 0x9E3779B97F4A7C15ull};
  for (int k = 0; k < 3; k++) {
    for (const char *p = canon; *p; p++) h[k] = (h[k] ^ (unsigned char)*p) * 1099511628211ull;
    for (const char *p = workshop; *p; p++) h[k] = (h[k] ^ (unsigned char)*p) * 1099511628211ull;
  }
  snprintf(out, SAVE_GUID_MAX, "%04xc0de%08llx%08llx%08llx", nonce & 0xFFFFu,
           h[0] & 0xFFFFFFFFull, h[1] & 0xFFFFFFFFull, h[2] & 0xFFFFFFFFull);
}

SaveStatus save_codes_forget(SaveDb *dst, int64_t pid, const SaveSession *s, char *msg,
                             size_t msglen) {
  if (strlen(s->guid) < 4 || s->workshop[0] == '\0') return SAVE_OK;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(dst->db,
      "DELETE FROM sessions WHERE profile_id = ?1 AND substr(guid, 5, 4) = 'c0de' AND "
      "substr(guid, 1, 4) = substr(?2, 1, 4) AND workshop = ?3 AND "
      "substr(started, 1, 10) = substr(?4, 1, 10) AND guid <> ?2", -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, pid);
    sqlite3_bind_text(st, 2, s->guid, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, s->workshop, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, s->started, -1, SQLITE_STATIC);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(dst->db);
  }
  sqlite3_finalize(st);
  return rc == SQLITE_OK ? SAVE_OK : save_sql_fail(dst->db, rc, "replacing a code's session", msg, msglen);
}

/* Whether profile `pid` already has the session a code describes (by guid, or a handed-in
 * session with the same first four hex digits, workshop and day). */
static int already_there(SaveDb *dst, int64_t pid, const char *guid, const char *workshop,
                         const char *day, bool *there) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(dst->db,
      "SELECT count(*) FROM sessions WHERE profile_id = ?1 AND (guid = ?2 OR "
      "(substr(guid, 1, 4) = substr(?2, 1, 4) AND workshop = ?3 AND substr(started, 1, 10) = ?4))",
      -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, pid);
    sqlite3_bind_text(st, 2, guid, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, workshop, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, day, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) { *there = sqlite3_column_int(st, 0) > 0; rc = SQLITE_OK; }
  }
  sqlite3_finalize(st);
  return rc;
}

/* One line split into name, code and number (fields by tab, else comma; a name may be
 * quoted CSV). False when there is no second field. */
static bool split_line(char *line, char **name, char **code, char **number) {
  char sep = strchr(line, '\t') ? '\t' : ',';
  char *p = line;
  *number = NULL;
  if (*p == '"') {            /* "Okoro, Ben",CODE */
    char *w = ++p;
    *name = w;
    while (*p) {
      if (*p == '"' && p[1] == '"') { *w++ = '"'; p += 2; continue; }
      if (*p == '"') { p++; break; }
      *w++ = *p++;
    }
    *w = '\0';
    while (*p && *p != sep) p++;
  } else {
    *name = p;
    while (*p && *p != sep) p++;
  }
  if (*p != sep) return false;
  *p++ = '\0';
  *code = p;
  char *q = strchr(p, sep);
  if (q) { *q = '\0'; *number = q + 1; char *r = strchr(*number, sep); if (r) *r = '\0'; }
  return true;
}

static void trim(char *s) {
  size_t n = strlen(s);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r' || s[n - 1] == '\t')) s[--n] = '\0';
  size_t k = 0;
  while (s[k] == ' ') k++;
  if (k) memmove(s, s + k, n - k + 1);
}

static bool header_line(const char *name) {
  char k[64];
  if (!save_name_key(name, k, sizeof k)) return false;
  return strcmp(k, "name") == 0 || strcmp(k, "student") == 0 || strcmp(k, "full name") == 0 ||
         strcmp(k, "student name") == 0;
}

typedef struct Parsed {
  char name[SAVE_NAME_MAX];
  char number[SAVE_STUDENT_NO_MAX];
  SimResultSummary r;
  char canon[SIM_RESULT_CODE_MAX];
} Parsed;

/* Reads one non-blank line into *p; false with line->msg set when it is bad. */
static bool parse_line(char *text, const char *workshop, SaveCodesLine *line, Parsed *p,
                       bool *header) {
  char *name = NULL, *code = NULL, *number = NULL;
  *header = false;
  if (!split_line(text, &name, &code, &number)) {
    snprintf(line->msg, sizeof line->msg, "expected a name, a tab or comma, then the code");
    return false;
  }
  trim(name);
  trim(code);
  if (number) trim(number);
  if (!save_name_normalise(name, p->name, sizeof p->name) || p->name[0] == '\0') {
    snprintf(line->msg, sizeof line->msg, p->name[0] ? "the name is too long" : "the name is empty");
    return false;
  }
  save_copy_text(line->name, sizeof line->name, (const unsigned char *)p->name);
  if (header_line(p->name)) { *header = true; return false; }
  p->number[0] = '\0';
  if (number && number[0]) {
    if (!save_student_no_valid(number)) {
      snprintf(line->msg, sizeof line->msg, "the student number \"%.24s\" may hold only "
               "letters, digits, - and /", number);
      return false;
    }
    snprintf(p->number, sizeof p->number, "%s", number);
  }
  char err[160];
  if (sim_result_code_decode(code, workshop, &p->r, p->canon, sizeof p->canon, err, sizeof err) !=
      SIM_RESULT_OK) {
    snprintf(line->msg, sizeof line->msg, "%s", err);
    return false;
  }
  return true;
}

static SaveStatus put_code(SaveDb *dst, int64_t pid, const Parsed *p, const SaveCodesWorkshop *w,
                           const char *workshop_canon, bool *added, char *msg, size_t msglen) {
  SaveSession s;
  memset(&s, 0, sizeof s);
  code_guid(p->r.nonce, p->canon, workshop_canon, s.guid);
  char day[16];
  day_iso(p->r.day, day, sizeof day);
  bool there = false;
  int rc = already_there(dst, pid, s.guid, workshop_canon, day, &there);
  if (rc != SQLITE_OK) return save_sql_fail(dst->db, rc, "reading a code's session", msg, msglen);
  *added = !there;
  if (there) return SAVE_OK;
  s.profile_id = pid;
  save_copy_text(s.scenario, sizeof s.scenario, (const unsigned char *)w->scenario);
  s.seed = w->seed;
  save_copy_text(s.workshop, sizeof s.workshop, (const unsigned char *)workshop_canon);
  snprintf(s.started, sizeof s.started, "%sT00:00:00Z", day);
  const char *intent = sim_intention_name((SimIntention)p->r.intention);
  save_copy_text(s.intention, sizeof s.intention,
                 (const unsigned char *)(p->r.intention > 0 && intent ? intent : ""));
  SaveStatus st = save_session_begin(dst, &s, msg, msglen);
  if (st != SAVE_OK) return st;
  snprintf(s.ended, sizeof s.ended, "%sT00:00:00Z", day);
  s.state = SAVE_SESSION_COMPLETED;
  s.depth_gain = p->r.depth_gain;
  s.callable = p->r.callable;
  s.cards = p->r.cards;
  s.conversations = p->r.conversations;
  s.followups = p->r.followups;
  s.left_early = p->r.left_early;
  s.rests = p->r.rests;
  s.energy_left = p->r.energy_left;
  SaveSkills k;
  memset(&k, 0, sizeof k);
  k.session_id = s.id;
  for (int i = 0; i < SAVE_SKILL_COUNT; i++) k.value[i] = p->r.skills[i];
  return save_session_update(dst, &s, &k, NULL, 0, msg, msglen);
}

static SaveStatus run_codes(SaveDb *teacher, const char *class_name, const SaveCodesWorkshop *w,
                            const char *text, const SaveImportOptions *opts, bool dry,
                            SaveCodesResult *out, char *msg, size_t msglen) {
  memset(out, 0, sizeof *out);
  SaveClass cls;
  SaveStatus st = save_class_find(teacher, class_name, &cls, msg, msglen);
  if (st != SAVE_OK) return st;
  char canon[SIM_WORKSHOP_CODE_MAX];
  SimWorkshop ws;
  if (w == NULL || w->code == NULL || w->scenario == NULL ||
      sim_workshop_decode(w->code, &ws, canon, sizeof canon, NULL, 0) != SIM_WORKSHOP_OK) {
    save_msgf(msg, msglen, "the workshop code \"%.20s\" is not a workshop code",
              w && w->code ? w->code : "");
    return SAVE_MISUSE;
  }
  size_t len = strlen(text);
  char *copy = malloc(len + 1);
  int cap = 0;
  if (copy == NULL) return SAVE_NO_MEMORY;
  memcpy(copy, text, len + 1);
  st = save_batch_begin(teacher, msg, msglen);
  char *save = NULL;
  int lineno = 0;
  for (char *at = copy; st == SAVE_OK && at != NULL; at = save) {
    char *nl = strchr(at, '\n');
    save = nl ? nl + 1 : NULL;
    if (nl) *nl = '\0';
    lineno++;
    if (lineno == 1 && (unsigned char)at[0] == 0xEF && (unsigned char)at[1] == 0xBB &&
        (unsigned char)at[2] == 0xBF)
      at += 3;                         /* Excel's byte order mark */
    char probe[8];
    if (sscanf(at, " %7s", probe) != 1) continue;   /* blank */
    if (out->lines >= SAVE_CODES_MAX_LINES) break;
    if (out->lines == cap) {
      cap = cap ? cap * 2 : 64;
      SaveCodesLine *grown = realloc(out->list, sizeof *grown * (size_t)cap);
      if (grown == NULL) { st = SAVE_NO_MEMORY; break; }
      out->list = grown;
    }
    SaveCodesLine *line = &out->list[out->lines];
    memset(line, 0, sizeof *line);
    line->line = lineno;
    Parsed p;
    bool header = false;
    if (!parse_line(at, canon, line, &p, &header)) {
      if (header && out->lines == 0) continue;
      line->status = SAVE_MISUSE;
      out->lines++;
      out->bad++;
      continue;
    }
    out->lines++;
    /* A code already in the save: present when it is this student's, else someone has
     * handed in another's code (refused, and no member is made for the name). */
    char guid[SAVE_GUID_MAX];
    code_guid(p.r.nonce, p.canon, canon, guid);
    SaveSession have;
    SaveProfile owner;
    if (save_session_find_guid(teacher, guid, &have, NULL, 0) == SAVE_OK &&
        save_profile_get(teacher, have.profile_id, &owner, NULL, 0) == SAVE_OK) {
      char k1[4 * SAVE_NAME_MAX], k2[4 * SAVE_NAME_MAX];
      bool same = (p.number[0] && strcmp(p.number, owner.student_no) == 0) ||
                  (save_name_key(p.name, k1, sizeof k1) && save_name_key(owner.name, k2, sizeof k2) &&
                   strcmp(k1, k2) == 0);
      if (same) {
        save_copy_text(line->member, sizeof line->member, (const unsigned char *)owner.name);
        out->present++;
      } else {
        line->status = SAVE_CONFLICT;
        snprintf(line->msg, sizeof line->msg, "this code is already in the class as %.60s's "
                 "session: each student hands in their own code", owner.name);
        out->bad++;
      }
      continue;
    }
    SaveProfile tp;
    SaveMatch how;
    SaveNameSuggestion held;
    char why[256] = "";
    st = save_match_student(teacher, &cls, p.name, p.number, NULL, opts, &tp, &how, &held, why,
                            sizeof why);
    if (st != SAVE_OK) { save_msgf(msg, msglen, "line %d: %s", lineno, why); break; }
    if (how == SAVE_MATCH_HELD) {
      line->held = true;
      snprintf(line->msg, sizeof line->msg, "%s", why);
      out->held++;
      continue;
    }
    line->created = how == SAVE_MATCH_CREATED;
    save_copy_text(line->member, sizeof line->member, (const unsigned char *)tp.name);
    if (line->created) out->new_students++;
    st = put_code(teacher, tp.id, &p, w, canon, &line->added, msg, msglen);
    if (st == SAVE_OK && line->added) out->added++;
    else if (st == SAVE_OK) out->present++;
  }
  if (st == SAVE_OK && !dry) st = save_batch_commit(teacher, msg, msglen);
  else save_batch_rollback(teacher);
  free(copy);
  if (st != SAVE_OK) save_codes_free(out);
  return st;
}

SaveStatus save_import_codes(SaveDb *teacher, const char *class_name,
                             const SaveCodesWorkshop *workshop, const char *text,
                             const SaveImportOptions *opts, SaveCodesResult *out, char *msg,
                             size_t msglen) {
  if (teacher == NULL || class_name == NULL || text == NULL || out == NULL) return SAVE_MISUSE;
  SaveImportOptions hold;
  if (opts == NULL) { memset(&hold, 0, sizeof hold); opts = &hold; }
  return run_codes(teacher, class_name, workshop, text, opts,
                   (opts->flags & SAVE_IMPORT_DRY_RUN) != 0, out, msg, msglen);
}

SaveStatus save_import_suggest_codes(SaveDb *teacher, const char *class_name,
                                     const SaveCodesWorkshop *workshop, const char *text,
                                     SaveNameSuggestion **out, int *count, char *msg,
                                     size_t msglen) {
  *out = NULL;
  *count = 0;
  if (teacher == NULL || class_name == NULL || text == NULL) return SAVE_MISUSE;
  SaveImportOptions o;
  memset(&o, 0, sizeof o);
  SaveCodesResult r;
  SaveStatus st = run_codes(teacher, class_name, workshop, text, &o, true, &r, msg, msglen);
  if (st != SAVE_OK) return st;
  SaveClass cls;
  st = save_class_find(teacher, class_name, &cls, msg, msglen);
  for (int i = 0; st == SAVE_OK && i < r.lines; i++) {
    if (!r.list[i].held) continue;
    SaveNameSuggestion s;
    SaveStatus got = save_name_suggest(teacher, cls.id, r.list[i].name, &s, NULL, 0);
    if (got != SAVE_OK) {       /* a shared name: listed with distance 0 */
      memset(&s, 0, sizeof s);
      save_copy_text(s.incoming, sizeof s.incoming, (const unsigned char *)r.list[i].name);
    }
    bool seen = false;
    for (int k = 0; k < *count && !seen; k++) seen = strcmp((*out)[k].incoming, s.incoming) == 0;
    if (seen) continue;
    SaveNameSuggestion *grown = realloc(*out, sizeof *grown * (size_t)(*count + 1));
    if (grown == NULL) { st = SAVE_NO_MEMORY; break; }
    *out = grown;
    (*out)[(*count)++] = s;
  }
  save_codes_free(&r);
  if (st != SAVE_OK) { free(*out); *out = NULL; *count = 0; }
  return st;
}

void save_codes_free(SaveCodesResult *r) {
  if (r == NULL) return;
  free(r->list);
  r->list = NULL;
  r->lines = 0;
}
