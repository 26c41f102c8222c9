/* scene_watch.c — "Watch how it's done": the expert's playback of one conversation
 * (sim/learn.h), line by line at reading pace, each of the expert's lines with a coach's
 * note. Space (or P) pauses, Right/Enter shows the next line now, R replays from the start,
 * Esc skips to the end and then goes back; each is also a button for the mouse. An overlay:
 * it pops itself. Reached from the briefing and the debrief. Depends on state, the ui kit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/scenes.h"
#include "game/state.h"
#include "sim/learn.h"
#include "i18n/i18n.h"

/* Reading pace: a pause, then time for every character of the line and its note. */
#define WATCH_BASE_S 1.4
#define WATCH_CHARS_PER_S 17.0

enum { BTN_NEXT, BTN_PAUSE, BTN_REPLAY, BTN_COUNT };

typedef struct WatchScene {
  UiScene base;
  SimPlayback pb;
  bool ok;                   /* the playback could be made */
  int shown;                 /* lines shown so far (1..pb.count) */
  bool paused;
  double until;              /* app->time at which the next line appears */
  UiView view;
  UiButtonRow buttons;
  GfxRect back;              /* "Skip to end" / "Back", bottom left */
  char title[160];
  char texts[SIM_PLAYBACK_LINES][400]; /* each line personalised ({name}) */
  int follow;                /* scroll to the newest line on the next frame */
} WatchScene;

static const char *first_name(const SimPerson *p, char *buf, size_t size) {
  const char *n = p && p->name ? p->name : TR("watch.they", "They");
  snprintf(buf, size, "%.*s", (int)strcspn(n, " "), n);
  return buf;
}

static double line_seconds(const WatchScene *s, int i) {
  if (i < 0 || i >= s->pb.count) return WATCH_BASE_S;
  size_t chars = strlen(s->texts[i]) + strlen(s->pb.lines[i].note);
  return WATCH_BASE_S + (double)chars / WATCH_CHARS_PER_S;
}

static void restart(WatchScene *s, GameApp *app) {
  s->shown = s->ok && s->pb.count > 0 ? 1 : 0;
  s->paused = false;
  s->until = app->time + line_seconds(s, 0);
  s->view.scroll = (UiScroll){0};
  s->follow = 1;
}

static void show_next(WatchScene *s, GameApp *app) {
  if (s->shown < s->pb.count) s->shown++;
  s->until = app->time + line_seconds(s, s->shown - 1);
  s->follow = 1;
}

static bool at_end(const WatchScene *s) { return s->shown >= s->pb.count; }

/* One line's card: who speaks, what they say, the coach's note. Returns its height. */
static int draw_line(WatchScene *s, GameApp *app, int i, int x, int y, int w, bool draw) {
  const UiTheme *t = &app->theme;
  const SimLine *l = &s->pb.lines[i];
  const SimScenario *sc = app->state->scenario;
  const SimPerson *p = sc && l->person >= 0 && l->person < sc->person_count ? &sc->people[l->person] : NULL;
  bool expert = l->kind == SIM_LINE_PLAYER;
  int pad = t->unit * 2, indent = expert ? t->unit * 6 : 0;
  int cw = w - indent - 2 * pad - 8;
  char who[64];
  if (expert) snprintf(who, sizeof who, TR("watch.the_expert", "The expert"));
  else first_name(p, who, sizeof who);
  int who_h = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, cw, who);
  int text_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, cw, s->texts[i]);
  int note_h = 0, note_label_h = 0;
  if (l->note[0]) {
    note_label_h = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, cw - 2 * pad, TR("watch.coach", "Coach"));
    note_h = note_label_h + ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, cw - 2 * pad, l->note) + 2 * pad;
  }
  int text_y = y + pad + who_h + t->unit / 2;
  int h = pad + who_h + t->unit / 2 + text_h + (note_h ? t->unit + note_h : 0) + pad;
  if (draw) {
    int tx = x + indent + pad + 8;
    GfxRect card = {x + indent, y, w - indent, h};
    ui_panel(&app->ui, card, expert ? UI_C_SURFACE : UI_C_SURFACE_ALT);
    gfx_fill_round_rect(app->gfx, (GfxRect){card.x, card.y, 6, card.h}, 3,
                        ui_color(t, expert ? UI_C_ACCENT : UI_C_LINE));
    ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, expert ? UI_C_ACCENT : UI_C_INK_SOFT, tx, y + pad, cw, who);
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, tx, text_y, cw, s->texts[i]);
    if (note_h) {
      GfxRect nb = {tx, text_y + text_h + t->unit, cw, note_h};
      gfx_fill_round_rect(app->gfx, nb, t->radius, ui_color(t, UI_C_BACKGROUND));
      gfx_fill_round_rect(app->gfx, (GfxRect){nb.x, nb.y, 4, nb.h}, 2, ui_color(t, UI_C_WARM));
      ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK_SOFT, nb.x + pad, nb.y + pad, cw - 2 * pad, TR("watch.coach", "Coach"));
      ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, nb.x + pad, nb.y + pad + note_label_h, cw - 2 * pad,
              l->note);
    }
  }
  return h;
}

/* Every line shown so far; returns the content height. Sets *last_y and *last_h to the newest. */
static int draw_lines(WatchScene *s, GameApp *app, int y0, bool draw, int *last_y, int *last_h) {
  int u = app->theme.unit;
  int x = s->view.rect.x + u / 2, w = s->view.rect.w - u * 11 / 4;
  int y = y0;
  if (!s->ok) {
    return ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w,
                   TR("watch.there_is_nobody_to_watch", "There is nobody to watch in this scenario."));
  }
  for (int i = 0; i < s->shown; i++) {
    int h = draw_line(s, app, i, x, y, w, draw);
    if (last_y) *last_y = y - y0, *last_h = h;
    y += h + u * 2;
  }
  if (at_end(s)) {
    const char *end = TR("watch.thats_the_whole_conversation_press", "That's the whole conversation. Press R to watch it again, or Esc to go back and try it yourself.");
    y += draw ? ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w, end)
              : ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, w, end);
    y += u * 2;
  }
  return y - y0;
}

static void layout(WatchScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int y = ui_header_bottom(&app->ui, s->title);
  s->buttons.labels[BTN_PAUSE] = s->paused ? TR("watch.play", "Play") : TR("watch.pause", "Pause");
  int bottom = ui_buttons_layout(&app->ui, &s->buttons) - t->unit * 2;
  s->back = ui_back_button_rect(&app->ui);
  s->view.rect = (GfxRect){t->margin - 4, y, GFX_WIDTH - 2 * t->margin + 8, bottom - y};
}

static void watch_update(UiScene *self, void *app_ptr, GfxInput *in) {
  WatchScene *s = (WatchScene *)self;
  GameApp *app = app_ptr;
  /* Letters come as text here (Space and R), so WASD do not move and Space does not confirm. */
  in->text_active = true;
  layout(s, app);
  bool pause = false, replay = false;
  for (const char *c = in->text; *c; c++) {
    if (*c == ' ' || *c == 'p' || *c == 'P') pause = !pause;
    if (*c == 'r' || *c == 'R') replay = true;
  }
  /* Enter presses the focused button: "Next line" unless Tab moved the focus. */
  bool next = in->pressed[GFX_ACT_RIGHT];
  bool back = in->pressed[GFX_ACT_BACK] || ui_clicked(in, s->back);
  int b = ui_buttons_update(&s->buttons, in, true);
  if (b == BTN_NEXT) next = true;
  if (b == BTN_PAUSE) pause = !pause;
  if (b == BTN_REPLAY) replay = true;
  if (back) {
    if (at_end(s) || !s->ok) {
      in->text_active = false; /* the input's text mode outlives a frame: hand it back off */
      ui_stack_pop(&app->stack);
      return;
    }
    s->shown = s->pb.count;
    s->paused = false;
    s->follow = 1;
  }
  if (replay) restart(s, app);
  if (pause) {
    s->paused = !s->paused;
    /* Resuming gives the current line its full time again. */
    if (!s->paused) s->until = app->time + line_seconds(s, s->shown - 1);
  }
  if (next && !at_end(s)) show_next(s, app);
  else if (!s->paused && !at_end(s) && app->time >= s->until) show_next(s, app);
  int last_y = 0, last_h = 0;
  s->view.scroll.content_h = draw_lines(s, app, 0, false, &last_y, &last_h);
  if (s->follow) {
    /* The newest line, and at the end everything below it too (the closing words). */
    int h = at_end(s) ? s->view.scroll.content_h - last_y : last_h + app->theme.unit * 8;
    ui_scroll_follow(&s->view.scroll, last_y, h);
    s->follow = 0;
  }
  ui_view_update(&app->ui, &s->view, in, true);
}

static void watch_draw(UiScene *self, void *app_ptr, Gfx *g) {
  (void)g;
  WatchScene *s = (WatchScene *)self;
  GameApp *app = app_ptr;
  layout(s, app);
  ui_page_header(&app->ui, TR("watch.watch_how_its_done", "Watch how it's done"), s->title);
  int top = ui_view_begin(&app->ui, &s->view);
  int h = draw_lines(s, app, top, true, NULL, NULL);
  ui_view_end(&app->ui, &s->view, h);
  /* Where the playback is, in words (not only by motion). */
  char where[96];
  snprintf(where, sizeof where, TR("watch.line_of", "Line %d of %d%s"), s->shown, s->pb.count,
           at_end(s) ? TR("watch.the_end", " (the end)") : s->paused ? " (paused)" : "");
  const UiTheme *t = &app->theme;
  int bh = ui_button_height(&app->ui);
  int lh = gfx_line_height(app->gfx, GFX_FONT_REGULAR, ui_size(t, UI_T_SMALL));
  gfx_text(app->gfx, GFX_FONT_REGULAR, ui_size(t, UI_T_SMALL), ui_color(t, UI_C_INK_SOFT),
           s->back.x + s->back.w + t->unit * 2, s->back.y + (bh - lh) / 2, GFX_ALIGN_LEFT, where);
  ui_button(&app->ui, s->back, at_end(s) ? TR("watch.back", "Back") : TR("watch.skip_to_end", "Skip to end"), UI_BUTTON_SECONDARY, false,
            ui_hit(s->back, app->input.mouse_x, app->input.mouse_y));
  ui_buttons_draw(&app->ui, &s->buttons, true);
  ui_footer_hint(&app->ui, TR("watch.space_pause_right_enter_next", "Space: pause   Right/Enter: next line   R: replay   Esc: skip to end, then back"));
}

static void watch_destroy(UiScene *self) { free(self); }

static const UiSceneOps WATCH_OPS = {
  .name = "watch", .update = watch_update, .draw = watch_draw, .destroy = watch_destroy,
};

UiScene *game_watch_scene(GameApp *app, int person, uint64_t seed) {
  WatchScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &WATCH_OPS;
  const char *labels[BTN_COUNT] = {TR("watch.next_line", "Next line"), TR("watch.pause", "Pause"), TR("watch.replay", "Replay")};
  ui_buttons_init(&s->buttons, BTN_COUNT, labels);
  const SimScenario *sc = app->state->scenario;
  SimPlayerSettings st = sim_player_settings_default();
  st.introvert_practice = app->state->has_profile && app->state->profile.introvert_practice;
  if (sc && person < 0) person = sim_expert_pick_person(sc, seed, &st);
  s->ok = sc && person >= 0 && sim_expert_play(sc, seed, &st, person, &s->pb) == SIM_OK && s->pb.count > 0;
  if (s->ok) {
    const SimPerson *p = &sc->people[person];
    snprintf(s->title, sizeof s->title, TR("watch.a_conversation_with", "A conversation with %s%s%s"), p->name ? p->name : "someone",
             p->role && p->role[0] ? ", " : "", p->role && p->role[0] ? p->role : "");
    for (int i = 0; i < s->pb.count; i++)
      game_state_personalise(app->state, s->pb.lines[i].text ? s->pb.lines[i].text : "", s->texts[i],
                             sizeof s->texts[i]);
  } else {
    snprintf(s->title, sizeof s->title, TR("watch.nobody_to_watch", "Nobody to watch"));
    s->pb.count = 0;
  }
  restart(s, app);
  return &s->base;
}
