/* dashboard_chart.c — the dashboard's right-hand panels: the scatter of cards against
 * depth (students on one spot drawn as one counted dot, placed once per view, the bots
 * last; where the words go is dashboard_labels.c's), the class's skill averages, and what
 * the strategies do. See dashboard_internal.h.
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

/* Places and groups the chart's dots in the data area `d` on cells `cell` wide. */
static void dash_place_dots(DashScene *s, GfxRect d, int cell, double max_cards, double max_depth) {
  free(s->dots);
  s->dots = s->count > 0 ? malloc(sizeof *s->dots * (size_t)s->count) : NULL;
  int nd = 0;
  for (int i = 0; s->dots && i < s->count; i++) {
    if (!s->rows[i].has_latest) continue;
    const SaveSession *ss = &s->rows[i].latest.session;
    int px = d.x + (int)(d.w * ss->cards / max_cards);
    int py = d.y + d.h - (int)(d.h * ss->depth_gain / max_depth);
    s->dots[nd++] = (Dot){(px - d.x) / cell, (py - d.y) / cell, px, py, game_dash_shown_number(s, &s->rows[i].profile)};
  }
  if (nd > 1) qsort(s->dots, (size_t)nd, sizeof *s->dots, by_cell);
  s->dot_count = nd;
  s->dots_valid = true;
  s->dots_plot = d;
  s->dots_cell = cell;
  s->dots_anonymous = s->anonymous;
}

/* A counted dot's radius: room for its count. */
static int count_radius(Gfx *g, int tag, int n) {
  char num[16];
  snprintf(num, sizeof num, "%d", n);
  int nw = 0, nh = 0;
  gfx_measure(g, GFX_FONT_BOLD, tag, num, &nw, &nh);
  int rad = (nw > nh ? nw : nh) / 2 + 4;
  return rad < 11 ? 11 : rad;
}

/* The marks from the grouped dots and the bots: students on (nearly) the same spot are one
 * dot with their count on it, so nine students with no cards and no depth are not drawn as
 * one; a group of nearby ones sits on its cell's centre, so neighbouring groups never
 * overlap; one under a bot's diamond steps aside so its count stays readable. */
static void build_marks(DashScene *s, GameApp *app, GfxRect d, int cell, double max_cards, double max_depth) {
  Gfx *g = app->gfx;
  int tag = ui_size(&app->theme, UI_T_TAG);
  free(s->marks);
  s->mark_count = 0;
  s->marks = malloc(sizeof *s->marks * (size_t)(s->dot_count + BOTS));
  if (!s->marks) return;
  const Dot *dots = s->dots;
  for (int i = 0; i < s->dot_count;) {
    int j = i + 1;
    while (j < s->dot_count && dots[j].cx == dots[i].cx && dots[j].cy == dots[i].cy) j++;
    int n = j - i;
    ChartMark m = {.x = dots[i].px, .y = dots[i].py, .r = 8, .count = 1, .number = dots[i].number};
    if (n > 1) {
      /* Students on exactly one spot stay on it (the origin means "nothing yet"). */
      bool exact = true;
      for (int k = i + 1; k < j; k++) exact &= dots[k].px == dots[i].px && dots[k].py == dots[i].py;
      m.x = exact ? dots[i].px : d.x + dots[i].cx * cell + cell / 2;
      m.y = exact ? dots[i].py : d.y + dots[i].cy * cell + cell / 2;
      m.r = count_radius(g, tag, n);
      m.count = n;
    }
    char num[16];
    snprintf(num, sizeof num, "%d", m.count);
    int nw = 0, nh = 0;
    gfx_measure(g, GFX_FONT_BOLD, tag, num, &nw, &nh);
    m.text = (GfxRect){-nw / 2, -nh / 2, nw, nh}; /* about the centre; moved with it below */
    s->marks[s->mark_count++] = m;
    i = j;
  }
  int first_bot = s->mark_count;
  for (int b = 0; s->bots_ok && b < BOTS; b++) {
    int px = d.x + (int)(d.w * s->bots[b].cards / max_cards);
    int py = d.y + d.h - (int)(d.h * s->bots[b].depth_gain / max_depth);
    s->marks[s->mark_count++] = (ChartMark){.x = px, .y = py, .r = 9, .bot = true, .bot_index = b};
  }
  for (int i = 0; i < s->mark_count; i++) { /* the counts' boxes where they are drawn */
    s->marks[i].text.x += s->marks[i].x;
    s->marks[i].text.y += s->marks[i].y;
  }
  /* A count a diamond would cover moves within its cell (its students are somewhere in
   * it) to the nearest spot where its number is clear of every diamond and dot, and its dot
   * covers no other number. */
  int reach = cell / 2 + 2;
  for (int i = 0; i < first_bot; i++) {
    ChartMark *m = &s->marks[i];
    if (m->count < 2 || game_dash_count_clear(s, i)) continue;
    ChartMark keep = *m;
    int best = -1, bx = 0, by = 0;
    for (int dy = -reach; dy <= reach; dy += 3)
      for (int dx = -reach; dx <= reach; dx += 3) {
        int dist = dx * dx + dy * dy;
        if (best >= 0 && dist >= best) continue;
        *m = keep;
        m->x += dx, m->y += dy, m->text.x += dx, m->text.y += dy;
        if (game_dash_count_clear(s, i)) best = dist, bx = dx, by = dy;
      }
    *m = keep;
    if (best >= 0) m->x += bx, m->y += by, m->text.x += bx, m->text.y += by;
  }
  /* Where a count found no such spot (a crowded chart), the diamond steps aside instead,
   * within its own cell, as far as it must and no further. */
  for (int b = first_bot; b < s->mark_count; b++) {
    ChartMark *m = &s->marks[b], keep = *m;
    bool clear = true;
    for (int i = 0; i < first_bot && clear; i++) clear = s->marks[i].count < 2 || game_dash_count_clear(s, i);
    if (clear) continue;
    int best = -1, bx = 0, by = 0;
    for (int dy = -reach; dy <= reach; dy += 3)
      for (int dx = -reach; dx <= reach; dx += 3) {
        int dist = dx * dx + dy * dy;
        if (best >= 0 && dist >= best) continue;
        m->x = keep.x + dx, m->y = keep.y + dy;
        bool ok = true;
        for (int i = 0; i < first_bot && ok; i++) ok = s->marks[i].count < 2 || game_dash_count_clear(s, i);
        if (ok) best = dist, bx = dx, by = dy;
      }
    m->x = keep.x + (best >= 0 ? bx : 0);
    m->y = keep.y + (best >= 0 ? by : 0);
  }
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
  /* The title wraps when the panel is narrow (large text). */
  int title_h = ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK, r.x + pad, r.y + pad, r.w - 2 * pad,
                        TR("dashboard_chart.cards_collected_against_depth_gained", "Cards collected against depth gained"));
  int lw = 0, lh = 0;
  gfx_measure(g, GFX_FONT_REGULAR, tag, "student", &lw, &lh);
  /* Legend on the line under the title. */
  int ly = r.y + pad + title_h + t->unit / 2;
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
  int legend_bottom = ly + lh + 2;
  /* A caption under the axis names the corners (colour is never the only cue). */
  const char *caption = TR("dashboard_chart.top_left_connectors_deep_few", "Top left: connectors (deep, few cards). Bottom right: collectors. "
                        "A count on a dot: that many students there.");
  int cap_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_TAG, r.w - 2 * pad, caption);
  int cap_y = r.y + r.h - pad - cap_h;
  /* A lane above the plot where the bots' names can go when the plot is crowded. */
  int aw1 = 0, aw2 = 0, ah = 0; /* the depth axis's name sits left of the plot: room for it */
  gfx_measure(g, GFX_FONT_REGULAR, small, TR("dashboard_chart.depth", "Depth"), &aw1, &ah);
  gfx_measure(g, GFX_FONT_REGULAR, small, TR("dashboard_chart.gained", "gained"), &aw2, &ah);
  int left = aw1 > aw2 ? aw1 : aw2;
  if (left < slh * 3 - t->unit) left = slh * 3 - t->unit;
  GfxRect plot = {r.x + pad + left + t->unit, ly + lh + t->unit * 2 + lh, 0, 0};
  plot.w = r.x + r.w - pad - plot.x - t->unit * 2;
  plot.h = cap_y - slh - t->unit * 2 - plot.y;
  /* The across axis's name between its two numbers, or under them when it does not fit
   * there (a narrow chart, a longer language). */
  int axis_w = 0, num_w = 0, num_h = 0, tag_lh = gfx_line_height(g, GFX_FONT_REGULAR, tag);
  gfx_measure(g, GFX_FONT_REGULAR, small, TR("dashboard_chart.cards_collected", "Cards collected"), &axis_w, &num_h);
  gfx_measure(g, GFX_FONT_REGULAR, tag, "999", &num_w, &num_h);
  bool axis_below = axis_w + 2 * (num_w + t->unit * 2) > plot.w;
  if (axis_below) plot.h -= tag_lh;
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_TAG, UI_C_INK_SOFT, r.x + pad, cap_y, r.w - 2 * pad, caption);
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
  /* Axes and their words (each word's box kept: the labels keep clear of them). */
  GfxColor line = ui_color(t, UI_C_LINE);
  gfx_fill_rect(g, (GfxRect){plot.x, plot.y + plot.h, plot.w, 2}, line);
  gfx_fill_rect(g, (GfxRect){plot.x, plot.y, 2, plot.h}, line);
  int nw = 0, nh = 0, ty = plot.y + plot.h + t->unit / 2;
  s->chart_word_count = 0;
  GfxRect *words = s->chart_words;
  const char *axis = TR("dashboard_chart.cards_collected", "Cards collected");
  gfx_measure(g, GFX_FONT_REGULAR, small, axis, &nw, &nh);
  int aty = axis_below ? ty + tag_lh : ty;
  gfx_text(g, GFX_FONT_REGULAR, small, soft, plot.x + plot.w / 2, aty, GFX_ALIGN_CENTER, axis);
  words[s->chart_word_count++] = (GfxRect){plot.x + plot.w / 2 - nw / 2, aty, nw, nh};
  /* The data sit inset from the axes, so a counted dot at 0 never covers an axis number
   * (the top and right are left free by the scale's tenth of headroom). */
  int inset = count_radius(g, tag, s->count > 99 ? 99 : s->count > 0 ? s->count : 1) + 2;
  GfxRect d = {plot.x + inset, plot.y, plot.w - inset - t->unit, plot.h - inset};
  if (d.w < t->unit * 4 || d.h < t->unit * 2) return;
  char num[32];
  snprintf(num, sizeof num, "%.0f", max_cards);
  gfx_measure(g, GFX_FONT_REGULAR, tag, num, &nw, &nh);
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, d.x + d.w, ty, GFX_ALIGN_RIGHT, num);
  words[s->chart_word_count++] = (GfxRect){d.x + d.w - nw, ty, nw, nh};
  gfx_measure(g, GFX_FONT_REGULAR, tag, "0", &nw, &nh);
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, d.x, ty, GFX_ALIGN_CENTER, "0");
  words[s->chart_word_count++] = (GfxRect){d.x - nw / 2, ty, nw, nh};
  snprintf(num, sizeof num, "%.0f", max_depth);
  gfx_measure(g, GFX_FONT_REGULAR, tag, num, &nw, &nh);
  gfx_text(g, GFX_FONT_REGULAR, tag, soft, plot.x - t->unit, d.y - nh / 2, GFX_ALIGN_RIGHT, num);
  words[s->chart_word_count++] = (GfxRect){plot.x - t->unit - nw, d.y - nh / 2, nw, nh};
  /* The axis's name half way up, or under the top number when the chart is short. */
  int dy = plot.y + plot.h / 2 - slh, below = d.y - nh / 2 + nh + 2;
  if (dy < below) dy = below;
  const char *dw1 = TR("dashboard_chart.depth", "Depth"), *dw2 = TR("dashboard_chart.gained", "gained");
  gfx_measure(g, GFX_FONT_REGULAR, small, dw1, &nw, &nh);
  gfx_text(g, GFX_FONT_REGULAR, small, soft, r.x + pad, dy, GFX_ALIGN_LEFT, dw1);
  words[s->chart_word_count++] = (GfxRect){r.x + pad, dy, nw, nh};
  gfx_measure(g, GFX_FONT_REGULAR, small, dw2, &nw, &nh);
  gfx_text(g, GFX_FONT_REGULAR, small, soft, r.x + pad, dy + slh, GFX_ALIGN_LEFT, dw2);
  words[s->chart_word_count++] = (GfxRect){r.x + pad, dy + slh, nw, nh};
  /* Marks and labels, placed once per view and layout. */
  /* Cells as wide as the largest count's dot (at least one counting to 99), so that
   * neighbouring counts never overlap: placed, then again if a count came out wider. */
  int cell = 2 * count_radius(g, tag, 99) + 2;
  if (cell < t->unit * 3) cell = t->unit * 3;
  /* Kept until the rows, the layout or the anonymous view change (load() marks them stale). */
  bool placed = !(s->dots_valid && s->dots_base == cell && s->dots_anonymous == s->anonymous &&
                  memcmp(&s->dots_plot, &d, sizeof d) == 0);
  if (placed) dash_place_dots(s, d, cell, max_cards, max_depth);
  s->dots_base = cell;
  for (int round = 0; placed && round < 3; round++) {
    int most = 1;
    for (int i = 0; i < s->dot_count;) {
      int j = i + 1;
      while (j < s->dot_count && s->dots[j].cx == s->dots[i].cx && s->dots[j].cy == s->dots[i].cy) j++;
      if (j - i > most) most = j - i;
      i = j;
    }
    int need = 2 * count_radius(g, tag, most) + 2;
    if (need <= s->dots_cell) break;
    dash_place_dots(s, d, need, max_cards, max_depth);
  }
  if (placed || !s->marks) {
    cell = s->dots_cell;
    build_marks(s, app, d, cell, max_cards, max_depth);
    GfxRect area = {r.x + pad, legend_bottom, r.w - 2 * pad, cap_y - 2 - legend_bottom};
    game_dash_place_labels(s, app, area, words, s->chart_word_count);
  }
  /* Lone dots, then counted ones, then the diamonds, then the words on top. */
  for (int i = 0; i < s->mark_count; i++)
    if (!s->marks[i].bot && s->marks[i].count == 1)
      gfx_fill_circle(g, s->marks[i].x, s->marks[i].y, 8, ui_color_a(t, UI_C_ACCENT, 190));
  for (int i = 0; i < s->mark_count; i++) {
    const ChartMark *m = &s->marks[i];
    if (m->bot || m->count < 2) continue;
    snprintf(num, sizeof num, "%d", m->count);
    gfx_measure(g, GFX_FONT_BOLD, tag, num, &nw, &nh);
    gfx_fill_circle(g, m->x, m->y, m->r, ui_color(t, UI_C_ACCENT));
    gfx_text(g, GFX_FONT_BOLD, tag, ui_color(t, UI_C_SURFACE), m->x, m->y - nh / 2, GFX_ALIGN_CENTER, num);
  }
  for (int i = 0; i < s->mark_count; i++)
    if (s->marks[i].bot) {
      game_dash_diamond(g, s->marks[i].x, s->marks[i].y, 11, ui_color(t, UI_C_SURFACE)); /* a halo */
      game_dash_diamond(g, s->marks[i].x, s->marks[i].y, 9, ui_color(t, UI_C_WARM));
    }
  for (int i = 0; i < s->label_count; i++) {
    const ChartLabel *l = &s->labels[i];
    if (!l->bot) {
      gfx_text(g, GFX_FONT_BOLD, tag, ui_color(t, UI_C_INK), l->box.x, l->box.y, GFX_ALIGN_LEFT, l->text);
      continue;
    }
    const ChartMark *m = &s->marks[l->mark];
    if (l->leader) { /* moved away: a line from the label's nearest edge says whose it is */
      int lx = m->x < l->box.x ? l->box.x : m->x > l->box.x + l->box.w ? l->box.x + l->box.w : m->x;
      int lyy = m->y < l->box.y ? l->box.y : m->y > l->box.y + l->box.h ? l->box.y + l->box.h : m->y;
      gfx_line(g, lx, lyy, m->x, m->y, 1, soft);
    }
    gfx_fill_round_rect(g, (GfxRect){l->box.x - 3, l->box.y, l->box.w + 6, l->box.h}, 3, ui_color(t, UI_C_SURFACE));
    gfx_text(g, GFX_FONT_REGULAR, tag, ui_color(t, UI_C_INK), l->box.x, l->box.y, GFX_ALIGN_LEFT, l->text);
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
