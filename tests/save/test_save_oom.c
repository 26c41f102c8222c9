/* test_save_oom.c — fault injection: SQLite's allocator fails on the Nth call, for every N
 * a whole open-and-save sequence makes. Every failure must come back as a status (never a
 * crash, a leak or a wrong diagnosis: a good save is never called damaged, foreign or newer,
 * never moved aside), and the file must afterwards open cleanly, pass integrity_check and
 * hold each save either whole or not at all.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>

#include "save/save_internal.h"
#include "test_save_util.h"

/* ---- an allocator that fails once, on call number `fail_at` ---- */

static sqlite3_mem_methods real_mem;
static long calls, fail_at, open_calls;
static int failures;

static void *oom_malloc(int n) {
  if (++calls == fail_at) { failures++; return NULL; }
  return real_mem.xMalloc(n);
}
static void *oom_realloc(void *p, int n) {
  if (++calls == fail_at) { failures++; return NULL; }
  return real_mem.xRealloc(p, n);
}
static void oom_free(void *p) { real_mem.xFree(p); }
static int oom_size(void *p) { return real_mem.xSize(p); }
static int oom_roundup(int n) { return real_mem.xRoundup(n); }
static int oom_init(void *data) { return real_mem.xInit(data); }
static void oom_shutdown(void *data) { real_mem.xShutdown(data); }

/* Files whose fsync is a no-op: thousands of runs need not wait for the disk (durability is
 * the crash test's subject, not this one's). */
static sqlite3_vfs *real_vfs;
static sqlite3_vfs fast_vfs;

static int no_sync(sqlite3_file *f, int flags) { (void)f; (void)flags; return SQLITE_OK; }

/* One patched copy per kind of file (the database and its journal use different methods). */
static struct { const sqlite3_io_methods *real; sqlite3_io_methods fast; } patched[8];

static int fast_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags,
                     int *out_flags) {
  (void)vfs;
  int rc = real_vfs->xOpen(real_vfs, name, file, flags, out_flags);
  if (rc != SQLITE_OK || file->pMethods == NULL) return rc;
  for (int i = 0; i < 8; i++) {
    if (patched[i].real == NULL) {
      patched[i].real = file->pMethods;
      patched[i].fast = *file->pMethods;
      patched[i].fast.xSync = no_sync;
    }
    if (patched[i].real == file->pMethods) {
      file->pMethods = &patched[i].fast;
      break;
    }
  }
  return rc;
}

static int install(void **state) {
  (void)state;
  sqlite3_shutdown();
  if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &real_mem) != SQLITE_OK) return -1;
  sqlite3_mem_methods m = real_mem;
  m.xMalloc = oom_malloc;
  m.xRealloc = oom_realloc;
  m.xFree = oom_free;
  m.xSize = oom_size;
  m.xRoundup = oom_roundup;
  m.xInit = oom_init;
  m.xShutdown = oom_shutdown;
  if (sqlite3_config(SQLITE_CONFIG_MALLOC, &m) != SQLITE_OK) return -1;
  /* Lookaside would hide allocations from the counter. */
  if (sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0) != SQLITE_OK) return -1;
  if (sqlite3_initialize() != SQLITE_OK) return -1;
  real_vfs = sqlite3_vfs_find(NULL);
  fast_vfs = *real_vfs;
  fast_vfs.zName = "rapport-test-fast";
  fast_vfs.xOpen = fast_open;
  return sqlite3_vfs_register(&fast_vfs, 1) == SQLITE_OK ? 0 : -1;
}

static int uninstall(void **state) {
  (void)state;
  sqlite3_vfs_unregister(&fast_vfs);
  sqlite3_shutdown();
  sqlite3_config(SQLITE_CONFIG_MALLOC, &real_mem);
  sqlite3_initialize();
  return 0;
}

/* A diagnosis an allocation failure must never produce. */
static int misdiagnosis(SaveStatus st) {
  return st == SAVE_DAMAGED || st == SAVE_FOREIGN || st == SAVE_NEWER || st == SAVE_MISUSE ||
         st == SAVE_NOT_FOUND || st == SAVE_CONFLICT;
}

#define STEP(call) do { SaveStatus st_ = (call); \
  if (misdiagnosis(st_)) fail_msg("fault at %ld: %s gave %s: %s", fail_at, #call, \
                                  save_status_name(st_), msg); \
  if (st_ != SAVE_OK) goto done; } while (0)

/* Opens the save and plays one session's worth of saves. */
static void play(const char *path, bool *opened_ok) {
  SaveDb *db = NULL;
  char msg[512] = "";
  SaveOpenInfo info;
  *opened_ok = false;
  SaveStatus st = save_open(path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg);
  open_calls = calls;
  if (misdiagnosis(st) || info.moved_aside)
    fail_msg("fault at %ld: save_open gave %s (moved aside: %d): %s", fail_at,
             save_status_name(st), info.moved_aside, msg);
  if (st != SAVE_OK) { assert_null(db); return; }
  *opened_ok = true;
  SaveProfile p;
  STEP(save_profile_find(db, "Ana", 0, &p, msg, sizeof msg));
  SaveSession s = tsu_session(p.id, "0123456789abcdef0123456789abcdef", "2026-11-26T01:00:00Z");
  STEP(save_session_begin(db, &s, msg, sizeof msg));
  SaveChoice c[3] = {tsu_choice(s.id, 1, 1, "maya_okafor"), tsu_choice(s.id, 2, 1, "maya_okafor"),
                     tsu_choice(s.id, 3, 1, "maya_okafor")};
  SaveRelation r = tsu_relation(p.id, "maya_okafor", "Maya", 3);
  STEP(save_conversation(db, s.id, c, 3, &r, 1, NULL, msg, sizeof msg));
  SaveSkills k;
  memset(&k, 0, sizeof k);
  k.value[0] = 50;
  s.state = SAVE_SESSION_COMPLETED;
  STEP(save_session_update(db, &s, &k, &r, 1, msg, sizeof msg));
  SaveSessionRow rows[2];
  int total = 0;
  STEP(save_profile_sessions(db, p.id, rows, 2, &total, msg, sizeof msg));
done:
  save_close(db);
}

static long count_in(sqlite3 *h, const char *sql) {
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  long n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}

/* Nothing named *.damaged-* in dir. */
static int moved_aside_files(const char *dir) {
  int n = 0;
  DIR *d = opendir(dir);
  struct dirent *e;
  while (d && (e = readdir(d)) != NULL) n += strstr(e->d_name, ".damaged-") != NULL;
  if (d) closedir(d);
  return n;
}

static void check_consistent(const char *path) {
  sqlite3 *h = NULL;
  assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  assert_string_equal((const char *)sqlite3_column_text(st, 0), "ok");
  sqlite3_finalize(st);
  long choices = count_in(h, "SELECT count(*) FROM choices");
  assert_true(choices == 0 || choices == 3);  /* a conversation is saved whole or not at all */
  long skills = count_in(h, "SELECT count(*) FROM skills");
  long done = count_in(h, "SELECT count(*) FROM sessions WHERE status = 'completed'");
  assert_int_equal(skills, done);  /* totals and skills come together */
  assert_true(count_in(h, "SELECT count(*) FROM sessions") <= 1);
  sqlite3_close(h);
}

static void test_every_allocation_failure(void **state) {
  (void)state;
  char dir[512], path[600];
  /* Thousands of opens: on a RAM disk when there is one. */
  struct stat sb;
  if (getenv("TMPDIR") == NULL && stat("/dev/shm", &sb) == 0 && S_ISDIR(sb.st_mode) &&
      access("/dev/shm", W_OK) == 0)
    setenv("TMPDIR", "/dev/shm", 1);
  tsu_tmpdir(dir, sizeof dir);
  snprintf(path, sizeof path, "%s/rapport.db", dir);
  /* The pristine save every run starts from (made with no faults). */
  fail_at = 0;
  SaveDb *db = NULL;
  char msg[256];
  SaveStatus st0 = save_open(path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg);
  if (st0 != SAVE_OK) fail_msg("%s", msg);
  SaveProfile p = tsu_profile("Ana");
  assert_int_equal(save_profile_create(db, &p, msg, sizeof msg), SAVE_OK);
  save_close(db);
  size_t len = 0;
  unsigned char *pristine = tsu_read(path, &len);
  assert_non_null(pristine);

  /* Count the allocations of a clean run, then fail each one in turn: every one while
   * opening (where a wrong diagnosis would move a good save aside), every third after. */
  bool opened = false;
  calls = 0;
  play(path, &opened);
  assert_true(opened);
  long clean = calls, in_open = open_calls;
  assert_true(clean > 100 && in_open > 50);
  int runs = 0, refused_open = 0;
  for (fail_at = 1; fail_at <= clean; fail_at += fail_at < in_open ? 1 : 3) {
    tsu_write(path, pristine, len);
    calls = 0;
    failures = 0;
    play(path, &opened);
    refused_open += !opened;
    long at = fail_at;
    fail_at = 0;  /* no faults while checking */
    assert_int_equal(moved_aside_files(dir), 0);
    check_consistent(path);
    fail_at = at;
    runs++;
  }
  fail_at = 0;
  printf("# %d runs, one allocation failing in each (of %ld, %ld while opening); save_open "
         "reported %d of them\n", runs, clean, in_open, refused_open);
  free(pristine);
  tsu_rmtree(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_every_allocation_failure),
  };
  return cmocka_run_group_tests(tests, install, uninstall);
}
