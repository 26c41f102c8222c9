/* debrief_transcript.c — the debrief's Transcript tab (see debrief_transcript.h): built from
 * the simulation's transcript (sim/learn.h), laid out as cards, the player's lines in two
 * columns (what you said | how they took it). Heights are measured once per width and text
 * size, and only the lines in view are drawn, so a long session scrolls smoothly.
 * Depends on state, the ui kit, sim/learn.h.
 */
#include "game/debrief_transcript.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/state.h"
#include "save/save_transcript.h"
#include "i18n/i18n.h"

#define TRANSCRIPT_MAX_LINES 1400

int game_transcript_least_well(const SimSession *ss) {
  int best = -1, best_rating = 6;
  for (int i = 0; ss && i < sim_session_talk_count(ss); i++) {
    const SimTalkRecord *t = sim_session_talk(ss, i);
    if (!t || t->choices == 0) continue;
    int r = sim_talk_rating(ss, i);
    if (r < best_rating) best = t->person, best_rating = r;
  }
  return best;
}

void game_transcript_free(GameTranscript *tr) {
  if (!tr) return;
  free(tr->lines);
  free(tr->texts);
  free(tr->heights);
  memset(tr, 0, sizeof *tr);
}

/* Replaces the live steps with the session's stored rows when every conversation is
 * stored and the rows give as many choices and guesses: what the player reads is then what
 * a reload would rebuild. Otherwise (no save, a save point still pending) the live ones stay. */
static bool stored_steps(GameApp *app, int n, int ng, SimStep *steps, SimTalkGuess *guesses) {
  const GameState *st = app->state;
  if (!st->db || st->record.row.id == 0 || st->record.talks_saved != sim_session_talk_count(st->session)) return false;
  SimStep *rows = malloc(sizeof *rows * SIM_MAX_LOG);
  SimTalkGuess g[SIM_MAX_TALKS];
  int rn = 0, rg = 0;
  char msg[256];
  bool ok = rows && save_transcript_steps(st->db, st->scenario, st->record.row.id, rows, SIM_MAX_LOG, &rn, g,
                                          SIM_MAX_TALKS, &rg, msg, sizeof msg) == SAVE_OK &&
            rn == n && rg == ng;
  if (ok) {
    memcpy(steps, rows, sizeof *rows * (size_t)n);
    memcpy(guesses, g, sizeof *g * (size_t)ng);
  }
  free(rows);
  return ok;
}

bool game_transcript_build(GameApp *app, GameTranscript *tr) {
  memset(tr, 0, sizeof *tr);
  const SimSession *ss = app->state->session;
  /* The evening as played: the words the player heard (the seed picks among variants). */
  const SimScenario *sc = ss ? sim_session_scenario(ss) : NULL;
  if (!ss || !sc) return true;
  SimStep *steps = malloc(sizeof *steps * SIM_MAX_LOG);
  tr->lines = malloc(sizeof *tr->lines * TRANSCRIPT_MAX_LINES);
  if (!steps || !tr->lines) {
    free(steps);
    game_transcript_free(tr);
    return false;
  }
  int n = sim_transcript_steps(ss, steps, SIM_MAX_LOG);
  SimTalkGuess guesses[SIM_MAX_TALKS];
  int ng = sim_transcript_guesses(ss, guesses, SIM_MAX_TALKS);
  tr->from_save = stored_steps(app, n, ng, steps, guesses);
  tr->count = sim_transcript_build(sc, steps, n, guesses, ng, tr->lines, TRANSCRIPT_MAX_LINES);
  free(steps);
  tr->texts = calloc((size_t)(tr->count ? tr->count : 1), sizeof *tr->texts);
  tr->heights = calloc((size_t)(tr->count ? tr->count : 1), sizeof *tr->heights);
  if (!tr->texts || !tr->heights) {
    game_transcript_free(tr);
    return false;
  }
  for (int i = 0; i < tr->count; i++)
    game_state_personalise(app->state, tr->lines[i].text ? tr->lines[i].text : "", tr->texts[i], sizeof tr->texts[i]);
  return true;
}

static const SimPerson *person_of(GameApp *app, int person) {
  const SimScenario *sc = app->state->scenario;
  return sc && person >= 0 && person < sc->person_count ? &sc->people[person] : NULL;
}

static void first_name(const SimPerson *p, char *buf, size_t size) {
  const char *n = p && p->name ? p->name : TR("debrief_transcript.they", "They");
  snprintf(buf, size, "%.*s", (int)strcspn(n, " "), n);
}

static const char *reaction_word(int r) { return r > 0 ? TR("debrief_transcript.warmer", "Warmer") : r < 0 ? TR("debrief_transcript.cooler", "Cooler") : TR("debrief_transcript.no_change", "No change"); }

/* The reaction's shape: up triangle, down triangle, or a dot, in a square of side `d`. */
static void reaction_shape(GameApp *app, int r, int x, int y, int d) {
  GfxColor c = ui_color(&app->theme, r > 0 ? UI_C_GOOD : r < 0 ? UI_C_DANGER : UI_C_INK_SOFT);
  if (r > 0) gfx_fill_triangle(app->gfx, x + d / 2, y, x, y + d, x + d, y + d, c);
  else if (r < 0) gfx_fill_triangle(app->gfx, x, y, x + d, y, x + d / 2, y + d, c);
  else gfx_fill_circle(app->gfx, x + d / 2, y + d / 2, d / 3, c);
}

/* One line; returns its height (draw = false only measures). */
static int line_block(GameApp *app, GameTranscript *tr, int i, int x, int y, int w, bool draw) {
  const UiTheme *t = &app->theme;
  const SimLine *l = &tr->lines[i];
  int u = t->unit, pad = u * 2;
  char name[64], buf[320];
  first_name(person_of(app, l->person), name, sizeof name);
  switch (l->kind) {
  case SIM_LINE_TALK: {
    const SimPerson *p = person_of(app, l->person);
    snprintf(buf, sizeof buf, TR("debrief_transcript.conversation", "Conversation %d: %s"), l->talk + 1, p && p->name ? p->name : "someone");
    int h = u * 2;
    if (draw) gfx_fill_rect(app->gfx, (GfxRect){x, y + u, w, 2}, ui_color(t, UI_C_LINE));
    h += draw ? ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, x, y + h, w, buf)
              : ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SUBHEADING, w, buf);
    return h + u;
  }
  case SIM_LINE_THEM: {
    int cw = w * 58 / 100 - 2 * pad - 8;
    int nh = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, cw, name);
    int th = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, cw, tr->texts[i]);
    int h = pad + nh + u / 2 + th + pad;
    if (draw) {
      GfxRect card = {x, y, w * 58 / 100, h};
      ui_panel(&app->ui, card, UI_C_SURFACE_ALT);
      gfx_fill_round_rect(app->gfx, (GfxRect){card.x, card.y, 6, card.h}, 3, ui_color(t, UI_C_LINE));
      ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK_SOFT, x + pad + 8, y + pad, cw, name);
      ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x + pad + 8, y + pad + nh + u / 2, cw, tr->texts[i]);
    }
    return h;
  }
  case SIM_LINE_PLAYER: {
    /* What you said (left) | how they took it (right). */
    int gap = u * 2, indent = u * 4;
    int left_w = (w - indent) * 55 / 100, right_w = w - indent - left_w - gap;
    int cw = left_w - 2 * pad - 8, rw = right_w - 2 * pad;
    int nh = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, cw, TR("debrief_transcript.you", "You"));
    int th = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, cw, tr->texts[i]);
    int shape = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL));
    int wh = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, rw - shape - u, reaction_word(l->reaction));
    if (wh < shape) wh = shape;
    int rh = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, rw, l->note);
    int left_h = pad + nh + u / 2 + th + pad, right_h = pad + wh + u / 2 + rh + pad;
    int h = left_h > right_h ? left_h : right_h;
    if (draw) {
      int lx = x + indent;
      GfxRect card = {lx, y, left_w, h};
      ui_panel(&app->ui, card, UI_C_SURFACE);
      gfx_fill_round_rect(app->gfx, (GfxRect){card.x, card.y, 6, card.h}, 3, ui_color(t, UI_C_ACCENT));
      ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_ACCENT, lx + pad + 8, y + pad, cw, TR("debrief_transcript.you", "You"));
      ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, lx + pad + 8, y + pad + nh + u / 2, cw, tr->texts[i]);
      int rx = lx + left_w + gap;
      GfxRect side = {rx, y, right_w, h};
      gfx_fill_round_rect(app->gfx, side, t->radius, ui_color(t, UI_C_BACKGROUND));
      gfx_fill_round_rect(app->gfx, (GfxRect){side.x, side.y, 4, side.h}, 2,
                          ui_color(t, l->reaction > 0 ? UI_C_GOOD : l->reaction < 0 ? UI_C_DANGER : UI_C_LINE));
      int d = shape * 3 / 4;
      reaction_shape(app, l->reaction, rx + pad, y + pad + (shape - d) / 2, d);
      ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK, rx + pad + shape + u / 2, y + pad, rw - shape - u,
              reaction_word(l->reaction));
      ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, rx + pad, y + pad + wh + u / 2, rw, l->note);
    }
    return h;
  }
  case SIM_LINE_GUESS: {
    snprintf(buf, sizeof buf, TR("debrief_transcript.how_do_you_think_that", "How do you think that went? You said %d out of 5; %s would say %d.%s"), l->guess, name,
             l->actual,
             l->actual > l->guess ? TR("debrief_transcript.they_liked_you_more_than", " They liked you more than you thought.")
             : l->actual < l->guess ? TR("debrief_transcript.it_went_a_little_less", " It went a little less well than it felt.")
                                    : TR("debrief_transcript.you_read_it_right", " You read it right."));
    int h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, w - 2 * pad - 8, buf) + 2 * pad;
    if (draw) {
      ui_panel(&app->ui, (GfxRect){x, y, w, h}, UI_C_SURFACE);
      gfx_fill_round_rect(app->gfx, (GfxRect){x, y, 6, h}, 3, ui_color(t, UI_C_WARM));
      ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x + pad + 8, y + pad, w - 2 * pad - 8, buf);
    }
    return h;
  }
  }
  return 0;
}

int game_transcript_draw(GameApp *app, GameTranscript *tr, int x, int y, int w, int clip_top, int clip_bottom,
                         bool draw) {
  const UiTheme *t = &app->theme;
  int top = y, gap = t->unit * 3 / 2;
  if (!tr->lines) {
    return draw ? ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w,
                          TR("debrief_transcript.the_transcript_could_not_be", "The transcript could not be put together this time."))
                : ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, w,
                                 TR("debrief_transcript.the_transcript_could_not_be", "The transcript could not be put together this time."));
  }
  #define INTRO TR("debrief_transcript.every_line_you_said_and", "Every line you said, and beside it how the other person took it, in their words.")
  y += (draw ? ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w, INTRO)
             : ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, w, INTRO)) + t->unit;
  if (tr->count == 0) {
    const char *none = TR("debrief_transcript.no_conversations_this_time_so", "No conversations this time, so there is nothing to read back yet.");
    y += draw ? ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x, y, w, none)
              : ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, w, none);
    return y - top;
  }
  int size = ui_size(t, UI_T_BODY);
  if (tr->measured_w != w || tr->measured_size != size) {
    for (int i = 0; i < tr->count; i++) tr->heights[i] = line_block(app, tr, i, 0, 0, w, false);
    tr->measured_w = w, tr->measured_size = size;
  }
  for (int i = 0; i < tr->count; i++) {
    int h = tr->heights[i];
    if (draw && y + h >= clip_top && y < clip_bottom) line_block(app, tr, i, x, y, w, true);
    y += h + gap;
  }
  return y - top + t->unit * 2;
}
