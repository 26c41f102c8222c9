/* save_rows.c — the one safe way to read a whole list: count, allocate, fetch, with the
 * count and the fetch inside one read transaction and the rows used clamped to what was
 * allocated, so a list that changes between the two reads (another writer, or a hostile
 * file's view) can never make a caller walk past its buffer. Every list read uses it.
 * Depends on SQLite and the C library.
 */
#include <stdlib.h>
#include <string.h>

#include "save/save_class.h"
#include "save/save_internal.h"

static size_t elem_size(SaveListKind kind) {
  switch (kind) {
  case SAVE_LIST_PROFILES: return sizeof(SaveProfile);
  case SAVE_LIST_PROFILE_SESSIONS: case SAVE_LIST_CLASS_SESSIONS: return sizeof(SaveSessionRow);
  case SAVE_LIST_CHOICES: return sizeof(SaveChoice);
  case SAVE_LIST_GUESSES: return sizeof(SaveGuess);
  case SAVE_LIST_ROSTER: return sizeof(SaveRelation);
  case SAVE_LIST_REFLECTIONS: return sizeof(SaveReflection);
  case SAVE_LIST_MAINTENANCE: return sizeof(SaveMaintenance);
  case SAVE_LIST_CLASSES: return sizeof(SaveClass);
  }
  return 0;
}

static SaveStatus read_some(SaveDb *db, SaveListKind kind, int64_t key, void *out, int max,
                            int *total, char *msg, size_t msglen) {
  switch (kind) {
  case SAVE_LIST_PROFILES: return save_profile_list(db, key, out, max, total, msg, msglen);
  case SAVE_LIST_PROFILE_SESSIONS:
    return save_profile_sessions(db, key, out, max, total, msg, msglen);
  case SAVE_LIST_CLASS_SESSIONS: return save_class_sessions(db, key, out, max, total, msg, msglen);
  case SAVE_LIST_CHOICES: return save_choices(db, key, out, max, total, msg, msglen);
  case SAVE_LIST_GUESSES: return save_guesses(db, key, out, max, total, msg, msglen);
  case SAVE_LIST_ROSTER: return save_roster(db, key, out, max, total, msg, msglen);
  case SAVE_LIST_REFLECTIONS: return save_reflections(db, key, out, max, total, msg, msglen);
  case SAVE_LIST_MAINTENANCE: return save_maintenance_list(db, key, out, max, total, msg, msglen);
  case SAVE_LIST_CLASSES: return save_class_list(db, out, max, total, msg, msglen);
  }
  return SAVE_MISUSE;
}

bool save_read_begin(SaveDb *db) {
  if (db == NULL || db->db == NULL || !sqlite3_get_autocommit(db->db)) return false;
  return save_sql_exec(db->db, "BEGIN") == SQLITE_OK;
}

void save_read_end(SaveDb *db, bool began) {
  if (began && !sqlite3_get_autocommit(db->db) && save_sql_exec(db->db, "COMMIT") != SQLITE_OK)
    (void)save_sql_exec(db->db, "ROLLBACK");
}

SaveStatus save_list_all(SaveDb *db, SaveListKind kind, int64_t key, void **out, int *count,
                         char *msg, size_t msglen) {
  if (out != NULL) *out = NULL;
  if (count != NULL) *count = 0;
  size_t size = elem_size(kind);
  if (db == NULL || out == NULL || count == NULL || size == 0) {
    save_msgf(msg, msglen, "reading a list: bad arguments");
    return SAVE_MISUSE;
  }
  bool began = save_read_begin(db);
  int total = 0;
  void *rows = NULL;
  SaveStatus st = read_some(db, kind, key, NULL, 0, &total, msg, msglen);
  if (st == SAVE_OK && total > SAVE_LIST_ROWS_MAX) {
    save_msgf(msg, msglen, "%s holds more than %d rows in one list; it is not a save Rapport "
              "wrote", save_path(db), SAVE_LIST_ROWS_MAX);
    st = SAVE_DAMAGED;
  }
  if (st == SAVE_OK && total > 0) {
    int allocated = total;
    rows = calloc((size_t)allocated, size);
    if (rows == NULL) {
      save_msgf(msg, msglen, "reading a list: out of memory");
      st = SAVE_NO_MEMORY;
    }
    if (st == SAVE_OK) st = read_some(db, kind, key, rows, allocated, &total, msg, msglen);
    if (total > allocated) total = allocated;  /* never more rows than the buffer holds */
  }
  save_read_end(db, began);
  if (st != SAVE_OK) {
    free(rows);
    return st;
  }
  *out = rows;
  *count = total;
  return SAVE_OK;
}
