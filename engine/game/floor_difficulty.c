/* floor_difficulty.c — the difficulty chooser on the mixer floor (F2 or the HUD button): a
 * small overlay over the room with the three difficulties and what each changes. A choice
 * takes effect at once (game_state_set_difficulty changes the session and the profile) and
 * the event goes on; Escape keeps the current one. Depends on game state, ui, difficulty.h.
 */
#include <stdio.h>

#include "game/difficulty.h"
#include "game/floor_internal.h"
#include "game/state.h"
#include "i18n/i18n.h"

void game_floor_difficulty_open(FloorScene *s, GameApp *app) {
  int d = game_state_difficulty(app->state);
  s->difficulty_list = (UiList){.focus = d >= 0 && d < GAME_DIFFICULTIES ? d : 0, .count = GAME_DIFFICULTIES,
                                .numbers = true};
  s->walking = false;
  s->mode = FLOOR_DIFFICULTY;
}

void game_floor_difficulty_update(FloorScene *s, GameApp *app, GfxInput *in) {
  if (in->pressed[GFX_ACT_BACK] || in->pressed[GFX_ACT_DIFFICULTY]) {
    s->mode = FLOOR_WALK;
    return;
  }
  int c = ui_list_update(&s->difficulty_list, in, s->difficulty_rects);
  if (c < 0) return;
  s->mode = FLOOR_WALK;
  int before = game_state_difficulty(app->state);
  game_state_set_difficulty(app->state, c);
  if (c != before) {
    snprintf(s->note, sizeof s->note, TR("floor_difficulty.difficulty_the_people_change_from", "Difficulty: %s. The people change from now on."), game_difficulty_label(c));
    s->note_time = 4.0f;
  }
}

void game_floor_difficulty_label(FloorScene *s, GameApp *app, int w) {
  const char *name = game_difficulty_label(game_state_difficulty(app->state));
  char full[48];
  snprintf(full, sizeof full, TR("floor_difficulty.difficulty", "Difficulty: %s"), name);
  int tw, th;
  gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(&app->theme, UI_T_BODY), full, &tw, &th);
  snprintf(s->difficulty_label, sizeof s->difficulty_label, "%s", tw + app->theme.unit * 2 <= w ? full : name);
}

void game_floor_difficulty_draw(FloorScene *s, GameApp *app) {
  Gfx *g = app->gfx;
  UiCtx *ui = &app->ui;
  const UiTheme *t = &app->theme;
  int u = t->unit, pad = u * 4;
  int current = game_state_difficulty(app->state);
  int focus = s->difficulty_list.focus;
  gfx_fill_rect(g, s->room_px, ui_color_a(t, UI_C_BACKGROUND, 150));
  const char *title = TR("floor_difficulty.difficulty_2", "Difficulty");
  const char *body = TR("floor_difficulty.it_changes_the_people_not", "It changes the people, not the rules. You can change it at any time.");
  char labels[GAME_DIFFICULTIES][64];
  for (int d = 0; d < GAME_DIFFICULTIES; d++)
    snprintf(labels[d], sizeof labels[d], "%d  %s%s", d + 1, game_difficulty_label(d), d == current ? "  \u2713" : "");
  /* As wide as the room allows up to a comfortable reading width; the help line of the
   * focused difficulty is measured at its longest so the box does not jump. */
  int w = s->room_px.w - u * 8;
  if (w > u * 80) w = u * 80;
  int inner = w - 2 * pad;
  int bh = ui_button_height(ui);
  int help_h = 0;
  for (int d = 0; d < GAME_DIFFICULTIES; d++) {
    int h = ui_text_height(ui, GFX_FONT_REGULAR, UI_T_SMALL, inner, game_difficulty_help(d));
    if (h > help_h) help_h = h;
  }
  int head = ui_text_height(ui, GFX_FONT_BOLD, UI_T_SUBHEADING, inner, title) + u;
  int body_h = ui_text_height(ui, GFX_FONT_REGULAR, UI_T_BODY, inner, body) + u * 2;
  int h = u * 3 + head + body_h + GAME_DIFFICULTIES * (bh + u) + u + help_h + u * 3;
  GfxRect box = {s->room_px.x + (s->room_px.w - w) / 2, s->room_px.y + (s->room_px.h - h) / 2, w, h};
  if (box.y < u) box.y = u;
  ui_panel(ui, box, UI_C_SURFACE);
  int y = box.y + u * 3;
  y += ui_text(ui, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, box.x + pad, y, inner, title) + u;
  y += ui_text(ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, box.x + pad, y, inner, body) + u * 2;
  for (int d = 0; d < GAME_DIFFICULTIES; d++, y += bh + u) {
    s->difficulty_rects[d] = (GfxRect){box.x + pad, y, inner, bh};
    ui_button(ui, s->difficulty_rects[d], labels[d], d == current ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY,
              d == focus, false);
  }
  ui_text(ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK, box.x + pad, y + u, inner, game_difficulty_help(focus));
}
