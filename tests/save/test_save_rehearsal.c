/* test_save_rehearsal.c — the rehearsals table (schema v5): a row per try, counted per
 * profile and by age, tied to its session (or none for a drill), removed with the profile;
 * the checks refuse rows missing what identifies the moment, or with a result other than
 * well/again; rehearsal rows never touch the session row.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "save/save_internal.h"
#include "save/save_rehearsal.h"
#include "test_save_util.h"

static int setup(void **state) {
  SaveDb *db = NULL;
  char msg[256];
  SaveOpenInfo info;
  if (save_open(":memory:", SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg) != SAVE_OK) return -1;
  *state = db;
  return 0;
}

static int teardown(void **state) {
  save_close(*state);
  return 0;
}

static SaveRehearsal row(int64_t profile, int64_t session, const char *drill, bool well, const char *created) {
  SaveRehearsal r;
  memset(&r, 0, sizeof r);
  r.profile_id = profile;
  r.session_id = session;
  snprintf(r.drill, sizeof r.drill, "%s", drill);
  snprintf(r.scenario, sizeof r.scenario, "career_fair");
  snprintf(r.person, sizeof r.person, "maya_okafor");
  snprintf(r.node, sizeof r.node, "hello");
  snprintf(r.choice, sizeof r.choice, "hello.1");
  snprintf(r.style, sizeof r.style, "introduce_why");
  r.with_hint = true;
  r.went_well = well;
  r.d_interest = 0.1f;
  snprintf(r.created, sizeof r.created, "%s", created);
  return r;
}

/* The first column of `sql` as text (0), for a few checks on what was stored. */
static int column_text(SaveDb *db, const char *sql, char *out, size_t outlen) {
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(save_sqlite(db), sql, -1, &st, NULL) != SQLITE_OK) return -1;
  int rc = sqlite3_step(st) == SQLITE_ROW ? 0 : -1;
  snprintf(out, outlen, "%s", rc == 0 && sqlite3_column_text(st, 0) ? (const char *)sqlite3_column_text(st, 0) : "");
  sqlite3_finalize(st);
  return rc;
}

static void test_rows_and_counts(void **state) {
  SaveDb *db = *state;
  char msg[256];
  SaveProfile p = tsu_profile("Ana");
  assert_int_equal(save_profile_create(db, &p, msg, sizeof msg), SAVE_OK);
  SaveProfile q = tsu_profile("Ben");
  assert_int_equal(save_profile_create(db, &q, msg, sizeof msg), SAVE_OK);
  SaveSession s;
  memset(&s, 0, sizeof s);
  snprintf(s.guid, sizeof s.guid, "g-1");
  s.profile_id = p.id;
  snprintf(s.scenario, sizeof s.scenario, "career_fair");
  snprintf(s.started, sizeof s.started, "2026-01-01T10:00:00Z");
  assert_int_equal(save_session_begin(db, &s, msg, sizeof msg), SAVE_OK);

  SaveRehearsal a = row(p.id, s.id, "", false, "");          /* now */
  SaveRehearsal b = row(p.id, 0, "opener", true, "");        /* a drill, now */
  SaveRehearsal old = row(p.id, 0, "opener", true, "2001-01-01T00:00:00Z");
  SaveRehearsal other = row(q.id, 0, "join_group", true, "");
  assert_int_equal(save_rehearsal_add(db, &a, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_rehearsal_add(db, &b, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_rehearsal_add(db, &old, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_rehearsal_add(db, &other, msg, sizeof msg), SAVE_OK);
  assert_true(a.id > 0 && b.id > a.id);
  assert_true(a.created[0] != '\0'); /* filled in */

  int n = -1;
  assert_int_equal(save_rehearsal_count(db, p.id, 7, &n, msg, sizeof msg), SAVE_OK);
  assert_int_equal(n, 2); /* the 2001 row is older than a week; Ben's is his */
  assert_int_equal(save_rehearsal_count(db, p.id, 0, &n, msg, sizeof msg), SAVE_OK);
  assert_int_equal(n, 3);

  char out[64];
  assert_int_equal(column_text(db, "SELECT group_concat(result, ',') FROM (SELECT result FROM rehearsals "
                                              "WHERE profile_id = (SELECT id FROM profiles WHERE name = 'Ana') ORDER BY id)", out, sizeof out), 0);
  assert_string_equal(out, "again,well,well");
  /* The session row is untouched by rehearsals. */
  SaveSession back;
  assert_int_equal(save_session_get(db, s.id, &back, msg, sizeof msg), SAVE_OK);
  assert_true(back.depth_gain == 0.0);
  /* Removing the profile removes its rows. */
  assert_int_equal(save_profile_delete(db, p.id, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_rehearsal_count(db, p.id, 0, &n, msg, sizeof msg), SAVE_OK);
  assert_int_equal(n, 0);
  assert_int_equal(save_rehearsal_count(db, q.id, 0, &n, msg, sizeof msg), SAVE_OK);
  assert_int_equal(n, 1);
}

static void test_refusals(void **state) {
  SaveDb *db = *state;
  char msg[256];
  SaveProfile p = tsu_profile("Cat");
  assert_int_equal(save_profile_create(db, &p, msg, sizeof msg), SAVE_OK);
  SaveRehearsal r = row(p.id, 0, "opener", true, "");
  r.node[0] = '\0';
  assert_int_equal(save_rehearsal_add(db, &r, msg, sizeof msg), SAVE_MISUSE);
  assert_non_null(strstr(msg, "node"));
  r = row(0, 0, "opener", true, "");
  assert_int_equal(save_rehearsal_add(db, &r, msg, sizeof msg), SAVE_MISUSE);
  /* The schema itself refuses a result outside its vocabulary. */
  char *err = NULL;
  int rc = sqlite3_exec(save_sqlite(db),
                        "INSERT INTO rehearsals(profile_id, scenario, person, node, choice, result, created) "
                        "VALUES(1, 's', 'p', 'n', 'c', 'great', 'x')", NULL, NULL, &err);
  sqlite3_free(err);
  assert_int_not_equal(rc, SQLITE_OK);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_rows_and_counts, setup, teardown),
    cmocka_unit_test_setup_teardown(test_refusals, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
