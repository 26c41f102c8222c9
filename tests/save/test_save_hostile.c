/* test_save_hostile.c — issue 12: a student's save is untrusted input to `import`. One test
 * per finding, each on a file crafted here: a view whose row count changes between reads
 * (heap overflow), a negative user_version (migration table indexed out of bounds), views
 * that never end or explode, a hot rollback journal and an unreadable WAL (torn or stale
 * reads), absurd totals, impersonation (several class-less profiles, a session id owned by
 * another student), and -wal/-shm files left beside the student's file.
 * Uses only the store's public API and SQLite, so it also builds against older trees.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/wait.h>
#include <cmocka.h>

#include "save/save_class.h"
#include "save/save_internal.h"
#include "test_save_util.h"

#ifndef SAVE_OPEN_UNTRUSTED
#define SAVE_OPEN_UNTRUSTED 2 /* how import opens a student's file */
#endif

#define CLASS "10B"

typedef struct Fix {
  char dir[512];
  char teacher[600];
  char student[600];
} Fix;

static int setup(void **state) {
  Fix *f = calloc(1, sizeof *f);
  tsu_tmpdir(f->dir, sizeof f->dir);
  snprintf(f->teacher, sizeof f->teacher, "%s/teacher.db", f->dir);
  snprintf(f->student, sizeof f->student, "%s/student.db", f->dir);
  SaveDb *db = NULL;
  assert_int_equal(save_open(f->teacher, 0, &db, NULL, NULL, 0), SAVE_OK);
  int64_t id = 0;
  assert_int_equal(save_class_create(db, CLASS, &id, NULL, 0), SAVE_OK);
  save_close(db);
  *state = f;
  return 0;
}

static int teardown(void **state) {
  Fix *f = *state;
  tsu_rmtree(f->dir);
  free(f);
  return 0;
}

/* Adds class-less profile `name` with `n` completed sessions (guids "<tag><i>" padded). */
static void add_student(SaveDb *db, const char *name, char tag, int n) {
  SaveProfile p = tsu_profile(name);
  assert_int_equal(save_profile_create(db, &p, NULL, 0), SAVE_OK);
  for (int i = 0; i < n; i++) {
    char guid[SAVE_GUID_MAX], started[SAVE_TIME_MAX];
    snprintf(guid, sizeof guid, "%c%031d", tag, i);
    snprintf(started, sizeof started, "2026-11-%02dT09:00:00Z", 1 + i);
    SaveSession s = tsu_session(p.id, guid, started);
    assert_int_equal(save_session_begin(db, &s, NULL, 0), SAVE_OK);
    SaveChoice c[2] = {tsu_choice(s.id, 1, 1, "maya"), tsu_choice(s.id, 2, 1, "maya")};
    SaveRelation r = tsu_relation(p.id, "maya", "Maya Okafor", 2);
    assert_int_equal(save_conversation(db, s.id, c, 2, &r, 1, NULL, NULL, 0), SAVE_OK);
    s.state = SAVE_SESSION_COMPLETED;
    snprintf(s.ended, sizeof s.ended, "2026-11-%02dT10:00:00Z", 1 + i);
    s.depth_gain = 4.0;
    s.cards = 2;
    s.callable = 1;
    SaveSkills k = {.session_id = s.id, .value = {10, 20, 30, 40, 50, 60}};
    assert_int_equal(save_session_update(db, &s, &k, NULL, 0, NULL, 0), SAVE_OK);
  }
}

static void make_student(const char *path, const char *name, char tag, int n) {
  SaveDb *db = NULL;
  assert_int_equal(save_open(path, 0, &db, NULL, NULL, 0), SAVE_OK);
  add_student(db, name, tag, n);
  save_close(db);
}

/* Runs `sql` on the file with plain SQLite (the attacker's tool). */
static void craft(const char *path, const char *sql) {
  sqlite3 *h = NULL;
  assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
  char *err = NULL;
  int rc = sqlite3_exec(h, sql, NULL, NULL, &err);
  if (rc != SQLITE_OK) fail_msg("crafting: %s", err ? err : "?");
  sqlite3_close(h);
}

static SaveStatus import(Fix *f, SaveImportResult *r, char *msg, size_t msglen) {
  SaveDb *db = NULL;
  assert_int_equal(save_open(f->teacher, 0, &db, NULL, NULL, 0), SAVE_OK);
  SaveStatus st = save_import_file(db, f->student, CLASS, r, msg, msglen);
  save_close(db);
  return st;
}

/* Sessions of the class in the teacher's save. */
static int teacher_sessions(Fix *f) {
  SaveDb *db = NULL;
  assert_int_equal(save_open(f->teacher, SAVE_OPEN_READ_ONLY, &db, NULL, NULL, 0), SAVE_OK);
  SaveClass c;
  assert_int_equal(save_class_find(db, CLASS, &c, NULL, 0), SAVE_OK);
  int total = 0;
  assert_int_equal(save_class_sessions(db, c.id, NULL, 0, &total, NULL, 0), SAVE_OK);
  save_close(db);
  return total;
}

/* Finding 1: `sessions` and `choices` replaced by views whose row counts change from one
 * read to the next. The old import allocated for the first count and walked the second
 * (ASan: heap-buffer-overflow in read_sessions / put_session). */
static void test_changing_row_count(void **state) {
  Fix *f = *state;
  make_student(f->student, "Ana", 'a', 2);
  craft(f->student,
        "PRAGMA foreign_keys = OFF;"
        "ALTER TABLE sessions RENAME TO s0; ALTER TABLE choices RENAME TO c0;"
        "CREATE VIEW sessions AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
        "  FROM n WHERE i < 1 + abs(random()) % 40) SELECT s0.* FROM s0, n;"
        "CREATE VIEW choices AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
        "  FROM n WHERE i < 1 + abs(random()) % 40) SELECT c0.* FROM c0, n;");
  for (int round = 0; round < 12; round++) {
    SaveImportResult r;
    char msg[512];
    SaveStatus st = import(f, &r, msg, sizeof msg);
    assert_int_not_equal(st, SAVE_OK);
    assert_non_null(strstr(msg, "view"));
  }
  assert_int_equal(teacher_sessions(f), 0);
}

/* Finding 2: a negative user_version indexed MIGRATIONS[-1]. */
static void test_negative_user_version(void **state) {
  Fix *f = *state;
  make_student(f->student, "Ana", 'a', 1);
  craft(f->student, "PRAGMA user_version = -1;");
  SaveImportResult r;
  char msg[512];
  assert_int_equal(import(f, &r, msg, sizeof msg), SAVE_DAMAGED);
  SaveDb *db = NULL;
  assert_int_equal(save_open(f->student, SAVE_OPEN_READ_ONLY, &db, NULL, msg, sizeof msg),
                   SAVE_DAMAGED);
  assert_null(db);
  craft(f->student, "PRAGMA user_version = -2147483648;");
  assert_int_equal(save_open(f->student, SAVE_OPEN_READ_ONLY, &db, NULL, msg, sizeof msg),
                   SAVE_DAMAGED);
  assert_null(db);
}

/* Runs the import in a child that must finish within `seconds`; returns its exit status
 * (0: refused with nothing added) or fails when it overran. */
static void import_refused_in_time(Fix *f, int seconds) {
  fflush(NULL);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    alarm((unsigned)seconds);
    SaveImportResult r;
    char msg[512];
    SaveStatus st = import(f, &r, msg, sizeof msg);
    _exit(st != SAVE_OK ? 0 : 1);
  }
  int status = 0;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  if (WIFSIGNALED(status)) fail_msg("import still running after %d s (signal %d)", seconds,
                                    WTERMSIG(status));
  assert_int_equal(WEXITSTATUS(status), 0);
  assert_int_equal(teacher_sessions(f), 0);
}

/* Finding 3: a recursive view that never ends held the teacher's write lock for ever; a
 * view producing huge text took gigabytes. */
static void test_endless_and_exploding_views(void **state) {
  Fix *f = *state;
  make_student(f->student, "Ana", 'a', 1);
  craft(f->student,
        "PRAGMA foreign_keys = OFF; ALTER TABLE profiles RENAME TO p0;"
        "CREATE VIEW profiles AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
        "  FROM r) SELECT p0.* FROM p0, r WHERE r.i < 0;");
  import_refused_in_time(f, 30);
  unlink(f->student);
  make_student(f->student, "Ana", 'a', 1);
  craft(f->student,
        "PRAGMA foreign_keys = OFF; ALTER TABLE sessions RENAME TO s0;"
        "CREATE VIEW sessions AS SELECT id, guid, profile_id, printf('%.*c', 900000000, 'x') "
        "  AS scenario, seed, started, ended, status, depth_gain, network_strength, callable, "
        "  cards, online_connections, energy_left, conversations, intention, workshop FROM s0;");
  import_refused_in_time(f, 30);
}

/* Finding 4a: a hot rollback journal (the student's game killed mid-save). Reading the
 * file read-only cannot roll it back, so the old fallback read it torn as immutable. */
static void test_hot_journal_refused(void **state) {
  Fix *f = *state;
  make_student(f->student, "Ana", 'a', 3);
  craft(f->student, "PRAGMA journal_mode = DELETE;");
  fflush(NULL);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {  /* a writer killed in the middle of a transaction */
    sqlite3 *h = NULL;
    if (sqlite3_open(f->student, &h) != SQLITE_OK) _exit(1);
    sqlite3_exec(h, "PRAGMA cache_size = 1; BEGIN; UPDATE sessions SET cards = cards + 1, "
                 "intention = hex(randomblob(900)); UPDATE choices SET reasons = "
                 "hex(randomblob(100));", NULL, NULL, NULL);
    _exit(0);  /* no COMMIT, no close: the journal stays hot */
  }
  int status = 0;
  waitpid(pid, &status, 0);
  char journal[700];
  snprintf(journal, sizeof journal, "%s-journal", f->student);
  assert_true(tsu_exists(journal));
  SaveImportResult r;
  char msg[512];
  assert_int_equal(import(f, &r, msg, sizeof msg), SAVE_DAMAGED);
  assert_non_null(strstr(msg, "middle of a save"));
  assert_int_equal(teacher_sessions(f), 0);
}

/* Finding 4b: changes waiting in a -wal that cannot be read through (its -shm cannot be
 * opened): the old fallback read the file as immutable, without them, and said "done". */
static void test_unreadable_wal_refused(void **state) {
  Fix *f = *state;
  make_student(f->student, "Ana", 'a', 1);
  fflush(NULL);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {  /* a second session committed to the -wal, never checkpointed */
    SaveDb *db = NULL;
    if (save_open(f->student, 0, &db, NULL, NULL, 0) != SAVE_OK) _exit(1);
    sqlite3_exec(save_sqlite(db), "PRAGMA wal_autocheckpoint = 0;", NULL, NULL, NULL);
    SaveProfile p;
    if (save_profile_find(db, "Ana", 0, &p, NULL, 0) != SAVE_OK) _exit(1);
    SaveSession s = tsu_session(p.id, "b0000000000000000000000000000000", "2026-11-20T09:00:00Z");
    if (save_session_begin(db, &s, NULL, 0) != SAVE_OK) _exit(1);
    s.state = SAVE_SESSION_COMPLETED;
    if (save_session_update(db, &s, NULL, NULL, 0, NULL, 0) != SAVE_OK) _exit(1);
    _exit(0);  /* killed: the -wal keeps the session */
  }
  int status = 0;
  waitpid(pid, &status, 0);
  assert_int_equal(WEXITSTATUS(status), 0);
  char wal[700], shm[700];
  snprintf(wal, sizeof wal, "%s-wal", f->student);
  snprintf(shm, sizeof shm, "%s-shm", f->student);
  assert_true(tsu_exists(wal));
  unlink(shm);
  /* No shared memory can be opened or made (as a read-only folder would do, even for root):
   * the -wal cannot be read through. */
  assert_int_equal(symlink("/nonexistent-rapport-dir/shm", shm), 0);
  SaveImportResult r;
  char msg[512];
  SaveStatus st = import(f, &r, msg, sizeof msg);
  unlink(shm);
  assert_int_not_equal(st, SAVE_OK);
  assert_non_null(strstr(msg, "-wal"));
  assert_int_equal(teacher_sessions(f), 0);
}

/* Finding 6: absurd totals were imported, and the dashboard then overflowed. */
static void test_absurd_values_refused(void **state) {
  Fix *f = *state;
  static const char *const cases[] = {
    "UPDATE sessions SET cards = 100000000;",
    "UPDATE sessions SET depth_gain = -1e300;",
    "UPDATE sessions SET callable = -5;",
    "UPDATE skills SET timing = 1000;",
    "UPDATE choices SET talk = -1;",
    "UPDATE relations SET tier = 9;",
    "UPDATE sessions SET energy_left = 1e308 * 10;",
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    unlink(f->student);
    make_student(f->student, "Ana", 'a', 1);
    craft(f->student, "PRAGMA ignore_check_constraints = ON;");
    sqlite3 *h = NULL;
    assert_int_equal(sqlite3_open(f->student, &h), SQLITE_OK);
    assert_int_equal(sqlite3_exec(h, "PRAGMA ignore_check_constraints = ON;", NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_exec(h, cases[i], NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    SaveImportResult r;
    char msg[512];
    SaveStatus st = import(f, &r, msg, sizeof msg);
    if (st == SAVE_OK) fail_msg("imported: %s", cases[i]);
    assert_int_equal(st, SAVE_DAMAGED);
  }
  assert_int_equal(teacher_sessions(f), 0);
}

/* Finding 7a: one file with several class-less profiles spoke for classmates. */
static void test_classless_profiles_not_taken(void **state) {
  Fix *f = *state;
  SaveDb *db = NULL;
  assert_int_equal(save_open(f->student, 0, &db, NULL, NULL, 0), SAVE_OK);
  add_student(db, "Ana", 'a', 1);
  add_student(db, "Ben", 'b', 1);
  save_close(db);
  SaveImportResult r;
  char msg[512];
  SaveStatus st = import(f, &r, msg, sizeof msg);
  assert_true(st != SAVE_OK || r.students == 0);
  assert_int_equal(teacher_sessions(f), 0);
}

/* Finding 7b: a session id already in the teacher's save under another student was
 * counted "already present" instead of refused. */
static void test_session_owned_by_another(void **state) {
  Fix *f = *state;
  make_student(f->student, "Ana", 'a', 1);
  SaveImportResult r;
  char msg[512];
  assert_int_equal(import(f, &r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r.added, 1);
  /* Ben's file carries Ana's session. */
  unlink(f->student);
  make_student(f->student, "Ben", 'a', 1);
  assert_int_equal(import(f, &r, msg, sizeof msg), SAVE_CONFLICT);
  assert_non_null(strstr(msg, "Ana"));
  assert_int_equal(teacher_sessions(f), 1);
}

/* Finding 10a: reading a student's WAL file made SQLite create -wal and -shm beside it
 * for as long as the import ran: a killed import left them there. */
static void test_no_sidecars_while_reading(void **state) {
  Fix *f = *state;
  make_student(f->student, "Ana", 'a', 1);
  char wal[700], shm[700];
  snprintf(wal, sizeof wal, "%s-wal", f->student);
  snprintf(shm, sizeof shm, "%s-shm", f->student);
  assert_false(tsu_exists(wal));
  SaveDb *src = NULL;
  assert_int_equal(save_open(f->student, SAVE_OPEN_READ_ONLY | SAVE_OPEN_UNTRUSTED, &src, NULL,
                             NULL, 0), SAVE_OK);
  SaveProfile p;
  assert_int_equal(save_profile_find(src, "Ana", 0, &p, NULL, 0), SAVE_OK);
  /* This is the moment a kill -9 would leave them behind. */
  assert_false(tsu_exists(wal));
  assert_false(tsu_exists(shm));
  save_close(src);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_changing_row_count, setup, teardown),
    cmocka_unit_test_setup_teardown(test_negative_user_version, setup, teardown),
    cmocka_unit_test_setup_teardown(test_endless_and_exploding_views, setup, teardown),
    cmocka_unit_test_setup_teardown(test_hot_journal_refused, setup, teardown),
    cmocka_unit_test_setup_teardown(test_unreadable_wal_refused, setup, teardown),
    cmocka_unit_test_setup_teardown(test_absurd_values_refused, setup, teardown),
    cmocka_unit_test_setup_teardown(test_classless_profiles_not_taken, setup, teardown),
    cmocka_unit_test_setup_teardown(test_session_owned_by_another, setup, teardown),
    cmocka_unit_test_setup_teardown(test_no_sidecars_while_reading, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
