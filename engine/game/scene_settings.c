/* scene_settings.c — display settings and the key bindings: text size (the theme's
 * scales), high contrast, reduced motion, applied at once and saved in the profile's prefs;
 * the renderer (this machine's, used from the next start); the bindings table comes from
 * ui_action_name/ui_action_keys (gfx names the keys; ui/keys.c translates). Depends on game state and the front helpers.
 */
#include <stdio.h>
#include <stdlib.h>

#include "game/scenes.h"
#include "game/state.h"
#include "game/voice.h"
#include "i18n/i18n.h"
#include "ui/keys.h"

enum { F_SIZE, F_CONTRAST, F_MOTION, F_RENDERER, F_KEYS, F_VOICE, F_LANGUAGE, F_BACK, F_COUNT };

/* In GfxRendererChoice order. */
static const char *const RENDERER_LABELS[3] = {TR_NOOP("settings.automatic", "Automatic"), TR_NOOP("settings.software", "Software"), TR_NOOP("settings.graphics_card", "Graphics card")};

typedef struct SettingsScene {
  UiScene base;
  int focus;
  GfxRect size_panel, segments[UI_MAX_SCALES], contrast, motion, back;
  GfxRect voice;   /* "Voice": self-voicing's own page (scene_voice.c), right of Back */
  GfxRect language; /* "Language": the language chooser (scene_language.c), right of Voice */
  GfxRect renderer_panel, renderer_segments[3];
  GfxRect keys_view;
  UiScroll keys;
  int key_rows_y[GFX_ACT_COUNT + 1];
} SettingsScene;

#define SIZE_HELP TR("settings.every_screen_reflows_to_fit", "Every screen reflows to fit the larger text.")
#define CONTRAST_HELP TR("settings.white_text_on_black_with", "White text on black, with strong outlines and a yellow focus ring.")
#define MOTION_HELP TR("settings.screens_change_without_sliding_or", "Screens change without sliding or fading.")
/* The help line says what draws now: a choice is used from the next start. */
static const char *renderer_help(Gfx *g) {
  return gfx_renderer_is_software(g) ? TR("settings.used_from_the_next_start", "Used from the next start. Now: software.")
                                     : TR("settings.used_from_the_next_start_2", "Used from the next start. Now: graphics card.");
}

/* The settings column's height at width lw: text size, contrast and motion with their gaps. */
static int column_height(GameApp *app, int lw) {
  const UiTheme *t = &app->theme;
  int u = t->unit, pad = u * 2;
  int ph = u * 2 + ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, lw - 2 * pad, TR("settings.text_size", "Text size")) + u / 2 +
           ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, lw - 2 * pad, SIZE_HELP) + u * 2 + ui_button_height(&app->ui) + u * 2;
  return ph + u * 2 + ui_toggle_height(&app->ui, lw, TR("settings.high_contrast", "High contrast"), CONTRAST_HELP) + u * 2 +
         ui_toggle_height(&app->ui, lw, TR("settings.reduced_motion", "Reduced motion"), MOTION_HELP);
}

static void layout(SettingsScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int top = ui_header_bottom(&app->ui, NULL) + t->unit;
  int bh = ui_button_height(&app->ui);
  int u = t->unit;
  s->back = ui_back_button_rect(&app->ui);
  s->voice = (GfxRect){s->back.x + s->back.w + u * 2, s->back.y, s->back.w, s->back.h};
  s->language = (GfxRect){s->voice.x + s->voice.w + u * 2, s->back.y, s->back.w, s->back.h};
  /* The settings column; the key table (which scrolls) takes the rest. A language whose
   * help lines wrap more at large text widens the column until it fits above the buttons. */
  int lw = u * 75;
  while (lw < u * 95 && top + column_height(app, lw) > s->back.y - u * 2) lw += u;
  int pad = u * 2;   /* inside the text size panel */
  int x = t->margin, y = top;
  /* Text size: a label, its help line and one segment per scale. */
  int seg_h = bh;
  int ph = u * 2 + ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, lw - 2 * pad, TR("settings.text_size", "Text size")) + u / 2 +
           ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, lw - 2 * pad, SIZE_HELP) + u * 2 + seg_h + u * 2;
  s->size_panel = (GfxRect){x, y, lw, ph};
  int sw = (lw - 2 * pad - u * (t->scale_count - 1)) / (t->scale_count > 0 ? t->scale_count : 1);
  for (int i = 0; i < t->scale_count; i++)
    s->segments[i] = (GfxRect){x + pad + i * (sw + u), y + ph - u * 2 - seg_h, sw, seg_h};
  y += ph + t->unit * 2;
  int h = ui_toggle_height(&app->ui, lw, TR("settings.high_contrast", "High contrast"), CONTRAST_HELP);
  s->contrast = (GfxRect){x, y, lw, h};
  y += h + t->unit * 2;
  h = ui_toggle_height(&app->ui, lw, TR("settings.reduced_motion", "Reduced motion"), MOTION_HELP);
  s->motion = (GfxRect){x, y, lw, h};
  /* On the right: drawing (like the text size panel, one segment per renderer choice),
   * then the key bindings, a table scrolled when it does not fit. */
  int kx = x + lw + t->unit * 5, kw = GFX_WIDTH - t->margin - kx;
  /* Segments as wide as their labels plus an equal share of the rest, in one row; with
   * large text "Automatic" gets a row of its own above the other two. */
  int avail = kw - 2 * pad - u * 2, label_w[3], sum = 0;
  for (int i = 0; i < 3; i++) {
    int lh;
    gfx_measure(g, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), i18n_text_static(RENDERER_LABELS[i]), &label_w[i], &lh);
    sum += label_w[i];
  }
  bool two_rows = sum + 3 * u * 3 > avail;
  int segs_h = two_rows ? 2 * seg_h + u : seg_h;
  ph = u * 2 + ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, kw - 2 * pad, TR("settings.drawing", "Drawing")) + u / 2 +
       ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, kw - 2 * pad, renderer_help(g)) + u * 2 + segs_h +
       u * 2;
  s->renderer_panel = (GfxRect){kx, top, kw, ph};
  int sy = top + ph - u * 2 - segs_h, sx = kx + pad;
  if (two_rows) {
    /* The second row shared by label width, so the longer label keeps its margins. */
    int row = kw - 2 * pad - u, w1 = label_w[1] + (row - label_w[1] - label_w[2]) / 2;
    s->renderer_segments[0] = (GfxRect){sx, sy, kw - 2 * pad, seg_h};
    s->renderer_segments[1] = (GfxRect){sx, sy + seg_h + u, w1, seg_h};
    s->renderer_segments[2] = (GfxRect){sx + w1 + u, sy + seg_h + u, row - w1, seg_h};
  } else {
    for (int i = 0; i < 3; i++) {
      int w = i == 2 ? kx + kw - pad - sx : label_w[i] + (avail - sum) / 3;
      s->renderer_segments[i] = (GfxRect){sx, sy, w, seg_h};
      sx += w + u;
    }
  }
  int ktop = top + ph + t->unit * 3;
  int head = gfx_line_height(g, GFX_FONT_BOLD, ui_size(t, UI_T_BODY)) + t->unit;
  s->keys_view = (GfxRect){kx, ktop + head, kw, s->back.y - t->unit * 2 - ktop - head};
  int col1 = s->keys_view.w * 2 / 5, col2 = s->keys_view.w - col1 - u * 3;
  int ry = 0;
  for (int a = 0; a < GFX_ACT_COUNT; a++) {
    s->key_rows_y[a] = ry;
    char keys[128];
    int h1 = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, col1 - u * 2, ui_action_name((GfxAction)a));
    int h2 = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, col2 - u * 2, ui_action_keys((GfxAction)a, keys, sizeof keys));
    ry += (h1 > h2 ? h1 : h2) + t->unit * 2;
  }
  s->key_rows_y[GFX_ACT_COUNT] = ry;
  s->keys.content_h = ry;
  s->keys.view_h = s->keys_view.h;
}

static void set_scale(GameApp *app, int step) {
  GameState *st = app->state;
  game_state_set_pref(st, GAME_PREF_TEXT_SIZE, step);
  game_state_apply_prefs(st, app);
}

static void set_renderer(GameApp *app, int choice) {
  game_state_set_pref(app->state, GAME_PREF_RENDERER, (choice + 3) % 3);
}

static void activate(SettingsScene *s, GameApp *app, int item) {
  GameState *st = app->state;
  const UiTheme *t = &app->theme;
  switch (item) {
    case F_SIZE: set_scale(app, (t->scale_step + 1) % (t->scale_count > 0 ? t->scale_count : 1)); break;
    case F_CONTRAST:
      game_state_set_pref(st, GAME_PREF_HIGH_CONTRAST, !game_state_pref(st, GAME_PREF_HIGH_CONTRAST));
      game_state_apply_prefs(st, app);
      break;
    case F_MOTION:
      game_state_set_pref(st, GAME_PREF_REDUCED_MOTION, !game_state_pref(st, GAME_PREF_REDUCED_MOTION));
      game_state_apply_prefs(st, app);
      break;
    case F_RENDERER: set_renderer(app, game_state_pref(st, GAME_PREF_RENDERER) + 1); break;
    case F_KEYS: break;
    case F_VOICE: ui_stack_push(&app->stack, game_voice_scene(app)); break;
    case F_LANGUAGE: ui_stack_push(&app->stack, game_language_scene(app)); break;
    default: ui_stack_pop(&app->stack); break;
  }
  (void)s;
}

static void settings_update(UiScene *self, void *app_ptr, GfxInput *in) {
  SettingsScene *s = (SettingsScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  in->text_active = false;
  layout(s, app);
  if (in->pressed[GFX_ACT_BACK]) {
    ui_stack_pop(&app->stack);
    return;
  }
  bool keys_scroll = s->keys.content_h > s->keys.view_h;
  int n = F_COUNT;
  int next = s->focus;
  if (in->pressed[GFX_ACT_UP]) {
    if (s->focus == F_KEYS && s->keys.target > 0) s->keys.target -= (float)(t->unit * 15 / 2);
    else next = (s->focus + n - 1) % n;
  }
  if (in->pressed[GFX_ACT_DOWN]) {
    if (s->focus == F_KEYS && s->keys.target < (float)(s->keys.content_h - s->keys.view_h)) s->keys.target += (float)(t->unit * 15 / 2);
    else next = (s->focus + 1) % n;
  }
  if (in->pressed[GFX_ACT_PREV]) next = (s->focus + n - 1) % n;
  if (in->pressed[GFX_ACT_NEXT]) next = (s->focus + 1) % n;
  if (next == F_KEYS && !keys_scroll) next = next == (s->focus + 1) % n ? F_VOICE : F_RENDERER;
  s->focus = next;
  if (s->focus == F_SIZE && in->pressed[GFX_ACT_LEFT] && t->scale_step > 0) set_scale(app, t->scale_step - 1);
  if (s->focus == F_SIZE && in->pressed[GFX_ACT_RIGHT] && t->scale_step + 1 < t->scale_count)
    set_scale(app, t->scale_step + 1);
  int renderer = game_state_pref(app->state, GAME_PREF_RENDERER);
  if (s->focus == F_RENDERER && in->pressed[GFX_ACT_LEFT] && renderer > 0) set_renderer(app, renderer - 1);
  if (s->focus == F_RENDERER && in->pressed[GFX_ACT_RIGHT] && renderer < 2) set_renderer(app, renderer + 1);
  if (in->mouse_moved) {
    if (ui_hit(s->size_panel, in->mouse_x, in->mouse_y)) s->focus = F_SIZE;
    if (ui_hit(s->contrast, in->mouse_x, in->mouse_y)) s->focus = F_CONTRAST;
    if (ui_hit(s->motion, in->mouse_x, in->mouse_y)) s->focus = F_MOTION;
    if (ui_hit(s->renderer_panel, in->mouse_x, in->mouse_y)) s->focus = F_RENDERER;
    if (keys_scroll && ui_hit(s->keys_view, in->mouse_x, in->mouse_y)) s->focus = F_KEYS;
    if (ui_hit(s->back, in->mouse_x, in->mouse_y)) s->focus = F_BACK;
    if (ui_hit(s->voice, in->mouse_x, in->mouse_y)) s->focus = F_VOICE;
    if (ui_hit(s->language, in->mouse_x, in->mouse_y)) s->focus = F_LANGUAGE;
  }
  if (in->clicked) {
    for (int i = 0; i < t->scale_count; i++)
      if (ui_clicked(in, s->segments[i])) {
        s->focus = F_SIZE;
        set_scale(app, i);
        return;
      }
    for (int i = 0; i < 3; i++)
      if (ui_clicked(in, s->renderer_segments[i])) {
        s->focus = F_RENDERER;
        set_renderer(app, i);
        return;
      }
    if (ui_clicked(in, s->contrast)) activate(s, app, F_CONTRAST);
    else if (ui_clicked(in, s->motion)) activate(s, app, F_MOTION);
    else if (ui_clicked(in, s->back)) activate(s, app, F_BACK);
    else if (ui_clicked(in, s->voice)) activate(s, app, F_VOICE);
    else if (ui_clicked(in, s->language)) activate(s, app, F_LANGUAGE);
    return;
  }
  if (in->number >= 1 && in->number <= t->scale_count) {
    s->focus = F_SIZE;
    set_scale(app, in->number - 1);
    return;
  }
  if (in->pressed[GFX_ACT_CONFIRM]) activate(s, app, s->focus);
  ui_scroll_update(&s->keys, in, s->keys_view, t);
}

static void settings_draw(UiScene *self, void *app_ptr, Gfx *g) {
  SettingsScene *s = (SettingsScene *)self;
  GameApp *app = app_ptr;
  GameState *st = app->state;
  const UiTheme *t = &app->theme;
  layout(s, app);
  ui_page_header(&app->ui, TR("settings.settings", "Settings"), NULL);
  /* Text size. */
  GfxRect p = s->size_panel;
  ui_panel(&app->ui, p, UI_C_SURFACE);
  int u = t->unit, pad = u * 2;
  int y = p.y + u * 2;
  y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, p.x + pad, y, p.w - 2 * pad, TR("settings.text_size", "Text size"));
  y += u / 2;
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, p.x + pad, y, p.w - 2 * pad, SIZE_HELP);
  for (int i = 0; i < t->scale_count; i++) {
    char label[48];
    snprintf(label, sizeof label, "%s", t->scale_names[i] ? i18n_text_static(t->scale_names[i]) : "");
    ui_button(&app->ui, s->segments[i], label, i == t->scale_step ? UI_BUTTON_PRIMARY : UI_BUTTON_QUIET, false, false);
  }
  if (s->focus == F_SIZE) {
    ui_focus_ring(&app->ui, p);
    ui_announce_focus(&app->ui, TR("settings.text_size", "Text size"), UI_KIND_SETTING, i18n_text_static(t->scale_names[t->scale_step]));
  }
  ui_toggle(&app->ui, s->contrast, TR("settings.high_contrast", "High contrast"), CONTRAST_HELP, st->profile.high_contrast, s->focus == F_CONTRAST,
               false);
  ui_toggle(&app->ui, s->motion, TR("settings.reduced_motion", "Reduced motion"), MOTION_HELP, st->profile.reduced_motion, s->focus == F_MOTION, false);
  /* Drawing (the renderer). */
  p = s->renderer_panel;
  ui_panel(&app->ui, p, UI_C_SURFACE);
  y = p.y + u * 2;
  y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, p.x + pad, y, p.w - 2 * pad, TR("settings.drawing", "Drawing"));
  y += u / 2;
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, p.x + pad, y, p.w - 2 * pad, renderer_help(g));
  int renderer = game_state_pref(st, GAME_PREF_RENDERER);
  for (int i = 0; i < 3; i++)
    ui_button(&app->ui, s->renderer_segments[i], i18n_text_static(RENDERER_LABELS[i]),
              i == renderer ? UI_BUTTON_PRIMARY : UI_BUTTON_QUIET, false, false);
  if (s->focus == F_RENDERER) {
    ui_focus_ring(&app->ui, p);
    ui_announce_focus(&app->ui, TR("settings.drawing", "Drawing"), UI_KIND_SETTING, i18n_text_static(RENDERER_LABELS[renderer]));
  }
  /* Key bindings. */
  GfxRect kv = s->keys_view;
  int body = ui_size(t, UI_T_BODY);
  gfx_text(g, GFX_FONT_BOLD, body, ui_color(t, UI_C_INK), kv.x, kv.y - gfx_line_height(g, GFX_FONT_BOLD, body) - t->unit,
           GFX_ALIGN_LEFT, TR("settings.keys", "Keys"));
  gfx_set_clip(g, &kv);
  int col1 = kv.w * 2 / 5, col2 = kv.w - col1 - u * 3;
  for (int a = 0; a < GFX_ACT_COUNT; a++) {
    char keys[128];
    int ry = kv.y + s->key_rows_y[a] - (int)s->keys.offset;
    int rh = s->key_rows_y[a + 1] - s->key_rows_y[a];
    /* Striped rows, stopping short of the scroll bar. */
    if (a % 2 == 0) gfx_fill_round_rect(g, (GfxRect){kv.x, ry, kv.w - u * 3 / 2, rh}, 6, ui_color(t, UI_C_SURFACE_ALT));
    ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, kv.x + u * 3 / 2, ry + u, col1 - u * 2,
            ui_action_name((GfxAction)a));
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, kv.x + col1 + u, ry + u, col2 - u * 2,
            ui_action_keys((GfxAction)a, keys, sizeof keys));
  }
  gfx_set_clip(g, NULL);
  ui_scroll_bar(&app->ui, &s->keys, kv);
  if (s->focus == F_KEYS) {
    ui_focus_ring(&app->ui, kv);
    /* Read aloud, the list says every row: a player who cannot see it hears the keys. */
    char said[UI_SAY_MAX / 2], state[UI_SAY_MAX - 64];
    snprintf(state, sizeof state, "%s. %s", TR("settings.up_and_down_scroll_it", "Up and Down scroll it"), ui_keys_said(said, sizeof said));
    ui_announce_focus(&app->ui, TR("settings.keys", "Keys"), UI_KIND_LIST, state);
  }
  ui_button(&app->ui, s->back, TR("settings.back", "Back"), UI_BUTTON_SECONDARY, s->focus == F_BACK, false);
  ui_button(&app->ui, s->voice, TR("settings.voice", "Voice"), UI_BUTTON_SECONDARY, s->focus == F_VOICE, false);
  ui_button(&app->ui, s->language, TR("settings.language", "Language"), UI_BUTTON_SECONDARY, s->focus == F_LANGUAGE, false);
  ui_footer_hint(&app->ui, s->focus == F_SIZE       ? TR("settings.left_right_or_1_3", "Left/Right or 1-3: text size   Up/Down: move   Esc: back")
                          : s->focus == F_RENDERER ? TR("settings.left_right_drawing_up_down", "Left/Right: drawing   Up/Down: move   Esc: back")
                                                   : TR("settings.up_down_or_tab_move", "Up/Down or Tab: move   Enter: change   Esc: back"));
}

static void settings_destroy(UiScene *self) { free(self); }

static const UiSceneOps SETTINGS_OPS = {
  .name = "settings", .update = settings_update, .draw = settings_draw, .destroy = settings_destroy,
};

UiScene *game_settings_scene(GameApp *app) {
  (void)app;
  SettingsScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &SETTINGS_OPS;
  return &s->base;
}
