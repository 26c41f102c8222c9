/* scene_title.c — the title screen: the name, one line of what Rapport is, and a menu:
 * the practice plan's "Today: ..." when one is due (progress_plan.c; it opens scenario
 * select as that profile), Continue (the last profile, straight to scenario select), New
 * session, Progress (once that profile has played), Settings, Quit. Shows the save's notice (a damaged save moved
 * aside, saving unavailable) once, in a calm panel. Depends on game state and front helpers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/figures.h"
#include "game/progress_plan.h"
#include "game/scenes.h"
#include "game/state.h"
#include "i18n/i18n.h"

typedef enum TitleAction { T_PLAN, T_CONTINUE, T_NEW, T_PROGRESS, T_PRACTICE, T_CLASSROOM, T_SETTINGS, T_QUIT } TitleAction;

enum { ENTRIES_MAX = 9 };

typedef struct TitleScene {
  UiScene base;
  UiList list;
  int count;
  TitleAction actions[ENTRIES_MAX];
  char labels[ENTRIES_MAX][160];
  GfxRect rects[ENTRIES_MAX];
  bool has_last;
  SaveProfile last;
  SimDrill plan_drill;       /* what the "Today: practise" entry opens (SIM_DRILL_EVENT: the mixers) */
  char notice[640];
  int menu_y;
  float appear;              /* 0 -> 1 as the menu settles in (reduced motion: 1 at once) */
  int rows;                  /* entries per column (two columns at large text sizes) */
  int first;                 /* 1 when entry 0 is the plan's line (a row of its own above) */
  int calendar;              /* state->calendar_serial the menu was built for */
} TitleScene;

static void add(TitleScene *s, TitleAction a, const char *label) {
  s->actions[s->count] = a;
  snprintf(s->labels[s->count], sizeof s->labels[0], "%s", label);
  s->count++;
}

/* Rebuilds the menu from the save (a profile may have been made since). */
static void build_menu(TitleScene *s, GameApp *app) {
  GameState *st = app->state;
  int sessions = 0;
  s->count = 0;
  s->has_last = game_state_last_profile(st, &s->last, &sessions);
  s->calendar = st->calendar_serial;
  GamePlan plan;
  s->plan_drill = SIM_DRILL_EVENT;
  if (s->has_last && sessions > 1 && game_plan_build(st, s->last.id, &plan) && plan.due) {
    add(s, T_PLAN, plan.today_line);
    s->plan_drill = plan.plan.drill;
  }
  s->first = s->count;
  if (s->has_last) {
    char label[96];
    snprintf(label, sizeof label, TR("title.continue_as", "Continue as %s"), s->last.name);
    add(s, T_CONTINUE, label);
  }
  add(s, T_NEW, s->has_last ? TR("title.new_session", "New session") : TR("title.start", "Start"));
  if (s->has_last && sessions > 0) add(s, T_PROGRESS, TR("title.progress", "Progress"));
  add(s, T_SETTINGS, TR("title.settings", "Settings"));
  add(s, T_CLASSROOM, TR("title.classroom", "Classroom"));
  if (s->has_last) add(s, T_PRACTICE, TR("title.practice", "Practice")); /* drills, stored under that profile */
  add(s, T_QUIT, TR("title.quit", "Quit"));
  s->list.count = s->count;
  if (s->list.focus >= s->count) s->list.focus = 0;
  /* Before anyone picks a profile, show the last player's text size and contrast. */
  if (!st->has_profile && s->has_last) {
    game_state_preview_profile(st, &s->last);
    game_state_apply_prefs(st, app);
  }
}

/* The title's grid in theme units: the name, tagline and menu in a column on the left;
 * the illustration on a band from band_x to the right edge. */
typedef struct TitleGrid {
  int x;          /* the left column */
  int tagline_w;  /* the tagline's width */
  int menu_w;     /* one menu column's width */
  int band_x;     /* where the illustration's band starts */
  int rule_gap;   /* from the name's underline to the tagline */
} TitleGrid;

static TitleGrid title_grid(const UiTheme *t) {
  int u = t->unit;
  return (TitleGrid){.x = t->margin + u * 5, .tagline_w = u * 145 / 2, .menu_w = u * 55, .band_x = u * 175 / 2,
                     .rule_gap = u * 15 / 4};
}

static void layout(TitleScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  TitleGrid m = title_grid(t);
  int x = m.x;
  int ts = ui_size(t, UI_T_TITLE);
  int y = t->margin + t->unit * 4 + gfx_line_height(app->gfx, GFX_FONT_BOLD, ts) + m.rule_gap;
  y += ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SUBHEADING, m.tagline_w,
                      TR("title.practise_real_introductions_at_a", "Practise real introductions at a mixer, and leave with people you could call."));
  y += t->unit * 4;
  int h = ui_button_height(&app->ui);
  int bottom = ui_footer_top(&app->ui) - t->unit * 2;
  int gap = t->unit * 2;
  if (s->first) { /* the plan's line: as wide as the menu, wrapped, above it */
    int pw = t->unit * 75;
    int ph = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, pw - t->unit * 5, s->labels[0]) + t->unit * 3;
    int two_rows = ((s->count - 1) + 1) / 2 * (h + t->unit);
    if (y + ph + t->unit * 2 + two_rows <= bottom) {
      s->rects[0] = (GfxRect){x, y, pw, ph};
      y += ph + t->unit * 2;
    } else { /* large text: at the top of the band, over the illustration's sky */
      pw = GFX_WIDTH - m.band_x - t->unit * 10;
      ph = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, pw - t->unit * 5, s->labels[0]) + t->unit * 3;
      s->rects[0] = (GfxRect){m.band_x + t->unit * 5, t->margin, pw, ph};
    }
  }
  if (y + (s->count - s->first) * (h + gap) > bottom) gap = t->unit;
  /* Too many entries for one column at this text size: two columns, read top to bottom. */
  int n = s->count - s->first;
  int rows = n, w = m.menu_w;
  if (y + rows * (h + gap) > bottom) {
    rows = (n + 1) / 2;
    w = (t->unit * 75 - t->unit * 2) / 2;
  }
  if (y + rows * (h + gap) > bottom) y = bottom - rows * (h + gap);
  s->menu_y = y;
  s->rows = rows;
  for (int j = 0; j < n; j++)
    s->rects[s->first + j] = (GfxRect){x + (j / rows) * (w + t->unit * 2), y + (j % rows) * (h + gap), w, h};
}

static void choose(TitleScene *s, GameApp *app, TitleAction a) {
  GameState *st = app->state;
  char err[256];
  switch (a) {
    case T_PLAN: /* the plan's drill, or (for "a short event") the mixer list */
    case T_CONTINUE:
    case T_PROGRESS:
    case T_PRACTICE:
      if (!game_state_use_profile_id(st, &s->last, err, sizeof err)) {
        snprintf(s->notice, sizeof s->notice, "%s", err);
        return;
      }
      game_state_apply_prefs(st, app);
      if (a == T_PLAN && s->plan_drill != SIM_DRILL_EVENT)
        ui_stack_push(&app->stack, game_drills_scene_open(app, sim_drill_id(s->plan_drill)));
      else
        ui_stack_push(&app->stack, a == T_PROGRESS   ? game_progress_scene(app)
                                   : a == T_PRACTICE ? game_drills_scene(app) : game_select_scene(app));
      break;
    case T_NEW: ui_stack_push(&app->stack, game_profile_scene(app)); break;
    case T_CLASSROOM: ui_stack_push(&app->stack, game_class_scene(app)); break;
    case T_SETTINGS: ui_stack_push(&app->stack, game_settings_scene(app)); break;
    case T_QUIT: app->quit = true; break;
  }
}

static void title_update(UiScene *self, void *app_ptr, GfxInput *in) {
  TitleScene *s = (TitleScene *)self;
  GameApp *app = app_ptr;
  in->text_active = false;
  /* The save's notice is shown here, once, while the title is on top. */
  if (app->state->save_notice[0]) {
    snprintf(s->notice, sizeof s->notice, "%s", app->state->save_notice);
    app->state->save_notice[0] = '\0';
  }
  if (app->state->calendar_serial != s->calendar) build_menu(s, app); /* a replay's `today` */
  layout(s, app);
  s->appear = ui_tween(&app->theme, s->appear, 1.0f, 0.15f);
  int chosen = ui_list_update(&s->list, in, s->rects);
  int n = s->count - s->first, j = s->list.focus - s->first;
  if (s->rows < n && j >= 0 && in->pressed[GFX_ACT_LEFT] && j >= s->rows) s->list.focus -= s->rows;
  if (s->rows < n && j >= 0 && in->pressed[GFX_ACT_RIGHT] && j + s->rows < n) s->list.focus += s->rows;
  if (in->pressed[GFX_ACT_BACK]) chosen = s->count - 1; /* Escape on the title: quit */
  if (chosen >= 0) choose(s, app, s->actions[chosen]);
}

static void title_draw(UiScene *self, void *app_ptr, Gfx *g) {
  TitleScene *s = (TitleScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  UiCtx *ui = &app->ui;
  layout(s, app);
  TitleGrid m = title_grid(t);
  int u = t->unit;
  /* A calm band of colour behind the illustration. */
  GfxRect band = {m.band_x, 0, GFX_WIDTH - m.band_x, GFX_HEIGHT};
  gfx_fill_rect(g, band, ui_color(t, UI_C_SURFACE_ALT));
  game_draw_title_vignette(ui, band);

  int x = m.x;
  int ts = ui_size(t, UI_T_TITLE);
  int y = t->margin + t->unit * 4;
  gfx_text(g, GFX_FONT_BOLD, ts, ui_color(t, UI_C_INK), x, y, GFX_ALIGN_LEFT, TR("title.rapport", "Rapport"));
  y += gfx_line_height(g, GFX_FONT_BOLD, ts);
  gfx_fill_round_rect(g, (GfxRect){x + u / 2, y, u * 9, 6}, 3, ui_color(t, UI_C_WARM));
  y += m.rule_gap;
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SUBHEADING, UI_C_INK_SOFT, x, y, m.tagline_w,
             TR("title.practise_real_introductions_at_a", "Practise real introductions at a mixer, and leave with people you could call."));
  float appear = s->appear;
  if (s->first) { /* the plan's line: a calm card, wrapped, focusable like the buttons */
    GfxRect r = s->rects[0];
    r.y += (int)((1.0f - appear) * (float)(t->unit * 2));
    ui_panel(ui, r, UI_C_SURFACE);
    gfx_fill_round_rect(g, (GfxRect){r.x, r.y, 6, r.h}, 3, ui_color(t, UI_C_GOLD));
    ui_text(ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, r.x + u * 3, r.y + u * 3 / 2, r.w - u * 5, s->labels[0]);
    if (s->list.focus == 0) ui_focus_ring(ui, r);
  }
  for (int i = s->first; i < s->count; i++) {
    char label[128];
    ui_fit(&app->ui, GFX_FONT_BOLD, UI_T_BODY, s->labels[i], s->rects[i].w - t->unit * 4, label, sizeof label);
    GfxRect r = s->rects[i];
    r.y += (int)((1.0f - appear) * (float)(t->unit * 2)); /* a gentle rise on arrival */
    ui_button(ui, r, label, i == s->first ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY, i == s->list.focus, false);
  }
  if (s->notice[0]) {
    /* The notice sits on the band, clear of its edges. */
    int w = GFX_WIDTH - m.band_x - u * 10, pad = u * 3;
    int h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, w - 2 * pad, s->notice) + u * 4;
    GfxRect r = {m.band_x + u * 5, ui_footer_top(&app->ui) - u * 3 - h, w, h};
    ui_panel(ui, r, UI_C_SURFACE);
    gfx_fill_round_rect(g, (GfxRect){r.x, r.y, 6, r.h}, 3, ui_color(t, UI_C_GOLD));
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK, r.x + pad, r.y + u * 2, w - 2 * pad, s->notice);
  }
  char hint[128];
  snprintf(hint, sizeof hint, TR("title.enter_or_1_choose_esc", "%s   Enter or 1-%d: choose   Esc: quit   Mouse: click"),
           s->rows < s->count - s->first ? TR("title.arrows_or_tab_move", "Arrows or Tab: move") : TR("title.up_down_or_tab_move", "Up/Down or Tab: move"), s->count);
  ui_footer_hint(ui, hint);
}

static void title_resume(UiScene *self, void *app_ptr) { build_menu((TitleScene *)self, app_ptr); }

static void title_destroy(UiScene *self) { free(self); }

static const UiSceneOps TITLE_OPS = {
  .name = "title", .update = title_update, .draw = title_draw, .destroy = title_destroy,
  .resume = title_resume,
};

UiScene *game_title_scene(GameApp *app) {
  TitleScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &TITLE_OPS;
  s->list = (UiList){.focus = 0, .count = 1, .numbers = true};
  (void)app; /* the menu is built from the save when the title comes on top (title_resume) */
  return &s->base;
}
