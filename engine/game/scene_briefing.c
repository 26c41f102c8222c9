/* scene_briefing.c — the briefing before the event: choose an intention and rehearse an
 * opener from its parts (your name, why you are here, a genuine question), read back as
 * one sentence. "Start the event" starts the session and replaces this screen with the
 * floor. F5 reloads the scenario from disk. The opener parts are data: the scenario's
 * `openers`, else assets/openers.ini (game/openers.h). Depends on game state, the ui kit, sim.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/flow.h"
#include "game/practice.h"
#include "game/scenes.h"
#include "game/state.h"
#include "i18n/i18n.h"

/* ROW_OWN: the opener in the learner's own words (game/practice.h), judged by the checklist. */
enum { ROW_INTENTION, ROW_WHY, ROW_QUESTION, ROW_OWN, ROW_BUTTONS, ROW_COUNT };
enum { OPTIONS_MAX = SIM_MAX_OPENERS, ITEMS_MAX = 3 * OPTIONS_MAX + 1 };

static const struct {
  SimIntention intention;
  const char *label;
  const char *meaning;   /* what counts, in the player's words */
} INTENTIONS[] = {
  {SIM_INTENT_ONE_REAL_CONVERSATION, TR_NOOP("briefing.leave_with_one_real_conversation", "Leave with one real conversation"),
   TR_NOOP("briefing.one_talk_that_goes_past", "One talk that goes past names and titles: an exchange they would remember.")},
  {SIM_INTENT_MEET_THREE, TR_NOOP("briefing.meet_three_new_people", "Meet three new people"),
   TR_NOOP("briefing.three_people_who_leave_knowing", "Three people who leave knowing your name and why you came over.")},
  {SIM_INTENT_HELP_SOMEONE, TR_NOOP("briefing.help_someone_with_what_they", "Help someone with what they need"),
   TR_NOOP("briefing.find_out_what_someone_is", "Find out what someone is after tonight, and offer a hand with it.")},
  {SIM_INTENT_RECONNECT, TR_NOOP("briefing.reconnect_with_someone_i_know", "Reconnect with someone I know"),
   TR_NOOP("briefing.pick_up_again_with_someone", "Pick up again with someone you have met before.")},
};
enum { INTENTION_COUNT = sizeof INTENTIONS / sizeof INTENTIONS[0] };

typedef struct BriefingScene {
  UiScene base;
  GameOpeners venue;         /* the opener parts: the scenario's, else assets/openers.ini */
  int chosen[ROW_COUNT];     /* selected option per chip row (ROW_OWN, ROW_BUTTONS: 0) */
  int row, col;              /* keyboard focus */
  UiScroll scroll;
  /* Layout (content coordinates inside `view`), rebuilt each frame from measurements. */
  GfxRect view;
  GfxRect items[ITEMS_MAX];
  int item_row[ITEMS_MAX], item_col[ITEMS_MAX], item_count;
  int heading_y[3], opener_y;
  GfxRect plan;              /* the pinned read-back panel (screen coordinates) */
  UiType plan_type;
  bool show_meaning;
  bool plan_own;             /* the plan reads back their own words */
  GfxRect buttons[3];        /* Back, Start, See how it's done (screen coordinates) */
  char readback[640];
  char name_line[160];
  GameOwnWords own;          /* the opener typed in the learner's own words */
  int own_y, own_box_h;      /* its heading and box (content coordinates) */
} BriefingScene;

#define OWN_HEAD TR("briefing.or_say_it_in_your", "Or say it in your own words")
#define OWN_PLACEHOLDER TR("briefing.type_your_opener_as_youd", "Type your opener as you'd say it. Up: back to the parts   Down or Enter: done")

static int row_size(const BriefingScene *s, int row) {
  if (row == ROW_BUTTONS) return 3; /* Back, Start, See how it's done */
  if (row == ROW_OWN) return 1;
  if (row == ROW_INTENTION) return INTENTION_COUNT;
  int n = row == ROW_WHY ? s->venue.why_count : s->venue.question_count;
  return n < OPTIONS_MAX ? n : OPTIONS_MAX;
}

static const char *option_label(const BriefingScene *s, int row, int col) {
  if (row == ROW_INTENTION) return i18n_text_static(INTENTIONS[col].label);
  return row == ROW_WHY ? s->venue.why[col] : s->venue.question[col];
}

static void build_readback(BriefingScene *s, GameApp *app) {
  GameState *st = app->state;
  const char *name = st->has_profile && st->profile.name[0] ? st->profile.name : TR("briefing.player", "Player");
  char opener[sizeof st->opener];
  int n;
  if (s->own.result.words > 0) /* their own words, when they wrote any, are what they'll say */
    n = snprintf(opener, sizeof opener, "%s", s->own.text);
  else
    n = snprintf(opener, sizeof opener, TR("briefing.hi_im", "Hi, I'm %s — %s. %s"), name, s->venue.why[s->chosen[ROW_WHY]],
                 s->venue.question[s->chosen[ROW_QUESTION]]);
  if (n >= (int)sizeof opener) { /* parts at their longest: drop a character cut in two */
    size_t len = sizeof opener - 1, start = len;
    while (start > 0 && ((unsigned char)opener[start - 1] & 0xC0) == 0x80) start--;
    unsigned char lead = start > 0 ? (unsigned char)opener[start - 1] : 0;
    size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (start > 0 && len - (start - 1) < need) opener[start - 1] = '\0';
  }
  if (s->own.result.words > 0) game_state_set_own_opener(st, opener);
  else game_state_set_opener(st, opener);
  snprintf(s->readback, sizeof s->readback, "\u201c%s\u201d", st->opener);
}

static const char *const HEADS[3] = {TR_NOOP("briefing.what_do_you_want_from", "What do you want from this event?"), TR_NOOP("briefing.why_youre_here", "Why you're here"),
                                     TR_NOOP("briefing.a_genuine_question_to_ask", "A genuine question to ask")};

static void layout(BriefingScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  GameState *st = app->state;
  snprintf(s->name_line, sizeof s->name_line, TR("briefing.your_name_from_your_profile", "Your name: %s (from your profile)"),
           st->has_profile && st->profile.name[0] ? st->profile.name : TR("briefing.player", "Player"));
  int header_h = ui_header_bottom(&app->ui, st->scenario && st->scenario->title ? st->scenario->title : "");
  int bh = ui_button_height(&app->ui);
  int footer = ui_footer_top(&app->ui);
  int u = t->unit, plan_w = u * 50, ring = ui_ring_room(&app->ui);
  s->buttons[0] = ui_back_button_rect(&app->ui);
  s->buttons[1] = (GfxRect){GFX_WIDTH - t->margin - plan_w, footer - u * 2 - bh, plan_w, bh};
  int watch_w = 0, watch_h = 0;
  gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), TR("briefing.see_how_its_done", "See how it's done"), &watch_w, &watch_h);
  s->buttons[2] = (GfxRect){s->buttons[0].x + s->buttons[0].w + u * 2, s->buttons[0].y, watch_w + u * 6, bh};
  int view_h = s->buttons[0].y - u * 2 - header_h;
  s->plan = (GfxRect){GFX_WIDTH - t->margin - plan_w, header_h, plan_w, view_h};
  s->view = (GfxRect){t->margin - ring, header_h, s->plan.x - u * 3 - (t->margin - ring), view_h};
  int width = s->view.w - 3 * ring; /* room for the focus ring and the scroll bar */
  int x0 = ring, y = u, gap = u * 3;
  s->item_count = 0;
  for (int row = 0; row < 3; row++) {
    if (row == ROW_WHY) {
      s->opener_y = y;
      y += gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_SUBHEADING));
      y += ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, width, s->name_line) + t->unit * 2;
    }
    s->heading_y[row] = y;
    y += ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, width, i18n_text_static(HEADS[row])) + t->unit;
    int x = x0, line_h = 0;
    for (int col = 0; col < row_size(s, row); col++) {
      const char *label = option_label(s, row, col);
      int w = ui_chip_width(&app->ui, label, width);
      if (x > x0 && x + w > x0 + width) {
        x = x0;
        y += line_h + t->unit;
        line_h = 0;
      }
      int h = ui_chip_height(&app->ui, label, w, s->chosen[row] == col);
      s->items[s->item_count] = (GfxRect){x, y, w, h};
      s->item_row[s->item_count] = row;
      s->item_col[s->item_count] = col;
      s->item_count++;
      if (h > line_h) line_h = h;
      x += w + t->unit;
    }
    y += line_h + gap;
  }
  /* Their own words: a heading, the box (one focusable item) and the checklist under it. */
  s->own_y = y;
  y += ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, width, OWN_HEAD) + t->unit;
  s->own_box_h = u * 10;
  s->items[s->item_count] = (GfxRect){x0, y, width, s->own_box_h};
  s->item_row[s->item_count] = ROW_OWN;
  s->item_col[s->item_count] = 0;
  s->item_count++;
  y += s->own_box_h + t->unit * 2;
  y += game_own_words_checklist(app, &s->own, x0, y, width, false) + gap;
  s->scroll.content_h = y;
  s->scroll.view_h = s->view.h;
  build_readback(s, app);
  /* The plan panel: the opener in the larger size when it fits, else in body size, and
   * without the intention's explanation when even that is too tall. */
  int inner = plan_w - u * 6;
  const char *label = i18n_text_static(INTENTIONS[s->chosen[ROW_INTENTION]].label);
  const char *meaning = i18n_text_static(INTENTIONS[s->chosen[ROW_INTENTION]].meaning);
  s->plan_own = s->own.result.words > 0;
  int fixed = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, inner, TR("briefing.tonight_you_intend_to", "Tonight you intend to")) +
              ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, inner, TR("briefing.youll_open_with", "You'll open with")) +
              ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, inner, label) + t->unit * 9;
  int mean_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, inner, meaning) + t->unit / 2;
  int sub_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SUBHEADING, inner, s->readback);
  int body_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, inner, s->readback);
  s->show_meaning = true;
  s->plan_type = UI_T_SUBHEADING;
  if (fixed + mean_h + sub_h > s->plan.h) s->plan_type = UI_T_BODY;
  if (s->plan_type == UI_T_BODY && fixed + mean_h + body_h > s->plan.h) s->show_meaning = false;
}

static int item_at(const BriefingScene *s, int row, int col) {
  for (int i = 0; i < s->item_count; i++)
    if (s->item_row[i] == row && s->item_col[i] == col) return i;
  return -1;
}

/* An item's rect on screen (content rect moved by the view and scroll). */
static GfxRect on_screen(const BriefingScene *s, GfxRect r) {
  return (GfxRect){s->view.x + r.x, s->view.y + r.y - (int)s->scroll.offset, r.w, r.h};
}

static void activate(BriefingScene *s, GameApp *app, int row, int col) {
  if (row == ROW_OWN) {
    s->row = ROW_OWN;
    s->col = 0;
    s->own.typing = true;
    return;
  }
  if (row < ROW_BUTTONS) {
    /* After the question, Start: their own words are there to go back to (Up or a click). */
    s->chosen[row] = col;
    s->row = row == ROW_QUESTION ? ROW_BUTTONS : row + 1;
    s->col = s->row == ROW_BUTTONS ? 1 : s->chosen[s->row];
    return;
  }
  if (col == 0) {
    ui_stack_pop(&app->stack);
    return;
  }
  if (col == 2) { /* the expert's playback (issue 15): optional, on a seed of its own */
    ui_stack_push(&app->stack, game_watch_scene(app, -1, 0x5EE5EE5ull));
    return;
  }
  build_readback(s, app);
  GameStepData d = {.intention = INTENTIONS[s->chosen[ROW_INTENTION]].intention};
  game_flow_step_done(app, GAME_STEP_BRIEFED, &d);
}

static void briefing_update(UiScene *self, void *app_ptr, GfxInput *in) {
  BriefingScene *s = (BriefingScene *)self;
  GameApp *app = app_ptr;
  if (!app->state->scenario) {
    ui_stack_replace(&app->stack, game_script_error_scene(app, app->state->script_error));
    return;
  }
  layout(s, app);
  /* Typing their own opener: keys go into the box; Up, Down, Tab, Enter or Esc leave it. */
  if (s->own.typing) {
    const char *name = app->state->has_profile ? app->state->profile.name : NULL;
    game_own_words_update(&s->own, in, SIM_CHECK_OPENER, name, NULL, 0, false);
    bool up = in->pressed[GFX_ACT_UP] || in->pressed[GFX_ACT_PREV];
    if (up || in->pressed[GFX_ACT_DOWN] || in->pressed[GFX_ACT_NEXT] || in->pressed[GFX_ACT_CONFIRM] ||
        in->pressed[GFX_ACT_BACK]) {
      s->own.typing = false;
      s->row = up ? ROW_QUESTION : ROW_BUTTONS;
      s->col = up ? s->chosen[ROW_QUESTION] : 1;
    }
    bool clicked_elsewhere = in->clicked && !ui_hit(on_screen(s, s->items[item_at(s, ROW_OWN, 0)]), in->click_x, in->click_y);
    if (clicked_elsewhere) s->own.typing = false;
    in->text_active = s->own.typing;
    if (s->own.typing) { /* keep the box and what the checklist found in view */
      int i = item_at(s, ROW_OWN, 0);
      int h = s->scroll.content_h - s->items[i].y;
      ui_scroll_follow(&s->scroll, s->items[i].y, h < s->view.h ? h : s->view.h);
    }
    if (s->own.typing || !clicked_elsewhere) {
      ui_scroll_update(&s->scroll, in, s->view, &app->theme);
      return;
    }
  }
  in->text_active = false;
  if (in->pressed[GFX_ACT_RELOAD]) {
    if (game_state_reload_scenario(app->state)) ui_stack_replace(&app->stack, game_briefing_scene(app));
    else ui_stack_replace(&app->stack, game_script_error_scene(app, app->state->script_error));
    return;
  }
  if (in->pressed[GFX_ACT_BACK]) {
    ui_stack_pop(&app->stack);
    return;
  }
  int n = row_size(s, s->row);
  if (in->pressed[GFX_ACT_UP] && s->row > 0) {
    s->row--;
    s->col = s->row == ROW_BUTTONS ? 1 : s->chosen[s->row];
  }
  if (in->pressed[GFX_ACT_DOWN] && s->row < ROW_BUTTONS) {
    s->row++;
    s->col = s->row == ROW_BUTTONS ? 1 : s->chosen[s->row];
  }
  if (in->pressed[GFX_ACT_LEFT]) s->col = (s->col + n - 1) % n;
  if (in->pressed[GFX_ACT_RIGHT]) s->col = (s->col + 1) % n;
  if (in->pressed[GFX_ACT_NEXT] || in->pressed[GFX_ACT_PREV]) {
    int dir = in->pressed[GFX_ACT_NEXT] ? 1 : -1;
    s->col += dir;
    if (s->col >= row_size(s, s->row)) {
      s->row = (s->row + 1) % ROW_COUNT;
      s->col = 0;
    } else if (s->col < 0) {
      s->row = (s->row + ROW_COUNT - 1) % ROW_COUNT;
      s->col = row_size(s, s->row) - 1;
    }
  }
  n = row_size(s, s->row);
  if (s->col >= n) s->col = n - 1;
  if (s->col < 0) s->col = 0;
  /* Mouse: hover focuses, click activates. */
  for (int i = 0; i < s->item_count; i++) {
    GfxRect r = on_screen(s, s->items[i]);
    bool inside_view = ui_hit(s->view, in->mouse_x, in->mouse_y);
    if (in->mouse_moved && inside_view && ui_hit(r, in->mouse_x, in->mouse_y)) {
      s->row = s->item_row[i];
      s->col = s->item_col[i];
    }
    if (in->clicked && ui_hit(s->view, in->click_x, in->click_y) && ui_hit(r, in->click_x, in->click_y)) {
      activate(s, app, s->item_row[i], s->item_col[i]);
      return;
    }
  }
  for (int b = 0; b < 3; b++) {
    if (in->mouse_moved && ui_hit(s->buttons[b], in->mouse_x, in->mouse_y)) {
      s->row = ROW_BUTTONS;
      s->col = b;
    }
    if (ui_clicked(in, s->buttons[b])) {
      activate(s, app, ROW_BUTTONS, b);
      return;
    }
  }
  if (in->number >= 1 && in->number <= row_size(s, s->row) && s->row < ROW_OWN) {
    activate(s, app, s->row, in->number - 1);
    return;
  }
  if (in->pressed[GFX_ACT_CONFIRM]) {
    activate(s, app, s->row, s->col);
    return;
  }
  if (s->row < ROW_BUTTONS && !in->mouse_moved) {
    int i = item_at(s, s->row, s->col);
    /* On the first row, keep the opener above it in view too. */
    int above = s->row > 0 ? 0 : app->theme.unit * 15 / 2;
    if (i >= 0) ui_scroll_follow(&s->scroll, s->items[i].y - above, s->items[i].h);
  }
  ui_scroll_update(&s->scroll, in, s->view, &app->theme);
}

static void briefing_draw(UiScene *self, void *app_ptr, Gfx *g) {
  BriefingScene *s = (BriefingScene *)self;
  GameApp *app = app_ptr;
  GameState *st = app->state;
  const UiTheme *t = &app->theme;
  layout(s, app);
  ui_page_header(&app->ui, TR("briefing.briefing", "Briefing"), st->scenario && st->scenario->title ? st->scenario->title : "");
  int u = t->unit, ring = ui_ring_room(&app->ui);
  int width = s->view.w - 3 * ring;
  int ox = s->view.x + ring, oy = s->view.y - (int)s->scroll.offset;
  gfx_set_clip(g, &s->view);
  int sub = ui_size(t, UI_T_SUBHEADING);
  gfx_text(g, GFX_FONT_BOLD, sub, ui_color(t, UI_C_INK), ox, oy + s->opener_y, GFX_ALIGN_LEFT, TR("briefing.your_opener", "Your opener"));
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, ox,
             oy + s->opener_y + gfx_line_height(g, GFX_FONT_BOLD, sub), width, s->name_line);
  for (int row = 0; row < 3; row++)
    ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, ox, oy + s->heading_y[row], width, i18n_text_static(HEADS[row]));
  for (int i = 0; i < s->item_count; i++) {
    int row = s->item_row[i], col = s->item_col[i];
    if (row == ROW_OWN) {
      GfxRect box = on_screen(s, s->items[i]);
      game_own_words_draw_box(app, box, &s->own, OWN_PLACEHOLDER, &s->view);
      if (!s->own.typing && s->row == ROW_OWN) ui_focus_ring(&app->ui, box);
      game_own_words_checklist(app, &s->own, box.x, box.y + box.h + t->unit * 2, box.w, true);
      continue;
    }
    ui_chip(&app->ui, on_screen(s, s->items[i]), option_label(s, row, col), s->chosen[row] == col,
               s->row == row && s->col == col);
  }
  ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, ox, oy + s->own_y, width, OWN_HEAD);
  gfx_set_clip(g, NULL);
  ui_scroll_bar(&app->ui, &s->scroll, s->view);

  GfxRect rb = s->plan;
  ui_panel(&app->ui, rb, UI_C_SURFACE_ALT);
  gfx_fill_round_rect(g, (GfxRect){rb.x, rb.y, 6, rb.h}, 3, ui_color(t, UI_C_WARM));
  int inner = rb.w - u * 6, x = rb.x + u * 3;
  int y = rb.y + t->unit * 2;
  y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK_SOFT, x, y, inner, TR("briefing.tonight_you_intend_to", "Tonight you intend to"));
  y += t->unit;
  y += ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x, y, inner, i18n_text_static(INTENTIONS[s->chosen[ROW_INTENTION]].label));
  if (s->show_meaning) {
    y += t->unit / 2;
    y += ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, x, y, inner,
                    i18n_text_static(INTENTIONS[s->chosen[ROW_INTENTION]].meaning));
  }
  y += t->unit * 3;
  y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK_SOFT, x, y, inner,
               s->plan_own ? TR("briefing.youll_open_with_your_own", "You'll open with (your own words)") : TR("briefing.youll_open_with", "You'll open with"));
  y += t->unit;
  GfxRect clip = {rb.x, rb.y, rb.w, rb.h - t->unit};
  gfx_set_clip(g, &clip);
  ui_text(&app->ui, GFX_FONT_REGULAR, s->plan_type, UI_C_INK, x, y, inner, s->readback);
  gfx_set_clip(g, NULL);

  ui_button(&app->ui, s->buttons[0], TR("briefing.back", "Back"), UI_BUTTON_SECONDARY, s->row == ROW_BUTTONS && s->col == 0, false);
  ui_button(&app->ui, s->buttons[1], TR("briefing.start_the_event", "Start the event"), UI_BUTTON_PRIMARY, s->row == ROW_BUTTONS && s->col == 1,
            false);
  ui_button(&app->ui, s->buttons[2], TR("briefing.see_how_its_done", "See how it's done"), UI_BUTTON_SECONDARY, s->row == ROW_BUTTONS && s->col == 2, false);
  ui_footer_hint(&app->ui, s->own.typing ? TR("briefing.type_your_opener_up_the", "Type your opener   Up: the parts   Down, Tab or Enter: done")
                                         : TR("briefing.arrows_tab_move_1_4", "Arrows/Tab: move   1-4: pick   Enter: choose   F5: reload   Esc: back"));
}

static void briefing_destroy(UiScene *self) {
  BriefingScene *s = (BriefingScene *)self;
  game_own_words_free(&s->own);
  free(s);
}

static const UiSceneOps BRIEFING_OPS = {
  .name = "briefing", .update = briefing_update, .draw = briefing_draw, .destroy = briefing_destroy,
};

UiScene *game_briefing_scene(GameApp *app) {
  BriefingScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &BRIEFING_OPS;
  game_openers_for(app->state->scenario, &app->openers, &s->venue);
  game_own_words_init(&s->own);
  s->row = ROW_INTENTION;
  return &s->base;
}
