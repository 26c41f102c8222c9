/* scene_error.c — the script error screen: a scenario failed to load or run. Shows the
 * message with FILE:LINE (wrapped, scrolled if long), R or F5 reloads the scenario from disk
 * (success: back to its briefing; failure: the new message), Escape returns to the title.
 * Depends on game state, front helpers and the scene constructors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/scenes.h"
#include "game/state.h"
#include "i18n/i18n.h"

typedef struct ErrorScene {
  UiScene base;
  char message[640];
  char where[160];           /* "In FILE, line N" when the message names one */
  UiList list;               /* Reload, Back to title */
  GfxRect buttons[2];
  GfxRect panel;
  int reloads;               /* failed reloads so far, to show the attempt was made */
} ErrorScene;

#define HELP TR("error.rapport_stopped_this_scenario_before", "Rapport stopped this scenario before anything broke; your save is safe. Fix the file in " \
    "a text editor, then press R or F5 to load it again.")
#define HELP_UNKNOWN TR("error.start_rapport_again_with_one", "Start Rapport again with one of these ids after --scenario. If you have just added the " \
    "scenario's file to scripts/scenarios, press R or F5 to check again.")

/* True when the scenario id matched no file (there is no file to fix). */
static bool unknown_id(const GameApp *app) {
  return app->state && app->state->scenario_path[0] == '\0' && app->state->scenario_id[0] != '\0';
}

/* "In career_fair.lua, line 57" from "PATH/career_fair.lua:57: ..." (empty when absent). */
static void find_where(ErrorScene *s) {
  s->where[0] = '\0';
  const char *at = strstr(s->message, ".lua:");
  if (!at) return;
  const char *digits = at + 5;
  int line = 0;
  const char *p = digits;
  while (*p >= '0' && *p <= '9' && line < 10000000) line = line * 10 + (*p++ - '0');
  const char *start = at;
  while (start > s->message && start[-1] != '/' && start[-1] != ' ') start--;
  int name_len = (int)(at + 4 - start);
  if (p > digits && *p == ':')
    snprintf(s->where, sizeof s->where, TR("error.in_s_line", "In %.*s, line %d"), name_len, start, line);
  else
    snprintf(s->where, sizeof s->where, TR("error.in_s", "In %.*s"), name_len, start);
}

static void layout(ErrorScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int bh = ui_button_height(&app->ui);
  int footer = ui_footer_top(&app->ui);
  int u = t->unit, w = u * 75 / 2;
  int y = footer - u * 2 - bh;
  s->buttons[0] = (GfxRect){t->margin, y, w, bh};
  s->buttons[1] = (GfxRect){t->margin + w + u * 2, y, w, bh};
}

static void error_update(UiScene *self, void *app_ptr, GfxInput *in) {
  ErrorScene *s = (ErrorScene *)self;
  GameApp *app = app_ptr;
  in->text_active = true; /* so the R key arrives as typed text */
  layout(s, app);
  bool reload = in->pressed[GFX_ACT_RELOAD] || strchr(in->text, 'r') || strchr(in->text, 'R');
  int chosen = ui_list_update(&s->list, in, s->buttons);
  if (chosen == 0) reload = true;
  if (chosen == 1 || in->pressed[GFX_ACT_BACK]) {
    in->text_active = false;
    ui_stack_reset(&app->stack, game_title_scene(app));
    return;
  }
  if (!reload) return;
  if (game_state_reload_scenario(app->state)) {
    in->text_active = false;
    /* The title stays underneath, so Back on the briefing leads somewhere sensible. */
    ui_stack_reset(&app->stack, game_title_scene(app));
    ui_stack_push(&app->stack, game_briefing_scene(app));
    return;
  }
  snprintf(s->message, sizeof s->message, "%s", app->state->script_error);
  find_where(s);
  s->reloads++;
}

static void error_draw(UiScene *self, void *app_ptr, Gfx *g) {
  ErrorScene *s = (ErrorScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  layout(s, app);
  bool unknown = unknown_id(app);
  const char *help = unknown ? HELP_UNKNOWN : HELP;
  int y = ui_page_header(&app->ui, unknown ? TR("error.there_is_no_such_scenario", "There is no such scenario") : TR("error.this_scenario_has_a_problem", "This scenario has a problem"), NULL);
  int width = GFX_WIDTH - 2 * t->margin;
  if (s->where[0]) y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, t->margin, y, width, s->where) + t->unit;
  int bottom = s->buttons[0].y - t->unit * 3;
  /* The message panel: as tall as the wrapped message, but never past the buttons. */
  int help_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, width, help);
  int pad = t->unit * 3; /* inside the message panel */
  int msg_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, width - 2 * pad, s->message);
  int panel_h = msg_h + t->unit * 4;
  int max_panel = bottom - y - help_h - t->unit * 3;
  if (panel_h > max_panel) panel_h = max_panel;
  GfxRect panel = {t->margin, y, width, panel_h};
  ui_panel(&app->ui, panel, UI_C_SURFACE);
  gfx_fill_round_rect(g, (GfxRect){panel.x, panel.y, 6, panel.h}, 3, ui_color(t, UI_C_DANGER));
  GfxRect clip = {panel.x + pad, panel.y + t->unit * 2, panel.w - 2 * pad, panel.h - t->unit * 4};
  gfx_set_clip(g, &clip);
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, clip.x, clip.y, clip.w, s->message);
  gfx_set_clip(g, NULL);
  y += panel_h + t->unit * 3;
  y += ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, t->margin, y, width, help);
  if (s->reloads > 0) {
    char again[96];
    const char *why = unknown ? TR("error.there_is_still_no_scenario", "there is still no scenario with that id.")
                              : TR("error.the_file_still_has_this", "the file still has this problem.");
    unsigned long n = (unsigned long)s->reloads;
    snprintf(again, sizeof again, unknown ? TRN("error.checked_times", "Checked %d time: %s", "Checked %d times: %s", n)
                                          : TRN("error.reloaded_times", "Reloaded %d time: %s", "Reloaded %d times: %s", n), s->reloads, why);
    ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_DANGER, t->margin, y + t->unit, width, again);
  }
  ui_button(&app->ui, s->buttons[0], unknown ? TR("error.check_again_r", "Check again (R)") : TR("error.reload_r", "Reload (R)"), UI_BUTTON_PRIMARY, s->list.focus == 0, false);
  ui_button(&app->ui, s->buttons[1], TR("error.back_to_title", "Back to title"), UI_BUTTON_SECONDARY, s->list.focus == 1, false);
  ui_footer_hint(&app->ui, unknown ? TR("error.r_or_f5_check_again", "R or F5: check again   Tab/arrows: move   Enter: choose   Esc: title")
                                   : TR("error.r_or_f5_reload_tab", "R or F5: reload   Tab/arrows: move   Enter: choose   Esc: title"));
}

static void error_destroy(UiScene *self) { free(self); }

static const UiSceneOps ERROR_OPS = {
  .name = "script_error", .update = error_update, .draw = error_draw, .destroy = error_destroy,
};

UiScene *game_script_error_scene(GameApp *app, const char *message) {
  (void)app;
  ErrorScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &ERROR_OPS;
  snprintf(s->message, sizeof s->message, "%s",
           message && *message ? message : TR("error.the_scenario_could_not_be", "The scenario could not be loaded."));
  find_where(s);
  s->list = (UiList){.focus = 0, .count = 2, .horizontal = true};
  return &s->base;
}
