/* save_profile.c — profiles, their preferences, classes and class membership.
 * A profile's name is unique within its class (or among profiles without a class), so two
 * classes may each have an "Alex"; class_members holds the student number for anonymous
 * views. Depends on SQLite and the C library.
 */
#include <string.h>

#include "save/save_internal.h"

/* A random anonymous number not yet used in class `class_id`, from 1 to max(99, 3 x the
 * class's size): random so that "Student 9" says nothing about the name's place in the
 * alphabet or the order students joined in. */
static int pick_anon(SaveDb *db, int64_t class_id, int *out) {
  sqlite3_stmt *st = NULL;
  int members = 0;
  int rc = sqlite3_prepare_v2(db->db, "SELECT count(*) FROM class_members WHERE class_id = ?1",
                              -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, class_id);
    if (sqlite3_step(st) == SQLITE_ROW) members = sqlite3_column_int(st, 0);
    else rc = sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK) return rc;
  int range = 3 * (members + 1) > 99 ? 3 * (members + 1) : 99;
  rc = sqlite3_prepare_v2(db->db, "SELECT 1 FROM class_members WHERE class_id = ?1 AND anon = ?2",
                          -1, &st, NULL);
  /* At most a third of the range is taken, so a free number turns up in a few draws. */
  for (int tries = 0; rc == SQLITE_OK; tries++) {
    unsigned r = 0;
    sqlite3_randomness((int)sizeof r, &r);
    int n = tries < 1000 ? (int)(r % (unsigned)range) + 1 : members + 1 + tries;
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, class_id);
    sqlite3_bind_int(st, 2, n);
    int got = sqlite3_step(st);
    if (got == SQLITE_DONE) { *out = n; break; }
    if (got != SQLITE_ROW) rc = sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  return rc;
}

/* Sets profile `id`'s matching key from its name (inside the caller's transaction). */
static int set_key(SaveDb *db, int64_t id, const char *name) {
  char key[4 * SAVE_NAME_MAX];
  if (!save_name_key(name, key, sizeof key)) key[0] = '\0';
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db, "UPDATE profiles SET name_key = ?1 WHERE id = ?2", -1,
                              &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  return rc;
}

#define PROFILE_COLUMNS \
  "p.id, p.name, COALESCE(m.class_id, 0), COALESCE(m.number, 0), p.introvert, p.clock, " \
  "p.hints, p.text_size, p.high_contrast, p.reduced_motion, COALESCE(m.anon, 0), " \
  "p.voice, p.voice_rate, p.voice_volume, COALESCE(m.student_no, ''), p.difficulty"
#define PROFILE_FROM " FROM profiles p LEFT JOIN class_members m ON m.profile_id = p.id "

static void read_profile(sqlite3_stmt *st, SaveProfile *p) {
  memset(p, 0, sizeof *p);
  p->id = sqlite3_column_int64(st, 0);
  save_copy_text(p->name, sizeof p->name, sqlite3_column_text(st, 1));
  p->class_id = sqlite3_column_int64(st, 2);
  p->class_number = sqlite3_column_int(st, 3);
  p->introvert_practice = sqlite3_column_int(st, 4) != 0;
  p->clock_on = sqlite3_column_int(st, 5) != 0;
  p->hints_on = sqlite3_column_int(st, 6) != 0;
  p->text_size = sqlite3_column_int(st, 7);
  p->high_contrast = sqlite3_column_int(st, 8) != 0;
  p->reduced_motion = sqlite3_column_int(st, 9) != 0;
  p->anon_number = sqlite3_column_int(st, 10);
  p->voice_on = sqlite3_column_int(st, 11) != 0;
  int rate = sqlite3_column_int(st, 12), volume = sqlite3_column_int(st, 13);
  p->voice_rate = rate < 50 ? 50 : rate > 250 ? 250 : rate;         /* a crafted file: clamp */
  p->voice_volume = volume < 0 ? 0 : volume > 100 ? 100 : volume;
  save_copy_text(p->student_no, sizeof p->student_no, sqlite3_column_text(st, 14));
  int difficulty = save_difficulty_from_name((const char *)sqlite3_column_text(st, 15));
  p->difficulty = difficulty < 0 ? SAVE_DIFFICULTY_GENTLE : difficulty;
}

static bool db_ok(SaveDb *db, char *msg, size_t msglen) {
  if (db != NULL && db->db != NULL) return true;
  save_msgf(msg, msglen, "no save is open");
  return false;
}

/* How many profiles other than `except` are called `name` in class `class_id` (0: none).
 * Two members of a class may share a name when both have student numbers, which differ. */
static int name_taken(SaveDb *db, const char *name, int64_t class_id, int64_t except,
                      const char *number, int *count) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db,
      "SELECT count(*)" PROFILE_FROM
      "WHERE p.name = ?1 AND COALESCE(m.class_id, 0) = ?2 AND p.id <> ?3 AND "
      "(?2 = 0 OR ?4 = '' OR COALESCE(m.student_no, '') IN ('', ?4))", -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, class_id);
    sqlite3_bind_int64(st, 3, except);
    sqlite3_bind_text(st, 4, number ? number : "", -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) { *count = sqlite3_column_int(st, 0); rc = SQLITE_OK; }
  }
  sqlite3_finalize(st);
  return rc;
}

/* Puts profile `id` in class `class_id` (inside the caller's transaction). */
static int set_member(SaveDb *db, int64_t class_id, int64_t id) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db, "DELETE FROM class_members WHERE profile_id = ?1", -1,
                              &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, id);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK || class_id == 0) return rc;
  int anon = 0;
  rc = pick_anon(db, class_id, &anon);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db->db,
        "INSERT INTO class_members(profile_id, class_id, number, anon) VALUES(?1, ?2, "
        "(SELECT COALESCE(max(number), 0) + 1 FROM class_members WHERE class_id = ?2), ?3)",
        -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, class_id);
    sqlite3_bind_int(st, 3, anon);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  return rc;
}

static SaveStatus check_class(SaveDb *db, int64_t class_id, char *msg, size_t msglen) {
  if (class_id == 0) return SAVE_OK;
  int n = 0;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db, "SELECT count(*) FROM classes WHERE id = ?1", -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, class_id);
    if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int(st, 0);
    else rc = sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK) return save_sql_fail(db->db, rc, "finding the class", msg, msglen);
  if (n == 0) {
    save_msgf(msg, msglen, "There is no class with id %lld.", (long long)class_id);
    return SAVE_NOT_FOUND;
  }
  return SAVE_OK;
}

/* The voice prefs at parameters first..first+2; a rate or volume of 0 (a profile made in
 * code without them) is stored as 100%, the normal. */
static void bind_voice(sqlite3_stmt *st, const SaveProfile *p, int first) {
  sqlite3_bind_int(st, first, p->voice_on);
  sqlite3_bind_int(st, first + 1, p->voice_rate ? p->voice_rate : 100);
  sqlite3_bind_int(st, first + 2, p->voice_volume ? p->voice_volume : 100);
}

static bool valid_profile(const SaveProfile *p) {
  return p != NULL && p->name[0] != '\0' && memchr(p->name, '\0', sizeof p->name) != NULL &&
         p->text_size >= 0 && p->text_size <= 2 && p->class_id >= 0 &&
         ((p->voice_rate >= 50 && p->voice_rate <= 250) || p->voice_rate == 0) &&
         p->voice_volume >= 0 && p->voice_volume <= 100 &&
         save_difficulty_name(p->difficulty) != NULL;
}

SaveStatus save_profile_create(SaveDb *db, SaveProfile *p, char *msg, size_t msglen) {
  if (!valid_profile(p)) {
    save_msgf(msg, msglen, "creating a profile: it needs a name, a text size of 0 to 2 and a known difficulty");
    return SAVE_MISUSE;
  }
  SaveStatus s = save_tx_begin(db, "creating a profile", msg, msglen);
  if (s != SAVE_OK) return s;
  s = check_class(db, p->class_id, msg, msglen);
  if (s != SAVE_OK) return save_tx_abort(db, s);
  int taken = 0;
  int rc = name_taken(db, p->name, p->class_id, 0, p->student_no, &taken);
  if (rc == SQLITE_OK && taken > 0) {
    save_msgf(msg, msglen, "There is already a profile called \"%s\"%s.", p->name,
              p->class_id ? " in this class" : "");
    return save_tx_abort(db, SAVE_CONFLICT);
  }
  sqlite3_stmt *st = NULL;
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db->db,
        "INSERT INTO profiles(name, introvert, clock, hints, text_size, high_contrast, "
        "reduced_motion, voice, voice_rate, voice_volume, difficulty) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, p->name, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, p->introvert_practice);
    sqlite3_bind_int(st, 3, p->clock_on);
    sqlite3_bind_int(st, 4, p->hints_on);
    sqlite3_bind_int(st, 5, p->text_size);
    sqlite3_bind_int(st, 6, p->high_contrast);
    sqlite3_bind_int(st, 7, p->reduced_motion);
    bind_voice(st, p, 8);
    sqlite3_bind_text(st, 11, save_difficulty_name(p->difficulty), -1, SQLITE_STATIC);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  int64_t id = sqlite3_last_insert_rowid(db->db);
  if (rc == SQLITE_OK) rc = set_key(db, id, p->name);
  if (rc == SQLITE_OK) rc = set_member(db, p->class_id, id);
  if (rc == SQLITE_OK && p->class_id != 0 && p->student_no[0] != '\0') {
    if (!save_student_no_valid(p->student_no)) {
      save_msgf(msg, msglen, "the student number \"%.30s\" may hold only letters, digits, - and /",
                p->student_no);
      return save_tx_abort(db, SAVE_MISUSE);
    }
    rc = save_student_no_put(db, id, p->student_no);
    if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT) {
      save_msgf(msg, msglen, "Another student of the class has the number %s.", p->student_no);
      return save_tx_abort(db, SAVE_CONFLICT);
    }
  }
  if (rc != SQLITE_OK)
    return save_tx_abort(db, save_sql_fail(db->db, rc, "creating a profile", msg, msglen));
  s = save_tx_commit(db, "creating a profile", msg, msglen);
  if (s != SAVE_OK) return s;
  return save_profile_get(db, id, p, msg, msglen);
}

SaveStatus save_profile_update(SaveDb *db, const SaveProfile *p, char *msg, size_t msglen) {
  if (!valid_profile(p)) {
    save_msgf(msg, msglen, "updating a profile: it needs a name, a text size of 0 to 2 and a known difficulty");
    return SAVE_MISUSE;
  }
  SaveStatus s = save_tx_begin(db, "updating a profile", msg, msglen);
  if (s != SAVE_OK) return s;
  SaveProfile now;
  s = save_profile_get(db, p->id, &now, msg, msglen);
  if (s != SAVE_OK) return save_tx_abort(db, s);
  int taken = 0;
  int rc = name_taken(db, p->name, now.class_id, p->id, now.student_no, &taken);
  if (rc == SQLITE_OK && taken > 0) {
    save_msgf(msg, msglen, "There is already a profile called \"%s\".", p->name);
    return save_tx_abort(db, SAVE_CONFLICT);
  }
  sqlite3_stmt *st = NULL;
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db->db,
        "UPDATE profiles SET name = ?1, introvert = ?2, clock = ?3, hints = ?4, text_size = ?5, "
        "high_contrast = ?6, reduced_motion = ?7, voice = ?9, voice_rate = ?10, voice_volume = ?11, "
        "difficulty = ?12 WHERE id = ?8", -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, p->name, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, p->introvert_practice);
    sqlite3_bind_int(st, 3, p->clock_on);
    sqlite3_bind_int(st, 4, p->hints_on);
    sqlite3_bind_int(st, 5, p->text_size);
    sqlite3_bind_int(st, 6, p->high_contrast);
    sqlite3_bind_int(st, 7, p->reduced_motion);
    bind_voice(st, p, 9);
    sqlite3_bind_int64(st, 8, p->id);
    sqlite3_bind_text(st, 12, save_difficulty_name(p->difficulty), -1, SQLITE_STATIC);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  if (rc == SQLITE_OK) rc = set_key(db, p->id, p->name);
  if (rc != SQLITE_OK)
    return save_tx_abort(db, save_sql_fail(db->db, rc, "updating a profile", msg, msglen));
  return save_tx_commit(db, "updating a profile", msg, msglen);
}

SaveStatus save_profile_get(SaveDb *db, int64_t id, SaveProfile *out, char *msg, size_t msglen) {
  if (!db_ok(db, msg, msglen) || out == NULL) return SAVE_MISUSE;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db, "SELECT " PROFILE_COLUMNS PROFILE_FROM "WHERE p.id = ?1",
                              -1, &st, NULL);
  SaveStatus s = SAVE_OK;
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, id);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) { read_profile(st, out); rc = SQLITE_OK; }
    else if (rc == SQLITE_DONE) {
      save_msgf(msg, msglen, "There is no profile with id %lld.", (long long)id);
      s = SAVE_NOT_FOUND;
      rc = SQLITE_OK;
    }
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK) return save_sql_fail(db->db, rc, "reading a profile", msg, msglen);
  return s;
}

/* Runs a profile query filtered by class (?2) and optionally name (?1). */
static SaveStatus query_profiles(SaveDb *db, const char *name, int64_t class_id, SaveProfile *out,
                                 int max, int *total, char *msg, size_t msglen) {
  if (!db_ok(db, msg, msglen)) return SAVE_MISUSE;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db,
      "SELECT " PROFILE_COLUMNS PROFILE_FROM
      "WHERE (?1 IS NULL OR p.name = ?1) AND (?2 < 0 OR COALESCE(m.class_id, 0) = ?2) "
      "ORDER BY p.name, p.id", -1, &st, NULL);
  int n = 0;
  if (rc == SQLITE_OK) {
    if (name) sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, class_id);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      if (n < max && out != NULL) read_profile(st, &out[n]);
      n++;
    }
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  sqlite3_finalize(st);
  if (total) *total = n;
  if (rc != SQLITE_OK) return save_sql_fail(db->db, rc, "listing profiles", msg, msglen);
  return SAVE_OK;
}

SaveStatus save_profile_find(SaveDb *db, const char *name, int64_t class_id, SaveProfile *out,
                             char *msg, size_t msglen) {
  if (name == NULL || out == NULL) return SAVE_MISUSE;
  int total = 0;
  SaveStatus s = query_profiles(db, name, class_id, out, 1, &total, msg, msglen);
  if (s != SAVE_OK) return s;
  if (total == 0) {
    save_msgf(msg, msglen, "There is no profile called \"%s\".", name);
    return SAVE_NOT_FOUND;
  }
  if (total > 1) {
    save_msgf(msg, msglen, "%d profiles are called \"%s\" (in different classes); say which "
              "class.", total, name);
    return SAVE_CONFLICT;
  }
  return SAVE_OK;
}

SaveStatus save_profile_list(SaveDb *db, int64_t class_id, SaveProfile *out, int max, int *total,
                             char *msg, size_t msglen) {
  return query_profiles(db, NULL, class_id, out, max, total, msg, msglen);
}

SaveStatus save_class_create(SaveDb *db, const char *name, int64_t *id, char *msg, size_t msglen) {
  if (name == NULL || name[0] == '\0' || strlen(name) >= SAVE_NAME_MAX) {
    save_msgf(msg, msglen, "creating a class: it needs a name under %d bytes", SAVE_NAME_MAX);
    return SAVE_MISUSE;
  }
  SaveStatus s = save_tx_begin(db, "creating a class", msg, msglen);
  if (s != SAVE_OK) return s;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db, "INSERT INTO classes(name) VALUES(?1)", -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db->db);
  }
  sqlite3_finalize(st);
  if (rc == SQLITE_CONSTRAINT_UNIQUE) {
    save_msgf(msg, msglen, "There is already a class called \"%s\".", name);
    return save_tx_abort(db, SAVE_CONFLICT);
  }
  if (rc != SQLITE_OK)
    return save_tx_abort(db, save_sql_fail(db->db, rc, "creating a class", msg, msglen));
  if (id) *id = sqlite3_last_insert_rowid(db->db);
  return save_tx_commit(db, "creating a class", msg, msglen);
}

static SaveStatus query_classes(SaveDb *db, const char *name, SaveClass *out, int max,
                                int *total, char *msg, size_t msglen) {
  if (!db_ok(db, msg, msglen)) return SAVE_MISUSE;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db,
      "SELECT id, name FROM classes WHERE ?1 IS NULL OR name = ?1 ORDER BY name", -1, &st, NULL);
  int n = 0;
  if (rc == SQLITE_OK) {
    if (name) sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      if (n < max && out != NULL) {
        out[n].id = sqlite3_column_int64(st, 0);
        save_copy_text(out[n].name, sizeof out[n].name, sqlite3_column_text(st, 1));
      }
      n++;
    }
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  sqlite3_finalize(st);
  if (total) *total = n;
  if (rc != SQLITE_OK) return save_sql_fail(db->db, rc, "listing classes", msg, msglen);
  return SAVE_OK;
}

SaveStatus save_class_find(SaveDb *db, const char *name, SaveClass *out, char *msg, size_t msglen) {
  if (name == NULL || out == NULL) return SAVE_MISUSE;
  int total = 0;
  SaveStatus s = query_classes(db, name, out, 1, &total, msg, msglen);
  if (s == SAVE_OK && total == 0) {
    save_msgf(msg, msglen, "There is no class called \"%s\".", name);
    return SAVE_NOT_FOUND;
  }
  return s;
}

SaveStatus save_class_list(SaveDb *db, SaveClass *out, int max, int *total, char *msg,
                           size_t msglen) {
  return query_classes(db, NULL, out, max, total, msg, msglen);
}

SaveStatus save_class_set_member(SaveDb *db, int64_t class_id, int64_t profile_id, char *msg,
                                 size_t msglen) {
  SaveStatus s = save_tx_begin(db, "changing a class", msg, msglen);
  if (s != SAVE_OK) return s;
  SaveProfile p;
  s = check_class(db, class_id, msg, msglen);
  if (s == SAVE_OK) s = save_profile_get(db, profile_id, &p, msg, msglen);
  if (s != SAVE_OK) return save_tx_abort(db, s);
  if (p.class_id == class_id) return save_tx_commit(db, "changing a class", msg, msglen);
  int taken = 0;
  int rc = name_taken(db, p.name, class_id, profile_id, p.student_no, &taken);
  if (rc == SQLITE_OK && taken > 0) {
    save_msgf(msg, msglen, "That class already has a profile called \"%s\".", p.name);
    return save_tx_abort(db, SAVE_CONFLICT);
  }
  if (rc == SQLITE_OK) rc = set_member(db, class_id, profile_id);
  if (rc != SQLITE_OK)
    return save_tx_abort(db, save_sql_fail(db->db, rc, "changing a class", msg, msglen));
  return save_tx_commit(db, "changing a class", msg, msglen);
}
