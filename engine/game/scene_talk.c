/* scene_talk.c — one conversation: the person's large drawn portrait whose face shows how
 * it is going, their name, organisation and role, their line, and the 2–5 choices the sim
 * offers now as numbered buttons (keys 1–5, arrows + Enter, mouse). No numbers or scores:
 * the words and the face are the feedback. When the talk ends, an optional "How do you
 * think that went?" (1–5), then the save point and back to the floor.
 * Owns TalkScene; depends on the sim, game state, figures and ui widgets.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/figures.h"
#include "game/flow.h"
#include "game/scenes.h"
#include "game/state.h"
#include "game/voice.h"
#include "i18n/i18n.h"

#define TALK_PAUSE_S 0.45f    /* a beat before the person answers (reduced motion: none) */
#define GUESS_ITEMS 6
#define PORTRAIT_MAX 250      /* the portrait's art is drawn for sizes in this range */
#define PORTRAIT_MIN 110

typedef enum TalkPhase { TALK_LINE, TALK_GUESS } TalkPhase;

static const char *const GUESS_LABELS[GUESS_ITEMS] = {TR_NOOP("talk.1_badly", "1 Badly"), TR_NOOP("talk.2_not_great", "2 Not great"), TR_NOOP("talk.3_okay", "3 Okay"), TR_NOOP("talk.4_well", "4 Well"), TR_NOOP("talk.5_really_well", "5 Really well"), TR_NOOP("talk.skip", "Skip")};

typedef struct TalkScene {
  UiScene base;
  int person;
  int talk_index;
  bool failed;                      /* the talk could not start: `line` says why */
  bool ended;
  bool they_closed;                 /* they ended it themselves (patience or interest ran out) */
  char cue[200];                    /* restless: "Maya glances at the queue behind you.", "" */
  TalkPhase phase;
  int node;                         /* node whose text is loaded, -1 */
  char line[1200];                  /* what they say, personalised */
  char said[640];                   /* what the player said last, personalised */
  char opener[640];                 /* "Your opener: ..." on a first meeting's first node, "" */
  char choice_text[SIM_MAX_CHOICES][600];
  int choice_index[SIM_MAX_CHOICES];
  int choice_count;
  int hint;                         /* offered choice a connector would pick (hints on), -1 */
  UiList list;
  GfxRect rects[SIM_MAX_CHOICES];   /* on screen (after scrolling), for the mouse */
  int choice_h[SIM_MAX_CHOICES];    /* measured text heights */
  int line_h, said_h, info_h, opener_h, cue_h;
  int layout_scale;                 /* text scale the heights were measured at, -1 */
  float scroll, scroll_target;
  float reveal;                     /* 0..1: the new line fading in */
  float wait;                       /* seconds before the new line shows */
  GameLook look;
  int members[SIM_MAX_PEOPLE];      /* the rest of their group */
  int member_count;
  bool voiced;                      /* self-voicing said the current line (talk_voice) */
  UiList guess_list;
  GfxRect guess_rects[GUESS_ITEMS];
  GfxRect away_rect;                /* "Step away politely" (Escape) */
  bool away_hover;
} TalkScene;

static SimSession *session_of(GameApp *app) { return app->state ? app->state->session : NULL; }

static GameMood game_mood(SimMood m) {
  return m == SIM_MOOD_INTERESTED ? GAME_MOOD_INTERESTED : m == SIM_MOOD_UNCOMFORTABLE ? GAME_MOOD_UNCOMFORTABLE : GAME_MOOD_NEUTRAL;
}

/* The scene's grid, in the theme's spacing unit (assets/theme.ini): the portrait column on
 * the left, the conversation on the right, and the spacing every part shares. Heights come
 * from measured text, so the layout reflows at every text size. */
typedef struct TalkGrid {
  int u;                  /* the theme's unit */
  int left_x, left_w;     /* the portrait column */
  int right_x, right_w;   /* the conversation column */
  int top;                /* the portrait panel's top; also the outer space below it */
  int line_top;           /* the first line of the conversation column */
  int gap;                /* between stacked parts (said / bubble, choice / choice) */
  int pad;                /* from a panel's edge to its text */
  int bubble_x, bubble_y; /* the speech bubble's inner padding */
  int said_x;             /* the player's last words, indented under the bubble's edge */
  int choice_pad;         /* inside a choice, above and below its text */
  int choice_text_x;      /* a choice's text, after its number badge */
  int note_x;             /* a noted line (fact, opener) after its bullet or rule */
  int footer_top;         /* where the footer hint bar starts */
} TalkGrid;

static TalkGrid talk_grid(GameApp *app) {
  int u = app->theme.unit;
  TalkGrid m;
  m.u = u;
  m.left_x = u * 5;
  m.left_w = u * 95 / 2;
  m.right_x = m.left_x + m.left_w + u * 5;
  m.right_w = GFX_WIDTH - m.right_x - m.left_x;
  m.top = u * 3;
  m.line_top = u * 9 / 2;
  m.gap = u * 3 / 2;
  m.pad = u * 5 / 2;
  m.bubble_x = u * 4;
  m.bubble_y = u * 3;
  m.said_x = u * 15 / 4;
  m.choice_pad = u * 3 / 2;
  m.choice_text_x = u * 9;
  m.note_x = u * 9 / 2;
  m.footer_top = ui_footer_top(&app->ui);
  return m;
}

/* Loads the current node's line and the choices offered now (personalised once). */
static void load_node(TalkScene *s, GameApp *app) {
  SimSession *ss = session_of(app);
  const SimNode *node = sim_talk_node(ss);
  SimTalkView v;
  sim_talk_view(ss, &v);
  s->node = v.node;
  s->choice_count = 0;
  if (!node) return;
  game_state_personalise(app->state, node->line ? node->line : "", s->line, sizeof s->line);
  int idx[SIM_MAX_CHOICES];
  int n = sim_talk_choices(ss, idx, SIM_MAX_CHOICES);
  for (int i = 0; i < n; i++) {
    s->choice_index[i] = idx[i];
    game_state_personalise(app->state, node->choices[idx[i]].text ? node->choices[idx[i]].text : "",
                           s->choice_text[i], sizeof s->choice_text[i]);
  }
  s->choice_count = n;
  s->hint = -1;
  if (sim_session_settings(ss).hints_on) {
    int h = sim_hint_choice(ss);
    for (int i = 0; i < n; i++)
      if (idx[i] == h) s->hint = i;
  }
  s->list = (UiList){.focus = 0, .count = n, .numbers = true};
  s->scroll = s->scroll_target = 0;
  s->layout_scale = -1;
}

/* On a first meeting (tier 0 when the talk began) with an opener rehearsed in the briefing:
 * "Your opener: “...”", personalised, shown on the first node only. */
static void set_opener(TalkScene *s, GameApp *app, bool first_meeting) {
  s->opener[0] = '\0';
  const GameState *st = app->state;
  if (!first_meeting || !st || !st->opener[0]) return;
  char text[sizeof s->opener - 32];
  game_state_personalise(app->state, st->opener, text, sizeof text);
  snprintf(s->opener, sizeof s->opener, TR("talk.your_opener", "Your opener: \u201c%s\u201d"), text);
  s->layout_scale = -1;
}

static void end_talk(TalkScene *s, GameApp *app, const char *closing) {
  const SimScenario *sc = sim_session_scenario(session_of(app));
  s->ended = true;
  s->choice_count = 0;
  s->opener[0] = '\0';
  snprintf(s->line, sizeof s->line, "%s", closing ? closing : "");
  (void)sc;
  s->phase = TALK_GUESS;
  s->guess_list = (UiList){.focus = 2, .count = GUESS_ITEMS, .numbers = true, .horizontal = true};
  s->layout_scale = -1;
}

/* The person's first name ("Maya"), for narration. */
static void first_name_of(const SimPerson *p, char *out, size_t len) {
  const char *n = (p && p->name) ? p->name : TR("talk.they", "They");
  snprintf(out, len, "%.*s", (int)strcspn(n, " "), n);
}

/* Where they stand says what pulls them away: the queue at a booth, their group, the bar. */
static SimZoneKind zone_kind_of(const SimScenario *sc, const SimPerson *p) {
  return (p->zone >= 0 && p->zone < sc->zone_count) ? sc->zones[p->zone].kind : SIM_ZONE_KIND_COUNT;
}

/* Shown under what the player said while the talk is still on, once their patience is
 * nearly used up: the body language a good networker reads as "time to wrap up". */
static void restless_cue(TalkScene *s, GameApp *app, char *out, size_t len) {
  const SimScenario *sc = sim_session_scenario(session_of(app));
  const SimPerson *p = &sc->people[s->person];
  char n[64];
  first_name_of(p, n, sizeof n);
  if (s->member_count > 0) snprintf(out, len, TR("talk.glances_back_at_the_group", "%s glances back at the group."), n);
  else if (zone_kind_of(sc, p) == SIM_ZONE_BOOTHS) snprintf(out, len, TR("talk.glances_at_the_queue_behind", "%s glances at the queue behind you."), n);
  else snprintf(out, len, TR("talk.glances_around_the_room", "%s glances around the room."), n);
}

/* When they close the conversation themselves: a short, human line instead of a silent
 * end, so the player sees why it ended (and the debrief's "wrapped up before you did"). */
static void they_closed_line(TalkScene *s, GameApp *app, char *out, size_t len) {
  const SimScenario *sc = sim_session_scenario(session_of(app));
  const SimPerson *p = &sc->people[s->person];
  const SimRelation *r = sim_session_relation(session_of(app), s->person);
  bool cool = sim_mood_from_interest(r ? r->interest : 0.5f) == SIM_MOOD_UNCOMFORTABLE;
  char n[64];
  first_name_of(p, n, sizeof n);
  const char *goodbye = cool ? TR("talk.well_good_luck_with_everything", "Well \u2014 good luck with everything.") : TR("talk.lovely_to_meet_you", "Lovely to meet you.");
  if (s->member_count > 0) {
    snprintf(out, len, TR("talk.turns_back_to_the_group", "%s turns back to the group and wraps up: \u201c%s I'll let you get on.\u201d"), n, goodbye);
    return;
  }
  switch (zone_kind_of(sc, p)) {
  case SIM_ZONE_BOOTHS:
    snprintf(out, len, TR("talk.glances_at_the_queue_and", "%s glances at the queue and wraps up: \u201c%s I need to get back to the booth.\u201d"), n, goodbye);
    break;
  case SIM_ZONE_BAR:
    snprintf(out, len, TR("talk.nods_towards_the_bar_and", "%s nods towards the bar and wraps up: \u201c%s I'm going to grab a drink.\u201d"), n, goodbye);
    break;
  default:
    snprintf(out, len, TR("talk.checks_the_time_and_wraps", "%s checks the time and wraps up: \u201c%s I should catch a few more people.\u201d"), n, goodbye);
    break;
  }
}

static void closing_line(TalkScene *s, GameApp *app, char *out, size_t len) {
  if (s->they_closed) {
    they_closed_line(s, app, out, len);
    return;
  }
  const SimPerson *p = &sim_session_scenario(session_of(app))->people[s->person];
  const SimRelation *r = sim_session_relation(session_of(app), s->person);
  SimMood m = sim_mood_from_interest(r ? r->interest : 0.5f);
  const char *first = p->name ? p->name : TR("talk.they", "They");
  if (m == SIM_MOOD_INTERESTED) snprintf(out, len, TR("talk.smiles_as_you_part", "%s smiles as you part."), first);
  else if (m == SIM_MOOD_UNCOMFORTABLE) snprintf(out, len, TR("talk.turns_back_to_what_they", "%s turns back to what they were doing."), first);
  else snprintf(out, len, TR("talk.nods_and_the_conversation_ends", "%s nods, and the conversation ends."), first);
}

static void finish(TalkScene *s, GameApp *app, int guess) {
  SimSession *ss = session_of(app);
  if (ss && guess >= 1 && guess <= 5 && s->talk_index >= 0) sim_talk_set_guess(ss, s->talk_index, guess);
  ui_stack_pop(&app->stack); /* an overlay: it leaves by itself */
  if (ss && !s->failed) game_flow_step_done(app, GAME_STEP_TALK_ENDED, NULL);
}

static void talk_voice(TalkScene *s, GameApp *app);

static void after_step(TalkScene *s, GameApp *app) {
  SimTalkView v;
  sim_talk_view(session_of(app), &v);
  s->cue[0] = '\0';
  if (!v.active) {
    char closing[256];
    closing_line(s, app, closing, sizeof closing);
    end_talk(s, app, closing);
  } else {
    load_node(s, app);
    if (v.restless) restless_cue(s, app, s->cue, sizeof s->cue);
  }
  s->wait = app->theme.reduced_motion ? 0 : TALK_PAUSE_S;
  s->reveal = app->theme.reduced_motion ? 1 : 0;
  s->voiced = false;
  if (s->wait <= 0) talk_voice(s, app);
}

/* Self-voicing, once the line shows: what they say with their name (narration as it is),
 * the body-language cue, and the question after the talk. The focused choice follows. */
static void talk_voice(TalkScene *s, GameApp *app) {
  if (s->voiced || !session_of(app)) return;
  const SimPerson *p = &sim_session_scenario(session_of(app))->people[s->person];
  s->voiced = true;
  char text[UI_SAY_MAX];
  SimTalkView v;
  sim_talk_view(session_of(app), &v);
  /* The face says how it is going; a listener hears it as words. */
  const char *mood = !v.active ? "" : v.mood == SIM_MOOD_INTERESTED ? TR("talk.looking_interested", ", looking interested")
                                    : v.mood == SIM_MOOD_UNCOMFORTABLE ? TR("talk.looking_uneasy", ", looking uneasy") : "";
  if (s->ended || s->failed) snprintf(text, sizeof text, "%s", s->line);
  else snprintf(text, sizeof text, "%s%s: %s", p->name ? p->name : TR("talk.they", "They"), mood, s->line);
  game_voice_say(app, text);
  game_voice_say(app, s->cue);
  if (s->phase == TALK_GUESS && !s->failed) game_voice_say(app, TR("talk.how_do_you_think_that", "How do you think that went?"));
}

/* Measures what depends on the text size (once per node and per text-size change). */
static void measure(TalkScene *s, GameApp *app) {
  int scale = ui_scale_percent(&app->theme);
  if (s->layout_scale == scale) return;
  s->layout_scale = scale;
  Gfx *g = app->gfx;
  TalkGrid m = talk_grid(app);
  int bs = ui_size(&app->theme, UI_T_BODY), sms = ui_size(&app->theme, UI_T_SMALL);
  s->line_h = gfx_text_wrapped(g, GFX_FONT_REGULAR, bs, (GfxColor){0, 0, 0, 255},
                               (GfxRect){0, 0, m.right_w - 2 * m.bubble_x, 0}, GFX_ALIGN_LEFT, s->line, false);
  s->said_h = s->said[0] ? gfx_text_wrapped(g, GFX_FONT_REGULAR, sms, (GfxColor){0, 0, 0, 255},
                                            (GfxRect){0, 0, m.right_w - 2 * m.said_x, 0}, GFX_ALIGN_LEFT, s->said, false) : 0;
  s->cue_h = s->cue[0] ? gfx_text_wrapped(g, GFX_FONT_BOLD, sms, (GfxColor){0, 0, 0, 255},
                                          (GfxRect){0, 0, m.right_w - 2 * m.said_x, 0}, GFX_ALIGN_LEFT, s->cue, false) : 0;
  s->opener_h = s->opener[0] ? gfx_text_wrapped(g, GFX_FONT_REGULAR, sms, (GfxColor){0, 0, 0, 255},
                                                (GfxRect){0, 0, m.right_w - m.note_x - m.u, 0}, GFX_ALIGN_LEFT, s->opener, false) : 0;
  /* A hinted choice is at least its number badge with the "hint" mark below it. */
  int hinted_h = gfx_line_height(g, GFX_FONT_BOLD, bs) + m.gap / 2 + gfx_line_height(g, GFX_FONT_BOLD, ui_size(&app->theme, UI_T_TAG));
  for (int i = 0; i < s->choice_count; i++) {
    s->choice_h[i] = gfx_text_wrapped(g, GFX_FONT_REGULAR, bs, (GfxColor){0, 0, 0, 255},
                                      (GfxRect){0, 0, m.right_w - m.choice_text_x - m.u * 3, 0}, GFX_ALIGN_LEFT, s->choice_text[i], false);
    if (i == s->hint && s->choice_h[i] < hinted_h) s->choice_h[i] = hinted_h;
  }
}

/* Where the choices go: below the speech bubble, down to the footer. */
static GfxRect choice_area(TalkScene *s, GameApp *app) {
  TalkGrid m = talk_grid(app);
  int top = m.line_top + (s->said[0] ? s->said_h + m.gap : 0) + s->line_h + 2 * m.bubble_y + m.pad +
            (s->cue[0] ? s->cue_h + m.gap : 0);
  /* The opener reminder sits below the choices, so the choices keep their place. */
  int reminder = s->opener[0] ? s->opener_h + m.u * 3 : 0;
  return (GfxRect){m.right_x, top, m.right_w, m.footer_top - m.u * 2 - top - reminder};
}

static void layout_choices(TalkScene *s, GameApp *app) {
  GfxRect area = choice_area(s, app);
  TalkGrid m = talk_grid(app);
  int y = 0, gap = m.gap, total = 0;
  int focus_top = 0, focus_bottom = 0;
  for (int i = 0; i < s->choice_count; i++) {
    int h = s->choice_h[i] + 2 * m.choice_pad;
    if (i == s->list.focus) focus_top = y, focus_bottom = y + h;
    y += h + gap;
  }
  total = y - gap;
  /* Keep the focused choice in view when they do not all fit. */
  float max_scroll = total > area.h ? (float)(total - area.h) : 0;
  if ((float)focus_top < s->scroll_target) s->scroll_target = (float)focus_top;
  if ((float)focus_bottom > s->scroll_target + (float)area.h) s->scroll_target = (float)(focus_bottom - area.h);
  if (s->scroll_target > max_scroll) s->scroll_target = max_scroll;
  if (s->scroll_target < 0) s->scroll_target = 0;
  s->scroll = ui_tween(&app->theme, s->scroll, s->scroll_target, 0.3f);
  y = area.y - (int)s->scroll;
  for (int i = 0; i < s->choice_count; i++) {
    int h = s->choice_h[i] + 2 * m.choice_pad;
    s->rects[i] = (GfxRect){area.x, y, area.w, h};
    y += h + gap;
  }
}

static void layout_guess(TalkScene *s, GameApp *app) {
  Gfx *g = app->gfx;
  TalkGrid m = talk_grid(app);
  int u = m.u;
  int bs = ui_size(&app->theme, UI_T_BODY);
  int bh = gfx_line_height(g, GFX_FONT_BOLD, bs) + u * 9 / 4;
  int spacing = u * 5 / 4; /* between the answers in a row */
  GfxRect area = choice_area(s, app);
  int top = area.y + gfx_line_height(g, GFX_FONT_BOLD, ui_size(&app->theme, UI_T_SUBHEADING)) + u * 2;
  /* Five answers in a row when they fit, else two rows; Skip below. */
  int widths[GUESS_ITEMS], total = 0;
  for (int i = 0; i < GUESS_ITEMS; i++) {
    int w, h;
    gfx_measure(g, GFX_FONT_BOLD, bs, i18n_text_static(GUESS_LABELS[i]), &w, &h);
    widths[i] = w + u * 4;
    if (i < 5) total += widths[i] + spacing;
  }
  int x = area.x, y = top;
  for (int i = 0; i < 5; i++) {
    if (total > area.w && x + widths[i] > area.x + area.w) {
      x = area.x;
      y += bh + m.gap;
    }
    s->guess_rects[i] = (GfxRect){x, y, widths[i], bh};
    x += widths[i] + spacing;
  }
  s->guess_rects[5] = (GfxRect){area.x, y + bh + u * 2, widths[5] + u * 5, bh};
}

static void layout_away(TalkScene *s, GameApp *app) {
  TalkGrid m = talk_grid(app);
  int bs = ui_size(&app->theme, UI_T_BODY);
  int bh = gfx_line_height(app->gfx, GFX_FONT_BOLD, bs) + m.u * 2;
  s->away_rect = (GfxRect){m.left_x + m.pad, m.footer_top - m.pad - bh, m.left_w - 2 * m.pad, bh};
}

static void talk_update(UiScene *self, void *app_ptr, GfxInput *in) {
  TalkScene *s = (TalkScene *)self;
  GameApp *app = app_ptr;
  SimSession *ss = session_of(app);
  if (!ss) {
    ui_stack_pop(&app->stack);
    return;
  }
  measure(s, app);
  layout_away(s, app);
  if (s->wait > 0) {
    s->wait -= 1.0f / GFX_TICK_HZ;
    if (s->wait <= 0) talk_voice(s, app); /* said as it shows, before its choices */
    return; /* a beat: they are about to answer */
  }
  s->reveal = ui_tween(&app->theme, s->reveal, 1.0f, 0.18f);
  if (s->failed) {
    if (in->pressed[GFX_ACT_BACK] || in->pressed[GFX_ACT_CONFIRM] || (in->clicked && ui_hit(s->away_rect, in->click_x, in->click_y)))
      finish(s, app, 0);
    return;
  }
  if (s->phase == TALK_GUESS) {
    layout_guess(s, app);
    if (in->pressed[GFX_ACT_BACK]) {
      finish(s, app, 0);
      return;
    }
    int c = ui_list_update(&s->guess_list, in, s->guess_rects);
    if (c >= 0) finish(s, app, c < 5 ? c + 1 : 0);
    return;
  }
  layout_choices(s, app);
  s->away_hover = ui_hit(s->away_rect, in->mouse_x, in->mouse_y);
  if (in->pressed[GFX_ACT_BACK] || (in->clicked && ui_hit(s->away_rect, in->click_x, in->click_y))) {
    sim_talk_end(ss, true, NULL);
    s->opener[0] = '\0';
    snprintf(s->said, sizeof s->said, TR("talk.you_excuse_yourself_politely", "You excuse yourself politely."));
    after_step(s, app);
    return;
  }
  if (in->wheel) s->scroll_target -= (float)(in->wheel * app->theme.unit * 5);
  /* Clicks only count on the visible part of the choice list. */
  GfxRect area = choice_area(s, app);
  GfxRect hit[SIM_MAX_CHOICES];
  for (int i = 0; i < s->choice_count; i++) {
    GfxRect r = s->rects[i];
    int top = r.y < area.y ? area.y : r.y, bottom = r.y + r.h > area.y + area.h ? area.y + area.h : r.y + r.h;
    hit[i] = bottom > top ? (GfxRect){r.x, top, r.w, bottom - top} : (GfxRect){0, 0, 0, 0};
  }
  int c = ui_list_update(&s->list, in, hit);
  if (c < 0) return;
  SimEffects fx;
  const SimNode *node = sim_talk_node(ss);
  int style = node && s->choice_index[c] < node->choice_count ? (int)node->choices[s->choice_index[c]].style : -1;
  if (sim_talk_choose(ss, s->choice_index[c], &fx) != SIM_OK) return;
  s->they_closed = fx.they_closed;
  snprintf(s->said, sizeof s->said, TR("talk.you", "You: %s"), s->choice_text[c]);
  /* An opener typed in their own words is what they say when they introduce themselves in
   * the event's first conversation (issue 15). */
  if (s->opener[0] && app->state->opener_typed && s->talk_index == 0 &&
      (style == SIM_STYLE_INTRODUCE_WHY || style == SIM_STYLE_INTRODUCE || style == SIM_STYLE_GREET)) {
    char own[sizeof s->said - 16];
    game_state_personalise(app->state, app->state->opener, own, sizeof own);
    snprintf(s->said, sizeof s->said, TR("talk.you", "You: %s"), own);
  }
  s->opener[0] = '\0'; /* the reminder belongs to the moment of introducing yourself */
  after_step(s, app);
}

/* ---- Drawing ----------------------------------------------------------------------- */

static void draw_person(TalkScene *s, GameApp *app, const SimPerson *p, SimMood mood) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  UiCtx *ui = &app->ui;
  TalkGrid m = talk_grid(app);
  int u = m.u;
  GfxRect panel = {m.left_x, m.top, m.left_w, m.footer_top - 2 * m.top};
  ui_panel(ui, panel, UI_C_SURFACE);
  int bs = ui_size(t, UI_T_BODY), sms = ui_size(t, UI_T_SMALL), hs = ui_size(t, UI_T_SUBHEADING);
  int lh_bs = gfx_line_height(g, GFX_FONT_BOLD, hs);
  int text_w = m.left_w - 2 * m.pad;
  /* The text below the portrait decides how large the portrait can be. */
  int text_h = lh_bs + gfx_text_wrapped(g, GFX_FONT_REGULAR, bs, ui_color(t, UI_C_INK), (GfxRect){0, 0, text_w, 0},
                                        GFX_ALIGN_LEFT, p->org ? p->org : "", false) +
               gfx_text_wrapped(g, GFX_FONT_REGULAR, sms, ui_color(t, UI_C_INK), (GfxRect){0, 0, text_w, 0},
                                GFX_ALIGN_LEFT, p->role ? p->role : "", false);
  int mini = u * 8;                             /* the rest of the group's portraits */
  int members_h = s->member_count ? mini + u * 4 : 0;
  int avail = s->away_rect.y - u * 2 - panel.y - m.top - text_h - members_h - u * 2;
  int size = avail < PORTRAIT_MAX ? avail : PORTRAIT_MAX;
  if (size < PORTRAIT_MIN) size = PORTRAIT_MIN;
  int cx = panel.x + panel.w / 2;
  int top = panel.y + m.top;
  gfx_fill_circle(g, cx, top + size / 2, size / 2 + u * 5 / 4, ui_color(t, UI_C_SURFACE_ALT));
  gfx_set_clip(g, &(GfxRect){panel.x, panel.y, panel.w, top + size + u / 2 - panel.y});
  game_draw_portrait(g, cx, top, size, s->look, game_mood(mood));
  gfx_set_clip(g, NULL);
  int y = top + size + m.pad;
  if (s->member_count) {
    /* The rest of the group, small, beside them. */
    int n = s->member_count > 3 ? 3 : s->member_count;
    int slot = text_w / (n + 1);
    int my = y - u * 3 / 4;
    for (int i = 0; i < n; i++) {
      const SimPerson *o = &sim_session_scenario(session_of(app))->people[s->members[i]];
      GameLook look = game_look_from_seed(o->look ? o->look : game_seed_from_text(o->id));
      int mx = panel.x + m.pad + slot * (i + 1);
      game_draw_portrait(g, mx, my, mini, look, GAME_MOOD_NEUTRAL);
      gfx_text(g, GFX_FONT_REGULAR, ui_size(t, UI_T_TAG), ui_color(t, UI_C_INK_SOFT), mx, my + mini + u / 2,
               GFX_ALIGN_CENTER, o->name);
    }
    y += members_h;
  }
  int bottom = s->away_rect.y - m.gap;
  gfx_set_clip(g, &(GfxRect){panel.x, panel.y, panel.w, bottom - panel.y});
  gfx_text(g, GFX_FONT_BOLD, hs, ui_color(t, UI_C_INK), panel.x + m.pad, y, GFX_ALIGN_LEFT, p->name);
  y += lh_bs;
  y += gfx_text_wrapped(g, GFX_FONT_REGULAR, bs, ui_color(t, UI_C_INK), (GfxRect){panel.x + m.pad, y, text_w, 0},
                        GFX_ALIGN_LEFT, p->org ? p->org : "", true);
  y += gfx_text_wrapped(g, GFX_FONT_REGULAR, sms, ui_color(t, UI_C_INK_SOFT), (GfxRect){panel.x + m.pad, y, text_w, 0},
                        GFX_ALIGN_LEFT, p->role ? p->role : "", true) + u * 7 / 4;
  /* What the player has learned about them, as long as it fits: a memory, not a score. */
  const SimRelation *rel = sim_session_relation(session_of(app), s->person);
  if (rel && rel->facts_known) {
    int lh = gfx_line_height(g, GFX_FONT_BOLD, sms);
    if (y + lh * 2 < bottom) {
      gfx_text(g, GFX_FONT_BOLD, sms, ui_color(t, UI_C_INK_SOFT), panel.x + m.pad, y, GFX_ALIGN_LEFT, TR("talk.what_you_know", "What you know"));
      y += lh + u / 4;
      for (int f = 0; f < p->fact_count && f < SIM_MAX_FACTS; f++) {
        if (!(rel->facts_known & (1u << f)) || !p->facts[f].text) continue;
        char fact[400];
        const char *ft = p->facts[f].text;
        if (ft[0] >= 'a' && ft[0] <= 'z') { /* "is training for..." reads as "Maya is training for..." */
          int first = (int)strcspn(p->name ? p->name : "", " ");
          snprintf(fact, sizeof fact, "%.*s %s", first, p->name ? p->name : "", ft);
        } else {
          snprintf(fact, sizeof fact, "%s", ft);
        }
        GfxRect at = {panel.x + m.note_x, y, m.left_w - m.note_x - m.pad, 0};
        int h = gfx_text_wrapped(g, GFX_FONT_REGULAR, sms, ui_color(t, UI_C_INK), at, GFX_ALIGN_LEFT, fact, false);
        if (y + h > bottom) break;
        gfx_fill_circle(g, at.x - u * 5 / 4, y + lh / 2, 3, ui_color(t, UI_C_ACCENT));
        gfx_text_wrapped(g, GFX_FONT_REGULAR, sms, ui_color(t, UI_C_INK), at, GFX_ALIGN_LEFT, fact, true);
        y += h + u / 2;
      }
    }
  }
  gfx_set_clip(g, NULL);
  if (!s->ended || s->failed)
    ui_button(ui, s->away_rect, s->failed ? TR("talk.back_to_the_room", "Back to the room") : TR("talk.step_away_politely", "Step away politely"), UI_BUTTON_QUIET, s->failed, s->away_hover);
}

static void draw_choice(GameApp *app, GfxRect r, int number, const char *text, bool focused, bool hinted) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  TalkGrid m = talk_grid(app);
  int u = m.u;
  int bs = ui_size(t, UI_T_BODY);
  gfx_fill_round_rect(g, (GfxRect){r.x, r.y + 3, r.w, r.h}, t->radius, ui_color_a(t, UI_C_SHADOW, 26));
  gfx_fill_round_rect(g, r, t->radius, ui_color(t, UI_C_SURFACE));
  gfx_outline_round_rect(g, r, t->radius, focused ? 2 : 1, ui_color(t, focused ? UI_C_ACCENT : UI_C_LINE));
  int lh = gfx_line_height(g, GFX_FONT_BOLD, bs);
  int badge = lh + u / 2;
  int bx = r.x + u * 2 + badge / 2, ty = r.y + m.choice_pad;
  gfx_fill_circle(g, bx, ty + lh / 2, badge / 2, ui_color(t, focused ? UI_C_ACCENT : UI_C_SURFACE_ALT));
  char num[4];
  snprintf(num, sizeof num, "%d", number);
  gfx_text(g, GFX_FONT_BOLD, bs, ui_color(t, focused ? UI_C_ACCENT_INK : UI_C_INK), bx, ty, GFX_ALIGN_CENTER, num);
  gfx_text_wrapped(g, GFX_FONT_REGULAR, bs, ui_color(t, UI_C_INK),
                   (GfxRect){r.x + m.choice_text_x, ty, r.w - m.choice_text_x - u * 3, 0}, GFX_ALIGN_LEFT, text, true);
  if (hinted) { /* hints on: a quiet mark on what a good networker might say */
    int ts = ui_size(t, UI_T_TAG);
    gfx_text(g, GFX_FONT_BOLD, ts, ui_color(t, UI_C_GOOD), bx, ty + badge + u / 4, GFX_ALIGN_CENTER, "hint");
  }
  if (focused) ui_focus_ring(&app->ui, r);
}

static void talk_draw(UiScene *self, void *app_ptr, Gfx *g) {
  TalkScene *s = (TalkScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  UiCtx *ui = &app->ui;
  SimSession *ss = session_of(app);
  if (!ss) return;
  measure(s, app);
  layout_away(s, app);
  const SimPerson *p = &sim_session_scenario(ss)->people[s->person];
  SimTalkView v;
  sim_talk_view(ss, &v);
  const SimRelation *rel = sim_session_relation(ss, s->person);
  SimMood mood = v.active ? v.mood : sim_mood_from_interest(rel ? rel->interest : 0.5f);
  draw_person(s, app, p, mood);
  TalkGrid m = talk_grid(app);
  int u = m.u;
  int bs = ui_size(t, UI_T_BODY), sms = ui_size(t, UI_T_SMALL);
  int y = m.line_top;
  if (s->said[0]) {
    gfx_text_wrapped(g, GFX_FONT_REGULAR, sms, ui_color(t, UI_C_INK_SOFT),
                     (GfxRect){m.right_x + m.said_x, y, m.right_w - 2 * m.said_x, 0}, GFX_ALIGN_LEFT, s->said, true);
    y += s->said_h + m.gap;
  }
  /* Their line in a speech bubble pointing at the portrait: the tail's tip is level with
   * the bubble's first line. */
  GfxRect bubble = {m.right_x, y, m.right_w, s->line_h + 2 * m.bubble_y};
  ui_panel(ui, bubble, UI_C_SURFACE);
  int tail_y = bubble.y + u * 11 / 2, tail_half = u * 7 / 4;
  gfx_fill_triangle(g, bubble.x, tail_y - tail_half, bubble.x - u * 11 / 4, tail_y, bubble.x, tail_y + tail_half,
                    ui_color(t, UI_C_SURFACE));
  if (s->wait > 0) {
    for (int i = 0; i < 3; i++) /* they are thinking */
      gfx_fill_circle(g, bubble.x + u * 5 + i * u * 11 / 4, bubble.y + bubble.h / 2, u * 3 / 4, ui_color(t, UI_C_INK_SOFT));
  } else {
    int slide = (int)((1.0f - s->reveal) * (float)(u * 5 / 4));
    gfx_text_wrapped(g, GFX_FONT_REGULAR, bs, ui_color(t, UI_C_INK),
                     (GfxRect){bubble.x + m.bubble_x, bubble.y + m.bubble_y + slide, m.right_w - 2 * m.bubble_x, 0},
                     GFX_ALIGN_LEFT, s->line, true);
    if (s->reveal < 1.0f) gfx_fill_round_rect(g, bubble, t->radius, ui_color_a(t, UI_C_SURFACE, (int)((1.0f - s->reveal) * 255)));
  }
  if (s->cue[0] && s->wait <= 0) /* body language: they are ready to move on */
    gfx_text_wrapped(g, GFX_FONT_BOLD, sms, ui_color(t, UI_C_INK_SOFT),
                     (GfxRect){m.right_x + m.said_x, bubble.y + bubble.h + m.gap / 2 + u / 2, m.right_w - 2 * m.said_x, 0},
                     GFX_ALIGN_LEFT, s->cue, true);
  if (s->wait > 0 || s->failed) {
    /* During the pause keys do nothing, so the hint promises none. */
    ui_footer_hint(ui, s->failed ? TR("talk.enter_or_esc_back_to", "Enter or Esc: back to the room") : TR("talk.a_moment_they_are_answering", "A moment: they are answering"));
    return;
  }
  if (s->phase == TALK_GUESS) {
    GfxRect area = choice_area(s, app);
    gfx_text(g, GFX_FONT_BOLD, ui_size(t, UI_T_SUBHEADING), ui_color(t, UI_C_INK), area.x, area.y, GFX_ALIGN_LEFT,
             TR("talk.how_do_you_think_that", "How do you think that went?"));
    for (int i = 0; i < GUESS_ITEMS; i++)
      ui_button(ui, s->guess_rects[i], i18n_text_static(GUESS_LABELS[i]), i == 5 ? UI_BUTTON_QUIET : UI_BUTTON_SECONDARY, i == s->guess_list.focus, false);
    ui_footer_hint(ui, TR("talk.1_5_or_left_right", "1-5 or Left/Right + Enter: answer   Esc: skip"));
    return;
  }
  GfxRect area = choice_area(s, app);
  /* Room for the focus ring around the first and last choices. */
  gfx_set_clip(g, &(GfxRect){area.x - u, area.y - u * 3 / 4, area.w + u * 2, area.h + u * 3 / 2});
  for (int i = 0; i < s->choice_count; i++)
    draw_choice(app, s->rects[i], i + 1, s->choice_text[i], i == s->list.focus, i == s->hint);
  gfx_set_clip(g, NULL);
  if (s->list.focus >= 0 && s->list.focus < s->choice_count) {
    char state[48];
    snprintf(state, sizeof state, TR("talk.of", "%d of %d%s"), s->list.focus + 1, s->choice_count,
             s->list.focus == s->hint ? ", hint" : "");
    ui_announce_focus(ui, s->choice_text[s->list.focus], UI_KIND_CHOICE, state);
  }
  if (s->choice_count && s->rects[s->choice_count - 1].y + s->rects[s->choice_count - 1].h > area.y + area.h)
  {
    int w, h;
    gfx_measure(g, GFX_FONT_BOLD, sms, TR("talk.more_below", "More below"), &w, &h);
    GfxRect plate = {area.x + area.w - w - u * 3, area.y + area.h - h / 2, w + m.pad, h + u / 2};
    gfx_fill_round_rect(g, plate, plate.h / 2, ui_color(t, UI_C_ACCENT));
    gfx_text(g, GFX_FONT_BOLD, sms, ui_color(t, UI_C_ACCENT_INK), plate.x + plate.w / 2, plate.y + u / 4, GFX_ALIGN_CENTER,
             TR("talk.more_below", "More below"));
  }
  if (s->opener[0]) {
    /* A quiet reminder of the opener rehearsed in the briefing, just below the choices:
     * a thin accent rule and soft ink. */
    int below = area.y + area.h;
    if (s->choice_count && s->rects[s->choice_count - 1].y + s->rects[s->choice_count - 1].h < below)
      below = s->rects[s->choice_count - 1].y + s->rects[s->choice_count - 1].h;
    int oy = below + u * 3;
    gfx_fill_round_rect(g, (GfxRect){m.right_x + m.pad, oy, u / 2, s->opener_h}, 2, ui_color(t, UI_C_ACCENT));
    gfx_text_wrapped(g, GFX_FONT_REGULAR, sms, ui_color(t, UI_C_INK_SOFT),
                     (GfxRect){m.right_x + m.note_x, oy, m.right_w - m.note_x - u, 0}, GFX_ALIGN_LEFT, s->opener, true);
  }
  char hint[96]; /* the numbers that are really on screen */
  if (s->choice_count > 1)
    snprintf(hint, sizeof hint, TR("talk.1_or_up_down_enter", "1-%d or Up/Down + Enter: answer   Esc: step away politely"), s->choice_count);
  else
    snprintf(hint, sizeof hint, TR("talk.esc_step_away_politely", "%sEsc: step away politely"), s->choice_count ? TR("talk.1_or_enter_answer", "1 or Enter: answer   ") : "");
  ui_footer_hint(ui, hint);
}

static void talk_destroy(UiScene *self) { free(self); }

static const UiSceneOps TALK_OPS = {
  .name = "talk", .update = talk_update, .draw = talk_draw, .destroy = talk_destroy,
};

/* The scene for a talk just begun (st: what sim_talk_begin said); changes nothing. */
static UiScene *talk_scene_new(GameApp *app, int person, int join, int st, bool first_meeting) {
  SimSession *ss = session_of(app);
  const SimScenario *sc = sim_session_scenario(ss);
  TalkScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &TALK_OPS;
  s->person = person;
  s->node = -1;
  s->layout_scale = -1;
  s->reveal = 1;
  const SimPerson *p = &sc->people[person];
  s->look = game_look_from_seed(p->look ? p->look : game_seed_from_text(p->id));
  for (int i = 0; i < sc->person_count; i++)
    if (i != person && p->group >= 0 && sc->people[i].group == p->group) s->members[s->member_count++] = i;
  if (st != SIM_OK) {
    s->failed = true;
    s->talk_index = -1;
    snprintf(s->line, sizeof s->line, "%s",
             st == SIM_ERR_OVER ? TR("talk.the_event_is_over_people", "The event is over: people are heading home.") : TR("talk.they_are_busy_just_now", "They are busy just now. Try again in a moment."));
    talk_voice(s, app);
    return &s->base;
  }
  SimTalkView v;
  sim_talk_view(ss, &v);
  s->talk_index = v.talk >= 0 ? v.talk : sim_session_talk_count(ss) - 1;
  if (join == SIM_JOIN_POLITE) snprintf(s->said, sizeof s->said, TR("talk.you_wait_for_a_pause", "You wait for a pause, and they make room for you."));
  else if (join == SIM_JOIN_BARGE) snprintf(s->said, sizeof s->said, TR("talk.you_cut_in_while_they", "You cut in while they are mid-sentence."));
  if (v.active) {
    load_node(s, app);
    set_opener(s, app, first_meeting);
  } else {
    char closing[256];
    closing_line(s, app, closing, sizeof closing);
    end_talk(s, app, closing);
  }
  talk_voice(s, app); /* queued before the first frame draws (and says) the choices */
  return &s->base;
}

void game_talk_open(GameApp *app, int person, int join) {
  SimSession *ss = session_of(app);
  const SimScenario *sc = ss ? sim_session_scenario(ss) : NULL;
  if (!sc || person < 0 || person >= sc->person_count) return;
  const SimRelation *before = sim_session_relation(ss, person);
  bool first_meeting = before && before->tier == 0;
  int st = sim_talk_begin(ss, person, (SimJoin)join, NULL);
  ui_stack_push(&app->stack, talk_scene_new(app, person, join, st, first_meeting));
}
