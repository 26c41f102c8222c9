/* flow.c — the session's flow as one table (read FLOW below, top to bottom): for each step
 * a scene reports done, the save point it reaches, the screen that comes next and how the
 * stack is set. The stack is built explicitly (the title, then the screen), so no screen
 * depends on what lies beneath it. Save points happen here and nowhere else.
 * Its words name steps for engineers (docs/flow.md), never for players: i18n-exempt-file.
 */
#include "game/flow.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "game/app.h"
#include "game/practice.h"
#include "game/scenes.h"
#include "game/state.h"

/* ---- Actions: the work and save point of each step (the session's rules stay in sim) ---- */

static bool do_start_session(GameApp *app, const GameStepData *d) {
  return game_state_start_session(app->state, d ? d->intention : SIM_INTENT_NONE);
}

static bool do_restart(GameApp *app, const GameStepData *d) {
  /* The abandoned session is closed by the reload (game_state_load_scenario ends it). */
  if (!game_state_reload_scenario(app->state)) return false;
  return game_state_start_session(app->state, d ? d->intention : SIM_INTENT_NONE);
}

static bool do_save_conversation(GameApp *app, const GameStepData *d) {
  (void)d;
  game_state_save_conversation(app->state);
  return true;
}

static bool do_end_event(GameApp *app, const GameStepData *d) {
  (void)d;
  if (app->state->session) sim_end_event(app->state->session);
  game_state_save_event_end(app->state);
  return true;
}

static bool do_save_follow_up(GameApp *app, const GameStepData *d) {
  (void)d;
  game_state_save_follow_up(app->state);
  return true;
}

static bool do_save_reflection(GameApp *app, const GameStepData *d) {
  game_state_save_reflection(app->state, d ? d->text : NULL);
  return true;
}

static bool do_save_week(GameApp *app, const GameStepData *d) {
  game_state_save_week(app->state, d ? d->acts : NULL, d ? d->act_count : 0);
  return true;
}

static bool do_end_session(GameApp *app, const GameStepData *d) {
  (void)d;
  game_state_end_session(app->state);
  return true;
}

static bool do_save_rehearsal(GameApp *app, const GameStepData *d) {
  if (d && d->rehearsal) game_state_save_rehearsal(app->state, d->rehearsal);
  return true;
}

/* ---- The table ---- */

typedef enum FlowStack {
  FLOW_STAY,        /* the screen stays (an overlay pops itself) */
  FLOW_OVER_TITLE,  /* the stack becomes: title, next screen */
  FLOW_TITLE,       /* the stack becomes: title */
} FlowStack;

typedef struct FlowRow {
  GameStep step;
  const char *from;                            /* the screen whose step is done */
  const char *save_point;                      /* what is stored (NULL: nothing) */
  bool (*action)(GameApp *, const GameStepData *);
  const char *to;                              /* the next screen's name */
  UiScene *(*next)(GameApp *);
  FlowStack stack;
} FlowRow;

/* Read top to bottom: one session, from the briefing to the title. */
static const FlowRow FLOW[] = {
  /* step done              on screen     save point        action                 next screen                          stack */
  {GAME_STEP_BRIEFED,       "briefing",   "session begins", do_start_session,      "floor",      game_floor_scene,      FLOW_OVER_TITLE},
  {GAME_STEP_TALK_ENDED,    "talk",       "conversation",   do_save_conversation,  "floor",      NULL,                  FLOW_STAY},
  {GAME_STEP_RELOADED,      "floor",      "session begins", do_restart,            "floor",      NULL,                  FLOW_STAY},
  {GAME_STEP_EVENT_LEFT,    "floor",      "event end",      do_end_event,          "followup",   game_followup_scene,   FLOW_OVER_TITLE},
  {GAME_STEP_FOLLOWED_UP,   "online",     "follow-up",      do_save_follow_up,     "debrief",    game_debrief_scene,    FLOW_OVER_TITLE},
  {GAME_STEP_DEBRIEFED,     "debrief",    NULL,             NULL,                  "reflection", game_reflection_scene, FLOW_OVER_TITLE},
  {GAME_STEP_REFLECTED,     "reflection", "reflection",     do_save_reflection,    "week",       game_week_scene,       FLOW_OVER_TITLE},
  {GAME_STEP_WEEK_PASSED,   "week",       "week",           do_save_week,          "week",       NULL,                  FLOW_STAY},
  {GAME_STEP_WEEK_DONE,     "week",       "session end",    do_end_session,        "progress",   game_progress_scene,   FLOW_OVER_TITLE},
  {GAME_STEP_PROGRESS_DONE, "progress",   NULL,             NULL,                  "title",      NULL,                  FLOW_TITLE},
  /* Practice, outside the session: a rehearsed moment (from the debrief) or a drill. */
  {GAME_STEP_REHEARSED,     "rehearse",   "rehearsal",      do_save_rehearsal,     "rehearse",   NULL,                  FLOW_STAY},
};

enum { FLOW_ROWS = (int)(sizeof FLOW / sizeof FLOW[0]) };

static const FlowRow *row_of(GameStep step) {
  for (int i = 0; i < FLOW_ROWS; i++)
    if (FLOW[i].step == step) return &FLOW[i];
  return NULL;
}

void game_flow_step_done(GameApp *app, GameStep step, const GameStepData *data) {
  const FlowRow *row = row_of(step);
  if (!row) return;
  if (row->action && !row->action(app, data)) {
    UiScene *error = game_script_error_scene(app, app->state->script_error);
    if (row->stack == FLOW_STAY) ui_stack_push(&app->stack, error);
    else ui_stack_replace(&app->stack, error);
    return;
  }
  switch (row->stack) {
    case FLOW_STAY: break;
    case FLOW_OVER_TITLE:
      ui_stack_reset(&app->stack, game_title_scene(app));
      ui_stack_push(&app->stack, row->next(app));
      break;
    case FLOW_TITLE: ui_stack_reset(&app->stack, game_title_scene(app)); break;
  }
}

/* ---- The table for people: docs/flow.md and `rapport flow --dot` ---- */

/* What the stack becomes, in words: "title, floor". */
static void stack_words(const FlowRow *r, char *out, size_t outlen) {
  if (r->stack == FLOW_STAY) snprintf(out, outlen, "unchanged (%s)", r->to);
  else if (r->stack == FLOW_OVER_TITLE) snprintf(out, outlen, "title, %s", r->to);
  else snprintf(out, outlen, "title");
}

/* Appends to out at *used, as snprintf (so the total length is known when out is small). */
#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
static void put(char *out, size_t outlen, int *used, const char *fmt, ...) {
  size_t at = (size_t)*used < outlen ? (size_t)*used : outlen;
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(out ? out + at : NULL, out ? outlen - at : 0, fmt, ap);
  va_end(ap);
  if (n > 0) *used += n;
}

static const char *STEP_NAMES[GAME_STEP_COUNT] = {
  "briefed", "talk ended", "reloaded (F5)", "event left", "followed up", "debriefed", "reflected", "week passed",
  "week done", "progress done", "rehearsed",
};

int game_flow_markdown(char *out, size_t outlen) {
  int used = 0;
  if (out && outlen) out[0] = '\0';
  put(out, outlen, &used, "| step done | on screen | save point | next screen | stack becomes |\n"
                          "| --- | --- | --- | --- | --- |\n");
  for (int i = 0; i < FLOW_ROWS; i++) {
    const FlowRow *r = &FLOW[i];
    char stack[64];
    stack_words(r, stack, sizeof stack);
    put(out, outlen, &used, "| %s | %s | %s | %s | %s |\n", STEP_NAMES[r->step], r->from,
        r->save_point ? r->save_point : "—", r->to, stack);
  }
  return used;
}

int game_flow_dot(char *out, size_t outlen) {
  int used = 0;
  if (out && outlen) out[0] = '\0';
  put(out, outlen, &used, "digraph flow {\n  rankdir=LR;\n  node [shape=box];\n");
  for (int i = 0; i < FLOW_ROWS; i++) {
    const FlowRow *r = &FLOW[i];
    put(out, outlen, &used, "  \"%s\" -> \"%s\" [label=\"%s%s%s\"];\n", r->from, r->to,
        STEP_NAMES[r->step], r->save_point ? "\\nsave: " : "", r->save_point ? r->save_point : "");
  }
  put(out, outlen, &used, "}\n");
  return used;
}
