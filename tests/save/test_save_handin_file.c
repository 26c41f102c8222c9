/* test_save_handin_file.c — issue 14's hand-in in one step, on the store's side: the hand-in
 * file stands alone (no -wal, rollback journal, integrity ok) and holds one student's class
 * sessions only (no reflections, no other profile, no PIN, no home play without a code);
 * handing in and importing twice adds nothing; the strict hand-in rule; a folder with an
 * empty file and a -wal; near-duplicate names held, accepted, refused or matched; students
 * of the same name told apart by number; results codes in a list (bad lines by number,
 * idempotent, replaced by the later hand-in file); the teacher's PIN; HTML escaping.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "save/save_class.h"
#include "save/save_handin.h"
#include "save/save_internal.h"
#include "save/save_pin.h"
#include "save/save_print.h"
#include "sim/resultcode.h"
#include "sim/workshop.h"
#include "test_save_util.h"

static char WS[SIM_WORKSHOP_CODE_MAX];

typedef struct Fx {
  char dir[512];
  SaveDb *student;   /* a shared machine's save: class 10B with Ana, a sibling without a class */
  SaveDb *teacher;   /* class 10B with Ana Lima and Liam Murphy */
  int64_t ana, sibling;
} Fx;

static int64_t count(SaveDb *db, const char *sql) {
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(save_sqlite(db), sql, -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  int64_t n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}

/* A finished session with skills, a choice and a reflection. */
static int64_t played(SaveDb *db, int64_t pid, const char *guid, const char *workshop) {
  SaveSession s = tsu_session(pid, guid, "2026-12-04T09:00:00Z");
  snprintf(s.workshop, sizeof s.workshop, "%s", workshop);
  assert_int_equal(save_session_begin(db, &s, NULL, 0), SAVE_OK);
  SaveChoice c = tsu_choice(s.id, 1, 1, "maya");
  assert_int_equal(save_conversation(db, s.id, &c, 1, NULL, 0, NULL, NULL, 0), SAVE_OK);
  s.state = SAVE_SESSION_COMPLETED;
  snprintf(s.ended, sizeof s.ended, "2026-12-04T09:40:00Z");
  s.depth_gain = 12.5;
  s.cards = 3;
  s.callable = 2;
  s.followups = 2;
  s.rests = 1;
  SaveSkills k = {.session_id = s.id, .value = {50, 60, 70, 80, 90, 100}};
  assert_int_equal(save_session_update(db, &s, &k, NULL, 0, NULL, 0), SAVE_OK);
  assert_int_equal(save_reflection_set(db, s.id, "private thoughts", NULL, 0), SAVE_OK);
  return s.id;
}

static int setup(void **state) {
  Fx *f = calloc(1, sizeof *f);
  tsu_tmpdir(f->dir, sizeof f->dir);
  SimWorkshop w = {sim_workshop_scenario_hash("career_fair"), 4242, false, true, false, 0};
  sim_workshop_encode(&w, WS, sizeof WS);
  char path[600];
  snprintf(path, sizeof path, "%s/laptop.db", f->dir);
  assert_int_equal(save_open(path, 0, &f->student, NULL, NULL, 0), SAVE_OK);
  int64_t cls = 0;
  assert_int_equal(save_class_create(f->student, "10B", &cls, NULL, 0), SAVE_OK);
  SaveProfile ana = tsu_profile("Ana Lima");
  ana.class_id = cls;
  assert_int_equal(save_profile_create(f->student, &ana, NULL, 0), SAVE_OK);
  f->ana = ana.id;
  SaveProfile sib = tsu_profile("Kid Sister");
  assert_int_equal(save_profile_create(f->student, &sib, NULL, 0), SAVE_OK);
  f->sibling = sib.id;
  played(f->student, ana.id, "a0000000000000000000000000000001", WS);
  played(f->student, ana.id, "a0000000000000000000000000000002", "");   /* without the code */
  played(f->student, sib.id, "b0000000000000000000000000000001", "");
  assert_int_equal(save_pin_set(f->student, "4821", NULL, 0), SAVE_OK);
  snprintf(path, sizeof path, "%s/teacher.db", f->dir);
  assert_int_equal(save_open(path, 0, &f->teacher, NULL, NULL, 0), SAVE_OK);
  assert_int_equal(save_class_create(f->teacher, "10B", &cls, NULL, 0), SAVE_OK);
  const char *names[] = {"Ana Lima", "Liam Murphy", "Sofía Hernández"};
  for (int i = 0; i < 3; i++) {
    SaveProfile p = tsu_profile(names[i]);
    p.class_id = cls;
    assert_int_equal(save_profile_create(f->teacher, &p, NULL, 0), SAVE_OK);
  }
  *state = f;
  return 0;
}

static int teardown(void **state) {
  Fx *f = *state;
  save_close(f->student);
  save_close(f->teacher);
  tsu_rmtree(f->dir);
  free(f);
  return 0;
}

static void test_handin_file_stands_alone(void **state) {
  Fx *f = *state;
  char out[600];
  snprintf(out, sizeof out, "%s/stick", f->dir);
  mkdir(out, 0755);
  SaveHandinInfo info;
  char msg[512];
  assert_int_equal(save_handin_write(f->student, f->ana, out, "2026-12-04", &info, msg, sizeof msg),
                   SAVE_OK);
  assert_int_equal(info.sessions, 2);
  assert_false(info.replaced);
  char want[700];
  snprintf(want, sizeof want, "%s/10B-Ana_Lima-2026-12-04.rapport", out);
  assert_string_equal(info.path, want);
  char side[720];
  snprintf(side, sizeof side, "%s-wal", want);
  assert_false(tsu_exists(side));
  /* Byte 18/19 of the header: 1 = rollback journal (2 would need a -wal). */
  size_t len = 0;
  unsigned char *bytes = tsu_read(want, &len);
  assert_true(len > 100);
  assert_int_equal(bytes[18], 1);
  assert_int_equal(bytes[19], 1);
  free(bytes);
  SaveDb *h = NULL;
  assert_int_equal(save_open(want, SAVE_OPEN_READ_ONLY | SAVE_OPEN_UNTRUSTED, &h, NULL, NULL, 0),
                   SAVE_OK);
  assert_int_equal(count(h, "SELECT count(*) FROM profiles"), 1);
  assert_int_equal(count(h, "SELECT count(*) FROM sessions"), 2);
  assert_int_equal(count(h, "SELECT count(*) FROM choices"), 2);
  assert_int_equal(count(h, "SELECT count(*) FROM reflections"), 0);
  assert_int_equal(count(h, "SELECT count(*) FROM meta WHERE key = 'teacher_pin'"), 0);
  assert_int_equal(count(h, "SELECT count(*) FROM meta WHERE key = 'handin'"), 1);
  save_close(h);
  /* Handing in again replaces the file. */
  assert_int_equal(save_handin_write(f->student, f->ana, out, "2026-12-04", &info, NULL, 0), SAVE_OK);
  assert_true(info.replaced);
  /* The sibling (no class, no code) has nothing to hand in. */
  assert_int_equal(save_handin_write(f->student, f->sibling, out, "2026-12-04", &info, msg,
                                     sizeof msg), SAVE_NOT_FOUND);
  assert_non_null(strstr(msg, "workshop code"));
  /* Import twice: the second adds nothing. */
  SaveImportResult *r = malloc(sizeof *r);
  assert_int_equal(save_import_file_opt(f->teacher, want, "10B", NULL, r, msg, sizeof msg), SAVE_OK);
  assert_true(r->handin);
  assert_int_equal(r->added, 2);
  assert_int_equal(save_import_file_opt(f->teacher, want, "10B", NULL, r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r->added, 0);
  assert_int_equal(r->present, 2);
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM reflections"), 0);
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM profiles"), 3);
  /* The dashboard's four states: Ana played (and off code), Liam nothing. */
  SaveStudentSummary *sum = NULL;
  int n = 0;
  SaveClass c;
  assert_int_equal(save_class_find(f->teacher, "10B", &c, NULL, 0), SAVE_OK);
  assert_int_equal(save_class_summary_all(f->teacher, c.id, WS, &sum, &n, NULL, 0), SAVE_OK);
  assert_int_equal(n, 3);
  for (int i = 0; i < n; i++) {
    if (strcmp(sum[i].profile.name, "Ana Lima") == 0) {
      assert_int_equal(save_student_state(&sum[i]), SAVE_STUDENT_PLAYED);
      assert_int_equal(sum[i].off_code, 1);
      assert_int_equal(sum[i].latest.session.followups, 2);
      assert_int_equal(sum[i].latest.session.rests, 1);
    } else {
      assert_int_equal(save_student_state(&sum[i]), SAVE_STUDENT_NOTHING);
    }
  }
  free(sum);
  free(r);
}

/* A hand-in of another class is refused; a folder flags an empty file and a -wal. */
static void test_strict_rule_and_folder(void **state) {
  Fx *f = *state;
  char out[600], path[700], msg[512];
  snprintf(out, sizeof out, "%s/share", f->dir);
  mkdir(out, 0755);
  SaveHandinInfo info;
  assert_int_equal(save_handin_write(f->student, f->ana, out, "2026-12-04", &info, NULL, 0), SAVE_OK);
  int64_t other = 0;
  assert_int_equal(save_class_create(f->teacher, "10C", &other, NULL, 0), SAVE_OK);
  SaveImportResult *r = malloc(sizeof *r);
  assert_int_equal(save_import_file_opt(f->teacher, info.path, "10C", NULL, r, msg, sizeof msg),
                   SAVE_FOREIGN);
  assert_non_null(strstr(msg, "another class"));
  snprintf(path, sizeof path, "%s/empty.rapport", out);
  tsu_write(path, "", 0);
  snprintf(path, sizeof path, "%s/copied.db", out);
  size_t len = 0;
  unsigned char *bytes = tsu_read(info.path, &len);
  tsu_write(path, bytes, len);
  free(bytes);
  snprintf(path, sizeof path, "%s/copied.db-wal", out);
  tsu_write(path, "garbage that is not a log", 25);
  snprintf(path, sizeof path, "%s/notes.txt", out);
  tsu_write(path, "x", 1);
  SaveFolderResult fr;
  assert_int_equal(save_import_folder(f->teacher, out, "10B", NULL, &fr, msg, sizeof msg), SAVE_OK);
  assert_int_equal(fr.files, 3);               /* notes.txt is not looked at */
  assert_string_equal(fr.list[0].name, "10B-Ana_Lima-2026-12-04.rapport");
  assert_int_equal(fr.list[0].status, SAVE_OK);
  assert_string_equal(fr.list[1].name, "copied.db");
  assert_true(fr.list[1].warning);
  assert_int_not_equal(fr.list[1].status, SAVE_OK);
  assert_string_equal(fr.list[2].name, "empty.rapport");
  assert_true(fr.list[2].warning);
  assert_non_null(strstr(fr.list[2].msg, "empty"));
  assert_int_equal(fr.imported, 1);
  assert_int_equal(fr.refused, 2);
  assert_int_equal(fr.added, 2);
  save_folder_free(&fr);
  free(r);
}

/* A hand-in file under a misspelt name, and two students of one name. */
static void test_near_duplicates_and_numbers(void **state) {
  Fx *f = *state;
  SaveClass c;
  assert_int_equal(save_class_find(f->teacher, "10B", &c, NULL, 0), SAVE_OK);
  SaveNameSuggestion s;
  assert_int_equal(save_name_suggest(f->teacher, c.id, "Liam Murhpy", &s, NULL, 0), SAVE_OK);
  assert_string_equal(s.member, "Liam Murphy");
  assert_int_equal(s.distance, 1);
  assert_int_equal(save_name_suggest(f->teacher, c.id, "Sofia Hernandes", &s, NULL, 0), SAVE_OK);
  assert_string_equal(s.member, "Sofía Hernández");
  assert_int_equal(save_name_suggest(f->teacher, c.id, "liam murphy", &s, NULL, 0), SAVE_NOT_FOUND);
  assert_int_equal(save_name_suggest(f->teacher, c.id, "Noah Brown", &s, NULL, 0), SAVE_NOT_FOUND);
  assert_int_equal(save_name_suggest(f->teacher, c.id, "Al", &s, NULL, 0), SAVE_NOT_FOUND);
  /* A laptop with one misspelt class-less profile playing under the code. */
  char path[600], out[600], msg[512];
  snprintf(path, sizeof path, "%s/liam.db", f->dir);
  SaveDb *l = NULL;
  assert_int_equal(save_open(path, 0, &l, NULL, NULL, 0), SAVE_OK);
  SaveProfile lp = tsu_profile("Liam Murhpy");
  assert_int_equal(save_profile_create(l, &lp, NULL, 0), SAVE_OK);
  played(l, lp.id, "c0000000000000000000000000000001", WS);
  played(l, lp.id, "c0000000000000000000000000000002", "");   /* home play: not handed in */
  snprintf(out, sizeof out, "%s/liam", f->dir);
  mkdir(out, 0755);
  SaveHandinInfo info;
  assert_int_equal(save_handin_write(l, lp.id, out, "2026-12-04", &info, NULL, 0), SAVE_OK);
  assert_int_equal(info.sessions, 1);
  save_close(l);
  SaveNameSuggestion *list = NULL;
  int n = 0;
  assert_int_equal(save_import_suggest_file(f->teacher, info.path, "10B", &list, &n, msg, sizeof msg),
                   SAVE_OK);
  assert_int_equal(n, 1);
  assert_string_equal(list[0].incoming, "Liam Murhpy");
  assert_string_equal(list[0].member, "Liam Murphy");
  free(list);
  list = NULL;
  assert_int_equal(save_import_suggest_folder(f->teacher, out, "10B", &list, &n, msg, sizeof msg),
                   SAVE_OK);
  assert_int_equal(n, 1);
  assert_string_equal(list[0].incoming, "Liam Murhpy");
  free(list);
  SaveImportResult *r = malloc(sizeof *r);
  /* No choice: held, nothing added, no member made. */
  assert_int_equal(save_import_file_opt(f->teacher, info.path, "10B", NULL, r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r->held, 1);
  assert_int_equal(r->added, 0);
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM profiles"), 3);
  /* Refused: a new member. Then undone and accepted by --match. */
  SaveImportOptions o = {0, SAVE_NEAR_REFUSE, NULL, 0};
  o.flags = SAVE_IMPORT_DRY_RUN;
  assert_int_equal(save_import_file_opt(f->teacher, info.path, "10B", &o, r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r->new_students, 1);
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM profiles"), 3);  /* dry run */
  SaveProfile liam;
  assert_int_equal(save_profile_find(f->teacher, "Liam Murphy", c.id, &liam, NULL, 0), SAVE_OK);
  SaveNameChoice ch = {"liam murhpy", liam.id};
  SaveImportOptions m = {0, SAVE_NEAR_HOLD, &ch, 1};
  assert_int_equal(save_import_file_opt(f->teacher, info.path, "10B", &m, r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r->added, 1);
  assert_int_equal(r->held, 0);
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM profiles"), 3);
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM sessions s JOIN profiles p ON "
                                     "p.id = s.profile_id WHERE p.name = 'Liam Murphy'"), 1);
  /* Two Ana Limas with numbers: a file without a number is held, one with a number lands. */
  SaveProfile ana;
  assert_int_equal(save_profile_find(f->teacher, "Ana Lima", c.id, &ana, NULL, 0), SAVE_OK);
  assert_int_equal(save_profile_set_student_no(f->teacher, ana.id, "1001", NULL, 0), SAVE_OK);
  SaveProfile ana2 = tsu_profile("Ana Lima");
  ana2.class_id = c.id;
  snprintf(ana2.student_no, sizeof ana2.student_no, "1002");
  assert_int_equal(save_profile_create(f->teacher, &ana2, msg, sizeof msg), SAVE_OK);
  SaveProfile dup = tsu_profile("Ana Lima");
  dup.class_id = c.id;
  snprintf(dup.student_no, sizeof dup.student_no, "1002");
  assert_int_equal(save_profile_create(f->teacher, &dup, msg, sizeof msg), SAVE_CONFLICT);
  SaveHandinInfo ai;
  assert_int_equal(save_handin_write(f->student, f->ana, out, "2026-12-04", &ai, NULL, 0), SAVE_OK);
  assert_int_equal(save_import_file_opt(f->teacher, ai.path, "10B", NULL, r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r->held, 1);
  assert_int_equal(r->held_list[0].member_id, 0);
  assert_int_equal(save_profile_set_student_no(f->student, f->ana, "1002", NULL, 0), SAVE_OK);
  assert_int_equal(save_handin_write(f->student, f->ana, out, "2026-12-04", &ai, NULL, 0), SAVE_OK);
  assert_int_equal(save_import_file_opt(f->teacher, ai.path, "10B", NULL, r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r->held, 0);
  assert_int_equal(r->added, 2);
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM sessions s JOIN class_members m ON "
                                     "m.profile_id = s.profile_id WHERE m.student_no = '1002'"), 2);
  free(r);
}

static void test_codes(void **state) {
  Fx *f = *state;
  SaveSession s;
  assert_int_equal(save_session_find_guid(f->student, "a0000000000000000000000000000001", &s, NULL, 0),
                   SAVE_OK);
  char code[SIM_RESULT_CODE_MAX], msg[512];
  assert_int_equal(save_result_code(f->student, s.id, code, sizeof code, msg, sizeof msg), SAVE_OK);
  SaveSession off;
  assert_int_equal(save_session_find_guid(f->student, "a0000000000000000000000000000002", &off, NULL, 0),
                   SAVE_OK);
  assert_int_equal(save_result_code(f->student, off.id, code + 0, sizeof code, msg, sizeof msg),
                   SAVE_NOT_FOUND);
  assert_int_equal(save_result_code(f->student, s.id, code, sizeof code, msg, sizeof msg), SAVE_OK);
  char bad[SIM_RESULT_CODE_MAX];
  memcpy(bad, code, sizeof bad);
  bad[3] = bad[3] == 'A' ? 'B' : 'A';
  char text[1024];
  snprintf(text, sizeof text, "Name\tCode\n"
           "ana lima\t%s\n"
           "\n"
           "Ana Lima,%s\n"
           "Ben Okoro,%s\n"
           "no code here\n"
           "\"Hernández, Sofía\",%s\n", code, code, bad, code);
  SaveCodesWorkshop w = {WS, "career_fair", 4242};
  SaveCodesResult r;
  assert_int_equal(save_import_codes(f->teacher, "10B", &w, text, NULL, &r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r.lines, 5);
  assert_int_equal(r.added, 1);        /* Ana */
  assert_int_equal(r.present, 1);      /* the same code twice */
  assert_int_equal(r.bad, 3);          /* a typo, no code, Ana's code under another name */
  assert_int_equal(r.list[4].status, SAVE_CONFLICT);
  assert_non_null(strstr(r.list[4].msg, "Ana Lima"));
  assert_int_equal(r.new_students, 0);
  assert_int_equal(r.list[0].line, 2);
  assert_string_equal(r.list[0].member, "Ana Lima");
  assert_int_equal(r.list[2].line, 5);
  assert_non_null(strstr(r.list[2].msg, "character 4"));
  assert_int_equal(r.list[3].line, 6);
  assert_int_equal(r.list[3].status, SAVE_MISUSE);
  save_codes_free(&r);
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM sessions WHERE guid LIKE '____c0de%'"), 1);
  /* Again: nothing new. */
  assert_int_equal(save_import_codes(f->teacher, "10B", &w, text, NULL, &r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r.added, 0);
  save_codes_free(&r);
  /* The paste box's suggestions: a misspelt name, and nothing changed. */
  SimResultSummary fresh;
  memset(&fresh, 0, sizeof fresh);
  fresh.nonce = 0x1234;
  fresh.day = SIM_RESULT_DAY_BASE + 1000;
  char fresh_code[SIM_RESULT_CODE_MAX], near[256];
  assert_int_equal(sim_result_code_encode(&fresh, WS, fresh_code, sizeof fresh_code), SIM_RESULT_OK);
  snprintf(near, sizeof near, "Liam Murhpy\t%s\n", fresh_code);
  SaveNameSuggestion *list = NULL;
  int n = 0;
  int64_t before = count(f->teacher, "SELECT count(*) FROM sessions");
  assert_int_equal(save_import_suggest_codes(f->teacher, "10B", &w, near, &list, &n, msg, sizeof msg),
                   SAVE_OK);
  assert_int_equal(n, 1);
  assert_string_equal(list[0].member, "Liam Murphy");
  free(list);
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM sessions"), before);
  /* Another workshop's code list: every line refused. */
  SimWorkshop ow = {sim_workshop_scenario_hash("career_fair"), 4243, false, true, false, 0};
  char other[SIM_WORKSHOP_CODE_MAX];
  sim_workshop_encode(&ow, other, sizeof other);
  SaveCodesWorkshop w2 = {other, "career_fair", 4243};
  assert_int_equal(save_import_codes(f->teacher, "10B", &w2, text, NULL, &r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r.added + r.present, 0);
  save_codes_free(&r);
  /* Ana's hand-in file later: the code's summary is replaced by the full session. */
  char out[600];
  snprintf(out, sizeof out, "%s/late", f->dir);
  mkdir(out, 0755);
  SaveHandinInfo info;
  assert_int_equal(save_handin_write(f->student, f->ana, out, "2026-12-04", &info, NULL, 0), SAVE_OK);
  SaveImportResult *ir = malloc(sizeof *ir);
  assert_int_equal(save_import_file_opt(f->teacher, info.path, "10B", NULL, ir, msg, sizeof msg), SAVE_OK);
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM sessions s JOIN profiles p ON "
                                     "p.id = s.profile_id WHERE p.name = 'Ana Lima'"), 2);
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM sessions WHERE guid LIKE '____c0de%'"), 0);
  free(ir);
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

static void test_pin(void **state) {
  Fx *f = *state;
  char msg[256];
  assert_false(save_pin_is_set(f->teacher));
  assert_int_equal(save_pin_check(f->teacher, "1234", msg, sizeof msg), SAVE_NOT_FOUND);
  assert_int_equal(save_pin_set(f->teacher, "12a4", msg, sizeof msg), SAVE_MISUSE);
  assert_int_equal(save_pin_set(f->teacher, "123", msg, sizeof msg), SAVE_MISUSE);
  assert_int_equal(save_pin_set(f->teacher, "482193", msg, sizeof msg), SAVE_OK);
  assert_true(save_pin_is_set(f->teacher));
  assert_int_equal(count(f->teacher, "SELECT count(*) FROM meta WHERE key = 'teacher_pin' AND "
                                     "value LIKE '$y$%' AND value NOT LIKE '%482193%'"), 1);
  assert_int_equal(save_pin_set(f->teacher, "1111", msg, sizeof msg), SAVE_CONFLICT);
  assert_int_equal(save_pin_check(f->teacher, "482193", msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_pin_check(f->teacher, "482194", msg, sizeof msg), SAVE_CONFLICT);
  assert_int_equal(save_pin_clear(f->teacher, "000000", msg, sizeof msg), SAVE_CONFLICT);
  assert_true(save_pin_is_set(f->teacher));
  assert_int_equal(save_pin_clear(f->teacher, "482193", msg, sizeof msg), SAVE_OK);
  assert_false(save_pin_is_set(f->teacher));
  /* Two saves with the same PIN store different hashes (a salt per save). */
  assert_int_equal(save_pin_set(f->teacher, "4821", msg, sizeof msg), SAVE_OK);
  char a[256] = "", b[256] = "";
  sqlite3_stmt *st = NULL;
  sqlite3_prepare_v2(save_sqlite(f->teacher), "SELECT value FROM meta WHERE key='teacher_pin'", -1, &st, NULL);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  snprintf(a, sizeof a, "%s", sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_prepare_v2(save_sqlite(f->student), "SELECT value FROM meta WHERE key='teacher_pin'", -1, &st, NULL);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  snprintf(b, sizeof b, "%s", sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  assert_string_not_equal(a, b);
}

static void test_print_escapes(void **state) {
  Fx *f = *state;
  SaveClass c;
  assert_int_equal(save_class_find(f->teacher, "10B", &c, NULL, 0), SAVE_OK);
  SaveProfile p = tsu_profile("<script>alert('x')</script> & \"Bo\"");
  p.class_id = c.id;
  assert_int_equal(save_profile_create(f->teacher, &p, NULL, 0), SAVE_OK);
  char buf[65536] = "";
  for (int kind = 0; kind < 3; kind++) {
    FILE *out = fmemopen(buf, sizeof buf - 1, "w");
    SavePrintOptions o = {(SavePrintKind)kind, c.id, p.id, WS, true, NULL, "2026-12-04"};
    assert_int_equal(save_print_html(f->teacher, &o, out, NULL, 0), SAVE_OK);
    fclose(out);
    assert_null(strstr(buf, "<script>"));
    assert_non_null(strstr(buf, "@page { size: A4"));
    if (kind != SAVE_PRINT_HANDOUT)
      assert_non_null(strstr(buf, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bo&quot;"));
    else
      assert_non_null(strstr(buf, WS));
  }
  /* Anonymous by default: no name at all. */
  FILE *out = fmemopen(buf, sizeof buf - 1, "w");
  SavePrintOptions o = {SAVE_PRINT_CLASS, c.id, 0, WS, false, NULL, "2026-12-04"};
  assert_int_equal(save_print_html(f->teacher, &o, out, NULL, 0), SAVE_OK);
  fclose(out);
  assert_null(strstr(buf, "Liam"));
  assert_null(strstr(buf, "script"));
  assert_non_null(strstr(buf, "Student "));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_handin_file_stands_alone, setup, teardown),
    cmocka_unit_test_setup_teardown(test_strict_rule_and_folder, setup, teardown),
    cmocka_unit_test_setup_teardown(test_near_duplicates_and_numbers, setup, teardown),
    cmocka_unit_test_setup_teardown(test_codes, setup, teardown),
    cmocka_unit_test_setup_teardown(test_pin, setup, teardown),
    cmocka_unit_test_setup_teardown(test_print_escapes, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
