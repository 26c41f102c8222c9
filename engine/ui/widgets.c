/* widgets.c — panels, buttons, lists, text field, meters and charts (see widgets.h). */
#include "ui/widgets.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "gfx/text_layout.h"

bool ui_hit(GfxRect r, int x, int y) { return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h; }

void ui_panel(UiCtx *ui, GfxRect r, UiColor fill) {
  const UiTheme *t = ui->theme;
  gfx_fill_round_rect(ui->gfx, (GfxRect){r.x + 2, r.y + 4, r.w, r.h}, t->radius, ui_color_a(t, UI_C_SHADOW, 28));
  gfx_fill_round_rect(ui->gfx, r, t->radius, ui_color(t, fill));
  if (t->high_contrast) gfx_outline_round_rect(ui->gfx, r, t->radius, 1, ui_color(t, UI_C_LINE));
}

void ui_focus_ring(UiCtx *ui, GfxRect r) {
  const UiTheme *t = ui->theme;
  int f = t->focus + 1;
  gfx_outline_round_rect(ui->gfx, (GfxRect){r.x - f - 1, r.y - f - 1, r.w + 2 * f + 2, r.h + 2 * f + 2},
                         t->radius + f, t->focus, ui_color(t, t->high_contrast ? UI_C_ACCENT : UI_C_WARM));
}

void ui_button(UiCtx *ui, GfxRect r, const char *label, UiButtonStyle style, bool focused, bool hovered) {
  const UiTheme *t = ui->theme;
  UiColor fill = style == UI_BUTTON_PRIMARY ? UI_C_ACCENT : style == UI_BUTTON_SECONDARY ? UI_C_SURFACE : UI_C_SURFACE_ALT;
  UiColor ink = style == UI_BUTTON_PRIMARY ? UI_C_ACCENT_INK : UI_C_INK;
  if (focused || hovered) {
    if (style != UI_BUTTON_PRIMARY) fill = UI_C_SURFACE;
  }
  gfx_fill_round_rect(ui->gfx, (GfxRect){r.x, r.y + 3, r.w, r.h}, t->radius, ui_color_a(t, UI_C_SHADOW, 30));
  gfx_fill_round_rect(ui->gfx, r, t->radius, ui_color(t, fill));
  if (style != UI_BUTTON_PRIMARY || t->high_contrast)
    gfx_outline_round_rect(ui->gfx, r, t->radius, focused ? 2 : 1, ui_color(t, focused ? UI_C_ACCENT : UI_C_LINE));
  if (hovered && !focused) gfx_fill_round_rect(ui->gfx, r, t->radius, ui_color_a(t, UI_C_ACCENT, 24));
  int size = ui_size(t, UI_T_BODY);
  int lh = gfx_line_height(ui->gfx, GFX_FONT_BOLD, size);
  gfx_text(ui->gfx, GFX_FONT_BOLD, size, ui_color(t, ink), r.x + r.w / 2, r.y + (r.h - lh) / 2,
           GFX_ALIGN_CENTER, label);
  if (focused) {
    ui_focus_ring(ui, r);
    ui_announce_focus(ui, label, UI_KIND_BUTTON, NULL);
  }
}

int ui_list_update(UiList *l, const GfxInput *in, const GfxRect *rects) {
  if (l->count <= 0) return -1;
  if (l->focus < 0) l->focus = 0;
  if (l->focus >= l->count) l->focus = l->count - 1;
  GfxAction back = l->horizontal ? GFX_ACT_LEFT : GFX_ACT_UP;
  GfxAction fwd = l->horizontal ? GFX_ACT_RIGHT : GFX_ACT_DOWN;
  if (in->pressed[back] || in->pressed[GFX_ACT_PREV]) l->focus = (l->focus + l->count - 1) % l->count;
  if (in->pressed[fwd] || in->pressed[GFX_ACT_NEXT]) l->focus = (l->focus + 1) % l->count;
  if (rects && in->mouse_moved) {
    for (int i = 0; i < l->count; i++)
      if (ui_hit(rects[i], in->mouse_x, in->mouse_y)) l->focus = i;
  }
  if (rects && in->clicked) {
    for (int i = 0; i < l->count; i++)
      if (ui_hit(rects[i], in->click_x, in->click_y)) {
        l->focus = i;
        return i;
      }
  }
  if (l->numbers && in->number >= 1 && in->number <= l->count) {
    l->focus = in->number - 1;
    return l->focus;
  }
  if (in->pressed[GFX_ACT_CONFIRM]) return l->focus;
  return -1;
}

static int utf8_chars(const char *s) {
  int n = 0;
  for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

bool ui_text_field_update(UiTextField *f, const GfxInput *in) {
  bool changed = false;
  int max = f->max_chars > 0 ? f->max_chars : 40;
  /* A paste (Ctrl+V) is typed in one go, as far as the box has room. */
  char pasted[sizeof f->text * 4];
  pasted[0] = '\0';
  if (in->pressed[GFX_ACT_PASTE]) gfx_clipboard_read(pasted, sizeof pasted, false);
  for (int k = 0; k < 2; k++) {
    const char *typed = k == 0 ? in->text : pasted;
    if (!typed[0]) continue;
    char clean[GFX_TEXT_MAX * 2];
    gfx_utf8_sanitize(typed, clean, sizeof clean);
    for (const char *p = clean; *p;) {
      int len = gfx_utf8_char_len(p);
      if (len == 0) len = 1;
      size_t have = strlen(f->text);
      bool control = (unsigned char)*p < 0x20;
      if (!control && utf8_chars(f->text) < max && have + (size_t)len < sizeof f->text) {
        memcpy(f->text + have, p, (size_t)len);
        f->text[have + (size_t)len] = '\0';
        changed = true;
      }
      p += len;
    }
  }
  if (in->pressed[GFX_ACT_ERASE]) {
    size_t n = strlen(f->text);
    while (n > 0 && ((unsigned char)f->text[n - 1] & 0xC0) == 0x80) n--; /* continuation bytes */
    if (n > 0) n--;
    if (n != strlen(f->text)) changed = true;
    f->text[n] = '\0';
  }
  return changed;
}

void ui_text_field_draw(UiCtx *ui, GfxRect r, const UiTextField *f, const char *placeholder, bool focused) {
  const UiTheme *t = ui->theme;
  gfx_fill_round_rect(ui->gfx, r, t->radius / 2, ui_color(t, UI_C_SURFACE));
  gfx_outline_round_rect(ui->gfx, r, t->radius / 2, focused ? 2 : 1, ui_color(t, focused ? UI_C_ACCENT : UI_C_LINE));
  int size = ui_size(t, UI_T_BODY);
  int lh = gfx_line_height(ui->gfx, GFX_FONT_REGULAR, size);
  int y = r.y + (r.h - lh) / 2;
  int w = 0;
  if (f->text[0]) {
    /* Longer than the box (a pasted or long name): its end shows, after an ellipsis. */
    const char *shown = f->text;
    char tail[sizeof f->text + 4];
    int tw = 0, th = 0;
    gfx_measure(ui->gfx, GFX_FONT_REGULAR, size, shown, &tw, &th);
    for (const char *p = f->text; tw > r.w - 32 && *p;) {
      p += gfx_utf8_char_len(p) > 0 ? gfx_utf8_char_len(p) : 1;
      snprintf(tail, sizeof tail, "\u2026%s", p);
      shown = tail;
      gfx_measure(ui->gfx, GFX_FONT_REGULAR, size, shown, &tw, &th);
    }
    w = gfx_text(ui->gfx, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK), r.x + 14, y, GFX_ALIGN_LEFT, shown);
  }
  else if (placeholder) gfx_text(ui->gfx, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK_SOFT), r.x + 14, y, GFX_ALIGN_LEFT, placeholder);
  if (focused && (t->reduced_motion || fmod(ui->time, 1.0) < 0.6))
    gfx_fill_rect(ui->gfx, (GfxRect){r.x + 15 + w, y + 2, 2, lh - 4}, ui_color(t, UI_C_ACCENT));
  if (focused) {
    ui_focus_ring(ui, r);
    ui_announce_focus(ui, placeholder, UI_KIND_TEXT_FIELD, f->text[0] ? f->text : "empty");
  }
}

void ui_meter(UiCtx *ui, GfxRect r, float fraction, UiColor fill) {
  const UiTheme *t = ui->theme;
  if (fraction < 0) fraction = 0;
  if (fraction > 1) fraction = 1;
  gfx_fill_round_rect(ui->gfx, r, r.h / 2, ui_color(t, UI_C_SURFACE_ALT));
  int w = (int)((float)r.w * fraction);
  if (w > 0) gfx_fill_round_rect(ui->gfx, (GfxRect){r.x, r.y, w < r.h ? r.h : w, r.h}, r.h / 2, ui_color(t, fill));
  if (t->high_contrast) gfx_outline_round_rect(ui->gfx, r, r.h / 2, 1, ui_color(t, UI_C_LINE));
}

void ui_bar_chart(UiCtx *ui, GfxRect r, const UiBar *bars, int count, float max_value) {
  const UiTheme *t = ui->theme;
  if (count <= 0) return;
  if (max_value <= 0) max_value = 1;
  int small = ui_size(t, UI_T_SMALL);
  int lh = gfx_line_height(ui->gfx, GFX_FONT_REGULAR, small);
  int label_h = lh * 2 + 6;
  int plot_h = r.h - label_h - lh;
  int slot = r.w / count;
  int bw = slot * 5 / 10;
  gfx_fill_rect(ui->gfx, (GfxRect){r.x, r.y + lh + plot_h, r.w, 2}, ui_color(t, UI_C_LINE));
  for (int i = 0; i < count; i++) {
    float v = bars[i].value < 0 ? 0 : bars[i].value;
    int h = (int)((float)plot_h * (v > max_value ? 1.0f : v / max_value));
    int x = r.x + i * slot + (slot - bw) / 2;
    int base = r.y + lh + plot_h;
    if (h > 0) gfx_fill_round_rect(ui->gfx, (GfxRect){x, base - h, bw, h}, 6, ui_color(t, bars[i].color));
    char value[32];
    snprintf(value, sizeof value, "%g", (double)bars[i].value);
    gfx_text(ui->gfx, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK), x + bw / 2, base - h - lh - 2, GFX_ALIGN_CENTER, value);
    gfx_text_wrapped(ui->gfx, GFX_FONT_REGULAR, small, ui_color(t, UI_C_INK_SOFT),
                     (GfxRect){r.x + i * slot + 4, base + 6, slot - 8, label_h}, GFX_ALIGN_CENTER, bars[i].label, true);
  }
}

void ui_line_chart(UiCtx *ui, GfxRect r, const UiSeries *series, int n, float max_value) {
  const UiTheme *t = ui->theme;
  int small = ui_size(t, UI_T_SMALL);
  int lh = gfx_line_height(ui->gfx, GFX_FONT_REGULAR, small);
  if (max_value <= 0) max_value = 1;
  GfxRect plot = {r.x + 8, r.y + lh + 8, r.w - 16, r.h - 2 * lh - 16};
  gfx_fill_rect(ui->gfx, (GfxRect){plot.x, plot.y + plot.h, plot.w, 2}, ui_color(t, UI_C_LINE));
  for (int k = 1; k <= 3; k++)
    gfx_fill_rect(ui->gfx, (GfxRect){plot.x, plot.y + plot.h - plot.h * k / 4, plot.w, 1}, ui_color_a(t, UI_C_LINE, 120));
  int legend_x = r.x + 8;
  for (int s = 0; s < n; s++) {
    GfxColor c = ui_color(t, series[s].color);
    gfx_fill_round_rect(ui->gfx, (GfxRect){legend_x, r.y + lh / 2 - 4, 16, 8}, 4, c);
    legend_x += 24 + gfx_text(ui->gfx, GFX_FONT_REGULAR, small, ui_color(t, UI_C_INK_SOFT), legend_x + 22, r.y, GFX_ALIGN_LEFT, series[s].label);
    legend_x += 16;
    int count = series[s].count > 64 ? 64 : series[s].count;
    int px = 0, py = 0;
    for (int i = 0; i < count; i++) {
      float v = series[s].values[i];
      if (v < 0) v = 0;
      if (v > max_value) v = max_value;
      int x = count == 1 ? plot.x + plot.w / 2 : plot.x + plot.w * i / (count - 1);
      int y = plot.y + plot.h - (int)((float)plot.h * v / max_value);
      if (i > 0) gfx_line(ui->gfx, px, py, x, y, 3, c);
      gfx_fill_circle(ui->gfx, x, y, 5, c);
      px = x;
      py = y;
    }
  }
}

int ui_page_header(UiCtx *ui, const char *title, const char *subtitle) {
  const UiTheme *t = ui->theme;
  int hs = ui_size(t, UI_T_HEADING);
  int y = t->margin - 8;
  gfx_text(ui->gfx, GFX_FONT_BOLD, hs, ui_color(t, UI_C_INK), t->margin, y, GFX_ALIGN_LEFT, title);
  y += gfx_line_height(ui->gfx, GFX_FONT_BOLD, hs);
  if (subtitle && *subtitle) {
    int bs = ui_size(t, UI_T_BODY);
    y += gfx_text_wrapped(ui->gfx, GFX_FONT_REGULAR, bs, ui_color(t, UI_C_INK_SOFT),
                          (GfxRect){t->margin, y, GFX_WIDTH - 2 * t->margin, 200}, GFX_ALIGN_LEFT, subtitle, true);
  }
  return y + t->unit * 2;
}

void ui_footer_hint(UiCtx *ui, const char *hint) {
  const UiTheme *t = ui->theme;
  int s = ui_size(t, UI_T_SMALL);
  int lh = gfx_line_height(ui->gfx, GFX_FONT_REGULAR, s);
  gfx_fill_rect(ui->gfx, (GfxRect){0, GFX_HEIGHT - lh - 20, GFX_WIDTH, lh + 20}, ui_color(t, UI_C_SURFACE_ALT));
  gfx_text(ui->gfx, GFX_FONT_REGULAR, s, ui_color(t, UI_C_INK_SOFT), GFX_WIDTH / 2, GFX_HEIGHT - lh - 10,
           GFX_ALIGN_CENTER, hint);
}

float ui_tween(const UiTheme *t, float current, float target, float rate) {
  if (t->reduced_motion) return target;
  float next = current + (target - current) * rate;
  return fabsf(next - target) < 0.01f ? target : next;
}
