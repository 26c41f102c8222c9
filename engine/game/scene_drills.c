/* scene_drills.c — the practice menu: the drills declared in scripts/lib/drills.lua (the
 * opener, joining a group, the graceful exit, the follow-up message), each a short set-up
 * in a shipped scenario played on the rehearse screen, without playing a whole event.
 * Keyboard (Up/Down, 1-n, Enter, Esc) and mouse. Depends on state, script, the ui kit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/practice.h"
#include "game/scenes.h"
#include "script/script.h"
#include "i18n/i18n.h"

typedef struct DrillsScene {
  UiScene base;
  ScrDrill drills[SCR_DRILLS_MAX];
  int count;
  char error[400];
  char practised[160];
  UiList list;
  GfxRect rects[SCR_DRILLS_MAX];     /* on screen (the visible part, for the mouse) */
  int item_y[SCR_DRILLS_MAX], item_h[SCR_DRILLS_MAX]; /* in the scroll view's content */
  UiView view;
  GfxRect back;
  bool on_back;
  int open_first;                    /* a drill to open at once (the title's plan), -1 none */
} DrillsScene;

#define INTRO TR("drills.short_practice_for_the_four", "Short practice for the four hard moments. Each drill sets up one moment: try it first " \
  "with a hint, then on your own.")

static void refresh(DrillsScene *s, GameApp *app) {
  int n = game_state_rehearsals_recent(app->state, 7);
  if (n > 0) snprintf(s->practised, sizeof s->practised, TRN("drills.practised_moments_this_week", "Practised %d moment this week.",
                                                             "Practised %d moments this week.", (unsigned long)n), n);
  else s->practised[0] = '\0';
}

static void layout(DrillsScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int u = t->unit;
  int y = ui_header_bottom(&app->ui, INTRO);
  if (s->practised[0]) y += ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, GFX_WIDTH - 2 * t->margin, s->practised) + u * 2;
  s->back = ui_back_button_rect(&app->ui);
  /* The drills in a scroll view: at large text sizes their set-ups run long. */
  s->view.rect = (GfxRect){t->margin - 4, y, GFX_WIDTH - 2 * t->margin + 8, s->back.y - u * 2 - y};
  int w = s->view.rect.w - u * 3, cy = 4;
  for (int i = 0; i < s->count; i++) {
    int h = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, w - u * 10, s->drills[i].title) +
            ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, w - u * 10, s->drills[i].setup) + u * 3;
    s->item_y[i] = cy;
    s->item_h[i] = h;
    cy += h + u * 2;
  }
  s->view.scroll.content_h = cy;
  int off = s->view.rect.y - (int)s->view.scroll.offset;
  for (int i = 0; i < s->count; i++) {
    GfxRect r = {s->view.rect.x + 4, off + s->item_y[i], w, s->item_h[i]};
    int y0 = r.y < s->view.rect.y ? s->view.rect.y : r.y;
    int y1 = r.y + r.h > s->view.rect.y + s->view.rect.h ? s->view.rect.y + s->view.rect.h : r.y + r.h;
    s->rects[i] = (GfxRect){r.x, y0, r.w, y1 > y0 ? y1 - y0 : 0};
  }
}

static void open_drill(DrillsScene *s, GameApp *app, int i) {
  const ScrDrill *d = &s->drills[i];
  char path[1200], err[400] = "";
  SimScenario *sc = NULL;
  if (scr_find_scenario(d->scenario, path, sizeof path) != 0)
    snprintf(s->error, sizeof s->error, TR("drills.the_drill_needs_the_scenario", "The drill \u201c%s\u201d needs the scenario %s, which is not installed."),
             d->title, d->scenario);
  else if (!(sc = scr_load_scenario(path, NULL, err, sizeof err)))
    snprintf(s->error, sizeof s->error, "%s", err);
  else if (sim_scenario_find_person(sc, d->person) < 0) {
    snprintf(s->error, sizeof s->error, TR("drills.the_drill_names_who_is", "The drill \u201c%s\u201d names %s, who is not in %s."), d->title, d->person,
             d->scenario);
    sim_scenario_destroy(sc);
    sc = NULL;
  }
  if (!sc) return;
  s->error[0] = '\0';
  UiScene *next = game_rehearse_drill_scene(app, d, sc);
  if (next) ui_stack_push(&app->stack, next);
}

static void drills_update(UiScene *self, void *app_ptr, GfxInput *in) {
  DrillsScene *s = (DrillsScene *)self;
  GameApp *app = app_ptr;
  in->text_active = false;
  layout(s, app);
  if (s->open_first >= 0) { /* the plan's drill: opened over the list, which Back returns to */
    int i = s->open_first;
    s->open_first = -1;
    s->list.focus = i;
    open_drill(s, app, i);
    return;
  }
  if (in->pressed[GFX_ACT_BACK] || ui_clicked(in, s->back)) {
    ui_stack_pop(&app->stack);
    return;
  }
  if (in->pressed[GFX_ACT_NEXT] || in->pressed[GFX_ACT_PREV]) s->on_back = !s->on_back;
  if (in->mouse_moved && ui_hit(s->back, in->mouse_x, in->mouse_y)) s->on_back = true;
  if (s->on_back) {
    if (in->pressed[GFX_ACT_CONFIRM]) ui_stack_pop(&app->stack);
    else if (in->pressed[GFX_ACT_UP]) s->on_back = false;
    return;
  }
  int chosen = ui_list_update(&s->list, in, s->rects);
  if (in->mouse_moved) s->on_back = false;
  if (s->count > 0) ui_scroll_follow(&s->view.scroll, s->item_y[s->list.focus], s->item_h[s->list.focus]);
  ui_scroll_update(&s->view.scroll, in, s->view.rect, &app->theme);
  if (chosen >= 0) open_drill(s, app, chosen);
}

static void drills_draw(UiScene *self, void *app_ptr, Gfx *g) {
  DrillsScene *s = (DrillsScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  int u = t->unit;
  ui_page_header(&app->ui, TR("drills.practice", "Practice"), INTRO);
  layout(s, app);
  int y = ui_header_bottom(&app->ui, INTRO);
  if (s->practised[0]) ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_GOOD, t->margin, y, GFX_WIDTH - 2 * t->margin, s->practised);
  int top = ui_view_begin(&app->ui, &s->view);
  for (int i = 0; i < s->count; i++) {
    GfxRect r = {s->view.rect.x + 4, top + s->item_y[i], s->rects[i].w, s->item_h[i]};
    bool focused = !s->on_back && s->list.focus == i;
    ui_panel(&app->ui, r, focused ? UI_C_SURFACE_ALT : UI_C_SURFACE);
    char num[16];
    snprintf(num, sizeof num, "%d", i + 1);
    gfx_text(g, GFX_FONT_BOLD, ui_size(t, UI_T_SUBHEADING), ui_color(t, UI_C_ACCENT), r.x + u * 3, r.y + u * 3 / 2,
             GFX_ALIGN_LEFT, num);
    int th = ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, r.x + u * 8, r.y + u * 3 / 2, r.w - u * 10, s->drills[i].title);
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, r.x + u * 8, r.y + u * 3 / 2 + th, r.w - u * 10,
            s->drills[i].setup);
    if (focused) ui_focus_ring(&app->ui, r);
  }
  ui_view_end(&app->ui, &s->view, s->view.scroll.content_h);
  if (s->error[0] || s->count == 0) {
    const char *msg = s->error[0] ? s->error : TR("drills.no_drills_are_declared_scripts", "No drills are declared (scripts/lib/drills.lua).");
    int w = GFX_WIDTH - 2 * t->margin - s->back.w - u * 4;
    int h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, w, msg);
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK, s->back.x + s->back.w + u * 4, s->back.y + (s->back.h - h) / 2, w, msg);
  }
  ui_button(&app->ui, s->back, TR("drills.back", "Back"), UI_BUTTON_SECONDARY, s->on_back, false);
  ui_footer_hint(&app->ui, TR("drills.up_down_move_1_4", "Up/Down: move   1-4 or Enter: start a drill   Tab: Back   Esc: back"));
}

static void drills_resume(UiScene *self, void *app_ptr) { refresh((DrillsScene *)self, app_ptr); }

static void drills_destroy(UiScene *self) { free(self); }

static const UiSceneOps DRILLS_OPS = {
  .name = "drills", .update = drills_update, .draw = drills_draw, .destroy = drills_destroy, .resume = drills_resume,
};

UiScene *game_drills_scene(GameApp *app) {
  (void)app;
  DrillsScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &DRILLS_OPS;
  char path[1200];
  if (scr_drills_path(path, sizeof path) != 0) snprintf(s->error, sizeof s->error, TR("drills.the_drills_file_path_is", "The drills file path is too long."));
  else s->count = scr_load_drills(path, s->drills, SCR_DRILLS_MAX, s->error, sizeof s->error);
  if (s->count < 0) s->count = 0;
  scr_drills_translate(s->drills, s->count, i18n_current());
  s->list = (UiList){.focus = 0, .count = s->count, .numbers = true};
  s->open_first = -1;
  return &s->base;
}

UiScene *game_drills_scene_open(GameApp *app, const char *drill_id) {
  DrillsScene *s = (DrillsScene *)game_drills_scene(app);
  for (int i = 0; s && drill_id && i < s->count; i++)
    if (strcmp(s->drills[i].id, drill_id) == 0) s->open_first = i;
  return s ? &s->base : NULL;
}
