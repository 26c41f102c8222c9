/* state_roster.c — the teacher's roster editing (class_roster.h): the PIN's unlock of one
 * class, the class's students with their counts, and rename, merge and erasure through
 * the store's roster functions (save_roster.c: erasure reaches every row by cascade). The
 * game's own profile follows a change: erased, it is forgotten; merged away, it becomes
 * the student kept. Scenes reach the save only through these.
 */
#include "game/class_roster.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "save/save_pin.h"
#include "i18n/i18n.h"

bool game_teacher_unlock(GameState *s, int64_t class_id, const char *pin) {
  char msg[256];
  s->teacher_class = 0;
  if (!s->db || class_id <= 0 || !pin || save_pin_check(s->db, pin, msg, sizeof msg) != SAVE_OK) return false;
  s->teacher_class = class_id;
  return true;
}

void game_teacher_lock(GameState *s) {
  if (s) s->teacher_class = 0;
}

bool game_teacher_unlocked(const GameState *s, int64_t class_id) {
  return s && s->db && class_id > 0 && s->teacher_class == class_id;
}

/* Why the roster of class_id cannot be changed now, or false when it can. */
static bool refused(GameState *s, int64_t class_id, char *msg, size_t msglen) {
  if (!game_teacher_unlocked(s, class_id)) {
    snprintf(msg, msglen, "%s", TR("roster.locked", "Open the teacher's tools with the PIN first."));
    return true;
  }
  if (save_is_read_only(s->db)) {
    snprintf(msg, msglen, "%s", TR("roster.read_only", "Saving is unavailable, so the class can't be changed on this computer."));
    return true;
  }
  return false;
}

/* Student `id` of class `class_id` into *out; false + msg when it is not one. */
static bool member(GameState *s, int64_t class_id, int64_t id, SaveProfile *out, char *msg, size_t msglen) {
  char why[256];
  if (save_profile_get(s->db, id, out, why, sizeof why) != SAVE_OK || out->class_id != class_id) {
    snprintf(msg, msglen, "%s", TR("roster.no_such_student", "That student is no longer in the class."));
    return false;
  }
  return true;
}

static int count_of(SaveStatus (*fn)(SaveDb *, int64_t, void *, int, int *, char *, size_t), SaveDb *db, int64_t id) {
  int total = 0;
  char msg[256];
  if (fn(db, id, NULL, 0, &total, msg, sizeof msg) != SAVE_OK) return 0;
  return total;
}

/* The store's list readers, with their row type erased (only the totals are read). */
static SaveStatus sessions_total(SaveDb *db, int64_t id, void *out, int max, int *total, char *m, size_t ml) {
  return save_profile_sessions(db, id, out, max, total, m, ml);
}
static SaveStatus reflections_total(SaveDb *db, int64_t id, void *out, int max, int *total, char *m, size_t ml) {
  return save_reflections(db, id, out, max, total, m, ml);
}
static SaveStatus people_total(SaveDb *db, int64_t id, void *out, int max, int *total, char *m, size_t ml) {
  return save_roster(db, id, out, max, total, m, ml);
}

GameRosterStudent *game_roster_students(GameState *s, int64_t class_id, int *count) {
  *count = 0;
  if (!game_teacher_unlocked(s, class_id)) return NULL;
  void *rows = NULL;
  int n = 0;
  char msg[256];
  if (save_list_all(s->db, SAVE_LIST_PROFILES, class_id, &rows, &n, msg, sizeof msg) != SAVE_OK || n <= 0) {
    free(rows);
    return NULL;
  }
  GameRosterStudent *out = calloc((size_t)n, sizeof *out);
  if (!out) {
    free(rows);
    return NULL;
  }
  const SaveProfile *list = rows;
  for (int i = 0; i < n; i++) {
    out[i].p = list[i];
    out[i].sessions = count_of(sessions_total, s->db, list[i].id);
    out[i].reflections = count_of(reflections_total, s->db, list[i].id);
    out[i].people = count_of(people_total, s->db, list[i].id);
  }
  free(rows);
  *count = n;
  return out;
}

/* Before profile `id` changes under the game: a session it is playing ends first (closed
 * as abandoned when unfinished), so nothing is written for a profile that is gone. */
static void settle_current(GameState *s, int64_t id) {
  if (s->has_profile && s->profile.id == id && s->session) game_state_end_session(s);
}

/* After profile `id` was erased: the game no longer plays as it. The display prefs stay
 * on screen; the next name chosen takes them, as a new profile would. */
static void forget_current(GameState *s, int64_t id) {
  if (s->profile.id != id) return;
  s->has_profile = false;
  s->profile.id = 0;
  s->profile.class_id = 0;
  s->profile.name[0] = '\0';
  if (s->record.row.profile_id == id) memset(&s->record, 0, sizeof s->record);
}

bool game_roster_rename(GameState *s, int64_t class_id, int64_t id, const char *name, char *msg, size_t msglen) {
  if (refused(s, class_id, msg, msglen)) return false;
  SaveProfile p;
  if (!member(s, class_id, id, &p, msg, msglen)) return false;
  char clean[SAVE_NAME_MAX], key[4 * SAVE_NAME_MAX];
  if (!name || !save_name_normalise(name, clean, sizeof clean) || !clean[0] || !save_name_key(clean, key, sizeof key)) {
    snprintf(msg, msglen, "%s", TR("roster.name_empty", "Type the new name first (at most 40 letters)."));
    return false;
  }
  /* Another student already called that (case and accents aside) is the same person twice. */
  int n = 0;
  GameRosterStudent *all = game_roster_students(s, class_id, &n);
  for (int i = 0; i < n; i++) {
    char other[4 * SAVE_NAME_MAX];
    if (all[i].p.id != id && save_name_key(all[i].p.name, other, sizeof other) && strcmp(other, key) == 0) {
      snprintf(msg, msglen, TR("roster.name_taken", "%s (number %d) already has that name. If they are the same student, "
               "use Merge instead."), all[i].p.name, all[i].p.class_number);
      free(all);
      return false;
    }
  }
  free(all);
  char old[SAVE_NAME_MAX], why[512];
  snprintf(old, sizeof old, "%s", p.name);
  snprintf(p.name, sizeof p.name, "%s", clean);
  if (save_profile_update(s->db, &p, why, sizeof why) != SAVE_OK) {
    snprintf(msg, msglen, TR("roster.not_renamed", "Not renamed: %s"), why);
    return false;
  }
  if (s->profile.id == id) snprintf(s->profile.name, sizeof s->profile.name, "%s", clean);
  snprintf(msg, msglen, TR("roster.renamed", "Renamed %s to %s."), old, clean);
  return true;
}

bool game_roster_merge(GameState *s, int64_t class_id, int64_t from, int64_t into, char *msg, size_t msglen) {
  if (refused(s, class_id, msg, msglen)) return false;
  SaveProfile a, b;
  if (!member(s, class_id, from, &a, msg, msglen) || !member(s, class_id, into, &b, msg, msglen)) return false;
  if (from == into) {
    snprintf(msg, msglen, "%s", TR("roster.merge_same", "Pick two different students to merge."));
    return false;
  }
  int moved = count_of(sessions_total, s->db, from);
  settle_current(s, from);
  char why[512];
  if (save_profile_merge(s->db, from, into, why, sizeof why) != SAVE_OK) {
    snprintf(msg, msglen, TR("roster.not_merged", "Not merged: %s"), why);
    return false;
  }
  if (s->profile.id == from) { /* the game now plays as the student kept */
    bool playing = s->has_profile;
    s->profile = b;
    s->has_profile = playing;
    if (s->record.row.profile_id == from) s->record.row.profile_id = into;
  }
  snprintf(msg, msglen,
           TRN("roster.merged", "Merged: %d session of %s moved to %s (number %d); %s is no longer on the list.",
               "Merged: %d sessions of %s moved to %s (number %d); %s is no longer on the list.", (unsigned long)moved),
           moved, a.name, b.name, b.class_number, a.name);
  return true;
}

bool game_roster_erase(GameState *s, int64_t class_id, int64_t id, char *msg, size_t msglen) {
  if (refused(s, class_id, msg, msglen)) return false;
  SaveProfile p;
  if (!member(s, class_id, id, &p, msg, msglen)) return false;
  settle_current(s, id);
  char why[512];
  if (save_profile_delete(s->db, id, why, sizeof why) != SAVE_OK) {
    snprintf(msg, msglen, TR("roster.not_erased", "Not erased: %s"), why);
    return false;
  }
  forget_current(s, id);
  snprintf(msg, msglen, TR("roster.erased", "Erased %s and everything saved about them."), p.name);
  return true;
}

bool game_roster_erase_class(GameState *s, int64_t class_id, const char *typed, char *msg, size_t msglen) {
  if (refused(s, class_id, msg, msglen)) return false;
  char name[SAVE_NAME_MAX], clean[SAVE_NAME_MAX];
  if (!game_state_class_name(s, class_id, name, sizeof name)) {
    snprintf(msg, msglen, "%s", TR("roster.no_such_class", "That class is no longer in the save."));
    return false;
  }
  if (!typed || !save_name_normalise(typed, clean, sizeof clean) || strcmp(clean, name) != 0) {
    snprintf(msg, msglen, TR("roster.type_class_name", "Type the class's name exactly, %s, to erase it."), name);
    return false;
  }
  /* The game's own profile, if it is one of the class's students, lets go first. */
  bool current = s->has_profile && s->profile.id != 0 && s->profile.class_id == class_id;
  if (current) settle_current(s, s->profile.id);
  int erased = 0;
  char why[512];
  if (save_class_delete(s->db, class_id, &erased, why, sizeof why) != SAVE_OK) {
    snprintf(msg, msglen, TR("roster.class_not_erased", "The class was not erased: %s"), why);
    return false;
  }
  if (current) forget_current(s, s->profile.id);
  s->teacher_class = 0; /* nothing left to unlock */
  snprintf(msg, msglen,
           TRN("roster.class_erased", "Erased the class %s and its %d student, with everything saved about them.",
               "Erased the class %s and its %d students, with everything saved about them.", (unsigned long)erased),
           name, erased);
  return true;
}
