/* save_util.c — small pieces the whole store shares: status and skill names, messages,
 * SQLite result mapping, UTF-8-safe copying, transactions, guids and the default path.
 * Depends on SQLite, the C library and POSIX (open/read for /dev/urandom).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "save/save_internal.h"

#ifndef RAPPORT_SOURCE_DIR
#define RAPPORT_SOURCE_DIR "."
#endif

static const char *const STATUS_NAMES[SAVE_STATUS_COUNT] = {
  "ok", "not found", "damaged", "newer", "foreign", "read-only", "disk full",
  "i/o error", "busy", "conflict", "misuse", "out of memory",
};

/* Plain words for the player, one per status. */
static const char *const STATUS_WORDS[SAVE_STATUS_COUNT] = {
  "done",
  "not found",
  "the save file is damaged",
  "the save file comes from a newer version of Rapport",
  "the file is not a Rapport save",
  "the save location cannot be written, so progress is not being saved",
  "the disk is full, so nothing was saved; free some space and try again",
  "the computer could not read or write the save file",
  "another program is using the save file; try again in a moment",
  "that name or session is already taken",
  "the request was not valid",
  "the computer ran out of memory",
};

static const char *const SKILL_NAMES[SAVE_SKILL_COUNT] = {
  "introductions", "curiosity", "generosity", "timing", "follow_through", "energy",
};
static const char *const SKILL_LABELS[SAVE_SKILL_COUNT] = {
  "Introductions", "Curiosity & listening", "Generosity", "Timing", "Follow-through",
  "Energy management",
};

const char *save_status_name(SaveStatus status) {
  if ((int)status < 0 || status >= SAVE_STATUS_COUNT) return "unknown";
  return STATUS_NAMES[status];
}

const char *save_skill_name(int skill) {
  return skill >= 0 && skill < SAVE_SKILL_COUNT ? SKILL_NAMES[skill] : NULL;
}

const char *save_skill_label(int skill) {
  return skill >= 0 && skill < SAVE_SKILL_COUNT ? SKILL_LABELS[skill] : NULL;
}

const char *save_state_name(SaveSessionState state) {
  switch (state) {
    case SAVE_SESSION_COMPLETED: return "completed";
    case SAVE_SESSION_ABANDONED: return "abandoned";
    default: return "in_progress";
  }
}

sqlite3 *save_sqlite(SaveDb *db) { return db ? db->db : NULL; }

const char *save_path(const SaveDb *db) { return db ? db->path : ""; }

bool save_is_read_only(const SaveDb *db) { return db == NULL || db->read_only; }

SaveStatus save_sql_status(int rc) {
  switch (rc & 0xff) {
    case SQLITE_OK: case SQLITE_ROW: case SQLITE_DONE: return SAVE_OK;
    case SQLITE_CORRUPT: case SQLITE_NOTADB: return SAVE_DAMAGED;
    case SQLITE_READONLY: case SQLITE_PERM: case SQLITE_AUTH: return SAVE_READ_ONLY;
    case SQLITE_FULL: return SAVE_DISK_FULL;
    case SQLITE_BUSY: case SQLITE_LOCKED: return SAVE_BUSY;
    case SQLITE_NOMEM: return SAVE_NO_MEMORY;
    case SQLITE_CONSTRAINT: return SAVE_CONFLICT;
    case SQLITE_MISUSE: case SQLITE_RANGE: case SQLITE_TOOBIG: return SAVE_MISUSE;
    case SQLITE_NOTFOUND: return SAVE_NOT_FOUND;
    default: return SAVE_IO;
  }
}

void save_msgf(char *msg, size_t msglen, const char *fmt, ...) {
  if (msg == NULL || msglen == 0) return;
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(msg, msglen, fmt, ap);
  va_end(ap);
  if (n < 0) msg[0] = '\0';
}

SaveStatus save_sql_fail(sqlite3 *db, int rc, const char *what, char *msg, size_t msglen) {
  SaveStatus st = save_sql_status(rc);
  if (st == SAVE_OK) st = SAVE_IO;
  const char *detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  save_msgf(msg, msglen, "%s: %s (%s)", what, STATUS_WORDS[st], detail ? detail : "");
  return st;
}

void save_copy_text(char *dst, size_t size, const unsigned char *src) {
  if (dst == NULL || size == 0) return;
  if (src == NULL) { dst[0] = '\0'; return; }
  size_t n = strlen((const char *)src);
  if (n >= size) {
    n = size - 1;
    while (n > 0 && (src[n] & 0xC0) == 0x80) n--;  /* do not split a character */
  }
  memcpy(dst, src, n);
  dst[n] = '\0';
}

int save_sql_exec(sqlite3 *db, const char *sql) {
  return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

SaveStatus save_tx_begin(SaveDb *db, const char *what, char *msg, size_t msglen) {
  if (db == NULL || db->db == NULL) {
    save_msgf(msg, msglen, "%s: no save is open", what);
    return SAVE_MISUSE;
  }
  if (db->read_only) {
    save_msgf(msg, msglen, "%s: %s", what, STATUS_WORDS[SAVE_READ_ONLY]);
    return SAVE_READ_ONLY;
  }
  if (db->batch && db->batch_lost) {
    save_msgf(msg, msglen, "%s: an earlier failure undid the whole batch; roll it back", what);
    return SAVE_MISUSE;
  }
  /* Inside a batch each save is a savepoint, so it can fail alone. */
  int rc = save_sql_exec(db->db, db->batch ? "SAVEPOINT save_step" : "BEGIN IMMEDIATE");
  if (rc != SQLITE_OK) return save_sql_fail(db->db, rc, what, msg, msglen);
  if (msg != NULL && msglen > 0) msg[0] = '\0';
  return SAVE_OK;
}

SaveStatus save_tx_commit(SaveDb *db, const char *what, char *msg, size_t msglen) {
  int rc = save_sql_exec(db->db, db->batch ? "RELEASE save_step" : "COMMIT");
  /* Each committed save point is copied from the -wal into the file itself, so a save
   * copied while the game runs (the teacher's USB stick) is complete on its own. PASSIVE
   * never waits for readers; what it cannot copy now the next save point does. */
  if (rc == SQLITE_OK && !db->batch)
    (void)sqlite3_wal_checkpoint_v2(db->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
  if (rc == SQLITE_OK) return SAVE_OK;
  SaveStatus st = save_sql_fail(db->db, rc, what, msg, msglen);
  return save_tx_abort(db, st);
}

SaveStatus save_tx_abort(SaveDb *db, SaveStatus st) {
  if (db == NULL || db->db == NULL) return st;
  if (db->batch) {
    /* SQLite undoes the whole transaction after some errors (a full disk, I/O): then the
     * batch is gone and only a rollback of it makes sense. */
    if (sqlite3_get_autocommit(db->db)) db->batch_lost = true;
    else (void)save_sql_exec(db->db, "ROLLBACK TO save_step; RELEASE save_step");
  } else if (!sqlite3_get_autocommit(db->db)) {
    (void)save_sql_exec(db->db, "ROLLBACK");
  }
  return st;
}

SaveStatus save_batch_begin(SaveDb *db, char *msg, size_t msglen) {
  if (db != NULL && db->batch) {
    save_msgf(msg, msglen, "starting a batch: one is already open");
    return SAVE_MISUSE;
  }
  SaveStatus st = save_tx_begin(db, "starting a batch", msg, msglen);
  if (st == SAVE_OK) {
    db->batch = true;
    db->batch_lost = false;
  }
  return st;
}

SaveStatus save_batch_commit(SaveDb *db, char *msg, size_t msglen) {
  if (db == NULL || !db->batch) {
    save_msgf(msg, msglen, "committing a batch: none is open");
    return SAVE_MISUSE;
  }
  if (db->batch_lost) {
    db->batch = db->batch_lost = false;
    save_msgf(msg, msglen, "committing a batch: an earlier failure undid it; nothing was saved");
    return SAVE_IO;
  }
  db->batch = false;
  SaveStatus st = save_tx_commit(db, "committing a batch", msg, msglen);
  return st;
}

void save_batch_rollback(SaveDb *db) {
  if (db == NULL || !db->batch) return;
  db->batch = db->batch_lost = false;
  if (!sqlite3_get_autocommit(db->db)) (void)save_sql_exec(db->db, "ROLLBACK");
}

SaveStatus save_guid_new(char *out, size_t outlen, char *msg, size_t msglen) {
  if (out == NULL || outlen < SAVE_GUID_MAX) {
    save_msgf(msg, msglen, "guid: the buffer needs %d bytes", SAVE_GUID_MAX);
    return SAVE_MISUSE;
  }
  unsigned char bytes[16];
  int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    save_msgf(msg, msglen, "guid: cannot open /dev/urandom (%s)", strerror(errno));
    return SAVE_IO;
  }
  size_t got = 0;
  while (got < sizeof bytes) {
    ssize_t n = read(fd, bytes + got, sizeof bytes - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += (size_t)n;
  }
  close(fd);
  if (got != sizeof bytes) {
    save_msgf(msg, msglen, "guid: could not read 16 random bytes");
    return SAVE_IO;
  }
  static const char hex[] = "0123456789abcdef";
  for (size_t i = 0; i < sizeof bytes; i++) {
    out[2 * i] = hex[bytes[i] >> 4];
    out[2 * i + 1] = hex[bytes[i] & 15];
  }
  out[32] = '\0';
  if (msg != NULL && msglen > 0) msg[0] = '\0';
  return SAVE_OK;
}

/* Process-wide and read-only once main has set it (see save.h). */
static char default_path[SAVE_PATH_MAX];

SaveStatus save_set_default_path(const char *path) {
  if (path == NULL) {
    default_path[0] = '\0';
    return SAVE_OK;
  }
  int n = snprintf(default_path, sizeof default_path, "%s", path);
  if (n < 0 || (size_t)n >= sizeof default_path) {
    default_path[0] = '\0';
    return SAVE_MISUSE;
  }
  return SAVE_OK;
}

SaveStatus save_default_path(char *out, size_t outlen) {
  if (out == NULL || outlen == 0) return SAVE_MISUSE;
  int n = default_path[0] ? snprintf(out, outlen, "%s", default_path)
                          : snprintf(out, outlen, "%s/saves/rapport.db", RAPPORT_SOURCE_DIR);
  if (n < 0 || (size_t)n >= outlen) {
    out[0] = '\0';
    return SAVE_MISUSE;
  }
  return SAVE_OK;
}

void save_read_session_row(sqlite3_stmt *st, int col, SaveSession *out) {
  memset(out, 0, sizeof *out);
  out->id = sqlite3_column_int64(st, col + 0);
  save_copy_text(out->guid, sizeof out->guid, sqlite3_column_text(st, col + 1));
  out->profile_id = sqlite3_column_int64(st, col + 2);
  save_copy_text(out->scenario, sizeof out->scenario, sqlite3_column_text(st, col + 3));
  out->seed = (uint64_t)sqlite3_column_int64(st, col + 4);
  save_copy_text(out->workshop, sizeof out->workshop, sqlite3_column_text(st, col + 5));
  save_copy_text(out->started, sizeof out->started, sqlite3_column_text(st, col + 6));
  save_copy_text(out->ended, sizeof out->ended, sqlite3_column_text(st, col + 7));
  out->depth_gain = sqlite3_column_double(st, col + 8);
  out->network_strength = sqlite3_column_double(st, col + 9);
  out->callable = sqlite3_column_int(st, col + 10);
  out->cards = sqlite3_column_int(st, col + 11);
  out->online_connections = sqlite3_column_int(st, col + 12);
  out->energy_left = sqlite3_column_double(st, col + 13);
  out->conversations = sqlite3_column_int(st, col + 14);
  save_copy_text(out->intention, sizeof out->intention, sqlite3_column_text(st, col + 15));
  const char *state = (const char *)sqlite3_column_text(st, col + 16);
  out->state = SAVE_SESSION_IN_PROGRESS;
  if (state != NULL && strcmp(state, "completed") == 0) out->state = SAVE_SESSION_COMPLETED;
  if (state != NULL && strcmp(state, "abandoned") == 0) out->state = SAVE_SESSION_ABANDONED;
  out->followups = sqlite3_column_int(st, col + 17);
  out->left_early = sqlite3_column_int(st, col + 18) != 0;
  out->rests = sqlite3_column_int(st, col + 19);
  int difficulty = save_difficulty_from_name((const char *)sqlite3_column_text(st, col + 20));
  out->difficulty = difficulty < 0 ? SAVE_DIFFICULTY_STANDARD : difficulty;
  out->day = (int32_t)sqlite3_column_int64(st, col + 21);
}

void save_evidence_parse(const unsigned char *text, int *evidence) {
  const char *p = (const char *)text;
  for (int i = 0; i < SAVE_SKILL_COUNT; i++) evidence[i] = -1;
  int got[SAVE_SKILL_COUNT];
  for (int i = 0; p && i < SAVE_SKILL_COUNT; i++) {
    char *end;
    long v = strtol(p, &end, 10);
    if (end == p || v < 0 || v > 1000000) return;
    got[i] = (int)v;
    p = end;
    if (i < SAVE_SKILL_COUNT - 1) {
      if (*p != ',') return;
      p++;
    } else if (*p) {
      return;
    }
  }
  if (p) memcpy(evidence, got, sizeof got);
}

void save_evidence_format(const int *evidence, char *out, size_t outlen) {
  if (!out || outlen == 0) return;
  out[0] = '\0';
  for (int i = 0; i < SAVE_SKILL_COUNT; i++)
    if (evidence[i] < 0) return;
  snprintf(out, outlen, "%d,%d,%d,%d,%d,%d", evidence[0], evidence[1], evidence[2], evidence[3], evidence[4],
           evidence[5]);
}

static const char *const DIFFICULTY_NAMES[SAVE_DIFFICULTY_COUNT] = {"gentle", "standard", "challenging"};

const char *save_difficulty_name(int difficulty) {
  return difficulty >= 0 && difficulty < SAVE_DIFFICULTY_COUNT ? DIFFICULTY_NAMES[difficulty] : NULL;
}

int save_difficulty_from_name(const char *name) {
  for (int i = 0; name && i < SAVE_DIFFICULTY_COUNT; i++)
    if (strcmp(name, DIFFICULTY_NAMES[i]) == 0) return i;
  return -1;
}
