/* scene_week.c — "A week passes" between events (DESIGN §2.8): the weekly budget spent on
 * maintenance actions for people the player can reach (the scenario's SimMaintenance),
 * then sim_week_end lets unmaintained relationships drift; the week is stored with
 * game_state_save_week. Continue ends the session and opens the progress screen.
 * Depends on state, the sim's maintenance calls and after.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/after.h"
#include "game/flow.h"
#include "game/scenes.h"
#include "game/state.h"
#include "i18n/i18n.h"

#define WEEK_ITEMS (SIM_MAX_PEOPLE * SIM_MAX_MAINTENANCE)
#define WEEK_RESULTS 24

typedef struct WeekScene {
  UiScene base;
  int person[WEEK_ITEMS], action[WEEK_ITEMS];
  bool chosen[WEEK_ITEMS];
  int count;                  /* actions; list item `count` is the Let-the-week-pass button */
  UiList list;
  GfxRect rects[WEEK_ITEMS + 1];
  int row_y[WEEK_ITEMS + 1], row_h[WEEK_ITEMS + 1];
  UiView view;
  int budget;
  char note[200];
  bool passed;
  char results[WEEK_RESULTS][400];
  int result_count;
  UiButtonRow done;
} WeekScene;

static const SimPerson *person_at(GameApp *app, int p) {
  const SimScenario *sc = app->state->scenario;
  return sc && p >= 0 && p < sc->person_count ? &sc->people[p] : NULL;
}

static int spent(const WeekScene *s, GameApp *app) {
  int n = 0;
  for (int i = 0; i < s->count; i++)
    if (s->chosen[i]) n += sim_maintenance_cost(person_at(app, s->person[i])->maintenance[s->action[i]].kind);
  return n;
}

static void build(WeekScene *s, GameApp *app) {
  SimSession *ss = app->state->session;
  const SimScenario *sc = app->state->scenario;
  s->count = 0;
  if (!ss || !sc) return;
  SimPlayerView pv;
  sim_session_player(ss, &pv);
  s->budget = pv.maintenance_left;
  for (int p = 0; p < sc->person_count; p++) {
    const SimRelation *r = sim_session_relation(ss, p);
    if (!r || r->tier < 1 || !(r->card || r->contact || r->tier >= 3)) continue;
    for (int a = 0; a < sc->people[p].maintenance_count && s->count < WEEK_ITEMS; a++) {
      s->person[s->count] = p;
      s->action[s->count] = a;
      s->count++;
    }
  }
  s->list = (UiList){.focus = 0, .count = s->count + 1, .numbers = false};
}

static void item_texts(WeekScene *s, GameApp *app, int i, char *title, size_t tlen, char *sub, size_t slen) {
  const SimPerson *p = person_at(app, s->person[i]);
  const SimMaintenance *m = &p->maintenance[s->action[i]];
  game_state_personalise(app->state, m->text ? m->text : TR("week.get_in_touch", "Get in touch"), title, tlen);
  int cost = sim_maintenance_cost(m->kind);
  const SimRelation *r = sim_session_relation(app->state->session, s->person[i]);
  snprintf(sub, slen, TR("week.now_takes_of_your_units", "%s, %s now. Takes %d of your %d units this week."), game_after_name(p),
           game_after_tier_label(r ? r->tier : 0), cost, SIM_WEEKLY_BUDGET);
}

static void pass_week(WeekScene *s, GameApp *app) {
  SimSession *ss = app->state->session;
  const SimScenario *sc = app->state->scenario;
  if (!ss || !sc) return;
  int8_t before[SIM_MAX_PEOPLE];
  for (int p = 0; p < sc->person_count; p++) {
    const SimRelation *r = sim_session_relation(ss, p);
    before[p] = r ? r->tier : 0;
  }
  SaveMaintenance acts[SIM_WEEKLY_BUDGET];
  int nacts = 0;
  s->result_count = 0;
  for (int i = 0; i < s->count; i++) {
    if (!s->chosen[i]) continue;
    const SimPerson *p = person_at(app, s->person[i]);
    const SimMaintenance *m = &p->maintenance[s->action[i]];
    if (sim_maintain(ss, s->person[i], s->action[i], NULL) != SIM_OK) continue;
    if (nacts < SIM_WEEKLY_BUDGET) {
      SaveMaintenance *a = &acts[nacts++];
      memset(a, 0, sizeof *a);
      snprintf(a->person, sizeof a->person, "%s", p->id ? p->id : "");
      const char *kind = sim_maintenance_kind_name(m->kind);
      snprintf(a->kind, sizeof a->kind, "%s", kind ? kind : "");
    }
    if (s->result_count < WEEK_RESULTS) {
      char reply[300];
      game_state_personalise(app->state, m->reply ? m->reply : TR("week.thanks", "Thanks!"), reply, sizeof reply);
      snprintf(s->results[s->result_count++], sizeof s->results[0], "%s: \"%s\"", game_after_name(p), reply);
    }
  }
  sim_week_end(ss);
  GameStepData d = {.acts = acts, .act_count = nacts};
  game_flow_step_done(app, GAME_STEP_WEEK_PASSED, &d);
  for (int p = 0; p < sc->person_count && s->result_count < WEEK_RESULTS; p++) {
    const SimRelation *r = sim_session_relation(ss, p);
    if (!r || r->tier >= before[p]) continue;
    snprintf(s->results[s->result_count++], sizeof s->results[0],
             TR("week.you_and_drifted_a_little", "You and %s drifted a little: from %s to %s. A short message keeps a tie alive."),
             game_after_name(&sc->people[p]), game_after_tier_label(before[p]), game_after_tier_label(r->tier));
  }
  if (s->result_count == 0)
    snprintf(s->results[s->result_count++], sizeof s->results[0],
             TR("week.a_quiet_week_nobody_you", "A quiet week. Nobody you met has drifted yet, but ties fade if they're never tended."));
  s->passed = true;
  s->view.scroll = (UiScroll){0};
  const char *labels[] = {TR("week.continue_to_your_progress", "Continue to your progress")};
  ui_buttons_init(&s->done, 1, labels);
}

static void layout(WeekScene *s, GameApp *app, const char *sub) {
  const UiTheme *t = &app->theme;
  int top = ui_header_bottom(&app->ui, sub);
  int bh = ui_button_height(&app->ui);
  int bottom = ui_footer_top(&app->ui) - t->unit * 4 - bh;
  int inset = t->unit * 3 / 4; /* the rows' focus ring stays inside the view */
  s->view.rect = (GfxRect){t->margin - inset, top, GFX_WIDTH - 2 * t->margin + 2 * inset, bottom - top};
  int w = s->view.rect.w - t->unit * 3;
  int y = inset;
  if (!s->passed) {
    for (int i = 0; i < s->count; i++) {
      char title[400], sub2[300];
      item_texts(s, app, i, title, sizeof title, sub2, sizeof sub2);
      int h = ui_toggle_height(&app->ui, w, title, sub2);
      s->row_y[i] = y;
      s->row_h[i] = h;
      y += h + t->unit * 2;
    }
  }
  s->view.scroll.content_h = y;
  s->view.scroll.view_h = s->view.rect.h;
  int off = s->view.rect.y - (int)s->view.scroll.offset;
  for (int i = 0; i < s->count; i++) {
    GfxRect r = {s->view.rect.x + 6, off + s->row_y[i], w, s->row_h[i]};
    int y0 = r.y < s->view.rect.y ? s->view.rect.y : r.y;
    int y1 = r.y + r.h > s->view.rect.y + s->view.rect.h ? s->view.rect.y + s->view.rect.h : r.y + r.h;
    s->rects[i] = (GfxRect){r.x, y0, r.w, y1 > y0 ? y1 - y0 : 0};
  }
  int tw, th;
  gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), TR("week.let_the_week_pass", "Let the week pass"), &tw, &th);
  tw += t->unit * 6;
  s->rects[s->count] = (GfxRect){GFX_WIDTH - t->margin - tw, ui_footer_top(&app->ui) - t->unit * 2 - bh, tw, bh};
}

#define SUB_PLAN TR("week.a_small_weekly_budget_limits", "A small weekly budget limits how many people you can keep up with. Choose who to stay in touch " \
  "with; relationships nobody tends drift.")
#define SUB_DONE TR("week.heres_how_the_week_went", "Here's how the week went.")

static void week_update(UiScene *self, void *app_ptr, GfxInput *in) {
  WeekScene *s = (WeekScene *)self;
  GameApp *app = app_ptr;
  in->text_active = false;
  if (s->passed) {
    ui_buttons_layout(&app->ui, &s->done);
    ui_view_update(&app->ui, &s->view, in, true);
    if (ui_buttons_update(&s->done, in, true) >= 0 || in->pressed[GFX_ACT_BACK]) {
      game_flow_step_done(app, GAME_STEP_WEEK_DONE, NULL);
    }
    return;
  }
  layout(s, app, SUB_PLAN);
  ui_scroll_update(&s->view.scroll, in, s->view.rect, &app->theme);
  int hit = ui_list_update(&s->list, in, s->rects);
  if (s->list.focus < s->count) ui_scroll_follow(&s->view.scroll, s->row_y[s->list.focus], s->row_h[s->list.focus]);
  if (hit < 0) return;
  s->note[0] = '\0';
  if (hit == s->count) {
    pass_week(s, app);
    return;
  }
  if (s->chosen[hit]) {
    s->chosen[hit] = false;
    return;
  }
  s->chosen[hit] = true;
  if (spent(s, app) > s->budget) {
    s->chosen[hit] = false;
    snprintf(s->note, sizeof s->note, TR("week.over_this_weeks_budget_unselect", "Over this week's budget: unselect something first."));
  }
}

static void week_draw(UiScene *self, void *app_ptr, Gfx *g) {
  WeekScene *s = (WeekScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  ui_page_header(&app->ui, TR("week.a_week_passes", "A week passes"), s->passed ? SUB_DONE : SUB_PLAN);
  if (s->passed) {
    int bottom = ui_buttons_layout(&app->ui, &s->done) - t->unit * 2;
    int top = ui_header_bottom(&app->ui, SUB_DONE);
    int u = t->unit, inset = u * 3 / 4;
    s->view.rect = (GfxRect){t->margin - inset, top, GFX_WIDTH - 2 * t->margin + 2 * inset, bottom - top};
    int y0 = ui_view_begin(&app->ui, &s->view);
    int y = y0 + inset;
    int w = s->view.rect.w - u * 3;
    int pad = u * 2;
    for (int i = 0; i < s->result_count; i++) {
      int h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, w - 2 * pad - u, s->results[i]) + 2 * pad;
      GfxRect r = {s->view.rect.x + inset, y, w, h};
      ui_panel(&app->ui, r, UI_C_SURFACE);
      gfx_fill_round_rect(g, (GfxRect){r.x, r.y, 6, r.h}, 3, ui_color(t, s->results[i][0] == 'Y' ? UI_C_GOLD : UI_C_GOOD));
      ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, r.x + pad + u, r.y + pad, w - 2 * pad - u, s->results[i]);
      y += h + t->unit * 2;
    }
    ui_view_end(&app->ui, &s->view, y - y0);
    ui_buttons_draw(&app->ui, &s->done, true);
    ui_footer_hint(&app->ui, TR("week.up_down_or_wheel_scroll", "Up/Down or wheel: scroll   Enter or click: continue"));
    return;
  }
  layout(s, app, SUB_PLAN);
  int y0 = ui_view_begin(&app->ui, &s->view);
  (void)y0;
  if (s->count == 0)
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, s->view.rect.x + t->unit * 3 / 4,
            s->view.rect.y + t->unit * 3 / 4, s->view.rect.w - t->unit * 3,
               TR("week.theres_nobody_you_can_reach", "There's nobody you can reach yet: keeping up needs a card, contact details or real rapport. "
               "Let the week pass and try a deeper conversation next time."));
  for (int i = 0; i < s->count; i++) {
    char title[400], sub[300];
    item_texts(s, app, i, title, sizeof title, sub, sizeof sub);
    GfxRect r = {s->view.rect.x + t->unit * 3 / 4, s->view.rect.y - (int)s->view.scroll.offset + s->row_y[i],
                 s->view.rect.w - t->unit * 3, s->row_h[i]};
    ui_toggle(&app->ui, r, title, sub, s->chosen[i], i == s->list.focus, false);
  }
  ui_view_end(&app->ui, &s->view, s->view.scroll.content_h);
  /* The budget and the button. */
  int left = s->budget - spent(s, app);
  char budget[96];
  snprintf(budget, sizeof budget, TR("week.budget_left_this_week_of", "Budget left this week: %d of %d"), left < 0 ? 0 : left, s->budget);
  GfxRect b = s->rects[s->count];
  int size = ui_size(t, UI_T_BODY);
  int lh = gfx_line_height(g, GFX_FONT_BOLD, size);
  char fitted[256];
  ui_fit(&app->ui, GFX_FONT_BOLD, UI_T_BODY, s->note[0] ? s->note : budget, b.x - t->margin - t->unit * 2, fitted,
            sizeof fitted);
  gfx_text(g, GFX_FONT_BOLD, size, ui_color(t, s->note[0] ? UI_C_DANGER : UI_C_INK), t->margin,
           b.y + (b.h - lh) / 2, GFX_ALIGN_LEFT, fitted);
  ui_button(&app->ui, b, TR("week.let_the_week_pass", "Let the week pass"), UI_BUTTON_PRIMARY, s->list.focus == s->count, false);
  ui_footer_hint(&app->ui, TR("week.up_down_or_tab_move", "Up/Down or Tab: move   Enter or click: choose   Wheel: scroll"));
}

static void week_destroy(UiScene *self) { free(self); }

static const UiSceneOps WEEK_OPS = {
  .name = "week", .update = week_update, .draw = week_draw, .destroy = week_destroy,
};

UiScene *game_week_scene(GameApp *app) {
  WeekScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &WEEK_OPS;
  build(s, app);
  return &s->base;
}
