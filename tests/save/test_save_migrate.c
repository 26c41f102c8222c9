/* test_save_migrate.c — migrations from every earlier schema version. Each old save is
 * built by hand from a frozen, verbatim copy of the schema as it shipped (below), filled
 * with data, then opened: it must come out at SAVE_SCHEMA_VERSION with every row kept.
 * Also: a read-only open of an old save upgrades a copy in memory and leaves the file as
 * it is, and a migration that fails rolls back completely.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "save/save_internal.h"
#include "test_save_util.h"

/* Schema v1, exactly as shipped. Never edit: it is what old saves contain. */
static const char SCHEMA_V1[] =
  "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
  "INSERT INTO meta(key, value) VALUES('application', 'rapport');"
  "CREATE TABLE profiles("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  introvert INTEGER NOT NULL DEFAULT 0,"
  "  clock INTEGER NOT NULL DEFAULT 1,"
  "  hints INTEGER NOT NULL DEFAULT 1);"
  "CREATE INDEX profiles_by_name ON profiles(name);"
  "CREATE TABLE sessions("
  "  id INTEGER PRIMARY KEY,"
  "  guid TEXT NOT NULL UNIQUE,"
  "  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
  "  scenario TEXT NOT NULL,"
  "  seed INTEGER NOT NULL,"
  "  started TEXT NOT NULL,"
  "  ended TEXT,"
  "  status TEXT NOT NULL DEFAULT 'in_progress'"
  "    CHECK(status IN ('in_progress', 'completed', 'abandoned')),"
  "  depth_gain REAL NOT NULL DEFAULT 0,"
  "  network_strength REAL NOT NULL DEFAULT 0,"
  "  callable INTEGER NOT NULL DEFAULT 0,"
  "  cards INTEGER NOT NULL DEFAULT 0,"
  "  online_connections INTEGER NOT NULL DEFAULT 0,"
  "  energy_left REAL NOT NULL DEFAULT 0,"
  "  conversations INTEGER NOT NULL DEFAULT 0,"
  "  intention TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX sessions_by_profile ON sessions(profile_id, started);"
  "CREATE TABLE choices("
  "  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
  "  seq INTEGER NOT NULL,"
  "  talk INTEGER NOT NULL,"
  "  person TEXT NOT NULL,"
  "  node TEXT NOT NULL,"
  "  choice TEXT NOT NULL,"
  "  style TEXT NOT NULL,"
  "  d_interest REAL NOT NULL DEFAULT 0,"
  "  d_trust REAL NOT NULL DEFAULT 0,"
  "  d_progress REAL NOT NULL DEFAULT 0,"
  "  energy_cost REAL NOT NULL DEFAULT 0,"
  "  reasons TEXT NOT NULL DEFAULT '',"
  "  PRIMARY KEY(session_id, seq)) WITHOUT ROWID;"
  "CREATE TABLE relations("
  "  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
  "  person TEXT NOT NULL,"
  "  name TEXT NOT NULL,"
  "  org TEXT NOT NULL DEFAULT '',"
  "  tier INTEGER NOT NULL DEFAULT 0 CHECK(tier BETWEEN 0 AND 5),"
  "  progress REAL NOT NULL DEFAULT 0,"
  "  trust REAL NOT NULL DEFAULT 0,"
  "  facts TEXT NOT NULL DEFAULT '',"
  "  facts_shared INTEGER NOT NULL DEFAULT 0,"
  "  names_exchanged INTEGER NOT NULL DEFAULT 0,"
  "  card INTEGER NOT NULL DEFAULT 0,"
  "  contact INTEGER NOT NULL DEFAULT 0,"
  "  followed_up INTEGER NOT NULL DEFAULT 0,"
  "  maintained INTEGER NOT NULL DEFAULT 0,"
  "  last_day INTEGER NOT NULL DEFAULT 0,"
  "  last_date TEXT NOT NULL DEFAULT '',"
  "  conversations INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY(profile_id, person)) WITHOUT ROWID;"
  "CREATE TABLE skills("
  "  session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
  "  introductions INTEGER NOT NULL,"
  "  curiosity INTEGER NOT NULL,"
  "  generosity INTEGER NOT NULL,"
  "  timing INTEGER NOT NULL,"
  "  follow_through INTEGER NOT NULL,"
  "  energy INTEGER NOT NULL);"
  "PRAGMA application_id = 1380995156;";

/* The v1 -> v2 step, exactly as shipped. */
static const char SCHEMA_V2_STEP[] =
  "ALTER TABLE profiles ADD COLUMN text_size INTEGER NOT NULL DEFAULT 0"
  "  CHECK(text_size BETWEEN 0 AND 2);"
  "ALTER TABLE profiles ADD COLUMN high_contrast INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE profiles ADD COLUMN reduced_motion INTEGER NOT NULL DEFAULT 0;"
  "CREATE TABLE guesses("
  "  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
  "  talk INTEGER NOT NULL,"
  "  person TEXT NOT NULL,"
  "  guess INTEGER NOT NULL CHECK(guess BETWEEN 1 AND 5),"
  "  actual INTEGER NOT NULL CHECK(actual BETWEEN 1 AND 5),"
  "  PRIMARY KEY(session_id, talk)) WITHOUT ROWID;"
  "CREATE TABLE reflections("
  "  session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
  "  text TEXT NOT NULL);"
  "CREATE TABLE maintenance("
  "  id INTEGER PRIMARY KEY,"
  "  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
  "  week INTEGER NOT NULL,"
  "  person TEXT NOT NULL,"
  "  kind TEXT NOT NULL);"
  "CREATE INDEX maintenance_by_week ON maintenance(profile_id, week);";

/* Rows as a v1 Rapport wrote them. */
static const char DATA_V1[] =
  "INSERT INTO profiles(id, name, introvert, clock, hints) VALUES(1, 'Ana', 1, 0, 1);"
  "INSERT INTO profiles(id, name, introvert, clock, hints) VALUES(2, 'Ben', 0, 1, 0);"
  "INSERT INTO sessions(id, guid, profile_id, scenario, seed, started, ended, status, "
  "  depth_gain, network_strength, callable, cards, online_connections, energy_left, "
  "  conversations, intention) VALUES(1, '0000000000000000000000000000aaaa', 1, 'career_fair', "
  "  42, '2026-10-01T18:00:00Z', '2026-10-01T18:45:00Z', 'completed', 6.5, 9.25, 2, 1, 3, 40.5, "
  "  3, 'one real conversation');"
  "INSERT INTO sessions(id, guid, profile_id, scenario, seed, started, status) "
  "  VALUES(2, '0000000000000000000000000000bbbb', 1, 'alumni_mixer', 7, '2026-10-08T18:00:00Z', "
  "  'in_progress');"
  "INSERT INTO choices VALUES(1, 1, 1, 'maya_okafor', 'hello', 'why', 'introduce_why', 0.5, 0.25, "
  "  0.5, 4, 'stated_why');"
  "INSERT INTO choices VALUES(1, 2, 1, 'maya_okafor', 'why', 'offer', 'offer_help', 0.5, 0.75, 1, "
  "  6, 'offered_help,used_remembered_fact');"
  "INSERT INTO relations(profile_id, person, name, org, tier, progress, trust, facts, "
  "  facts_shared, names_exchanged, card, contact, followed_up, maintained, last_day, last_date, "
  "  conversations) VALUES(1, 'maya_okafor', 'Maya Okafor', 'Pulse Health', 4, 0.5, 0.8, "
  "  'user_study', 1, 1, 0, 1, 1, 0, 3, '2026-10-04T09:00:00Z', 1);"
  "INSERT INTO skills VALUES(1, 70, 60, 80, 50, 40, 65);";

/* Rows only a v2 Rapport could write. */
static const char DATA_V2[] =
  "UPDATE profiles SET text_size = 2, high_contrast = 1 WHERE id = 2;"
  "INSERT INTO guesses VALUES(1, 1, 'maya_okafor', 2, 4);"
  "INSERT INTO reflections VALUES(1, 'She remembered my thesis.');"
  "INSERT INTO maintenance(profile_id, week, person, kind) VALUES(1, 1, 'maya_okafor', 'coffee');";

/* Schema v3's step, exactly as shipped. Never edit. */
static const char SCHEMA_V3_STEP[] =
  "ALTER TABLE sessions ADD COLUMN workshop TEXT NOT NULL DEFAULT '';"
  "CREATE INDEX sessions_by_workshop ON sessions(workshop) WHERE workshop <> '';"
  "CREATE TABLE classes("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE);"
  "CREATE TABLE class_members("
  "  profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,"
  "  class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,"
  "  number INTEGER NOT NULL,"
  "  UNIQUE(class_id, number));";

/* Rows only a v3 Rapport could write: a class of three (one of them "Zoë Ng"). */
static const char DATA_V3[] =
  "INSERT INTO profiles(id, name) VALUES(3, 'Zo' || char(235) || ' Ng');"
  "INSERT INTO profiles(id, name) VALUES(4, 'Cleo');"
  "INSERT INTO profiles(id, name) VALUES(5, 'Dev');"
  "INSERT INTO classes(id, name) VALUES(1, '10B');"
  "INSERT INTO class_members VALUES(3, 1, 1), (4, 1, 2), (5, 1, 3);"
  "UPDATE sessions SET workshop = '9D01-14JN' WHERE id = 1;";

typedef struct Fx {
  char dir[512];
  char path[600];
} Fx;

static int setup(void **state) {
  Fx *fx = calloc(1, sizeof *fx);
  tsu_tmpdir(fx->dir, sizeof fx->dir);
  snprintf(fx->path, sizeof fx->path, "%s/old.db", fx->dir);
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  Fx *fx = *state;
  tsu_rmtree(fx->dir);
  free(fx);
  return 0;
}

static void exec_all(sqlite3 *h, const char *sql) {
  char *err = NULL;
  if (sqlite3_exec(h, sql, NULL, NULL, &err) != SQLITE_OK) fail_msg("%s", err ? err : "?");
}

/* An old save at `path` with schema `version` (1 or 2) and its data, in a rollback journal
 * as early saves on network folders had. */
static void build_old(const char *path, int version, const char *extra) {
  sqlite3 *h = NULL;
  assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
  exec_all(h, "BEGIN");
  exec_all(h, SCHEMA_V1);
  exec_all(h, "PRAGMA user_version = 1");
  exec_all(h, DATA_V1);
  if (version >= 2) {
    exec_all(h, SCHEMA_V2_STEP);
    exec_all(h, "PRAGMA user_version = 2");
    exec_all(h, DATA_V2);
  }
  if (version >= 3) {
    exec_all(h, SCHEMA_V3_STEP);
    exec_all(h, "PRAGMA user_version = 3");
    exec_all(h, DATA_V3);
  }
  if (extra) exec_all(h, extra);
  exec_all(h, "COMMIT");
  sqlite3_close(h);
}

static int int_query(sqlite3 *h, const char *sql) {
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  int v = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return v;
}

/* The whole schema as text, to compare a migrated save with a new one. */
static char *schema_text(sqlite3 *h) {
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(h, "SELECT group_concat(type || ' ' || name || ': ' || "
      "COALESCE(sql, ''), char(10)) FROM (SELECT * FROM sqlite_schema ORDER BY type, name)",
      -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  char *text = strdup((const char *)sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  return text;
}

/* Everything DATA_V1 wrote, read back through today's API. */
static void check_v1_data(SaveDb *db) {
  char msg[256];
  SaveProfile ana, ben;
  assert_int_equal(save_profile_find(db, "Ana", SAVE_ANY_CLASS, &ana, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_profile_find(db, "Ben", SAVE_ANY_CLASS, &ben, msg, sizeof msg), SAVE_OK);
  assert_true(ana.introvert_practice && !ana.clock_on && ana.hints_on);
  assert_true(!ben.introvert_practice && ben.clock_on && !ben.hints_on);
  assert_int_equal(ana.class_id, 0);
  SaveSessionRow rows[4];
  int total = 0;
  assert_int_equal(save_profile_sessions(db, ana.id, rows, 4, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 2);
  const SaveSession *s = &rows[0].session;
  assert_string_equal(s->guid, "0000000000000000000000000000aaaa");
  assert_string_equal(s->scenario, "career_fair");
  assert_int_equal(s->seed, 42);
  assert_string_equal(s->workshop, "");  /* v3 column, default */
  assert_string_equal(s->ended, "2026-10-01T18:45:00Z");
  assert_int_equal(s->state, SAVE_SESSION_COMPLETED);
  assert_true(s->depth_gain == 6.5 && s->network_strength == 9.25 && s->energy_left == 40.5);
  assert_int_equal(s->callable, 2);
  assert_int_equal(s->cards, 1);
  assert_int_equal(s->online_connections, 3);
  assert_int_equal(s->conversations, 3);
  assert_string_equal(s->intention, "one real conversation");
  assert_true(rows[0].has_skills);
  assert_int_equal(rows[0].skills.value[SAVE_SKILL_GENEROSITY], 80);
  assert_int_equal(rows[0].skills.value[SAVE_SKILL_ENERGY], 65);
  assert_false(rows[1].has_skills);
  assert_int_equal(rows[1].session.state, SAVE_SESSION_IN_PROGRESS);
  SaveChoice c[4];
  assert_int_equal(save_choices(db, s->id, c, 4, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 2);
  assert_string_equal(c[1].style, "offer_help");
  assert_string_equal(c[1].reasons, "offered_help,used_remembered_fact");
  assert_true(c[1].d_trust == 0.75);
  SaveRelation r;
  assert_int_equal(save_relation_get(db, ana.id, "maya_okafor", &r, msg, sizeof msg), SAVE_OK);
  assert_int_equal(r.tier, 4);
  assert_string_equal(r.facts, "user_study");
  assert_string_equal(r.last_date, "2026-10-04T09:00:00Z");
  assert_true(r.contact && r.followed_up && !r.card);
}

/* The new tables and columns work on a migrated save. */
static void check_writable_now(SaveDb *db) {
  char msg[256];
  int64_t cls = 0;
  assert_int_equal(save_class_create(db, "Year 12", &cls, msg, sizeof msg), SAVE_OK);
  SaveProfile ana;
  assert_int_equal(save_profile_find(db, "Ana", 0, &ana, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_class_set_member(db, cls, ana.id, msg, sizeof msg), SAVE_OK);
  SaveSession s = tsu_session(ana.id, "0000000000000000000000000000cccc", "2026-10-15T18:00:00Z");
  snprintf(s.workshop, sizeof s.workshop, "W0RK");
  assert_int_equal(save_session_begin(db, &s, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_reflection_set(db, s.id, "new", msg, sizeof msg), SAVE_OK);
  SaveSessionRow rows[4];
  int total = 0;
  assert_int_equal(save_class_sessions(db, cls, rows, 4, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 3);
  assert_string_equal(rows[2].session.workshop, "W0RK");
}

static void expect_migrated(const Fx *fx, int from) {
  SaveDb *db = NULL;
  SaveOpenInfo info;
  char msg[256];
  assert_int_equal(save_open(fx->path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg), SAVE_OK);
  assert_int_equal(info.from_version, from);
  assert_int_equal(info.to_version, SAVE_SCHEMA_VERSION);
  assert_false(info.created);
  assert_false(info.moved_aside);
  sqlite3 *h = save_sqlite(db);
  assert_int_equal(int_query(h, "PRAGMA user_version"), SAVE_SCHEMA_VERSION);
  assert_int_equal(int_query(h, "PRAGMA application_id"), SAVE_APPLICATION_ID);

  /* Same schema as a save made today. */
  SaveDb *fresh = NULL;
  assert_int_equal(save_open(":memory:", 0, &fresh, NULL, msg, sizeof msg), SAVE_OK);
  char *a = schema_text(h), *b = schema_text(save_sqlite(fresh));
  assert_string_equal(a, b);
  free(a);
  free(b);
  save_close(fresh);

  check_v1_data(db);
  /* v8: what was played before difficulty existed was the standard evening, on the day
   * it started (2026-10-01 is day 9770 of the save's calendar). */
  assert_int_equal(int_query(h, "SELECT count(*) FROM profiles WHERE difficulty <> 'standard'"), 0);
  assert_int_equal(int_query(h, "SELECT count(*) FROM sessions WHERE difficulty <> 'standard'"), 0);
  assert_int_equal(int_query(h, "SELECT day FROM sessions WHERE id = 1"), 9770);
  check_writable_now(db);
  save_close(db);
}

static void test_from_v1(void **state) {
  Fx *fx = *state;
  build_old(fx->path, 1, NULL);
  expect_migrated(fx, 1);
}

static void test_from_v2(void **state) {
  Fx *fx = *state;
  build_old(fx->path, 2, NULL);
  SaveDb *db = NULL;
  char msg[256];
  expect_migrated(fx, 2);
  assert_int_equal(save_open(fx->path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg), SAVE_OK);
  SaveProfile ben;
  assert_int_equal(save_profile_find(db, "Ben", 0, &ben, msg, sizeof msg), SAVE_OK);
  assert_int_equal(ben.text_size, 2);
  assert_true(ben.high_contrast);
  SaveGuess g[2];
  int total = 0;
  assert_int_equal(save_guesses(db, 1, g, 2, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 1);
  assert_int_equal(g[0].guess, 2);
  assert_int_equal(g[0].actual, 4);
  SaveReflection refl[2];
  assert_int_equal(save_reflections(db, 1, refl, 2, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 2);  /* the old one, then the one written after migrating */
  assert_string_equal(refl[0].text, "She remembered my thesis.");
  assert_string_equal(refl[1].text, "new");
  SaveMaintenance m[2];
  assert_int_equal(save_maintenance_list(db, 1, m, 2, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 1);
  assert_string_equal(m[0].kind, "coffee");
  save_close(db);
}

/* v3 -> v4: every member gets an anonymous number (a permutation of 1..N) and every
 * profile its matching key. */
static void test_from_v3(void **state) {
  Fx *fx = *state;
  build_old(fx->path, 3, NULL);
  SaveDb *db = NULL;
  SaveOpenInfo info;
  char msg[256];
  assert_int_equal(save_open(fx->path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg), SAVE_OK);
  assert_int_equal(info.from_version, 3);
  sqlite3 *h = save_sqlite(db);
  assert_int_equal(int_query(h, "SELECT count(DISTINCT anon) FROM class_members WHERE anon "
                                "BETWEEN 1 AND 3"), 3);
  assert_int_equal(int_query(h, "SELECT count(*) FROM profiles WHERE name_key = 'zoe ng'"), 1);
  assert_int_equal(int_query(h, "SELECT count(*) FROM profiles WHERE name_key = ''"), 0);
  SaveDb *fresh = NULL;
  assert_int_equal(save_open(":memory:", 0, &fresh, NULL, msg, sizeof msg), SAVE_OK);
  char *a = schema_text(h), *b = schema_text(save_sqlite(fresh));
  assert_string_equal(a, b);
  free(a);
  free(b);
  save_close(fresh);
  SaveProfile z;
  assert_int_equal(save_profile_find_similar(db, "ZOE NG", 1, &z, msg, sizeof msg), SAVE_OK);
  assert_int_equal(z.id, 3);
  assert_int_equal(z.class_number, 1);
  assert_true(z.anon_number >= 1 && z.anon_number <= 3);
  /* A new member draws a number no one in the class has. */
  SaveProfile e = tsu_profile("Eli");
  e.class_id = 1;
  assert_int_equal(save_profile_create(db, &e, msg, sizeof msg), SAVE_OK);
  assert_int_equal(int_query(h, "SELECT count(DISTINCT anon) FROM class_members"), 4);
  save_close(db);
}

static void test_read_only_open_upgrades_a_copy(void **state) {
  Fx *fx = *state;
  build_old(fx->path, 1, NULL);
  size_t len = 0;
  unsigned char *before = tsu_read(fx->path, &len);
  SaveDb *db = NULL;
  SaveOpenInfo info;
  char msg[256];
  assert_int_equal(save_open(fx->path, SAVE_OPEN_READ_ONLY, &db, &info, msg, sizeof msg), SAVE_OK);
  assert_int_equal(info.from_version, 1);
  assert_true(info.read_only);
  check_v1_data(db);
  SaveProfile p = tsu_profile("Cleo");
  assert_int_equal(save_profile_create(db, &p, msg, sizeof msg), SAVE_READ_ONLY);
  save_close(db);
  assert_true(tsu_same(fx->path, before, len));
  free(before);
}

static void test_failed_migration_rolls_back(void **state) {
  Fx *fx = *state;
  /* A v2 save in which step 3 cannot run (a stray table has its name). */
  build_old(fx->path, 2, "CREATE TABLE classes(x);");
  SaveDb *db = NULL;
  char msg[256];
  SaveStatus st = save_open(fx->path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg);
  assert_int_not_equal(st, SAVE_OK);
  assert_null(db);
  assert_non_null(strstr(msg, "version 3"));
  sqlite3 *h = NULL;
  assert_int_equal(sqlite3_open(fx->path, &h), SQLITE_OK);
  assert_int_equal(int_query(h, "PRAGMA user_version"), 2);
  assert_int_equal(int_query(h, "SELECT count(*) FROM pragma_table_info('sessions') "
                                "WHERE name = 'workshop'"), 0);
  assert_int_equal(int_query(h, "SELECT count(*) FROM sqlite_schema WHERE name = "
                                "'class_members'"), 0);
  assert_int_equal(int_query(h, "SELECT count(*) FROM sessions"), 2);
  sqlite3_close(h);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_from_v1, setup, teardown),
    cmocka_unit_test_setup_teardown(test_from_v2, setup, teardown),
    cmocka_unit_test_setup_teardown(test_from_v3, setup, teardown),
    cmocka_unit_test_setup_teardown(test_read_only_open_upgrades_a_copy, setup, teardown),
    cmocka_unit_test_setup_teardown(test_failed_migration_rolls_back, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
