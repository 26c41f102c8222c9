/* own_words.c — the own-words box (game/practice.h): a multi-line text box the learner
 * types a line into, judged on every change by the checklist (engine/sim/checklist.c, rules
 * from scripts/lib/checklist.lua), and the findings drawn as words with marks, never as a
 * colour or a grade alone. Depends on the ui kit, gfx text layout, script and sim.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/practice.h"
#include "gfx/text_layout.h"
#include "i18n/i18n.h"

bool game_own_words_init(GameOwnWords *w) {
  memset(w, 0, sizeof *w);
  w->rules = calloc(1, sizeof *w->rules);
  char path[1200];
  if (!w->rules) {
    snprintf(w->error, sizeof w->error, TR("own_words.out_of_memory", "out of memory"));
    return false;
  }
  if (scr_checklist_path(path, sizeof path) != 0 || !scr_load_checklist(path, w->rules, w->error, sizeof w->error)) {
    free(w->rules);
    w->rules = NULL;
    return false;
  }
  scr_checklist_translate(w->rules, i18n_current());
  w->ready = true;
  sim_check_text(w->rules, SIM_CHECK_OPENER, "", NULL, NULL, 0, &w->result);
  return true;
}

void game_own_words_free(GameOwnWords *w) {
  if (!w) return;
  free(w->rules);
  w->rules = NULL;
  w->ready = false;
}

static int chars(const char *s) {
  int n = 0;
  for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

bool game_own_words_update(GameOwnWords *w, const GfxInput *in, SimCheckContext context, const char *name,
                           const char *const *facts, int fact_count, bool force) {
  bool changed = false;
  if (w->typing && in) {
    if (in->text[0]) {
      char clean[GFX_TEXT_MAX * 2];
      gfx_utf8_sanitize(in->text, clean, sizeof clean);
      int have_chars = chars(w->text);
      size_t have = strlen(w->text);
      for (const char *p = clean; *p;) {
        int len = gfx_utf8_char_len(p);
        if (len <= 0) len = 1;
        if ((unsigned char)*p >= 0x20 && have_chars < GAME_OWN_WORDS_CHARS && have + (size_t)len < sizeof w->text) {
          memcpy(w->text + have, p, (size_t)len);
          have += (size_t)len;
          w->text[have] = '\0';
          have_chars++;
          changed = true;
        }
        p += len;
      }
    }
    if (in->pressed[GFX_ACT_ERASE] && w->text[0]) {
      size_t n = strlen(w->text);
      while (n > 0 && ((unsigned char)w->text[n - 1] & 0xC0) == 0x80) n--;
      if (n > 0) n--;
      w->text[n] = '\0';
      changed = true;
    }
  }
  if ((changed || force) && w->ready) sim_check_text(w->rules, context, w->text, name, facts, fact_count, &w->result);
  return changed;
}

static GfxRect intersect(GfxRect a, GfxRect b) {
  int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
  int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w, y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
  return (GfxRect){x0, y0, x1 > x0 ? x1 - x0 : 0, y1 > y0 ? y1 - y0 : 0};
}

void game_own_words_draw_box(GameApp *app, GfxRect r, const GameOwnWords *w, const char *placeholder,
                             const GfxRect *view) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  GfxRect inside = view ? intersect(r, *view) : r;
  if (inside.w == 0 || inside.h == 0) return; /* scrolled out of its view */
  if (view) gfx_set_clip(g, view);
  gfx_fill_round_rect(g, r, t->radius, ui_color(t, UI_C_SURFACE));
  gfx_outline_round_rect(g, r, t->radius, w->typing ? 2 : 1, ui_color(t, w->typing ? UI_C_ACCENT : UI_C_LINE));
  int pad = t->unit * 2;
  GfxRect inner = {r.x + pad, r.y + pad, r.w - 2 * pad, r.h - 2 * pad};
  int size = ui_size(t, UI_T_BODY);
  int lh = gfx_line_height(g, GFX_FONT_REGULAR, size);
  gfx_set_clip(g, &inside);
  if (w->text[0]) {
    /* The end of the text (where you type) stays in view. */
    char *shown = malloc(sizeof w->text + 4);
    if (shown) {
      snprintf(shown, sizeof w->text + 4, "%s%s", w->text, w->typing ? "|" : "");
      int h = gfx_text_wrapped(g, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK), (GfxRect){0, 0, inner.w, 100000},
                               GFX_ALIGN_LEFT, shown, false);
      int y = inner.y;
      if (h > inner.h) y -= h - inner.h;
      gfx_text_wrapped(g, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK), (GfxRect){inner.x, y, inner.w, 100000},
                       GFX_ALIGN_LEFT, shown, true);
      free(shown);
    }
  } else {
    gfx_text_wrapped(g, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK_SOFT),
                     (GfxRect){inner.x + 8, inner.y, inner.w - 8, inner.h}, GFX_ALIGN_LEFT, placeholder, true);
    if (w->typing && (t->reduced_motion || fmod(app->ui.time, 1.0) < 0.6))
      gfx_fill_rect(g, (GfxRect){inner.x, inner.y + 2, 2, lh - 4}, ui_color(t, UI_C_ACCENT));
  }
  gfx_set_clip(g, view);
  if (w->typing) ui_focus_ring(&app->ui, r);
}

static int line(GameApp *app, GfxFont f, UiType type, UiColor c, int x, int y, int width, const char *s, bool draw) {
  return draw ? ui_text(&app->ui, f, type, c, x, y, width, s) : ui_text_height(&app->ui, f, type, width, s);
}

int game_own_words_checklist(GameApp *app, const GameOwnWords *w, int x, int y, int width, bool draw) {
  const UiTheme *t = &app->theme;
  int top = y;
  if (!w->ready) {
    char msg[400];
    snprintf(msg, sizeof msg, TR("own_words.the_checklist_could_not_be", "The checklist could not be loaded: %s"), w->error);
    return line(app, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, x, y, width, msg, draw);
  }
  const SimCheckResult *r = &w->result;
  const SimCheckRules *rules = w->rules;
  if (r->empty || r->keyword_list) {
    y += line(app, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, x, y, width, r->empty ? rules->empty_note : rules->list_note,
              draw) + t->unit;
  }
  char summary[96];
  snprintf(summary, sizeof summary, TR("own_words.of_found", "%d of %d found"), r->found, r->count);
  y += line(app, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK_SOFT, x, y, width, summary, draw) + t->unit / 2;
  for (int k = 0; k < r->count; k++) {
    const char *label = rules->label[r->items[k].item];
    char head[300], body[400];
    bool found = r->items[k].found;
    snprintf(head, sizeof head, "%s %s  %s", found ? "\u2713" : "\u2013", found ? TR("own_words.found", "Found") : TR("own_words.not_yet", "Not yet"), label);
    if (found && r->items[k].evidence[0]) snprintf(body, sizeof body, "\u201c%s\u201d", r->items[k].evidence);
    else if (found) body[0] = '\0';
    else if (r->items[k].item == SIM_CHECK_NO_EARLY_ASK && r->items[k].evidence[0])
      snprintf(body, sizeof body, TR("own_words.you_asked_first", "You asked \u201c%s\u201d first. %s"), r->items[k].evidence, rules->missing[r->items[k].item]);
    else snprintf(body, sizeof body, "%s", r->empty || r->keyword_list ? "" : rules->missing[r->items[k].item]);
    y += line(app, GFX_FONT_BOLD, UI_T_BODY, found ? UI_C_GOOD : UI_C_INK, x, y, width, head, draw);
    if (body[0]) y += line(app, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, x + t->unit * 3, y, width - t->unit * 3, body, draw);
    y += t->unit;
  }
  if (r->truncated)
    y += line(app, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, x, y, width,
              TR("own_words.only_the_first_2_000", "Only the first 2,000 characters are read: a line you'd say is much shorter."), draw);
  return y - top;
}
