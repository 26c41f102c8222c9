/* dashboard_table.c — the dashboard's table: one row per student (a number, or a name when
 * the teacher chose names) in one of two views over the same rows — connections (latest
 * depth gain, people to call, cards, six skill bars) and habits (follow-ups sent, left
 * early, rests, the difficulty played) — each sortable by its headings in either direction,
 * paged to fit; "played without the code" told apart from "no finished session yet"; the
 * strategy bots below. Column widths are measured, so both views fit at 140% text and in
 * longer languages (short headings, explained underneath, when the full ones do not fit).
 * See dashboard_internal.h.
 */
#include <stdio.h>
#include <string.h>

#include "game/dashboard_internal.h"
#include "game/difficulty.h"
#include "i18n/i18n.h"

static const int VIEW_KEYS[VIEWS][COLS_MAX] = {{S_WHO, S_DEPTH, S_CALL, S_CARDS, -1},
                                               {S_WHO, S_SENT, S_EARLY, S_RESTS, S_LEVEL}};
static const char *const VIEW_NAME[VIEWS] = {TR_NOOP("dashboard.view_connections", "Connections"),
                                             TR_NOOP("dashboard.view_habits", "Habits")};

/* What the short headings mean, under the table, and the difficulties played when they
 * did not fit beside the view tabs. */
static const char *view_key(const DashScene *s, int view, bool brief, bool short_levels, char *out, size_t outlen) {
  if (view == V_CONNECT) {
    snprintf(out, outlen, "%s", TR("dashboard_table.call_people_they_could_call", "Call: people they could call tomorrow."));
    return out;
  }
  const char *played = s->played_chip ? "" : short_levels ? s->played_brief : s->played_at;
  const char *b = brief ? TR("dashboard.habits_key_brief", "Sent: follow-ups. Early: left before the end.") : "";
  snprintf(out, outlen, "%s%s%s", b, b[0] && played[0] ? "\n" : "", played);
  return out;
}

/* The footer under the rows: which students are shown (and the page) in bold, the order in
 * words, then what the short headings mean. On one line when it fits (a line less is a row
 * more): the count and the key first; the order (which the sorted heading's mark always
 * shows) only when there is room. */
typedef struct Foot { char bold[480], key[400]; bool one_line; int height; } Foot;

static void foot_make(const DashScene *s, GameApp *app, int view, bool brief, int first, int last, int page, int pages, int width, Foot *f) {
  const UiTheme *t = &app->theme;
  int key = s->sort, small = ui_size(t, UI_T_SMALL);
  bool ascending = s->ascending;
  const char *dir = key == S_WHO ? (ascending ? TR("dashboard.dir_first_to_last", "first to last") : TR("dashboard.dir_last_to_first", "last to first"))
                  : ascending ? TR("dashboard.dir_fewest", "fewest first") : TR("dashboard.dir_most", "most first");
  if (key == S_LEVEL)
    dir = ascending ? TR("dashboard.dir_gentlest", "gentlest first") : TR("dashboard.dir_hardest", "hardest first");
  else if (key == S_EARLY)
    dir = ascending ? TR("dashboard.dir_stayed_first", "stayed first") : TR("dashboard.dir_left_first", "left early first");
  char base[300], order[160];
  if (s->top)
    snprintf(base, sizeof base, TR("dashboard_table.top_five_of_by", "Top five of %d by %s"), s->count, game_dash_key_name(key));
  else if (pages > 1)
    snprintf(base, sizeof base, TR("dashboard_table.students_of_page", "Students %d-%d of %d, page %d of %d"), first, last, s->count,
             page, pages);
  else
    snprintf(base, sizeof base, TR("dashboard_table.students_of", "Students %d-%d of %d"), first, last, s->count);
  (void)page;
  if (s->top) snprintf(order, sizeof order, " (%s)", dir);
  else snprintf(order, sizeof order, TR("dashboard.by_order", ", by %s (%s)"), game_dash_key_name(key), dir);
  int gap = t->unit * 2, kw = 0, bw = 0, bow = 0, h = 0;
  snprintf(f->bold, sizeof f->bold, "%.290s%s", base, order);
  gfx_measure(app->gfx, GFX_FONT_BOLD, small, f->bold, &bow, &h);
  gfx_measure(app->gfx, GFX_FONT_BOLD, small, base, &bw, &h);
  /* The key, with the difficulties as "Levels: ..." when "Played at: ..." is a line too long. */
  bool key_one = false;
  for (int k = 0; k < 2; k++) {
    view_key(s, view, brief, k == 1, f->key, sizeof f->key);
    key_one = f->key[0] && !strchr(f->key, '\n');
    if (key_one) gfx_measure(app->gfx, GFX_FONT_REGULAR, small, f->key, &kw, &h);
    if (!key_one || bw + gap + kw <= width) break;
  }
  /* The table alone (the most rows): the summary of difficulties gives way before a row
   * does; each row shows its student's in the Difficulty column, the chart's layouts the sum. */
  if (s->layout == L_TABLE && view == V_HABITS && key_one && bw + gap + kw > width) f->key[0] = '\0';
  int lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, small);
  if (!f->key[0] || (key_one && bow + gap + kw <= width)) { /* all of it on one line */
    f->one_line = true;
    f->height = lh;
    if (bow > width) snprintf(f->bold, sizeof f->bold, "%s", base);
    return;
  }
  if (key_one && bw + gap + kw <= width) { /* the count and the key; the order is on the heading */
    snprintf(f->bold, sizeof f->bold, "%s", base);
    f->one_line = true;
    f->height = lh;
    return;
  }
  if (bow > width) snprintf(f->bold, sizeof f->bold, "%s", base);
  f->one_line = false;
  f->height = lh + t->unit / 2 + ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, width, f->key);
}

/* The tabs, headings and footer's heights at the current text size. */
static int tab_height(GameApp *app) {
  const UiTheme *t = &app->theme;
  return gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL)) + t->unit;
}

/* The headings' top: under the tabs, or at the top when the tabs are on the title's line. */
static int head_top(const DashScene *s, GameApp *app, GfxRect r) {
  return r.y + (s->tabs_up ? app->theme.unit : app->theme.unit * 3 + tab_height(app));
}

static int rows_top(const DashScene *s, GameApp *app, GfxRect r) {
  const UiTheme *t = &app->theme;
  return head_top(s, app, r) + gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL)) + t->unit * (s->tabs_up ? 3 : 4) / 2;
}

/* The footer's height: the taller of the two views' footers, measured with the longest
 * figures it shows with `pages` pages, so that paging stays put when the view or the page
 * changes (measured once per size, class and page count). */
static int foot_height(DashScene *s, GameApp *app, GfxRect r, int pages) {
  const UiTheme *t = &app->theme;
  int key = ui_scale_percent(t) * 100003 + r.w * 17 + s->count * 2 + s->played_chip + pages * 7919;
  if (s->foot_scale == key && s->foot_h > 0) return s->foot_h;
  int w = r.w - t->unit * 4, most = 0;
  Foot f;
  for (int v = 0; v < VIEWS; v++) {
    bool brief = game_dash_table_cols(s, app, r, v).brief;
    foot_make(s, app, v, brief, s->count, s->count, pages, pages, w, &f);
    if (f.height > most) most = f.height;
  }
  s->foot_scale = key;
  s->foot_h = most + t->unit * 2;
  return s->foot_h;
}

/* Rows per page of the table in `r`, from measured heights (less the bots' section). */
int game_dash_rows_fitting(DashScene *s, GameApp *app, GfxRect r, bool with_bots) {
  const UiTheme *t = &app->theme;
  int small_lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL));
  int bots_h = with_bots && s->layout != L_TABLE ? BOTS * s->row_h + small_lh + t->unit * 5 : 0;
  /* First with the footer as long as it can be ("page 300 of 300"), then with the pages
   * that gives: more rows, so no more pages and a footer no longer (the count is stable). */
  int n = 1, pages = s->count > 1 ? s->count : 1;
  for (int pass = 0; pass < 2; pass++) {
    n = (r.y + r.h - rows_top(s, app, r) - foot_height(s, app, r, pages) - bots_h) / s->row_h;
    if (n < 1) n = 1;
    pages = s->count > 0 ? (s->count + n - 1) / n : 1;
  }
  return n;
}

/* The widest value a column shows, measured in the font it is drawn in. */
static int value_width(GameApp *app, int key) {
  const UiTheme *t = &app->theme;
  int body = ui_size(t, UI_T_BODY), small = ui_size(t, UI_T_SMALL), w = 0, h = 0, most = 0;
  switch (key) {
    case S_DEPTH: gfx_measure(app->gfx, GFX_FONT_BOLD, body, "999.9", &most, &h); break;
    case S_EARLY:
      gfx_measure(app->gfx, GFX_FONT_REGULAR, body, TR("dashboard.early_yes", "yes"), &most, &h);
      gfx_measure(app->gfx, GFX_FONT_REGULAR, body, TR("dashboard.early_no", "no"), &w, &h);
      break;
    case S_LEVEL:
      for (int d = 0; d < GAME_DIFFICULTIES; d++) {
        gfx_measure(app->gfx, GFX_FONT_REGULAR, small, game_difficulty_label(d), &w, &h);
        if (w > most) most = w;
      }
      w = 0;
      break;
    default: gfx_measure(app->gfx, GFX_FONT_REGULAR, body, "99", &most, &h); break;
  }
  return w > most ? w : most;
}

static int heading_width(GameApp *app, int key, bool brief) {
  const UiTheme *t = &app->theme;
  int small = ui_size(t, UI_T_SMALL), w = 0, aw = 0, h = 0;
  gfx_measure(app->gfx, GFX_FONT_BOLD, small, game_dash_key_heading(key, brief), &w, &h);
  gfx_measure(app->gfx, GFX_FONT_BOLD, small, "\u25be", &aw, &h); /* room for the sort mark */
  return w + aw;
}

static int skills_width(const UiTheme *t) { return 6 * (t->unit * 3 / 2); }

/* The narrowest a student's column may be: "Student 888" at body size. */
static int name_min(GameApp *app) {
  int w = 0, h = 0;
  char sample[64];
  snprintf(sample, sizeof sample, TR("dashboard_table.student_2", "Student %d"), 888);
  gfx_measure(app->gfx, GFX_FONT_REGULAR, ui_size(&app->theme, UI_T_BODY), sample, &w, &h);
  return w + app->theme.unit;
}

static Cols cols_with(GameApp *app, GfxRect r, int view, bool brief) {
  const UiTheme *t = &app->theme;
  int pad = t->unit * 2, gap = t->unit * 5 / 2;
  Cols c = {.view = view, .brief = brief};
  for (int k = 0; k < COLS_MAX && VIEW_KEYS[view][k] >= 0; k++) c.key[c.count++] = VIEW_KEYS[view][k];
  c.name_x = r.x + pad;
  c.skill = r.x + r.w - pad - skills_width(t);
  int right = view == V_CONNECT ? c.skill - gap : r.x + r.w - pad;
  for (int k = c.count - 1; k >= 1; k--) {
    int hw = heading_width(app, c.key[k], brief), vw = value_width(app, c.key[k]);
    int w = hw > vw ? hw : vw;
    c.right[k] = right;
    c.left[k] = right - w;
    right = c.left[k] - gap;
  }
  c.left[0] = c.name_x;
  c.right[0] = right;
  c.name_w = right - c.name_x;
  return c;
}

Cols game_dash_table_cols(DashScene *s, GameApp *app, GfxRect r, int view) {
  (void)s;
  Cols c = cols_with(app, r, view, false);
  if (c.name_w < name_min(app)) c = cols_with(app, r, view, true);
  return c;
}

int game_dash_table_width(DashScene *s, GameApp *app) {
  (void)s;
  const UiTheme *t = &app->theme;
  int base = t->unit * 75, most = (GFX_WIDTH - 2 * t->margin) * 3 / 5, want = base;
  for (int v = 0; v < VIEWS; v++) {
    /* Wider only when even the short headings leave the name column narrower than
     * "Student 888" (large text): the chart beside it needs the room. */
    Cols c = cols_with(app, (GfxRect){0, 0, base, 100}, v, true);
    int need = base + (name_min(app) - c.name_w);
    if (need > want) want = need;
  }
  return want < most ? want : most;
}

void game_dash_row_label(const DashScene *s, const SaveStudentSummary *u, char *out, size_t outlen) {
  if (s->anonymous) snprintf(out, outlen, TR("dashboard_table.student_2", "Student %d"), game_dash_shown_number(s, &u->profile));
  else snprintf(out, outlen, "%d  %s", u->profile.class_number, u->profile.name);
}

static void draw_skills(DashScene *s, GameApp *app, const Cols *c, int y, const int *skills, bool bot) {
  const UiTheme *t = &app->theme;
  for (int k = 0; skills && k < SAVE_SKILL_COUNT; k++) {
    int full = s->row_h - t->unit, h = full * skills[k] / 100;
    int step = t->unit * 3 / 2, bw = t->unit * 9 / 8; /* a mini bar and the gap after it */
    int bx = c->skill + k * step, base = y + s->row_h - t->unit / 2;
    gfx_fill_rect(app->gfx, (GfxRect){bx, base - full, bw, full}, ui_color(t, UI_C_LINE));
    if (h > 0) gfx_fill_rect(app->gfx, (GfxRect){bx, base - h, bw, h}, ui_color(t, bot ? UI_C_WARM : UI_C_ACCENT));
  }
}

/* One student's (or bot's) figures in the view's columns. */
static void draw_figures(DashScene *s, GameApp *app, const Cols *c, int y, const SaveSession *p, const int *skills, bool bot) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int body = ui_size(t, UI_T_BODY), small = ui_size(t, UI_T_SMALL);
  int ty = y + t->unit / 2;
  GfxColor ink = ui_color(t, UI_C_INK), soft = ui_color(t, UI_C_INK_SOFT);
  char num[48];
  for (int k = 1; k < c->count; k++) {
    int key = c->key[k], x = c->right[k];
    switch (key) {
      case S_DEPTH:
        snprintf(num, sizeof num, "%.1f", p->depth_gain);
        gfx_text(g, GFX_FONT_BOLD, body, ink, x, ty, GFX_ALIGN_RIGHT, num);
        break;
      case S_EARLY:
        gfx_text(g, p->left_early ? GFX_FONT_BOLD : GFX_FONT_REGULAR, body, p->left_early ? ink : soft, x, ty,
                 GFX_ALIGN_RIGHT, p->left_early ? TR("dashboard.early_yes", "yes") : TR("dashboard.early_no", "no"));
        break;
      case S_LEVEL: { /* small text, centred on the body line */
        int lh = gfx_line_height(g, GFX_FONT_REGULAR, small), blh = gfx_line_height(g, GFX_FONT_REGULAR, body);
        gfx_text(g, GFX_FONT_REGULAR, small, ink, x, ty + (blh - lh) / 2, GFX_ALIGN_RIGHT, game_difficulty_label(p->difficulty));
        break;
      }
      default: {
        int v = key == S_CALL ? p->callable : key == S_CARDS ? p->cards : key == S_SENT ? p->followups : p->rests;
        snprintf(num, sizeof num, "%d", v);
        gfx_text(g, GFX_FONT_REGULAR, body, key == S_CARDS ? soft : ink, x, ty, GFX_ALIGN_RIGHT, num);
      }
    }
  }
  if (c->view == V_CONNECT) draw_skills(s, app, c, y, skills, bot);
}

/* The view switch: two tabs; the chosen one filled, bold and underlined (never colour alone). */
static void draw_tabs(DashScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int small = ui_size(t, UI_T_SMALL), lh = gfx_line_height(g, GFX_FONT_BOLD, small);
  for (int v = 0; v < VIEWS; v++) {
    GfxRect r = s->tab[v];
    bool on = s->view == v, focused = s->farea == F_TABS && s->fidx[F_TABS] == v;
    gfx_fill_round_rect(g, r, t->radius / 2, ui_color(t, on ? UI_C_ACCENT : UI_C_SURFACE));
    gfx_outline_round_rect(g, r, t->radius / 2, on ? 2 : 1, ui_color(t, on ? UI_C_ACCENT : UI_C_LINE));
    const char *label = i18n_text_static(VIEW_NAME[v]);
    gfx_text(g, on ? GFX_FONT_BOLD : GFX_FONT_REGULAR, small, ui_color(t, on ? UI_C_ACCENT_INK : UI_C_INK),
             r.x + r.w / 2, r.y + (r.h - lh) / 2, GFX_ALIGN_CENTER, label);
    if (on) gfx_fill_rect(g, (GfxRect){r.x + t->unit, r.y + r.h - 4, r.w - 2 * t->unit, 2}, ui_color(t, UI_C_ACCENT_INK));
    if (focused) {
      ui_focus_ring(&app->ui, r);
      char state[96];
      snprintf(state, sizeof state, TR("dashboard.tab_state", "%s, %d of %d"),
               on ? TR("dashboard.tab_shown", "shown") : TR("rows.not_selected", "not selected"), v + 1, VIEWS);
      ui_announce_focus(&app->ui, label, UI_KIND_TAB, state);
    }
  }
}

/* Lays out the tabs, the view's headings (click targets) and where rows start. */
int game_dash_tabs_width(GameApp *app) {
  const UiTheme *t = &app->theme;
  int total = 0;
  for (int v = 0; v < VIEWS; v++) {
    int w = 0, h = 0;
    gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL), i18n_text_static(VIEW_NAME[v]), &w, &h);
    total += w + t->unit * 4 + (v ? t->unit : 0);
  }
  return total;
}

void game_dash_table_layout(DashScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  GfxRect r = s->table;
  int small = ui_size(t, UI_T_SMALL), x = r.x + t->unit * 2, th = tab_height(app), ty = r.y + t->unit * 2;
  if (s->tabs_up) { /* right-aligned on the title's line, centred on it */
    x = GFX_WIDTH - t->margin - game_dash_tabs_width(app);
    ty = t->margin - 8 + (gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_HEADING)) - th) / 2;
  }
  for (int v = 0; v < VIEWS; v++) {
    int w = 0, h = 0;
    gfx_measure(app->gfx, GFX_FONT_BOLD, small, i18n_text_static(VIEW_NAME[v]), &w, &h);
    s->tab[v] = (GfxRect){x, ty, w + t->unit * 4, th};
    x += s->tab[v].w + t->unit;
  }
  /* The difficulties played, right of the tabs when they fit there (else under the habits). */
  bool chip = false;
  for (int k = 0; k < 2 && !chip && s->played_at[0] && !s->tabs_up; k++) {
    int pw = 0, ph = 0;
    s->chip_text = k == 0 ? s->played_at : s->played_brief;
    gfx_measure(app->gfx, GFX_FONT_REGULAR, small, s->chip_text, &pw, &ph);
    chip = x + t->unit * 2 + pw <= r.x + r.w - t->unit * 2;
  }
  if (chip != s->played_chip) s->foot_h = 0;
  s->played_chip = chip;
  Cols c = game_dash_table_cols(s, app, r, s->view);
  int hy = head_top(s, app, r) - t->unit / 2, hh = gfx_line_height(app->gfx, GFX_FONT_BOLD, small) + t->unit;
  s->head_count = c.count;
  for (int k = 0; k < c.count; k++) s->head[k] = (GfxRect){c.left[k], hy, c.right[k] - c.left[k], hh};
  s->rows_y = rows_top(s, app, r);
}

static void draw_played_chip(DashScene *s, GameApp *app) {
  if (!s->played_chip) return;
  const UiTheme *t = &app->theme;
  int small = ui_size(t, UI_T_SMALL), lh = gfx_line_height(app->gfx, GFX_FONT_REGULAR, small);
  GfxRect tab = s->tab[0];
  gfx_text(app->gfx, GFX_FONT_REGULAR, small, ui_color(t, UI_C_INK_SOFT), s->table.x + s->table.w - t->unit * 2,
           tab.y + (tab.h - lh) / 2, GFX_ALIGN_RIGHT, s->chip_text);
}

static void draw_headings(DashScene *s, GameApp *app, const Cols *c) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int small = ui_size(t, UI_T_SMALL), y = head_top(s, app, s->table);
  GfxColor soft = ui_color(t, UI_C_INK_SOFT), ink = ui_color(t, UI_C_INK);
  for (int k = 0; k < c->count; k++) {
    int key = c->key[k];
    bool on = s->sort == key;
    /* The sorted heading: dark, a mark that points the way (down: most first) and a bar. */
    char head[96];
    const char *mark = !on ? "" : s->ascending ? "\u25b4" : "\u25be";
    if (k == 0) snprintf(head, sizeof head, "%s%s%s", game_dash_key_heading(key, c->brief), on ? " " : "", mark);
    else snprintf(head, sizeof head, "%s%s", mark, game_dash_key_heading(key, c->brief));
    int hw = 0, hh = 0;
    gfx_measure(g, GFX_FONT_BOLD, small, head, &hw, &hh);
    int x = k == 0 ? c->name_x : c->right[k];
    gfx_text(g, GFX_FONT_BOLD, small, on ? ink : soft, x, y, k == 0 ? GFX_ALIGN_LEFT : GFX_ALIGN_RIGHT, head);
    if (on) gfx_fill_rect(g, (GfxRect){k == 0 ? x : x - hw, y + hh + 1, hw, 2}, ink);
    if (s->farea == F_HEADS && s->fidx[F_HEADS] == k) {
      ui_focus_ring(&app->ui, s->head[k]);
      char label[128], state[96];
      snprintf(label, sizeof label, TR("dashboard.sort_by", "Sort by %s"), game_dash_key_name(key));
      snprintf(state, sizeof state, "%s", !on ? TR("dashboard.not_sorted", "not sorted")
                                          : s->ascending ? TR("dashboard.sorted_ascending", "sorted ascending")
                                                         : TR("dashboard.sorted_descending", "sorted descending"));
      ui_announce_focus(&app->ui, label, UI_KIND_COLUMN, state);
    }
  }
  if (c->view == V_CONNECT)
    gfx_text(g, GFX_FONT_BOLD, small, soft, c->skill + skills_width(t) / 2, y, GFX_ALIGN_CENTER, TR("dashboard_table.skills", "Skills"));
}

static void draw_bots(DashScene *s, GameApp *app, const Cols *c, int sy) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  GfxRect r = s->table;
  int small = ui_size(t, UI_T_SMALL), pad = t->unit * 2;
  int y = sy - t->unit - BOTS * s->row_h; /* sy: the footer's top */
  int th = gfx_line_height(g, GFX_FONT_BOLD, small);
  gfx_fill_rect(g, (GfxRect){r.x + pad, y - th - t->unit * 2, r.w - 2 * pad, 2}, ui_color(t, UI_C_LINE));
  gfx_text(g, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK), c->name_x, y - th - t->unit, GFX_ALIGN_LEFT,
           TR("dashboard_table.what_the_strategies_do_bots", "What the strategies do (bots on the same evening)"));
  if (!s->bots_ok) {
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, c->name_x, y, r.w - 2 * pad, s->bot_note);
    return;
  }
  Cols conn = game_dash_table_cols(s, app, r, V_CONNECT);
  for (int b = 0; b < BOTS; b++, y += s->row_h) {
    int x = c->name_x;
    game_dash_diamond(g, x + t->unit, y + s->row_h / 2, 7, ui_color(t, UI_C_WARM));
    x += t->unit * 13 / 4; /* the name after the bot's mark */
    char name[96];
    ui_fit(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, i18n_text_static(game_dash_bot_label[b]), conn.name_w - (x - conn.name_x), name,
           sizeof name);
    gfx_text(g, GFX_FONT_REGULAR, ui_size(t, UI_T_BODY), ui_color(t, UI_C_INK), x, y + t->unit / 2, GFX_ALIGN_LEFT, name);
    SaveSession p = {.depth_gain = s->bots[b].depth_gain, .callable = s->bots[b].callable, .cards = s->bots[b].cards};
    draw_figures(s, app, &conn, y, &p, s->bots[b].skills, true);
  }
}

void game_dash_draw_table(DashScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  GfxRect r = s->table;
  ui_panel(&app->ui, r, UI_C_SURFACE);
  int small = ui_size(t, UI_T_SMALL), pad = t->unit * 2;
  Cols c = game_dash_table_cols(s, app, r, s->view);
  GfxColor soft = ui_color(t, UI_C_INK_SOFT);
  draw_tabs(s, app);
  draw_played_chip(s, app);
  draw_headings(s, app, &c);
  int y = s->rows_y - (s->tabs_up ? t->unit / 2 : t->unit); /* the rule: clear of the sorted heading's bar */
  gfx_fill_rect(g, (GfxRect){r.x + pad, y - 2, r.w - 2 * pad, 2}, ui_color(t, UI_C_LINE));
  y = s->rows_y;
  if (s->count == 0)
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, r.x + pad, y + t->unit, r.w - 2 * pad,
               TR("dashboard_table.no_students_in_this_class", "No students in this class yet. Add them on the Classroom screen, or bring their "
               "results in with \u201cImport a folder\u201d or \u201cPaste results codes\u201d."));
  int first = 0, end = 0;
  game_dash_page_rows(s, &first, &end);
  for (int i = first; i < end; i++) {
    const SaveStudentSummary *u = &s->rows[i];
    GfxRect row = {r.x + pad / 2, y, r.w - pad, s->row_h};
    if ((i - first) % 2 == 1) gfx_fill_rect(g, row, ui_color(t, UI_C_SURFACE_ALT));
    char label[96], name[96];
    game_dash_row_label(s, u, label, sizeof label);
    const char *missing = game_dash_played_off_code(s, u->profile.id) ? TR("dashboard_table.played_without_the_code", "played without the code") : TR("dashboard_table.no_finished_session_yet", "no finished session yet");
    int name_w = c.name_w;
    if (!u->has_latest) {
      int sw = 0, sh = 0;
      gfx_measure(g, GFX_FONT_REGULAR, small, missing, &sw, &sh);
      name_w = c.right[c.count - 1] - sw - t->unit * 2 - c.name_x;
    }
    ui_fit(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, label, name_w, name, sizeof name);
    gfx_text(g, GFX_FONT_REGULAR, ui_size(t, UI_T_BODY), ui_color(t, UI_C_INK), c.name_x, y + t->unit / 2, GFX_ALIGN_LEFT, name);
    if (u->has_latest)
      draw_figures(s, app, &c, y, &u->latest.session, u->latest.has_skills ? u->latest.skills.value : NULL, false);
    else
      gfx_text(g, GFX_FONT_REGULAR, small, game_dash_played_off_code(s, u->profile.id) ? ui_color(t, UI_C_DANGER) : soft,
               c.right[c.count - 1], y + t->unit / 2, GFX_ALIGN_RIGHT, missing);
    if (s->farea == F_ROWS && s->fidx[F_ROWS] == i - first) {
      ui_focus_ring(&app->ui, row);
      char state[400];
      game_dash_row_state(s, u, i, state, sizeof state);
      ui_announce_focus(&app->ui, label, UI_KIND_ROW, state);
    }
    y += s->row_h;
  }
  /* Under the rows: who is shown and the order in words, then what the headings mean. */
  int w = r.w - 2 * pad;
  Foot f;
  foot_make(s, app, s->view, c.brief, s->count ? first + 1 : 0, end, s->page + 1, s->pages, w, &f);
  int fy = r.y + r.h - pad - f.height, lh = gfx_line_height(g, GFX_FONT_BOLD, small);
  ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK_SOFT, r.x + pad, fy, w, f.bold);
  if (f.one_line && f.key[0]) {
    int bw = 0, bh = 0;
    gfx_measure(g, GFX_FONT_BOLD, small, f.bold, &bw, &bh);
    gfx_text(g, GFX_FONT_REGULAR, small, soft, r.x + pad + bw + t->unit * 2, fy, GFX_ALIGN_LEFT, f.key);
  } else if (f.key[0]) {
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, r.x + pad, fy + lh + t->unit / 2, w, f.key);
  }
  if (s->compact || s->layout == L_TABLE) return; /* the bots: in the chart's panels */
  /* "What the strategies do": the bots on the same evening, in the connections columns. */
  draw_bots(s, app, &c, r.y + r.h - foot_height(s, app, r, s->pages) - t->unit); /* air above the footer */
}
