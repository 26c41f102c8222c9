/* class_roster.h — the teacher's roster editing for the Students screen (scene_roster.c):
 * the PIN's unlock of one class's tools, the class's students with what is saved about
 * each, and rename, merge, erase a student and erase the class. Implemented in
 * state_roster.c over the store (save.h's roster functions); scenes call these, never save_*.
 * Every change needs the class unlocked by the PIN in this visit (game_teacher_unlock);
 * every function fills `msg` in plain words.
 */
#ifndef RAPPORT_GAME_CLASS_ROSTER_H
#define RAPPORT_GAME_CLASS_ROSTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "game/state.h"

/* ---- The PIN's unlock ---- */

/* Checks `pin` against the teacher's PIN; when right, class `class_id`'s tools are
 * unlocked (state->teacher_class) until game_teacher_lock. false (and nothing unlocked)
 * when no PIN is set or it is wrong. */
bool game_teacher_unlock(GameState *state, int64_t class_id, const char *pin);
/* Locks the teacher's tools again (leaving the teacher's screen). */
void game_teacher_lock(GameState *state);
bool game_teacher_unlocked(const GameState *state, int64_t class_id);

/* ---- The class's students ---- */

typedef struct GameRosterStudent {
  SaveProfile p;
  int sessions;       /* every session, finished or not */
  int reflections;
  int people;         /* people met (roster entries) */
} GameRosterStudent;

/* Every student of class `class_id` by name, with their counts (malloc'd, free(); NULL and
 * 0 when there are none, the class is locked or the save cannot be read). */
GameRosterStudent *game_roster_students(GameState *state, int64_t class_id, int *count);

/* Each false + msg when refused (locked, not a student of the class, a clash, the save). */
/* Renames student `id` (the name is normalised: trimmed, spaces made one). Refused when
 * another student of the class has that name (case and accents aside): merge them. */
bool game_roster_rename(GameState *state, int64_t class_id, int64_t id, const char *name, char *msg,
                        size_t msglen);
/* One student with two profiles: `from`'s sessions and practice move to `into`, the people
 * they met keep the later contact, then `from` is erased. */
bool game_roster_merge(GameState *state, int64_t class_id, int64_t from, int64_t into, char *msg,
                       size_t msglen);
/* Erases student `id` and everything saved about them. */
bool game_roster_erase(GameState *state, int64_t class_id, int64_t id, char *msg, size_t msglen);
/* Erases the class, its students and everything saved about them, when `typed` is the
 * class's name (spaces around it aside); refused otherwise. */
bool game_roster_erase_class(GameState *state, int64_t class_id, const char *typed, char *msg,
                             size_t msglen);

#endif
