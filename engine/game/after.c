/* after.c — tabs, button row, scroll view and text helpers of the after-event screens
 * (see after.h). Sizes come from the theme so everything reflows with the text size.
 */
#include "game/after.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* ---- Tabs ---- */

int after_tabs_layout(GameApp *app, AfterTabs *tabs, int x, int y) {
  const UiTheme *t = &app->theme;
  int size = ui_size(t, UI_T_BODY);
  int lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, size);
  int h = lh + t->unit * 2;
  int gap = t->unit;
  int avail = GFX_WIDTH - t->margin - x;
  int total = 0, widths[AFTER_TABS_MAX];
  for (int i = 0; i < tabs->count; i++) {
    int w, th;
    gfx_measure(app->gfx, GFX_FONT_BOLD, size, tabs->labels[i], &w, &th);
    widths[i] = w + t->unit * 4;
    total += widths[i] + gap;
  }
  /* Too wide at a large text size: share the row equally (labels are then fitted). */
  if (total > avail && tabs->count > 0) {
    for (int i = 0; i < tabs->count; i++) widths[i] = avail / tabs->count - gap;
  }
  for (int i = 0; i < tabs->count; i++) {
    tabs->rects[i] = (GfxRect){x, y, widths[i], h};
    x += widths[i] + gap;
  }
  return h + t->unit * 2;
}

bool after_tabs_update(AfterTabs *tabs, const GfxInput *in) {
  int before = tabs->active;
  if (tabs->count <= 0) return false;
  if (in->pressed[GFX_ACT_LEFT]) tabs->active = (tabs->active + tabs->count - 1) % tabs->count;
  if (in->pressed[GFX_ACT_RIGHT]) tabs->active = (tabs->active + 1) % tabs->count;
  for (int i = 0; i < tabs->count; i++)
    if (front_clicked(in, tabs->rects[i])) tabs->active = i;
  return tabs->active != before;
}

void after_tabs_draw(GameApp *app, const AfterTabs *tabs) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int size = ui_size(t, UI_T_BODY);
  int lh = gfx_line_height(g, GFX_FONT_BOLD, size);
  for (int i = 0; i < tabs->count; i++) {
    GfxRect r = tabs->rects[i];
    bool on = i == tabs->active;
    gfx_fill_round_rect(g, r, t->radius, ui_color(t, on ? UI_C_ACCENT : UI_C_SURFACE));
    gfx_outline_round_rect(g, r, t->radius, 1, ui_color(t, on ? UI_C_ACCENT : UI_C_LINE));
    char label[96];
    front_fit(app, GFX_FONT_BOLD, UI_T_BODY, tabs->labels[i], r.w - t->unit * 2, label, sizeof label);
    gfx_text(g, GFX_FONT_BOLD, size, ui_color(t, on ? UI_C_ACCENT_INK : UI_C_INK), r.x + r.w / 2,
             r.y + (r.h - lh) / 2, GFX_ALIGN_CENTER, label);
  }
}

/* ---- Buttons ---- */

void after_buttons_init(AfterButtons *b, int count, const char *const *labels) {
  memset(b, 0, sizeof *b);
  b->count = count > AFTER_BUTTONS_MAX ? AFTER_BUTTONS_MAX : count;
  for (int i = 0; i < b->count; i++) b->labels[i] = labels[i];
  b->list = (UiList){.focus = 0, .count = b->count, .numbers = false, .horizontal = false};
}

int after_buttons_layout(GameApp *app, AfterButtons *b) {
  const UiTheme *t = &app->theme;
  int h = front_button_height(app);
  int y = front_footer_top(app) - t->unit * 2 - h;
  int x = GFX_WIDTH - t->margin;
  int size = ui_size(t, UI_T_BODY);
  for (int i = 0; i < b->count; i++) {
    int w, th;
    gfx_measure(app->gfx, GFX_FONT_BOLD, size, b->labels[i], &w, &th);
    w += t->unit * 6;
    if (w < 160) w = 160;
    x -= w;
    b->rects[i] = (GfxRect){x, y, w, h};
    x -= t->unit * 2;
  }
  return y;
}

int after_buttons_update(AfterButtons *b, const GfxInput *in, bool enter) {
  if (b->count <= 0) return -1;
  if (in->pressed[GFX_ACT_NEXT]) b->list.focus = (b->list.focus + b->count - 1) % b->count;
  if (in->pressed[GFX_ACT_PREV]) b->list.focus = (b->list.focus + 1) % b->count;
  if (in->mouse_moved)
    for (int i = 0; i < b->count; i++)
      if (ui_hit(b->rects[i], in->mouse_x, in->mouse_y)) b->list.focus = i;
  for (int i = 0; i < b->count; i++)
    if (front_clicked(in, b->rects[i])) {
      b->list.focus = i;
      return i;
    }
  if (enter && in->pressed[GFX_ACT_CONFIRM]) return b->list.focus;
  return -1;
}

void after_buttons_draw(GameApp *app, const AfterButtons *b, bool show_focus) {
  for (int i = 0; i < b->count; i++)
    ui_button(&app->ui, b->rects[i], b->labels[i], i == 0 ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY,
              show_focus && i == b->list.focus, false);
}

/* ---- Scroll view ---- */

void after_view_update(GameApp *app, AfterView *v, const GfxInput *in, bool keys) {
  v->scroll.view_h = v->rect.h;
  if (keys) {
    int step = gfx_line_height(app->gfx, GFX_FONT_REGULAR, ui_size(&app->theme, UI_T_BODY)) * 3;
    if (in->pressed[GFX_ACT_DOWN]) v->scroll.target += (float)step;
    if (in->pressed[GFX_ACT_UP]) v->scroll.target -= (float)step;
  }
  front_scroll_update(&v->scroll, in, v->rect, &app->theme);
}

int after_view_begin(GameApp *app, AfterView *v) {
  gfx_set_clip(app->gfx, &v->rect);
  return v->rect.y - (int)v->scroll.offset;
}

void after_view_end(GameApp *app, AfterView *v, int content_h) {
  gfx_set_clip(app->gfx, NULL);
  v->scroll.content_h = content_h;
  v->scroll.view_h = v->rect.h;
  front_scroll_bar(app, &v->scroll, v->rect);
}

/* ---- Text ---- */

GameLook after_look(const SimPerson *p) {
  return game_look_from_seed(p->look ? p->look : game_seed_from_text(p->id ? p->id : "?"));
}

const char *after_name(const SimPerson *p) { return p && p->name ? p->name : "Someone"; }

static bool starts_word(const char *s, const char *w) {
  size_t n = strlen(w);
  return strncmp(s, w, n) == 0 && (s[n] == ' ' || s[n] == '\0');
}

void after_fact_to_you(const char *fact, char *out, size_t outlen) {
  static const struct { const char *from, *to; } lead[] = {
    {"is", "you're"}, {"was", "you were"}, {"says", "you said"}, {"has", "you have"},
    {"needs", "you need"}, {"wants", "you want"}, {"hopes", "you hope"},
  };
  if (!outlen) return;
  out[0] = '\0';
  if (!fact) return;
  const char *rest = fact;
  const char *prefix = "you";
  for (size_t i = 0; i < sizeof lead / sizeof lead[0]; i++)
    if (starts_word(fact, lead[i].from)) {
      prefix = lead[i].to;
      rest = fact + strlen(lead[i].from);
      break;
    }
  char buf[512];
  snprintf(buf, sizeof buf, "%s%s%s", prefix, *rest == ' ' || !*rest ? "" : " ", rest);
  /* Their pronouns become "your"/"you"; a verb after "and" loses its third-person s. */
  size_t o = 0;
  for (const char *p = buf; *p && o + 1 < outlen;) {
    static const struct { const char *from, *to; } words[] = {
      {" his ", " your "}, {" her ", " your "}, {" he ", " you "}, {" she ", " you "},
      {" him ", " you "}, {" himself", " yourself"}, {" herself", " yourself"},
      {" and is ", " and are "}, {" and has ", " and have "},
    };
    bool done = false;
    for (size_t i = 0; i < sizeof words / sizeof words[0] && !done; i++) {
      size_t n = strlen(words[i].from);
      if (strncmp(p, words[i].from, n) == 0) {
        size_t m = strlen(words[i].to);
        if (o + m >= outlen) m = outlen - 1 - o;
        memcpy(out + o, words[i].to, m);
        o += m;
        p += n;
        if (words[i].to[m - 1] == ' ') { /* keep scanning from the shared space */
          p--;
          o--;
        }
        done = true;
      }
    }
    if (done) continue;
    if (strncmp(p, " and ", 5) == 0) {
      /* "and needs volunteers" -> "and need volunteers" */
      const char *w = p + 5;
      size_t len = 0;
      while (isalpha((unsigned char)w[len])) len++;
      if (len >= 4 && w[len - 1] == 's' && w[len - 2] != 's' && strncmp(w, "this", 4) != 0) {
        size_t cut = len - 1;
        if (len >= 5 && strncmp(w + len - 3, "ies", 3) == 0) cut = len; /* leave "tries" */
        int k = snprintf(out + o, outlen - o, " and %.*s", (int)cut, w);
        if (k < 0 || (size_t)k >= outlen - o) break;
        o += (size_t)k;
        p = w + len;
        continue;
      }
    }
    out[o++] = *p++;
  }
  out[o] = '\0';
}

void after_days_words(int days, char *out, size_t outlen) {
  static const char *const small[] = {"zero", "one", "two", "three", "four", "five", "six"};
  if (days <= 0) snprintf(out, outlen, "today");
  else if (days == 1) snprintf(out, outlen, "a day");
  else if (days < 7) snprintf(out, outlen, "%d days", days);
  else if (days < 14) snprintf(out, outlen, "a week");
  else if (days < 30) snprintf(out, outlen, "%s weeks", small[days / 7]);
  else if (days < 60) snprintf(out, outlen, "a month");
  else snprintf(out, outlen, "%d months", days / 30);
}

/* Does `s` (n bytes) end with a word naming a kind of event? */
static bool names_event(const char *s, size_t n) {
  static const char *const KINDS[] = {"Fair",  "Evening", "Meetup",  "Mixer", "Night",
                                      "Party", "Dinner",  "Reception", "Conference", "Event"};
  for (size_t k = 0; k < sizeof KINDS / sizeof KINDS[0]; k++) {
    size_t kl = strlen(KINDS[k]);
    if (n >= kl && strncmp(s + n - kl, KINDS[k], kl) == 0 && (n == kl || s[n - kl - 1] == ' ')) return true;
  }
  return false;
}

void after_event_phrase(const char *title, char *out, size_t outlen) {
  if (!out || outlen == 0) return;
  if (!title || !title[0]) {
    snprintf(out, outlen, "the event");
    return;
  }
  /* Of the parts between ": ", the last one that names a kind of event; else the whole. */
  const char *name = title;
  size_t len = strlen(title);
  for (const char *part = title; part;) {
    const char *colon = strstr(part, ": ");
    size_t n = colon ? (size_t)(colon - part) : strlen(part);
    if (names_event(part, n)) {
      name = part;
      len = n;
    }
    part = colon ? colon + 2 : NULL;
  }
  bool has_the = len >= 4 && strncmp(name, "The ", 4) == 0;
  snprintf(out, outlen, "%s%.*s", has_the ? "" : "the ", (int)len, name);
}

const char *after_tier_label(int tier) {
  static const char *const labels[] = {"Stranger", "Met", "Acquainted", "Rapport", "Trust", "Ally"};
  if (tier < 0) tier = 0;
  if (tier > 5) tier = 5;
  return labels[tier];
}

int after_text_h(GameApp *app, GfxFont font, UiType type, int width, const char *text) {
  return front_text_height(app, font, type, width, text);
}
