/* progress_plan.h — the practice plan as the screens show it: the Progress screen's plan
 * panel (the weakest skill, what to practise, when next) and the title's "Today: ..." line.
 * The plan itself is the simulation's (sim_practice_plan: spaced 1, 3, 7, 21 days); this
 * reads a profile's sessions and the save's calendar for it. Depends on state, save, ui.
 */
#ifndef RAPPORT_GAME_PROGRESS_PLAN_H
#define RAPPORT_GAME_PROGRESS_PLAN_H

#include <stdbool.h>
#include <stdint.h>

#include "game/state.h"
#include "ui/widgets.h"

typedef struct GamePlan {
  bool found;                /* a skill has evidence from enough sessions (SIM_PLAN_MIN_SESSIONS) */
  bool due;                  /* suggested today */
  int today;                 /* the save's calendar day it was built for */
  int sessions;              /* finished sessions with skills that it read */
  SimPlan plan;
  char today_line[160];      /* "Today: practise the graceful exit (5 minutes)" when due, else "" */
  char heading[160];         /* "Practise the graceful exit" */
  char why[320];             /* which skill and why it was picked */
  char when[240];            /* due today, or in how many days */
} GamePlan;

/* The plan of profile `profile_id` on the save's calendar today (game_state_today with its
 * session count). False (out->found false, the panel's words for "not yet") when the
 * profile has too few sessions with skills, or there is no save. */
bool game_plan_build(GameState *state, int64_t profile_id, GamePlan *out);
/* The plan panel at (x, y), `w` wide; returns its height (draw false only measures). */
int game_plan_panel(UiCtx *ui, const GamePlan *plan, int x, int y, int w, bool draw);

#endif
