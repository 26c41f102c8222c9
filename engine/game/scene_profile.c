/* scene_profile.c — who is playing: pick an existing profile or type a new name (Enter
 * creates it), and set the practice preferences (introvert practice, event clock, hints,
 * difficulty), each explained in one line. Continue goes to scenario select. Depends on game state and
 * the front helpers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/difficulty.h"
#include "game/scenes.h"
#include "game/state.h"
#include "i18n/i18n.h"

enum { PROFILES_MAX = 48, TOGGLES = 3 };

typedef struct ProfileScene {
  UiScene base;
  SaveProfile profiles[PROFILES_MAX];
  int profile_count;
  UiTextField field;
  int focus;                 /* 0..n-1 profiles, n field, n+1..n+3 toggles, n+4 difficulty,
                                n+5 back, n+6 continue */
  char message[256];
  bool message_is_error;
  UiScroll scroll;
  /* Layout */
  GfxRect view;              /* the profile list's scroll view */
  GfxRect rows[PROFILES_MAX];/* content coordinates */
  GfxRect field_rect, toggles[TOGGLES], back, next;
  GameDifficultyPicker difficulty;
  /* The preferences column scrolls when large text makes it taller than the page. */
  GfxRect prefs_view;
  UiScroll prefs_scroll;
  int prefs_y[TOGGLES + 1], prefs_h[TOGGLES + 1]; /* content coordinates: toggles, difficulty */
  int list_head_y, field_head_y, prefs_head_y;
} ProfileScene;

static const char *const TOGGLE_LABELS[TOGGLES] = {TR_NOOP("profile.introvert_practice", "Introvert practice"), TR_NOOP("profile.event_clock", "Event clock"), TR_NOOP("profile.hints", "Hints")};
static const char *const TOGGLE_HELP[TOGGLES] = {
  TR_NOOP("profile.your_energy_is_shown_and", "Your energy is shown and the pace is gentler: talking costs less, rests restore more."),
  TR_NOOP("profile.the_event_runs_for_a", "The event runs for a set time. Off: it ends only when you decide to leave."),
  TR_NOOP("profile.a_quiet_suggestion_of_what", "A quiet suggestion of what a good networker might say next."),
};

static int item_count(const ProfileScene *s) { return s->profile_count + 1 + TOGGLES + 3; }
static int field_index(const ProfileScene *s) { return s->profile_count; }
static int toggle_index(const ProfileScene *s, int k) { return s->profile_count + 1 + k; }
static int difficulty_index(const ProfileScene *s) { return s->profile_count + 1 + TOGGLES; }
static int back_index(const ProfileScene *s) { return s->profile_count + 2 + TOGGLES; }
static int next_index(const ProfileScene *s) { return s->profile_count + 3 + TOGGLES; }

static const GamePref TOGGLE_PREF[] = {GAME_PREF_INTROVERT, GAME_PREF_CLOCK, GAME_PREF_HINTS};

static void load_profiles(ProfileScene *s, GameApp *app) {
  s->profile_count = game_state_list_profiles(app->state, s->profiles, PROFILES_MAX);
}

static void layout(ProfileScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int top = ui_header_bottom(&app->ui, NULL) + t->unit;
  int bh = ui_button_height(&app->ui);
  int footer = ui_footer_top(&app->ui);
  int u = t->unit;
  int by = footer - u * 2 - bh;
  s->back = ui_back_button_rect(&app->ui);
  s->next = (GfxRect){GFX_WIDTH - t->margin - u * 40, by, u * 40, bh};
  int left_w = u * 125 / 2; /* the profiles column; the preferences take the rest */
  int body_lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY));
  /* Left column: the typed name at the bottom, the list above it, scrolled if long. */
  int field_h = body_lh + t->unit * 3;
  int msg_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, left_w, TR("profile.type_a_name_first", "Type a name first.")) + t->unit;
  s->field_rect = (GfxRect){t->margin, by - t->unit * 3 - msg_h - field_h, left_w, field_h};
  s->field_head_y = s->field_rect.y - body_lh - t->unit;
  s->list_head_y = top;
  int list_top = top + body_lh + t->unit;
  /* The list keeps a unit around its rows for the focus ring, and room for its scroll bar. */
  s->view = (GfxRect){t->margin - u, list_top, left_w + u * 2, s->field_head_y - u * 2 - list_top};
  int y = u;
  for (int i = 0; i < s->profile_count; i++) {
    s->rows[i] = (GfxRect){u, y, left_w - u * 7 / 4, bh};
    y += bh + t->unit;
  }
  s->scroll.content_h = y;
  s->scroll.view_h = s->view.h;
  /* Right column: the three toggles and the difficulty, measured, in a view that scrolls
   * (with room for its bar) when they do not fit. */
  int ring = ui_ring_room(&app->ui);
  int rx = t->margin + left_w + t->unit * 6, rw = GFX_WIDTH - t->margin - rx;
  s->prefs_head_y = top;
  int view_top = list_top - u / 2; /* clear of the heading; the first ring fits in its margin */
  s->prefs_view = (GfxRect){rx - ring, view_top, rw + 2 * ring, by - u * 2 - view_top};
  int gap = t->unit * 2, cw = rw, total = 0;
  for (int pass = 0; pass < 2; pass++) {
    total = 0;
    for (int k = 0; k < TOGGLES; k++) total += s->prefs_h[k] = ui_toggle_height(&app->ui, cw, i18n_text_static(TOGGLE_LABELS[k]), i18n_text_static(TOGGLE_HELP[k]));
    GameDifficultyPicker probe;
    total += s->prefs_h[TOGGLES] = game_difficulty_picker_layout(&probe, &app->ui, 0, 0, cw);
    total += TOGGLES * gap + (list_top - view_top) + ring;
    if (total <= s->prefs_view.h) break;
    cw = rw - u * 3; /* the scroll bar beside the column */
  }
  y = list_top - view_top;
  for (int k = 0; k <= TOGGLES; k++) {
    s->prefs_y[k] = y;
    y += s->prefs_h[k] + gap;
  }
  s->prefs_scroll.content_h = total;
  s->prefs_scroll.view_h = s->prefs_view.h;
  int dy = s->prefs_view.y - (int)s->prefs_scroll.offset;
  for (int k = 0; k < TOGGLES; k++) s->toggles[k] = (GfxRect){rx, dy + s->prefs_y[k], cw, s->prefs_h[k]};
  game_difficulty_picker_layout(&s->difficulty, &app->ui, rx, dy + s->prefs_y[TOGGLES], cw);
}

static GfxRect row_on_screen(const ProfileScene *s, int i) {
  GfxRect r = s->rows[i];
  return (GfxRect){s->view.x + r.x, s->view.y + r.y - (int)s->scroll.offset, r.w, r.h};
}

/* The item under (x, y), or -1. */
static int item_at(const ProfileScene *s, int x, int y) {
  if (ui_hit(s->view, x, y))
    for (int i = 0; i < s->profile_count; i++)
      if (ui_hit(row_on_screen(s, i), x, y)) return i;
  if (ui_hit(s->field_rect, x, y)) return field_index(s);
  if (ui_hit(s->prefs_view, x, y)) {
    for (int k = 0; k < TOGGLES; k++)
      if (ui_hit(s->toggles[k], x, y)) return toggle_index(s, k);
    if (ui_hit(s->difficulty.panel, x, y)) return difficulty_index(s);
  }
  if (ui_hit(s->back, x, y)) return back_index(s);
  if (ui_hit(s->next, x, y)) return next_index(s);
  return -1;
}

static bool pick(ProfileScene *s, GameApp *app, const char *name) {
  char err[256];
  if (!game_state_use_profile(app->state, name, err, sizeof err)) {
    snprintf(s->message, sizeof s->message, "%s", err);
    s->message_is_error = true;
    return false;
  }
  game_state_apply_prefs(app->state, app);
  snprintf(s->message, sizeof s->message, TR("profile.playing_as", "Playing as %s."), app->state->profile.name);
  s->message_is_error = false;
  load_profiles(s, app);
  s->field.text[0] = '\0';
  s->focus = next_index(s);
  return true;
}

static void activate(ProfileScene *s, GameApp *app, int item) {
  GameState *st = app->state;
  if (item < s->profile_count) {
    pick(s, app, s->profiles[item].name);
  } else if (item == field_index(s)) {
    if (s->field.text[0]) pick(s, app, s->field.text);
    else s->focus = field_index(s);
  } else if (item == difficulty_index(s)) {
    game_state_set_difficulty(st, (game_state_pref(st, GAME_PREF_DIFFICULTY) + 1) % GAME_DIFFICULTIES);
  } else if (item < difficulty_index(s)) {
    GamePref pref = TOGGLE_PREF[item - toggle_index(s, 0)];
    game_state_set_pref(st, pref, !game_state_pref(st, pref));
  } else if (item == back_index(s)) {
    ui_stack_pop(&app->stack);
  } else {
    if (s->field.text[0] && !pick(s, app, s->field.text)) return;
    if (!st->has_profile) {
      snprintf(s->message, sizeof s->message, TR("profile.pick_a_profile_or_type", "Pick a profile or type your name first."));
      s->message_is_error = true;
      s->focus = s->profile_count > 0 ? 0 : field_index(s);
      return;
    }
    ui_stack_push(&app->stack, game_select_scene(app));
  }
}

static void profile_update(UiScene *self, void *app_ptr, GfxInput *in) {
  ProfileScene *s = (ProfileScene *)self;
  GameApp *app = app_ptr;
  layout(s, app);
  int n = item_count(s);
  bool typing = s->focus == field_index(s);
  if (typing && ui_text_field_update(&s->field, in)) s->message[0] = '\0';
  if (in->pressed[GFX_ACT_BACK]) {
    in->text_active = false;
    ui_stack_pop(&app->stack);
    return;
  }
  if (in->pressed[GFX_ACT_UP] || in->pressed[GFX_ACT_PREV]) s->focus = (s->focus + n - 1) % n;
  if (in->pressed[GFX_ACT_DOWN] || in->pressed[GFX_ACT_NEXT]) s->focus = (s->focus + 1) % n;
  if (!typing && in->pressed[GFX_ACT_LEFT] && s->focus == next_index(s)) s->focus = back_index(s);
  if (!typing && in->pressed[GFX_ACT_RIGHT] && s->focus == back_index(s)) s->focus = next_index(s);
  if (s->focus == difficulty_index(s) && (in->pressed[GFX_ACT_LEFT] || in->pressed[GFX_ACT_RIGHT])) {
    int d = game_state_pref(app->state, GAME_PREF_DIFFICULTY) + (in->pressed[GFX_ACT_RIGHT] ? 1 : -1);
    if (d >= 0 && d < GAME_DIFFICULTIES) game_state_set_difficulty(app->state, d);
  }
  if (in->mouse_moved) {
    int i = item_at(s, in->mouse_x, in->mouse_y);
    if (i >= 0) s->focus = i;
  }
  int chosen = -1;
  int picked = ui_clicked(in, s->prefs_view) ? game_difficulty_picker_clicked(&s->difficulty, in) : -1;
  if (picked >= 0) {
    s->focus = difficulty_index(s);
    game_state_set_difficulty(app->state, picked);
    return;
  }
  if (in->clicked) chosen = item_at(s, in->click_x, in->click_y);
  if (chosen < 0 && !typing && in->number >= 1 && in->number <= s->profile_count && in->number <= 9)
    chosen = in->number - 1;
  if (chosen < 0 && in->pressed[GFX_ACT_CONFIRM]) chosen = s->focus;
  if (chosen >= 0) {
    s->focus = chosen;
    activate(s, app, chosen);
  }
  in->text_active = s->focus == field_index(s);
  if (s->focus < s->profile_count && !in->mouse_moved)
    ui_scroll_follow(&s->scroll, s->rows[s->focus].y, s->rows[s->focus].h);
  ui_scroll_update(&s->scroll, in, s->view, &app->theme);
  int pref = s->focus - toggle_index(s, 0);
  if (pref >= 0 && pref <= TOGGLES && !in->mouse_moved)
    ui_scroll_follow(&s->prefs_scroll, s->prefs_y[pref] - ui_ring_room(&app->ui),
                     s->prefs_h[pref] + 2 * ui_ring_room(&app->ui));
  ui_scroll_update(&s->prefs_scroll, in, s->prefs_view, &app->theme);
}

static void profile_draw(UiScene *self, void *app_ptr, Gfx *g) {
  ProfileScene *s = (ProfileScene *)self;
  GameApp *app = app_ptr;
  GameState *st = app->state;
  const UiTheme *t = &app->theme;
  layout(s, app);
  ui_page_header(&app->ui, TR("profile.whos_playing", "Who's playing?"), NULL);
  int body = ui_size(t, UI_T_BODY);
  gfx_text(g, GFX_FONT_BOLD, body, ui_color(t, UI_C_INK), t->margin, s->list_head_y, GFX_ALIGN_LEFT,
           TR("profile.your_profiles", "Your profiles"));
  gfx_set_clip(g, &s->view);
  if (s->profile_count == 0)
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, s->view.x + t->unit, s->view.y + t->unit,
            s->view.w - t->unit * 2,
               st->db ? TR("profile.no_profiles_yet_type_your", "No profiles yet. Type your name below to make one.")
                      : TR("profile.saving_is_unavailable_so_profiles", "Saving is unavailable, so profiles can't be listed. Type a name to play."));
  for (int i = 0; i < s->profile_count; i++) {
    bool current = st->has_profile && st->profile.id == s->profiles[i].id;
    char name[96], label[112];
    GfxRect r = row_on_screen(s, i);
    ui_fit(&app->ui, GFX_FONT_BOLD, UI_T_BODY, s->profiles[i].name, r.w - t->unit * 10, name, sizeof name);
    snprintf(label, sizeof label, "%s%s", name, current ? "  \u2713" : "");
    ui_button(&app->ui, r, label, current ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY,
              s->focus == i, false);
  }
  gfx_set_clip(g, NULL);
  ui_scroll_bar(&app->ui, &s->scroll, s->view);
  gfx_text(g, GFX_FONT_BOLD, body, ui_color(t, UI_C_INK), t->margin, s->field_head_y, GFX_ALIGN_LEFT,
           TR("profile.new_profile", "New profile"));
  ui_text_field_draw(&app->ui, s->field_rect, &s->field, TR("profile.type_your_name_then_enter", "Type your name, then Enter"),
                     s->focus == field_index(s));
  if (s->message[0])
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, s->message_is_error ? UI_C_DANGER : UI_C_GOOD, t->margin,
               s->field_rect.y + s->field_rect.h + t->unit, s->field_rect.w, s->message);
  gfx_text(g, GFX_FONT_BOLD, body, ui_color(t, UI_C_INK), s->toggles[0].x, s->prefs_head_y, GFX_ALIGN_LEFT,
           TR("profile.practice_preferences", "Practice preferences"));
  gfx_set_clip(g, &s->prefs_view);
  for (int k = 0; k < TOGGLES; k++)
    ui_toggle(&app->ui, s->toggles[k], i18n_text_static(TOGGLE_LABELS[k]), i18n_text_static(TOGGLE_HELP[k]), game_state_pref(st, TOGGLE_PREF[k]) != 0,
                 s->focus == toggle_index(s, k), false);
  game_difficulty_picker_draw(&s->difficulty, &app->ui, game_state_pref(st, GAME_PREF_DIFFICULTY),
                              s->focus == difficulty_index(s));
  gfx_set_clip(g, NULL);
  ui_scroll_bar(&app->ui, &s->prefs_scroll, s->prefs_view);
  ui_button(&app->ui, s->back, TR("profile.back", "Back"), UI_BUTTON_SECONDARY, s->focus == back_index(s), false);
  ui_button(&app->ui, s->next, TR("profile.continue", "Continue"), UI_BUTTON_PRIMARY, s->focus == next_index(s), false);
  ui_footer_hint(&app->ui, s->focus == field_index(s)
                               ? TR("profile.type_a_name_enter_create", "Type a name   Enter: create   Tab/arrows: move   Esc: back")
                           : s->focus == difficulty_index(s)
                               ? TR("profile.left_right_difficulty_up_down", "Left/Right: difficulty   Up/Down or Tab: move   Esc: back")
                               : TR("profile.up_down_or_tab_move", "Up/Down or Tab: move   Enter: choose   1-9: pick a profile   Esc: back"));
}

static void profile_resume(UiScene *self, void *app_ptr) { load_profiles((ProfileScene *)self, app_ptr); }

static void profile_destroy(UiScene *self) { free(self); }

static const UiSceneOps PROFILE_OPS = {
  .name = "profile", .update = profile_update, .draw = profile_draw, .destroy = profile_destroy,
  .resume = profile_resume,
};

UiScene *game_profile_scene(GameApp *app) {
  ProfileScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &PROFILE_OPS;
  s->field.max_chars = 24;
  load_profiles(s, app);
  /* A first player starts typing; a returning class starts on the list. */
  s->focus = s->profile_count > 0 ? 0 : s->profile_count;
  return &s->base;
}
