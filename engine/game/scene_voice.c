/* scene_voice.c — Settings > Voice: self-voicing on or off, its speed and its volume, kept
 * in the profile's prefs like the display settings; which voice is speaking (or why none
 * can). Reached from the Settings screen's "Voice" button; keyboard and mouse alike.
 * Depends on game state and voice.c.
 */
#include <stdio.h>
#include <stdlib.h>

#include "game/scenes.h"
#include "game/state.h"
#include "game/voice.h"
#include "i18n/i18n.h"

enum { V_ON, V_RATE, V_VOLUME, V_BACK, V_COUNT };

#define RATES 4
#define VOLUMES 3
static const char *const RATE_LABELS[RATES] = {TR_NOOP("voice.slower", "Slower"), TR_NOOP("voice.normal", "Normal"), TR_NOOP("voice.faster", "Faster"), TR_NOOP("voice.fastest", "Fastest")};
static const int RATE_PERCENT[RATES] = {75, 100, 140, 190};
static const char *const VOLUME_LABELS[VOLUMES] = {TR_NOOP("voice.quiet", "Quiet"), TR_NOOP("voice.medium", "Medium"), TR_NOOP("voice.full", "Full")};
static const int VOLUME_PERCENT[VOLUMES] = {40, 70, 100};

typedef struct VoiceScene {
  UiScene base;
  int focus;
  GfxRect on, rate_panel, rate_seg[RATES], volume_panel, volume_seg[VOLUMES], back;
} VoiceScene;

#define SUBTITLE TR("voice.reads_out_what_has_focus", "Reads out what has focus, what people say, notices and the debrief. V turns it on or off " \
    "on any screen; R says the last thing again.")
#define RATE_HELP TR("voice.how_fast_the_voice_speaks", "How fast the voice speaks.")
#define VOLUME_HELP TR("voice.within_your_computers_own_volume", "Within your computer's own volume.")

/* Which voice speaks, for the toggle's explanation line. */
static const char *status_line(GameApp *app) {
  if (!game_state_pref(app->state, GAME_PREF_VOICE)) return TR("voice.off_enter_or_v_turns", "Off. Enter or V turns it on.");
  if (!game_voice_started(app->voice)) return TR("voice.starting_a_voice", "Starting a voice...");
  switch (game_voice_backend(app->voice)) {
    case GFX_SPEECH_DISPATCHER: return TR("voice.speaking_through_your_speech_service", "Speaking through your speech service (speech-dispatcher), in its voice.");
    case GFX_SPEECH_ESPEAK: return TR("voice.speaking_with_espeak_ng", "Speaking with espeak-ng.");
    default: return TR("voice.no_voice_could_be_started", "No voice could be started: no speech service and no sound device.");
  }
}

/* The nearest step to the stored percent. */
static int step_of(const int *steps, int n, int percent) {
  int best = 0;
  for (int i = 1; i < n; i++)
    if (abs(steps[i] - percent) < abs(steps[best] - percent)) best = i;
  return best;
}

/* A panel: a bold label, a help line and a row of segments; returns its height. */
static int segment_panel(GameApp *app, GfxRect *panel, GfxRect *segs, int n, int x, int y, int w, const char *label,
                         const char *help) {
  const UiTheme *t = &app->theme;
  int u = t->unit, pad = u * 2, bh = ui_button_height(&app->ui);
  int h = u * 2 + ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, w - 2 * pad, label) + u / 2 +
          ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, w - 2 * pad, help) + u * 2 + bh + u * 2;
  *panel = (GfxRect){x, y, w, h};
  int sw = (w - 2 * pad - u * (n - 1)) / n;
  for (int i = 0; i < n; i++) segs[i] = (GfxRect){x + pad + i * (sw + u), y + h - u * 2 - bh, sw, bh};
  return h;
}

static void layout(VoiceScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int u = t->unit;
  int w = GFX_WIDTH - 2 * t->margin;
  if (w > u * 110) w = u * 110;
  int x = t->margin, y = ui_header_bottom(&app->ui, SUBTITLE) + u;
  int h = ui_toggle_height(&app->ui, w, TR("voice.self_voicing", "Self-voicing"), status_line(app));
  s->on = (GfxRect){x, y, w, h};
  y += h + u * 2;
  s->back = ui_back_button_rect(&app->ui);
  int rate_h = segment_panel(app, &s->rate_panel, s->rate_seg, RATES, x, y, w, TR("voice.speed", "Speed"), RATE_HELP);
  int vol_h = segment_panel(app, &s->volume_panel, s->volume_seg, VOLUMES, x, y + rate_h + u * 2, w, TR("voice.volume", "Volume"), VOLUME_HELP);
  if (y + rate_h + u * 2 + vol_h <= s->back.y - u * 2) return;
  /* Large text: speed and volume side by side across the whole page, shared in
   * proportion to their segments (4 and 3). */
  int full = GFX_WIDTH - 2 * t->margin, rw = (full - u * 2) * RATES / (RATES + VOLUMES);
  s->on.w = full;
  segment_panel(app, &s->rate_panel, s->rate_seg, RATES, x, y, rw, TR("voice.speed", "Speed"), RATE_HELP);
  segment_panel(app, &s->volume_panel, s->volume_seg, VOLUMES, x + rw + u * 2, y, full - rw - u * 2, TR("voice.volume", "Volume"),
                VOLUME_HELP);
  int tallest = s->rate_panel.h > s->volume_panel.h ? s->rate_panel.h : s->volume_panel.h;
  s->rate_panel.h = s->volume_panel.h = tallest; /* segments stay at each panel's bottom */
  for (int i = 0; i < RATES; i++) s->rate_seg[i].y = y + tallest - u * 2 - s->rate_seg[i].h;
  for (int i = 0; i < VOLUMES; i++) s->volume_seg[i].y = y + tallest - u * 2 - s->volume_seg[i].h;
}

static void set_rate(GameApp *app, int step) {
  if (step >= 0 && step < RATES) game_state_set_pref(app->state, GAME_PREF_VOICE_RATE, RATE_PERCENT[step]);
}

static void set_volume(GameApp *app, int step) {
  if (step >= 0 && step < VOLUMES) game_state_set_pref(app->state, GAME_PREF_VOICE_VOLUME, VOLUME_PERCENT[step]);
}

static void voice_update(UiScene *self, void *app_ptr, GfxInput *in) {
  VoiceScene *s = (VoiceScene *)self;
  GameApp *app = app_ptr;
  GameState *st = app->state;
  in->text_active = false;
  layout(s, app);
  if (in->pressed[GFX_ACT_BACK]) {
    ui_stack_pop(&app->stack);
    return;
  }
  if (in->pressed[GFX_ACT_UP] || in->pressed[GFX_ACT_PREV]) s->focus = (s->focus + V_COUNT - 1) % V_COUNT;
  if (in->pressed[GFX_ACT_DOWN] || in->pressed[GFX_ACT_NEXT]) s->focus = (s->focus + 1) % V_COUNT;
  int rate = step_of(RATE_PERCENT, RATES, game_state_pref(st, GAME_PREF_VOICE_RATE));
  int volume = step_of(VOLUME_PERCENT, VOLUMES, game_state_pref(st, GAME_PREF_VOICE_VOLUME));
  int dir = in->pressed[GFX_ACT_RIGHT] - in->pressed[GFX_ACT_LEFT];
  if (s->focus == V_RATE && dir) set_rate(app, rate + dir);
  if (s->focus == V_VOLUME && dir) set_volume(app, volume + dir);
  if (in->mouse_moved) {
    if (ui_hit(s->on, in->mouse_x, in->mouse_y)) s->focus = V_ON;
    if (ui_hit(s->rate_panel, in->mouse_x, in->mouse_y)) s->focus = V_RATE;
    if (ui_hit(s->volume_panel, in->mouse_x, in->mouse_y)) s->focus = V_VOLUME;
    if (ui_hit(s->back, in->mouse_x, in->mouse_y)) s->focus = V_BACK;
  }
  int activate = in->pressed[GFX_ACT_CONFIRM] ? s->focus : -1;
  if (in->clicked) {
    for (int i = 0; i < RATES; i++)
      if (ui_clicked(in, s->rate_seg[i])) s->focus = V_RATE, set_rate(app, i);
    for (int i = 0; i < VOLUMES; i++)
      if (ui_clicked(in, s->volume_seg[i])) s->focus = V_VOLUME, set_volume(app, i);
    if (ui_clicked(in, s->on)) activate = V_ON;
    if (ui_clicked(in, s->back)) activate = V_BACK;
  }
  switch (activate) {
    case V_ON: game_state_set_pref(st, GAME_PREF_VOICE, !game_state_pref(st, GAME_PREF_VOICE)); break;
    case V_RATE: set_rate(app, (rate + 1) % RATES); break;
    case V_VOLUME: set_volume(app, (volume + 1) % VOLUMES); break;
    case V_BACK: ui_stack_pop(&app->stack); break;
    default: break;
  }
}

static void draw_segments(GameApp *app, GfxRect panel, const GfxRect *segs, const char *const *labels, int n,
                          int chosen, const char *label, const char *help, bool focused) {
  const UiTheme *t = &app->theme;
  int u = t->unit, pad = u * 2;
  ui_panel(&app->ui, panel, UI_C_SURFACE);
  int y = panel.y + u * 2;
  y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, panel.x + pad, y, panel.w - 2 * pad, label);
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, panel.x + pad, y + u / 2, panel.w - 2 * pad, help);
  for (int i = 0; i < n; i++)
    ui_button(&app->ui, segs[i], i18n_text_static(labels[i]), i == chosen ? UI_BUTTON_PRIMARY : UI_BUTTON_QUIET, false, false);
  if (focused) {
    ui_focus_ring(&app->ui, panel);
    ui_announce_focus(&app->ui, label, UI_KIND_SETTING, i18n_text_static(labels[chosen]));
  }
}

static void voice_draw(UiScene *self, void *app_ptr, Gfx *g) {
  VoiceScene *s = (VoiceScene *)self;
  GameApp *app = app_ptr;
  GameState *st = app->state;
  (void)g;
  layout(s, app);
  ui_page_header(&app->ui, TR("voice.voice", "Voice"), SUBTITLE);
  ui_toggle(&app->ui, s->on, TR("voice.self_voicing", "Self-voicing"), status_line(app), game_state_pref(st, GAME_PREF_VOICE),
            s->focus == V_ON, false);
  int rate = step_of(RATE_PERCENT, RATES, game_state_pref(st, GAME_PREF_VOICE_RATE));
  int volume = step_of(VOLUME_PERCENT, VOLUMES, game_state_pref(st, GAME_PREF_VOICE_VOLUME));
  draw_segments(app, s->rate_panel, s->rate_seg, RATE_LABELS, RATES, rate, TR("voice.speed", "Speed"), RATE_HELP, s->focus == V_RATE);
  draw_segments(app, s->volume_panel, s->volume_seg, VOLUME_LABELS, VOLUMES, volume, TR("voice.volume", "Volume"), VOLUME_HELP,
                s->focus == V_VOLUME);
  ui_button(&app->ui, s->back, TR("voice.back", "Back"), UI_BUTTON_SECONDARY, s->focus == V_BACK, false);
  ui_footer_hint(&app->ui, s->focus == V_RATE || s->focus == V_VOLUME
                               ? TR("voice.left_right_change_up_down", "Left/Right: change   Up/Down: move   Esc: back")
                               : TR("voice.up_down_or_tab_move", "Up/Down or Tab: move   Enter: change   V: voice on/off   Esc: back"));
}

static void voice_destroy(UiScene *self) { free(self); }

static const UiSceneOps VOICE_OPS = {
  .name = "voice", .update = voice_update, .draw = voice_draw, .destroy = voice_destroy,
};

UiScene *game_voice_scene(GameApp *app) {
  (void)app;
  VoiceScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &VOICE_OPS;
  return &s->base;
}
