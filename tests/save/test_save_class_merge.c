/* test_save_class_merge.c — import (save_merge.c) and class export (save_export.c): students
 * matched by name in the class, sessions with choices, skills, guesses and reflections
 * copied once (a second import adds nothing), the student's file untouched, and every
 * damaged, foreign, newer or inconsistent file — and a disk filling up half-way — refused
 * with the teacher's save byte for byte unchanged; CSV read back by a strict RFC 4180 reader.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "save/save_class.h"
#include "save/save_internal.h"
#include "test_save_util.h"

typedef struct Fix {
  char dir[512];
  char teacher[600];
} Fix;

static int setup(void **state) {
  Fix *f = calloc(1, sizeof *f);
  tsu_tmpdir(f->dir, sizeof f->dir);
  snprintf(f->teacher, sizeof f->teacher, "%s/teacher.db", f->dir);
  SaveDb *db = NULL;
  assert_int_equal(save_open(f->teacher, 0, &db, NULL, NULL, 0), SAVE_OK);
  int64_t id = 0;
  assert_int_equal(save_class_create(db, "10B, Careers", &id, NULL, 0), SAVE_OK);
  SaveProfile bob = tsu_profile("Bob");
  bob.class_id = id;
  assert_int_equal(save_profile_create(db, &bob, NULL, 0), SAVE_OK);
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

/* A student's own save: profile `name` (no class) with `n` completed sessions and one
 * unfinished one; guid i of student s is "<s><i>" padded with zeros to 32 hex digits. */
static void make_student(const char *path, const char *name, char tag, int n) {
  SaveDb *db = NULL;
  assert_int_equal(save_open(path, 0, &db, NULL, NULL, 0), SAVE_OK);
  SaveProfile p = tsu_profile(name);
  assert_int_equal(save_profile_create(db, &p, NULL, 0), SAVE_OK);
  for (int i = 0; i <= n; i++) {
    char guid[SAVE_GUID_MAX], started[SAVE_TIME_MAX];
    snprintf(guid, sizeof guid, "%c%031d", tag, i);
    snprintf(started, sizeof started, "2026-11-%02dT09:00:00Z", 1 + i);
    SaveSession s = tsu_session(p.id, guid, started);
    snprintf(s.workshop, sizeof s.workshop, "9D01-14KK");
    assert_int_equal(save_session_begin(db, &s, NULL, 0), SAVE_OK);
    SaveChoice c[3] = {tsu_choice(s.id, 1, 1, "maya"), tsu_choice(s.id, 2, 1, "maya"),
                       tsu_choice(s.id, 3, 2, "karim")};
    SaveRelation r = tsu_relation(p.id, "maya", "Maya Okafor", 1 + i % 4);
    SaveGuess g = {s.id, 1, "maya", 3, 4};
    assert_int_equal(save_conversation(db, s.id, c, 2, &r, 1, &g, NULL, 0), SAVE_OK);
    assert_int_equal(save_conversation(db, s.id, c + 2, 1, NULL, 0, NULL, NULL, 0), SAVE_OK);
    if (i == n) break;  /* the last one stays in progress */
    s.state = SAVE_SESSION_COMPLETED;
    snprintf(s.ended, sizeof s.ended, "2026-11-%02dT10:00:00Z", 1 + i);
    s.depth_gain = 10.0 * (i + 1);
    s.cards = i;
    s.callable = i % 3;
    SaveSkills k = {.session_id = s.id, .value = {10 + i, 20, 30, 40, 50, 60}};
    assert_int_equal(save_session_update(db, &s, &k, NULL, 0, NULL, 0), SAVE_OK);
    assert_int_equal(save_reflection_set(db, s.id, "I asked Maya about her study.", NULL, 0),
                     SAVE_OK);
  }
  save_close(db);
}

static SaveDb *open_teacher(Fix *f) {
  SaveDb *db = NULL;
  assert_int_equal(save_open(f->teacher, 0, &db, NULL, NULL, 0), SAVE_OK);
  return db;
}

static void test_import_twice_adds_once(void **state) {
  Fix *f = *state;
  char alice[700], bob[700];
  snprintf(alice, sizeof alice, "%s/alice.db", f->dir);
  snprintf(bob, sizeof bob, "%s/bob.db", f->dir);
  make_student(alice, "Alice", 'a', 3);
  make_student(bob, "Bob", 'b', 2);
  size_t alen = 0;
  unsigned char *abytes = tsu_read(alice, &alen);
  SaveDb *db = open_teacher(f);
  SaveImportResult r;
  char msg[512];
  assert_int_equal(save_import_file(db, alice, "10B, Careers", &r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r.students, 1);
  assert_int_equal(r.new_students, 1);
  assert_int_equal(r.added, 3);
  assert_int_equal(r.present, 0);
  assert_int_equal(r.unfinished, 1);
  assert_string_equal(r.list[0].name, "Alice");
  assert_true(r.list[0].created);
  assert_int_equal(save_import_file(db, bob, "10B, Careers", &r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r.new_students, 0);  /* Bob was already a member */
  assert_false(r.list[0].created);
  assert_int_equal(r.added, 2);
  /* Again: nothing new. */
  assert_int_equal(save_import_file(db, alice, "10B, Careers", &r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r.added, 0);
  assert_int_equal(r.present, 3);
  assert_int_equal(r.new_students, 0);
  assert_true(tsu_same(alice, abytes, alen));   /* the student's file is only read */
  char side[720];
  snprintf(side, sizeof side, "%s-wal", alice);
  assert_false(tsu_exists(side));               /* and no journal files are left beside it */
  snprintf(side, sizeof side, "%s-shm", alice);
  assert_false(tsu_exists(side));
  free(abytes);

  SaveClass c;
  assert_int_equal(save_class_find(db, "10B, Careers", &c, NULL, 0), SAVE_OK);
  SaveProfile a;
  assert_int_equal(save_profile_find(db, "Alice", c.id, &a, NULL, 0), SAVE_OK);
  assert_int_equal(a.class_number, 2);
  SaveSessionRow rows[8];
  int total = 0;
  assert_int_equal(save_profile_sessions(db, a.id, rows, 8, &total, NULL, 0), SAVE_OK);
  assert_int_equal(total, 3);
  assert_string_equal(rows[2].session.guid, "a0000000000000000000000000000002");
  assert_string_equal(rows[2].session.workshop, "9D01-14KK");
  assert_int_equal(rows[2].session.state, SAVE_SESSION_COMPLETED);
  assert_true(rows[2].session.depth_gain == 30.0);
  assert_true(rows[2].has_skills);
  assert_int_equal(rows[2].skills.value[0], 12);
  SaveChoice ch[4];
  assert_int_equal(save_choices(db, rows[2].session.id, ch, 4, &total, NULL, 0), SAVE_OK);
  assert_int_equal(total, 3);
  assert_string_equal(ch[2].person, "karim");
  SaveGuess g[2];
  assert_int_equal(save_guesses(db, rows[2].session.id, g, 2, &total, NULL, 0), SAVE_OK);
  assert_int_equal(total, 1);
  assert_int_equal(g[0].actual, 4);
  SaveReflection refl[4];
  assert_int_equal(save_reflections(db, a.id, refl, 4, &total, NULL, 0), SAVE_OK);
  /* Import leaves the students' own words on their machines unless asked (issue 14). */
  assert_int_equal(total, 0);
  SaveRelation rel;
  assert_int_equal(save_relation_get(db, a.id, "maya", &rel, NULL, 0), SAVE_OK);
  assert_int_equal(rel.tier, 4);  /* the latest contact's copy (session 4 of 0..3 -> 1+3%4) */
  assert_int_equal(save_class_sessions(db, c.id, NULL, 0, &total, NULL, 0), SAVE_OK);
  assert_int_equal(total, 5);
  /* Asked for, the reflections come too (Carol's two finished sessions). */
  char carol[700];
  snprintf(carol, sizeof carol, "%s/carol.db", f->dir);
  make_student(carol, "Carol", 'c', 2);
  assert_int_equal(save_import_file_with(db, carol, "10B, Careers", SAVE_IMPORT_REFLECTIONS, &r,
                                         msg, sizeof msg), SAVE_OK);
  SaveProfile carol_p;
  assert_int_equal(save_profile_find(db, "Carol", c.id, &carol_p, NULL, 0), SAVE_OK);
  assert_int_equal(save_reflections(db, carol_p.id, refl, 4, &total, NULL, 0), SAVE_OK);
  assert_int_equal(total, 2);
  save_close(db);
}

/* Imports `bad` and checks it is refused with `want` and the teacher's file unchanged. */
static void refused(Fix *f, const char *bad, SaveStatus want) {
  size_t len = 0;
  unsigned char *before = tsu_read(f->teacher, &len);
  assert_non_null(before);
  SaveDb *db = open_teacher(f);
  SaveImportResult r;
  char msg[512] = "";
  SaveStatus st = save_import_file(db, bad, "10B, Careers", &r, msg, sizeof msg);
  if (st != want) fprintf(stderr, "%s: got %s (%s)\n", bad, save_status_name(st), msg);
  assert_int_equal(st, want);
  assert_true(strlen(msg) > 5);
  assert_int_equal(r.added, 0);
  save_close(db);
  assert_true(tsu_same(f->teacher, before, len));
  char wal[700];
  snprintf(wal, sizeof wal, "%s-wal", f->teacher);
  assert_false(tsu_exists(wal));
  free(before);
}

static void exec_sql(const char *path, const char *sql) {
  sqlite3 *h = NULL;
  assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
  char *err = NULL;
  int rc = sqlite3_exec(h, sql, NULL, NULL, &err);
  if (rc != SQLITE_OK) fprintf(stderr, "%s\n", err);
  sqlite3_free(err);
  assert_int_equal(rc, SQLITE_OK);
  sqlite3_close(h);
}

static void test_damaged_files_change_nothing(void **state) {
  Fix *f = *state;
  char p[700];
  /* Missing, empty, a text file, a folder. */
  snprintf(p, sizeof p, "%s/missing.db", f->dir);
  refused(f, p, SAVE_NOT_FOUND);
  snprintf(p, sizeof p, "%s/empty.db", f->dir);
  tsu_write(p, "", 0);
  refused(f, p, SAVE_FOREIGN);
  snprintf(p, sizeof p, "%s/notes.db", f->dir);
  tsu_write(p, "these are my notes, not a save\n", 31);
  refused(f, p, SAVE_DAMAGED);
  refused(f, f->dir, SAVE_FOREIGN);
  /* A real save, truncated to its first page. */
  char good[700];
  snprintf(good, sizeof good, "%s/good.db", f->dir);
  make_student(good, "Cleo", 'c', 4);
  size_t len = 0;
  unsigned char *bytes = tsu_read(good, &len);
  assert_true(len > 8192);
  snprintf(p, sizeof p, "%s/truncated.db", f->dir);
  tsu_write(p, bytes, 4096);
  refused(f, p, SAVE_DAMAGED);
  /* Its pages after the first overwritten with noise. */
  unsigned char *noisy = malloc(len);
  memcpy(noisy, bytes, len);
  for (size_t i = 4096; i < len; i++) noisy[i] = (unsigned char)(i * 37 + 11);
  snprintf(p, sizeof p, "%s/noisy.db", f->dir);
  tsu_write(p, noisy, len);
  refused(f, p, SAVE_DAMAGED);
  free(noisy);
  free(bytes);
  /* Someone else's SQLite database; a save from a newer Rapport. */
  snprintf(p, sizeof p, "%s/foreign.db", f->dir);
  exec_sql(p, "CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES('x');");
  refused(f, p, SAVE_FOREIGN);
  char newer[700];
  snprintf(newer, sizeof newer, "%s/newer.db", f->dir);
  make_student(newer, "Dan", 'd', 1);
  exec_sql(newer, "PRAGMA user_version = 99");
  refused(f, newer, SAVE_NEWER);
  /* The teacher's own save. */
  refused(f, f->teacher, SAVE_MISUSE);
}

/* Files that open fine but hold impossible records: refused, even half-way through. */
static void test_inconsistent_files_change_nothing(void **state) {
  Fix *f = *state;
  char p[700];
  snprintf(p, sizeof p, "%s/badguid.db", f->dir);
  make_student(p, "Eve", 'e', 2);
  exec_sql(p, "UPDATE sessions SET guid = 'not-a-guid' WHERE id = 2");
  refused(f, p, SAVE_DAMAGED);
  /* Two students of the class (a shared machine's file); the second one's skills are out
   * of range, so the first one's sessions are already written inside the transaction when
   * it fails. */
  snprintf(p, sizeof p, "%s/badskills.db", f->dir);
  make_student(p, "Finn", 'f', 2);
  SaveDb *db = NULL;
  assert_int_equal(save_open(p, 0, &db, NULL, NULL, 0), SAVE_OK);
  int64_t theirs = 0;
  assert_int_equal(save_class_create(db, "10B, Careers", &theirs, NULL, 0), SAVE_OK);
  SaveProfile finn;
  assert_int_equal(save_profile_find(db, "Finn", 0, &finn, NULL, 0), SAVE_OK);
  assert_int_equal(save_class_set_member(db, theirs, finn.id, NULL, 0), SAVE_OK);
  SaveProfile z = tsu_profile("Zed");
  z.class_id = theirs;
  assert_int_equal(save_profile_create(db, &z, NULL, 0), SAVE_OK);
  SaveSession s = tsu_session(z.id, "f00000000000000000000000000000ff", "2026-11-20T09:00:00Z");
  assert_int_equal(save_session_begin(db, &s, NULL, 0), SAVE_OK);
  s.state = SAVE_SESSION_COMPLETED;
  SaveSkills k = {.session_id = s.id, .value = {1, 2, 3, 4, 5, 6}};
  assert_int_equal(save_session_update(db, &s, &k, NULL, 0, NULL, 0), SAVE_OK);
  save_close(db);
  exec_sql(p, "UPDATE skills SET timing = 250 WHERE introductions = 1");
  refused(f, p, SAVE_DAMAGED);  /* range-checked on reading (issue 12) */
  /* A roster entry with an impossible tier (written past the CHECK constraint). */
  snprintf(p, sizeof p, "%s/badtier.db", f->dir);
  make_student(p, "Gus", 'g', 1);
  exec_sql(p, "PRAGMA ignore_check_constraints = 1; UPDATE relations SET tier = 9");
  SaveStatus st;
  {
    size_t len = 0;
    unsigned char *before = tsu_read(f->teacher, &len);
    SaveDb *t = open_teacher(f);
    SaveImportResult r;
    char msg[512];
    st = save_import_file(t, p, "10B, Careers", &r, msg, sizeof msg);
    save_close(t);
    assert_int_not_equal(st, SAVE_OK);
    assert_true(tsu_same(f->teacher, before, len));
    free(before);
  }
}

/* The teacher's disk fills up half-way through a file: nothing of it is kept. */
static void test_disk_full_changes_nothing(void **state) {
  Fix *f = *state;
  char p[700];
  snprintf(p, sizeof p, "%s/big.db", f->dir);
  make_student(p, "Hugo", 'b', 60);
  size_t len = 0;
  unsigned char *before = tsu_read(f->teacher, &len);
  SaveDb *db = open_teacher(f);
  sqlite3 *h = save_sqlite(db);
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(h, "PRAGMA page_count", -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  int pages = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  char sql[64];
  snprintf(sql, sizeof sql, "PRAGMA max_page_count = %d", pages);
  assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
  SaveImportResult r;
  char msg[512] = "";
  assert_int_equal(save_import_file(db, p, "10B, Careers", &r, msg, sizeof msg), SAVE_DISK_FULL);
  assert_int_equal(r.added, 0);
  assert_non_null(strstr(msg, "disk is full"));
  /* The save still works once there is room again. */
  assert_int_equal(sqlite3_exec(h, "PRAGMA max_page_count = 1000000", NULL, NULL, NULL), SQLITE_OK);
  SaveClass c;
  assert_int_equal(save_class_find(db, "10B, Careers", &c, NULL, 0), SAVE_OK);
  int total = -1;
  assert_int_equal(save_class_sessions(db, c.id, NULL, 0, &total, NULL, 0), SAVE_OK);
  assert_int_equal(total, 0);
  save_close(db);
  assert_true(tsu_same(f->teacher, before, len));
  free(before);
}

static void test_class_of_the_same_name(void **state) {
  Fix *f = *state;
  /* A shared machine: its own copy of the class plus a student of another class. */
  char p[700];
  snprintf(p, sizeof p, "%s/shared.db", f->dir);
  SaveDb *db = NULL;
  assert_int_equal(save_open(p, 0, &db, NULL, NULL, 0), SAVE_OK);
  int64_t mine = 0, other = 0;
  assert_int_equal(save_class_create(db, "10B, Careers", &mine, NULL, 0), SAVE_OK);
  assert_int_equal(save_class_create(db, "11A", &other, NULL, 0), SAVE_OK);
  const char *names[] = {"Hana", "Ivo", "Jun"};
  int64_t classes[] = {mine, mine, other};
  for (int i = 0; i < 3; i++) {
    SaveProfile pr = tsu_profile(names[i]);
    pr.class_id = classes[i];
    assert_int_equal(save_profile_create(db, &pr, NULL, 0), SAVE_OK);
    char guid[SAVE_GUID_MAX];
    snprintf(guid, sizeof guid, "%032d", 7 + i);
    SaveSession s = tsu_session(pr.id, guid, "2026-11-25T09:00:00Z");
    assert_int_equal(save_session_begin(db, &s, NULL, 0), SAVE_OK);
    assert_int_equal(save_session_close(db, s.id, SAVE_SESSION_COMPLETED, "2026-11-25T10:00:00Z",
                                        NULL, 0), SAVE_OK);
  }
  save_close(db);
  SaveDb *t = open_teacher(f);
  SaveImportResult r;
  char msg[512];
  assert_int_equal(save_import_file(t, p, "10B, Careers", &r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r.students, 2);
  assert_int_equal(r.other_classes, 1);
  assert_int_equal(r.added, 2);
  SaveImportResult again;
  assert_int_equal(save_import_file(t, p, "No such class", &again, msg, sizeof msg),
                   SAVE_NOT_FOUND);
  save_close(t);
}

/* A minimal strict RFC 4180 reader for the checks below: fields of one record. */
static int read_record(const char **pp, char fields[][128], int max) {
  const char *p = *pp;
  int n = 0;
  if (*p == '\0') return -1;
  for (;;) {
    char *out = fields[n];
    size_t k = 0;
    if (*p == '"') {
      for (p++;; p++) {
        if (*p == '\0') return -2;
        if (*p == '"' && p[1] == '"') { out[k++] = '"'; p++; continue; }
        if (*p == '"') { p++; break; }
        out[k++] = *p;
      }
    } else {
      while (*p && *p != ',' && *p != '\r' && *p != '\n' && *p != '"') out[k++] = *p++;
      if (*p == '"') return -3;
    }
    out[k] = '\0';
    n++;
    if (*p == ',') { p++; if (n == max) return -4; continue; }
    if (p[0] == '\r' && p[1] == '\n') { *pp = p + 2; return n; }
    return -5;  /* bare LF or end without CRLF */
  }
}

static void test_export_csv(void **state) {
  Fix *f = *state;
  char p[700];
  snprintf(p, sizeof p, "%s/zoe.db", f->dir);
  make_student(p, "Zoë \"Z\", Ng", 'e', 2);
  SaveDb *db = open_teacher(f);
  SaveImportResult r;
  assert_int_equal(save_import_file(db, p, "10B, Careers", &r, NULL, 0), SAVE_OK);
  SaveClass c;
  assert_int_equal(save_class_find(db, "10B, Careers", &c, NULL, 0), SAVE_OK);
  for (unsigned flags = 0; flags < 4; flags++) {
    char *buf = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buf, &size);
    int rows = -1;
    assert_int_equal(save_export_class_csv(db, c.id, flags, out, &rows, NULL, 0), SAVE_OK);
    fclose(out);
    char fields[40][128];
    const char *q = buf;
    int cols = read_record(&q, fields, 40);
    assert_string_equal(fields[0], "student");
    int data = 0;
    bool saw_zoe = false;
    for (int n; (n = read_record(&q, fields, 40)) != -1; data++) {
      assert_int_equal(n, cols);
      if (strcmp(fields[0], "Zoë \"Z\", Ng") == 0) saw_zoe = true;
      if (flags & SAVE_EXPORT_ANONYMOUS) assert_non_null(strstr(fields[0], "Student "));
    }
    assert_int_equal(data, rows);
    if (flags & SAVE_EXPORT_PER_STUDENT) {
      assert_int_equal(rows, 2);          /* Bob (no sessions) and Zoë */
      assert_int_equal(cols, 10 + 2 * SAVE_SKILL_COUNT);
    } else {
      assert_int_equal(rows, 2);          /* Zoë's two finished sessions */
      assert_int_equal(cols, 10 + SAVE_SKILL_COUNT);
    }
    assert_int_equal(saw_zoe, !(flags & SAVE_EXPORT_ANONYMOUS));
    free(buf);
  }
  SaveStudentSummary sum[4];
  int total = 0;
  assert_int_equal(save_class_summary(db, c.id, "9D01-14KK", sum, 4, &total, NULL, 0), SAVE_OK);
  assert_int_equal(total, 2);
  assert_false(sum[0].has_latest);   /* Bob */
  assert_int_equal(sum[1].sessions, 2);
  assert_true(sum[1].latest.session.depth_gain == 20.0);
  assert_true(sum[1].mean_depth_gain == 15.0);
  assert_int_equal(save_class_summary(db, c.id, "ZZZZ-ZZZZ", sum, 4, &total, NULL, 0), SAVE_OK);
  assert_int_equal(sum[1].sessions, 0);
  save_close(db);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_import_twice_adds_once, setup, teardown),
    cmocka_unit_test_setup_teardown(test_damaged_files_change_nothing, setup, teardown),
    cmocka_unit_test_setup_teardown(test_inconsistent_files_change_nothing, setup, teardown),
    cmocka_unit_test_setup_teardown(test_disk_full_changes_nothing, setup, teardown),
    cmocka_unit_test_setup_teardown(test_class_of_the_same_name, setup, teardown),
    cmocka_unit_test_setup_teardown(test_export_csv, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
