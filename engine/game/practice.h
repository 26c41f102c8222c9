/* practice.h — the game's side of practice (issue 15): a rehearsal try as the flow stores
 * it, the GameState functions that record tries and count them, and the own-words box
 * (typing a line and showing the checklist's findings) shared by the briefing, the
 * follow-up composer and the message drill. Depends on sim/practice.h, script, ui.
 */
#ifndef RAPPORT_GAME_PRACTICE_H
#define RAPPORT_GAME_PRACTICE_H

#include <stdbool.h>

#include "game/app.h"
#include "game/state.h"
#include "script/practice.h"
#include "sim/practice.h"

/* One try, handed to the flow (GAME_STEP_REHEARSED), which stores it as its own row. */
typedef struct GameRehearsal {
  const SimSession *session;  /* the rehearsal after the try; NULL for a typed line */
  int log_index;              /* the try's entry in it (a choice or joining a group) */
  bool with_hint;
  const char *drill;          /* the drill's id; NULL or "" for a debrief moment */
  /* A typed line (session NULL): where, and what the checklist found. */
  const char *scenario, *person, *node;
  int found, items;
} GameRehearsal;

/* Stores one try through the recorder (a row in `rehearsals`; the session row is never
 * touched). A debrief moment is tied to the session being played. No save or no profile:
 * nothing is stored; a failed write sets save_notice. Called by the flow only. */
void game_state_save_rehearsal(GameState *state, const GameRehearsal *r);
/* Tries the current profile stored in the last `days` days (0 without a save). */
int game_state_rehearsals_recent(GameState *state, int days);

/* The opener typed in the briefing: kept as the opener (game_state_set_opener) and marked
 * typed, so the first conversation's introduction is said in these words. */
void game_state_set_own_opener(GameState *state, const char *text);

/* ---- The own-words box ---- */

#define GAME_OWN_WORDS_CHARS SIM_CHECK_MAX_CHARS

typedef struct GameOwnWords {
  char text[GAME_OWN_WORDS_CHARS * 4 + 1];
  bool typing;                /* the box has focus: typed keys go into it */
  bool ready;                 /* the rules loaded */
  char error[320];            /* why they did not ("" when ready) */
  SimCheckRules *rules;       /* owned */
  SimCheckResult result;      /* for `text`, kept up to date by game_own_words_update */
} GameOwnWords;

/* Loads the checklist rules (scripts/lib/checklist.lua). false + w->error when they cannot
 * be read; the box still takes typing, it just judges nothing. */
bool game_own_words_init(GameOwnWords *w);
void game_own_words_free(GameOwnWords *w);
/* Applies typed text and Backspace while typing; re-judges when the text changed (or when
 * `force`). Returns true when the text changed. */
bool game_own_words_update(GameOwnWords *w, const GfxInput *in, SimCheckContext context,
                           const char *player_name, const char *const *facts, int fact_count, bool force);
/* Draws the box with the text (wrapping, the end kept in view, a caret while typing) and a
 * placeholder when empty, clipped to `view` (opt: the scroll view it sits in), which is
 * the clip again afterwards (none when NULL). */
void game_own_words_draw_box(GameApp *app, GfxRect r, const GameOwnWords *w, const char *placeholder,
                             const GfxRect *view /* opt */);
/* The checklist: one line per item, a mark and a word ("✓ found" / "– not yet") before the
 * label, what matched or what to try after it; the keyword-list or empty note first.
 * Draws when `draw`; returns the height. */
int game_own_words_checklist(GameApp *app, const GameOwnWords *w, int x, int y, int width, bool draw);

#endif
