/* save_student_no.c — the school's student numbers on class members (schema v5): two
 * students of one name are told apart by them at import and on the dashboard. A number is
 * unique within its class (a partial unique index) and holds only letters, digits, '-'
 * and '/', so it is safe in a file name, a CSV cell and an HTML page as it is.
 * Depends on SQLite and the C library.
 */
#include <string.h>

#include "save/save_internal.h"

bool save_student_no_valid(const char *number) {
  if (number == NULL || number[0] == '\0' || strlen(number) >= SAVE_STUDENT_NO_MAX) return false;
  for (const char *c = number; *c; c++) {
    bool ok = (*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
              *c == '-' || *c == '/';
    if (!ok) return false;
  }
  return true;
}

int save_student_no_put(SaveDb *db, int64_t profile_id, const char *number) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db, "UPDATE class_members SET student_no = ?2 WHERE profile_id = ?1",
                              -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, profile_id);
    sqlite3_bind_text(st, 2, number, -1, SQLITE_STATIC);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db->db);
  }
  sqlite3_finalize(st);
  return rc;
}

SaveStatus save_profile_set_student_no(SaveDb *db, int64_t profile_id, const char *number,
                                       char *msg, size_t msglen) {
  if (number == NULL || (number[0] != '\0' && !save_student_no_valid(number))) {
    save_msgf(msg, msglen, "a student number holds 1 to %d letters, digits, - or /",
              SAVE_STUDENT_NO_MAX - 1);
    return SAVE_MISUSE;
  }
  SaveStatus s = save_tx_begin(db, "setting a student number", msg, msglen);
  if (s != SAVE_OK) return s;
  SaveProfile p;
  s = save_profile_get(db, profile_id, &p, msg, msglen);
  if (s == SAVE_OK && p.class_id == 0) {
    save_msgf(msg, msglen, "\"%s\" is not in a class, so has no student number", p.name);
    s = SAVE_MISUSE;
  }
  if (s != SAVE_OK) return save_tx_abort(db, s);
  int rc = save_student_no_put(db, profile_id, number);
  if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT) {
    save_msgf(msg, msglen, "Another student of the class has the number %s.", number);
    return save_tx_abort(db, SAVE_CONFLICT);
  }
  if (rc != SQLITE_OK)
    return save_tx_abort(db, save_sql_fail(db->db, rc, "setting a student number", msg, msglen));
  return save_tx_commit(db, "setting a student number", msg, msglen);
}

SaveStatus save_profile_find_student_no(SaveDb *db, int64_t class_id, const char *number,
                                        SaveProfile *out, char *msg, size_t msglen) {
  if (db == NULL || number == NULL || out == NULL) return SAVE_MISUSE;
  sqlite3_stmt *st = NULL;
  int64_t id = 0;
  int rc = sqlite3_prepare_v2(db->db, "SELECT profile_id FROM class_members WHERE class_id = ?1 "
                              "AND student_no = ?2 AND student_no <> ''", -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, class_id);
    sqlite3_bind_text(st, 2, number, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) id = sqlite3_column_int64(st, 0);
    rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK) return save_sql_fail(db->db, rc, "finding a student number", msg, msglen);
  if (id == 0) {
    save_msgf(msg, msglen, "No student of the class has the number %s.", number);
    return SAVE_NOT_FOUND;
  }
  return save_profile_get(db, id, out, msg, msglen);
}
