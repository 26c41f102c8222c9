/* scene_dashboard.c — the teacher's dashboard ("dashboard"): students' latest depth gain,
 * people to call, cards and skills; the strategy bots on the same workshop evening beside
 * them; a scatter of cards against depth (connectors top left, collectors bottom right);
 * class skill averages; an anonymous view (numbers for names) and a top-five view for class
 * discussion. The table is drawn in dashboard_table.c, the chart in dashboard_chart.c. Depends on game state
 * (its class summary and cached bot scores, through game_state_*), script (the workshop code
 * resolver), sim (workshop codes) and front.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/dashboard_internal.h"
#include "script/script.h"
#include "sim/workshop.h"
#include "game/difficulty.h"
#include "i18n/i18n.h"

static const char *const SORT_LABEL[SORTS] = {TR_NOOP("dashboard.sort_student", "Sort: student"), TR_NOOP("dashboard.sort_depth", "Sort: depth"), TR_NOOP("dashboard.sort_call", "Sort: call"), TR_NOOP("dashboard.sort_cards", "Sort: cards")};
static const char *const PANEL_LABEL[PANELS] = {TR_NOOP("dashboard.show_skills", "Show: skills"), TR_NOOP("dashboard.show_strategies", "Show: strategies"), TR_NOOP("dashboard.show_chart", "Show: chart")};
static const SimStrategy BOT_KIND[BOTS] = {SIM_BOT_CONNECTOR, SIM_BOT_RANDOM, SIM_BOT_COLLECTOR};
const char *const game_dash_bot_label[BOTS] = {TR_NOOP("dashboard.connector_bot", "Connector bot"), TR_NOOP("dashboard.random_bot", "Random bot"), TR_NOOP("dashboard.collector_bot", "Collector bot")};

/* The workshop setup to run the bots on: the code's, else the latest session's. */
static bool setup_for_bots(DashScene *s, char *id, uint64_t *seed, SimPlayerSettings *set) {
  *set = sim_player_settings_default();
  const SaveSessionRow *latest = NULL;
  for (int i = 0; i < s->count; i++)
    if (s->rows[i].has_latest &&
        (!latest || strcmp(s->rows[i].latest.session.started, latest->session.started) > 0))
      latest = &s->rows[i].latest;
  const char *code = s->workshop[0] ? s->workshop : latest ? latest->session.workshop : "";
  SimWorkshop w;
  ScrWorkshopStatus st = code[0] ? scr_workshop_scenario(code, &w, NULL, id, 64, NULL, 0)
                                 : SCR_WORKSHOP_BAD_CODE;
  if (st != SCR_WORKSHOP_BAD_CODE) {
    if (st != SCR_WORKSHOP_OK) return false;
    *seed = w.seed;
    set->introvert_practice = w.introvert_practice;
    set->clock_on = w.clock_on;
    set->hints_on = w.hints_on;
    set->difficulty = w.difficulty < SIM_DIFFICULTY_COUNT ? (SimDifficulty)w.difficulty : SIM_DIFFICULTY_STANDARD;
    return true;
  }
  if (!latest) return false;
  snprintf(id, 64, "%s", latest->session.scenario);
  *seed = latest->session.seed;
  return true;
}

static void run_bots(DashScene *s, GameApp *app) {
  char id[64];
  uint64_t seed = 0;
  SimPlayerSettings set;
  s->bots_ok = false;
  if (!setup_for_bots(s, id, &seed, &set)) {
    snprintf(s->bot_note, sizeof s->bot_note, TR("dashboard.the_bots_play_once_the", "The bots play once the class has played a session "
             "or a workshop code is set."));
    return;
  }
  s->bots_ok = game_state_bot_scores(app->state, id, seed, &set, BOT_KIND, BOTS, s->bots,
                                     s->bot_note, sizeof s->bot_note);
}

static void sort_rows(DashScene *s);

/* The number a student is shown by: in the anonymous view the class's random, stable
 * anonymous number (join order would give names away), else their class number. */
int game_dash_shown_number(const DashScene *s, const SaveProfile *p) {
  return s->anonymous && p->anon_number > 0 ? p->anon_number : p->class_number;
}

static int cmp_id(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

bool game_dash_played_off_code(const DashScene *s, int64_t id) {
  return s->off_count > 0 && bsearch(&id, s->off_code, (size_t)s->off_count, sizeof id, cmp_id) != NULL;
}

/* Under a code: who finished a session, but none under this code (a typo, no code, another
 * evening) — told apart from who has not played, so the teacher knows whom to ask. */
static void find_off_code(DashScene *s, GameApp *app) {
  free(s->off_code);
  s->off_code = NULL;
  s->off_count = 0;
  if (!s->workshop[0] || s->played == s->count) return;
  int n = 0;
  SaveStudentSummary *all = game_state_class_summary(app->state, s->class_id, "", &n);
  s->off_code = all && n > 0 ? calloc((size_t)n, sizeof *s->off_code) : NULL;
  for (int i = 0; s->off_code && i < n; i++)
    if (all[i].has_latest) s->off_code[s->off_count++] = all[i].profile.id;
  free(all);
  /* Keep only those with nothing under the code. */
  int k = 0;
  for (int i = 0; i < s->off_count; i++) {
    bool here = false;
    for (int j = 0; j < s->count && !here; j++)
      here = s->rows[j].profile.id == s->off_code[i] && s->rows[j].has_latest;
    if (!here) s->off_code[k++] = s->off_code[i];
  }
  s->off_count = k;
  if (k > 0) qsort(s->off_code, (size_t)k, sizeof *s->off_code, cmp_id);
}

/* Which difficulty the sessions shown were played at, so a teacher compares like with like;
 * counted once per load, shown under the table. */
static void count_difficulties(DashScene *s) {
  int count[SAVE_DIFFICULTY_COUNT] = {0};
  for (int i = 0; i < s->count; i++) {
    int d = s->rows[i].latest.session.difficulty;
    if (s->rows[i].has_latest && d >= 0 && d < SAVE_DIFFICULTY_COUNT) count[d]++;
  }
  s->played_at[0] = '\0';
  size_t used = 0;
  for (int d = 0; d < SAVE_DIFFICULTY_COUNT && used < sizeof s->played_at; d++) {
    if (!count[d]) continue;
    used += (size_t)snprintf(s->played_at + used, sizeof s->played_at - used, "%s%s %d",
                             used ? ", " : TR("dashboard.played_at", "played at "),
                             game_difficulty_label(d), count[d]);
  }
}

static void load(DashScene *s, GameApp *app) {
  free(s->rows);
  s->count = s->played = 0;
  s->dots_valid = false; /* new rows: the chart's dots are placed again */
  s->rows = game_state_class_summary(app->state, s->class_id, s->workshop, &s->count);
  int n = 0;
  memset(s->skill_avg, 0, sizeof s->skill_avg);
  for (int i = 0; i < s->count; i++) {
    if (!s->rows[i].has_latest) continue;
    s->played++;
    if (!s->rows[i].latest.has_skills) continue;
    n++;
    for (int k = 0; k < SAVE_SKILL_COUNT; k++) s->skill_avg[k] += s->rows[i].latest.skills.value[k];
  }
  s->has_skills = n > 0;
  for (int k = 0; n > 0 && k < SAVE_SKILL_COUNT; k++) s->skill_avg[k] /= n;
  find_off_code(s, app);
  count_difficulties(s);
  sort_rows(s);
  game_state_class_name(app->state, s->class_id, s->class_name, sizeof s->class_name);
  run_bots(s, app);
  char id[64] = "";
  uint64_t seed = 0;
  SimPlayerSettings set;
  bool known = setup_for_bots(s, id, &seed, &set);
  if (!s->workshop[0]) {
    snprintf(s->setup, sizeof s->setup, TR("dashboard.every_students_latest_session_of", "Every student's latest session. %d of %d students have played."),
             s->played, s->count);
    return;
  }
  snprintf(s->setup, sizeof s->setup, TR("dashboard.workshop_evening_llu_of_students", "Workshop %s: %s, evening %llu. %d of %d students have played%s"),
           s->workshop, known ? id : TR("dashboard.an_unknown_scenario", "an unknown scenario"), (unsigned long long)seed, s->played, s->count,
           s->off_count ? "" : ".");
  if (s->off_count) {
    size_t used = strlen(s->setup);
    snprintf(s->setup + used, sizeof s->setup - used, TR("dashboard.played_without_the_code", "; %d played without the code."), s->off_count);
  }
}

static const char *subtitle(const DashScene *s) { return s->setup; }

static const char *button_label(const DashScene *s, int b) {
  switch (b) {
    case B_ANON: return s->anonymous ? TR("dashboard.anonymous_on", "Anonymous: On") : TR("dashboard.anonymous_off", "Anonymous: Off");
    case B_SORT: return i18n_text_static(SORT_LABEL[s->sort]);
    case B_TOP: return s->top ? TR("dashboard.whole_class", "Whole class") : TR("dashboard.top_five", "Top five");
    case B_PANEL: return i18n_text_static(PANEL_LABEL[s->panel]);
    case B_PREV: return TR("dashboard.previous", "Previous");
    case B_NEXT: return TR("dashboard.next", "Next");
    default: return TR("dashboard.back", "Back");
  }
}

static bool button_shown(const DashScene *s, int b) {
  if (b == B_PANEL) return s->compact;
  if (b == B_PREV || b == B_NEXT) return s->pages > 1;
  if (b == B_SORT) return s->sort_button;
  if (b == B_TOP) return s->top_button || s->top;
  return true;
}




static void layout(DashScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int top = ui_header_bottom(&app->ui, subtitle(s));
  int bh = ui_button_height(&app->ui);
  int by = ui_footer_top(&app->ui) - t->unit * 2 - bh;
  int x = t->margin;
  int small_lh = gfx_line_height(g, GFX_FONT_REGULAR, ui_size(t, UI_T_SMALL));
  int body_lh = gfx_line_height(g, GFX_FONT_REGULAR, ui_size(t, UI_T_BODY));
  int title_h = gfx_line_height(g, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL)) + t->unit;
  int bottom = by - t->unit * 2;
  int left_w = t->unit * 75; /* the table's column; the charts take the rest */
  int rx = x + left_w + t->unit * 3, rw = GFX_WIDTH - t->margin - rx;
  s->row_h = body_lh + t->unit / 2;
  /* The table takes the left column; the chart and the skill averages (a 2 x 3 grid) the
   * right one. When that leaves too little room (large text), one panel at a time. */
  int skills_h = title_h + 3 * (small_lh + t->unit * 2 + t->unit * 3 / 4) + t->unit * 3;
  s->table = (GfxRect){x, top, left_w, bottom - top};
  s->skills = (GfxRect){rx, bottom - skills_h, rw, skills_h};
  s->scatter = (GfxRect){rx, top, rw, s->skills.y - t->unit * 2 - top};
  s->strategies = s->scatter;
  s->per_page = game_dash_rows_fitting(s, app, s->table, true);
  s->compact = s->per_page < 5 || s->scatter.h < t->unit * 65 / 2;
  if (s->compact) {
    s->scatter = s->skills = s->strategies = (GfxRect){rx, top, rw, bottom - top};
    s->per_page = game_dash_rows_fitting(s, app, s->table, false);
  }
  s->pages = s->count > 0 && !s->top ? (s->count + s->per_page - 1) / s->per_page : 1;
  /* The column headings, as click targets: each from the previous column to its own. */
  Cols c = game_dash_table_cols(app, s->table);
  int hy = s->table.y + t->unit * 2 - t->unit / 2, hh = gfx_line_height(g, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL)) + t->unit;
  s->head[S_WHO] = (GfxRect){c.name_x, hy, c.name_w, hh};
  s->head[S_DEPTH] = (GfxRect){c.name_x + c.name_w, hy, c.depth - c.name_x - c.name_w, hh};
  s->head[S_CALL] = (GfxRect){c.depth, hy, c.call - c.depth, hh};
  s->head[S_CARDS] = (GfxRect){c.call, hy, c.cards - c.call, hh};
  if (s->page >= s->pages) s->page = s->pages - 1;
  /* Buttons as wide as their measured labels, left to right; Back on the right. When the
   * row is too long (pages, large text) the buttons' side padding narrows first, then Sort
   * gives way (the column headings still sort by mouse), then Top five, so none runs under
   * Back. */
  s->sort_button = s->top_button = true;
  for (int pass = 0; pass < 4; pass++) {
    s->sort_button = pass < 2;
    s->top_button = pass < 3; /* the largest text with pages: Top five gives way last */
    int bx = x;
    for (int b = 0; b < BUTTONS; b++) {
      int w = 0, h = 0;
      gfx_measure(g, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), b == B_ANON ? TR("dashboard.anonymous_off", "Anonymous: Off")
                  : b == B_SORT ? TR("dashboard.sort_student", "Sort: student") : b == B_PANEL ? TR("dashboard.show_strategies", "Show: strategies")
                  : b == B_TOP ? TR("dashboard.whole_class", "Whole class") : button_label(s, b), &w, &h);
      w += pass == 0 ? t->unit * 8 : t->unit * 3;
      if (w < t->unit * 20 && pass == 0) w = t->unit * 20;
      if (b == B_BACK) {
        s->btn[b] = (GfxRect){GFX_WIDTH - t->margin - w, by, w, bh};
      } else if (button_shown(s, b)) {
        s->btn[b] = (GfxRect){bx, by, w, bh};
        bx += w + t->unit * 2;
      }
    }
    if (bx <= s->btn[B_BACK].x) break;
  }
}











/* By the anonymous number (random per class, so this order says nothing about names or
 * joining order), then the class number for saves made before anonymous numbers existed. */
static int by_number(const void *a, const void *b) {
  const SaveStudentSummary *x = a, *y = b;
  if (x->profile.anon_number != y->profile.anon_number)
    return (x->profile.anon_number > y->profile.anon_number) - (x->profile.anon_number < y->profile.anon_number);
  return (x->profile.class_number > y->profile.class_number) - (x->profile.class_number < y->profile.class_number);
}

static int by_name(const void *a, const void *b) {
  const SaveStudentSummary *x = a, *y = b;
  int c = strcmp(x->profile.name, y->profile.name);
  return c != 0 ? c : by_number(a, b);
}

/* The best first; who has no session goes last; ties by number (never by name, which
 * would hint at who is who in the anonymous view). */
static int sort_key;
static int by_figure(const void *a, const void *b) {
  const SaveStudentSummary *x = a, *y = b;
  if (x->has_latest != y->has_latest) return x->has_latest ? -1 : 1;
  if (x->has_latest) {
    const SaveSession *p = &x->latest.session, *q = &y->latest.session;
    double u = sort_key == S_DEPTH ? p->depth_gain : sort_key == S_CALL ? p->callable : p->cards;
    double v = sort_key == S_DEPTH ? q->depth_gain : sort_key == S_CALL ? q->callable : q->cards;
    if (u != v) return u > v ? -1 : 1;
  }
  return by_number(a, b);
}

static void sort_rows(DashScene *s) {
  if (s->count <= 0) return;
  /* Anonymous rows go by number: alphabetical order would hint at who is who. */
  sort_key = s->sort;
  qsort(s->rows, (size_t)s->count, sizeof *s->rows,
        s->sort != S_WHO ? by_figure : s->anonymous ? by_number : by_name);
}

static void set_sort(DashScene *s, int sort) {
  s->sort = s->top && sort == S_WHO ? S_DEPTH : sort; /* a top five is of a figure */
  s->page = 0;
  sort_rows(s);
}

static void activate(DashScene *s, GameApp *app, int b) {
  if (b == B_ANON) {
    s->anonymous = !s->anonymous;
    sort_rows(s);
  }
  else if (b == B_SORT) set_sort(s, (s->sort + 1) % SORTS);
  else if (b == B_TOP) {
    /* For discussion: the five best on one figure, numbers only unless names were chosen. */
    s->top = !s->top;
    set_sort(s, s->top && s->sort == S_WHO ? S_DEPTH : s->sort);
  }
  else if (b == B_PANEL) s->panel = (s->panel + 1) % PANELS;
  else if (b == B_PREV) s->page = (s->page + s->pages - 1) % s->pages;
  else if (b == B_NEXT) s->page = (s->page + 1) % s->pages;
  else ui_stack_pop(&app->stack);
}

static void dash_update(UiScene *self, void *app_ptr, GfxInput *in) {
  DashScene *s = (DashScene *)self;
  GameApp *app = app_ptr;
  in->text_active = false;
  layout(s, app);
  if (in->pressed[GFX_ACT_BACK]) {
    ui_stack_pop(&app->stack);
    return;
  }
  int dir = (in->pressed[GFX_ACT_RIGHT] || in->pressed[GFX_ACT_NEXT] || in->pressed[GFX_ACT_DOWN]) ? 1
          : (in->pressed[GFX_ACT_LEFT] || in->pressed[GFX_ACT_PREV] || in->pressed[GFX_ACT_UP]) ? -1 : 0;
  for (int guard = 0; dir != 0 && guard < BUTTONS; guard++) {
    s->focus = (s->focus + dir + BUTTONS) % BUTTONS;
    if (button_shown(s, s->focus)) break;
  }
  if (!button_shown(s, s->focus)) s->focus = B_ANON;
  for (int b = 0; b < BUTTONS; b++) {
    if (!button_shown(s, b)) continue;
    if (in->mouse_moved && ui_hit(s->btn[b], in->mouse_x, in->mouse_y)) s->focus = b;
    if (ui_clicked(in, s->btn[b])) {
      s->focus = b;
      activate(s, app, b);
      return;
    }
  }
  for (int k = 0; k < SORTS; k++)
    if (ui_clicked(in, s->head[k])) {
      set_sort(s, k);
      return;
    }
  if (in->pressed[GFX_ACT_CONFIRM]) activate(s, app, s->focus);
}

static void dash_draw(UiScene *self, void *app_ptr, Gfx *g) {
  DashScene *s = (DashScene *)self;
  GameApp *app = app_ptr;
  (void)g;
  layout(s, app);
  char title[128];
  snprintf(title, sizeof title, TR("dashboard.dashboard", "Dashboard: %s"), s->class_name[0] ? s->class_name : "class");
  ui_page_header(&app->ui, title, subtitle(s));
  game_dash_draw_table(s, app);
  if (!s->compact || s->panel == P_CHART) game_dash_draw_scatter(s, app);
  if (!s->compact || s->panel == P_SKILLS) game_dash_draw_skills(s, app);
  if (s->compact && s->panel == P_STRATEGIES) game_dash_draw_strategies(s, app);  /* else in the table */
  for (int b = 0; b < BUTTONS; b++) {
    if (!button_shown(s, b)) continue;
    ui_button(&app->ui, s->btn[b], button_label(s, b), b == B_BACK ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY,
              s->focus == b, false);
  }
  ui_footer_hint(&app->ui, TR("dashboard.left_right_or_tab_move", "Left/Right or Tab: move   Enter: choose   Esc: back   Mouse: click"));
}

static void dash_resume(UiScene *self, void *app_ptr) { load((DashScene *)self, app_ptr); }

static void dash_destroy(UiScene *self) {
  DashScene *s = (DashScene *)self;
  free(s->rows);
  free(s->off_code);
  free(s->dots);
  free(s);
}

static const UiSceneOps DASH_OPS = {
  .name = "dashboard", .update = dash_update, .draw = dash_draw, .destroy = dash_destroy,
  .resume = dash_resume,
};

bool game_dashboard_names_shown(const UiScene *scene) {
  return scene && scene->ops == &DASH_OPS && !((const DashScene *)scene)->anonymous;
}

UiScene *game_dashboard_scene(GameApp *app, int64_t class_id, const char *workshop) {
  DashScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &DASH_OPS;
  s->class_id = class_id;
  /* Private by default: every opening starts anonymous, so names reach a projector only
   * when the teacher asks for them in this opening; the choice is never remembered. */
  s->anonymous = true;
  snprintf(s->workshop, sizeof s->workshop, "%s", workshop ? workshop : "");
  load(s, app);
  return &s->base;
}
