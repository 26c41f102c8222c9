/* test_save_data.c — round trips of every table of the store on an in-memory database:
 * profiles and classes, sessions (idempotent start), conversations, totals and skills,
 * weeks of maintenance, reflections, guesses; atomicity of a failed save; misuse.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "save/save_internal.h"
#include "test_save_util.h"

static int setup(void **state) {
  SaveDb *db = NULL;
  char msg[256];
  SaveOpenInfo info;
  if (save_open(":memory:", SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg) != SAVE_OK) return -1;
  if (!info.created || info.to_version != SAVE_SCHEMA_VERSION) return -1;
  *state = db;
  return 0;
}

static int teardown(void **state) {
  save_close(*state);
  return 0;
}

static int64_t count(SaveDb *db, const char *sql) {
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(save_sqlite(db), sql, -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  int64_t n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}

/* Records built field by field over zeroed memory, so byte comparisons see no padding. */
static SaveGuess guess(int64_t session_id, int talk, const char *person, int g, int actual) {
  SaveGuess x;
  memset(&x, 0, sizeof x);
  x.session_id = session_id;
  x.talk = talk;
  snprintf(x.person, sizeof x.person, "%s", person);
  x.guess = g;
  x.actual = actual;
  return x;
}

static SaveMaintenance maint(int64_t profile_id, int week, const char *person, const char *kind) {
  SaveMaintenance x;
  memset(&x, 0, sizeof x);
  x.profile_id = profile_id;
  x.week = week;
  snprintf(x.person, sizeof x.person, "%s", person);
  snprintf(x.kind, sizeof x.kind, "%s", kind);
  return x;
}

static int64_t make_profile(SaveDb *db, const char *name) {
  SaveProfile p = tsu_profile(name);
  char msg[256];
  assert_int_equal(save_profile_create(db, &p, msg, sizeof msg), SAVE_OK);
  assert_true(p.id > 0);
  return p.id;
}

static void test_profiles_round_trip(void **state) {
  SaveDb *db = *state;
  char msg[256];
  SaveProfile p = tsu_profile("Ana Souza, \"the designer\"");
  p.introvert_practice = true;
  p.clock_on = false;
  p.hints_on = true;
  p.text_size = 2;
  p.high_contrast = true;
  p.reduced_motion = true;
  assert_int_equal(save_profile_create(db, &p, msg, sizeof msg), SAVE_OK);
  assert_string_equal(msg, "");

  SaveProfile got;
  assert_int_equal(save_profile_get(db, p.id, &got, msg, sizeof msg), SAVE_OK);
  assert_memory_equal(&got, &p, sizeof p);
  assert_string_equal(got.name, "Ana Souza, \"the designer\"");
  assert_true(got.introvert_practice && !got.clock_on && got.hints_on && got.high_contrast &&
              got.reduced_motion);
  assert_int_equal(got.text_size, 2);
  assert_int_equal(got.class_id, 0);

  SaveProfile dup = tsu_profile("Ana Souza, \"the designer\"");
  assert_int_equal(save_profile_create(db, &dup, msg, sizeof msg), SAVE_CONFLICT);
  assert_non_null(strstr(msg, "already"));

  SaveProfile bad = tsu_profile("Zoë");
  bad.text_size = 3;
  assert_int_equal(save_profile_create(db, &bad, msg, sizeof msg), SAVE_MISUSE);
  bad = tsu_profile("");
  assert_int_equal(save_profile_create(db, &bad, msg, sizeof msg), SAVE_MISUSE);

  int64_t zoe = make_profile(db, "Zoë Ångström");
  got.text_size = 1;
  snprintf(got.name, sizeof got.name, "Ana S.");
  assert_int_equal(save_profile_update(db, &got, msg, sizeof msg), SAVE_OK);
  SaveProfile again;
  assert_int_equal(save_profile_find(db, "Ana S.", SAVE_ANY_CLASS, &again, msg, sizeof msg),
                   SAVE_OK);
  assert_int_equal(again.id, p.id);
  assert_int_equal(again.text_size, 1);
  snprintf(got.name, sizeof got.name, "Zoë Ångström");
  assert_int_equal(save_profile_update(db, &got, msg, sizeof msg), SAVE_CONFLICT);

  SaveProfile list[4];
  int total = 0;
  assert_int_equal(save_profile_list(db, SAVE_ANY_CLASS, list, 4, &total, msg, sizeof msg),
                   SAVE_OK);
  assert_int_equal(total, 2);
  assert_string_equal(list[0].name, "Ana S.");
  assert_int_equal(list[1].id, zoe);
  assert_int_equal(save_profile_list(db, SAVE_ANY_CLASS, list, 1, &total, msg, sizeof msg),
                   SAVE_OK);
  assert_int_equal(total, 2);  /* more than fit */
  assert_int_equal(save_profile_find(db, "Nobody", SAVE_ANY_CLASS, &again, msg, sizeof msg),
                   SAVE_NOT_FOUND);
  assert_non_null(strstr(msg, "Nobody"));
  assert_int_equal(save_profile_get(db, 9999, &again, msg, sizeof msg), SAVE_NOT_FOUND);
}

static void test_classes(void **state) {
  SaveDb *db = *state;
  char msg[256];
  int64_t a = 0, b = 0;
  assert_int_equal(save_class_create(db, "Year 12 Careers", &a, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_class_create(db, "Year 13", &b, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_class_create(db, "Year 13", NULL, msg, sizeof msg), SAVE_CONFLICT);

  SaveProfile alex1 = tsu_profile("Alex");
  alex1.class_id = a;
  SaveProfile alex2 = tsu_profile("Alex");
  alex2.class_id = b;
  SaveProfile sam = tsu_profile("Sam");
  sam.class_id = a;
  assert_int_equal(save_profile_create(db, &alex1, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_profile_create(db, &alex2, msg, sizeof msg), SAVE_OK);  /* other class */
  assert_int_equal(save_profile_create(db, &sam, msg, sizeof msg), SAVE_OK);
  assert_int_equal(alex1.class_number, 1);
  assert_int_equal(sam.class_number, 2);
  assert_int_equal(alex2.class_number, 1);
  SaveProfile dup = tsu_profile("Sam");
  dup.class_id = a;
  assert_int_equal(save_profile_create(db, &dup, msg, sizeof msg), SAVE_CONFLICT);
  dup.class_id = 777;
  assert_int_equal(save_profile_create(db, &dup, msg, sizeof msg), SAVE_NOT_FOUND);

  SaveProfile found;
  assert_int_equal(save_profile_find(db, "Alex", SAVE_ANY_CLASS, &found, msg, sizeof msg),
                   SAVE_CONFLICT);
  assert_int_equal(save_profile_find(db, "Alex", b, &found, msg, sizeof msg), SAVE_OK);
  assert_int_equal(found.id, alex2.id);
  assert_int_equal(found.class_id, b);
  assert_int_equal(save_profile_find(db, "Alex", 0, &found, msg, sizeof msg), SAVE_NOT_FOUND);

  SaveClass c;
  assert_int_equal(save_class_find(db, "Year 12 Careers", &c, msg, sizeof msg), SAVE_OK);
  assert_int_equal(c.id, a);
  assert_int_equal(save_class_find(db, "Year 9", &c, msg, sizeof msg), SAVE_NOT_FOUND);
  SaveClass all[4];
  int total = 0;
  assert_int_equal(save_class_list(db, all, 4, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 2);
  assert_string_equal(all[1].name, "Year 13");

  /* Sam moves class: numbering continues there; a clash is refused. */
  assert_int_equal(save_class_set_member(db, b, sam.id, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_profile_get(db, sam.id, &found, msg, sizeof msg), SAVE_OK);
  assert_int_equal(found.class_id, b);
  assert_int_equal(found.class_number, 2);
  assert_int_equal(save_class_set_member(db, b, alex1.id, msg, sizeof msg), SAVE_CONFLICT);
  assert_int_equal(save_class_set_member(db, 0, alex1.id, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_profile_find(db, "Alex", 0, &found, msg, sizeof msg), SAVE_OK);
  assert_int_equal(found.class_id, 0);

  SaveProfile members[4];
  assert_int_equal(save_profile_list(db, b, members, 4, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 2);

  /* Sessions of a class's members, with names and numbers. */
  SaveSession s1 = tsu_session(alex2.id, "00000000000000000000000000000a01", "2026-11-02T09:00:00Z");
  snprintf(s1.workshop, sizeof s1.workshop, "FAIR42");
  SaveSession s2 = tsu_session(sam.id, "00000000000000000000000000000a02", "2026-11-02T09:05:00Z");
  SaveSession s3 = tsu_session(alex1.id, "00000000000000000000000000000a03", "2026-11-02T09:06:00Z");
  assert_int_equal(save_session_begin(db, &s1, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_session_begin(db, &s2, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_session_begin(db, &s3, msg, sizeof msg), SAVE_OK);
  SaveSessionRow rows[4];
  assert_int_equal(save_class_sessions(db, b, rows, 4, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 2);
  assert_string_equal(rows[0].profile_name, "Alex");
  assert_string_equal(rows[0].session.workshop, "FAIR42");
  assert_int_equal(rows[0].class_number, 1);
  assert_string_equal(rows[1].profile_name, "Sam");
  assert_int_equal(rows[1].class_number, 2);
}

static void test_session_begin_is_idempotent(void **state) {
  SaveDb *db = *state;
  char msg[256];
  int64_t pid = make_profile(db, "Maya");
  char guid[SAVE_GUID_MAX];
  assert_int_equal(save_guid_new(guid, sizeof guid, msg, sizeof msg), SAVE_OK);
  SaveSession s = tsu_session(pid, guid, "2026-11-26T01:00:00Z");
  snprintf(s.workshop, sizeof s.workshop, "ABC123");
  assert_int_equal(save_session_begin(db, &s, msg, sizeof msg), SAVE_OK);
  assert_true(s.id > 0);
  assert_int_equal(s.state, SAVE_SESSION_IN_PROGRESS);

  SaveSession again = tsu_session(pid, guid, "2026-11-26T02:00:00Z");  /* the game restarted */
  assert_int_equal(save_session_begin(db, &again, msg, sizeof msg), SAVE_OK);
  assert_int_equal(again.id, s.id);
  assert_string_equal(again.started, "2026-11-26T01:00:00Z");  /* the stored one */
  assert_string_equal(again.workshop, "ABC123");
  assert_int_equal(count(db, "SELECT count(*) FROM sessions"), 1);

  int64_t other = make_profile(db, "Someone else");
  SaveSession stolen = tsu_session(other, guid, "2026-11-26T02:00:00Z");
  assert_int_equal(save_session_begin(db, &stolen, msg, sizeof msg), SAVE_CONFLICT);
  SaveSession orphan = tsu_session(4242, "ffffffffffffffffffffffffffffffff", "2026-11-26T02:00:00Z");
  assert_int_equal(save_session_begin(db, &orphan, msg, sizeof msg), SAVE_NOT_FOUND);
  SaveSession empty = tsu_session(pid, "", "2026-11-26T02:00:00Z");
  assert_int_equal(save_session_begin(db, &empty, msg, sizeof msg), SAVE_MISUSE);
  assert_int_equal(count(db, "SELECT count(*) FROM sessions"), 1);

  SaveSession open;
  assert_int_equal(save_session_find_in_progress(db, pid, &open, msg, sizeof msg), SAVE_OK);
  assert_int_equal(open.id, s.id);
  assert_int_equal(open.seed, 0xfeedfacecafebeefULL);
  assert_int_equal(save_session_close(db, s.id, SAVE_SESSION_ABANDONED, "2026-11-26T03:00:00Z",
                                      msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_session_find_in_progress(db, pid, &open, msg, sizeof msg),
                   SAVE_NOT_FOUND);
  assert_int_equal(save_session_get(db, s.id, &open, msg, sizeof msg), SAVE_OK);
  assert_int_equal(open.state, SAVE_SESSION_ABANDONED);
  assert_string_equal(open.ended, "2026-11-26T03:00:00Z");
  assert_int_equal(save_session_close(db, 999, SAVE_SESSION_COMPLETED, NULL, msg, sizeof msg),
                   SAVE_NOT_FOUND);
}

static void test_conversation_round_trip(void **state) {
  SaveDb *db = *state;
  char msg[256];
  int64_t pid = make_profile(db, "Ana");
  SaveSession s = tsu_session(pid, "0123456789abcdef0123456789abcdef", "2026-11-26T01:00:00Z");
  assert_int_equal(save_session_begin(db, &s, msg, sizeof msg), SAVE_OK);

  SaveChoice c[3] = {tsu_choice(s.id, 1, 1, "maya_okafor"), tsu_choice(s.id, 2, 1, "maya_okafor"),
                     tsu_choice(s.id, 3, 1, "maya_okafor")};
  memset(c[2].reasons, 0, sizeof c[2].reasons);  /* records are compared byte for byte */
  snprintf(c[2].reasons, sizeof c[2].reasons, "offered_help");
  SaveRelation r = tsu_relation(pid, "maya_okafor", "Maya Okafor", 3);
  SaveGuess g = guess(s.id, 1, "maya_okafor", 2, 4);
  assert_int_equal(save_conversation(db, s.id, c, 3, &r, 1, &g, msg, sizeof msg), SAVE_OK);

  SaveChoice got[8];
  int total = 0;
  assert_int_equal(save_choices(db, s.id, got, 8, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 3);
  for (int i = 0; i < 3; i++) assert_memory_equal(&got[i], &c[i], sizeof c[i]);

  SaveRelation rel;
  assert_int_equal(save_relation_get(db, pid, "maya_okafor", &rel, msg, sizeof msg), SAVE_OK);
  assert_memory_equal(&rel, &r, sizeof r);
  assert_int_equal(save_relation_get(db, pid, "sam_lee", &rel, msg, sizeof msg), SAVE_NOT_FOUND);

  SaveGuess gs[4];
  assert_int_equal(save_guesses(db, s.id, gs, 4, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 1);
  assert_memory_equal(&gs[0], &g, sizeof g);

  /* Saving the same conversation again (resume after a crash) duplicates nothing. */
  r.tier = 4;
  assert_int_equal(save_conversation(db, s.id, c, 3, &r, 1, &g, msg, sizeof msg), SAVE_OK);
  assert_int_equal(count(db, "SELECT count(*) FROM choices"), 3);
  assert_int_equal(count(db, "SELECT count(*) FROM relations"), 1);
  assert_int_equal(count(db, "SELECT count(*) FROM guesses"), 1);
  assert_int_equal(save_relation_get(db, pid, "maya_okafor", &rel, msg, sizeof msg), SAVE_OK);
  assert_int_equal(rel.tier, 4);

  /* A second talk with another person; the roster is ordered by tier. */
  SaveChoice c2 = tsu_choice(s.id, 4, 2, "sam_lee");
  SaveRelation r2 = tsu_relation(pid, "sam_lee", "Sam Lee", 1);
  assert_int_equal(save_conversation(db, s.id, &c2, 1, &r2, 1, NULL, msg, sizeof msg), SAVE_OK);
  SaveRelation roster[4];
  assert_int_equal(save_roster(db, pid, roster, 4, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 2);
  assert_string_equal(roster[0].person, "maya_okafor");
  assert_memory_equal(&roster[1], &r2, sizeof r2);
}

static void test_failed_save_writes_nothing(void **state) {
  SaveDb *db = *state;
  char msg[256];
  int64_t pid = make_profile(db, "Ana");
  SaveSession s = tsu_session(pid, "11111111111111111111111111111111", "2026-11-26T01:00:00Z");
  assert_int_equal(save_session_begin(db, &s, msg, sizeof msg), SAVE_OK);
  SaveChoice c = tsu_choice(s.id, 1, 1, "maya_okafor");
  SaveRelation r[2] = {tsu_relation(pid, "maya_okafor", "Maya", 2),
                       tsu_relation(pid, "sam_lee", "Sam", 6)};  /* tier out of range */
  assert_int_equal(save_conversation(db, s.id, &c, 1, r, 2, NULL, msg, sizeof msg), SAVE_MISUSE);
  assert_true(strlen(msg) > 0);
  SaveGuess bad = guess(s.id, 1, "maya_okafor", 0, 9);  /* guesses are 1..5 */
  assert_int_equal(save_conversation(db, s.id, &c, 1, r, 1, &bad, msg, sizeof msg),
                   SAVE_CONFLICT);
  assert_int_equal(count(db, "SELECT count(*) FROM choices"), 0);
  assert_int_equal(count(db, "SELECT count(*) FROM relations"), 0);
  /* Choices for a session that does not exist. */
  assert_int_equal(save_conversation(db, 31337, &c, 1, NULL, 0, NULL, msg, sizeof msg),
                   SAVE_NOT_FOUND);
  assert_int_equal(save_conversation(db, s.id, NULL, 1, NULL, 0, NULL, msg, sizeof msg),
                   SAVE_MISUSE);
  assert_int_equal(save_conversation(NULL, s.id, &c, 1, NULL, 0, NULL, msg, sizeof msg),
                   SAVE_MISUSE);
  SaveChoice unterminated = c;
  memset(unterminated.node, 'x', sizeof unterminated.node);
  assert_int_equal(save_conversation(db, s.id, &unterminated, 1, NULL, 0, NULL, msg, sizeof msg),
                   SAVE_MISUSE);
  assert_int_equal(count(db, "SELECT count(*) FROM choices"), 0);
  assert_true(sqlite3_get_autocommit(save_sqlite(db)));  /* no transaction left open */
}

static void test_session_totals_and_skills(void **state) {
  SaveDb *db = *state;
  char msg[256];
  int64_t pid = make_profile(db, "Ana");
  SaveSession a = tsu_session(pid, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "2026-11-19T18:00:00Z");
  SaveSession b = tsu_session(pid, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "2026-11-26T18:00:00Z");
  assert_int_equal(save_session_begin(db, &b, msg, sizeof msg), SAVE_OK);  /* out of order */
  assert_int_equal(save_session_begin(db, &a, msg, sizeof msg), SAVE_OK);

  a.depth_gain = 7.5;
  a.network_strength = 12.25;
  a.callable = 2;
  a.cards = 3;
  a.online_connections = 9;
  a.energy_left = 41.5;
  a.conversations = 4;
  a.state = SAVE_SESSION_COMPLETED;
  snprintf(a.ended, sizeof a.ended, "2026-11-19T18:45:00Z");
  SaveSkills k;
  memset(&k, 0, sizeof k);
  k.session_id = a.id;
  const int values[SAVE_SKILL_COUNT] = {80, 65, 40, 55, 0, 90};
  memcpy(k.value, values, sizeof values);
  SaveRelation r = tsu_relation(pid, "maya_okafor", "Maya", 4);
  assert_int_equal(save_session_update(db, &a, &k, &r, 1, msg, sizeof msg), SAVE_OK);
  /* after the follow-up: only a changed relation and follow-through */
  k.value[SAVE_SKILL_FOLLOW_THROUGH] = 70;
  r.followed_up = true;
  assert_int_equal(save_session_update(db, &a, &k, &r, 1, msg, sizeof msg), SAVE_OK);

  SaveSession got;
  assert_int_equal(save_session_get(db, a.id, &got, msg, sizeof msg), SAVE_OK);
  assert_memory_equal(&got, &a, sizeof a);
  SaveSkills gk;
  assert_int_equal(save_skills_get(db, a.id, &gk, msg, sizeof msg), SAVE_OK);
  assert_memory_equal(&gk, &k, sizeof k);
  assert_int_equal(save_skills_get(db, b.id, &gk, msg, sizeof msg), SAVE_NOT_FOUND);

  SaveSessionRow rows[4];
  int total = 0;
  assert_int_equal(save_profile_sessions(db, pid, rows, 4, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 2);
  assert_int_equal(rows[0].session.id, a.id);  /* oldest first */
  assert_true(rows[0].has_skills);
  assert_int_equal(rows[0].skills.value[SAVE_SKILL_FOLLOW_THROUGH], 70);
  assert_string_equal(rows[0].profile_name, "Ana");
  assert_int_equal(rows[1].session.id, b.id);
  assert_false(rows[1].has_skills);

  SaveSession ghost = a;
  ghost.id = 5555;
  assert_int_equal(save_session_update(db, &ghost, NULL, NULL, 0, msg, sizeof msg),
                   SAVE_NOT_FOUND);
  k.value[0] = 101;
  assert_int_equal(save_session_update(db, &a, &k, NULL, 0, msg, sizeof msg), SAVE_MISUSE);
  assert_int_equal(save_skills_get(db, a.id, &gk, msg, sizeof msg), SAVE_OK);
  assert_int_equal(gk.value[0], 80);
}

static void test_weeks_and_reflections(void **state) {
  SaveDb *db = *state;
  char msg[256];
  int64_t pid = make_profile(db, "Ana");
  SaveMaintenance acts[2] = {maint(pid, 1, "maya_okafor", "coffee"),
                             maint(pid, 1, "sam_lee", "check_in")};
  SaveRelation r = tsu_relation(pid, "maya_okafor", "Maya", 5);
  assert_int_equal(save_week(db, pid, 1, acts, 2, &r, 1, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_week(db, pid, 1, acts, 2, &r, 1, msg, sizeof msg), SAVE_OK);  /* again */
  SaveMaintenance w2 = maint(pid, 2, "maya_okafor", "share_useful");
  assert_int_equal(save_week(db, pid, 2, &w2, 1, NULL, 0, msg, sizeof msg), SAVE_OK);
  SaveMaintenance got[8];
  int total = 0;
  assert_int_equal(save_maintenance_list(db, pid, got, 8, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 3);
  assert_memory_equal(&got[0], &acts[0], sizeof acts[0]);
  assert_memory_equal(&got[1], &acts[1], sizeof acts[1]);
  assert_memory_equal(&got[2], &w2, sizeof w2);

  SaveSession s = tsu_session(pid, "cccccccccccccccccccccccccccccccc", "2026-11-26T01:00:00Z");
  assert_int_equal(save_session_begin(db, &s, msg, sizeof msg), SAVE_OK);
  const char *text = "I asked Maya about her study before asking for anything. Ça marche — "
                     "next time: follow up within three days.";
  assert_int_equal(save_reflection_set(db, s.id, "first draft", msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_reflection_set(db, s.id, text, msg, sizeof msg), SAVE_OK);
  SaveReflection refl[2];
  assert_int_equal(save_reflections(db, pid, refl, 2, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 1);
  assert_string_equal(refl[0].text, text);
  assert_string_equal(refl[0].started, "2026-11-26T01:00:00Z");
  assert_int_equal(refl[0].session_id, s.id);
  assert_int_equal(save_reflection_set(db, 999, "x", msg, sizeof msg), SAVE_NOT_FOUND);
}

static void test_long_text_is_cut_at_a_character(void **state) {
  SaveDb *db = *state;
  char msg[256];
  int64_t pid = make_profile(db, "Ana");
  /* Another machine's save (merged later) may hold a longer name than fits the struct. */
  char name[200] = "";
  for (int i = 0; i < 40; i++) strcat(name, "é");  /* 80 bytes, 2 per character */
  char sql[512];
  snprintf(sql, sizeof sql, "UPDATE profiles SET name = '%s' WHERE id = %lld", name,
           (long long)pid);
  assert_int_equal(sqlite3_exec(save_sqlite(db), sql, NULL, NULL, NULL), SQLITE_OK);
  SaveProfile p;
  assert_int_equal(save_profile_get(db, pid, &p, msg, sizeof msg), SAVE_OK);
  assert_int_equal(strlen(p.name), 62);  /* 63 bytes would split the 32nd é */
  assert_memory_equal(p.name, name, 62);
}

static void test_batch(void **state) {
  SaveDb *db = *state;
  char msg[256];
  /* Rolled back: nothing stays. */
  assert_int_equal(save_batch_begin(db, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_batch_begin(db, msg, sizeof msg), SAVE_MISUSE);
  int64_t pid = make_profile(db, "Imported");
  SaveSession s = tsu_session(pid, "dddddddddddddddddddddddddddddddd", "2026-11-26T01:00:00Z");
  assert_int_equal(save_session_begin(db, &s, msg, sizeof msg), SAVE_OK);
  save_batch_rollback(db);
  save_batch_rollback(db);  /* harmless when none is open */
  assert_int_equal(count(db, "SELECT count(*) FROM profiles"), 0);
  assert_int_equal(count(db, "SELECT count(*) FROM sessions"), 0);
  assert_int_equal(save_batch_commit(db, msg, sizeof msg), SAVE_MISUSE);

  /* Committed: a failed save inside is undone alone, the rest is kept. */
  assert_int_equal(save_batch_begin(db, msg, sizeof msg), SAVE_OK);
  pid = make_profile(db, "Imported");
  s = tsu_session(pid, "dddddddddddddddddddddddddddddddd", "2026-11-26T01:00:00Z");
  assert_int_equal(save_session_begin(db, &s, msg, sizeof msg), SAVE_OK);
  SaveChoice c = tsu_choice(s.id, 1, 1, "maya_okafor");
  SaveRelation bad = tsu_relation(pid, "maya_okafor", "Maya", 9);
  assert_int_equal(save_conversation(db, s.id, &c, 1, &bad, 1, NULL, msg, sizeof msg),
                   SAVE_MISUSE);
  SaveRelation good = tsu_relation(pid, "maya_okafor", "Maya", 2);
  assert_int_equal(save_conversation(db, s.id, &c, 1, &good, 1, NULL, msg, sizeof msg), SAVE_OK);
  assert_false(sqlite3_get_autocommit(save_sqlite(db)));  /* still one open transaction */
  assert_int_equal(save_batch_commit(db, msg, sizeof msg), SAVE_OK);
  assert_true(sqlite3_get_autocommit(save_sqlite(db)));
  assert_int_equal(count(db, "SELECT count(*) FROM choices"), 1);
  assert_int_equal(count(db, "SELECT count(*) FROM relations WHERE tier = 2"), 1);
  SaveSession found;
  assert_int_equal(save_session_find_guid(db, s.guid, &found, msg, sizeof msg), SAVE_OK);
  assert_int_equal(found.id, s.id);
  assert_int_equal(save_session_find_guid(db, "00", &found, msg, sizeof msg), SAVE_NOT_FOUND);
}

static void test_names_and_guids(void **state) {
  (void)state;
  char a[SAVE_GUID_MAX], b[SAVE_GUID_MAX], msg[128];
  assert_int_equal(save_guid_new(a, sizeof a, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_guid_new(b, sizeof b, msg, sizeof msg), SAVE_OK);
  assert_int_equal(strlen(a), 32);
  assert_int_equal(strspn(a, "0123456789abcdef"), 32);
  assert_string_not_equal(a, b);
  assert_int_equal(save_guid_new(a, 8, msg, sizeof msg), SAVE_MISUSE);
  for (int i = 0; i < SAVE_STATUS_COUNT; i++) assert_string_not_equal(save_status_name(i), "unknown");
  assert_string_equal(save_status_name(SAVE_STATUS_COUNT), "unknown");
  assert_string_equal(save_skill_name(SAVE_SKILL_FOLLOW_THROUGH), "follow_through");
  assert_string_equal(save_skill_label(SAVE_SKILL_CURIOSITY), "Curiosity & listening");
  assert_null(save_skill_name(6));
}

static void test_default_path(void **state) {
  (void)state;
  char path[SAVE_PATH_MAX];
  /* The environment is main's business (docs/install.md): the module ignores it. */
  setenv("RAPPORT_SAVE", "/somewhere/else.db", 1);
  assert_int_equal(save_default_path(path, sizeof path), SAVE_OK);
  assert_string_equal(path, RAPPORT_SOURCE_DIR "/saves/rapport.db");
  unsetenv("RAPPORT_SAVE");
  assert_int_equal(save_set_default_path("/home/ana/.local/share/rapport/rapport.db"), SAVE_OK);
  assert_int_equal(save_default_path(path, sizeof path), SAVE_OK);
  assert_string_equal(path, "/home/ana/.local/share/rapport/rapport.db");
  assert_int_equal(save_default_path(path, 10), SAVE_MISUSE);
  char huge[SAVE_PATH_MAX + 8];
  memset(huge, 'a', sizeof huge - 1);
  huge[sizeof huge - 1] = '\0';
  assert_int_equal(save_set_default_path(huge), SAVE_MISUSE);
  assert_int_equal(save_default_path(path, sizeof path), SAVE_OK);
  assert_string_equal(path, RAPPORT_SOURCE_DIR "/saves/rapport.db");
  assert_int_equal(save_set_default_path(NULL), SAVE_OK);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_profiles_round_trip, setup, teardown),
    cmocka_unit_test_setup_teardown(test_classes, setup, teardown),
    cmocka_unit_test_setup_teardown(test_session_begin_is_idempotent, setup, teardown),
    cmocka_unit_test_setup_teardown(test_conversation_round_trip, setup, teardown),
    cmocka_unit_test_setup_teardown(test_failed_save_writes_nothing, setup, teardown),
    cmocka_unit_test_setup_teardown(test_session_totals_and_skills, setup, teardown),
    cmocka_unit_test_setup_teardown(test_weeks_and_reflections, setup, teardown),
    cmocka_unit_test_setup_teardown(test_long_text_is_cut_at_a_character, setup, teardown),
    cmocka_unit_test_setup_teardown(test_batch, setup, teardown),
    cmocka_unit_test(test_names_and_guids),
    cmocka_unit_test(test_default_path),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
