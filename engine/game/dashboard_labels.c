/* dashboard_labels.c — where the dashboard chart's words go. Marks (dots, counted dots, the
 * bots' diamonds) stay where the data puts them, except that a counted dot under a bot's
 * diamond steps aside so its count stays readable; then the bots' names are placed (beside
 * their diamond if there is room, else at the nearest free spot with a leader line), then
 * each lone student's number beside its dot, or not at all (the table has every figure).
 * No label overprints another, a count, a diamond or an axis word: at any text size and
 * class size. Run once per class view and layout (the chart caches it), not per frame.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/dashboard_internal.h"
#include "i18n/i18n.h"

/* On the chart the bots go by their strategy alone (the legend says a diamond is a bot):
 * short names fit beside a diamond at 140% text. */
static const char *const CHART_NAME[BOTS] = {TR_NOOP("dashboard.chart_connector", "Connector"),
                                             TR_NOOP("dashboard.chart_random", "Random"),
                                             TR_NOOP("dashboard.chart_collector", "Collector")};

static bool overlap(GfxRect a, GfxRect b, int gap) {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

static GfxRect mark_box(const ChartMark *m) { return (GfxRect){m->x - m->r, m->y - m->r, 2 * m->r + 1, 2 * m->r + 1}; }

static bool inside(GfxRect box, GfxRect area) {
  return box.x >= area.x && box.y >= area.y && box.x + box.w <= area.x + area.w && box.y + box.h <= area.y + area.h;
}

typedef struct Placer {
  const DashScene *s;
  GfxRect area;
  const GfxRect *words;
  int word_count;
} Placer;

/* Free: inside the area, clear of the axis words, the labels placed, the counted dots and
 * the diamonds, and (unless `soft_ok`) of lone dots other than `own`. */
static bool free_at(const Placer *p, GfxRect box, int own, bool soft_ok) {
  if (!inside(box, p->area)) return false;
  for (int i = 0; i < p->word_count; i++)
    if (overlap(box, p->words[i], 2)) return false;
  for (int i = 0; i < p->s->label_count; i++)
    if (overlap(box, p->s->labels[i].box, 2)) return false;
  for (int i = 0; i < p->s->mark_count; i++) {
    const ChartMark *m = &p->s->marks[i];
    if (i == own && !m->bot) continue;
    if (m->count == 1 && !m->bot && soft_ok) continue;
    if (overlap(box, mark_box(m), 1)) return false;
  }
  return true;
}

static void add_label(DashScene *s, GfxRect box, int mark, bool bot, bool leader, const char *text) {
  ChartLabel *l = &s->labels[s->label_count++];
  *l = (ChartLabel){.box = box, .mark = mark, .bot = bot, .leader = leader};
  snprintf(l->text, sizeof l->text, "%s", text);
}

/* A bot's name: beside the diamond, else the nearest free spot (first clear of every dot,
 * then clear of the words and counted dots only), on a grid over the whole chart area. */
static void place_bot(DashScene *s, const Placer *p, int m, int bw, int lh, int unit) {
  const ChartMark *k = &s->marks[m];
  const char *text = i18n_text_static(CHART_NAME[k->bot_index]);
  const GfxRect near[] = {
    {k->x + 14, k->y - lh - 2, bw, lh}, {k->x - 14 - bw, k->y - lh - 2, bw, lh},
    {k->x + 14, k->y + 2, bw, lh},      {k->x - 14 - bw, k->y + 2, bw, lh},
    {k->x + 14, k->y - lh / 2, bw, lh}, {k->x - 14 - bw, k->y - lh / 2, bw, lh},
    {k->x - bw / 2, k->y - 12 - lh, bw, lh}, {k->x - bw / 2, k->y + 12, bw, lh},
  };
  /* Beside the diamond clear of every dot; else nearby (a leader line); else beside it over
   * lone dots; else anywhere clear of words and counts. */
  int step = unit > 1 ? unit : 1;
  long nearby = (long)(lh * 5) * (lh * 5);
  for (int round = 0; round < 4; round++) {
    bool soft = round >= 2;
    if (round == 0 || round == 2) {
      for (size_t i = 0; i < sizeof near / sizeof near[0]; i++)
        if (free_at(p, near[i], m, soft)) {
          add_label(s, near[i], m, true, false, text);
          return;
        }
      continue;
    }
    long best = -1;
    GfxRect at = {0};
    for (int y = p->area.y; y + lh <= p->area.y + p->area.h; y += step)
      for (int x = p->area.x; x + bw <= p->area.x + p->area.w; x += step) {
        GfxRect box = {x, y, bw, lh};
        long dx = x + bw / 2 - k->x, dy = y + lh / 2 - k->y, d = dx * dx + dy * dy * 4;
        if (round == 1 && d > nearby) continue;
        if ((best < 0 || d < best) && free_at(p, box, m, round == 3)) best = d, at = box;
      }
    if (best >= 0) {
      add_label(s, at, m, true, true, text);
      return;
    }
  }
  /* No room anywhere (a chart too small to read): the legend and the table name the bots. */
}

void game_dash_place_labels(DashScene *s, GameApp *app, GfxRect area, const GfxRect *words, int word_count) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int tag = ui_size(t, UI_T_TAG);
  free(s->labels);
  s->label_count = 0;
  s->labels = s->mark_count > 0 ? calloc((size_t)s->mark_count, sizeof *s->labels) : NULL;
  if (!s->labels) return;
  Placer p = {s, area, words, word_count};
  int lh = gfx_line_height(g, GFX_FONT_REGULAR, tag);
  for (int m = 0; m < s->mark_count; m++) {
    if (!s->marks[m].bot) continue;
    int bw = 0, bh = 0;
    gfx_measure(g, GFX_FONT_REGULAR, tag, i18n_text_static(CHART_NAME[s->marks[m].bot_index]), &bw, &bh);
    place_bot(s, &p, m, bw, lh, t->unit);
  }
  /* Lone students' numbers: left of the dot (as the chart always did), else right, above,
   * below; where none is free, no number (never an overprint). */
  for (int m = 0; m < s->mark_count; m++) {
    const ChartMark *k = &s->marks[m];
    if (k->bot || k->count != 1) continue;
    char num[16];
    snprintf(num, sizeof num, "%d", k->number);
    int nw = 0, nh = 0;
    gfx_measure(g, GFX_FONT_BOLD, tag, num, &nw, &nh);
    const GfxRect at[] = {{k->x - k->r - 3 - nw, k->y - nh / 2, nw, nh}, {k->x + k->r + 3, k->y - nh / 2, nw, nh},
                          {k->x - nw / 2, k->y - k->r - 1 - nh, nw, nh}, {k->x - nw / 2, k->y + k->r + 1, nw, nh}};
    for (size_t i = 0; i < sizeof at / sizeof at[0]; i++)
      if (free_at(&p, at[i], m, false)) {
        add_label(s, at[i], m, false, false, num);
        break;
      }
  }
}

/* Does the circle at (cx, cy) of radius r touch the rectangle? */
static bool circle_hits(int cx, int cy, int r, GfxRect b) {
  int nx = cx < b.x ? b.x : cx > b.x + b.w ? b.x + b.w : cx;
  int ny = cy < b.y ? b.y : cy > b.y + b.h ? b.y + b.h : cy;
  long dx = cx - nx, dy = cy - ny;
  return dx * dx + dy * dy < (long)r * r;
}

enum { HALO = 11 }; /* a diamond's halo, as drawn */

bool game_dash_count_clear(const DashScene *s, int i) {
  const ChartMark *a = &s->marks[i];
  for (int j = 0; j < s->mark_count; j++) {
    const ChartMark *b = &s->marks[j];
    if (j == i) continue;
    if (b->bot && circle_hits(b->x, b->y, HALO, a->text)) return false;
    if (!b->bot && b->count > 1 && (circle_hits(b->x, b->y, b->r, a->text) || circle_hits(a->x, a->y, a->r, b->text)))
      return false;
  }
  for (int j = 0; j < s->chart_word_count; j++)
    if (circle_hits(a->x, a->y, a->r, s->chart_words[j])) return false;
  return true;
}

bool game_dash_chart_words_clear(const DashScene *s, char *why, size_t whylen) {
  /* Every word: the labels, the counts (their dots), the axis words; and the diamonds,
   * which must not cover any of them. */
  for (int i = 0; i < s->label_count; i++) {
    const ChartLabel *a = &s->labels[i];
    for (int j = i + 1; j < s->label_count; j++)
      if (overlap(a->box, s->labels[j].box, 0)) {
        snprintf(why, whylen, "label \"%s\" overlaps label \"%s\"", a->text, s->labels[j].text); /* i18n-exempt: a test's diagnostic */
        return false;
      }
    for (int j = 0; j < s->chart_word_count; j++)
      if (overlap(a->box, s->chart_words[j], 0)) {
        snprintf(why, whylen, "label \"%s\" overlaps axis word %d", a->text, j); /* i18n-exempt: a test's diagnostic */
        return false;
      }
    for (int j = 0; j < s->mark_count; j++) {
      const ChartMark *m = &s->marks[j];
      if ((m->bot || m->count > 1) && overlap(a->box, mark_box(m), 0)) {
        snprintf(why, whylen, "label \"%s\" overlaps %s at %d,%d", a->text, m->bot ? "a bot's diamond" : "a counted dot", m->x, m->y); /* i18n-exempt: a test's diagnostic */
        return false;
      }
    }
  }
  for (int i = 0; i < s->mark_count; i++)
    if (s->marks[i].count > 1 && !s->marks[i].bot && !game_dash_count_clear(s, i)) {
      snprintf(why, whylen, "the count %d at %d,%d is covered (a diamond, another dot or an axis word)", /* i18n-exempt: a test's diagnostic */
               s->marks[i].count, s->marks[i].x, s->marks[i].y);
      return false;
    }
  for (int i = 0; i < s->chart_word_count; i++)
    for (int j = i + 1; j < s->chart_word_count; j++)
      if (overlap(s->chart_words[i], s->chart_words[j], 0)) {
        snprintf(why, whylen, "axis words %d and %d overlap", i, j); /* i18n-exempt: a test's diagnostic */
        return false;
      }
  if (why && whylen) why[0] = '\0';
  return true;
}
