/* class_teacher.h — the classroom's file and code work for the screens, over the store's
 * classroom API (save/save_class.h): a student's hand-in file and results code, a
 * teacher's PIN, importing a folder or pasted codes (with near-duplicate names to accept
 * or refuse), CSV export and printable pages. Implemented in state_teacher.c; scenes call
 * these, never save_* (see state.h). Every function fills `msg` in plain words.
 */
#ifndef RAPPORT_GAME_CLASS_TEACHER_H
#define RAPPORT_GAME_CLASS_TEACHER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "game/state.h"
#include "save/save_handin.h"

/* ---- The student's hand-in ---- */

/* Whether the current profile has something to hand in: a class, or a session played under
 * a workshop code. */
bool game_handin_available(GameState *state);
/* The results code of the current profile's latest completed session ("" + msg when none). */
bool game_handin_code(GameState *state, char *code, size_t codelen, char *msg, size_t msglen);
/* Writes the hand-in file into `folder`; `path` gets the file written. */
bool game_handin_write(GameState *state, const char *folder, char *path, size_t pathlen, char *msg,
                       size_t msglen);
/* What the hand-in holds, in one sentence for the student. */
const char *game_handin_contents(void);

/* ---- The teacher's PIN ---- */

bool game_teacher_pin_set(GameState *state);
/* Sets the PIN (4 to 12 digits) the first time; false + msg when it is refused. */
bool game_teacher_pin_create(GameState *state, const char *pin, char *msg, size_t msglen);
bool game_teacher_pin_ok(GameState *state, const char *pin);

/* ---- Bringing results in ---- */

/* A name the import would meet that looks like a member already there ("liam murphy" ->
 * "Liam Murphy"?), with the teacher's answer. Undecided names are held back (nothing of
 * theirs is imported) until the teacher answers. */
typedef enum GameAnswer { GAME_ANSWER_OPEN, GAME_ANSWER_ACCEPT, GAME_ANSWER_REFUSE } GameAnswer;
typedef struct GameSuggestion {
  SaveNameSuggestion s;
  GameAnswer answer;
} GameSuggestion;

/* The suggestions an import of folder `folder` / of the codes in `text` would meet (an
 * array it allocates, free(); NULL and 0 when none). false + msg when it cannot be read. */
bool game_teacher_suggest_folder(GameState *state, int64_t class_id, const char *folder,
                                 GameSuggestion **out, int *count, char *msg, size_t msglen);
bool game_teacher_suggest_codes(GameState *state, int64_t class_id, const char *workshop, const char *text,
                                GameSuggestion **out, int *count, char *msg, size_t msglen);
/* Imports every hand-in file (and save file) in `folder` / every results code in `text`
 * (made under workshop code `workshop`) into class `class_id`, with the answers given;
 * `summary` says what came in and what did not, in plain words. */
bool game_teacher_import_folder(GameState *state, int64_t class_id, const char *folder,
                                const GameSuggestion *answers, int count, char *summary,
                                size_t summarylen);
bool game_teacher_import_codes(GameState *state, int64_t class_id, const char *workshop,
                               const char *text, const GameSuggestion *answers, int count,
                               char *summary, size_t summarylen);

/* ---- Writing files for the teacher ---- */

typedef enum GamePrintKind { GAME_PRINT_SUMMARY, GAME_PRINT_STUDENT, GAME_PRINT_HANDOUT } GamePrintKind;

/* Writes the class's CSV (one row per session; names only when `names`) into folder. */
bool game_teacher_export_csv(GameState *state, int64_t class_id, bool names, const char *folder,
                             char *path, size_t pathlen, char *msg, size_t msglen);
/* Writes a printable HTML page into folder: the class summary, one student's page
 * (student_id), or the student handout with the workshop code and the three steps. */
bool game_teacher_print(GameState *state, int64_t class_id, GamePrintKind kind, int64_t student_id,
                        const char *workshop, const char *folder, char *path, size_t pathlen,
                        char *msg, size_t msglen);

#endif
