/* roster_acquaintance.h — someone from the player's roster for a scenario that plays a later
 * meeting (reconnect_coffee): the person is picked from the current profile's roster and
 * described in the fields of the `roster_acquaintance` contract (script.h), then handed to
 * the scenario as that global (scr_load_scenario_given). Depends on state, save, script, sim.
 */
#ifndef RAPPORT_GAME_ROSTER_ACQUAINTANCE_H
#define RAPPORT_GAME_ROSTER_ACQUAINTANCE_H

#include <stdbool.h>

#include "game/state.h"
#include "script/script.h"

enum { GAME_ACQ_FACT_MAX = 320, GAME_ACQ_KNOWN_MAX = 2400 };

/* The contract's fields (script.h, scr_acquaintance_keys), all text. */
typedef struct GameAcquaintance {
  char id[SAVE_ID_MAX];        /* the roster's stable person id */
  char name[SAVE_NAME_MAX];
  char first_name[SAVE_NAME_MAX];
  char org[SAVE_TEXT_MAX];
  char role[128];              /* from the scenario the person belongs to ("" unknown) */
  char met_at[160];            /* "the Campus Careers Fair" (reads after "at") */
  char weeks_ago[48];          /* "three weeks ago" */
  char tier[4];                /* "1".."5" */
  char followed_up[4];         /* "yes" / "no" */
  char fact_id[SAVE_ID_MAX];   /* the fact best asked about ("" none learned) */
  char fact[GAME_ACQ_FACT_MAX];     /* its text as written: "is training for her ..." */
  char fact_you[GAME_ACQ_FACT_MAX]; /* said to them: "you're training for your ..." */
  char known_ids[SAVE_FACTS_MAX];   /* every fact known: ids, comma-separated */
  char known_texts[GAME_ACQ_KNOWN_MAX]; /* and their texts, one a line */
} GameAcquaintance;

/* The longest `fact_you` a later meeting's lines are written around (a choice holds 140
 * characters): a longer fact is still known, but not the one picked to ask about. */
#define GAME_ACQ_FACT_YOU_CHARS 95

/* The person a later meeting in scenario `asking` (its id) would be with: among the
 * profile's roster, names exchanged and tier 1 or more, whose own scenario is another
 * shipped one, the deepest tie, then the most recent contact. False when there is none
 * (no profile, no save, nobody met elsewhere). Loads the shipped scenarios to find the
 * person's role, the event's title and the text of what they told the player. */
bool game_roster_acquaintance(GameState *state, const char *asking, GameAcquaintance *out);
/* `a` as the scenario's global `roster_acquaintance` (points into `a`: keep it alive). */
void game_acquaintance_given(const GameAcquaintance *a, ScrGiven *out);
/* Whether the scenario file at `path` asks for the roster (names `roster_acquaintance`). */
bool game_scenario_asks_roster(const char *path);
/* English: fact `fact` ("runs a bakery", "is training for her first ...") said to the person
 * ("you run a bakery", "you're training for your first ..."), into out; false when it does
 * not read as something they do or are (it starts with a pronoun), or it is longer than
 * GAME_ACQ_FACT_YOU_CHARS. In another language the fact as written. */
bool game_acquaintance_fact_you(const char *fact, char *out, size_t outlen);

#endif
