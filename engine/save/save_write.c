/* save_write.c — the moments the game saves: a session's start (idempotent on its guid),
 * each conversation's end, the event's end and the follow-up, a between-events week, a
 * reflection. Each is one transaction; rows are upserted so that saving again after a
 * crash never duplicates anything. Depends on SQLite and the C library.
 */
#include <string.h>

#include "save/save_internal.h"

/* Prepared statement or an SQLite error code. */
static int prep(SaveDb *db, const char *sql, sqlite3_stmt **st) {
  return sqlite3_prepare_v2(db->db, sql, -1, st, NULL);
}

static int step_done(SaveDb *db, sqlite3_stmt *st) {
  int rc = sqlite3_step(st);
  return rc == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db->db);
}

static bool terminated(const char *s, size_t size) { return memchr(s, '\0', size) != NULL; }

/* A session's difficulty as stored; an out-of-range value is stored as standard. */
static const char *difficulty_word(int difficulty) {
  const char *name = save_difficulty_name(difficulty);
  return name ? name : "standard";
}

SaveStatus save_session_begin(SaveDb *db, SaveSession *s, char *msg, size_t msglen) {
  if (s == NULL || strlen(s->guid) == 0 || !terminated(s->scenario, sizeof s->scenario) ||
      s->scenario[0] == '\0' || s->started[0] == '\0') {
    save_msgf(msg, msglen, "starting a session: it needs a guid, a scenario and a start time");
    return SAVE_MISUSE;
  }
  SaveStatus r = save_tx_begin(db, "starting a session", msg, msglen);
  if (r != SAVE_OK) return r;
  sqlite3_stmt *st = NULL;
  int rc = prep(db,
      "INSERT INTO sessions(guid, profile_id, scenario, seed, workshop, started, intention, status,"
      " difficulty, day) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 'in_progress', ?8, ?9)"
      " ON CONFLICT(guid) DO NOTHING", &st);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, s->guid, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, s->profile_id);
    sqlite3_bind_text(st, 3, s->scenario, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)s->seed);
    sqlite3_bind_text(st, 5, s->workshop, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, s->started, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, s->intention, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, difficulty_word(s->difficulty), -1, SQLITE_STATIC);
    if (s->day >= 0) sqlite3_bind_int64(st, 9, s->day);
    else sqlite3_bind_null(st, 9);
    rc = step_done(db, st);
  }
  sqlite3_finalize(st);
  st = NULL;
  SaveSession found;
  bool have = false;
  if (rc == SQLITE_OK)
    rc = prep(db, "SELECT " SAVE_SESSION_COLUMNS " FROM sessions s WHERE s.guid = ?1", &st);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, s->guid, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) { save_read_session_row(st, 0, &found); have = true; rc = SQLITE_OK; }
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK || !have) {
    if (rc == SQLITE_OK) rc = SQLITE_INTERNAL;
    SaveStatus e = save_sql_fail(db->db, rc, "starting a session", msg, msglen);
    if ((rc & 0xff) == SQLITE_CONSTRAINT)
      save_msgf(msg, msglen, "starting a session: there is no profile with id %lld",
                (long long)s->profile_id);
    return save_tx_abort(db, e == SAVE_CONFLICT ? SAVE_NOT_FOUND : e);
  }
  if (found.profile_id != s->profile_id) {
    save_msgf(msg, msglen, "starting a session: session %s belongs to another profile", s->guid);
    return save_tx_abort(db, SAVE_CONFLICT);
  }
  r = save_tx_commit(db, "starting a session", msg, msglen);
  if (r == SAVE_OK) *s = found;
  return r;
}

static int put_relation(SaveDb *db, sqlite3_stmt *st, const SaveRelation *r) {
  sqlite3_reset(st);
  sqlite3_bind_int64(st, 1, r->profile_id);
  sqlite3_bind_text(st, 2, r->person, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, 3, r->name, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, 4, r->org, -1, SQLITE_STATIC);
  sqlite3_bind_int(st, 5, r->tier);
  sqlite3_bind_double(st, 6, r->progress);
  sqlite3_bind_double(st, 7, r->trust);
  sqlite3_bind_text(st, 8, r->facts, -1, SQLITE_STATIC);
  sqlite3_bind_int(st, 9, r->facts_shared);
  sqlite3_bind_int(st, 10, r->names_exchanged);
  sqlite3_bind_int(st, 11, r->card);
  sqlite3_bind_int(st, 12, r->contact);
  sqlite3_bind_int(st, 13, r->followed_up);
  sqlite3_bind_int(st, 14, r->maintained);
  sqlite3_bind_int(st, 15, r->last_day);
  sqlite3_bind_text(st, 16, r->last_date, -1, SQLITE_STATIC);
  sqlite3_bind_int(st, 17, r->conversations);
  return step_done(db, st);
}

static bool relation_ok(const SaveRelation *r) {
  return terminated(r->person, sizeof r->person) && r->person[0] != '\0' &&
         terminated(r->name, sizeof r->name) && terminated(r->org, sizeof r->org) &&
         terminated(r->facts, sizeof r->facts) &&
         terminated(r->last_date, sizeof r->last_date) && r->tier >= 0 && r->tier <= 5;
}

/* Upserts `rels` inside the caller's transaction. */
static int put_relations(SaveDb *db, const SaveRelation *rels, int nrels) {
  if (nrels <= 0) return SQLITE_OK;
  sqlite3_stmt *st = NULL;
  int rc = prep(db,
      "INSERT INTO relations(profile_id, person, name, org, tier, progress, trust, facts, "
      "facts_shared, names_exchanged, card, contact, followed_up, maintained, last_day, "
      "last_date, conversations) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
      "?14, ?15, ?16, ?17) ON CONFLICT(profile_id, person) DO UPDATE SET name = excluded.name, "
      "org = excluded.org, tier = excluded.tier, progress = excluded.progress, "
      "trust = excluded.trust, facts = excluded.facts, facts_shared = excluded.facts_shared, "
      "names_exchanged = excluded.names_exchanged, card = excluded.card, "
      "contact = excluded.contact, followed_up = excluded.followed_up, "
      "maintained = excluded.maintained, last_day = excluded.last_day, "
      "last_date = excluded.last_date, conversations = excluded.conversations", &st);
  for (int i = 0; rc == SQLITE_OK && i < nrels; i++)
    rc = relation_ok(&rels[i]) ? put_relation(db, st, &rels[i]) : SQLITE_RANGE;
  sqlite3_finalize(st);
  return rc;
}

static int put_choices(SaveDb *db, int64_t session_id, const SaveChoice *c, int n) {
  if (n <= 0) return SQLITE_OK;
  sqlite3_stmt *st = NULL;
  int rc = prep(db,
      "INSERT INTO choices(session_id, seq, talk, person, node, choice, style, d_interest, "
      "d_trust, d_progress, energy_cost, reasons) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
      "?10, ?11, ?12) ON CONFLICT(session_id, seq) DO UPDATE SET talk = excluded.talk, "
      "person = excluded.person, node = excluded.node, choice = excluded.choice, "
      "style = excluded.style, d_interest = excluded.d_interest, d_trust = excluded.d_trust, "
      "d_progress = excluded.d_progress, energy_cost = excluded.energy_cost, "
      "reasons = excluded.reasons", &st);
  for (int i = 0; rc == SQLITE_OK && i < n; i++) {
    if (!terminated(c[i].person, sizeof c[i].person) || !terminated(c[i].node, sizeof c[i].node) ||
        !terminated(c[i].choice, sizeof c[i].choice) || !terminated(c[i].style, sizeof c[i].style) ||
        !terminated(c[i].reasons, sizeof c[i].reasons)) {
      rc = SQLITE_RANGE;
      break;
    }
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, session_id);
    sqlite3_bind_int(st, 2, c[i].seq);
    sqlite3_bind_int(st, 3, c[i].talk);
    sqlite3_bind_text(st, 4, c[i].person, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, c[i].node, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, c[i].choice, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, c[i].style, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 8, c[i].d_interest);
    sqlite3_bind_double(st, 9, c[i].d_trust);
    sqlite3_bind_double(st, 10, c[i].d_progress);
    sqlite3_bind_double(st, 11, c[i].energy_cost);
    sqlite3_bind_text(st, 12, c[i].reasons, -1, SQLITE_STATIC);
    rc = step_done(db, st);
  }
  sqlite3_finalize(st);
  return rc;
}

static int put_guess(SaveDb *db, int64_t session_id, const SaveGuess *g) {
  if (g == NULL) return SQLITE_OK;
  if (!terminated(g->person, sizeof g->person)) return SQLITE_RANGE;
  sqlite3_stmt *st = NULL;
  int rc = prep(db,
      "INSERT INTO guesses(session_id, talk, person, guess, actual) VALUES(?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT(session_id, talk) DO UPDATE SET person = excluded.person, "
      "guess = excluded.guess, actual = excluded.actual", &st);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, session_id);
    sqlite3_bind_int(st, 2, g->talk);
    sqlite3_bind_text(st, 3, g->person, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, g->guess);
    sqlite3_bind_int(st, 5, g->actual);
    rc = step_done(db, st);
  }
  sqlite3_finalize(st);
  return rc;
}

/* Ends a write: rolls back with a message on failure, commits otherwise. */
static SaveStatus finish(SaveDb *db, int rc, const char *what, char *msg, size_t msglen) {
  if (rc != SQLITE_OK) {
    SaveStatus e = save_sql_fail(db->db, rc, what, msg, msglen);
    if ((rc & 0xff) == SQLITE_RANGE)
      save_msgf(msg, msglen, "%s: a record has a missing id, an unterminated text or a value "
                "out of range", what);
    if (rc == SQLITE_CONSTRAINT_FOREIGNKEY) {
      save_msgf(msg, msglen, "%s: its session or profile does not exist", what);
      e = SAVE_NOT_FOUND;
    }
    return save_tx_abort(db, e);
  }
  return save_tx_commit(db, what, msg, msglen);
}

SaveStatus save_conversation(SaveDb *db, int64_t session_id, const SaveChoice *choices,
                             int nchoices, const SaveRelation *rels, int nrels,
                             const SaveGuess *guess, char *msg, size_t msglen) {
  if (nchoices < 0 || nrels < 0 || (nchoices > 0 && choices == NULL) ||
      (nrels > 0 && rels == NULL)) {
    save_msgf(msg, msglen, "saving a conversation: bad arguments");
    return SAVE_MISUSE;
  }
  SaveStatus r = save_tx_begin(db, "saving a conversation", msg, msglen);
  if (r != SAVE_OK) return r;
  int rc = put_choices(db, session_id, choices, nchoices);
  if (rc == SQLITE_OK) rc = put_relations(db, rels, nrels);
  if (rc == SQLITE_OK) rc = put_guess(db, session_id, guess);
  return finish(db, rc, "saving a conversation", msg, msglen);
}

static int put_skills(SaveDb *db, int64_t session_id, const SaveSkills *k) {
  if (k == NULL) return SQLITE_OK;
  for (int i = 0; i < SAVE_SKILL_COUNT; i++)
    if (k->value[i] < 0 || k->value[i] > 100) return SQLITE_RANGE;
  sqlite3_stmt *st = NULL;
  int rc = prep(db,
      "INSERT OR REPLACE INTO skills(session_id, introductions, curiosity, generosity, timing, "
      "follow_through, energy, evidence) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", &st);
  char evidence[96];
  save_evidence_format(k->evidence, evidence, sizeof evidence);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, session_id);
    for (int i = 0; i < SAVE_SKILL_COUNT; i++) sqlite3_bind_int(st, 2 + i, k->value[i]);
    sqlite3_bind_text(st, 8, evidence, -1, SQLITE_TRANSIENT);
    rc = step_done(db, st);
  }
  sqlite3_finalize(st);
  return rc;
}

SaveStatus save_session_update(SaveDb *db, const SaveSession *s, const SaveSkills *skills,
                               const SaveRelation *rels, int nrels, char *msg, size_t msglen) {
  if (s == NULL || nrels < 0 || (nrels > 0 && rels == NULL) ||
      !terminated(s->ended, sizeof s->ended) || !terminated(s->intention, sizeof s->intention)) {
    save_msgf(msg, msglen, "saving the session: bad arguments");
    return SAVE_MISUSE;
  }
  SaveStatus r = save_tx_begin(db, "saving the session", msg, msglen);
  if (r != SAVE_OK) return r;
  sqlite3_stmt *st = NULL;
  int rc = prep(db,
      "UPDATE sessions SET ended = NULLIF(?2, ''), status = ?3, depth_gain = ?4, "
      "network_strength = ?5, callable = ?6, cards = ?7, online_connections = ?8, "
      "energy_left = ?9, conversations = ?10, intention = ?11, followups = ?12, "
      "left_early = ?13, rests = ?14, difficulty = ?15, day = COALESCE(?16, day) WHERE id = ?1", &st);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, s->id);
    sqlite3_bind_text(st, 2, s->ended, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, save_state_name(s->state), -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 4, s->depth_gain);
    sqlite3_bind_double(st, 5, s->network_strength);
    sqlite3_bind_int(st, 6, s->callable);
    sqlite3_bind_int(st, 7, s->cards);
    sqlite3_bind_int(st, 8, s->online_connections);
    sqlite3_bind_double(st, 9, s->energy_left);
    sqlite3_bind_int(st, 10, s->conversations);
    sqlite3_bind_text(st, 11, s->intention, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 12, s->followups);
    sqlite3_bind_int(st, 13, s->left_early);
    sqlite3_bind_int(st, 14, s->rests);
    sqlite3_bind_text(st, 15, difficulty_word(s->difficulty), -1, SQLITE_STATIC);
    if (s->day >= 0) sqlite3_bind_int64(st, 16, s->day); /* else NULL: the day stays */
    rc = step_done(db, st);
  }
  sqlite3_finalize(st);
  if (rc == SQLITE_OK && sqlite3_changes(db->db) == 0) {
    save_msgf(msg, msglen, "saving the session: there is no session %lld", (long long)s->id);
    return save_tx_abort(db, SAVE_NOT_FOUND);
  }
  if (rc == SQLITE_OK) rc = put_skills(db, s->id, skills);
  if (rc == SQLITE_OK) rc = put_relations(db, rels, nrels);
  return finish(db, rc, "saving the session", msg, msglen);
}

SaveStatus save_session_close(SaveDb *db, int64_t session_id, SaveSessionState state,
                              const char *ended, char *msg, size_t msglen) {
  SaveStatus r = save_tx_begin(db, "closing the session", msg, msglen);
  if (r != SAVE_OK) return r;
  sqlite3_stmt *st = NULL;
  int rc = prep(db, "UPDATE sessions SET status = ?2, ended = COALESCE(NULLIF(?3, ''), ended) "
                    "WHERE id = ?1", &st);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, session_id);
    sqlite3_bind_text(st, 2, save_state_name(state), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, ended ? ended : "", -1, SQLITE_STATIC);
    rc = step_done(db, st);
  }
  sqlite3_finalize(st);
  if (rc == SQLITE_OK && sqlite3_changes(db->db) == 0) {
    save_msgf(msg, msglen, "closing the session: there is no session %lld", (long long)session_id);
    return save_tx_abort(db, SAVE_NOT_FOUND);
  }
  return finish(db, rc, "closing the session", msg, msglen);
}

SaveStatus save_week(SaveDb *db, int64_t profile_id, int week, const SaveMaintenance *acts,
                     int nacts, const SaveRelation *rels, int nrels, char *msg, size_t msglen) {
  if (nacts < 0 || nrels < 0 || (nacts > 0 && acts == NULL) || (nrels > 0 && rels == NULL)) {
    save_msgf(msg, msglen, "saving the week: bad arguments");
    return SAVE_MISUSE;
  }
  SaveStatus r = save_tx_begin(db, "saving the week", msg, msglen);
  if (r != SAVE_OK) return r;
  sqlite3_stmt *st = NULL;
  int rc = prep(db, "DELETE FROM maintenance WHERE profile_id = ?1 AND week = ?2", &st);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, profile_id);
    sqlite3_bind_int(st, 2, week);
    rc = step_done(db, st);
  }
  sqlite3_finalize(st);
  st = NULL;
  if (rc == SQLITE_OK && nacts > 0)
    rc = prep(db, "INSERT INTO maintenance(profile_id, week, person, kind) VALUES(?1, ?2, ?3, ?4)",
              &st);
  for (int i = 0; rc == SQLITE_OK && i < nacts; i++) {
    if (!terminated(acts[i].person, sizeof acts[i].person) ||
        !terminated(acts[i].kind, sizeof acts[i].kind)) {
      rc = SQLITE_RANGE;
      break;
    }
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, profile_id);
    sqlite3_bind_int(st, 2, week);
    sqlite3_bind_text(st, 3, acts[i].person, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, acts[i].kind, -1, SQLITE_STATIC);
    rc = step_done(db, st);
  }
  sqlite3_finalize(st);
  if (rc == SQLITE_OK) rc = put_relations(db, rels, nrels);
  return finish(db, rc, "saving the week", msg, msglen);
}

SaveStatus save_reflection_set(SaveDb *db, int64_t session_id, const char *text, char *msg,
                               size_t msglen) {
  if (text == NULL || strlen(text) >= SAVE_REFLECTION_MAX) {
    save_msgf(msg, msglen, "saving the reflection: it must be under %d bytes",
              SAVE_REFLECTION_MAX);
    return SAVE_MISUSE;
  }
  SaveStatus r = save_tx_begin(db, "saving the reflection", msg, msglen);
  if (r != SAVE_OK) return r;
  sqlite3_stmt *st = NULL;
  int rc = prep(db, "INSERT OR REPLACE INTO reflections(session_id, text) VALUES(?1, ?2)", &st);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, session_id);
    sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
    rc = step_done(db, st);
  }
  sqlite3_finalize(st);
  return finish(db, rc, "saving the reflection", msg, msglen);
}
