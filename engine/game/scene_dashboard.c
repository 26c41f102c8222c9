/* scene_dashboard.c — the teacher's dashboard ("dashboard"): students' latest depth gain,
 * people to call, cards and skills, or (the habits view) follow-ups sent, leaving early,
 * rests and the difficulty played; the strategy bots on the same workshop evening beside
 * them; a scatter of cards against depth (connectors top left, collectors bottom right);
 * class skill averages; an anonymous view (numbers for names) and a top-five view for class
 * discussion. The table is drawn in dashboard_table.c, the chart in dashboard_chart.c, the
 * order and keyboard focus kept in dashboard_focus.c. Depends on game state
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

static const char *const PANEL_LABEL[PANELS] = {TR_NOOP("dashboard.show_skills", "Show: skills"), TR_NOOP("dashboard.show_strategies", "Show: strategies"), TR_NOOP("dashboard.show_chart", "Show: chart")};
/* The layout button says what is shown now (as "Anonymous: On" does); Enter shows the next. */
static const char *const LAYOUT_LABEL[LAYOUTS] = {TR_NOOP("dashboard.layout_both", "Layout: table and chart"),
                                                  TR_NOOP("dashboard.layout_table", "Layout: table"),
                                                  TR_NOOP("dashboard.layout_chart", "Layout: chart")};
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
 * counted once per load, shown under the habits view (each student's is in its column). */
static void count_difficulties(DashScene *s) {
  int count[SAVE_DIFFICULTY_COUNT] = {0};
  for (int i = 0; i < s->count; i++) {
    int d = s->rows[i].latest.session.difficulty;
    if (s->rows[i].has_latest && d >= 0 && d < SAVE_DIFFICULTY_COUNT) count[d]++;
  }
  s->played_at[0] = s->played_brief[0] = '\0';
  size_t used = 0, brief = 0;
  for (int d = 0; d < SAVE_DIFFICULTY_COUNT && used < sizeof s->played_at && brief < sizeof s->played_brief; d++) {
    if (!count[d]) continue;
    used += (size_t)snprintf(s->played_at + used, sizeof s->played_at - used, "%s%s %d",
                             used ? ", " : TR("dashboard.played_at_colon", "Played at: "),
                             game_difficulty_label(d), count[d]);
    brief += (size_t)snprintf(s->played_brief + brief, sizeof s->played_brief - brief, "%s%s %d",
                              brief ? ", " : TR("dashboard.levels_colon", "Levels: "), game_difficulty_label(d), count[d]);
  }
  if (used > 0 && used + 1 < sizeof s->played_at) snprintf(s->played_at + used, sizeof s->played_at - used, ".");
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
  s->foot_h = 0; /* the footer names the count: measured again */
  game_dash_sort_rows(s);
  game_state_class_name(app->state, s->class_id, s->class_name, sizeof s->class_name);
  run_bots(s, app);
  char id[64] = "";
  uint64_t seed = 0;
  SimPlayerSettings set;
  bool known = setup_for_bots(s, id, &seed, &set);
  if (!s->workshop[0]) {
    snprintf(s->setup, sizeof s->setup, TRN("dashboard.latest_session_students_played", "Every student's latest session. %d of %d student has played.",
             "Every student's latest session. %d of %d students have played.", (unsigned long)s->count), s->played, s->count);
    return;
  }
  snprintf(s->setup, sizeof s->setup, TRN("dashboard.workshop_evening_students_played", "Workshop %s: %s, evening %llu. %d of %d student has played%s",
           "Workshop %s: %s, evening %llu. %d of %d students have played%s", (unsigned long)s->count),
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
    case B_TOP: return s->top ? TR("dashboard.whole_class", "Whole class") : TR("dashboard.top_five", "Top five");
    case B_PANEL: return i18n_text_static(PANEL_LABEL[s->panel]);
    case B_LAYOUT: return i18n_text_static(LAYOUT_LABEL[s->layout]);
    case B_PREV: return TR("dashboard.previous", "Previous");
    case B_NEXT: return TR("dashboard.next", "Next");
    default: return TR("dashboard.back", "Back");
  }
}

/* The layout button's widest label (of those it offers), so that the button keeps its size
 * as it is pressed. */
static const char *layout_widest(const DashScene *s, GameApp *app) {
  const char *most = "";
  int best = -1;
  for (int l = 0; l < LAYOUTS; l++) {
    if (l == L_BOTH && s->cramped) continue;
    int w = 0, h = 0;
    gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(&app->theme, UI_T_BODY), i18n_text_static(LAYOUT_LABEL[l]), &w, &h);
    if (w > best) best = w, most = i18n_text_static(LAYOUT_LABEL[l]);
  }
  return most;
}

static bool button_shown(const DashScene *s, int b) {
  if (b == B_PANEL) return s->compact;
  if (b == B_TOP && s->layout == L_CHART) return false;
  if (b == B_PREV || b == B_NEXT) return s->pages > 1;
  if (b == B_TOP) return s->top_button || s->top;
  return true;
}




/* The page's title (also measured, to see whether the view tabs fit on its line). */
static const char *title_text(const DashScene *s, char *out, size_t outlen) {
  snprintf(out, outlen, TR("dashboard.dashboard", "Dashboard: %s"), s->class_name[0] ? s->class_name : "class");
  return out;
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
  int left_w = game_dash_table_width(s, app); /* the table's column; the charts take the rest */
  int rx = x + left_w + t->unit * 3, rw = GFX_WIDTH - t->margin - rx;
  s->row_h = body_lh + t->unit / 2;
  /* The table takes the left column; the chart and the skill averages (a 2 x 3 grid) the
   * right one. When that leaves too little room (large text), one panel at a time. */
  int skills_h = title_h + 3 * (small_lh + t->unit * 2 + t->unit * 3 / 4) + t->unit * 3;
  s->tabs_up = false;
  s->table = (GfxRect){x, top, left_w, bottom - top};
  s->skills = (GfxRect){rx, bottom - skills_h, rw, skills_h};
  s->scatter = (GfxRect){rx, top, rw, s->skills.y - t->unit * 2 - top};
  s->strategies = s->scatter;
  game_dash_table_layout(s, app); /* tabs, headings, the rows' top (before the rows fitting) */
  s->per_page = game_dash_rows_fitting(s, app, s->table, true);
  s->compact = s->per_page < 5 || s->scatter.h < t->unit * 65 / 2;
  /* Large text, where the two side by side leave a handful of rows and a chart too small to
   * read: the table alone or the chart alone (the layout button offers only those two). */
  s->cramped = s->compact;
  if (!s->layout_chosen) s->layout = s->compact ? L_TABLE : L_BOTH;
  if (s->cramped && s->layout == L_BOTH) s->layout = L_TABLE;
  if (s->layout == L_TABLE) {
    /* The whole width, no bots (they are on the chart's layout): the tabs go up on the
     * title's line when they fit there, so every line below is a row. */
    s->table = (GfxRect){x, top, GFX_WIDTH - 2 * t->margin, bottom - top};
    char title[160];
    int tw = 0, th = 0, tabs_w = game_dash_tabs_width(app);
    gfx_measure(g, GFX_FONT_BOLD, ui_size(t, UI_T_HEADING), title_text(s, title, sizeof title), &tw, &th);
    s->tabs_up = x + tw + t->unit * 6 + tabs_w <= GFX_WIDTH - t->margin;
    s->row_h = body_lh + t->unit / 4; /* the stripes keep rows apart: a little less air, a row more */
    game_dash_table_layout(s, app);
    s->per_page = game_dash_rows_fitting(s, app, s->table, false);
    s->compact = false;
  } else if (s->layout == L_CHART) {
    /* The chart's panels alone, one at a time, across the whole width. */
    s->compact = true;
    memset(s->tab, 0, sizeof s->tab); /* no table: nothing of it to click or focus */
    s->head_count = 0;
    s->scatter = s->skills = s->strategies = (GfxRect){x, top, GFX_WIDTH - 2 * t->margin, bottom - top};
  } else if (s->compact) {
    s->scatter = s->skills = s->strategies = (GfxRect){rx, top, rw, bottom - top};
    s->per_page = game_dash_rows_fitting(s, app, s->table, false);
  }
  s->pages = s->count > 0 && !s->top && s->layout != L_CHART ? (s->count + s->per_page - 1) / s->per_page : 1;
  if (s->page >= s->pages) s->page = s->pages - 1;
  /* Buttons as wide as their measured labels, left to right; Back on the right. When the
   * row is too long (pages, large text) the buttons' side padding narrows first, then Top
   * five gives way, so none runs under Back. (Sorting is in the column headings.) */
  s->top_button = true;
  for (int pass = 0; pass < 3; pass++) {
    s->top_button = pass < 2;
    int bx = x;
    for (int b = 0; b < BUTTONS; b++) {
      int w = 0, h = 0;
      gfx_measure(g, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), b == B_ANON ? TR("dashboard.anonymous_off", "Anonymous: Off")
                  : b == B_PANEL ? TR("dashboard.show_strategies", "Show: strategies")
                  : b == B_LAYOUT ? layout_widest(s, app)
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

/* The rows on the page: their count, and the rectangle of the i-th. */
static int page_row_count(const DashScene *s) {
  int first = 0, end = 0;
  game_dash_page_rows(s, &first, &end);
  return end - first;
}

static GfxRect row_rect(const DashScene *s, GameApp *app, int i) {
  int pad = app->theme.unit * 2;
  return (GfxRect){s->table.x + pad / 2, s->rows_y + i * s->row_h, s->table.w - pad, s->row_h};
}

static void set_view(DashScene *s, int view) {
  s->view = view;
  s->fidx[F_TABS] = view;
  /* A sort by a column the new view does not show stays (the rows keep their order). */
}

static void activate(DashScene *s, GameApp *app, int b) {
  if (b == B_ANON) {
    s->anonymous = !s->anonymous;
    game_dash_sort_rows(s);
  }
  else if (b == B_TOP) {
    /* For discussion: the five best on one figure, numbers only unless names were chosen. */
    s->top = !s->top;
    s->page = 0;
    if (s->top && s->sort == S_WHO) game_dash_sort_by(s, S_DEPTH);
  }
  else if (b == B_PANEL) s->panel = (s->panel + 1) % PANELS;
  else if (b == B_LAYOUT) {
    s->layout = (s->layout + 1) % LAYOUTS;
    if (s->layout == L_BOTH && s->cramped) s->layout = L_TABLE;
    s->layout_chosen = true;
    s->panel = P_CHART;
    s->page = 0; /* a page of another length: back to the first */
    s->dots_valid = false;
  }
  else if (b == B_PREV) s->page = (s->page + s->pages - 1) % s->pages;
  else if (b == B_NEXT) s->page = (s->page + 1) % s->pages;
  else ui_stack_pop(&app->stack);
}

/* Enter on what has the focus: a tab shows its view, a heading sorts, a button acts. */
static void confirm(DashScene *s, GameApp *app) {
  switch (s->farea) {
    case F_TABS: set_view(s, s->fidx[F_TABS]); break;
    case F_HEADS: {
      Cols c = game_dash_table_cols(s, app, s->table, s->view);
      if (s->fidx[F_HEADS] < c.count) game_dash_sort_by(s, c.key[s->fidx[F_HEADS]]);
      break;
    }
    case F_ROWS: break; /* a row is read out; its figures are all on the line */
    default: activate(s, app, s->fidx[F_BUTTONS]);
  }
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
  bool shown[BUTTONS];
  for (int b = 0; b < BUTTONS; b++) shown[b] = button_shown(s, b);
  int rows = page_row_count(s);
  game_dash_focus_keys(s, in, shown, rows);
  /* The mouse: hovering focuses (so self-voicing reads what is pointed at), a click acts. */
  for (int v = 0; v < VIEWS; v++) {
    if (in->mouse_moved && ui_hit(s->tab[v], in->mouse_x, in->mouse_y)) s->farea = F_TABS, s->fidx[F_TABS] = v;
    if (ui_clicked(in, s->tab[v])) {
      s->farea = F_TABS;
      set_view(s, v);
      return;
    }
  }
  for (int k = 0; k < s->head_count; k++) {
    if (in->mouse_moved && ui_hit(s->head[k], in->mouse_x, in->mouse_y)) s->farea = F_HEADS, s->fidx[F_HEADS] = k;
    if (ui_clicked(in, s->head[k])) {
      s->farea = F_HEADS;
      s->fidx[F_HEADS] = k;
      Cols c = game_dash_table_cols(s, app, s->table, s->view);
      game_dash_sort_by(s, c.key[k]);
      return;
    }
  }
  for (int i = 0; i < rows; i++) {
    GfxRect r = row_rect(s, app, i);
    if ((in->mouse_moved && ui_hit(r, in->mouse_x, in->mouse_y)) || ui_clicked(in, r)) s->farea = F_ROWS, s->fidx[F_ROWS] = i;
  }
  for (int b = 0; b < BUTTONS; b++) {
    if (!shown[b]) continue;
    if (in->mouse_moved && ui_hit(s->btn[b], in->mouse_x, in->mouse_y)) s->farea = F_BUTTONS, s->fidx[F_BUTTONS] = b;
    if (ui_clicked(in, s->btn[b])) {
      s->farea = F_BUTTONS;
      s->fidx[F_BUTTONS] = b;
      activate(s, app, b);
      return;
    }
  }
  if (in->pressed[GFX_ACT_CONFIRM]) confirm(s, app);
  layout(s, app);
  for (int b = 0; b < BUTTONS; b++) shown[b] = button_shown(s, b);
  game_dash_focus_clamp(s, shown, page_row_count(s));
}

static void dash_draw(UiScene *self, void *app_ptr, Gfx *g) {
  DashScene *s = (DashScene *)self;
  GameApp *app = app_ptr;
  (void)g;
  layout(s, app);
  char title[160];
  ui_page_header(&app->ui, title_text(s, title, sizeof title), subtitle(s));
  if (s->layout != L_CHART) game_dash_draw_table(s, app);
  if (s->layout != L_TABLE && (!s->compact || s->panel == P_CHART)) game_dash_draw_scatter(s, app);
  if (s->layout != L_TABLE && (!s->compact || s->panel == P_SKILLS)) game_dash_draw_skills(s, app);
  if (s->layout != L_TABLE && s->compact && s->panel == P_STRATEGIES) game_dash_draw_strategies(s, app); /* else in the table */
  for (int b = 0; b < BUTTONS; b++) {
    if (!button_shown(s, b)) continue;
    ui_button(&app->ui, s->btn[b], button_label(s, b), b == B_BACK ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY,
              s->farea == F_BUTTONS && s->fidx[F_BUTTONS] == b, false);
  }
  if (s->pages > 1 && !s->top)
    ui_footer_hint(&app->ui, TR("dashboard.keys_hint_pages", "Arrows or Tab: move   Page Up/Down, Home, End: pages   Enter: sort or choose   Esc: back"));
  else
    ui_footer_hint(&app->ui, TR("dashboard.keys_hint", "Arrows or Tab: move   Enter: sort or choose   Esc: back   Mouse: click"));
}

static void dash_resume(UiScene *self, void *app_ptr) { load((DashScene *)self, app_ptr); }

static void dash_destroy(UiScene *self) {
  DashScene *s = (DashScene *)self;
  free(s->rows);
  free(s->off_code);
  free(s->dots);
  free(s->marks);
  free(s->labels);
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
  s->ascending = true; /* by student number, first to last */
  s->farea = F_BUTTONS;
  s->fidx[F_BUTTONS] = B_ANON;
  snprintf(s->workshop, sizeof s->workshop, "%s", workshop ? workshop : "");
  load(s, app);
  return &s->base;
}
