/* test_save_open.c — opening save files: a new save, newer and foreign databases refused
 * byte for byte unchanged, damaged files moved aside with their bytes kept (and never over
 * an existing name), read-only files and folders, a full disk, a busy database.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <sys/wait.h>
#include <time.h>

#include "save/save_internal.h"
#include "test_save_util.h"

typedef struct Fx {
  char dir[512];
  char path[600];
} Fx;

static int setup(void **state) {
  Fx *fx = calloc(1, sizeof *fx);
  tsu_tmpdir(fx->dir, sizeof fx->dir);
  snprintf(fx->path, sizeof fx->path, "%s/rapport.db", fx->dir);
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  Fx *fx = *state;
  tsu_rmtree(fx->dir);
  free(fx);
  return 0;
}

/* A save at `path` holding one profile, a session and a conversation; closed. */
static void make_save(const char *path) {
  SaveDb *db = NULL;
  char msg[256];
  assert_int_equal(save_open(path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg), SAVE_OK);
  SaveProfile p = tsu_profile("Ana");
  assert_int_equal(save_profile_create(db, &p, msg, sizeof msg), SAVE_OK);
  SaveSession s = tsu_session(p.id, "0123456789abcdef0123456789abcdef", "2026-11-26T01:00:00Z");
  assert_int_equal(save_session_begin(db, &s, msg, sizeof msg), SAVE_OK);
  SaveChoice c = tsu_choice(s.id, 1, 1, "maya_okafor");
  SaveRelation r = tsu_relation(p.id, "maya_okafor", "Maya", 2);
  assert_int_equal(save_conversation(db, s.id, &c, 1, &r, 1, NULL, msg, sizeof msg), SAVE_OK);
  save_close(db);
}

static void raw_exec(const char *path, const char *sql) {
  sqlite3 *h = NULL;
  assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
  char *err = NULL;
  int rc = sqlite3_exec(h, sql, NULL, NULL, &err);
  if (rc != SQLITE_OK) fail_msg("%s: %s", sql, err ? err : "?");
  sqlite3_close(h);
}

static int profiles_in(SaveDb *db) {
  int total = -1;
  char msg[256];
  assert_int_equal(save_profile_list(db, SAVE_ANY_CLASS, NULL, 0, &total, msg, sizeof msg), SAVE_OK);
  return total;
}

static void test_new_save_and_reopen(void **state) {
  Fx *fx = *state;
  char nested[700];
  snprintf(nested, sizeof nested, "%s/saves/deeper/rapport.db", fx->dir);  /* folders made */
  SaveDb *db = NULL;
  SaveOpenInfo info;
  char msg[256];
  assert_int_equal(save_open(nested, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg), SAVE_OK);
  assert_true(info.created);
  assert_true(info.wal);
  assert_false(info.read_only);
  assert_int_equal(info.from_version, 0);
  assert_int_equal(info.to_version, SAVE_SCHEMA_VERSION);
  assert_string_equal(save_path(db), nested);
  sqlite3 *h = save_sqlite(db);
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(h, "SELECT (SELECT application_id FROM pragma_application_id),"
      " (SELECT user_version FROM pragma_user_version), (SELECT foreign_keys FROM pragma_foreign_keys),"
      " (SELECT synchronous FROM pragma_synchronous)", -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int(st, 0), SAVE_APPLICATION_ID);
  assert_int_equal(sqlite3_column_int(st, 1), SAVE_SCHEMA_VERSION);
  assert_int_equal(sqlite3_column_int(st, 2), 1);
  assert_int_equal(sqlite3_column_int(st, 3), 2);  /* FULL */
  sqlite3_finalize(st);
  save_close(db);

  make_save(fx->path);
  assert_int_equal(save_open(fx->path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg), SAVE_OK);
  assert_false(info.created);
  assert_false(info.moved_aside);
  assert_int_equal(info.from_version, SAVE_SCHEMA_VERSION);
  assert_int_equal(profiles_in(db), 1);
  save_close(db);
  save_close(NULL);
}

/* Opening `path` in both modes returns `want`, hands back no handle and changes no byte. */
static void expect_refused(const char *path, SaveStatus want, const char *words) {
  size_t len = 0;
  unsigned char *before = tsu_read(path, &len);
  assert_non_null(before);
  for (int mode = 0; mode < 2; mode++) {
    SaveDb *db = (SaveDb *)1;
    char msg[512];
    SaveOpenInfo info;
    unsigned flags = mode ? SAVE_OPEN_READ_ONLY : SAVE_OPEN_DEFAULT;
    assert_int_equal(save_open(path, flags, &db, &info, msg, sizeof msg), want);
    assert_null(db);
    assert_false(info.moved_aside);
    assert_non_null(strstr(msg, words));
    assert_non_null(strstr(msg, path));
    assert_true(tsu_same(path, before, len));
  }
  free(before);
}

static void test_newer_save_is_refused_untouched(void **state) {
  Fx *fx = *state;
  make_save(fx->path);
  raw_exec(fx->path, "PRAGMA user_version = 99");
  expect_refused(fx->path, SAVE_NEWER, "newer version");
}

static void test_foreign_database_is_refused_untouched(void **state) {
  Fx *fx = *state;
  raw_exec(fx->path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
                     "INSERT INTO notes(body) VALUES('shopping list');");
  expect_refused(fx->path, SAVE_FOREIGN, "not a Rapport save");
  /* Another program's application id, even with our user_version and table names. */
  char other[700];
  snprintf(other, sizeof other, "%s/other.db", fx->dir);
  raw_exec(other, "PRAGMA application_id = 1234; PRAGMA user_version = 3;"
                  "CREATE TABLE profiles(id INTEGER PRIMARY KEY, name TEXT);");
  expect_refused(other, SAVE_FOREIGN, "not a Rapport save");
}

/* Opens a damaged `path` and checks it went aside intact and a fresh save replaced it. */
static void expect_moved_aside(const char *path) {
  size_t len = 0;
  unsigned char *before = tsu_read(path, &len);
  assert_non_null(before);

  SaveDb *db = (SaveDb *)1;
  char msg[1024];
  SaveOpenInfo info;
  /* Read-only (commands): refused, nothing moved. */
  assert_int_equal(save_open(path, SAVE_OPEN_READ_ONLY, &db, &info, msg, sizeof msg),
                   SAVE_DAMAGED);
  assert_null(db);
  assert_true(tsu_same(path, before, len));

  assert_int_equal(save_open(path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg), SAVE_OK);
  assert_non_null(db);
  assert_true(info.moved_aside);
  assert_true(info.created);
  assert_non_null(strstr(info.moved_to, ".damaged-"));
  assert_non_null(strstr(msg, info.moved_to));  /* the player is told where it went */
  assert_non_null(strstr(msg, "nothing was deleted"));
  assert_true(tsu_same(info.moved_to, before, len));
  assert_int_equal(profiles_in(db), 0);
  SaveProfile p = tsu_profile("Fresh start");
  assert_int_equal(save_profile_create(db, &p, msg, sizeof msg), SAVE_OK);
  save_close(db);
  assert_int_equal(save_open(path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg), SAVE_OK);
  assert_false(info.moved_aside);
  assert_int_equal(profiles_in(db), 1);
  save_close(db);
  free(before);
}

static void test_not_a_database_is_moved_aside(void **state) {
  Fx *fx = *state;
  const char text[] = "These are my notes, not a database.\n";
  tsu_write(fx->path, text, sizeof text - 1);
  expect_moved_aside(fx->path);
}

static void test_journal_files_go_along(void **state) {
  Fx *fx = *state;
  const char text[] = "not a database";
  const char wal[] = "an old write-ahead log";
  char wal_path[700], aside_wal[SAVE_PATH_MAX + 8];
  tsu_write(fx->path, text, sizeof text - 1);
  snprintf(wal_path, sizeof wal_path, "%s-wal", fx->path);
  tsu_write(wal_path, wal, sizeof wal - 1);
  SaveDb *db = NULL;
  SaveOpenInfo info;
  char msg[1024];
  assert_int_equal(save_open(fx->path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg), SAVE_OK);
  assert_true(info.moved_aside);
  snprintf(aside_wal, sizeof aside_wal, "%s-wal", info.moved_to);
  assert_true(tsu_same(info.moved_to, (const unsigned char *)text, sizeof text - 1));
  assert_true(tsu_same(aside_wal, (const unsigned char *)wal, sizeof wal - 1));
  assert_false(tsu_same(wal_path, (const unsigned char *)wal, sizeof wal - 1));
  save_close(db);
}

static void test_malformed_database_is_moved_aside(void **state) {
  Fx *fx = *state;
  make_save(fx->path);
  size_t len = 0;
  unsigned char *bytes = tsu_read(fx->path, &len);
  assert_true(len >= 8192);
  /* Scribble over every page after the first (the tables' b-tree pages). */
  for (size_t i = 4096; i < len; i++) bytes[i] = (unsigned char)(i * 37u + 11u);
  tsu_write(fx->path, bytes, len);
  free(bytes);
  expect_moved_aside(fx->path);
}

/* Only one table's page is bad: the file opens and its header and meta table read fine, so
 * it is the quick integrity check that finds the damage. */
static void test_failing_integrity_check_is_moved_aside(void **state) {
  Fx *fx = *state;
  make_save(fx->path);
  sqlite3 *h = NULL;
  assert_int_equal(sqlite3_open(fx->path, &h), SQLITE_OK);
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(h, "SELECT rootpage, (SELECT page_size FROM pragma_page_size)"
                                      " FROM sqlite_schema WHERE name = 'relations'", -1, &st, NULL),
                   SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  long page = sqlite3_column_int(st, 0), size = sqlite3_column_int(st, 1);
  sqlite3_finalize(st);
  sqlite3_close(h);
  assert_true(page > 2);
  size_t len = 0;
  unsigned char *bytes = tsu_read(fx->path, &len);
  assert_true((size_t)(page * size) <= len);
  unsigned char *p = bytes + (page - 1) * size;
  p[0] = 0x0d;                     /* still a leaf table page ... */
  p[3] = 0x7f;                     /* ... claiming 32,512 cells */
  p[4] = 0x00;
  for (long i = 8; i < size; i++) p[i] = (unsigned char)(0xA5 ^ i);
  tsu_write(fx->path, bytes, len);
  free(bytes);
  /* The header and the meta table still read: only the check sees the damage. */
  assert_int_equal(sqlite3_open(fx->path, &h), SQLITE_OK);
  assert_int_equal(sqlite3_exec(h, "SELECT value FROM meta", NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(h);
  expect_moved_aside(fx->path);
}

static void test_truncated_database_is_moved_aside(void **state) {
  Fx *fx = *state;
  make_save(fx->path);
  size_t len = 0;
  unsigned char *bytes = tsu_read(fx->path, &len);
  tsu_write(fx->path, bytes, 4096 + 100);  /* the header promises more pages than exist */
  free(bytes);
  expect_moved_aside(fx->path);
}

static void test_aside_name_never_overwrites(void **state) {
  Fx *fx = *state;
  const char junk[] = "garbage garbage garbage";
  tsu_write(fx->path, junk, sizeof junk - 1);
  /* Occupy the names for this second and the next few. */
  char taken[8][700];
  time_t now = time(NULL);
  for (int i = 0; i < 8; i++) {
    time_t t = now + i;
    struct tm tm;
    localtime_r(&t, &tm);
    char stamp[32];
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    snprintf(taken[i], sizeof taken[i], "%s.damaged-%s", fx->path, stamp);
    tsu_write(taken[i], "keep me", 7);
  }
  SaveDb *db = NULL;
  SaveOpenInfo info;
  char msg[1024];
  assert_int_equal(save_open(fx->path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg), SAVE_OK);
  assert_true(info.moved_aside);
  for (int i = 0; i < 8; i++) {
    assert_string_not_equal(info.moved_to, taken[i]);
    assert_true(tsu_same(taken[i], (const unsigned char *)"keep me", 7));
  }
  assert_true(tsu_same(info.moved_to, (const unsigned char *)junk, sizeof junk - 1));
  save_close(db);
}

static void test_read_only_open_never_creates(void **state) {
  Fx *fx = *state;
  SaveDb *db = (SaveDb *)1;
  char msg[512];
  assert_int_equal(save_open(fx->path, SAVE_OPEN_READ_ONLY, &db, NULL, msg, sizeof msg),
                   SAVE_NOT_FOUND);
  assert_null(db);
  assert_false(tsu_exists(fx->path));
  assert_non_null(strstr(msg, fx->path));

  make_save(fx->path);
  size_t len = 0;
  unsigned char *before = tsu_read(fx->path, &len);
  SaveOpenInfo info;
  assert_int_equal(save_open(fx->path, SAVE_OPEN_READ_ONLY, &db, &info, msg, sizeof msg), SAVE_OK);
  assert_true(info.read_only);
  assert_true(save_is_read_only(db));
  assert_int_equal(profiles_in(db), 1);
  SaveProfile p = tsu_profile("Intruder");
  assert_int_equal(save_profile_create(db, &p, msg, sizeof msg), SAVE_READ_ONLY);
  assert_non_null(strstr(msg, "cannot be written"));
  save_close(db);
  assert_true(tsu_same(fx->path, before, len));
  free(before);
}

/* ---- read-only locations: checked in a child without root's power to ignore modes ---- */

#define CHILD_CHECK(cond) do { if (!(cond)) { \
  fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); _exit(1); } } while (0)

static void as_unprivileged_child(void (*fn)(const char *dir), const char *dir) {
  fflush(NULL);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    if (geteuid() == 0) {
      CHILD_CHECK(setgid(65534) == 0);
      CHILD_CHECK(setuid(65534) == 0);
    }
    fn(dir);
    _exit(0);
  }
  int status = 0;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_true(WIFEXITED(status));
  assert_int_equal(WEXITSTATUS(status), 0);
}

static void child_read_only_folder(const char *dir) {
  char path[700], missing[700], msg[512];
  snprintf(path, sizeof path, "%s/ro/rapport.db", dir);
  snprintf(missing, sizeof missing, "%s/ro/new.db", dir);
  size_t len = 0;
  unsigned char *before = tsu_read(path, &len);
  CHILD_CHECK(before != NULL);

  /* No save there yet and none can be made: told plainly, no handle. */
  SaveDb *db = (SaveDb *)1;
  CHILD_CHECK(save_open(missing, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg) == SAVE_READ_ONLY);
  CHILD_CHECK(db == NULL);
  CHILD_CHECK(strstr(msg, "cannot be saved") != NULL);
  CHILD_CHECK(!tsu_exists(missing));

  /* An existing save in a read-only folder: readable, writes refused, bytes unchanged. */
  SaveOpenInfo info;
  SaveStatus st = save_open(path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg);
  if (st != SAVE_READ_ONLY) fprintf(stderr, "status %d: %s\n", st, msg);
  CHILD_CHECK(st == SAVE_READ_ONLY);
  CHILD_CHECK(db != NULL && info.read_only && save_is_read_only(db));
  int total = 0;
  CHILD_CHECK(save_profile_list(db, SAVE_ANY_CLASS, NULL, 0, &total, msg, sizeof msg) == SAVE_OK);
  CHILD_CHECK(total == 1);
  SaveProfile p = tsu_profile("Someone");
  CHILD_CHECK(save_profile_create(db, &p, msg, sizeof msg) == SAVE_READ_ONLY);
  save_close(db);
  CHILD_CHECK(tsu_same(path, before, len));

  /* A damaged file that cannot be moved aside stays where it is. */
  char bad[700];
  snprintf(bad, sizeof bad, "%s/ro/damaged.db", dir);
  size_t blen = 0;
  unsigned char *bbytes = tsu_read(bad, &blen);
  CHILD_CHECK(save_open(bad, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg) == SAVE_DAMAGED);
  CHILD_CHECK(db == NULL && strstr(msg, "could not be moved") != NULL);
  CHILD_CHECK(tsu_same(bad, bbytes, blen));
  free(bbytes);
  free(before);
}

static void child_read_only_file(const char *dir) {
  char path[700], msg[512];
  snprintf(path, sizeof path, "%s/rw/rapport.db", dir);
  size_t len = 0;
  unsigned char *before = tsu_read(path, &len);
  CHILD_CHECK(before != NULL);
  SaveDb *db = NULL;
  SaveOpenInfo info;
  CHILD_CHECK(save_open(path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg) == SAVE_READ_ONLY);
  CHILD_CHECK(db != NULL && info.read_only);
  CHILD_CHECK(strstr(msg, "keep playing") != NULL);
  SaveSession s;
  CHILD_CHECK(save_session_find_in_progress(db, 1, &s, msg, sizeof msg) == SAVE_OK);
  SaveChoice c = tsu_choice(s.id, 2, 2, "sam_lee");
  CHILD_CHECK(save_conversation(db, s.id, &c, 1, NULL, 0, NULL, msg, sizeof msg) == SAVE_READ_ONLY);
  save_close(db);
  CHILD_CHECK(tsu_same(path, before, len));
  free(before);
}

static void test_read_only_locations(void **state) {
  Fx *fx = *state;
  char ro[700], rw[700], path[800];
  snprintf(ro, sizeof ro, "%s/ro", fx->dir);
  snprintf(rw, sizeof rw, "%s/rw", fx->dir);
  assert_int_equal(mkdir(ro, 0755), 0);
  assert_int_equal(mkdir(rw, 0755), 0);
  snprintf(path, sizeof path, "%s/rapport.db", ro);
  make_save(path);
  snprintf(path, sizeof path, "%s/damaged.db", ro);
  tsu_write(path, "not a database at all", 21);
  snprintf(path, sizeof path, "%s/rapport.db", rw);
  make_save(path);
  assert_int_equal(chmod(path, 0444), 0);
  assert_int_equal(chmod(ro, 0555), 0);
  assert_int_equal(chmod(fx->dir, 0755), 0);
  if (geteuid() == 0) assert_int_equal(chown(rw, 65534, 65534), 0);
  as_unprivileged_child(child_read_only_folder, fx->dir);
  as_unprivileged_child(child_read_only_file, fx->dir);
}

static void test_disk_full(void **state) {
  Fx *fx = *state;
  make_save(fx->path);
  SaveDb *db = NULL;
  char msg[512];
  assert_int_equal(save_open(fx->path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg), SAVE_OK);
  sqlite3 *h = save_sqlite(db);
  /* Cap the file at the pages it has: the next growth fails with SQLITE_FULL. */
  assert_int_equal(sqlite3_exec(h, "PRAGMA max_page_count = 1", NULL, NULL, NULL), SQLITE_OK);
  SaveSession s;
  assert_int_equal(save_session_find_in_progress(db, 1, &s, msg, sizeof msg), SAVE_OK);
  enum { N = 400 };
  SaveChoice *c = calloc(N, sizeof *c);
  for (int i = 0; i < N; i++) c[i] = tsu_choice(s.id, 10 + i, 2, "sam_lee");
  assert_int_equal(save_conversation(db, s.id, c, N, NULL, 0, NULL, msg, sizeof msg),
                   SAVE_DISK_FULL);
  assert_non_null(strstr(msg, "disk is full"));
  assert_true(sqlite3_get_autocommit(h));
  int total = 0;
  assert_int_equal(save_choices(db, s.id, NULL, 0, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 1);  /* only the conversation saved before */
  /* Space again: the same save goes through and the file is sound. */
  assert_int_equal(sqlite3_exec(h, "PRAGMA max_page_count = 1000000", NULL, NULL, NULL), SQLITE_OK);
  assert_int_equal(save_conversation(db, s.id, c, N, NULL, 0, NULL, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_choices(db, s.id, NULL, 0, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, N + 1);
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  assert_string_equal((const char *)sqlite3_column_text(st, 0), "ok");
  sqlite3_finalize(st);
  free(c);
  save_close(db);
}

static void test_busy(void **state) {
  Fx *fx = *state;
  make_save(fx->path);
  SaveDb *db = NULL;
  char msg[512];
  assert_int_equal(save_open(fx->path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg), SAVE_OK);
  sqlite3_busy_timeout(save_sqlite(db), 50);  /* the test need not wait the full timeout */
  sqlite3 *other = NULL;
  assert_int_equal(sqlite3_open(fx->path, &other), SQLITE_OK);
  assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
  SaveProfile p = tsu_profile("Waiting");
  assert_int_equal(save_profile_create(db, &p, msg, sizeof msg), SAVE_BUSY);
  assert_non_null(strstr(msg, "another program"));
  assert_int_equal(sqlite3_exec(other, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
  assert_int_equal(save_profile_create(db, &p, msg, sizeof msg), SAVE_OK);
  sqlite3_close(other);
  save_close(db);
}

/* A filesystem without shared memory (a network home folder): WAL cannot be used, so the
 * save falls back to a rollback journal and works the same. The default VFS is swapped for
 * one whose files lack the shared-memory methods (io methods version 1). */
static sqlite3_vfs *real_vfs;
/* One patched copy per kind of file (the database and its journal use different methods). */
static struct { const sqlite3_io_methods *real; sqlite3_io_methods patched; } no_shm_methods[8];

static int no_shm_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags,
                       int *out_flags) {
  (void)vfs;
  int rc = real_vfs->xOpen(real_vfs, name, file, flags, out_flags);
  if (rc != SQLITE_OK || file->pMethods == NULL) return rc;
  for (int i = 0; i < 8; i++) {
    if (no_shm_methods[i].real == NULL) {
      no_shm_methods[i].real = file->pMethods;
      no_shm_methods[i].patched = *file->pMethods;
      no_shm_methods[i].patched.iVersion = 1;
      no_shm_methods[i].patched.xShmMap = NULL;
      no_shm_methods[i].patched.xShmLock = NULL;
      no_shm_methods[i].patched.xShmBarrier = NULL;
      no_shm_methods[i].patched.xShmUnmap = NULL;
    }
    if (no_shm_methods[i].real == file->pMethods) {
      file->pMethods = &no_shm_methods[i].patched;
      break;
    }
  }
  return rc;
}

static void test_rollback_journal_fallback(void **state) {
  Fx *fx = *state;
  real_vfs = sqlite3_vfs_find(NULL);
  assert_non_null(real_vfs);
  static sqlite3_vfs no_shm;
  no_shm = *real_vfs;
  no_shm.zName = "rapport-test-no-shm";
  no_shm.xOpen = no_shm_open;
  assert_int_equal(sqlite3_vfs_register(&no_shm, 1), SQLITE_OK);
  SaveDb *db = NULL;
  SaveOpenInfo info;
  char msg[256];
  char mode[16] = "";
  SaveStatus st = save_open(fx->path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg);
  if (st == SAVE_OK) {
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(save_sqlite(db), "PRAGMA journal_mode", -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
      snprintf(mode, sizeof mode, "%s", (const char *)sqlite3_column_text(q, 0));
    sqlite3_finalize(q);
    SaveProfile p = tsu_profile("On a network folder");
    st = save_profile_create(db, &p, msg, sizeof msg);
    save_close(db);
  }
  sqlite3_vfs_unregister(&no_shm);
  sqlite3_vfs_register(real_vfs, 1);
  assert_int_equal(st, SAVE_OK);
  assert_string_equal(mode, "delete");
  assert_false(info.wal);
  assert_true(info.created);
  assert_int_equal(save_open(fx->path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg), SAVE_OK);
  assert_int_equal(profiles_in(db), 1);
  save_close(db);
}

static void test_misuse(void **state) {
  (void)state;
  SaveDb *db = NULL;
  char msg[128];
  assert_int_equal(save_open(NULL, 0, &db, NULL, msg, sizeof msg), SAVE_MISUSE);
  assert_int_equal(save_open("", 0, &db, NULL, msg, sizeof msg), SAVE_MISUSE);
  assert_int_equal(save_open(":memory:", 0, NULL, NULL, msg, sizeof msg), SAVE_MISUSE);
  assert_int_equal(save_open("/tmp", 0, &db, NULL, NULL, 0), SAVE_IO);  /* a folder */
  assert_null(db);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_new_save_and_reopen, setup, teardown),
    cmocka_unit_test_setup_teardown(test_newer_save_is_refused_untouched, setup, teardown),
    cmocka_unit_test_setup_teardown(test_foreign_database_is_refused_untouched, setup, teardown),
    cmocka_unit_test_setup_teardown(test_not_a_database_is_moved_aside, setup, teardown),
    cmocka_unit_test_setup_teardown(test_journal_files_go_along, setup, teardown),
    cmocka_unit_test_setup_teardown(test_malformed_database_is_moved_aside, setup, teardown),
    cmocka_unit_test_setup_teardown(test_failing_integrity_check_is_moved_aside, setup, teardown),
    cmocka_unit_test_setup_teardown(test_truncated_database_is_moved_aside, setup, teardown),
    cmocka_unit_test_setup_teardown(test_aside_name_never_overwrites, setup, teardown),
    cmocka_unit_test_setup_teardown(test_read_only_open_never_creates, setup, teardown),
    cmocka_unit_test_setup_teardown(test_read_only_locations, setup, teardown),
    cmocka_unit_test_setup_teardown(test_disk_full, setup, teardown),
    cmocka_unit_test_setup_teardown(test_busy, setup, teardown),
    cmocka_unit_test_setup_teardown(test_rollback_journal_fallback, setup, teardown),
    cmocka_unit_test(test_misuse),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
