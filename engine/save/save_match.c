/* save_match.c — matching an incoming student to a member of the teacher's class (see
 * save_match.h): a student number wins; then the name's key (case, accents, spaces aside);
 * two members sharing that name need the number to say which; a name a typo or two away
 * from a member's is never made a new member silently — the teacher's choice decides, or
 * the student is held back. Depends on SQLite and the store's API.
 */
#include <stdlib.h>
#include <string.h>

#include "save/save_internal.h"
#include "save/save_match.h"

int save_name_distance(const char *a, const char *b, int limit) {
  size_t n = strlen(a), m = strlen(b);
  if (n > 60 || m > 60) return limit + 1;
  if ((n > m ? n - m : m - n) > (size_t)limit) return limit + 1;
  int d[61][61];
  for (size_t i = 0; i <= n; i++) d[i][0] = (int)i;
  for (size_t j = 0; j <= m; j++) d[0][j] = (int)j;
  for (size_t i = 1; i <= n; i++) {
    int row_min = d[i][0];
    for (size_t j = 1; j <= m; j++) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = d[i - 1][j] + 1;
      if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
      if (d[i - 1][j - 1] + cost < v) v = d[i - 1][j - 1] + cost;
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
        v = d[i - 2][j - 2] + 1;
      d[i][j] = v;
      if (v < row_min) row_min = v;
    }
    if (row_min > limit) return limit + 1;
  }
  return d[n][m] > limit ? limit + 1 : d[n][m];
}

/* Whether two keys carry the same digits in the same order: "Student 0001" and "Student
 * 0002" differ by one character but are two students, never a typo of each other. */
static bool same_digits(const char *a, const char *b) {
  for (;;) {
    while (*a && (*a < '0' || *a > '9')) a++;
    while (*b && (*b < '0' || *b > '9')) b++;
    if (*a != *b) return false;
    if (*a == '\0') return true;
    a++;
    b++;
  }
}

SaveStatus save_name_suggest(SaveDb *db, int64_t class_id, const char *name,
                             SaveNameSuggestion *out, char *msg, size_t msglen) {
  if (db == NULL || name == NULL || out == NULL) return SAVE_MISUSE;
  memset(out, 0, sizeof *out);
  char norm[SAVE_NAME_MAX], key[4 * SAVE_NAME_MAX];
  if (!save_name_normalise(name, norm, sizeof norm) || !save_name_key(norm, key, sizeof key)) {
    save_msgf(msg, msglen, "the name \"%.40s…\" is too long", name);
    return SAVE_MISUSE;
  }
  save_copy_text(out->incoming, sizeof out->incoming, (const unsigned char *)norm);
  size_t klen = strlen(key);
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db->db,
      "SELECT p.id, p.name_key, p.name, m.number, m.student_no FROM profiles p "
      "JOIN class_members m ON m.profile_id = p.id WHERE m.class_id = ?1 "
      "AND length(p.name_key) BETWEEN ?2 - ?3 AND ?2 + ?3 ORDER BY m.number", -1, &st, NULL);
  int best = SAVE_SUGGEST_MAX_DISTANCE + 1;
  bool exact = false;
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, class_id);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)klen);
    sqlite3_bind_int(st, 3, SAVE_SUGGEST_MAX_DISTANCE);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && !exact) {
      const char *k = (const char *)sqlite3_column_text(st, 1);
      if (k == NULL || !same_digits(key, k)) continue;
      int d = save_name_distance(key, k, SAVE_SUGGEST_MAX_DISTANCE);
      if (d == 0) exact = true;
      /* fewer edits than a third of the name: "Al" is not "Ali", "Liam Murhpy" is Liam Murphy */
      if (d > 0 && d < best && (size_t)d * 3 < klen) {
        best = d;
        out->member_id = sqlite3_column_int64(st, 0);
        save_copy_text(out->member, sizeof out->member, sqlite3_column_text(st, 2));
        out->member_number = sqlite3_column_int(st, 3);
        save_copy_text(out->member_no, sizeof out->member_no, sqlite3_column_text(st, 4));
        out->distance = d;
      }
    }
    rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db->db);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK) return save_sql_fail(db->db, rc, "looking for similar names", msg, msglen);
  if (exact || out->member_id == 0) {
    out->member_id = 0;
    out->distance = 0;
    out->member[0] = '\0';
    return SAVE_NOT_FOUND;
  }
  return SAVE_OK;
}

/* Members of the class whose key is `key`: their count, and the first one's id. */
static int same_key(SaveDb *db, int64_t class_id, const char *key, int64_t *first) {
  sqlite3_stmt *st = NULL;
  int n = -1;
  *first = 0;
  if (sqlite3_prepare_v2(db->db, "SELECT p.id FROM profiles p JOIN class_members m ON "
                         "m.profile_id = p.id WHERE m.class_id = ?1 AND p.name_key = ?2 "
                         "ORDER BY m.number", -1, &st, NULL) == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, class_id);
    sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
    n = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
      if (n++ == 0) *first = sqlite3_column_int64(st, 0);
    if (rc != SQLITE_DONE) n = -1;
  }
  sqlite3_finalize(st);
  return n;
}

static SaveStatus create_member(SaveDb *dst, const SaveClass *cls, const char *name,
                                const char *number, const SaveProfile *prefs, SaveProfile *out,
                                char *msg, size_t msglen) {
  SaveProfile p;
  memset(&p, 0, sizeof p);
  if (prefs) p = *prefs;
  p.id = 0;
  p.class_number = p.anon_number = 0;
  save_copy_text(p.name, sizeof p.name, (const unsigned char *)name);
  save_copy_text(p.student_no, sizeof p.student_no,
                 (const unsigned char *)(number && save_student_no_valid(number) ? number : ""));
  p.class_id = cls->id;
  if (p.text_size < 0 || p.text_size > 2) p.text_size = 0;
  if (!prefs) p.clock_on = true;
  SaveStatus st = save_profile_create(dst, &p, msg, msglen);
  if (st == SAVE_OK) *out = p;
  return st;
}

static const SaveNameChoice *choice_for(const SaveImportOptions *o, const char *key) {
  for (int i = 0; o && o->choices && i < o->nchoices; i++) {
    char k[4 * SAVE_NAME_MAX];
    if (save_name_key(o->choices[i].incoming, k, sizeof k) && strcmp(k, key) == 0)
      return &o->choices[i];
  }
  return NULL;
}

SaveStatus save_match_student(SaveDb *dst, const SaveClass *cls, const char *name,
                              const char *number, const SaveProfile *prefs,
                              const SaveImportOptions *opts, SaveProfile *out, SaveMatch *how,
                              SaveNameSuggestion *held, char *msg, size_t msglen) {
  memset(held, 0, sizeof *held);
  save_copy_text(held->incoming, sizeof held->incoming, (const unsigned char *)name);
  save_copy_text(held->incoming_no, sizeof held->incoming_no, (const unsigned char *)number);
  char key[4 * SAVE_NAME_MAX];
  if (!save_name_key(name, key, sizeof key)) {
    save_msgf(msg, msglen, "the name \"%.40s…\" is too long", name);
    return SAVE_MISUSE;
  }
  /* A student number the class knows is the student, whatever the name was typed as. */
  if (number[0] != '\0') {
    SaveStatus st = save_profile_find_student_no(dst, cls->id, number, out, msg, msglen);
    if (st == SAVE_OK) { *how = SAVE_MATCH_JOINED; return SAVE_OK; }
    if (st != SAVE_NOT_FOUND) return st;
  }
  int64_t first = 0;
  int n = same_key(dst, cls->id, key, &first);
  if (n < 0) return save_sql_fail(dst->db, sqlite3_errcode(dst->db), "finding a student", msg, msglen);
  if (n == 1) {
    SaveStatus st = save_profile_get(dst, first, out, msg, msglen);
    if (st != SAVE_OK) return st;
    /* Same name, another number: a different student of the same name. */
    if (number[0] != '\0' && out->student_no[0] != '\0') {
      *how = SAVE_MATCH_CREATED;
      return create_member(dst, cls, name, number, prefs, out, msg, msglen);
    }
    *how = SAVE_MATCH_JOINED;
    return SAVE_OK;
  }
  if (n > 1) {
    /* Several members of this name and no number that is one of theirs. */
    *how = SAVE_MATCH_HELD;
    held->distance = 0;
    save_msgf(msg, msglen, "%d students of the class are called \"%s\" and %s", n, name,
              number[0] ? "none has this student number" : "the student's number is not given");
    return SAVE_OK;
  }
  const SaveNameChoice *c = choice_for(opts, key);
  if (c != NULL && c->member_id > 0) {
    SaveStatus st = save_profile_get(dst, c->member_id, out, msg, msglen);
    if (st == SAVE_OK && out->class_id != cls->id) {
      save_msgf(msg, msglen, "\"%s\" was matched to a student of another class", name);
      st = SAVE_MISUSE;
    }
    if (st == SAVE_OK) *how = SAVE_MATCH_JOINED;
    return st;
  }
  if (c == NULL) {
    SaveNameSuggestion s;
    SaveStatus st = save_name_suggest(dst, cls->id, name, &s, msg, msglen);
    if (st != SAVE_OK && st != SAVE_NOT_FOUND) return st;
    if (st == SAVE_OK) {
      save_copy_text(s.incoming_no, sizeof s.incoming_no, (const unsigned char *)number);
      SaveNearPolicy near = opts ? opts->near : SAVE_NEAR_HOLD;
      if (near == SAVE_NEAR_ACCEPT) {
        *how = SAVE_MATCH_JOINED;
        return save_profile_get(dst, s.member_id, out, msg, msglen);
      }
      if (near == SAVE_NEAR_HOLD) {
        *held = s;
        *how = SAVE_MATCH_HELD;
        save_msgf(msg, msglen, "\"%s\" is not in the class; did you mean \"%s\"?", name, s.member);
        return SAVE_OK;
      }
    }
  }
  *how = SAVE_MATCH_CREATED;
  return create_member(dst, cls, name, number, prefs, out, msg, msglen);
}
