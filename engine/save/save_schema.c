/* save_schema.c — the schema's history: one forward migration per version, each applied in
 * its own transaction together with its PRAGMA user_version bump.
 * Shipped migrations are never edited: a change is a new migration at the end (and the
 * test fixtures in tests/save/test_save_migrate.c keep a verbatim copy of the old ones).
 * Depends on SQLite and the C library.
 */
#include <stdio.h>

#include "save/save_internal.h"

/* v1: profiles, sessions (with a global guid), choices, the roster, skills. */
static const char MIGRATE_V1[] =
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
  "PRAGMA application_id = 1380995156;";   /* SAVE_APPLICATION_ID, 0x52505054 */

/* v2: display preferences, the liking-gap guesses, reflections, weekly maintenance. */
static const char MIGRATE_V2[] =
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

/* v3: classes and their members, the workshop code a session was played under. */
static const char MIGRATE_V3[] =
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

/* v4 (issue 14): each member's anonymous number, random per class and stable (existing
 * members get a random order of 1..N); each profile's matching key (save_name_key, through
 * the rapport_name_key function registered for the migration) so "liam murphy" finds
 * "Liam Murphy". */
static const char MIGRATE_V4[] =
  "ALTER TABLE class_members ADD COLUMN anon INTEGER NOT NULL DEFAULT 0;"
  "CREATE TEMP TABLE anon_v4 AS SELECT profile_id, "
  "  row_number() OVER (PARTITION BY class_id ORDER BY random()) AS n FROM class_members;"
  "UPDATE class_members SET anon ="
  "  (SELECT n FROM anon_v4 WHERE anon_v4.profile_id = class_members.profile_id);"
  "DROP TABLE anon_v4;"
  "CREATE UNIQUE INDEX class_members_anon ON class_members(class_id, anon);"
  "ALTER TABLE profiles ADD COLUMN name_key TEXT NOT NULL DEFAULT '';"
  "UPDATE profiles SET name_key = rapport_name_key(name);"
  "CREATE INDEX profiles_by_key ON profiles(name_key);";

/* v5 (issue 14, c-store): a member's student number, which tells two students of the same
 * name apart (unique within a class when given); what a session's summary needs beyond its
 * totals, for the dashboard and results codes: follow-up messages sent, whether the player
 * left early, how often they rested. */
static const char MIGRATE_V5[] =
  "ALTER TABLE class_members ADD COLUMN student_no TEXT NOT NULL DEFAULT '';"
  "CREATE UNIQUE INDEX class_members_student_no ON class_members(class_id, student_no)"
  "  WHERE student_no <> '';"
  "ALTER TABLE sessions ADD COLUMN followups INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE sessions ADD COLUMN left_early INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE sessions ADD COLUMN rests INTEGER NOT NULL DEFAULT 0;";

/* v6 (issue 17, self-voicing): each profile's voice prefs — on/off, rate and volume in
 * percent (100 leaves a speech daemon's own setting). No CHECK on the new columns: adding a
 * column with one makes SQLite re-check every row's old constraints, so one crafted
 * out-of-range value elsewhere would stop the upgrade; reading clamps instead. */
static const char MIGRATE_V6[] =
  "ALTER TABLE profiles ADD COLUMN voice INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE profiles ADD COLUMN voice_rate INTEGER NOT NULL DEFAULT 100;"
  "ALTER TABLE profiles ADD COLUMN voice_volume INTEGER NOT NULL DEFAULT 100;";

/* v7 (issue 15, rehearsal): each rehearsed moment or drill try, one row a try, kept apart
 * from the session it came from (a rehearsal never changes the session played). */
static const char MIGRATE_V7[] =
  "CREATE TABLE rehearsals("
  "  id INTEGER PRIMARY KEY,"
  "  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
  "  session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,"
  "  drill TEXT NOT NULL DEFAULT '',"
  "  scenario TEXT NOT NULL,"
  "  person TEXT NOT NULL,"
  "  node TEXT NOT NULL,"
  "  choice TEXT NOT NULL,"
  "  style TEXT NOT NULL DEFAULT '',"
  "  with_hint INTEGER NOT NULL DEFAULT 0,"
  "  result TEXT NOT NULL CHECK(result IN ('well', 'again')),"
  "  d_interest REAL NOT NULL DEFAULT 0,"
  "  created TEXT NOT NULL);"
  "CREATE INDEX rehearsals_by_profile ON rehearsals(profile_id, created);";

/* v8 (issue 16, difficulty and the practice plan): the difficulty each profile chose (a
 * new profile starts gentle; profiles from before keep the standard evening they knew),
 * the difficulty each session was played at (sessions from before were standard) and the
 * calendar day it was played on (days since 2000-01-01, the roster's calendar; from before,
 * the date it started, else NULL), and how many observations each skill score rests on
 * ("3,0,2,1,0,4" in skill order; '' before: unknown). No CHECK on the new columns (as v6):
 * adding one makes SQLite re-check every old row, so one crafted value would stop the
 * upgrade; an unknown difficulty reads as the default instead. */
static const char MIGRATE_V8[] =
  "ALTER TABLE profiles ADD COLUMN difficulty TEXT NOT NULL DEFAULT 'gentle';"
  "UPDATE profiles SET difficulty = 'standard';"
  "ALTER TABLE sessions ADD COLUMN difficulty TEXT NOT NULL DEFAULT 'standard';"
  "ALTER TABLE sessions ADD COLUMN day INTEGER;"
  "ALTER TABLE skills ADD COLUMN evidence TEXT NOT NULL DEFAULT '';"
  "UPDATE sessions SET day = CAST(julianday(substr(started, 1, 10)) - julianday('2000-01-01') AS INTEGER)"
  "  WHERE julianday(substr(started, 1, 10)) IS NOT NULL;";

static const char *const MIGRATIONS[SAVE_SCHEMA_VERSION] = {
  MIGRATE_V1, MIGRATE_V2, MIGRATE_V3, MIGRATE_V4, MIGRATE_V5, MIGRATE_V6, MIGRATE_V7, MIGRATE_V8,
};

/* rapport_name_key(name): save_name_key in SQL, for MIGRATE_V4. */
static void name_key_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  const unsigned char *name = sqlite3_value_text(argv[0]);
  char key[4 * SAVE_NAME_MAX];
  if (name == NULL || !save_name_key((const char *)name, key, sizeof key)) key[0] = '\0';
  sqlite3_result_text(ctx, key, -1, SQLITE_TRANSIENT);
}

static int read_version(sqlite3 *db, int *version) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL);
  if (rc == SQLITE_OK) {
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
      *version = sqlite3_column_int(st, 0);
      rc = SQLITE_OK;
    }
  }
  sqlite3_finalize(st);
  return rc;
}

SaveStatus save_schema_migrate(sqlite3 *db, int from, char *msg, size_t msglen) {
  /* MIGRATIONS is indexed by the version found in the file: never outside its bounds. */
  if (from < 0 || from > SAVE_SCHEMA_VERSION) {
    save_msgf(msg, msglen, "the save says it has schema version %d, which Rapport never wrote",
              from);
    return SAVE_DAMAGED;
  }
  if (from < SAVE_SCHEMA_VERSION)
    (void)sqlite3_create_function(db, "rapport_name_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                  NULL, name_key_fn, NULL, NULL);
  for (int v = from; v < SAVE_SCHEMA_VERSION; v++) {
    char what[64];
    snprintf(what, sizeof what, "upgrading the save to version %d", v + 1);
    int rc = save_sql_exec(db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) return save_sql_fail(db, rc, what, msg, msglen);
    int found = 0;
    rc = read_version(db, &found);
    if (rc == SQLITE_OK && found == v) {  /* another process may have migrated meanwhile */
      rc = save_sql_exec(db, MIGRATIONS[v]);
      if (rc == SQLITE_OK) {
        char bump[48];
        snprintf(bump, sizeof bump, "PRAGMA user_version = %d", v + 1);
        rc = save_sql_exec(db, bump);
      }
    } else if (rc == SQLITE_OK && found > v && found <= SAVE_SCHEMA_VERSION) {
      v = found - 1;
    } else if (rc == SQLITE_OK) {
      (void)save_sql_exec(db, "ROLLBACK");
      save_msgf(msg, msglen, "%s: the save's version changed to %d meanwhile", what, found);
      return SAVE_DAMAGED;
    }
    if (rc == SQLITE_OK) rc = save_sql_exec(db, "COMMIT");
    if (rc != SQLITE_OK) {
      SaveStatus st = save_sql_fail(db, rc, what, msg, msglen);
      if (!sqlite3_get_autocommit(db)) (void)save_sql_exec(db, "ROLLBACK");
      return st;
    }
  }
  return SAVE_OK;
}
