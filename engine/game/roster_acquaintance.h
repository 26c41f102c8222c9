/* roster_acquaintance.h — someone from the player's roster for a scenario that plays a later
 * meeting (reconnect_coffee): the person is picked from the current profile's roster and
 * described in the scenario's own field names, then handed to it as the global
 * `roster_acquaintance` (scr_load_scenario_given). Depends on state, save, script, sim.
 */
#ifndef RAPPORT_GAME_ROSTER_ACQUAINTANCE_H
#define RAPPORT_GAME_ROSTER_ACQUAINTANCE_H

#include <stdbool.h>

#include "game/state.h"
#include "script/script.h"

/* The fields reconnect_coffee's `acquaintance` table has, all text. */
typedef struct GameAcquaintance {
  char id[SAVE_ID_MAX];        /* the roster's stable person id */
  char name[SAVE_NAME_MAX];
  char first_name[SAVE_NAME_MAX];
  char org[SAVE_TEXT_MAX];
  char role[128];              /* from the scenario the person belongs to ("" unknown) */
  char met_at[160];            /* "the Campus Careers Fair" (reads after "at") */
  char weeks_ago[48];          /* "three weeks ago" */
  char last_time[320];         /* what they told the player: the first fact known */
  char tier[4];                /* "1".."5" */
} GameAcquaintance;

/* The person a later meeting would be with: among the profile's roster, names exchanged and
 * tier 1 or more, the deepest tie, then the most recent contact. False when there is none
 * (no profile, no save, nobody met). Loads the shipped scenarios to find the person's role,
 * the event's title and the text of what they told the player. */
bool game_roster_acquaintance(GameState *state, GameAcquaintance *out);
/* `a` as the scenario's global `roster_acquaintance` (points into `a`: keep it alive). */
void game_acquaintance_given(const GameAcquaintance *a, ScrGiven *out);
/* Whether the scenario file at `path` asks for the roster (names `roster_acquaintance`). */
bool game_scenario_asks_roster(const char *path);

#endif
