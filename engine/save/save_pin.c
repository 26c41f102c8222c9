/* save_pin.c — the teacher's PIN (save_pin.h): a yescrypt hash from libcrypt (crypt_r with
 * a fresh salt from crypt_gensalt_rn, which reads the system's random source) kept in the
 * save's meta table under 'teacher_pin'. The PIN itself is never stored; a hand-in file
 * never carries the row (save_handin.c drops every machine setting).
 * Depends on SQLite, libcrypt and the C library.
 */
#include <crypt.h>
#include <stdlib.h>
#include <string.h>

#include "save/save_internal.h"
#include "save/save_pin.h"

#define PIN_KEY "teacher_pin"

/* Wipes the hashing state (it holds the PIN) in a way the compiler keeps. */
static void wipe(void *p, size_t n) {
  volatile unsigned char *v = p;
  while (n--) *v++ = 0;
}

bool save_pin_valid(const char *pin) {
  if (pin == NULL) return false;
  size_t n = strlen(pin);
  if (n < SAVE_PIN_MIN || n > SAVE_PIN_MAX) return false;
  for (size_t i = 0; i < n; i++)
    if (pin[i] < '0' || pin[i] > '9') return false;
  return true;
}

/* The stored hash into out (""  when none); an SQLite code. */
static int read_hash(SaveDb *db, char *out, size_t outlen) {
  out[0] = '\0';
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db, "SELECT value FROM meta WHERE key = '" PIN_KEY "'", -1, &st,
                              NULL);
  if (rc == SQLITE_OK) {
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) save_copy_text(out, outlen, sqlite3_column_text(st, 0));
    rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  return rc;
}

bool save_pin_is_set(SaveDb *db) {
  char hash[CRYPT_OUTPUT_SIZE];
  return db != NULL && read_hash(db, hash, sizeof hash) == SQLITE_OK && hash[0] != '\0';
}

/* Whether `pin` hashes to `hash` (compared in constant time). */
static bool matches(const char *pin, const char *hash) {
  struct crypt_data *cd = calloc(1, sizeof *cd);
  if (cd == NULL) return false;
  const char *got = crypt_r(pin, hash, cd);
  bool ok = false;
  if (got != NULL && got[0] != '*' && strlen(got) == strlen(hash)) {
    unsigned char diff = 0;
    for (size_t i = 0; hash[i]; i++) diff |= (unsigned char)(got[i] ^ hash[i]);
    ok = diff == 0;
  }
  wipe(cd, sizeof *cd);
  free(cd);
  return ok;
}

static SaveStatus write_hash(SaveDb *db, const char *hash, const char *what, char *msg,
                             size_t msglen) {
  SaveStatus s = save_tx_begin(db, what, msg, msglen);
  if (s != SAVE_OK) return s;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db, hash ? "INSERT OR REPLACE INTO meta(key, value) VALUES('"
                              PIN_KEY "', ?1)" : "DELETE FROM meta WHERE key = '" PIN_KEY "'",
                              -1, &st, NULL);
  if (rc == SQLITE_OK) {
    if (hash) sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK) return save_tx_abort(db, save_sql_fail(db->db, rc, what, msg, msglen));
  return save_tx_commit(db, what, msg, msglen);
}

SaveStatus save_pin_set(SaveDb *db, const char *pin, char *msg, size_t msglen) {
  save_msgf(msg, msglen, "%s", "");
  if (db == NULL) return SAVE_MISUSE;
  if (!save_pin_valid(pin)) {
    save_msgf(msg, msglen, "A PIN is %d to %d digits.", SAVE_PIN_MIN, SAVE_PIN_MAX);
    return SAVE_MISUSE;
  }
  if (save_pin_is_set(db)) {
    save_msgf(msg, msglen, "A teacher's PIN is already set; clear it first with the old PIN.");
    return SAVE_CONFLICT;
  }
  char salt[CRYPT_GENSALT_OUTPUT_SIZE];
  if (crypt_gensalt_rn("$y$", 0, NULL, 0, salt, sizeof salt) == NULL) {
    save_msgf(msg, msglen, "setting the PIN: the system could not make a salt");
    return SAVE_IO;
  }
  struct crypt_data *cd = calloc(1, sizeof *cd);
  if (cd == NULL) return SAVE_NO_MEMORY;
  const char *hash = crypt_r(pin, salt, cd);
  SaveStatus s;
  if (hash == NULL || hash[0] == '*') {
    save_msgf(msg, msglen, "setting the PIN: hashing failed");
    s = SAVE_IO;
  } else {
    s = write_hash(db, hash, "setting the teacher's PIN", msg, msglen);
  }
  wipe(cd, sizeof *cd);
  free(cd);
  return s;
}

SaveStatus save_pin_check(SaveDb *db, const char *pin, char *msg, size_t msglen) {
  save_msgf(msg, msglen, "%s", "");
  if (db == NULL || pin == NULL) return SAVE_MISUSE;
  char hash[CRYPT_OUTPUT_SIZE];
  int rc = read_hash(db, hash, sizeof hash);
  if (rc != SQLITE_OK) return save_sql_fail(db->db, rc, "reading the teacher's PIN", msg, msglen);
  if (hash[0] == '\0') {
    save_msgf(msg, msglen, "No teacher's PIN is set.");
    return SAVE_NOT_FOUND;
  }
  if (!matches(pin, hash)) {
    save_msgf(msg, msglen, "That PIN is not right.");
    return SAVE_CONFLICT;
  }
  return SAVE_OK;
}

SaveStatus save_pin_clear(SaveDb *db, const char *old_pin, char *msg, size_t msglen) {
  SaveStatus s = save_pin_check(db, old_pin, msg, msglen);
  if (s != SAVE_OK) return s;
  return write_hash(db, NULL, "clearing the teacher's PIN", msg, msglen);
}
