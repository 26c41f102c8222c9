/* save_read.c — the queries the screens and commands need: sessions with skills, the
 * roster, choices, guesses, reflections, maintenance and a class's sessions.
 * Lists write at most `max` rows and report how many there are in *total.
 * Depends on SQLite and the C library.
 */
#include <string.h>

#include "save/save_internal.h"

/* Fills row `i` of a list from the current statement row. */
typedef void (*RowFn)(sqlite3_stmt *st, void *out, int i);

/* Runs `sql` with ?1 bound to `key` (and ?2 to `text` when not NULL). */
static SaveStatus list(SaveDb *db, const char *sql, int64_t key, const char *text, RowFn fn,
                       void *out, int max, int *total, const char *what, char *msg,
                       size_t msglen) {
  if (total) *total = 0;
  if (db == NULL || db->db == NULL || max < 0) {
    save_msgf(msg, msglen, "%s: no save is open", what);
    return SAVE_MISUSE;
  }
  if (msg != NULL && msglen > 0) msg[0] = '\0';
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db, sql, -1, &st, NULL);
  int n = 0;
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, key);
    if (text) sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      if (n < max && out != NULL) fn(st, out, n);
      n++;
    }
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  sqlite3_finalize(st);
  if (total) *total = n;
  if (rc != SQLITE_OK) return save_sql_fail(db->db, rc, what, msg, msglen);
  return SAVE_OK;
}

/* A single row: SAVE_NOT_FOUND when the query returns none. */
static SaveStatus one(SaveDb *db, const char *sql, int64_t key, const char *text, RowFn fn,
                      void *out, const char *what, char *msg, size_t msglen) {
  if (out == NULL) return SAVE_MISUSE;
  int total = 0;
  SaveStatus s = list(db, sql, key, text, fn, out, 1, &total, what, msg, msglen);
  if (s == SAVE_OK && total == 0) {
    save_msgf(msg, msglen, "%s: not found", what);
    return SAVE_NOT_FOUND;
  }
  return s;
}

static void session_fn(sqlite3_stmt *st, void *out, int i) {
  save_read_session_row(st, 0, &((SaveSession *)out)[i]);
}

#define ROW_COLUMNS SAVE_SESSION_COLUMNS ", k.session_id IS NOT NULL, k.introductions, " \
  "k.curiosity, k.generosity, k.timing, k.follow_through, k.energy, p.name, " \
  "COALESCE(m.number, 0), COALESCE(m.anon, 0), COALESCE(k.evidence, '')"
#define ROW_FROM " FROM sessions s JOIN profiles p ON p.id = s.profile_id " \
  "LEFT JOIN skills k ON k.session_id = s.id LEFT JOIN class_members m ON m.profile_id = p.id "

static void row_fn(sqlite3_stmt *st, void *out, int i) {
  SaveSessionRow *r = &((SaveSessionRow *)out)[i];
  memset(r, 0, sizeof *r);
  save_read_session_row(st, 0, &r->session);
  int c = SAVE_SESSION_NCOLUMNS;
  r->has_skills = sqlite3_column_int(st, c) != 0;
  r->skills.session_id = r->session.id;
  for (int k = 0; k < SAVE_SKILL_COUNT; k++) r->skills.value[k] = sqlite3_column_int(st, c + 1 + k);
  save_copy_text(r->profile_name, sizeof r->profile_name, sqlite3_column_text(st, c + 7));
  r->class_number = sqlite3_column_int(st, c + 8);
  r->anon_number = sqlite3_column_int(st, c + 9);
  save_evidence_parse(sqlite3_column_text(st, c + 10), r->skills.evidence);
}

SaveStatus save_session_get(SaveDb *db, int64_t session_id, SaveSession *out, char *msg,
                            size_t msglen) {
  return one(db, "SELECT " SAVE_SESSION_COLUMNS " FROM sessions s WHERE s.id = ?1", session_id,
             NULL, session_fn, out, "reading a session", msg, msglen);
}

SaveStatus save_session_find_guid(SaveDb *db, const char *guid, SaveSession *out, char *msg,
                                  size_t msglen) {
  if (guid == NULL) return SAVE_MISUSE;
  return one(db, "SELECT " SAVE_SESSION_COLUMNS " FROM sessions s WHERE s.guid = ?2", 0, guid,
             session_fn, out, "finding a session", msg, msglen);
}

SaveStatus save_session_find_in_progress(SaveDb *db, int64_t profile_id, SaveSession *out,
                                         char *msg, size_t msglen) {
  return one(db, "SELECT " SAVE_SESSION_COLUMNS " FROM sessions s WHERE s.profile_id = ?1 AND "
             "s.status = 'in_progress' ORDER BY s.started DESC, s.id DESC LIMIT 1", profile_id,
             NULL, session_fn, out, "finding an unfinished session", msg, msglen);
}

SaveStatus save_profile_sessions(SaveDb *db, int64_t profile_id, SaveSessionRow *out, int max,
                                 int *total, char *msg, size_t msglen) {
  return list(db, "SELECT " ROW_COLUMNS ROW_FROM "WHERE s.profile_id = ?1 "
              "ORDER BY s.started, s.id", profile_id, NULL, row_fn, out, max, total,
              "listing sessions", msg, msglen);
}

SaveStatus save_class_sessions(SaveDb *db, int64_t class_id, SaveSessionRow *out, int max,
                               int *total, char *msg, size_t msglen) {
  return list(db, "SELECT " ROW_COLUMNS ROW_FROM "WHERE m.class_id = ?1 "
              "ORDER BY p.name, p.id, s.started, s.id", class_id, NULL, row_fn, out, max, total,
              "listing the class's sessions", msg, msglen);
}

static void skills_fn(sqlite3_stmt *st, void *out, int i) {
  SaveSkills *k = &((SaveSkills *)out)[i];
  k->session_id = sqlite3_column_int64(st, 0);
  for (int j = 0; j < SAVE_SKILL_COUNT; j++) k->value[j] = sqlite3_column_int(st, 1 + j);
  save_evidence_parse(sqlite3_column_text(st, 7), k->evidence);
}

SaveStatus save_skills_get(SaveDb *db, int64_t session_id, SaveSkills *out, char *msg,
                           size_t msglen) {
  return one(db, "SELECT session_id, introductions, curiosity, generosity, timing, "
             "follow_through, energy, evidence FROM skills WHERE session_id = ?1", session_id, NULL,
             skills_fn, out, "reading skills", msg, msglen);
}

static void choice_fn(sqlite3_stmt *st, void *out, int i) {
  SaveChoice *c = &((SaveChoice *)out)[i];
  memset(c, 0, sizeof *c);
  c->session_id = sqlite3_column_int64(st, 0);
  c->seq = sqlite3_column_int(st, 1);
  c->talk = sqlite3_column_int(st, 2);
  save_copy_text(c->person, sizeof c->person, sqlite3_column_text(st, 3));
  save_copy_text(c->node, sizeof c->node, sqlite3_column_text(st, 4));
  save_copy_text(c->choice, sizeof c->choice, sqlite3_column_text(st, 5));
  save_copy_text(c->style, sizeof c->style, sqlite3_column_text(st, 6));
  c->d_interest = sqlite3_column_double(st, 7);
  c->d_trust = sqlite3_column_double(st, 8);
  c->d_progress = sqlite3_column_double(st, 9);
  c->energy_cost = sqlite3_column_double(st, 10);
  save_copy_text(c->reasons, sizeof c->reasons, sqlite3_column_text(st, 11));
}

SaveStatus save_choices(SaveDb *db, int64_t session_id, SaveChoice *out, int max, int *total,
                        char *msg, size_t msglen) {
  return list(db, "SELECT session_id, seq, talk, person, node, choice, style, d_interest, "
              "d_trust, d_progress, energy_cost, reasons FROM choices WHERE session_id = ?1 "
              "ORDER BY seq", session_id, NULL, choice_fn, out, max, total, "listing choices",
              msg, msglen);
}

#define RELATION_SELECT "SELECT profile_id, person, name, org, tier, progress, trust, facts, " \
  "facts_shared, names_exchanged, card, contact, followed_up, maintained, last_day, last_date, " \
  "conversations FROM relations "

static void relation_fn(sqlite3_stmt *st, void *out, int i) {
  SaveRelation *r = &((SaveRelation *)out)[i];
  memset(r, 0, sizeof *r);
  r->profile_id = sqlite3_column_int64(st, 0);
  save_copy_text(r->person, sizeof r->person, sqlite3_column_text(st, 1));
  save_copy_text(r->name, sizeof r->name, sqlite3_column_text(st, 2));
  save_copy_text(r->org, sizeof r->org, sqlite3_column_text(st, 3));
  r->tier = sqlite3_column_int(st, 4);
  r->progress = sqlite3_column_double(st, 5);
  r->trust = sqlite3_column_double(st, 6);
  save_copy_text(r->facts, sizeof r->facts, sqlite3_column_text(st, 7));
  r->facts_shared = sqlite3_column_int(st, 8);
  r->names_exchanged = sqlite3_column_int(st, 9) != 0;
  r->card = sqlite3_column_int(st, 10) != 0;
  r->contact = sqlite3_column_int(st, 11) != 0;
  r->followed_up = sqlite3_column_int(st, 12) != 0;
  r->maintained = sqlite3_column_int(st, 13);
  r->last_day = sqlite3_column_int(st, 14);
  save_copy_text(r->last_date, sizeof r->last_date, sqlite3_column_text(st, 15));
  r->conversations = sqlite3_column_int(st, 16);
}

SaveStatus save_roster(SaveDb *db, int64_t profile_id, SaveRelation *out, int max, int *total,
                       char *msg, size_t msglen) {
  return list(db, RELATION_SELECT "WHERE profile_id = ?1 ORDER BY tier DESC, name, person",
              profile_id, NULL, relation_fn, out, max, total, "reading the roster", msg, msglen);
}

SaveStatus save_relation_get(SaveDb *db, int64_t profile_id, const char *person,
                             SaveRelation *out, char *msg, size_t msglen) {
  if (person == NULL) return SAVE_MISUSE;
  return one(db, RELATION_SELECT "WHERE profile_id = ?1 AND person = ?2", profile_id, person,
             relation_fn, out, "reading a relation", msg, msglen);
}

static void guess_fn(sqlite3_stmt *st, void *out, int i) {
  SaveGuess *g = &((SaveGuess *)out)[i];
  memset(g, 0, sizeof *g);
  g->session_id = sqlite3_column_int64(st, 0);
  g->talk = sqlite3_column_int(st, 1);
  save_copy_text(g->person, sizeof g->person, sqlite3_column_text(st, 2));
  g->guess = sqlite3_column_int(st, 3);
  g->actual = sqlite3_column_int(st, 4);
}

SaveStatus save_guesses(SaveDb *db, int64_t session_id, SaveGuess *out, int max, int *total,
                        char *msg, size_t msglen) {
  return list(db, "SELECT session_id, talk, person, guess, actual FROM guesses "
              "WHERE session_id = ?1 ORDER BY talk", session_id, NULL, guess_fn, out, max, total,
              "reading guesses", msg, msglen);
}

static void reflection_fn(sqlite3_stmt *st, void *out, int i) {
  SaveReflection *r = &((SaveReflection *)out)[i];
  memset(r, 0, sizeof *r);
  r->session_id = sqlite3_column_int64(st, 0);
  save_copy_text(r->started, sizeof r->started, sqlite3_column_text(st, 1));
  save_copy_text(r->text, sizeof r->text, sqlite3_column_text(st, 2));
}

SaveStatus save_reflections(SaveDb *db, int64_t profile_id, SaveReflection *out, int max,
                            int *total, char *msg, size_t msglen) {
  return list(db, "SELECT r.session_id, s.started, r.text FROM reflections r JOIN sessions s "
              "ON s.id = r.session_id WHERE s.profile_id = ?1 ORDER BY s.started, s.id",
              profile_id, NULL, reflection_fn, out, max, total, "reading reflections", msg,
              msglen);
}

static void maintenance_fn(sqlite3_stmt *st, void *out, int i) {
  SaveMaintenance *m = &((SaveMaintenance *)out)[i];
  memset(m, 0, sizeof *m);
  m->profile_id = sqlite3_column_int64(st, 0);
  m->week = sqlite3_column_int(st, 1);
  save_copy_text(m->person, sizeof m->person, sqlite3_column_text(st, 2));
  save_copy_text(m->kind, sizeof m->kind, sqlite3_column_text(st, 3));
}

SaveStatus save_maintenance_list(SaveDb *db, int64_t profile_id, SaveMaintenance *out, int max,
                                 int *total, char *msg, size_t msglen) {
  return list(db, "SELECT profile_id, week, person, kind FROM maintenance WHERE profile_id = ?1 "
              "ORDER BY week, id", profile_id, NULL, maintenance_fn, out, max, total,
              "reading maintenance", msg, msglen);
}
