/* scene_rehearse.c — "Practise this": one moment tried again, first with a hint (which
 * style would help and why), then on your own. Each try runs on a fresh rehearsal session
 * (sim_rehearse_at / sim_rehearse_drill), never the session played; the result is the
 * person's reaction, then a one-line note; each try is stored as its own row through the
 * flow (GAME_STEP_REHEARSED). Also plays the drills: a choice in a talk, joining a group,
 * or the follow-up's personal line typed and judged by the checklist. An overlay: it
 * pushes and pops itself. Depends on state, flow, the ui kit, sim/practice.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/flow.h"
#include "game/practice.h"
#include "game/scenes.h"
#include "i18n/i18n.h"

enum { OPTIONS_MAX = SIM_MAX_CHOICES + 1, WALK_OFF = -2 };

typedef enum Phase { PH_CHOOSE, PH_RESULT, PH_BROKEN } Phase;

typedef struct RehearseScene {
  UiScene base;
  bool drill_mode;
  ScrDrill drill;
  SimScenario *own_scenario;       /* a drill's scenario (owned); moments use the state's */
  const SimScenario *sc;
  int log_index;                   /* the moment's choice in the played session */
  int person;
  char situation[SIM_MOMENT_TEXT + 480];
  SimSession *trial;               /* the current try (owned) */
  int attempt;                     /* 1: with the hint; 2 and on: without */
  Phase phase;
  int options[OPTIONS_MAX];        /* choice indices (WALK_OFF; for a join drill 0 polite, 1 barge) */
  char option_text[OPTIONS_MAX][600];
  GfxRect option_rects[OPTIONS_MAX];
  UiList list;
  char line[700];                  /* what the person says now */
  char hint[320];
  int hint_option;                 /* the option the hint is about, -1 */
  char said[620], reaction[720], mood[160], note[320];
  bool went_well;
  GameOwnWords words;              /* the message drill */
  const char *facts[SIM_MAX_FACTS];
  int fact_count;
  GfxRect box;
  UiView view;
  UiButtonRow buttons;
  bool on_buttons;                 /* keyboard focus is on the button row */
} RehearseScene;

static const SimPerson *person_of(const RehearseScene *s) {
  return s->sc && s->person >= 0 && s->person < s->sc->person_count ? &s->sc->people[s->person] : NULL;
}

static void first_name(const SimPerson *p, char *out, size_t size) {
  const char *n = p && p->name ? p->name : TR("rehearse.they", "They");
  size_t len = strcspn(n, " ");
  snprintf(out, size, "%.*s", (int)len, n);
}

static void set_buttons(RehearseScene *s) {
  const char *choose[] = {TR("rehearse.back", "Back")};
  const char *send[] = {TR("rehearse.send", "Send"), TR("rehearse.back", "Back")};
  const char *result[] = {s->attempt == 1 ? TR("rehearse.try_without_the_hint", "Try without the hint") : TR("rehearse.try_once_more", "Try once more"), TR("rehearse.done", "Done")};
  if (s->phase == PH_RESULT) ui_buttons_init(&s->buttons, 2, result);
  else if (s->phase == PH_CHOOSE && s->drill_mode && s->drill.kind == SCR_DRILL_MESSAGE) ui_buttons_init(&s->buttons, 2, send);
  else ui_buttons_init(&s->buttons, 1, choose);
  s->on_buttons = s->phase != PH_CHOOSE;
}

static bool is_message(const RehearseScene *s) { return s->drill_mode && s->drill.kind == SCR_DRILL_MESSAGE; }
static bool is_join(const RehearseScene *s) { return s->drill_mode && s->drill.kind == SCR_DRILL_JOIN; }

/* A fresh try: a new rehearsal session at the moment, its options, the hint on try 1. */
static void start_try(RehearseScene *s, GameApp *app) {
  sim_session_destroy(s->trial);
  s->trial = NULL;
  int status = SIM_OK;
  if (!s->drill_mode) {
    s->trial = app->state->session ? sim_rehearse_at(app->state->session, s->log_index, &status) : NULL;
  } else {
    const char *steps[SCR_DRILL_STEPS];
    for (int i = 0; i < s->drill.step_count; i++) steps[i] = s->drill.steps[i];
    s->trial = sim_rehearse_drill(s->sc, 0x5EEDD811ull, s->person, SIM_JOIN_POLITE, is_join(s), steps,
                                  s->drill.step_count, &status);
  }
  s->phase = s->trial ? PH_CHOOSE : PH_BROKEN;
  s->said[0] = s->reaction[0] = s->mood[0] = s->note[0] = s->hint[0] = s->line[0] = '\0';
  s->hint_option = -1;
  s->list = (UiList){.focus = 0, .count = 0, .numbers = true};
  s->view.scroll = (UiScroll){0};
  if (!s->trial) {
    snprintf(s->note, sizeof s->note, TR("rehearse.this_moment_cant_be_set", "This moment can't be set up again (%s)."), sim_status_text(status));
    set_buttons(s);
    return;
  }
  const SimPerson *p = person_of(s);
  int n = 0;
  if (is_join(s)) {
    snprintf(s->option_text[0], sizeof s->option_text[0], "%s", s->drill.polite);
    snprintf(s->option_text[1], sizeof s->option_text[1], "%s", s->drill.barge);
    s->options[0] = 0, s->options[1] = 1;
    n = 2;
    s->hint_option = 0;
  } else if (is_message(s)) {
    const SimRelation *r = sim_session_relation(s->trial, s->person);
    s->fact_count = 0;
    for (int f = 0; p && r && f < p->fact_count; f++)
      if ((r->facts_known >> f) & 1u) s->facts[s->fact_count++] = p->facts[f].text;
    s->words.typing = true;
    s->words.text[0] = '\0';
    game_own_words_update(&s->words, NULL, SIM_CHECK_FOLLOW_UP, app->state->profile.name, s->facts, s->fact_count, true);
  } else {
    const SimNode *node = sim_talk_node(s->trial);
    game_state_personalise(app->state, node ? node->line : "", s->line, sizeof s->line);
    int idx[SIM_MAX_CHOICES];
    int count = sim_talk_choices(s->trial, idx, SIM_MAX_CHOICES);
    for (int i = 0; i < count && n < OPTIONS_MAX; i++) {
      s->options[n] = idx[i];
      game_state_personalise(app->state, node->choices[idx[i]].text, s->option_text[n], sizeof s->option_text[n]);
      if (s->drill_mode && s->drill.focus >= 0 && s->hint_option < 0 && (int)node->choices[idx[i]].style == s->drill.focus)
        s->hint_option = n;
      n++;
    }
    if (s->drill_mode && s->drill.walk_off[0] && n < OPTIONS_MAX) {
      s->options[n] = WALK_OFF;
      snprintf(s->option_text[n], sizeof s->option_text[n], "%s", s->drill.walk_off);
      n++;
    }
    if (s->hint_option < 0) {
      int pick = sim_hint_choice(s->trial);
      for (int i = 0; i < n; i++)
        if (s->options[i] == pick) s->hint_option = i;
    }
  }
  s->list.count = n;
  if (s->attempt == 1) {
    if (s->drill_mode && s->drill.hint[0]) snprintf(s->hint, sizeof s->hint, "%s", s->drill.hint);
    else if (s->hint_option >= 0 && s->options[s->hint_option] >= 0)
      sim_rehearse_hint(s->trial, s->options[s->hint_option], s->hint, sizeof s->hint);
  }
  set_buttons(s);
}

static void record(RehearseScene *s, GameApp *app, int log_index, const char *node) {
  GameRehearsal r = {.session = log_index >= 0 ? s->trial : NULL, .log_index = log_index,
                     .with_hint = s->attempt == 1, .drill = s->drill_mode ? s->drill.id : NULL};
  if (log_index < 0) {
    r.scenario = s->sc && s->sc->id ? s->sc->id : "";
    r.person = person_of(s) && person_of(s)->id ? person_of(s)->id : "";
    r.node = node;
    r.found = s->words.result.found;
    r.items = s->words.result.count;
  }
  GameStepData d = {.rehearsal = &r};
  game_flow_step_done(app, GAME_STEP_REHEARSED, &d);
}

static void describe_mood(RehearseScene *s) {
  const SimRelation *r = sim_session_relation(s->trial, s->person);
  char who[64];
  first_name(person_of(s), who, sizeof who);
  if (!r) return;
  SimMood m = sim_mood_from_interest(r->interest);
  snprintf(s->mood, sizeof s->mood, "%s %s.", who,
           m == SIM_MOOD_INTERESTED ? TR("rehearse.looks_interested", "looks interested") : m == SIM_MOOD_NEUTRAL ? TR("rehearse.is_polite_but_reserved", "is polite, but reserved")
                                                                                : TR("rehearse.looks_uncomfortable", "looks uncomfortable"));
}

static void choose(RehearseScene *s, GameApp *app, int option) {
  if (s->phase != PH_CHOOSE || !s->trial || option < 0 || option >= s->list.count) return;
  char who[64];
  first_name(person_of(s), who, sizeof who);
  int before = sim_log_count(s->trial);
  SimEffects fx;
  memset(&fx, 0, sizeof fx);
  int rc;
  if (is_join(s)) rc = sim_talk_begin(s->trial, s->person, option == 0 ? SIM_JOIN_POLITE : SIM_JOIN_BARGE, &fx);
  else if (s->options[option] == WALK_OFF) rc = sim_talk_end(s->trial, false, &fx);
  else rc = sim_talk_choose(s->trial, s->options[option], &fx);
  if (rc != SIM_OK) {
    snprintf(s->note, sizeof s->note, TR("rehearse.that_cant_be_said_now", "That can't be said now (%s)."), sim_status_text(rc));
    return;
  }
  snprintf(s->said, sizeof s->said, "%s", s->option_text[option]);
  SimTalkView v;
  sim_talk_view(s->trial, &v);
  const SimNode *node = sim_talk_node(s->trial);
  if (v.active && node) {
    char line[700];
    game_state_personalise(app->state, node->line, line, sizeof line);
    snprintf(s->reaction, sizeof s->reaction, "%s: \u201c%.560s\u201d", who, line);
  } else {
    snprintf(s->reaction, sizeof s->reaction, fx.interest < -0.01f ? TR("rehearse.turns_back_to_the_booth", "(%s turns back to the booth without a word.)")
                                                                   : TR("rehearse.nods_and_turns_to_the", "(%s nods and turns to the next person.)"), who);
  }
  describe_mood(s);
  sim_rehearse_note(s->trial, s->person, &fx, s->note, sizeof s->note);
  s->went_well = sim_rehearse_went_well(&fx);
  s->phase = PH_RESULT;
  set_buttons(s);
  s->view.scroll = (UiScroll){0};
  record(s, app, before, NULL);
}

static void send_message(RehearseScene *s, GameApp *app) {
  const SimPerson *p = person_of(s);
  char who[64];
  first_name(p, who, sizeof who);
  const SimCheckResult *r = &s->words.result;
  s->went_well = s->words.ready && !r->empty && !r->keyword_list && r->found == r->count;
  snprintf(s->said, sizeof s->said, "%.600s", s->words.text[0] ? s->words.text : "(nothing)");
  const char *reply = p ? (s->went_well ? p->followup.reply_personal : p->followup.reply_generic) : NULL;
  char line[700];
  game_state_personalise(app->state, reply ? reply : TR("rehearse.thanks_for_getting_in_touch", "Thanks for getting in touch."), line, sizeof line);
  snprintf(s->reaction, sizeof s->reaction, "%s: \u201c%.560s\u201d", who, line);
  if (s->went_well)
    snprintf(s->note, sizeof s->note, TR("rehearse.every_item_found_knows_who", "Every item found: %s knows who wrote, and that you were listening."), who);
  else if (r->keyword_list || r->empty)
    snprintf(s->note, sizeof s->note, "%s", r->empty ? s->words.rules->empty_note : s->words.rules->list_note);
  else
    snprintf(s->note, sizeof s->note, TR("rehearse.of_found_the_list_below", "%d of %d found: the list below says what to add."), r->found, r->count);
  s->words.typing = false;
  s->phase = PH_RESULT;
  set_buttons(s);
  s->view.scroll = (UiScroll){0};
  record(s, app, -1, "follow_up");
}

/* ---- Layout: one column of content in a scroll view (draw = false only measures) ---- */

static int text(GameApp *app, GfxFont f, UiType type, UiColor c, int x, int y, int w, const char *str, bool draw) {
  if (!str || !str[0]) return 0;
  return draw ? ui_text(&app->ui, f, type, c, x, y, w, str) : ui_text_height(&app->ui, f, type, w, str);
}

/* A card with a coloured stripe and a heading over a body; returns its height. */
static int card(GameApp *app, int x, int y, int w, UiColor stripe, const char *head, const char *body, UiType body_type,
                bool draw) {
  const UiTheme *t = &app->theme;
  int pad = t->unit * 2;
  int inner = w - 2 * pad - 8;
  int hh = text(app, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK_SOFT, 0, 0, inner, head, false);
  int bh = text(app, GFX_FONT_REGULAR, body_type, UI_C_INK, 0, 0, inner, body, false);
  int h = hh + (hh && bh ? t->unit / 2 : 0) + bh + 2 * pad;
  if (draw) {
    ui_panel(&app->ui, (GfxRect){x, y, w, h}, UI_C_SURFACE);
    gfx_fill_round_rect(app->gfx, (GfxRect){x, y, 6, h}, 3, ui_color(&app->theme, stripe));
    text(app, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK_SOFT, x + pad + 8, y + pad, inner, head, true);
    text(app, GFX_FONT_REGULAR, body_type, UI_C_INK, x + pad + 8, y + pad + hh + (hh ? t->unit / 2 : 0), inner, body, true);
  }
  return h;
}

static int content(RehearseScene *s, GameApp *app, int x, int y, int w, bool draw) {
  const UiTheme *t = &app->theme;
  int u = t->unit, top = y;
  char who[64], head[160];
  first_name(person_of(s), who, sizeof who);
  /* The situation before a try; the result takes its place (at large text sizes the note
   * must not fall below the fold). */
  if (s->phase != PH_RESULT)
    y += card(app, x, y, w, UI_C_ACCENT, s->drill_mode ? TR("rehearse.the_situation", "The situation") : TR("rehearse.what_happened", "What happened"), s->situation, UI_T_BODY, draw) + u * 2;
  if (s->phase == PH_BROKEN) {
    y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x, y, w, s->note, draw);
    return y - top;
  }
  snprintf(head, sizeof head, s->attempt == 1 ? TR("rehearse.try_1_with_a_hint", "Try 1 \u2014 with a hint") : TR("rehearse.try_on_your_own", "Try %d \u2014 on your own"), s->attempt);
  y += text(app, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, x, y, w, head, draw) + u;
  if (s->phase == PH_CHOOSE) {
    if (s->hint[0]) {
      char h[400];
      snprintf(h, sizeof h, TR("rehearse.hint", "Hint: %s"), s->hint);
      y += card(app, x, y, w, UI_C_GOLD, NULL, h, UI_T_BODY, draw) + u * 2;
    }
    if (s->line[0]) {
      char l[760];
      snprintf(l, sizeof l, "%s: \u201c%.640s\u201d", who, s->line);
      y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x, y, w, l, draw) + u * 2;
    }
    if (is_message(s)) {
      int box_h = u * 16;
      s->box = (GfxRect){x, y, w, box_h};
      if (draw)
        game_own_words_draw_box(app, s->box, &s->words, TR("rehearse.type_the_personal_line_of", "Type the personal line of your message. Enter sends it."),
                                &s->view.rect);
      y += box_h + u * 2;
      y += game_own_words_checklist(app, &s->words, x, y, w, draw) + u;
      return y - top;
    }
    y += text(app, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK_SOFT, x, y, w, TR("rehearse.what_do_you_say", "What do you say?"), draw) + u;
    int bs = ui_size(t, UI_T_BODY);
    int lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, bs);
    int num_w = lh + u * 3;
    for (int i = 0; i < s->list.count; i++) {
      int th = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, w - num_w - u * 3, s->option_text[i]);
      GfxRect r = {x, y, w, th + u * 2};
      s->option_rects[i] = r;
      if (draw) {
        bool focused = !s->on_buttons && s->list.focus == i;
        ui_panel(&app->ui, r, focused ? UI_C_SURFACE_ALT : UI_C_SURFACE);
        char num[16];
        snprintf(num, sizeof num, "%d", i + 1);
        gfx_text(app->gfx, GFX_FONT_BOLD, bs, ui_color(t, UI_C_ACCENT), x + u * 2, y + u, GFX_ALIGN_LEFT, num);
        ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x + num_w, y + u, w - num_w - u * 3, s->option_text[i]);
        if (focused) ui_focus_ring(&app->ui, r);
      }
      y += r.h + u;
    }
    return y - top;
  }
  /* The result: what you said, how they took it, then the one-line note. */
  char said[660];
  snprintf(said, sizeof said, TR("rehearse.you", "You: \u201c%s\u201d"), s->said);
  y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w, said, draw) + u * 2;
  snprintf(head, sizeof head, TR("rehearse.how_took_it", "How %s took it"), who);
  char body[900];
  snprintf(body, sizeof body, "%s%s%s", s->reaction, s->mood[0] ? "\n" : "", s->mood);
  y += card(app, x, y, w, s->went_well ? UI_C_GOOD : UI_C_GOLD, head, body, UI_T_BODY, draw) + u * 2;
  char note[400];
  snprintf(note, sizeof note, "%s %s", s->went_well ? TR("rehearse.that_worked", "\u2713 That worked.") : TR("rehearse.worth_another_try", "\u2013 Worth another try."), s->note);
  y += text(app, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, x, y, w, note, draw) + u * 2;
  if (is_message(s)) y += game_own_words_checklist(app, &s->words, x, y, w, draw) + u;
  return y - top;
}

static void layout(RehearseScene *s, GameApp *app, const char *subtitle) {
  const UiTheme *t = &app->theme;
  int y = ui_header_bottom(&app->ui, subtitle);
  int bottom = ui_buttons_layout(&app->ui, &s->buttons) - t->unit * 2;
  s->view.rect = (GfxRect){t->margin - 4, y, GFX_WIDTH - 2 * t->margin + 8, bottom - y};
}

static void subtitle(const RehearseScene *s, char *out, size_t size) {
  const SimPerson *p = person_of(s);
  snprintf(out, size, TR("rehearse.with_at", "With %s, %s at %s"), p && p->name ? p->name : "them", p && p->role ? p->role : "",
           p && p->org ? p->org : "");
}

static int content_x(const RehearseScene *s, GameApp *app) { return s->view.rect.x + app->theme.unit / 2; }
static int content_w(const RehearseScene *s, GameApp *app) { return s->view.rect.w - app->theme.unit * 11 / 4; }

static void rehearse_update(UiScene *self, void *app_ptr, GfxInput *in) {
  RehearseScene *s = (RehearseScene *)self;
  GameApp *app = app_ptr;
  char sub[300];
  subtitle(s, sub, sizeof sub);
  layout(s, app, sub);
  int top = s->view.rect.y - (int)s->view.scroll.offset;
  s->view.scroll.content_h = content(s, app, content_x(s, app), top, content_w(s, app), false);
  bool typing = s->phase == PH_CHOOSE && is_message(s) && s->words.typing;
  if (typing) {
    game_own_words_update(&s->words, in, SIM_CHECK_FOLLOW_UP, app->state->profile.name, s->facts, s->fact_count, false);
    if (in->pressed[GFX_ACT_CONFIRM]) {
      send_message(s, app);
      in->text_active = false;
      return;
    }
    if (in->pressed[GFX_ACT_NEXT] || in->pressed[GFX_ACT_PREV] || in->pressed[GFX_ACT_BACK]) {
      s->words.typing = false;
      s->on_buttons = true;
      s->buttons.list.focus = 0;
    }
    for (int i = 0; i < s->buttons.count; i++)
      if (ui_clicked(in, s->buttons.rects[i])) {
        if (i == 0) send_message(s, app);
        else ui_stack_pop(&app->stack);
        in->text_active = false;
        return;
      }
    in->text_active = s->words.typing;
    if (s->words.typing) { /* the box and what the checklist found stay in view */
      int by = s->box.y - top, h = s->view.scroll.content_h - by;
      ui_scroll_follow(&s->view.scroll, by, h < s->view.rect.h ? h : s->view.rect.h);
    }
    ui_view_update(&app->ui, &s->view, in, false);
    return;
  }
  in->text_active = false;
  if (s->phase == PH_CHOOSE && is_message(s) && (ui_clicked(in, s->box) || (!s->on_buttons && in->pressed[GFX_ACT_UP]))) {
    s->words.typing = true;
    in->text_active = true;
    return;
  }
  if (in->pressed[GFX_ACT_BACK]) {
    ui_stack_pop(&app->stack);
    return;
  }
  bool options = s->phase == PH_CHOOSE && s->list.count > 0;
  if (options && !s->on_buttons) {
    int chosen = ui_list_update(&s->list, in, s->option_rects);
    if (chosen >= 0) {
      choose(s, app, chosen);
      return;
    }
    if (in->pressed[GFX_ACT_NEXT]) s->on_buttons = true;
    ui_scroll_follow(&s->view.scroll, s->option_rects[s->list.focus].y - top, s->option_rects[s->list.focus].h);
    ui_view_update(&app->ui, &s->view, in, false);
  } else {
    if (options && (in->pressed[GFX_ACT_UP] || in->pressed[GFX_ACT_PREV])) {
      s->on_buttons = false;
      return;
    }
    if (options) {
      for (int i = 0; i < s->list.count; i++)
        if (ui_clicked(in, s->option_rects[i])) {
          choose(s, app, i);
          return;
        }
    }
    ui_view_update(&app->ui, &s->view, in, !options);
  }
  int b = ui_buttons_update(&s->buttons, in, s->on_buttons);
  if (b < 0) return;
  if (s->phase == PH_RESULT && b == 0) {
    s->attempt++;
    start_try(s, app);
  } else if (s->phase == PH_CHOOSE && is_message(s) && b == 0) {
    send_message(s, app);
  } else {
    ui_stack_pop(&app->stack);
  }
}

static void rehearse_draw(UiScene *self, void *app_ptr, Gfx *g) {
  (void)g;
  RehearseScene *s = (RehearseScene *)self;
  GameApp *app = app_ptr;
  char sub[300];
  subtitle(s, sub, sizeof sub);
  ui_page_header(&app->ui, s->drill_mode ? s->drill.title : TR("rehearse.practise_this_moment", "Practise this moment"), sub);
  layout(s, app, sub);
  int top = ui_view_begin(&app->ui, &s->view);
  int h = content(s, app, content_x(s, app), top, content_w(s, app), true);
  ui_view_end(&app->ui, &s->view, h);
  bool typing = s->phase == PH_CHOOSE && is_message(s) && s->words.typing;
  ui_buttons_draw(&app->ui, &s->buttons, s->on_buttons && !typing);
  const char *hint = typing ? TR("rehearse.type_your_line_enter_send", "Type your line   Enter: send   Tab or Esc: to the buttons")
                   : s->phase == PH_CHOOSE && !is_message(s) ? TR("rehearse.up_down_move_1_6", "Up/Down: move   1-6 or Enter: say it   Tab: buttons   Esc: back")
                   : TR("rehearse.tab_move_enter_or_click", "Tab: move   Enter or click: choose   Up/Down: scroll   Esc: back");
  ui_footer_hint(&app->ui, hint);
}

static void rehearse_destroy(UiScene *self) {
  RehearseScene *s = (RehearseScene *)self;
  sim_session_destroy(s->trial);
  sim_scenario_destroy(s->own_scenario);
  game_own_words_free(&s->words);
  free(s);
}

static const UiSceneOps REHEARSE_OPS = {
  .name = "rehearse", .update = rehearse_update, .draw = rehearse_draw, .destroy = rehearse_destroy,
};

static RehearseScene *alloc_scene(void) {
  RehearseScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &REHEARSE_OPS;
  s->attempt = 1;
  return s;
}

bool game_rehearse_possible(GameApp *app, int log_index, int reason) {
  /* Moments about the whole talk or what came after it (no follow-up written, questions
   * only) are not one choice to try again. */
  if (reason == SIM_REASON_NO_FOLLOW_UP || reason == SIM_REASON_SHARED_NOTHING) return false;
  const SimSession *ss = app->state->session;
  const SimLogEntry *e = ss ? sim_log_entry(ss, log_index) : NULL;
  return e && e->kind == SIM_LOG_CHOICE && e->person >= 0 && e->node >= 0;
}

UiScene *game_rehearse_moment_scene(GameApp *app, int log_index, const char *moment_text) {
  if (!game_rehearse_possible(app, log_index, SIM_REASON_NONE)) return NULL;
  RehearseScene *s = alloc_scene();
  if (!s) return NULL;
  s->sc = app->state->scenario;
  s->log_index = log_index;
  s->person = sim_log_entry(app->state->session, log_index)->person;
  snprintf(s->situation, sizeof s->situation, "%s", moment_text ? moment_text : "");
  start_try(s, app);
  return &s->base;
}

UiScene *game_rehearse_drill_scene(GameApp *app, const ScrDrill *drill, SimScenario *scenario) {
  RehearseScene *s = alloc_scene();
  if (!s) {
    sim_scenario_destroy(scenario);
    return NULL;
  }
  s->drill_mode = true;
  s->drill = *drill;
  s->own_scenario = scenario;
  s->sc = scenario;
  s->person = sim_scenario_find_person(scenario, drill->person);
  snprintf(s->situation, sizeof s->situation, "%s", drill->setup);
  if (drill->kind == SCR_DRILL_MESSAGE) game_own_words_init(&s->words);
  start_try(s, app);
  return &s->base;
}
