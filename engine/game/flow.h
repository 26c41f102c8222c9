/* flow.h — the session's flow: what happens when a step of a session is done.
 *
 * Scenes call game_flow_step_done once their step is finished; the flow (flow.c) runs the
 * step's save point, builds the next screen and sets the stack explicitly. Only overlays
 * (talk, online, settings, dashboard, error) push and pop themselves.
 */
#ifndef RAPPORT_GAME_FLOW_H
#define RAPPORT_GAME_FLOW_H

#include <stdbool.h>
#include <stddef.h>

#include "save/save.h"
#include "sim/sim.h"

struct GameApp;

typedef enum GameStep {
  GAME_STEP_BRIEFED,      /* briefing: the intention is chosen */
  GAME_STEP_TALK_ENDED,   /* talk (overlay): a conversation ended; it pops itself */
  GAME_STEP_RELOADED,     /* floor: F5 — the scenario is reloaded and the event starts again */
  GAME_STEP_EVENT_LEFT,   /* floor: the player left, or the event closed */
  GAME_STEP_FOLLOWED_UP,  /* online (overlay over the follow-up): Continue */
  GAME_STEP_DEBRIEFED,    /* debrief: Continue */
  GAME_STEP_REFLECTED,    /* reflection: written (or skipped) */
  GAME_STEP_WEEK_PASSED,  /* week: the maintenance is done and the week has passed */
  GAME_STEP_WEEK_DONE,    /* week: Continue to progress */
  GAME_STEP_PROGRESS_DONE,/* progress: back to the title */
  GAME_STEP_REHEARSED,    /* rehearse (overlay): one try of a moment or drill; it stays */
  GAME_STEP_COUNT
} GameStep;

/* What a step hands to its save point (fields a step does not use are ignored). */
typedef struct GameStepData {
  SimIntention intention;          /* BRIEFED, RELOADED */
  const char *text;                /* REFLECTED: the journal entry ("" or NULL: none) */
  const SaveMaintenance *acts;     /* WEEK_PASSED: the maintenance done this week */
  int act_count;
  const struct GameRehearsal *rehearsal; /* REHEARSED: the try (game/practice.h) */
} GameStepData;

/* Runs step `step`'s row of the flow table: its save point, then its stack operation and
 * next screen. `data` may be NULL for steps that take nothing. A step whose action fails
 * (a broken scenario, a session that cannot start) opens the error screen instead: over
 * the current screen when the step keeps it, in its place otherwise. */
void game_flow_step_done(struct GameApp *app, GameStep step, const GameStepData *data /* opt */);

/* The flow table as a Markdown table (for docs/flow.md) or a Graphviz graph (`rapport flow
 * --dot`); returns the length written, as snprintf. */
int game_flow_markdown(char *out, size_t outlen);
int game_flow_dot(char *out, size_t outlen);

#endif
