/* save_open.c — opening a save: sniffing the file, refusing newer and foreign databases,
 * the quick integrity check, moving damaged files aside, journal and sync settings,
 * migrations, and read-only opening (which never changes a file).
 * Owns SaveDb handles. Depends on SQLite, the C library and POSIX file calls.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <stdbool.h>
#include <unistd.h>

#include "save/save_internal.h"

typedef enum FileKind { FILE_MISSING, FILE_EMPTY, FILE_SQLITE, FILE_OTHER, FILE_UNREADABLE }
    FileKind;

/* What the header says, without SQLite (so nothing is written to a file we may refuse). */
static FileKind sniff(const char *path, int *err) {
  struct stat sb;
  if (stat(path, &sb) != 0) {
    *err = errno;
    return errno == ENOENT ? FILE_MISSING : FILE_UNREADABLE;
  }
  /* err 0: something that is not a plain file (a device, a pipe), which strerror cannot name. */
  if (!S_ISREG(sb.st_mode)) { *err = S_ISDIR(sb.st_mode) ? EISDIR : 0; return FILE_UNREADABLE; }
  if (sb.st_size == 0) return FILE_EMPTY;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) { *err = errno; return FILE_UNREADABLE; }
  char head[16];
  ssize_t n = read(fd, head, sizeof head);
  close(fd);
  if (n == (ssize_t)sizeof head && sb.st_size >= 512 && memcmp(head, "SQLite format 3", 16) == 0)
    return FILE_SQLITE;
  return FILE_OTHER;
}

/* Creates the folders above `path` that are missing; errno is kept on failure. */
static int make_parents(const char *path) {
  char dir[SAVE_PATH_MAX];
  save_copy_text(dir, sizeof dir, (const unsigned char *)path);
  for (char *p = dir + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) return -1;
    *p = '/';
  }
  return 0;
}

static int int_pragma(sqlite3 *db, const char *sql, int *value) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  if (rc == SQLITE_OK) {
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) { *value = sqlite3_column_int(st, 0); rc = SQLITE_OK; }
    else if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  sqlite3_finalize(st);
  return rc;
}

/* Reads who wrote the database and which schema it has. */
static int inspect(sqlite3 *db, int *app, int *version, int *tables, int *marked) {
  *app = *version = *tables = *marked = 0;
  int rc = int_pragma(db, "PRAGMA application_id", app);
  if (rc == SQLITE_OK) rc = int_pragma(db, "PRAGMA user_version", version);
  if (rc == SQLITE_OK) rc = int_pragma(db, "SELECT count(*) FROM sqlite_schema", tables);
  if (rc == SQLITE_OK && *tables > 0) {
    int has_meta = 0;
    rc = int_pragma(db, "SELECT count(*) FROM sqlite_schema WHERE type='table' AND name='meta'",
                    &has_meta);
    if (rc == SQLITE_OK && has_meta)
      rc = int_pragma(db, "SELECT count(*) FROM meta WHERE key='application' AND value='rapport'",
                      marked);
  }
  return rc;
}

/* 1 when quick_check says "ok", 0 when it finds damage; an SQLite error code otherwise
 * as a negative number. Running out of memory is an error, never damage. */
static int quick_check(sqlite3 *db) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, NULL);
  if (rc != SQLITE_OK) { sqlite3_finalize(st); return -rc; }
  int ok = 0;
  rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    const char *r = (const char *)sqlite3_column_text(st, 0);
    if (r == NULL) {
      rc = sqlite3_errcode(db) == SQLITE_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
    } else {
      ok = strcmp(r, "ok") == 0;
      rc = !ok && strstr(r, "out of memory") != NULL ? SQLITE_NOMEM : SQLITE_OK;
    }
  }
  sqlite3_finalize(st);
  return rc == SQLITE_OK ? ok : -rc;
}

typedef enum Verdict { V_OK, V_NEW, V_DAMAGED, V_FOREIGN, V_NEWER, V_ERROR } Verdict;

/* Decides what this database is. *rc holds the SQLite code for V_ERROR. */
static Verdict judge(sqlite3 *db, int *version, int *rc) {
  int app, tables, marked;
  *rc = inspect(db, &app, version, &tables, &marked);
  if ((*rc & 0xff) == SQLITE_CORRUPT || (*rc & 0xff) == SQLITE_NOTADB) return V_DAMAGED;
  if (*rc != SQLITE_OK) return V_ERROR;
  if (tables == 0 && *version == 0 && (app == 0 || app == SAVE_APPLICATION_ID)) return V_NEW;
  if (app != SAVE_APPLICATION_ID && !marked) return V_FOREIGN;
  if (*version > SAVE_SCHEMA_VERSION) return V_NEWER;
  /* Rapport never writes a negative version: the migration table must not be indexed by it. */
  if (*version < 0) return V_DAMAGED;
  int ok = quick_check(db);
  /* Moving a file aside is drastic: a second check must agree that it is damaged. */
  if (ok == 0 || ok == -SQLITE_CORRUPT || ok == -SQLITE_NOTADB) ok = quick_check(db);
  if (ok == 0 || ok == -SQLITE_CORRUPT || ok == -SQLITE_NOTADB) return V_DAMAGED;
  if (ok < 0) { *rc = -ok; return V_ERROR; }
  return V_OK;
}

static int rename_sidecars(const char *from, const char *to) {
  static const char *const suffixes[] = {"-wal", "-journal", "-shm"};
  for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
    char a[SAVE_PATH_MAX + 16], b[SAVE_PATH_MAX + 16];
    snprintf(a, sizeof a, "%s%s", from, suffixes[i]);
    snprintf(b, sizeof b, "%s%s", to, suffixes[i]);
    if (access(a, F_OK) != 0) continue;
    if (access(b, F_OK) == 0 || rename(a, b) != 0) return -1;
  }
  return 0;
}

/* Renames the damaged `path` (and its journal files) to a fresh timestamped name.
 * link() refuses to replace an existing name, so nothing is ever overwritten. */
static int move_aside(const char *path, char *to, size_t tolen) {
  time_t now = time(NULL);
  struct tm tm;
  char stamp[32] = "unknown";
  if (localtime_r(&now, &tm) != NULL) strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
  for (int n = 1; n < 1000; n++) {
    int len = n == 1 ? snprintf(to, tolen, "%s.damaged-%s", path, stamp)
                     : snprintf(to, tolen, "%s.damaged-%s-%d", path, stamp, n);
    if (len < 0 || (size_t)len >= tolen - 16) { errno = ENAMETOOLONG; return -1; }
    /* The journal files go first: a fresh save must never meet the old one's WAL. */
    if (link(path, to) == 0) {
      if (rename_sidecars(path, to) != 0 || unlink(path) != 0) {
        int e = errno;
        unlink(to);  /* only the extra name: the original is still in place */
        errno = e;
        return -1;
      }
      return 0;
    }
    if (errno == EEXIST) continue;
    if (errno != EPERM && errno != ENOTSUP && errno != EMLINK && errno != ENOSYS) return -1;
    /* A filesystem without hard links: check, then rename. */
    if (access(to, F_OK) == 0) continue;
    if (rename_sidecars(path, to) != 0) return -1;
    return rename(path, to);
  }
  errno = EEXIST;
  return -1;
}

static SaveStatus new_handle(sqlite3 *h, const char *path, bool read_only, SaveDb **out,
                             char *msg, size_t msglen) {
  SaveDb *db = calloc(1, sizeof *db);
  if (db == NULL) {
    sqlite3_close(h);
    save_msgf(msg, msglen, "opening the save: out of memory");
    return SAVE_NO_MEMORY;
  }
  db->db = h;
  db->read_only = read_only;
  save_copy_text(db->path, sizeof db->path, (const unsigned char *)path);
  *out = db;
  return SAVE_OK;
}

static SaveStatus refuse(sqlite3 *h, Verdict v, int version, const char *path, char *msg,
                         size_t msglen) {
  sqlite3_close(h);
  if (v == V_FOREIGN) {
    save_msgf(msg, msglen, "%s is an SQLite database but not a Rapport save; it was left as it "
              "is. Choose another file with --save.", path);
    return SAVE_FOREIGN;
  }
  save_msgf(msg, msglen, "%s was saved by a newer version of Rapport (schema %d; this one knows "
            "up to %d); it was left as it is. Update Rapport to open it.", path, version,
            SAVE_SCHEMA_VERSION);
  return SAVE_NEWER;
}

/* "file:<path>?immutable=1" with the path percent-escaped; false if it does not fit. */
static bool immutable_uri(const char *path, char *out, size_t outlen) {
  static const char hex[] = "0123456789ABCDEF";
  size_t n = (size_t)snprintf(out, outlen, "file:");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if (n + 4 >= outlen) return false;
    if (*p == '%' || *p == '?' || *p == '#' || *p < 0x20) {
      out[n++] = '%';
      out[n++] = hex[*p >> 4];
      out[n++] = hex[*p & 15];
    } else {
      out[n++] = (char)*p;
    }
  }
  int k = snprintf(out + n, outlen - n, "?immutable=1");
  return k > 0 && (size_t)k < outlen - n;
}

struct SaveBudget { double deadline; };

static double monotonic_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Interrupts any statement once the file's time budget is spent (a view or schema crafted
 * to run forever holds nothing for long: the import's write lock is released). */
static int budget_progress(void *arg) {
  const struct SaveBudget *b = arg;
  return monotonic_seconds() > b->deadline;
}

/* What SQL on a file opened read-only may do: no schema code with side effects, short
 * values, and for someone else's file (`b` not NULL) a time budget. Applied to every
 * handle that reads it (also the in-memory copy). */
static void harden(sqlite3 *h, struct SaveBudget *b) {
  sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL);
  sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL);
  sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, (int *)NULL);
  sqlite3_limit(h, SQLITE_LIMIT_LENGTH, SAVE_UNTRUSTED_MAX_VALUE);
  sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, SAVE_UNTRUSTED_MAX_VALUE);
  sqlite3_limit(h, SQLITE_LIMIT_EXPR_DEPTH, 100);
  sqlite3_limit(h, SQLITE_LIMIT_COMPOUND_SELECT, 8);
  sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
  if (b != NULL) sqlite3_progress_handler(h, 1000, budget_progress, b);
}

/* Generated (computed) columns of table `name`; -1 when they cannot be counted. */
static int computed_columns(sqlite3 *h, const char *name) {
  sqlite3_stmt *st = NULL;
  int n = -1;
  if (sqlite3_prepare_v2(h, "SELECT count(*) FROM pragma_table_xinfo(?1) WHERE hidden IN (2, 3)",
                         -1, &st, NULL) == SQLITE_OK) {
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int(st, 0);
  }
  sqlite3_finalize(st);
  return n;
}

/* A Rapport save is tables and indexes only: a view, trigger, virtual table or generated
 * column in a file from someone else is code we would run, so the file is refused. */
static SaveStatus check_schema(sqlite3 *h, const char *path, char *msg, size_t msglen) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(h, "SELECT type, name, COALESCE(sql, '') FROM sqlite_schema",
                              -1, &st, NULL);
  SaveStatus out = SAVE_OK;
  while (rc == SQLITE_OK && out == SAVE_OK && sqlite3_step(st) == SQLITE_ROW) {
    const char *type = (const char *)sqlite3_column_text(st, 0);
    const char *name = (const char *)sqlite3_column_text(st, 1);
    const char *sql = (const char *)sqlite3_column_text(st, 2);
    if (type == NULL || name == NULL || sql == NULL) { rc = SQLITE_NOMEM; break; }
    bool table = strcmp(type, "table") == 0, index = strcmp(type, "index") == 0;
    bool plain = !table || sqlite3_strnicmp(sql, "CREATE TABLE", 12) == 0 ||
                 strncmp(name, "sqlite_", 7) == 0;
    if ((!table && !index) || !plain || (table && computed_columns(h, name) != 0)) {
      save_msgf(msg, msglen, "%s holds a %s (\"%.40s\") that a Rapport save never has; it was "
                "not read.", path, !table && !index ? type : "computed table", name);
      out = SAVE_FOREIGN;
    }
  }
  if (rc == SQLITE_OK) rc = sqlite3_errcode(h);
  sqlite3_finalize(st);
  if (out == SAVE_OK && rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    out = save_sql_fail(h, rc, "checking the file's tables", msg, msglen);
  return out;
}

/* Size of path+suffix, -1 when there is no such file. */
static long long sidecar_size(const char *path, const char *suffix) {
  char p[SAVE_PATH_MAX + 16];
  struct stat sb;
  snprintf(p, sizeof p, "%s%s", path, suffix);
  return stat(p, &sb) == 0 ? (long long)sb.st_size : -1;
}

/* Read-only: never writes the file. An older schema is copied into memory and migrated.
 * `untrusted`: someone else's file (see SAVE_OPEN_UNTRUSTED). */
static SaveStatus open_read_only(const char *path, bool untrusted, SaveDb **out,
                                 SaveOpenInfo *info, char *msg, size_t msglen) {
  int err = 0;
  FileKind kind = sniff(path, &err);
  sqlite3 *h = NULL;
  int version = 0, rc = SQLITE_OK;
  if (kind == FILE_MISSING) {
    save_msgf(msg, msglen, "There is no save at %s.", path);
    return SAVE_NOT_FOUND;
  }
  if (kind == FILE_UNREADABLE) {
    save_msgf(msg, msglen, "Cannot read the save %s: %s.", path,
              err ? strerror(err) : "it is not a regular file");
    return err == EACCES ? SAVE_READ_ONLY : SAVE_IO;
  }
  if (kind == FILE_OTHER) {
    save_msgf(msg, msglen, "%s is damaged (it is not a database). It was left as it is.", path);
    return SAVE_DAMAGED;
  }
  /* A hot rollback journal means the file was caught in the middle of a write: reading it
   * read-only (which cannot roll the journal back) would see it torn. */
  if (kind == FILE_SQLITE && sidecar_size(path, "-journal") > 0) {
    save_msgf(msg, msglen, "%s was caught in the middle of a save (%s-journal is beside it), so "
              "reading it now would give half-written data; it was not read. Open it once in "
              "Rapport on the machine it came from, then copy it again.", path, path);
    return SAVE_DAMAGED;
  }
  /* Without changes waiting in a -wal, the file alone is the whole save: read it as an
   * immutable file, which creates no -wal/-shm beside someone else's file. */
  long long wal_size = sidecar_size(path, "-wal");
  bool wal_pending = wal_size > 0;
  struct SaveBudget *budget = NULL;
  if (untrusted) {
    budget = calloc(1, sizeof *budget);
    if (budget == NULL) {
      save_msgf(msg, msglen, "opening the save: out of memory");
      return SAVE_NO_MEMORY;
    }
    budget->deadline = monotonic_seconds() + SAVE_UNTRUSTED_SECONDS;
  }
  Verdict v = V_NEW;
  for (int attempt = untrusted && !wal_pending ? 1 : 0; kind == FILE_SQLITE && attempt < 2;
       attempt++) {
    char uri[3 * SAVE_PATH_MAX + 32];
    if (attempt == 1 && !immutable_uri(path, uri, sizeof uri)) break;
    rc = attempt == 0 ? sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL)
                      : sqlite3_open_v2(uri, &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    if (rc != SQLITE_OK) {
      SaveStatus st = save_sql_fail(h, rc, "opening the save", msg, msglen);
      sqlite3_close(h);
      free(budget);
      return st;
    }
    harden(h, budget);  /* commands may be pointed at any file: never trust its schema */
    sqlite3_busy_timeout(h, SAVE_BUSY_TIMEOUT_MS);
    v = judge(h, &version, &rc);
    /* A WAL save in a folder we cannot write has no shared-memory file to read through:
     * nobody can be writing it, so read it as an immutable file — but only when its -wal
     * holds nothing, or that read would be stale. */
    if (v != V_ERROR || ((rc & 0xff) != SQLITE_READONLY && (rc & 0xff) != SQLITE_CANTOPEN)) break;
    sqlite3_close(h);
    h = NULL;
    if (wal_pending) break;
  }
  if (kind == FILE_SQLITE && h == NULL) {
    free(budget);
    if (wal_pending) {
      save_msgf(msg, msglen, "%s has changes waiting in %s-wal that cannot be read from here "
                "(a read-only folder), and without them it would be out of date; it was not "
                "read. Copy the file and its -wal to a folder you can write.", path, path);
      return SAVE_READ_ONLY;
    }
    save_msgf(msg, msglen, "Cannot read the save %s from this read-only place.", path);
    return SAVE_READ_ONLY;
  }
  if (v == V_FOREIGN || v == V_NEWER) {
    free(budget);
    return refuse(h, v, version, path, msg, msglen);
  }
  if (v == V_DAMAGED) {
    sqlite3_close(h);
    free(budget);
    if (version < 0)
      save_msgf(msg, msglen, "%s is damaged (it says schema version %d, which Rapport never "
                "writes). It was left as it is.", path, version);
    else
      save_msgf(msg, msglen, "%s is damaged (it fails SQLite's integrity check). It was left "
                "as it is.", path);
    return SAVE_DAMAGED;
  }
  if (v == V_ERROR) {
    SaveStatus st = save_sql_fail(h, rc, "reading the save", msg, msglen);
    sqlite3_close(h);
    free(budget);
    return st;
  }
  if (h != NULL) {
    SaveStatus st = check_schema(h, path, msg, msglen);
    if (st != SAVE_OK) {
      sqlite3_close(h);
      free(budget);
      return st;
    }
  }
  if (version < SAVE_SCHEMA_VERSION) {  /* an old or empty save: upgrade a copy in memory */
    sqlite3 *mem = NULL;
    rc = sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc == SQLITE_OK) harden(mem, budget);
    if (rc == SQLITE_OK && h != NULL) {
      sqlite3_backup *b = sqlite3_backup_init(mem, "main", h, "main");
      rc = b ? sqlite3_backup_step(b, -1) : sqlite3_errcode(mem);
      rc = sqlite3_backup_finish(b) == SQLITE_OK && rc == SQLITE_DONE ? SQLITE_OK
                                                                        : sqlite3_errcode(mem);
    }
    sqlite3_close(h);
    h = mem;
    SaveStatus st = rc == SQLITE_OK ? SAVE_OK
                                    : save_sql_fail(h, rc, "copying the save", msg, msglen);
    if (st == SAVE_OK) {
      (void)save_sql_exec(h, "PRAGMA foreign_keys = ON");
      st = save_schema_migrate(h, version, msg, msglen);
    }
    if (st != SAVE_OK) { sqlite3_close(h); free(budget); return st; }
  } else {
    (void)save_sql_exec(h, "PRAGMA foreign_keys = ON");
  }
  if (info != NULL) {
    info->from_version = version;
    info->to_version = SAVE_SCHEMA_VERSION;
    info->read_only = true;
  }
  SaveStatus st = new_handle(h, path, true, out, msg, msglen);
  if (st == SAVE_OK) (*out)->budget = budget;
  else free(budget);
  return st;
}

/* The location cannot be written: open what is there read-only so the game can go on. */
static SaveStatus fall_back_read_only(const char *path, SaveDb **out, SaveOpenInfo *info,
                                      char *msg, size_t msglen) {
  char inner[256] = "";
  SaveStatus st = open_read_only(path, false, out, info, inner, sizeof inner);
  if (st != SAVE_OK && st != SAVE_NOT_FOUND) {
    save_msgf(msg, msglen, "%s", inner);
    return st;
  }
  save_msgf(msg, msglen, "Your progress cannot be saved: %s is in a place that cannot be "
            "written (read-only file or folder). You can keep playing, but this session will "
            "not be kept.", path);
  if (info != NULL) info->read_only = true;
  return SAVE_READ_ONLY;
}

static bool read_only_error(int rc, const char *path) {
  int primary = rc & 0xff;
  if (primary == SQLITE_READONLY || primary == SQLITE_PERM) return true;
  if (primary != SQLITE_CANTOPEN && primary != SQLITE_IOERR) return false;
  char dir[SAVE_PATH_MAX];
  save_copy_text(dir, sizeof dir, (const unsigned char *)path);
  char *slash = strrchr(dir, '/');
  if (slash == NULL) snprintf(dir, sizeof dir, ".");
  else if (slash == dir) dir[1] = '\0';
  else *slash = '\0';
  return access(dir, W_OK) != 0 || (access(path, F_OK) == 0 && access(path, W_OK) != 0);
}

static SaveStatus open_read_write(const char *path, bool retried, SaveDb **out,
                                  SaveOpenInfo *info, char *msg, size_t msglen) {
  bool memory = strcmp(path, ":memory:") == 0;
  int err = 0;
  FileKind kind = memory ? FILE_MISSING : sniff(path, &err);
  if (kind == FILE_UNREADABLE) {
    save_msgf(msg, msglen, "Cannot open the save %s: %s.", path,
              err ? strerror(err) : "it is not a regular file");
    return err == EACCES ? SAVE_READ_ONLY : SAVE_IO;
  }
  if (kind == FILE_MISSING && !memory && make_parents(path) != 0) {
    if (errno == EACCES || errno == EROFS || errno == EPERM)
      return fall_back_read_only(path, out, info, msg, msglen);
    save_msgf(msg, msglen, "Cannot create the folder for %s: %s.", path, strerror(errno));
    return SAVE_IO;
  }
  sqlite3 *h = NULL;
  int version = 0, rc = SQLITE_OK;
  Verdict v = V_DAMAGED;
  if (kind != FILE_OTHER) {
    rc = sqlite3_open_v2(path, &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) {
      sqlite3_close(h);
      if (read_only_error(rc, path)) return fall_back_read_only(path, out, info, msg, msglen);
      h = NULL;
      return save_sql_fail(NULL, rc, "opening the save", msg, msglen);
    }
    if (sqlite3_db_readonly(h, "main") == 1) {
      sqlite3_close(h);
      return fall_back_read_only(path, out, info, msg, msglen);
    }
    sqlite3_busy_timeout(h, SAVE_BUSY_TIMEOUT_MS);
    v = judge(h, &version, &rc);
  }
  if (v == V_FOREIGN || v == V_NEWER) return refuse(h, v, version, path, msg, msglen);
  if (v == V_ERROR) {
    SaveStatus st = save_sql_fail(h, rc, "reading the save", msg, msglen);
    sqlite3_close(h);
    if (st == SAVE_READ_ONLY || read_only_error(rc, path))
      return fall_back_read_only(path, out, info, msg, msglen);
    return st;
  }
  if (v == V_DAMAGED) {
    sqlite3_close(h);
    char to[SAVE_PATH_MAX];
    if (memory || retried || move_aside(path, to, sizeof to) != 0) {
      save_msgf(msg, msglen, "Your save %s is damaged and could not be moved aside (%s). It was "
                "left as it is; move it yourself or choose another file with --save.", path,
                retried ? "it was still damaged after a fresh start" : strerror(errno));
      return SAVE_DAMAGED;
    }
    SaveStatus st = open_read_write(path, true, out, info, msg, msglen);
    if (info != NULL) {
      info->moved_aside = true;
      save_copy_text(info->moved_to, sizeof info->moved_to, (const unsigned char *)to);
    }
    if (st == SAVE_OK)
      save_msgf(msg, msglen, "Your save file was damaged, so Rapport moved it to %s (nothing was "
                "deleted) and started a fresh save at %s.", to, path);
    return st;
  }
  /* Settings first written here: the file is ours (or new) from this point. */
  bool wal = false;
  if (!memory) {
    sqlite3_stmt *st = NULL;
    rc = sqlite3_prepare_v2(h, "PRAGMA journal_mode = WAL", -1, &st, NULL);
    if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
      const char *mode = (const char *)sqlite3_column_text(st, 0);
      wal = mode != NULL && strcmp(mode, "wal") == 0;
    }
    sqlite3_finalize(st);
    if (!wal) (void)save_sql_exec(h, "PRAGMA journal_mode = DELETE");  /* e.g. network folders */
  }
  rc = save_sql_exec(h, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
  SaveStatus st = rc == SQLITE_OK ? save_schema_migrate(h, version, msg, msglen)
                                  : save_sql_fail(h, rc, "setting up the save", msg, msglen);
  if (st != SAVE_OK) {
    sqlite3_close(h);
    if (st == SAVE_READ_ONLY) return fall_back_read_only(path, out, info, msg, msglen);
    return st;
  }
  if (info != NULL) {
    info->created = v == V_NEW;
    info->from_version = version;
    info->to_version = SAVE_SCHEMA_VERSION;
    info->wal = wal;
  }
  if (msg != NULL && msglen > 0) msg[0] = '\0';
  return new_handle(h, path, false, out, msg, msglen);
}

SaveStatus save_open(const char *path, unsigned flags, SaveDb **out, SaveOpenInfo *info,
                     char *msg, size_t msglen) {
  if (msg != NULL && msglen > 0) msg[0] = '\0';
  if (info != NULL) memset(info, 0, sizeof *info);
  if (out == NULL || path == NULL || path[0] == '\0' || strlen(path) >= SAVE_PATH_MAX - 64) {
    save_msgf(msg, msglen, "opening the save: no path, or a path that is too long");
    return SAVE_MISUSE;
  }
  *out = NULL;
  if ((flags & SAVE_OPEN_READ_ONLY) && strcmp(path, ":memory:") != 0)
    return open_read_only(path, (flags & SAVE_OPEN_UNTRUSTED) != 0, out, info, msg, msglen);
  return open_read_write(path, false, out, info, msg, msglen);
}

void save_close(SaveDb *db) {
  if (db == NULL) return;
  sqlite3_close(db->db);
  free(db->budget);
  free(db);
}
