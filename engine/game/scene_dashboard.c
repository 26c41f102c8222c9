/* scene_dashboard.c — the teacher's dashboard ("dashboard"): students' latest depth gain,
 * people to call, cards and skills; the strategy bots on the same workshop evening beside
 * them; a scatter of cards against depth (connectors top left, collectors bottom right);
 * class skill averages; an anonymous view (numbers for names). Depends on game state
 * (its class summary and cached bot scores, through game_state_*), script (the workshop code
 * resolver), sim (workshop codes) and front.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/scenes.h"
#include "game/state.h"
#include "save/save_class.h"
#include "script/script.h"
#include "sim/workshop.h"

enum { BOTS = 3 };
enum { B_ANON, B_PANEL, B_SORT, B_PREV, B_NEXT, B_BACK, BUTTONS };
/* The table's order: by number (or name, when names show), else the best first. */
enum { S_WHO, S_DEPTH, S_CALL, S_CARDS, SORTS };
static const char *const SORT_LABEL[SORTS] = {"Sort: student", "Sort: depth", "Sort: call", "Sort: cards"};
/* Large text: the right column shows one panel at a time. */
enum { P_CHART, P_SKILLS, P_STRATEGIES, PANELS };
static const char *const PANEL_LABEL[PANELS] = {"Show: skills", "Show: strategies", "Show: chart"};

static const SimStrategy BOT_KIND[BOTS] = {SIM_BOT_CONNECTOR, SIM_BOT_RANDOM, SIM_BOT_COLLECTOR};
static const char *const BOT_LABEL[BOTS] = {"Connector bot", "Random bot", "Collector bot"};

typedef struct DashScene {
  UiScene base;
  int64_t class_id;
  char class_name[SAVE_NAME_MAX];
  char workshop[SAVE_CODE_MAX];
  SaveStudentSummary *rows;
  int count, played;
  double skill_avg[SAVE_SKILL_COUNT];
  bool has_skills;
  bool bots_ok;
  SimScores bots[BOTS];
  char setup[200];            /* the subtitle: what was played */
  char bot_note[200];         /* why the bots could not run, when they could not */
  bool anonymous;
  int sort;                   /* S_* */
  bool sort_button;           /* the Sort button fits in the row (else: the headings only) */
  int64_t *off_code;          /* students who finished a session, none under this code: sorted ids */
  int off_count;
  GfxRect head[SORTS];        /* the table's column headings: click to sort */
  bool compact;               /* large text: one right-hand panel at a time (s->panel) */
  int panel;
  int page, per_page, pages;
  int focus;
  GfxRect btn[BUTTONS];
  GfxRect table, scatter, skills, strategies;
  int row_h;
  /* The chart's dots, placed and grouped once per class view and layout (not per frame:
   * a year group is hundreds of students, and the frame probe runs the drawing each tick). */
  struct Dot *dots;
  int dot_count;
  bool dots_valid;
  GfxRect dots_plot;
  int dots_cell;
  bool dots_anonymous;
} DashScene;

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
    snprintf(s->bot_note, sizeof s->bot_note, "The bots play once the class has played a session "
             "or a workshop code is set.");
    return;
  }
  s->bots_ok = game_state_bot_scores(app->state, id, seed, &set, BOT_KIND, BOTS, s->bots,
                                     s->bot_note, sizeof s->bot_note);
}

static void sort_rows(DashScene *s);

/* The number a student is shown by: in the anonymous view the class's random, stable
 * anonymous number (join order would give names away), else their class number. */
static int shown_number(const DashScene *s, const SaveProfile *p) {
  return s->anonymous && p->anon_number > 0 ? p->anon_number : p->class_number;
}

static int cmp_id(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

static bool played_off_code(const DashScene *s, int64_t id) {
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
  sort_rows(s);
  game_state_class_name(app->state, s->class_id, s->class_name, sizeof s->class_name);
  run_bots(s, app);
  char id[64] = "";
  uint64_t seed = 0;
  SimPlayerSettings set;
  bool known = setup_for_bots(s, id, &seed, &set);
  if (!s->workshop[0]) {
    snprintf(s->setup, sizeof s->setup, "Every student's latest session. %d of %d students have played.",
             s->played, s->count);
    return;
  }
  snprintf(s->setup, sizeof s->setup, "Workshop %s: %s, evening %llu. %d of %d students have played%s",
           s->workshop, known ? id : "an unknown scenario", (unsigned long long)seed, s->played, s->count,
           s->off_count ? "" : ".");
  if (s->off_count) {
    size_t used = strlen(s->setup);
    snprintf(s->setup + used, sizeof s->setup - used, "; %d played without the code.", s->off_count);
  }
}

static const char *subtitle(const DashScene *s) { return s->setup; }

static const char *button_label(const DashScene *s, int b) {
  switch (b) {
    case B_ANON: return s->anonymous ? "Anonymous: On" : "Anonymous: Off";
    case B_SORT: return SORT_LABEL[s->sort];
    case B_PANEL: return PANEL_LABEL[s->panel];
    case B_PREV: return "Previous";
    case B_NEXT: return "Next";
    default: return "Back";
  }
}

static bool button_shown(const DashScene *s, int b) {
  if (b == B_PANEL) return s->compact;
  if (b == B_PREV || b == B_NEXT) return s->pages > 1;
  if (b == B_SORT) return s->sort_button;
  return true;
}

static const char *TABLE_FOOT = "Call: people they could call tomorrow.";

/* Rows per page of the table in `r`, from measured heights (less the bots' section). */
static int rows_fitting(DashScene *s, GameApp *app, GfxRect r, bool with_bots) {
  const UiTheme *t = &app->theme;
  int small_lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL));
  int head_h = t->unit * 2 + small_lh + t->unit * 2;
  int foot_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, r.w - t->unit * 4, TABLE_FOOT) +
               small_lh + t->unit * 3;
  int bots_h = with_bots ? BOTS * s->row_h + small_lh + t->unit * 4 : 0;
  int n = (r.h - head_h - foot_h - bots_h) / s->row_h;
  return n < 1 ? 1 : n;
}

typedef struct Cols { int name_x, name_w, depth, call, cards, skill; } Cols;
static Cols table_cols(GameApp *app, GfxRect r);

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
  s->per_page = rows_fitting(s, app, s->table, true);
  s->compact = s->per_page < 5 || s->scatter.h < t->unit * 65 / 2;
  if (s->compact) {
    s->scatter = s->skills = s->strategies = (GfxRect){rx, top, rw, bottom - top};
    s->per_page = rows_fitting(s, app, s->table, false);
  }
  s->pages = s->count > 0 ? (s->count + s->per_page - 1) / s->per_page : 1;
  /* The column headings, as click targets: each from the previous column to its own. */
  Cols c = table_cols(app, s->table);
  int hy = s->table.y + t->unit * 2 - t->unit / 2, hh = gfx_line_height(g, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL)) + t->unit;
  s->head[S_WHO] = (GfxRect){c.name_x, hy, c.name_w, hh};
  s->head[S_DEPTH] = (GfxRect){c.name_x + c.name_w, hy, c.depth - c.name_x - c.name_w, hh};
  s->head[S_CALL] = (GfxRect){c.depth, hy, c.call - c.depth, hh};
  s->head[S_CARDS] = (GfxRect){c.call, hy, c.cards - c.call, hh};
  if (s->page >= s->pages) s->page = s->pages - 1;
  /* Buttons as wide as their measured labels, left to right; Back on the right. At the
   * largest text with pages, Sort gives way (the column headings still sort), then the
   * buttons' side padding narrows, so none runs under Back. */
  s->sort_button = true;
  for (int pass = 0; pass < 3; pass++) {
    int bx = x;
    for (int b = 0; b < BUTTONS; b++) {
      int w = 0, h = 0;
      gfx_measure(g, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), b == B_ANON ? "Anonymous: Off"
                  : b == B_SORT ? "Sort: student" : b == B_PANEL ? "Show: strategies" : button_label(s, b), &w, &h);
      w += pass < 2 ? t->unit * 8 : t->unit * 3;
      if (w < t->unit * 20 && pass < 2) w = t->unit * 20;
      if (b == B_BACK) {
        s->btn[b] = (GfxRect){GFX_WIDTH - t->margin - w, by, w, bh};
      } else if (button_shown(s, b)) {
        s->btn[b] = (GfxRect){bx, by, w, bh};
        bx += w + t->unit * 2;
      }
    }
    if (bx <= s->btn[B_BACK].x) break;
    s->sort_button = false;
  }
}

static void diamond(Gfx *g, int cx, int cy, int r, GfxColor c) {
  gfx_fill_triangle(g, cx - r, cy, cx, cy - r, cx + r, cy, c);
  gfx_fill_triangle(g, cx - r, cy, cx, cy + r, cx + r, cy, c);
}

/* Where the table's columns are (measured at the current text size). */

static const char *const HEADS[3] = {"Depth+", "Call", "Cards"};

static Cols table_cols(GameApp *app, GfxRect r) {
  const UiTheme *t = &app->theme;
  int small = ui_size(t, UI_T_SMALL), body = ui_size(t, UI_T_BODY), pad = t->unit * 2;
  static const char *const WIDEST[3] = {"999.9", "99", "99"};
  int hw[3], hh = 0;
  for (int c = 0; c < 3; c++) {
    int nw = 0;
    gfx_measure(app->gfx, GFX_FONT_BOLD, small, HEADS[c], &hw[c], &hh);
    gfx_measure(app->gfx, GFX_FONT_BOLD, body, WIDEST[c], &nw, &hh);
    if (hw[c] < nw) hw[c] = nw;
  }
  Cols c;
  c.skill = r.x + r.w - pad - 6 * (t->unit * 3 / 2);      /* six mini bars */
  c.cards = c.skill - t->unit * 3;
  c.call = c.cards - hw[2] - t->unit * 2;
  c.depth = c.call - hw[1] - t->unit * 2;
  c.name_x = r.x + pad;
  c.name_w = c.depth - hw[0] - t->unit * 2 - c.name_x;
  return c;
}

/* One row: a label, then depth gain, people to call, cards and six skill bars. */
static void table_row(DashScene *s, GameApp *app, const Cols *c, int y, const char *label, bool bot,
                      double depth, int call, int cards, const int *skills) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int body = ui_size(t, UI_T_BODY);
  GfxColor ink = ui_color(t, UI_C_INK), soft = ui_color(t, UI_C_INK_SOFT);
  int ty = y + t->unit / 2, x = c->name_x;
  if (bot) {
    diamond(g, x + t->unit, y + s->row_h / 2, 7, ui_color(t, UI_C_WARM));
    x += t->unit * 13 / 4; /* the name after the bot's mark */
  }
  char name[96], num[32];
  ui_fit(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, label, c->name_w - (x - c->name_x), name, sizeof name);
  gfx_text(g, GFX_FONT_REGULAR, body, ink, x, ty, GFX_ALIGN_LEFT, name);
  snprintf(num, sizeof num, "%.1f", depth);
  gfx_text(g, GFX_FONT_BOLD, body, ink, c->depth, ty, GFX_ALIGN_RIGHT, num);
  snprintf(num, sizeof num, "%d", call);
  gfx_text(g, GFX_FONT_REGULAR, body, ink, c->call, ty, GFX_ALIGN_RIGHT, num);
  snprintf(num, sizeof num, "%d", cards);
  gfx_text(g, GFX_FONT_REGULAR, body, soft, c->cards, ty, GFX_ALIGN_RIGHT, num);
  for (int k = 0; skills && k < SAVE_SKILL_COUNT; k++) {
    int full = s->row_h - t->unit, h = full * skills[k] / 100;
    int step = t->unit * 3 / 2, bw = t->unit * 9 / 8; /* a mini bar and the gap after it */
    int bx = c->skill + k * step, base = y + s->row_h - t->unit / 2;
    gfx_fill_rect(g, (GfxRect){bx, base - full, bw, full}, ui_color(t, UI_C_LINE));
    if (h > 0) gfx_fill_rect(g, (GfxRect){bx, base - h, bw, h}, ui_color(t, bot ? UI_C_WARM : UI_C_ACCENT));
  }
}

static void draw_table(DashScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  GfxRect r = s->table;
  ui_panel(&app->ui, r, UI_C_SURFACE);
  int small = ui_size(t, UI_T_SMALL);
  int pad = t->unit * 2;
  Cols c = table_cols(app, r);
  int y = r.y + pad;
  GfxColor soft = ui_color(t, UI_C_INK_SOFT), ink = ui_color(t, UI_C_INK);
  /* Headings sort when clicked; the sorted one is dark and marked. */
  char head[32];
  snprintf(head, sizeof head, "Student%s", s->sort == S_WHO ? " \u25be" : "");
  gfx_text(g, GFX_FONT_BOLD, small, s->sort == S_WHO ? ink : soft, c.name_x, y, GFX_ALIGN_LEFT, head);
  const int at[3] = {c.depth, c.call, c.cards};
  for (int k = 0; k < 3; k++) {
    snprintf(head, sizeof head, "%s%s", s->sort == S_DEPTH + k ? "\u25be" : "", HEADS[k]);
    gfx_text(g, GFX_FONT_BOLD, small, s->sort == S_DEPTH + k ? ink : soft, at[k], y, GFX_ALIGN_RIGHT, head);
  }
  gfx_text(g, GFX_FONT_BOLD, small, soft, c.skill + 6 * (t->unit * 3 / 2) / 2, y, GFX_ALIGN_CENTER, "Skills");
  y += gfx_line_height(g, GFX_FONT_BOLD, small) + t->unit;
  gfx_fill_rect(g, (GfxRect){r.x + pad, y, r.w - 2 * pad, 2}, ui_color(t, UI_C_LINE));
  y += t->unit;
  if (s->count == 0)
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, r.x + pad, y + t->unit, r.w - 2 * pad,
               "No students in this class yet. Add them on the class screen, or import their save "
               "files with: rapport import FILE... --class NAME");
  int first = s->page * s->per_page;
  for (int i = first; i < s->count && i < first + s->per_page; i++) {
    const SaveStudentSummary *u = &s->rows[i];
    if ((i - first) % 2 == 1)
      gfx_fill_rect(g, (GfxRect){r.x + pad / 2, y, r.w - pad, s->row_h}, ui_color(t, UI_C_SURFACE_ALT));
    char label[96];
    if (s->anonymous) snprintf(label, sizeof label, "Student %d", shown_number(s, &u->profile));
    else snprintf(label, sizeof label, "%d  %s", u->profile.class_number, u->profile.name);
    const char *missing = played_off_code(s, u->profile.id) ? "played without the code" : "no finished session yet";
    if (u->has_latest) {
      const SaveSession *ss = &u->latest.session;
      table_row(s, app, &c, y, label, false, ss->depth_gain, ss->callable, ss->cards,
                u->latest.has_skills ? u->latest.skills.value : NULL);
    } else {
      char name[96];
      int sw = 0, sh = 0;
      gfx_measure(g, GFX_FONT_REGULAR, small, missing, &sw, &sh);
      ui_fit(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, label, c.cards - sw - t->unit * 2 - c.name_x, name, sizeof name);
      gfx_text(g, GFX_FONT_REGULAR, ui_size(t, UI_T_BODY), ui_color(t, UI_C_INK), c.name_x, y + t->unit / 2,
               GFX_ALIGN_LEFT, name);
      gfx_text(g, GFX_FONT_REGULAR, small, played_off_code(s, u->profile.id) ? ui_color(t, UI_C_DANGER) : soft,
               c.cards, y + t->unit / 2, GFX_ALIGN_RIGHT, missing);
    }
    y += s->row_h;
  }
  char foot[96];
  int last = first + s->per_page < s->count ? first + s->per_page : s->count;
  snprintf(foot, sizeof foot, "Students %d-%d of %d", s->count ? first + 1 : 0, last, s->count);
  int fh = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, r.w - 2 * pad, TABLE_FOOT);
  int fy = r.y + r.h - pad - fh;
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, r.x + pad, fy, r.w - 2 * pad, TABLE_FOOT);
  int sy = fy - gfx_line_height(g, GFX_FONT_BOLD, small);
  gfx_text(g, GFX_FONT_BOLD, small, soft, r.x + pad, sy, GFX_ALIGN_LEFT, foot);
  if (s->compact) return;
  /* "What the strategies do": the bots on the same evening, in the same columns. */
  y = sy - t->unit - BOTS * s->row_h;
  int th = gfx_line_height(g, GFX_FONT_BOLD, small);
  gfx_fill_rect(g, (GfxRect){r.x + pad, y - th - t->unit * 2, r.w - 2 * pad, 2}, ui_color(t, UI_C_LINE));
  gfx_text(g, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK), c.name_x, y - th - t->unit, GFX_ALIGN_LEFT,
           "What the strategies do (bots on the same evening)");
  if (!s->bots_ok) {
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, c.name_x, y, r.w - 2 * pad, s->bot_note);
    return;
  }
  for (int b = 0; b < BOTS; b++, y += s->row_h)
    table_row(s, app, &c, y, BOT_LABEL[b], true, s->bots[b].depth_gain, s->bots[b].callable, s->bots[b].cards,
              s->bots[b].skills);
}

/* A student's dot: its cell on the chart's grid (to count students on one spot). */
typedef struct Dot { int cx, cy, px, py, number; } Dot;

static int by_cell(const void *a, const void *b) {
  const Dot *x = a, *y = b;
  if (x->cy != y->cy) return x->cy < y->cy ? -1 : 1;
  if (x->cx != y->cx) return x->cx < y->cx ? -1 : 1;
  return (x->number > y->number) - (x->number < y->number);
}

/* Places and groups the chart's dots for `plot` (kept until the rows, the layout or the
 * anonymous view change; load() marks them stale). */
static void place_dots(DashScene *s, GfxRect plot, int cell, double max_cards, double max_depth) {
  if (s->dots_valid && s->dots_cell == cell && s->dots_anonymous == s->anonymous &&
      memcmp(&s->dots_plot, &plot, sizeof plot) == 0)
    return;
  free(s->dots);
  s->dots = s->count > 0 ? malloc(sizeof *s->dots * (size_t)s->count) : NULL;
  int nd = 0;
  for (int i = 0; s->dots && i < s->count; i++) {
    if (!s->rows[i].has_latest) continue;
    const SaveSession *ss = &s->rows[i].latest.session;
    int px = plot.x + (int)(plot.w * ss->cards / max_cards);
    int py = plot.y + plot.h - (int)(plot.h * ss->depth_gain / max_depth);
    s->dots[nd++] = (Dot){(px - plot.x) / cell, (py - plot.y) / cell, px, py, shown_number(s, &s->rows[i].profile)};
  }
  if (nd > 1) qsort(s->dots, (size_t)nd, sizeof *s->dots, by_cell);
  s->dot_count = nd;
  s->dots_valid = true;
  s->dots_plot = plot;
  s->dots_cell = cell;
  s->dots_anonymous = s->anonymous;
}

static void draw_scatter(DashScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  GfxRect r = s->scatter;
  ui_panel(&app->ui, r, UI_C_SURFACE);
  int small = ui_size(t, UI_T_SMALL), tag = ui_size(t, UI_T_TAG);
  int pad = t->unit * 2;
  int slh = gfx_line_height(g, GFX_FONT_REGULAR, small);
  GfxColor soft = ui_color(t, UI_C_INK_SOFT);
  gfx_text(g, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK), r.x + pad, r.y + pad, GFX_ALIGN_LEFT,
           "Cards collected against depth gained");
  int lw = 0, lh = 0;
  gfx_measure(g, GFX_FONT_REGULAR, tag, "student", &lw, &lh);
  /* Legend on the line under the title. */
  int ly = r.y + pad + slh + t->unit / 2;
  int key = t->unit * 5 / 2; /* a legend entry's text after its mark */
  gfx_fill_circle(g, r.x + pad + 7, ly + lh / 2, 6, ui_color(t, UI_C_ACCENT));
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, r.x + pad + key, ly, GFX_ALIGN_LEFT, "a student (their number)");
  int aw = 0;
  gfx_measure(g, GFX_FONT_REGULAR, tag, "a student (their number)", &aw, &lh);
  int bx = r.x + pad + key + aw + t->unit * 4, bw2 = 0;
  gfx_measure(g, GFX_FONT_REGULAR, tag, "a strategy bot", &bw2, &lh);
  if (bx + key + bw2 > r.x + r.w - pad) {  /* large text: the second entry on its own line */
    bx = r.x + pad;
    ly += lh + t->unit / 2;
  }
  diamond(g, bx + 7, ly + lh / 2, 7, ui_color(t, UI_C_WARM));
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, bx + key, ly, GFX_ALIGN_LEFT, "a strategy bot");
  /* A caption under the axis names the corners (colour is never the only cue). */
  const char *caption = "Top left: connectors (deep, few cards). Bottom right: collectors. "
                        "A count on a dot: that many students there.";
  int cap_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_TAG, r.w - 2 * pad, caption);
  GfxRect plot = {r.x + pad + slh * 3, ly + lh + t->unit * 2, 0, 0};
  plot.w = r.x + r.w - pad - plot.x - t->unit * 2;
  plot.h = r.y + r.h - pad - cap_h - slh - t->unit * 3 - plot.y;
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_TAG, UI_C_INK_SOFT, r.x + pad, r.y + r.h - pad - cap_h, r.w - 2 * pad,
             caption);
  if (plot.h < t->unit * 5) return;
  double max_cards = 5, max_depth = 10;
  for (int i = 0; i < s->count; i++) {
    if (!s->rows[i].has_latest) continue;
    const SaveSession *ss = &s->rows[i].latest.session;
    if (ss->cards > max_cards) max_cards = ss->cards;
    if (ss->depth_gain > max_depth) max_depth = ss->depth_gain;
  }
  for (int b = 0; s->bots_ok && b < BOTS; b++) {
    if (s->bots[b].cards > max_cards) max_cards = s->bots[b].cards;
    if (s->bots[b].depth_gain > max_depth) max_depth = s->bots[b].depth_gain;
  }
  max_cards *= 1.1;
  max_depth *= 1.1;
  /* Axes, quadrant words, labels. */
  GfxColor line = ui_color(t, UI_C_LINE);
  gfx_fill_rect(g, (GfxRect){plot.x, plot.y + plot.h, plot.w, 2}, line);
  gfx_fill_rect(g, (GfxRect){plot.x, plot.y, 2, plot.h}, line);
  gfx_text(g, GFX_FONT_REGULAR, small, soft, plot.x + plot.w / 2, plot.y + plot.h + t->unit, GFX_ALIGN_CENTER,
           "Cards collected");
  char num[32];
  snprintf(num, sizeof num, "%.0f", max_cards);
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, plot.x + plot.w, plot.y + plot.h + t->unit, GFX_ALIGN_RIGHT, num);
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, plot.x, plot.y + plot.h + t->unit, GFX_ALIGN_CENTER, "0");
  snprintf(num, sizeof num, "%.0f", max_depth);
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, plot.x - t->unit, plot.y, GFX_ALIGN_RIGHT, num);
  gfx_text(g, GFX_FONT_REGULAR, small, soft, r.x + pad, plot.y + plot.h / 2 - slh, GFX_ALIGN_LEFT, "Depth");
  gfx_text(g, GFX_FONT_REGULAR, small, soft, r.x + pad, plot.y + plot.h / 2, GFX_ALIGN_LEFT, "gained");
  /* Students on (nearly) the same spot are one dot with their count on it, so nine
   * students with no cards and no depth are not drawn as one; a single student's dot has
   * their number beside it, left out where it would overprint another (the table has every
   * figure). */
  int cell = t->unit * 3; /* wide enough for a counted dot: neighbours never overlap */
  place_dots(s, plot, cell, max_cards, max_depth);
  const Dot *dots = s->dots;
  int nd = s->dot_count;
  enum { LABELS_MAX = 64 };
  GfxRect labels[LABELS_MAX];
  int nlabels = 0;
  for (int i = 0; i < nd;) {
    int j = i + 1;
    while (j < nd && dots[j].cx == dots[i].cx && dots[j].cy == dots[i].cy) j++;
    int n = j - i;
    if (n > 1) {
      snprintf(num, sizeof num, "%d", n);
      int nw = 0, nh = 0;
      gfx_measure(g, GFX_FONT_BOLD, tag, num, &nw, &nh);
      int rad = (nw > nh ? nw : nh) / 2 + 4;
      if (rad < 11) rad = 11;
      /* Students on exactly one spot stay on it (the origin means "nothing yet"); a group
       * of nearby ones sits on its cell's centre, so neighbouring groups never overlap. */
      bool exact = true;
      for (int k = i + 1; k < j; k++) exact &= dots[k].px == dots[i].px && dots[k].py == dots[i].py;
      int cx = exact ? dots[i].px : plot.x + dots[i].cx * cell + cell / 2;
      int cy = exact ? dots[i].py : plot.y + dots[i].cy * cell + cell / 2;
      gfx_fill_circle(g, cx, cy, rad, ui_color(t, UI_C_ACCENT));
      gfx_text(g, GFX_FONT_BOLD, tag, ui_color(t, UI_C_SURFACE), cx, cy - nh / 2, GFX_ALIGN_CENTER, num);
      if (nlabels < LABELS_MAX) labels[nlabels++] = (GfxRect){cx - rad, cy - rad, rad * 2, rad * 2};
      i = j;
      continue;
    }
    int px = dots[i].px, py = dots[i].py;
    gfx_fill_circle(g, px, py, 8, ui_color_a(t, UI_C_ACCENT, 190));
    snprintf(num, sizeof num, "%d", dots[i].number);
    int nw = 0, nh = 0;
    gfx_measure(g, GFX_FONT_BOLD, tag, num, &nw, &nh);
    GfxRect box = {px - 11 - nw, py - lh / 2, nw, nh};
    bool clash = nlabels >= LABELS_MAX;
    for (int k = 0; k < nlabels && !clash; k++)
      clash = box.x < labels[k].x + labels[k].w + 2 && labels[k].x < box.x + box.w + 2 &&
              box.y < labels[k].y + labels[k].h && labels[k].y < box.y + box.h;
    i = j;
    if (clash) continue;
    labels[nlabels++] = box;
    gfx_text(g, GFX_FONT_BOLD, tag, ui_color(t, UI_C_INK), box.x, box.y, GFX_ALIGN_LEFT, num);
  }
  /* The bots last, so their marks and labels are never hidden under a class's dots. */
  GfxRect placed[BOTS];
  for (int b = 0; s->bots_ok && b < BOTS; b++) {
    int px = plot.x + (int)(plot.w * s->bots[b].cards / max_cards);
    int py = plot.y + plot.h - (int)(plot.h * s->bots[b].depth_gain / max_depth);
    diamond(g, px, py, 9, ui_color(t, UI_C_WARM));
    int bw = 0;
    gfx_measure(g, GFX_FONT_REGULAR, tag, BOT_LABEL[b], &bw, &lh);
    bool left = px + 14 + bw > r.x + r.w - pad;   /* keep the label inside the panel */
    GfxRect box = {left ? px - 14 - bw : px + 14, py - lh - 2, bw, lh};
    /* Labels of bots that landed close together are stacked, not overprinted. */
    for (int guard = 0; guard < BOTS; guard++) {
      bool hit = false;
      for (int k = 0; k < b; k++)
        hit |= box.x < placed[k].x + placed[k].w && placed[k].x < box.x + box.w &&
               box.y < placed[k].y + placed[k].h && placed[k].y < box.y + box.h;
      if (!hit) break;
      box.y -= lh;
    }
    placed[b] = box;
    /* On a backing of the panel's colour: at a crowded evening the label sits over dots. */
    gfx_fill_round_rect(g, (GfxRect){box.x - 3, box.y, box.w + 6, box.h}, 3, ui_color(t, UI_C_SURFACE));
    gfx_text(g, GFX_FONT_REGULAR, tag, ui_color(t, UI_C_INK), box.x, box.y, GFX_ALIGN_LEFT, BOT_LABEL[b]);
    if (box.y < py - lh - 2)  /* moved up: a leader line says whose label it is */
      gfx_line(g, left ? box.x + box.w : box.x, box.y + box.h, px, py - 9, 1, soft);
  }
}

static void draw_skills(DashScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  GfxRect r = s->skills;
  ui_panel(&app->ui, r, UI_C_SURFACE);
  int small = ui_size(t, UI_T_SMALL), pad = t->unit * 2;
  int y0 = r.y + pad;
  gfx_text(g, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK), r.x + pad, y0, GFX_ALIGN_LEFT,
           "Class skill averages, in the order of the table's bars");
  y0 += gfx_line_height(g, GFX_FONT_BOLD, small) + t->unit;
  int lh = gfx_line_height(g, GFX_FONT_REGULAR, small);
  int cols = s->compact ? 1 : 2, gap = t->unit * 4;
  int cw = (r.w - 2 * pad - (cols - 1) * gap) / cols, ch = lh + t->unit * 2 + 6;
  for (int k = 0; k < SAVE_SKILL_COUNT; k++) {
    int cx = r.x + pad + (k % cols) * (cw + gap), cy = y0 + (k / cols) * ch;
    char label[64], num[16];
    if (s->has_skills) snprintf(num, sizeof num, "%.0f", s->skill_avg[k]);
    else snprintf(num, sizeof num, "-");
    int vw = 0, vh = 0;
    gfx_measure(g, GFX_FONT_BOLD, small, "100", &vw, &vh);
    ui_fit(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, sim_skill_label((SimSkill)k), cw - vw - t->unit, label, sizeof label);
    gfx_text(g, GFX_FONT_REGULAR, small, ui_color(t, UI_C_INK), cx, cy, GFX_ALIGN_LEFT, label);
    gfx_text(g, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK), cx + cw, cy, GFX_ALIGN_RIGHT, num);
    ui_meter(&app->ui, (GfxRect){cx, cy + lh + t->unit / 2, cw, 6},
             s->has_skills ? (float)(s->skill_avg[k] / 100.0) : 0.0f, UI_C_ACCENT);
  }
}

static void draw_strategies(DashScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  GfxRect r = s->strategies;
  ui_panel(&app->ui, r, UI_C_SURFACE);
  int small = ui_size(t, UI_T_SMALL), pad = t->unit * 2;
  int y = r.y + pad;
  gfx_text(g, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK), r.x + pad, y, GFX_ALIGN_LEFT, "What the strategies do");
  y += gfx_line_height(g, GFX_FONT_BOLD, small) + t->unit;
  if (!s->bots_ok) {
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, r.x + pad, y, r.w - 2 * pad, s->bot_note);
    return;
  }
  for (int b = 0; b < BOTS; b++) {
    char line[160];
    snprintf(line, sizeof line, "%s: depth +%.0f, %d to call, %d cards", BOT_LABEL[b], s->bots[b].depth_gain,
             s->bots[b].callable, s->bots[b].cards);
    int lh = gfx_line_height(g, GFX_FONT_REGULAR, small);
    int key = t->unit * 15 / 4; /* the line after the bot's mark */
    diamond(g, r.x + pad + t->unit, y + lh / 2, 7, ui_color(t, UI_C_WARM));
    y += ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK, r.x + pad + key, y, r.w - 2 * pad - key, line) +
         t->unit / 2;
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
  s->sort = sort;
  s->page = 0;
  sort_rows(s);
}

static void activate(DashScene *s, GameApp *app, int b) {
  if (b == B_ANON) {
    s->anonymous = !s->anonymous;
    sort_rows(s);
  }
  else if (b == B_SORT) set_sort(s, (s->sort + 1) % SORTS);
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
  snprintf(title, sizeof title, "Dashboard: %s", s->class_name[0] ? s->class_name : "class");
  ui_page_header(&app->ui, title, subtitle(s));
  draw_table(s, app);
  if (!s->compact || s->panel == P_CHART) draw_scatter(s, app);
  if (!s->compact || s->panel == P_SKILLS) draw_skills(s, app);
  if (s->compact && s->panel == P_STRATEGIES) draw_strategies(s, app);  /* else in the table */
  for (int b = 0; b < BUTTONS; b++) {
    if (!button_shown(s, b)) continue;
    ui_button(&app->ui, s->btn[b], button_label(s, b), b == B_BACK ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY,
              s->focus == b, false);
  }
  ui_footer_hint(&app->ui, "Left/Right or Tab: move   Enter: choose   Esc: back   Mouse: click");
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
