/* scene_online.c — the online network page after the follow-up: "Connect with everyone"
 * in one click or key, the vanity count going up, and, honestly, nothing else changing.
 * Continue is the follow-up's step done (game/flow.c saves it and opens the debrief).
 * Sits on top of the follow-up scene (Back returns to it). Depends on state and after.h.
 */
#include <stdio.h>
#include <stdlib.h>

#include "game/after.h"
#include "game/flow.h"
#include "game/scenes.h"
#include "game/state.h"
#include "i18n/i18n.h"

typedef struct OnlineScene {
  UiScene base;
  UiButtonRow buttons;       /* 0 Continue, 1 Connect with everyone, 2 Back */
  bool connected;
  int added;
  float shown;                /* the count as drawn, easing toward the real one */
  char note[400];
} OnlineScene;

static SimScores scores_of(GameApp *app) {
  SimScores sc = {0};
  if (app->state->session) sim_scores(app->state->session, &sc);
  return sc;
}

static void set_buttons(OnlineScene *s) {
  const char *labels[] = {TR("online.continue_to_the_debrief", "Continue to the debrief"), s->connected ? TR("online.connected", "Connected") : TR("online.connect_with_everyone", "Connect with everyone"),
                          TR("online.back", "Back")};
  int focus = s->buttons.list.focus;
  ui_buttons_init(&s->buttons, 3, labels);
  s->buttons.list.focus = focus;
}

static void connect_all(OnlineScene *s, GameApp *app) {
  if (s->connected || !app->state->session) return;
  int n = sim_connect_everyone_online(app->state->session);
  s->connected = true;
  s->added = n > 0 ? n : 0;
  SimScores sc = scores_of(app);
  char added[96], people[64];
  snprintf(added, sizeof added, TRN("online.new_online_connections", "%d new online connection.", "%d new online connections.",
           (unsigned long)s->added), s->added);
  snprintf(people, sizeof people, TRN("plural.people", "%d person", "%d people", (unsigned long)sc.callable), sc.callable);
  /* TRANSLATORS: the first %s is "N new online connections."; the second is "N people". */
  snprintf(s->note, sizeof s->note,
           TR("online.none_of_them_knows_you", "%s None of them knows you any better than a minute ago: your "
           "network's depth is unchanged, and you could still call %s tomorrow."), added, people);
  set_buttons(s);
  s->buttons.list.focus = 0;
}

static void online_update(UiScene *self, void *app_ptr, GfxInput *in) {
  OnlineScene *s = (OnlineScene *)self;
  GameApp *app = app_ptr;
  in->text_active = false;
  ui_buttons_layout(&app->ui, &s->buttons);
  SimScores sc = scores_of(app);
  s->shown = ui_tween(&app->theme, s->shown, (float)sc.online_connections, 0.08f);
  int b = ui_buttons_update(&s->buttons, in, true);
  if (in->pressed[GFX_ACT_BACK]) b = 2;
  if (b == 1) connect_all(s, app);
  else if (b == 2) ui_stack_pop(&app->stack);
  else if (b == 0) {
    game_flow_step_done(app, GAME_STEP_FOLLOWED_UP, NULL);
  }
}

static void online_draw(UiScene *self, void *app_ptr, Gfx *g) {
  OnlineScene *s = (OnlineScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  const char *sub = TR("online.one_click_connects_you_with", "One click connects you with everyone who was at the event.");
  int y = ui_page_header(&app->ui, TR("online.your_online_network", "Your online network"), sub);
  int bottom = ui_buttons_layout(&app->ui, &s->buttons) - t->unit * 2;
  SimScores sc = scores_of(app);
  int w = (GFX_WIDTH - 2 * t->margin - t->unit * 3) / 2;
  /* Two figures side by side: the vanity count and the people you could call. */
  const char *labels[2] = {TR("online.online_connections", "Online connections"), TR("online.people_you_could_call_tomorrow", "People you could call tomorrow")};
  int values[2] = {(int)(s->shown + 0.5f), sc.callable};
  int big = ui_size(t, UI_T_TITLE);
  int pad = t->unit * 3;
  int lab_h = 0;
  for (int i = 0; i < 2; i++) {
    int h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, w - 2 * pad, labels[i]);
    if (h > lab_h) lab_h = h;
  }
  int card_h = pad * 2 + gfx_line_height(g, GFX_FONT_BOLD, big) + lab_h;
  for (int i = 0; i < 2; i++) {
    GfxRect r = {t->margin + i * (w + t->unit * 3), y, w, card_h};
    ui_panel(&app->ui, r, i == 0 ? UI_C_SURFACE_ALT : UI_C_SURFACE);
    char num[32];
    snprintf(num, sizeof num, "%d", values[i]);
    gfx_text(g, GFX_FONT_BOLD, big, ui_color(t, i == 0 ? UI_C_INK_SOFT : UI_C_ACCENT), r.x + pad, r.y + pad,
             GFX_ALIGN_LEFT, num);
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, r.x + pad,
               r.y + pad + gfx_line_height(g, GFX_FONT_BOLD, big), w - 2 * pad, labels[i]);
  }
  y += card_h + t->unit * 3;
  const char *text = s->connected ? s->note
                                  : TR("online.online_connections_are_easy_to", "Online connections are easy to collect. Press Connect with everyone "
                                    "and watch the number change, then look at what doesn't.");
  GfxRect clip = {t->margin, y, GFX_WIDTH - 2 * t->margin, bottom - y};
  gfx_set_clip(g, &clip);
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SUBHEADING, UI_C_INK, t->margin, y, GFX_WIDTH - 2 * t->margin, text);
  gfx_set_clip(g, NULL);
  ui_buttons_draw(&app->ui, &s->buttons, true);
  ui_footer_hint(&app->ui, TR("online.tab_move_enter_or_click", "Tab: move   Enter or click: choose   Esc: back to the follow-up"));
}

static void online_destroy(UiScene *self) { free(self); }

static const UiSceneOps ONLINE_OPS = {
  .name = "online", .update = online_update, .draw = online_draw, .destroy = online_destroy,
};

UiScene *game_online_scene(GameApp *app) {
  OnlineScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &ONLINE_OPS;
  SimScores sc = scores_of(app);
  s->shown = (float)sc.online_connections;
  set_buttons(s);
  s->buttons.list.focus = 1; /* Connect with everyone: one key */
  return &s->base;
}
