/* save_pin.h — the teacher's PIN: set once on a machine's save, stored only as a yescrypt
 * hash ("$y$...", libcrypt's crypt_r with a salt from crypt_gensalt_rn) in the save's meta
 * table, checked before the dashboard, roster editing and export.
 * Depends on SQLite, libcrypt and the C library. Every function returns a SaveStatus and
 * fills msg[msglen] in plain words; none prints.
 */
#ifndef RAPPORT_SAVE_PIN_H
#define RAPPORT_SAVE_PIN_H

#include "save/save.h"

#define SAVE_PIN_MIN 4     /* digits */
#define SAVE_PIN_MAX 12

/* Whether `pin` is an acceptable PIN: SAVE_PIN_MIN..SAVE_PIN_MAX digits, nothing else. */
bool save_pin_valid(const char *pin);

/* True when this save has a teacher's PIN (false too when it cannot be read). */
bool save_pin_is_set(SaveDb *db);

/* Sets the PIN when none is set. SAVE_CONFLICT when one is already set (clear it first, with
 * the old PIN), SAVE_MISUSE when `pin` is not save_pin_valid. */
SaveStatus save_pin_set(SaveDb *db, const char *pin, char *msg, size_t msglen);

/* SAVE_OK when `pin` is the PIN; SAVE_CONFLICT ("That PIN is not right.") when it is not;
 * SAVE_NOT_FOUND when no PIN is set. */
SaveStatus save_pin_check(SaveDb *db, const char *pin, char *msg, size_t msglen);

/* Removes the PIN; `old_pin` must be the PIN (SAVE_CONFLICT otherwise, SAVE_NOT_FOUND when
 * none is set). */
SaveStatus save_pin_clear(SaveDb *db, const char *old_pin, char *msg, size_t msglen);

#endif
