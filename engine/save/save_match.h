/* save_match.h — (store-internal) which member of the teacher's class an incoming student
 * is: by student number, then by name key, then — for a name close to a member's — as the
 * teacher chose (save_handin.h's SaveImportOptions). Shared by file, folder and code
 * imports so they all decide alike. Depends on the store's API.
 */
#ifndef RAPPORT_SAVE_MATCH_H
#define RAPPORT_SAVE_MATCH_H

#include "save/save_handin.h"

typedef enum SaveMatch {
  SAVE_MATCH_JOINED,    /* *out is an existing member */
  SAVE_MATCH_CREATED,   /* *out is a new member */
  SAVE_MATCH_HELD       /* nothing done: *held says why (a suggestion, or a shared name) */
} SaveMatch;

/* Finds or makes the member of class `cls` for an incoming student called `name` (already
 * normalised) with student number `number` ("" if none). `prefs` (may be NULL) gives a new
 * member's preferences. Inside the caller's batch. */
SaveStatus save_match_student(SaveDb *dst, const SaveClass *cls, const char *name,
                              const char *number, const SaveProfile *prefs,
                              const SaveImportOptions *opts, SaveProfile *out, SaveMatch *how,
                              SaveNameSuggestion *held, char *msg, size_t msglen);

/* Erases the session a results code brought in for profile `pid` that is session `s`
 * (same first four hex digits of the guid, workshop and day), if any (save_codes.c). */
SaveStatus save_codes_forget(SaveDb *dst, int64_t pid, const SaveSession *s, char *msg,
                             size_t msglen);

/* Optimal-string-alignment distance between two byte strings (insertions, deletions,
 * substitutions, swaps of neighbours), stopping early above `limit` (returns limit + 1). */
int save_name_distance(const char *a, const char *b, int limit);

#endif
