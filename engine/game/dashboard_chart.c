/* dashboard_chart.c — the dashboard's right-hand panels: the scatter of cards against
 * depth (students on one spot drawn as one counted dot, placed once per view, the bots
 * last), the class's skill averages, and what the strategies do. See dashboard_internal.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/dashboard_internal.h"
#include "i18n/i18n.h"

void game_dash_diamond(Gfx *g, int cx, int cy, int r, GfxColor c) {
  gfx_fill_triangle(g, cx - r, cy, cx, cy - r, cx + r, cy, c);
  gfx_fill_triangle(g, cx - r, cy, cx, cy + r, cx + r, cy, c);
}

static int by_cell(const void *a, const void *b) {
  const Dot *x = a, *y = b;
  if (x->cy != y->cy) return x->cy < y->cy ? -1 : 1;
  if (x->cx != y->cx) return x->cx < y->cx ? -1 : 1;
  return (x->number > y->number) - (x->number < y->number);
}

/* Places and groups the chart's dots for `plot` (kept until the rows, the layout or the
 * anonymous view change; load() marks them stale). */
static void dash_place_dots(DashScene *s, GfxRect plot, int cell, double max_cards, double max_depth) {
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
    s->dots[nd++] = (Dot){(px - plot.x) / cell, (py - plot.y) / cell, px, py, game_dash_shown_number(s, &s->rows[i].profile)};
  }
  if (nd > 1) qsort(s->dots, (size_t)nd, sizeof *s->dots, by_cell);
  s->dot_count = nd;
  s->dots_valid = true;
  s->dots_plot = plot;
  s->dots_cell = cell;
  s->dots_anonymous = s->anonymous;
}

void game_dash_draw_scatter(DashScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  GfxRect r = s->scatter;
  ui_panel(&app->ui, r, UI_C_SURFACE);
  int small = ui_size(t, UI_T_SMALL), tag = ui_size(t, UI_T_TAG);
  int pad = t->unit * 2;
  int slh = gfx_line_height(g, GFX_FONT_REGULAR, small);
  GfxColor soft = ui_color(t, UI_C_INK_SOFT);
  gfx_text(g, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK), r.x + pad, r.y + pad, GFX_ALIGN_LEFT,
           TR("dashboard_chart.cards_collected_against_depth_gained", "Cards collected against depth gained"));
  int lw = 0, lh = 0;
  gfx_measure(g, GFX_FONT_REGULAR, tag, "student", &lw, &lh);
  /* Legend on the line under the title. */
  int ly = r.y + pad + slh + t->unit / 2;
  int key = t->unit * 5 / 2; /* a legend entry's text after its mark */
  gfx_fill_circle(g, r.x + pad + 7, ly + lh / 2, 6, ui_color(t, UI_C_ACCENT));
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, r.x + pad + key, ly, GFX_ALIGN_LEFT, TR("dashboard_chart.a_student_their_number", "a student (their number)"));
  int aw = 0;
  gfx_measure(g, GFX_FONT_REGULAR, tag, TR("dashboard_chart.a_student_their_number", "a student (their number)"), &aw, &lh);
  int bx = r.x + pad + key + aw + t->unit * 4, bw2 = 0;
  gfx_measure(g, GFX_FONT_REGULAR, tag, TR("dashboard_chart.a_strategy_bot", "a strategy bot"), &bw2, &lh);
  if (bx + key + bw2 > r.x + r.w - pad) {  /* large text: the second entry on its own line */
    bx = r.x + pad;
    ly += lh + t->unit / 2;
  }
  game_dash_diamond(g, bx + 7, ly + lh / 2, 7, ui_color(t, UI_C_WARM));
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, bx + key, ly, GFX_ALIGN_LEFT, TR("dashboard_chart.a_strategy_bot", "a strategy bot"));
  /* A caption under the axis names the corners (colour is never the only cue). */
  const char *caption = TR("dashboard_chart.top_left_connectors_deep_few", "Top left: connectors (deep, few cards). Bottom right: collectors. "
                        "A count on a dot: that many students there.");
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
           TR("dashboard_chart.cards_collected", "Cards collected"));
  char num[32];
  snprintf(num, sizeof num, "%.0f", max_cards);
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, plot.x + plot.w, plot.y + plot.h + t->unit, GFX_ALIGN_RIGHT, num);
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, plot.x, plot.y + plot.h + t->unit, GFX_ALIGN_CENTER, "0");
  snprintf(num, sizeof num, "%.0f", max_depth);
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, plot.x - t->unit, plot.y, GFX_ALIGN_RIGHT, num);
  gfx_text(g, GFX_FONT_REGULAR, small, soft, r.x + pad, plot.y + plot.h / 2 - slh, GFX_ALIGN_LEFT, TR("dashboard_chart.depth", "Depth"));
  gfx_text(g, GFX_FONT_REGULAR, small, soft, r.x + pad, plot.y + plot.h / 2, GFX_ALIGN_LEFT, TR("dashboard_chart.gained", "gained"));
  /* Students on (nearly) the same spot are one dot with their count on it, so nine
   * students with no cards and no depth are not drawn as one; a single student's dot has
   * their number beside it, left out where it would overprint another (the table has every
   * figure). */
  int cell = t->unit * 3; /* wide enough for a counted dot: neighbours never overlap */
  dash_place_dots(s, plot, cell, max_cards, max_depth);
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
    game_dash_diamond(g, px, py, 9, ui_color(t, UI_C_WARM));
    int bw = 0;
    gfx_measure(g, GFX_FONT_REGULAR, tag, i18n_text_static(game_dash_bot_label[b]), &bw, &lh);
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
    gfx_text(g, GFX_FONT_REGULAR, tag, ui_color(t, UI_C_INK), box.x, box.y, GFX_ALIGN_LEFT, i18n_text_static(game_dash_bot_label[b]));
    if (box.y < py - lh - 2)  /* moved up: a leader line says whose label it is */
      gfx_line(g, left ? box.x + box.w : box.x, box.y + box.h, px, py - 9, 1, soft);
  }
}

void game_dash_draw_skills(DashScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  GfxRect r = s->skills;
  ui_panel(&app->ui, r, UI_C_SURFACE);
  int small = ui_size(t, UI_T_SMALL), pad = t->unit * 2;
  int y0 = r.y + pad;
  gfx_text(g, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK), r.x + pad, y0, GFX_ALIGN_LEFT,
           TR("dashboard_chart.class_skill_averages_in_the", "Class skill averages, in the order of the table's bars"));
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

void game_dash_draw_strategies(DashScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  GfxRect r = s->strategies;
  ui_panel(&app->ui, r, UI_C_SURFACE);
  int small = ui_size(t, UI_T_SMALL), pad = t->unit * 2;
  int y = r.y + pad;
  gfx_text(g, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK), r.x + pad, y, GFX_ALIGN_LEFT, TR("dashboard_chart.what_the_strategies_do", "What the strategies do"));
  y += gfx_line_height(g, GFX_FONT_BOLD, small) + t->unit;
  if (!s->bots_ok) {
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, r.x + pad, y, r.w - 2 * pad, s->bot_note);
    return;
  }
  for (int b = 0; b < BOTS; b++) {
    char line[160];
    snprintf(line, sizeof line, TRN("dashboard_chart.depth_to_call_card_count", "%s: depth +%.0f, %d to call, %d card", "%s: depth +%.0f, %d to call, %d cards",
             (unsigned long)s->bots[b].cards), i18n_text_static(game_dash_bot_label[b]), s->bots[b].depth_gain,
             s->bots[b].callable, s->bots[b].cards);
    int lh = gfx_line_height(g, GFX_FONT_REGULAR, small);
    int key = t->unit * 15 / 4; /* the line after the bot's mark */
    game_dash_diamond(g, r.x + pad + t->unit, y + lh / 2, 7, ui_color(t, UI_C_WARM));
    y += ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK, r.x + pad + key, y, r.w - 2 * pad - key, line) +
         t->unit / 2;
  }
}
