/* scene_select.c — scenario select: a card for each shipped scenario (title, summary, what
 * it teaches, length, people), broken ones listed with their FILE:LINE error instead of
 * crashing; choosing one opens its briefing, or the script error screen when it is broken.
 * F5 re-reads every scenario from disk. Depends on game state and the front helpers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/scenes.h"
#include "game/state.h"
#include "i18n/i18n.h"

#define SUBTITLE TR("select.each_mixer_teaches_something_different", "Each mixer teaches something different. Pick one to practise.")

typedef struct SelectScene {
  UiScene base;
  int focus;                 /* 0..count-1 cards, count: Back */
  UiScroll scroll;
  GfxRect view;
  GfxRect cards[RAPPORT_MAX_SCENARIOS]; /* content coordinates */
  GfxRect back;
  char meta[RAPPORT_MAX_SCENARIOS][136];
  char teaches[RAPPORT_MAX_SCENARIOS][300];
  int layout_scale;          /* text scale the card heights were measured at (-1: none) */
} SelectScene;

static void prepare_text(SelectScene *s, GameState *st) {
  for (int i = 0; i < st->scenario_count; i++) {
    const GameScenarioInfo *info = &st->scenarios[i];
    char minutes[64], people[64];
    snprintf(minutes, sizeof minutes, TRN("select.about_minutes_long", "About %d minute", "About %d minutes", (unsigned long)info->minutes), info->minutes);
    snprintf(people, sizeof people, TRN("plural.people", "%d person", "%d people", (unsigned long)info->people), info->people);
    snprintf(s->meta[i], sizeof s->meta[0], "%s  \u00b7  %s", minutes, people);
    snprintf(s->teaches[i], sizeof s->teaches[0], TR("select.what_it_teaches", "What it teaches: %s"), info->teaches);
  }
  s->layout_scale = -1;
}

/* Card heights depend only on the text and the text size: measured again when either changes. */
static void layout(SelectScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  GameState *st = app->state;
  int header_h = ui_header_bottom(&app->ui, SUBTITLE) + t->unit;
  int u = t->unit, ring = ui_ring_room(&app->ui);
  s->back = ui_back_button_rect(&app->ui);
  s->view = (GfxRect){t->margin - ring, header_h, GFX_WIDTH - 2 * t->margin + 2 * ring, s->back.y - u * 2 - header_h};
  s->scroll.view_h = s->view.h;
  int scale = ui_scale_percent(t);
  if (s->layout_scale == scale) return;
  s->layout_scale = scale;
  int w = s->view.w - 2 * ring - u * 2, inner = w - u * 6; /* the scroll bar beside the cards */
  int y = u;
  for (int i = 0; i < st->scenario_count; i++) {
    const GameScenarioInfo *info = &st->scenarios[i];
    int h = t->unit * 2;
    h += ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SUBHEADING, inner, info->title) + t->unit;
    if (info->broken) {
      h += ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, inner, TR("select.this_scenario_has_a_problem", "This scenario has a problem and can't be played yet:"));
      h += t->unit + ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, inner, info->error);
    } else {
      h += ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, inner, info->summary) + t->unit;
      h += ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, inner, s->teaches[i]) + t->unit;
      h += ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, inner, s->meta[i]);
    }
    h += u * 2 + u / 2;
    s->cards[i] = (GfxRect){ring, y, w, h};
    y += h + t->unit * 2;
  }
  s->scroll.content_h = y;
}

static GfxRect card_on_screen(const SelectScene *s, int i) {
  GfxRect r = s->cards[i];
  return (GfxRect){s->view.x + r.x, s->view.y + r.y - (int)s->scroll.offset, r.w, r.h};
}

static void choose(SelectScene *s, GameApp *app, int i) {
  GameState *st = app->state;
  if (i >= st->scenario_count) {
    ui_stack_pop(&app->stack);
    return;
  }
  (void)s;
  if (game_state_load_scenario(st, st->scenarios[i].id))
    ui_stack_push(&app->stack, game_briefing_scene(app));
  else
    ui_stack_push(&app->stack, game_script_error_scene(app, st->script_error));
}

static const UiSceneOps SELECT_OPS;

bool game_select_choose_id(UiScene *self, GameApp *app, const char *id, char *why, size_t whylen) {
  if (!self || self->ops != &SELECT_OPS) {
    snprintf(why, whylen, TR("select.scenario_the_scenario_list_is", "scenario %s: the scenario list is not on screen"), id);
    return false;
  }
  GameState *st = app->state;
  for (int i = 0; i < st->scenario_count; i++)
    if (strcmp(st->scenarios[i].id, id) == 0) {
      SelectScene *s = (SelectScene *)self;
      s->focus = i;
      choose(s, app, i);
      return true;
    }
  snprintf(why, whylen, TR("select.scenario_the_list_has_no", "scenario %s: the list has no scenario with that id"), id);
  return false;
}

static void select_update(UiScene *self, void *app_ptr, GfxInput *in) {
  SelectScene *s = (SelectScene *)self;
  GameApp *app = app_ptr;
  GameState *st = app->state;
  in->text_active = false;
  layout(s, app);
  int n = st->scenario_count + 1;
  if (in->pressed[GFX_ACT_RELOAD]) {
    game_state_scan_scenarios(st);
    prepare_text(s, st);
    layout(s, app);
    if (s->focus > st->scenario_count) s->focus = st->scenario_count;
    return;
  }
  if (in->pressed[GFX_ACT_BACK]) {
    ui_stack_pop(&app->stack);
    return;
  }
  if (in->pressed[GFX_ACT_UP] || in->pressed[GFX_ACT_PREV]) s->focus = (s->focus + n - 1) % n;
  if (in->pressed[GFX_ACT_DOWN] || in->pressed[GFX_ACT_NEXT]) s->focus = (s->focus + 1) % n;
  int chosen = -1;
  for (int i = 0; i < st->scenario_count; i++) {
    GfxRect r = card_on_screen(s, i);
    if (in->mouse_moved && ui_hit(s->view, in->mouse_x, in->mouse_y) && ui_hit(r, in->mouse_x, in->mouse_y))
      s->focus = i;
    if (in->clicked && ui_hit(s->view, in->click_x, in->click_y) && ui_hit(r, in->click_x, in->click_y))
      chosen = i;
  }
  if (in->mouse_moved && ui_hit(s->back, in->mouse_x, in->mouse_y)) s->focus = st->scenario_count;
  if (ui_clicked(in, s->back)) chosen = st->scenario_count;
  if (chosen < 0 && in->number >= 1 && in->number <= st->scenario_count) chosen = in->number - 1;
  if (chosen < 0 && in->pressed[GFX_ACT_CONFIRM]) chosen = s->focus;
  if (chosen >= 0) {
    s->focus = chosen;
    choose(s, app, chosen);
    return;
  }
  if (s->focus < st->scenario_count && !in->mouse_moved) {
    /* A tall card shows its top; the focus ring is what matters. */
    GfxRect c = s->cards[s->focus];
    int room = s->view.h - app->theme.unit * 4;
    ui_scroll_follow(&s->scroll, c.y, c.h < room ? c.h : room);
  }
  ui_scroll_update(&s->scroll, in, s->view, &app->theme);
}

static void select_draw(UiScene *self, void *app_ptr, Gfx *g) {
  SelectScene *s = (SelectScene *)self;
  GameApp *app = app_ptr;
  GameState *st = app->state;
  const UiTheme *t = &app->theme;
  layout(s, app);
  ui_page_header(&app->ui, TR("select.choose_a_mixer", "Choose a mixer"), SUBTITLE);
  gfx_set_clip(g, &s->view);
  if (st->scenario_count == 0)
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, s->view.x + ui_ring_room(&app->ui),
            s->view.y + t->unit, s->view.w - 2 * ui_ring_room(&app->ui),
               TR("select.no_scenarios_were_found_in", "No scenarios were found in scripts/scenarios. Add a .lua scenario there and press F5."));
  for (int i = 0; i < st->scenario_count; i++) {
    const GameScenarioInfo *info = &st->scenarios[i];
    GfxRect r = card_on_screen(s, i);
    if (r.y > s->view.y + s->view.h || r.y + r.h < s->view.y) continue;
    ui_panel(&app->ui, r, UI_C_SURFACE);
    gfx_fill_round_rect(g, (GfxRect){r.x, r.y, 6, r.h}, 3, ui_color(t, info->broken ? UI_C_DANGER : UI_C_ACCENT));
    int x = r.x + t->unit * 3, w = r.w - t->unit * 6;
    int y = r.y + t->unit * 2;
    char title[160];
    snprintf(title, sizeof title, "%d. %s", i + 1, info->title);
    y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, x, y, w, title) + t->unit;
    if (info->broken) {
      y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_DANGER, x, y, w,
                      TR("select.this_scenario_has_a_problem", "This scenario has a problem and can't be played yet:"));
      y += t->unit;
      ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x, y, w, info->error);
    } else {
      y += ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x, y, w, info->summary) + t->unit;
      y += ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w, s->teaches[i]) + t->unit;
      ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_ACCENT, x, y, w, s->meta[i]);
    }
    if (s->focus == i) {
      ui_focus_ring(&app->ui, r);
      char where[48];
      snprintf(where, sizeof where, TR("select.of", "%d of %d%s"), i + 1, st->scenario_count, info->broken ? TR("select.broken", ", broken") : "");
      ui_announce_focus(&app->ui, info->title, UI_KIND_OPTION, where);
    }
  }
  gfx_set_clip(g, NULL);
  ui_scroll_bar(&app->ui, &s->scroll, s->view);
  ui_button(&app->ui, s->back, TR("select.back", "Back"), UI_BUTTON_SECONDARY, s->focus == st->scenario_count, false);
  ui_footer_hint(&app->ui, TR("select.up_down_or_tab_move", "Up/Down or Tab: move   Enter or 1-9: choose   F5: reload from disk   Esc: back"));
}

static void select_destroy(UiScene *self) { free(self); }

static const UiSceneOps SELECT_OPS = {
  .name = "select", .update = select_update, .draw = select_draw, .destroy = select_destroy,
};

UiScene *game_select_scene(GameApp *app) {
  SelectScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &SELECT_OPS;
  game_state_scan_scenarios(app->state);
  prepare_text(s, app->state);
  return &s->base;
}
