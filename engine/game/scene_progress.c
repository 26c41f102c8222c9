/* scene_progress.c — progress for the current profile, read from the save: network strength
 * and depth gain per session, cards against real connections, the six skills over time,
 * the relationship roster (tier, last contact, what you know, a nudge for who is drifting)
 * and the reflections. Four tabs (Left/Right or click), each a scroll view.
 * Depends on state, the save's read functions, the script loader (for fact text) and after.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "game/after.h"
#include "game/practice.h"
#include "game/flow.h"
#include "game/progress_plan.h"
#include "game/scenes.h"
#include "game/state.h"
#include "script/script.h"
#include "i18n/i18n.h"

#define PROG_SESSIONS 64
#define PROG_ROSTER 48
#define PROG_REFLECTIONS 24
#define PROG_SCENARIOS 4

typedef struct ProgPerson {
  char head[400];             /* "Maya Okafor, Pulse Health" */
  char tier[160];             /* "Rapport · last in touch 2 weeks ago" */
  char known[120];            /* "What you know about Maya:" */
  char facts[1200];           /* what you know */
  char nudge[200];            /* "" or "You haven't been in touch with Maya for three weeks." */
  int tier_value;
} ProgPerson;

typedef struct ProgressScene {
  UiScene base;
  UiTabs tabs;
  UiView view;
  UiButtonRow buttons;
  int sessions;
  float strength[PROG_SESSIONS], depth[PROG_SESSIONS], cards[PROG_SESSIONS], callable[PROG_SESSIONS];
  float skills[SIM_SKILL_COUNT][PROG_SESSIONS];
  float max_strength, max_count;
  char summary[400];
  char practice[120];        /* "Practised 3 moments this week." (game/practice.h), "" none */
  ProgPerson *people;
  int people_count;
  int could_call;
  char (*reflections)[SAVE_REFLECTION_MAX + 64];
  int reflection_count;
  char empty[300];
  GamePlan plan;             /* the practice plan panel (progress_plan.c), on the first tab */
} ProgressScene;

/* Fact text for a person id from the loaded scenarios ("" when unknown). */
static const char *fact_text(SimScenario *const *scen, int n, const char *person, const char *fact) {
  for (int i = 0; i < n; i++) {
    int p = sim_scenario_find_person(scen[i], person);
    if (p < 0) continue;
    int f = sim_person_find_fact(&scen[i]->people[p], fact);
    if (f >= 0 && scen[i]->people[p].facts[f].text) return scen[i]->people[p].facts[f].text;
  }
  return NULL;
}

static int today(const GameState *st, int sessions) {
  if (st->deterministic) return sessions * 7;
  return (int)((time(NULL) - (time_t)946684800) / 86400);
}

static void load_people(ProgressScene *s, GameApp *app, SimScenario *const *scen, int nscen, int sessions) {
  GameState *st = app->state;
  SaveRelation *rows = calloc(PROG_ROSTER, sizeof *rows);
  s->people = calloc(PROG_ROSTER, sizeof *s->people);
  if (!rows || !s->people) {
    free(rows);
    return;
  }
  int total = game_state_roster(st, rows, PROG_ROSTER);
  int now = today(st, sessions);
  for (int i = 0; i < total; i++) {
    const SaveRelation *r = &rows[i];
    if (r->tier < 1 && !r->card && !r->contact) continue;
    ProgPerson *p = &s->people[s->people_count++];
    p->tier_value = r->tier;
    if (r->tier >= 3) s->could_call++;
    snprintf(p->head, sizeof p->head, "%s%s%s", r->name[0] ? r->name : r->person, r->org[0] ? ", " : "", r->org);
    char when[64];
    int days = r->last_day >= 0 ? now - r->last_day : -1;
    if (days < 0 && r->last_day >= 0) days = 0;
    if (r->last_day < 0) snprintf(when, sizeof when, TR("progress.never_in_touch", "never in touch"));
    else if (days == 0) snprintf(when, sizeof when, TR("progress.last_in_touch_today", "last in touch today"));
    else {
      char span[32];
      game_after_days_words(days, span, sizeof span);
      snprintf(when, sizeof when, TR("progress.last_in_touch_ago", "last in touch %s ago"), span);
    }
    snprintf(p->tier, sizeof p->tier, "%s  \xC2\xB7  %s%s", game_after_tier_label(r->tier), when,
             r->card || r->contact ? TR("progress.xc2xb7_you_can_reach_them", "  \xC2\xB7  you can reach them") : "");
    /* What you know: the scenario's fact text when loadable, else the ids. */
    size_t n = 0;
    char ids[SAVE_FACTS_MAX];
    snprintf(ids, sizeof ids, "%s", r->facts);
    char *save_ptr = NULL;
    for (char *id = strtok_r(ids, ",", &save_ptr); id; id = strtok_r(NULL, ",", &save_ptr)) {
      const char *text = fact_text(scen, nscen, r->person, id);
      int k = snprintf(p->facts + n, sizeof p->facts - n, "%s\xE2\x80\xA2 %s", n ? "\n" : "", text ? text : id);
      if (k < 0 || (size_t)k >= sizeof p->facts - n) break;
      n += (size_t)k;
    }
    if (!n) snprintf(p->facts, sizeof p->facts, TR("progress.you_dont_know_much_about", "You don't know much about them yet."));
    char first[64];
    snprintf(first, sizeof first, "%s", r->name[0] ? r->name : r->person);
    char *sp = strchr(first, ' ');
    if (sp) *sp = '\0';
    if (n) snprintf(p->known, sizeof p->known, TR("progress.what_you_know_about", "What you know about %s:"), first);
    if (r->tier >= 1 && days >= 14) {
      char span[32];
      game_after_days_words(days, span, sizeof span);
      snprintf(p->nudge, sizeof p->nudge, TR("progress.you_havent_been_in_touch", "You haven't been in touch with %s for %s. A short message keeps the tie alive."),
               first, span);
    }
  }
  free(rows);
}

static void load(ProgressScene *s, GameApp *app) {
  GameState *st = app->state;
  if (!st->db || st->profile.id == 0) {
    snprintf(s->empty, sizeof s->empty, TR("progress.nothing_is_saved_for_this", "Nothing is saved for this profile yet, so there's no history to show. "
                                        "Play an event and your progress will appear here."));
    return;
  }
  game_plan_build(st, st->profile.id, &s->plan);
  SaveSessionRow *rows = calloc(PROG_SESSIONS, sizeof *rows);
  if (!rows) return;
  int total = game_state_sessions(st, rows, PROG_SESSIONS);
  /* The scenarios played, loaded once for their fact text (the current one is reused). */
  SimScenario *scen[PROG_SCENARIOS + 1];
  bool owned[PROG_SCENARIOS + 1];
  int nscen = 0;
  if (st->scenario) {
    scen[nscen] = st->scenario;
    owned[nscen++] = false;
  }
  s->max_strength = 1;
  s->max_count = 1;
  int completed = 0;
  for (int i = 0; i < total; i++) {
    const SaveSessionRow *r = &rows[i];
    bool known = false;
    for (int k = 0; k < nscen; k++)
      if (scen[k]->id && strcmp(scen[k]->id, r->session.scenario) == 0) known = true;
    char path[1024], err[320];
    if (!known && nscen < PROG_SCENARIOS + 1 && scr_find_scenario(r->session.scenario, path, sizeof path) == 0) {
      SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
      if (sc) {
        scen[nscen] = sc;
        owned[nscen++] = true;
      }
    }
    if (r->session.state != SAVE_SESSION_COMPLETED) continue;
    int k = completed++;
    s->strength[k] = (float)r->session.network_strength;
    s->depth[k] = (float)r->session.depth_gain;
    s->cards[k] = (float)r->session.cards;
    s->callable[k] = (float)r->session.callable;
    for (int j = 0; j < SIM_SKILL_COUNT; j++) s->skills[j][k] = r->has_skills ? (float)r->skills.value[j] : 0;
    if (s->strength[k] > s->max_strength) s->max_strength = s->strength[k];
    if (s->cards[k] > s->max_count) s->max_count = s->cards[k];
    if (s->callable[k] > s->max_count) s->max_count = s->callable[k];
  }
  s->sessions = completed;
  free(rows);
  load_people(s, app, scen, nscen, total);
  for (int i = 0; i < nscen; i++)
    if (owned[i]) sim_scenario_destroy(scen[i]);
  if (completed > 0) {
    int k = completed - 1;
    char played[64], people[64], cards[64];
    snprintf(played, sizeof played, TRN("progress.events_played", "%d event played.", "%d events played.", (unsigned long)completed), completed);
    snprintf(people, sizeof people, TRN("plural.people", "%d person", "%d people", (unsigned long)s->callable[k]), (int)s->callable[k]);
    snprintf(cards, sizeof cards, TRN("plural.cards", "%d card", "%d cards", (unsigned long)s->cards[k]), (int)s->cards[k]);
    /* TRANSLATORS: the first %s is "N events played."; the others are "N people" and "N cards". */
    snprintf(s->summary, sizeof s->summary,
             TR("progress.after_the_last_one", "%s After the last one your network's strength was %.0f, you could call "
             "%s tomorrow, and you held %s."), played, (double)s->strength[k], people, cards);
  } else {
    snprintf(s->empty, sizeof s->empty, TR("progress.no_finished_events_yet_play", "No finished events yet. Play one and your progress will appear here."));
  }
  {
    int n = game_state_rehearsals_recent(app->state, 7);
    if (n > 0) snprintf(s->practice, sizeof s->practice, TRN("progress.practised_moments_this_week", "Practised %d moment this week.",
                                                             "Practised %d moments this week.", (unsigned long)n), n);
    else s->practice[0] = '\0';
  }
  s->reflections = calloc(PROG_REFLECTIONS, sizeof *s->reflections);
  SaveReflection *refl = calloc(PROG_REFLECTIONS, sizeof *refl);
  if (s->reflections && refl) {
    int n = game_state_reflections(st, refl, PROG_REFLECTIONS);
    for (int i = 0; i < n; i++) {
      char date[16];
      snprintf(date, sizeof date, "%.10s", refl[i].started);
      snprintf(s->reflections[s->reflection_count++], sizeof s->reflections[0], "%s%s%s", st->deterministic ? "" : date,
               st->deterministic ? "" : ": ", refl[i].text);
    }
  }
  free(refl);
}

/* ---- Tabs (draw = false only measures) ---- */

static int text(GameApp *app, GfxFont f, UiType type, UiColor c, int x, int y, int w, const char *str, bool draw) {
  return draw ? ui_text(&app->ui, f, type, c, x, y, w, str) : ui_text_height(&app->ui, f, type, w, str);
}

static int chart_h(GameApp *app) {
  int lh = gfx_line_height(app->gfx, GFX_FONT_REGULAR, ui_size(&app->theme, UI_T_SMALL));
  return app->theme.unit * 85 / 4 + lh * 2;
}

static int tab_history(ProgressScene *s, GameApp *app, int x, int y, int w, bool draw) {
  const UiTheme *t = &app->theme;
  int top = y;
  y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x, y, w, s->summary, draw) + t->unit * 2;
  y += game_plan_panel(&app->ui, &s->plan, x, y, w, draw) + t->unit * 3;
  if (s->practice[0]) y += text(app, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, x, y, w, s->practice, draw) + t->unit * 2;
  int ch = chart_h(app);
  int cw = (w - t->unit * 3) / 2;
  y += text(app, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, x, y, cw, TR("progress.depth_event_by_event", "Depth, event by event"), draw);
  int y2 = y - ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SUBHEADING, cw, TR("progress.depth_event_by_event", "Depth, event by event"));
  int y2h = text(app, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, x + cw + t->unit * 3, y2, cw, TR("progress.cards_against_real_connections", "Cards against real connections"), draw);
  if (y2 + y2h > y) y = y2 + y2h;
  y += t->unit;
  if (draw) {
    UiSeries a[2] = {{TR("progress.network_strength", "Network strength"), s->strength, s->sessions, UI_C_ACCENT},
                     {TR("progress.depth_gained", "Depth gained"), s->depth, s->sessions, UI_C_WARM}};
    ui_line_chart(&app->ui, (GfxRect){x, y, cw, ch}, a, 2, s->max_strength * 1.2f);
    UiSeries b[2] = {{TR("progress.cards", "Cards"), s->cards, s->sessions, UI_C_INK_SOFT},
                     {TR("progress.people_you_could_call", "People you could call"), s->callable, s->sessions, UI_C_GOOD}};
    ui_line_chart(&app->ui, (GfxRect){x + cw + t->unit * 3, y, cw, ch}, b, 2, s->max_count * 1.2f);
  }
  y += ch + t->unit;
  y += text(app, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, x, y, w,
            TR("progress.one_dot_per_finished_event", "One dot per finished event, oldest on the left. Depth is what counts; cards only show how many people you reached."), draw);
  y += t->unit * 2;
  return y - top;
}

static int tab_skills(ProgressScene *s, GameApp *app, int x, int y, int w, bool draw) {
  const UiTheme *t = &app->theme;
  int top = y;
  y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w,
            TR("progress.each_skill_from_0_to", "Each skill from 0 to 100, event by event, from what you actually did."), draw) + t->unit * 2;
  int cols = ui_scale_percent(t) > 110 ? 2 : 3;
  int cw = (w - (cols - 1) * t->unit * 3) / cols;
  int lh = gfx_line_height(app->gfx, GFX_FONT_REGULAR, ui_size(t, UI_T_SMALL));
  int ch = t->unit * 55 / 4 + lh * 2;
  for (int k = 0; k < SIM_SKILL_COUNT; k++) {
    int cx = x + (k % cols) * (cw + t->unit * 3);
    int cy = y + (k / cols) * (ch + t->unit * 2);
    if (draw) {
      char label[96];
      int last = s->sessions > 0 ? (int)s->skills[k][s->sessions - 1] : 0;
      snprintf(label, sizeof label, "%s: %d", sim_skill_label((SimSkill)k), last);
      UiSeries one = {label, s->skills[k], s->sessions, UI_C_ACCENT};
      ui_panel(&app->ui, (GfxRect){cx, cy, cw, ch}, UI_C_SURFACE);
      ui_line_chart(&app->ui, (GfxRect){cx + t->unit, cy + t->unit, cw - 2 * t->unit, ch - t->unit}, &one, 1, 120);
    }
  }
  y += ((SIM_SKILL_COUNT + cols - 1) / cols) * (ch + t->unit * 2);
  return y - top;
}

static int tab_people(ProgressScene *s, GameApp *app, int x, int y, int w, bool draw) {
  const UiTheme *t = &app->theme;
  int top = y;
  char head[160];
  snprintf(head, sizeof head, TR("progress.people_you_could_call_tomorrow", "People you could call tomorrow: %d"), s->could_call);
  y += text(app, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, x, y, w, head, draw) + t->unit * 2;
  if (s->people_count == 0)
    y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w, TR("progress.nobody_on_your_roster_yet", "Nobody on your roster yet."), draw);
  int pad = t->unit * 2;
  int iw = w - 2 * pad - 8;
  for (int i = 0; i < s->people_count; i++) {
    const ProgPerson *p = &s->people[i];
    int h = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, iw, p->head) + ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, iw, p->tier) +
            t->unit / 2 + ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, iw, p->facts) + 2 * pad;
    if (p->known[0]) h += ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, iw, p->known);
    if (p->nudge[0]) h += t->unit / 2 + ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, iw, p->nudge);
    if (draw) {
      GfxRect r = {x, y, w, h};
      ui_panel(&app->ui, r, UI_C_SURFACE);
      gfx_fill_round_rect(app->gfx, (GfxRect){r.x, r.y, 6, r.h}, 3,
                          ui_color(t, p->nudge[0] ? UI_C_GOLD : p->tier_value >= 3 ? UI_C_GOOD : UI_C_LINE));
      int yy = y + pad;
      yy += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, x + pad + 8, yy, iw, p->head);
      yy += ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, x + pad + 8, yy, iw, p->tier) + t->unit / 2;
      if (p->known[0]) yy += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK_SOFT, x + pad + 8, yy, iw, p->known);
      yy += ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x + pad + 8, yy, iw, p->facts);
      if (p->nudge[0]) ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, x + pad + 8, yy + t->unit / 2, iw, p->nudge);
    }
    y += h + t->unit * 2;
  }
  return y - top;
}

static int tab_reflections(ProgressScene *s, GameApp *app, int x, int y, int w, bool draw) {
  const UiTheme *t = &app->theme;
  int top = y;
  if (s->reflection_count == 0)
    y += text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w,
              TR("progress.no_reflections_yet_after_each", "No reflections yet. After each debrief you can write a few lines for yourself."), draw);
  int pad = t->unit * 2;
  for (int i = 0; i < s->reflection_count; i++) {
    int h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, w - 2 * pad - 8, s->reflections[i]) + 2 * pad;
    if (draw) {
      ui_panel(&app->ui, (GfxRect){x, y, w, h}, UI_C_SURFACE);
      gfx_fill_round_rect(app->gfx, (GfxRect){x, y, 6, h}, 3, ui_color(t, UI_C_WARM));
      ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, x + pad + 8, y + pad, w - 2 * pad - 8, s->reflections[i]);
    }
    y += h + t->unit * 2;
  }
  return y - top;
}

static int draw_tab(ProgressScene *s, GameApp *app, int y, bool draw) {
  /* Inside the view: room for the focus ring on the left, the scroll bar on the right. */
  int u = app->theme.unit;
  int x = s->view.rect.x + u / 2, w = s->view.rect.w - u * 11 / 4;
  if (s->empty[0] && s->tabs.active < 2)
    return text(app, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, x, y, w, s->empty, draw);
  switch (s->tabs.active) {
    case 0: return tab_history(s, app, x, y, w, draw);
    case 1: return tab_skills(s, app, x, y, w, draw);
    case 2: return tab_people(s, app, x, y, w, draw);
    default: return tab_reflections(s, app, x, y, w, draw);
  }
}

static void layout(ProgressScene *s, GameApp *app, const char *sub) {
  const UiTheme *t = &app->theme;
  int y = ui_header_bottom(&app->ui, sub);
  y += ui_tabs_layout(&app->ui, &s->tabs, t->margin, y);
  int bottom = ui_buttons_layout(&app->ui, &s->buttons) - t->unit * 2;
  s->view.rect = (GfxRect){t->margin - 4, y, GFX_WIDTH - 2 * t->margin + 8, bottom - y};
}

static void subtitle(GameApp *app, char *out, size_t len) {
  snprintf(out, len, "%s", app->state->has_profile ? app->state->profile.name : "");
}

static void progress_update(UiScene *self, void *app_ptr, GfxInput *in) {
  ProgressScene *s = (ProgressScene *)self;
  GameApp *app = app_ptr;
  in->text_active = false;
  char sub[80];
  subtitle(app, sub, sizeof sub);
  layout(s, app, sub);
  if (ui_tabs_update(&s->tabs, in)) s->view.scroll = (UiScroll){0};
  s->view.scroll.content_h = draw_tab(s, app, 0, false);
  ui_view_update(&app->ui, &s->view, in, true);
  int b = ui_buttons_update(&s->buttons, in, true);
  if (b == 0 || in->pressed[GFX_ACT_BACK]) {
    game_flow_step_done(app, GAME_STEP_PROGRESS_DONE, NULL);
  }
}

static void progress_draw(UiScene *self, void *app_ptr, Gfx *g) {
  (void)g;
  ProgressScene *s = (ProgressScene *)self;
  GameApp *app = app_ptr;
  char sub[80];
  subtitle(app, sub, sizeof sub);
  ui_page_header(&app->ui, TR("progress.your_progress", "Your progress"), sub);
  layout(s, app, sub);
  ui_tabs_draw(&app->ui, &s->tabs);
  int top = ui_view_begin(&app->ui, &s->view);
  int h = draw_tab(s, app, top, true);
  ui_view_end(&app->ui, &s->view, h);
  ui_buttons_draw(&app->ui, &s->buttons, true);
  ui_footer_hint(&app->ui, TR("progress.left_right_or_click_pages", "Left/Right or click: pages   Up/Down or wheel: scroll   Enter or Esc: title"));
}

static void progress_destroy(UiScene *self) {
  ProgressScene *s = (ProgressScene *)self;
  free(s->people);
  free(s->reflections);
  free(s);
}

static const UiSceneOps PROGRESS_OPS = {
  .name = "progress", .update = progress_update, .draw = progress_draw, .destroy = progress_destroy,
};

UiScene *game_progress_scene(GameApp *app) {
  ProgressScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &PROGRESS_OPS;
  s->tabs = (UiTabs){.count = 4, .active = 0, .labels = {TR("progress.over_time", "Over time"), TR("progress.skills", "Skills"), TR("progress.people", "People"), TR("progress.reflections", "Reflections")}};
  const char *labels[] = {TR("progress.back_to_the_title", "Back to the title")};
  ui_buttons_init(&s->buttons, 1, labels);
  load(s, app);
  return &s->base;
}
