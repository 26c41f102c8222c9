/* save_rehearsal.c — the rehearsals table (save_rehearsal.h, schema v5): adding a try and
 * counting a profile's recent tries for the Progress screen. Depends on SQLite.
 */
#include "save/save_rehearsal.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "save/save_internal.h"

SaveStatus save_rehearsal_add(SaveDb *db, SaveRehearsal *r, char *msg, size_t msglen) {
  if (!db || !r || r->profile_id <= 0 || !r->scenario[0] || !r->person[0] || !r->node[0] || !r->choice[0]) {
    save_msgf(msg, msglen, "saving a rehearsal: it needs a profile, a scenario, a person, a node and a choice");
    return SAVE_MISUSE;
  }
  if (!r->created[0]) {
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(r->created, sizeof r->created, "%Y-%m-%dT%H:%M:%SZ", &tm);
  }
  SaveStatus st = save_tx_begin(db, "saving a rehearsal", msg, msglen);
  if (st != SAVE_OK) return st;
  sqlite3_stmt *q = NULL;
  int rc = sqlite3_prepare_v2(db->db,
      "INSERT INTO rehearsals(profile_id, session_id, drill, scenario, person, node, choice, style, with_hint,"
      " result, d_interest, created) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", -1, &q, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(q, 1, r->profile_id);
    if (r->session_id > 0) sqlite3_bind_int64(q, 2, r->session_id);
    else sqlite3_bind_null(q, 2);
    sqlite3_bind_text(q, 3, r->drill, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 4, r->scenario, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 5, r->person, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 6, r->node, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 7, r->choice, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 8, r->style, -1, SQLITE_STATIC);
    sqlite3_bind_int(q, 9, r->with_hint ? 1 : 0);
    sqlite3_bind_text(q, 10, r->went_well ? "well" : "again", -1, SQLITE_STATIC);
    sqlite3_bind_double(q, 11, (double)r->d_interest);
    sqlite3_bind_text(q, 12, r->created, -1, SQLITE_STATIC);
    rc = sqlite3_step(q);
    rc = rc == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db->db);
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_OK) return save_tx_abort(db, save_sql_fail(db->db, rc, "saving a rehearsal", msg, msglen));
  r->id = (int64_t)sqlite3_last_insert_rowid(db->db);
  return save_tx_commit(db, "saving a rehearsal", msg, msglen);
}

SaveStatus save_rehearsal_count(SaveDb *db, int64_t profile_id, int days, int *count, char *msg, size_t msglen) {
  if (count) *count = 0;
  if (!db || !count) {
    save_msgf(msg, msglen, "counting rehearsals: missing argument");
    return SAVE_MISUSE;
  }
  sqlite3_stmt *q = NULL;
  char since[32] = "";
  if (days > 0) {
    time_t t = time(NULL) - (time_t)days * 86400;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(since, sizeof since, "%Y-%m-%dT%H:%M:%SZ", &tm);
  }
  int rc = sqlite3_prepare_v2(db->db, "SELECT count(*) FROM rehearsals WHERE profile_id = ?1 AND created >= ?2", -1,
                              &q, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(q, 1, profile_id);
    sqlite3_bind_text(q, 2, since, -1, SQLITE_STATIC);
    rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
      *count = sqlite3_column_int(q, 0);
      rc = SQLITE_OK;
    }
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_OK) return save_sql_fail(db->db, rc, "counting rehearsals", msg, msglen);
  return SAVE_OK;
}
