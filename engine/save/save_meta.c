/* save_meta.c — settings of this machine rather than of a player (the renderer choice),
 * kept as key/value rows in the save's meta table beside 'application'. No migration:
 * the meta table is in every save since the first schema.
 * Depends on SQLite and the C library.
 */
#include <string.h>

#include "save/save_internal.h"

/* Only these keys: 'application' and the schema's own rows are not for writing. */
static bool machine_key(const char *key) {
  return key && (strcmp(key, "renderer") == 0 || strcmp(key, "language") == 0);
}

SaveStatus save_meta_get(SaveDb *db, const char *key, char *out, size_t outlen, char *msg,
                         size_t msglen) {
  save_msgf(msg, msglen, "%s", "");
  if (!db || !out || outlen == 0 || !machine_key(key)) {
    save_msgf(msg, msglen, "reading a machine setting: not a machine setting");
    return SAVE_MISUSE;
  }
  out[0] = '\0';
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db, "SELECT value FROM meta WHERE key = ?1", -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) save_copy_text(out, outlen, sqlite3_column_text(st, 0));
    rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK) return save_sql_fail(db->db, rc, "reading a machine setting", msg, msglen);
  return out[0] ? SAVE_OK : SAVE_NOT_FOUND;
}

SaveStatus save_meta_set(SaveDb *db, const char *key, const char *value, char *msg,
                         size_t msglen) {
  save_msgf(msg, msglen, "%s", "");
  if (!db || !value || !machine_key(key) || strlen(value) > 64) {
    save_msgf(msg, msglen, "saving a machine setting: not a machine setting or too long");
    return SAVE_MISUSE;
  }
  SaveStatus s = save_tx_begin(db, "saving a machine setting", msg, msglen);
  if (s != SAVE_OK) return s;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)",
                              -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK)
    return save_tx_abort(db, save_sql_fail(db->db, rc, "saving a machine setting", msg, msglen));
  return save_tx_commit(db, "saving a machine setting", msg, msglen);
}
