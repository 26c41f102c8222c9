/* save_roster.c — a class's roster kept clean: finding a member by a name as typed (case,
 * accents and spaces ignored), merging two profiles of one student, and erasure of a
 * student or a class with every row that references them (the schema's ON DELETE CASCADE
 * foreign keys do the reaching; PRAGMA foreign_keys is on for every handle).
 * Depends on SQLite and the C library.
 */
#include <string.h>

#include "save/save_internal.h"

/* Runs `sql` with ?1 = a and ?2 = b (when used); an SQLite result code. */
static int exec2(SaveDb *db, const char *sql, int64_t a, int64_t b) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db, sql, -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, a);
    if (sqlite3_bind_parameter_count(st) >= 2) sqlite3_bind_int64(st, 2, b);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db->db);
  }
  sqlite3_finalize(st);
  return rc;
}

SaveStatus save_profile_find_similar(SaveDb *db, const char *name, int64_t class_id,
                                     SaveProfile *out, char *msg, size_t msglen) {
  if (db == NULL || db->db == NULL || name == NULL || out == NULL) return SAVE_MISUSE;
  char key[4 * SAVE_NAME_MAX];
  if (!save_name_key(name, key, sizeof key)) {
    save_msgf(msg, msglen, "the name \"%.40s…\" is too long", name);
    return SAVE_MISUSE;
  }
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db,
      "SELECT p.id FROM profiles p JOIN class_members m ON m.profile_id = p.id "
      "WHERE p.name_key = ?1 AND m.class_id = ?2 ORDER BY p.name <> ?3, m.number LIMIT 1",
      -1, &st, NULL);
  int64_t id = 0;
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, class_id);
    sqlite3_bind_text(st, 3, name, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) id = sqlite3_column_int64(st, 0);
    rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK) return save_sql_fail(db->db, rc, "finding a student", msg, msglen);
  if (id == 0) {
    save_msgf(msg, msglen, "There is no student called \"%s\" in the class.", name);
    return SAVE_NOT_FOUND;
  }
  return save_profile_get(db, id, out, msg, msglen);
}

SaveStatus save_profile_delete(SaveDb *db, int64_t id, char *msg, size_t msglen) {
  SaveStatus s = save_tx_begin(db, "erasing a student", msg, msglen);
  if (s != SAVE_OK) return s;
  SaveProfile p;
  s = save_profile_get(db, id, &p, msg, msglen);
  if (s != SAVE_OK) return save_tx_abort(db, s);
  int rc = exec2(db, "DELETE FROM profiles WHERE id = ?1", id, 0);
  if (rc != SQLITE_OK)
    return save_tx_abort(db, save_sql_fail(db->db, rc, "erasing a student", msg, msglen));
  return save_tx_commit(db, "erasing a student", msg, msglen);
}

SaveStatus save_class_delete(SaveDb *db, int64_t class_id, int *students, char *msg,
                             size_t msglen) {
  if (students) *students = 0;
  SaveStatus s = save_tx_begin(db, "erasing a class", msg, msglen);
  if (s != SAVE_OK) return s;
  /* Members' profiles first (class_members only cascades the membership, and a class's
   * student belongs to it), then the class. */
  int rc = exec2(db, "DELETE FROM profiles WHERE id IN "
                 "(SELECT profile_id FROM class_members WHERE class_id = ?1)", class_id, 0);
  int erased = rc == SQLITE_OK ? sqlite3_changes(db->db) : 0;
  if (rc == SQLITE_OK) rc = exec2(db, "DELETE FROM classes WHERE id = ?1", class_id, 0);
  if (rc == SQLITE_OK && sqlite3_changes(db->db) == 0) {
    save_msgf(msg, msglen, "There is no class with id %lld.", (long long)class_id);
    return save_tx_abort(db, SAVE_NOT_FOUND);
  }
  if (rc != SQLITE_OK)
    return save_tx_abort(db, save_sql_fail(db->db, rc, "erasing a class", msg, msglen));
  s = save_tx_commit(db, "erasing a class", msg, msglen);
  if (s == SAVE_OK && students) *students = erased;
  return s;
}

SaveStatus save_profile_merge(SaveDb *db, int64_t from, int64_t into, char *msg,
                              size_t msglen) {
  SaveStatus s = save_tx_begin(db, "merging two students", msg, msglen);
  if (s != SAVE_OK) return s;
  SaveProfile a, b;
  s = save_profile_get(db, from, &a, msg, msglen);
  if (s == SAVE_OK) s = save_profile_get(db, into, &b, msg, msglen);
  if (s == SAVE_OK && (from == into || a.class_id != b.class_id)) {
    save_msgf(msg, msglen, "merging: \"%s\" and \"%s\" must be two students of one class",
              a.name, b.name);
    s = SAVE_MISUSE;
  }
  if (s != SAVE_OK) return save_tx_abort(db, s);
  /* The roster: a person only `from` knows moves; one both know keeps the later contact. */
  int rc = exec2(db,
      "INSERT INTO relations(profile_id, person, name, org, tier, progress, trust, facts, "
      "facts_shared, names_exchanged, card, contact, followed_up, maintained, last_day, "
      "last_date, conversations) SELECT ?2, person, name, org, tier, progress, trust, facts, "
      "facts_shared, names_exchanged, card, contact, followed_up, maintained, last_day, "
      "last_date, conversations FROM relations r WHERE r.profile_id = ?1 AND true "
      "ON CONFLICT(profile_id, person) DO UPDATE SET name = excluded.name, org = excluded.org, "
      "tier = excluded.tier, progress = excluded.progress, trust = excluded.trust, "
      "facts = excluded.facts, facts_shared = excluded.facts_shared, "
      "names_exchanged = excluded.names_exchanged, card = excluded.card, "
      "contact = excluded.contact, followed_up = excluded.followed_up, "
      "maintained = excluded.maintained, last_day = excluded.last_day, "
      "last_date = excluded.last_date, conversations = excluded.conversations "
      "WHERE excluded.last_day > relations.last_day", from, into);
  if (rc == SQLITE_OK) rc = exec2(db, "UPDATE sessions SET profile_id = ?2 WHERE profile_id = ?1",
                                  from, into);
  if (rc == SQLITE_OK)
    rc = exec2(db, "UPDATE maintenance SET profile_id = ?2 WHERE profile_id = ?1", from, into);
  if (rc == SQLITE_OK) rc = exec2(db, "DELETE FROM profiles WHERE id = ?1", from, 0);
  if (rc != SQLITE_OK)
    return save_tx_abort(db, save_sql_fail(db->db, rc, "merging two students", msg, msglen));
  return save_tx_commit(db, "merging two students", msg, msglen);
}
