/* dashboard_table.c — the dashboard's table: one row per student (a number, or a name when
 * the teacher chose names) with latest depth gain, people to call, cards and six skill bars,
 * sortable by clicking a heading, paged to fit; "played without the code" told apart from
 * "no finished session yet"; the strategy bots in the same columns below. See
 * dashboard_internal.h.
 */
#include <stdio.h>
#include <string.h>

#include "game/dashboard_internal.h"
#include "i18n/i18n.h"

#define TABLE_FOOT TR("dashboard_table.call_people_they_could_call", "Call: people they could call tomorrow.")

/* Rows per page of the table in `r`, from measured heights (less the bots' section). */
int game_dash_rows_fitting(DashScene *s, GameApp *app, GfxRect r, bool with_bots) {
  const UiTheme *t = &app->theme;
  int small_lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL));
  int head_h = t->unit * 2 + small_lh + t->unit * 2;
  int foot_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, r.w - t->unit * 4, TABLE_FOOT) +
               small_lh + t->unit * 3;
  int bots_h = with_bots ? BOTS * s->row_h + small_lh + t->unit * 4 : 0;
  int n = (r.h - head_h - foot_h - bots_h) / s->row_h;
  return n < 1 ? 1 : n;
}

/* Where the table's columns are (measured at the current text size). */

static const char *const HEADS[3] = {TR_NOOP("dashboard_table.depth", "Depth+"), TR_NOOP("dashboard_table.call", "Call"), TR_NOOP("dashboard_table.cards", "Cards")};

Cols game_dash_table_cols(GameApp *app, GfxRect r) {
  const UiTheme *t = &app->theme;
  int small = ui_size(t, UI_T_SMALL), body = ui_size(t, UI_T_BODY), pad = t->unit * 2;
  static const char *const WIDEST[3] = {"999.9", "99", "99"};
  int hw[3], hh = 0;
  for (int c = 0; c < 3; c++) {
    int nw = 0;
    gfx_measure(app->gfx, GFX_FONT_BOLD, small, i18n_text_static(HEADS[c]), &hw[c], &hh);
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
static void dash_table_row(DashScene *s, GameApp *app, const Cols *c, int y, const char *label, bool bot,
                      double depth, int call, int cards, const int *skills) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int body = ui_size(t, UI_T_BODY);
  GfxColor ink = ui_color(t, UI_C_INK), soft = ui_color(t, UI_C_INK_SOFT);
  int ty = y + t->unit / 2, x = c->name_x;
  if (bot) {
    game_dash_diamond(g, x + t->unit, y + s->row_h / 2, 7, ui_color(t, UI_C_WARM));
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

void game_dash_draw_table(DashScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  GfxRect r = s->table;
  ui_panel(&app->ui, r, UI_C_SURFACE);
  int small = ui_size(t, UI_T_SMALL);
  int pad = t->unit * 2;
  Cols c = game_dash_table_cols(app, r);
  int y = r.y + pad;
  GfxColor soft = ui_color(t, UI_C_INK_SOFT), ink = ui_color(t, UI_C_INK);
  /* Headings sort when clicked; the sorted one is dark and marked. */
  char head[32];
  snprintf(head, sizeof head, TR("dashboard_table.student", "Student%s"), s->sort == S_WHO ? " \u25be" : "");
  gfx_text(g, GFX_FONT_BOLD, small, s->sort == S_WHO ? ink : soft, c.name_x, y, GFX_ALIGN_LEFT, head);
  const int at[3] = {c.depth, c.call, c.cards};
  for (int k = 0; k < 3; k++) {
    snprintf(head, sizeof head, "%s%s", s->sort == S_DEPTH + k ? "\u25be" : "", i18n_text_static(HEADS[k]));
    gfx_text(g, GFX_FONT_BOLD, small, s->sort == S_DEPTH + k ? ink : soft, at[k], y, GFX_ALIGN_RIGHT, head);
  }
  gfx_text(g, GFX_FONT_BOLD, small, soft, c.skill + 6 * (t->unit * 3 / 2) / 2, y, GFX_ALIGN_CENTER, TR("dashboard_table.skills", "Skills"));
  y += gfx_line_height(g, GFX_FONT_BOLD, small) + t->unit;
  gfx_fill_rect(g, (GfxRect){r.x + pad, y, r.w - 2 * pad, 2}, ui_color(t, UI_C_LINE));
  y += t->unit;
  if (s->count == 0)
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, r.x + pad, y + t->unit, r.w - 2 * pad,
               TR("dashboard_table.no_students_in_this_class", "No students in this class yet. Add them on the Classroom screen, or bring their "
               "results in with \u201cImport a folder\u201d or \u201cPaste results codes\u201d."));
  int first = s->page * s->per_page, end = first + s->per_page;
  if (s->top) { /* the five best on the sorted figure: only students who played */
    end = 0;
    while (end < s->count && end < DASH_TOP && s->rows[end].has_latest) end++;
  }
  for (int i = first; i < s->count && i < end; i++) {
    const SaveStudentSummary *u = &s->rows[i];
    if ((i - first) % 2 == 1)
      gfx_fill_rect(g, (GfxRect){r.x + pad / 2, y, r.w - pad, s->row_h}, ui_color(t, UI_C_SURFACE_ALT));
    char label[96];
    if (s->anonymous) snprintf(label, sizeof label, TR("dashboard_table.student_2", "Student %d"), game_dash_shown_number(s, &u->profile));
    else snprintf(label, sizeof label, "%d  %s", u->profile.class_number, u->profile.name);
    const char *missing = game_dash_played_off_code(s, u->profile.id) ? TR("dashboard_table.played_without_the_code", "played without the code") : TR("dashboard_table.no_finished_session_yet", "no finished session yet");
    if (u->has_latest) {
      const SaveSession *ss = &u->latest.session;
      dash_table_row(s, app, &c, y, label, false, ss->depth_gain, ss->callable, ss->cards,
                u->latest.has_skills ? u->latest.skills.value : NULL);
    } else {
      char name[96];
      int sw = 0, sh = 0;
      gfx_measure(g, GFX_FONT_REGULAR, small, missing, &sw, &sh);
      ui_fit(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, label, c.cards - sw - t->unit * 2 - c.name_x, name, sizeof name);
      gfx_text(g, GFX_FONT_REGULAR, ui_size(t, UI_T_BODY), ui_color(t, UI_C_INK), c.name_x, y + t->unit / 2,
               GFX_ALIGN_LEFT, name);
      gfx_text(g, GFX_FONT_REGULAR, small, game_dash_played_off_code(s, u->profile.id) ? ui_color(t, UI_C_DANGER) : soft,
               c.cards, y + t->unit / 2, GFX_ALIGN_RIGHT, missing);
    }
    y += s->row_h;
  }
  char foot[256];
  int last = end < s->count ? end : s->count;
  const char *const FIGURE[SORTS] = {"", TR("dashboard_table.depth_gained", "depth gained"), TR("dashboard_table.people_to_call", "people to call"),
                                     TR("dashboard_table.cards_figure", "cards")};
  if (s->top) snprintf(foot, sizeof foot, TR("dashboard_table.top_five_of_by", "Top five of %d by %s"), s->count, FIGURE[s->sort]);
  else snprintf(foot, sizeof foot, TR("dashboard_table.students_of", "Students %d-%d of %d"), s->count ? first + 1 : 0, last, s->count);
  /* The difficulty the sessions were played at, when it fits on the line. */
  const char *shown = foot;
  char with[sizeof foot + sizeof s->played_at + 8];
  if (s->played_at[0]) {
    snprintf(with, sizeof with, "%s  \u00b7  %s", foot, s->played_at);
    int fw = 0, fh0 = 0;
    gfx_measure(g, GFX_FONT_BOLD, small, with, &fw, &fh0);
    if (fw <= r.w - 2 * pad) shown = with;
  }
  int fh = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, r.w - 2 * pad, TABLE_FOOT);
  int fy = r.y + r.h - pad - fh;
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, r.x + pad, fy, r.w - 2 * pad, TABLE_FOOT);
  int sy = fy - gfx_line_height(g, GFX_FONT_BOLD, small);
  gfx_text(g, GFX_FONT_BOLD, small, soft, r.x + pad, sy, GFX_ALIGN_LEFT, shown);
  if (s->compact) return;
  /* "What the strategies do": the bots on the same evening, in the same columns. */
  y = sy - t->unit - BOTS * s->row_h;
  int th = gfx_line_height(g, GFX_FONT_BOLD, small);
  gfx_fill_rect(g, (GfxRect){r.x + pad, y - th - t->unit * 2, r.w - 2 * pad, 2}, ui_color(t, UI_C_LINE));
  gfx_text(g, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK), c.name_x, y - th - t->unit, GFX_ALIGN_LEFT,
           TR("dashboard_table.what_the_strategies_do_bots", "What the strategies do (bots on the same evening)"));
  if (!s->bots_ok) {
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, c.name_x, y, r.w - 2 * pad, s->bot_note);
    return;
  }
  for (int b = 0; b < BOTS; b++, y += s->row_h)
    dash_table_row(s, app, &c, y, i18n_text_static(game_dash_bot_label[b]), true, s->bots[b].depth_gain, s->bots[b].callable, s->bots[b].cards,
              s->bots[b].skills);
}
