/* save_internal.h — what the store's own files share: the SaveDb layout, SQLite status
 * mapping, message and text helpers, transactions and the schema migrations.
 * Not for other modules; tests may include it to reach the SQLite handle.
 * Depends on SQLite and the C library.
 */
#ifndef RAPPORT_SAVE_INTERNAL_H
#define RAPPORT_SAVE_INTERNAL_H

#include <sqlite3.h>

#include "save/save.h"

struct SaveDb {
  sqlite3 *db;
  char path[SAVE_PATH_MAX];
  bool read_only;
  bool batch;       /* inside save_batch_begin: saves are savepoints */
  bool batch_lost;  /* SQLite undid the batch's transaction after an error */
  struct SaveBudget *budget; /* untrusted files: the progress handler's deadline (owned) */
};

/* How long every statement on an untrusted file may run in all, and the longest value
 * (text or blob) it may hold. A Rapport save needs far less of both. */
#ifndef SAVE_UNTRUSTED_SECONDS
#define SAVE_UNTRUSTED_SECONDS 20.0
#endif
#define SAVE_UNTRUSTED_MAX_VALUE (64 * 1024)

/* The SQLite handle, for tests (PRAGMA max_page_count, integrity_check). */
sqlite3 *save_sqlite(SaveDb *db);

/* SaveStatus for an SQLite result code (primary or extended). */
SaveStatus save_sql_status(int rc);
/* Formats msg (when msg is not NULL and msglen > 0). */
void save_msgf(char *msg, size_t msglen, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Fills msg for a failed SQLite call: "<what>: <plain words for the status> (<sqlite msg>)"
 * and returns the status for `rc`. */
SaveStatus save_sql_fail(sqlite3 *db, int rc, const char *what, char *msg, size_t msglen);
/* Copies NUL-terminated UTF-8 `src` (NULL gives "") into dst[size], cutting at a character
 * boundary when it does not fit. */
void save_copy_text(char *dst, size_t size, const unsigned char *src);
/* Runs `sql` (one or more statements, no results). */
int save_sql_exec(sqlite3 *db, const char *sql);
/* BEGIN IMMEDIATE, refusing read-only handles. */
SaveStatus save_tx_begin(SaveDb *db, const char *what, char *msg, size_t msglen);
/* COMMIT; on failure rolls back. */
SaveStatus save_tx_commit(SaveDb *db, const char *what, char *msg, size_t msglen);
/* ROLLBACK, ignoring errors (after a failed step), and returns `st`. */
SaveStatus save_tx_abort(SaveDb *db, SaveStatus st);

/* A read transaction around several reads (BEGIN when none is open): returns whether it
 * began one, which save_read_end then ends. */
bool save_read_begin(SaveDb *db);
void save_read_end(SaveDb *db, bool began);

/* Student numbers (save_student_no.c): letters, digits, '-' and '/', 1..23 bytes. */
bool save_student_no_valid(const char *number);
/* Sets member `profile_id`'s number inside the caller's transaction; an SQLite code
 * (SQLITE_CONSTRAINT_UNIQUE when the class has it already). */
int save_student_no_put(SaveDb *db, int64_t profile_id, const char *number);

/* Brings `db` from schema version `from` to SAVE_SCHEMA_VERSION, one transaction per step
 * with its user_version bump. */
SaveStatus save_schema_migrate(sqlite3 *db, int from, char *msg, size_t msglen);

/* Shared by the readers: fills SaveSession from a row of SAVE_SESSION_COLUMNS at `col`. */
#define SAVE_SESSION_COLUMNS \
  "s.id, s.guid, s.profile_id, s.scenario, s.seed, s.workshop, s.started, " \
  "COALESCE(s.ended, ''), s.depth_gain, s.network_strength, s.callable, s.cards, " \
  "s.online_connections, s.energy_left, s.conversations, s.intention, s.status, " \
  "s.followups, s.left_early, s.rests, s.difficulty, COALESCE(s.day, -1)"
#define SAVE_SESSION_NCOLUMNS 22
void save_read_session_row(sqlite3_stmt *st, int col, SaveSession *out);
/* Skills' evidence from its stored text ("3,0,2,1,0,4"; '' or damaged: each -1), and to it
 * ("" when any is unknown). */
void save_evidence_parse(const unsigned char *text, int *evidence);
void save_evidence_format(const int *evidence, char *out, size_t outlen);
const char *save_state_name(SaveSessionState state);

#endif
