/* scene_debrief.c — the debrief after the follow-up: depth gained and network strength,
 * people you could call tomorrow (named), cards and online connections as vanity counts
 * beside them, a bar chart of cards against real connections; the concrete moments from
 * the simulation's debrief with one thing to try next time; the six skills and the
 * player's guesses against how each conversation really went; the transcript from their side
 * (debrief_transcript.c). Four tabs, each a scroll view, so it fits at every text size.
 * "See how someone else handled <name>" opens the expert's playback of the conversation
 * that went least well. Continue -> reflection. Depends on state, after.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/after.h"
#include "game/class_teacher.h"
#include "game/debrief_transcript.h"
#include "game/flow.h"
#include "game/scenes.h"
#include "game/state.h"
#include "game/voice.h"
#include "i18n/i18n.h"

#define DEBRIEF_MOMENTS 6
#define DEBRIEF_GUESSES 12

typedef enum DebriefAction { DEBRIEF_CONTINUE, DEBRIEF_HANDIN, DEBRIEF_WATCH } DebriefAction;

typedef struct DebriefScene {
  UiScene base;
  UiTabs tabs;
  UiView view;
  UiButtonRow buttons;
  SimScores scores;
  char depth[64], strength[96], callable_names[600], vanity[160], intention[200];
  char played[160];          /* the difficulty played (Overview, last line) */
  SimMoment moments[DEBRIEF_MOMENTS];
  int moment_count;
  char next_step[400];
  char guesses[DEBRIEF_GUESSES][200];
  int guess_count;
  char guess_summary[300];
  int content_h;
  float appear;
  GameTranscript transcript;
  int watch_person;          /* whose conversation the expert replays (-1: no button) */
  DebriefAction actions[3];  /* what each button of the row does */
  char watch_label[96];
  int voiced_tab;          /* the tab self-voicing last read out, -1 */
  GfxRect practise[DEBRIEF_MOMENTS];  /* "Practise this" on each "Try it differently" card (content y) */
  int practise_moment[DEBRIEF_MOMENTS], practise_count;
} DebriefScene;

static const SimPerson *person_at(GameApp *app, int person) {
  const SimScenario *sc = app->state->scenario;
  return sc && person >= 0 && person < sc->person_count ? &sc->people[person] : NULL;
}

/* The sim's liking-gap moment comes only after a talk that really went well (model v2). */
static bool gap_shown(const DebriefScene *s) {
  for (int i = 0; i < s->moment_count; i++)
    if (s->moments[i].reason == SIM_REASON_LIKED_MORE_THAN_GUESSED) return true;
  return false;
}

static void collect(DebriefScene *s, GameApp *app) {
  SimSession *ss = app->state->session;
  memset(&s->scores, 0, sizeof s->scores);
  snprintf(s->depth, sizeof s->depth, "+0");
  snprintf(s->strength, sizeof s->strength, TR("debrief.no_event_was_played_this", "No event was played this time."));
  snprintf(s->callable_names, sizeof s->callable_names, TR("debrief.nobody_yet", "Nobody yet."));
  snprintf(s->next_step, sizeof s->next_step, TR("debrief.walk_up_to_one_person", "Walk up to one person, say who you are and why you came over."));
  snprintf(s->guess_summary, sizeof s->guess_summary, TR("debrief.no_conversations_to_compare", "No conversations to compare."));
  game_state_played_difficulty(app->state, s->played, sizeof s->played);
  if (!ss) return;
  sim_scores(ss, &s->scores);
  const SimScores *sc = &s->scores;
  snprintf(s->depth, sizeof s->depth, "%s%.0f", sc->depth_gain >= 0 ? "+" : "", (double)sc->depth_gain);
  snprintf(s->strength, sizeof s->strength, TR("debrief.depth_gained_your_networks_strength", "Depth gained. Your network's strength is now %.0f."),
           (double)sc->network_strength);
  /* Names of the people at tier 3 and up. */
  size_t n = 0;
  s->callable_names[0] = '\0';
  const SimScenario *scen = app->state->scenario;
  for (int p = 0; scen && p < scen->person_count; p++) {
    const SimRelation *r = sim_session_relation(ss, p);
    if (!r || r->tier < 3) continue;
    int k = snprintf(s->callable_names + n, sizeof s->callable_names - n, "%s%s (%s)", n ? ", " : "",
                     game_after_name(&scen->people[p]), game_after_tier_label(r->tier));
    if (k < 0 || (size_t)k >= sizeof s->callable_names - n) break;
    n += (size_t)k;
  }
  if (!n)
    snprintf(s->callable_names, sizeof s->callable_names,
             TR("debrief.nobody_yet_one_conversation_that", "Nobody yet. One conversation that finds common ground is how it starts."));
  char cards[64], online[64];
  snprintf(cards, sizeof cards, TRN("debrief.cards_or_contacts", "%d card or contact", "%d cards or contacts", (unsigned long)sc->cards), sc->cards);
  snprintf(online, sizeof online, TRN("debrief.online_connections", "%d online connection", "%d online connections",
           (unsigned long)sc->online_connections), sc->online_connections);
  /* TRANSLATORS: the first %s is "N cards or contacts", the second "N online connections". */
  snprintf(s->vanity, sizeof s->vanity,
           TR("debrief.easy_to_count_held", "Easy to count, but they say little about closeness: %s held, %s."), cards, online);
  if (app->state->settings.intention != SIM_INTENT_NONE)
    snprintf(s->intention, sizeof s->intention, "%s",
             sc->intention_met ? TR("debrief.you_kept_the_intention_you", "You kept the intention you set in the briefing.")
                               : TR("debrief.you_didnt_quite_keep_the", "You didn't quite keep the intention you set this time; it's still a good one."));
  s->moment_count = sim_debrief_moments(ss, s->moments, DEBRIEF_MOMENTS);
  sim_debrief_next_step(ss, s->next_step, sizeof s->next_step);
  /* The liking gap: each guess against how it really went. */
  s->guess_count = 0;
  int under = 0, over = 0, widest_under = 0;
  int talks = sim_session_talk_count(ss);
  for (int i = 0; i < talks && s->guess_count < DEBRIEF_GUESSES; i++) {
    const SimTalkRecord *t = sim_session_talk(ss, i);
    if (!t || t->guess < 1) continue;
    int actual = sim_talk_rating(ss, i);
    char name[64];
    snprintf(name, sizeof name, "%s", game_after_name(person_at(app, t->person)));
    char *sp = strchr(name, ' ');
    if (sp) *sp = '\0';
    snprintf(s->guesses[s->guess_count++], sizeof s->guesses[0], TR("debrief.you_guessed_would_say", "You guessed %d; %s would say %d."), t->guess,
             name, actual);
    if (actual > t->guess) under++;
    if (actual - t->guess > widest_under) widest_under = actual - t->guess;
    if (actual < t->guess) over++;
  }
  if (s->guess_count == 0)
    snprintf(s->guess_summary, sizeof s->guess_summary,
             TR("debrief.you_didnt_rate_any_conversation", "You didn't rate any conversation this time. Next time, say how you think each one went: "
             "most people are liked more than they guess."));
  else if (under > over && gap_shown(s))
    snprintf(s->guess_summary, sizeof s->guess_summary,
             TR("debrief.people_liked_you_more_than", "People liked you more than you thought. That's the liking gap, and almost everyone has it."));
  else if (under > over) /* no talk that really went well: no lesson drawn from a short one */
    snprintf(s->guess_summary, sizeof s->guess_summary, "%s",
             widest_under >= 2 ? TR("debrief.they_liked_you_a_good", "They liked you a good deal more than you guessed.")
                               : TR("debrief.they_were_a_little_warmer", "They were a little warmer than you guessed."));
  else if (over > under)
    snprintf(s->guess_summary, sizeof s->guess_summary,
             TR("debrief.some_talks_went_less_well", "Some talks went less well than you felt. Watch their face and answers for the cues."));
  else
    snprintf(s->guess_summary, sizeof s->guess_summary, TR("debrief.your_read_of_how_the", "Your read of how the talks went was spot on."));
}

/* ---- Layout and drawing of the tabs (draw = false only measures) ---- */

static int card(GameApp *app, GfxRect r, UiColor fill, UiColor stripe, bool draw) {
  if (draw) {
    ui_panel(&app->ui, r, fill);
    gfx_fill_round_rect(app->gfx, (GfxRect){r.x, r.y, 6, r.h}, 3, ui_color(&app->theme, stripe));
  }
  return r.h;
}

static int text(GameApp *app, GfxFont f, UiType type, UiColor c, int x, int y, int w, const char *s, bool draw) {
  return draw ? ui_text(&app->ui, f, type, c, x, y, w, s) : ui_text_height(&app->ui, f, type, w, s);
}

static int draw_overview(DebriefScene *s, GameApp *app, int x, int y, int w, bool draw) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int pad = t->unit * 3, gap = t->unit * 2;
  int top = y;
  int cw[3] = {w * 27 / 100, w * 33 / 100, 0};
  cw[2] = w - cw[0] - cw[1] - 2 * gap;
  int big = ui_size(t, UI_T_TITLE);
  int big_h = gfx_line_height(g, GFX_FONT_BOLD, big);
  int small_lh = gfx_line_height(g, GFX_FONT_REGULAR, ui_size(t, UI_T_SMALL));
  char callable[32];
  snprintf(callable, sizeof callable, "%d", s->scores.callable);
  #define CAPTION TR("debrief.cards_and_online_connections_are", "Cards and online connections are easy to collect; they add no depth.")
  #define CHART TR("debrief.cards_against_real_connections", "Cards against real connections")
  /* Measure the three cards, then draw them at the tallest height. */
  int h0 = big_h + text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, 0, 0, cw[0] - 2 * pad, s->strength, false);
  int h1 = big_h + text(app, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, 0, 0, cw[1] - 2 * pad, TR("debrief.people_you_could_call_tomorrow", "People you could call tomorrow"), false) +
           t->unit + text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, 0, 0, cw[1] - 2 * pad, s->callable_names, false);
  /* The chart's bars take what the view leaves once the heading, the value and label
   * lines and the caption are measured, between 6 and 15 units: at large text sizes the
   * bars get shorter rather than the card running out of the view mid-sentence. */
  int chart_text = text(app, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, 0, 0, cw[2] - 2 * pad, CHART, false) + t->unit +
                   small_lh * 4 + text(app, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK, 0, 0, cw[2] - 2 * pad, CAPTION, false);
  int plot = s->view.rect.h - 2 * pad - chart_text - t->unit;
  if (plot > t->unit * 15) plot = t->unit * 15;
  if (plot < t->unit * 6) plot = t->unit * 6;
  int chart_h = plot + small_lh * 4;
  int h2 = chart_text + plot;
  int h = h0 > h1 ? h0 : h1;
  if (h2 > h) h = h2;
  h += 2 * pad;
  if (draw) {
    /* A gentle rise as the figures arrive. */
    int rise = (int)((1.0f - s->appear) * (float)t->unit * 3);
    int cx = x, yy = y + pad + rise;
    card(app, (GfxRect){cx, y + rise, cw[0], h}, UI_C_SURFACE, UI_C_ACCENT, true);
    gfx_text(g, GFX_FONT_BOLD, big, ui_color(t, UI_C_ACCENT), cx + pad, yy, GFX_ALIGN_LEFT, s->depth);
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, cx + pad, yy + big_h, cw[0] - 2 * pad, s->strength);
    cx += cw[0] + gap;
    card(app, (GfxRect){cx, y + rise, cw[1], h}, UI_C_SURFACE, UI_C_GOOD, true);
    gfx_text(g, GFX_FONT_BOLD, big, ui_color(t, UI_C_GOOD), cx + pad, yy, GFX_ALIGN_LEFT, callable);
    int y1 = yy + big_h;
    y1 += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, cx + pad, y1, cw[1] - 2 * pad, TR("debrief.people_you_could_call_tomorrow", "People you could call tomorrow")) + t->unit;
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, cx + pad, y1, cw[1] - 2 * pad, s->callable_names);
    cx += cw[1] + gap;
    card(app, (GfxRect){cx, y + rise, cw[2], h}, UI_C_SURFACE_ALT, UI_C_LINE, true);
    int y2 = yy + ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, cx + pad, yy, cw[2] - 2 * pad, CHART) + t->unit;
    UiBar bars[3] = {
      {TR("debrief.cards", "Cards"), (float)s->scores.cards, UI_C_INK_SOFT},
      {TR("debrief.online", "Online"), (float)s->scores.online_connections, UI_C_INK_SOFT},
      {TR("debrief.could_call", "Could call"), (float)s->scores.callable, UI_C_GOOD},
    };
    float max = 1;
    for (int i = 0; i < 3; i++)
      if (bars[i].value > max) max = bars[i].value;
    ui_bar_chart(&app->ui, (GfxRect){cx + pad, y2, cw[2] - 2 * pad, chart_h}, bars, 3, max);
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, cx + pad, y2 + chart_h, cw[2] - 2 * pad, CAPTION);
  }
  y += h + t->unit * 3;
  y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x, y, w, s->vanity, draw) + t->unit * 2;
  if (s->intention[0]) y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w, s->intention, draw) + t->unit * 2;
  if (s->played[0]) y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w, s->played, draw) + t->unit * 2;
  return y - top;
}

static int draw_moments(DebriefScene *s, GameApp *app, int x, int y, int w, bool draw) {
  const UiTheme *t = &app->theme;
  int pad = t->unit * 2 + 4;
  int top = y;
  if (s->moment_count == 0)
    y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w,
              TR("debrief.not_much_happened_to_talk", "Not much happened to talk about this time, and leaving early is never a failure."), draw) + t->unit * 2;
  for (int i = 0; i < s->moment_count; i++) {
    const SimMoment *m = &s->moments[i];
    const char *tag = m->misstep ? TR("debrief.try_it_differently", "Try it differently") : m->neutral ? TR("debrief.worth_knowing", "Worth knowing") : TR("debrief.this_worked", "This worked");
    bool neutral = !m->misstep && tag[0] == 'W';
    int th = text(app, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK, 0, 0, w - 2 * pad - 8, tag, false);
    int bh = text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, 0, 0, w - 2 * pad - 8, m->text, false);
    int h = th + t->unit / 2 + bh + 2 * pad;
    /* "Practise this": the same person at the same moment, on a copy (scene_rehearse.c). */
    bool practise = m->misstep && game_rehearse_possible(app, m->log_index, (int)m->reason) && s->practise_count < DEBRIEF_MOMENTS;
    if (practise) {
      char label[48];
      snprintf(label, sizeof label, TR("debrief.practise_this", "Practise this (%d)"), s->practise_count + 1);
      int bw = ui_chip_width(&app->ui, label, w / 2) + t->unit * 2, bhgt = ui_button_height(&app->ui);
      GfxRect br = {x + pad + 8, y + h - pad + t->unit, bw, bhgt};
      h += bhgt + t->unit;
      if (!draw) s->practise[s->practise_count] = (GfxRect){br.x, br.y - y + (y - s->view.rect.y), br.w, br.h};
      s->practise_moment[s->practise_count++] = i;
      if (draw) { /* after the card below, on top of it */
        card(app, (GfxRect){x, y, w, h}, UI_C_SURFACE, UI_C_GOLD, true);
        ui_button(&app->ui, br, label, UI_BUTTON_SECONDARY, false, false);
      }
    }
    if (draw) {
      if (!practise) card(app, (GfxRect){x, y, w, h}, UI_C_SURFACE, m->misstep ? UI_C_GOLD : neutral ? UI_C_ACCENT : UI_C_GOOD, true);
      ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, m->misstep || neutral ? UI_C_INK_SOFT : UI_C_GOOD, x + pad + 8, y + pad,
                 w - 2 * pad - 8, tag);
      ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x + pad + 8, y + pad + th + t->unit / 2, w - 2 * pad - 8, m->text);
    }
    y += h + t->unit * 2;
  }
  y += t->unit;
  int th = text(app, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, 0, 0, w - 2 * pad - 8, TR("debrief.one_thing_to_try_next", "One thing to try next time"), false);
  int bh = text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, 0, 0, w - 2 * pad - 8, s->next_step, false);
  int h = th + t->unit + bh + 2 * pad;
  if (draw) {
    card(app, (GfxRect){x, y, w, h}, UI_C_SURFACE_ALT, UI_C_WARM, true);
    ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, x + pad + 8, y + pad, w - 2 * pad - 8, TR("debrief.one_thing_to_try_next", "One thing to try next time"));
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x + pad + 8, y + pad + th + t->unit, w - 2 * pad - 8, s->next_step);
  }
  y += h + t->unit * 2;
  return y - top;
}

static int draw_skills(DebriefScene *s, GameApp *app, int x, int y, int w, bool draw) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int top = y;
  int size = ui_size(t, UI_T_BODY);
  int lh = gfx_line_height(g, GFX_FONT_REGULAR, size);
  int label_w = 0;
  for (int k = 0; k < SIM_SKILL_COUNT; k++) {
    int lw, th;
    gfx_measure(g, GFX_FONT_REGULAR, size, sim_skill_label((SimSkill)k), &lw, &th);
    if (lw > label_w) label_w = lw;
  }
  int vw, vh;
  gfx_measure(g, GFX_FONT_BOLD, size, "100", &vw, &vh);
  int meter_w = w - label_w - vw - t->unit * 6;
  if (meter_w < t->unit * 20) meter_w = t->unit * 20;
  y += text(app, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, x, y, w, TR("debrief.your_six_skills_this_time", "Your six skills this time"), draw) + t->unit;
  for (int k = 0; k < SIM_SKILL_COUNT; k++) {
    if (draw) {
      gfx_text(g, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK), x, y, GFX_ALIGN_LEFT, sim_skill_label((SimSkill)k));
      if (s->scores.skill_evidence[k] == 0) {
        /* Nothing to judge is not a failure: no zero, no empty bar that reads as one. */
        gfx_text(g, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK_SOFT), x + label_w + t->unit * 2, y, GFX_ALIGN_LEFT,
                 TR("debrief.not_shown_yet", "not shown yet"));
      } else {
        float f = (float)s->scores.skills[k] / 100.0f * s->appear;
        int mh = t->unit * 7 / 4; /* the meter, centred on the label's line */
        ui_meter(&app->ui, (GfxRect){x + label_w + t->unit * 2, y + lh / 2 - mh / 2, meter_w, mh}, f, UI_C_ACCENT);
        char v[16];
        snprintf(v, sizeof v, "%d", s->scores.skills[k]);
        gfx_text(g, GFX_FONT_BOLD, size, ui_color(t, UI_C_INK), x + label_w + meter_w + t->unit * 4, y, GFX_ALIGN_LEFT, v);
      }
    }
    y += lh + t->unit;
  }
  y += text(app, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, x, y, w,
            TR("debrief.a_score_grows_as_you", "A score grows as you show the skill in more conversations: one talk is a start, not a verdict."),
            draw) + t->unit * 2;
  y += text(app, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, x, y, w, TR("debrief.how_you_thought_it_went", "How you thought it went, and how it went"), draw) + t->unit;
  for (int i = 0; i < s->guess_count; i++)
    y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x, y, w, s->guesses[i], draw) + t->unit / 2;
  y += t->unit;
  y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w, s->guess_summary, draw) + t->unit * 2;
  return y - top;
}

static int draw_tab(DebriefScene *s, GameApp *app, int y, bool draw) {
  /* Inside the view: room for the focus ring on the left, the scroll bar on the right. */
  int u = app->theme.unit;
  int x = s->view.rect.x + u / 2, w = s->view.rect.w - u * 11 / 4;
  switch (s->tabs.active) {
    case 0: return draw_overview(s, app, x, y, w, draw);
    case 1: return draw_moments(s, app, x, y, w, draw);
    case 2: return draw_skills(s, app, x, y, w, draw);
    default: return game_transcript_draw(app, &s->transcript, x, y, w, s->view.rect.y, s->view.rect.y + s->view.rect.h, draw);
  }
}

static void layout(DebriefScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int y = ui_header_bottom(&app->ui, NULL);
  y += ui_tabs_layout(&app->ui, &s->tabs, t->margin, y);
  int bottom = ui_buttons_layout(&app->ui, &s->buttons) - t->unit * 2;
  s->view.rect = (GfxRect){t->margin - 4, y, GFX_WIDTH - 2 * t->margin + 8, bottom - y};
}

/* Self-voicing: the page's cards, each as one utterance, when the page opens. */
static void debrief_voice(DebriefScene *s, GameApp *app) {
  char say[UI_SAY_MAX];
  const SimScores *sc = &s->scores;
  snprintf(say, sizeof say, TR("debrief.debrief_page_of", "Debrief, %s, page %d of %d."), s->tabs.labels[s->tabs.active], s->tabs.active + 1, s->tabs.count);
  game_voice_say(app, say);
  if (s->tabs.active == 0) {
    snprintf(say, sizeof say, "%s %s", s->depth, s->strength);
    game_voice_say(app, say);
    snprintf(say, sizeof say, TRN("debrief.people_you_could_call_names", "%d person you could call tomorrow: %s",
             "%d people you could call tomorrow: %s", (unsigned long)sc->callable), sc->callable, s->callable_names);
    game_voice_say(app, say);
    char cards[64];
    snprintf(cards, sizeof cards, TRN("plural.cards", "%d card", "%d cards", (unsigned long)sc->cards), sc->cards);
    /* TRANSLATORS: %s is "N cards". */
    snprintf(say, sizeof say, TR("debrief.cards_against_real_connections_said", "Cards against real connections: %s, %d online, %d you could call."), cards,
             sc->online_connections, sc->callable);
    game_voice_say(app, say);
    game_voice_say(app, s->intention);
  } else if (s->tabs.active == 1) {
    for (int i = 0; i < s->moment_count; i++) {
      const SimMoment *m = &s->moments[i];
      snprintf(say, sizeof say, "%s: %s", m->misstep ? TR("debrief.try_it_differently", "Try it differently") : m->neutral ? TR("debrief.worth_knowing", "Worth knowing") : TR("debrief.this_worked", "This worked"), m->text);
      game_voice_say(app, say);
    }
    snprintf(say, sizeof say, TR("debrief.one_thing_to_try_next_2", "One thing to try next time: %s"), s->next_step);
    game_voice_say(app, say);
  } else if (s->tabs.active == 3) {
    /* The start of the transcript in order; the voice queue keeps only the newest lines, so a
     * long one is not queued whole (R repeats, the page scrolls). */
    int shown = s->transcript.count < 20 ? s->transcript.count : 20;
    for (int i = 0; i < shown; i++) game_voice_say(app, s->transcript.texts[i]);
    if (shown < s->transcript.count) {
      int more = s->transcript.count - shown;
      snprintf(say, sizeof say, TRN("debrief.and_more_lines_on_this_page", "and %d more line on this page.", "and %d more lines on this page.",
               (unsigned long)more), more);
      game_voice_say(app, say);
    }
  } else {
    size_t n = (size_t)snprintf(say, sizeof say, TR("debrief.your_six_skills_this_time_2", "Your six skills this time:"));
    for (int k = 0; k < SIM_SKILL_COUNT && n < sizeof say; k++)
      n += (size_t)(s->scores.skill_evidence[k] == 0
                        ? snprintf(say + n, sizeof say - n, TR("debrief.not_shown_yet_2", " %s, not shown yet."), sim_skill_label((SimSkill)k))
                        : snprintf(say + n, sizeof say - n, " %s, %d.", sim_skill_label((SimSkill)k), s->scores.skills[k]));
    game_voice_say(app, say);
    for (int i = 0; i < s->guess_count; i++) game_voice_say(app, s->guesses[i]);
    game_voice_say(app, s->guess_summary);
  }
}

static void debrief_update(UiScene *self, void *app_ptr, GfxInput *in) {
  DebriefScene *s = (DebriefScene *)self;
  GameApp *app = app_ptr;
  in->text_active = false;
  layout(s, app);
  s->appear = ui_tween(&app->theme, s->appear, 1.0f, 0.08f);
  if (ui_tabs_update(&s->tabs, in)) s->view.scroll = (UiScroll){0};
  if (s->voiced_tab != s->tabs.active) debrief_voice(s, app), s->voiced_tab = s->tabs.active;
  s->practise_count = 0;
  s->view.scroll.content_h = draw_tab(s, app, s->view.rect.y, false);
  ui_view_update(&app->ui, &s->view, in, true);
  for (int k = 0; s->tabs.active == 1 && k < s->practise_count; k++) {
    GfxRect r = s->practise[k];
    r.y += s->view.rect.y - (int)s->view.scroll.offset;
    if (in->number == k + 1 || (ui_clicked(in, r) && ui_hit(s->view.rect, in->click_x, in->click_y))) {
      const SimMoment *m = &s->moments[s->practise_moment[k]];
      UiScene *next = game_rehearse_moment_scene(app, m->log_index, m->text);
      if (next) ui_stack_push(&app->stack, next);
      return;
    }
  }
  int b = ui_buttons_update(&s->buttons, in, true);
  if (b == 0) game_flow_step_done(app, GAME_STEP_DEBRIEFED, NULL);
  if (b > 0 && s->actions[b] == DEBRIEF_HANDIN) ui_stack_push(&app->stack, game_handin_scene(app)); /* scene_handin.c */
  else if (b > 0 && s->actions[b] == DEBRIEF_WATCH)
    ui_stack_push(&app->stack, game_watch_scene(app, s->watch_person, sim_session_seed(app->state->session)));
}

static void debrief_draw(UiScene *self, void *app_ptr, Gfx *g) {
  (void)g;
  DebriefScene *s = (DebriefScene *)self;
  GameApp *app = app_ptr;
  ui_page_header(&app->ui, TR("debrief.debrief", "Debrief"), NULL);
  layout(s, app);
  ui_tabs_draw(&app->ui, &s->tabs);
  int top = ui_view_begin(&app->ui, &s->view);
  s->practise_count = 0;
  int h = draw_tab(s, app, top, true);
  ui_view_end(&app->ui, &s->view, h);
  ui_buttons_draw(&app->ui, &s->buttons, true);
  ui_footer_hint(&app->ui, s->tabs.active == 1 && s->practise_count
                               ? TR("debrief.left_right_pages_up_down", "Left/Right: pages   Up/Down: scroll   1-6 or click: practise a moment   Enter: continue")
                               : TR("debrief.left_right_or_click_pages", "Left/Right or click: pages   Up/Down or wheel: scroll   Enter: continue"));
}

static void debrief_destroy(UiScene *self) {
  game_transcript_free(&((DebriefScene *)self)->transcript);
  free(self);
}

static const UiSceneOps DEBRIEF_OPS = {
  .name = "debrief", .update = debrief_update, .draw = debrief_draw, .destroy = debrief_destroy,
};

UiScene *game_debrief_scene(GameApp *app) {
  DebriefScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &DEBRIEF_OPS;
  s->tabs = (UiTabs){.count = 4, .active = 0, .labels = {TR("debrief.overview", "Overview"), TR("debrief.what_happened", "What happened"), TR("debrief.skills_and_guesses", "Skills and guesses"), TR("debrief.transcript", "Transcript")}};
  game_transcript_build(app, &s->transcript);
  s->watch_person = game_transcript_least_well(app->state->session);
  const SimPerson *watched = person_at(app, s->watch_person);
  snprintf(s->watch_label, sizeof s->watch_label, TR("debrief.see_how_someone_else_handled", "See how someone else handled %.*s"),
           watched && watched->name ? (int)strcspn(watched->name, " ") : 0, watched && watched->name ? watched->name : "");
  /* The row runs right to left: Continue on the right, the expert's playback beside it and
   * handing in (a class's student) leftmost, where Tab from Continue lands first. */
  const char *labels[3] = {TR("debrief.continue", "Continue")};
  int count = 1;
  s->actions[0] = DEBRIEF_CONTINUE;
  if (watched) s->actions[count] = DEBRIEF_WATCH, labels[count++] = s->watch_label;
  if (game_handin_available(app->state)) s->actions[count] = DEBRIEF_HANDIN, labels[count++] = TR("debrief.hand_in_my_results", "Hand in my results");
  ui_buttons_init(&s->buttons, count, labels);
  s->appear = app->theme.reduced_motion ? 1.0f : 0.0f;
  collect(s, app);
  debrief_voice(s, app); /* before the first frame says the focused Continue */
  s->voiced_tab = 0;
  return &s->base;
}
