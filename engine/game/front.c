/* front.c — layout helpers of the front screens (see front.h). */
#include "game/front.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

int front_header_bottom(GameApp *app, const char *subtitle) {
  const UiTheme *t = &app->theme;
  int y = t->margin - 8 + gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_HEADING));
  if (subtitle && *subtitle)
    y += front_text_height(app, GFX_FONT_REGULAR, UI_T_BODY, GFX_WIDTH - 2 * t->margin, subtitle);
  return y + t->unit * 2;
}

int front_button_height(GameApp *app) {
  int size = ui_size(&app->theme, UI_T_BODY);
  return gfx_line_height(app->gfx, GFX_FONT_BOLD, size) + app->theme.unit * 3;
}

int front_footer_top(GameApp *app) {
  int s = ui_size(&app->theme, UI_T_SMALL);
  return GFX_HEIGHT - gfx_line_height(app->gfx, GFX_FONT_REGULAR, s) - 20;
}

int front_text_height(GameApp *app, GfxFont font, UiType type, int width, const char *text) {
  if (!text || !*text) return 0;
  return gfx_text_wrapped(app->gfx, font, ui_size(&app->theme, type), ui_color(&app->theme, UI_C_INK),
                          (GfxRect){0, 0, width, 100000}, GFX_ALIGN_LEFT, text, false);
}

int front_text(GameApp *app, GfxFont font, UiType type, UiColor color, int x, int y, int width,
               const char *text) {
  if (!text || !*text) return 0;
  return gfx_text_wrapped(app->gfx, font, ui_size(&app->theme, type), ui_color(&app->theme, color),
                          (GfxRect){x, y, width, 100000}, GFX_ALIGN_LEFT, text, true);
}

/* The switch's size: wide enough for "Off" in bold at the current size. */
static void switch_size(GameApp *app, int *w, int *h) {
  int size = ui_size(&app->theme, UI_T_SMALL);
  int tw, th;
  gfx_measure(app->gfx, GFX_FONT_BOLD, size, "Off", &tw, &th);
  *h = th + 12;
  *w = *h + tw + 24;
}

int front_toggle_height(GameApp *app, int width, const char *label, const char *explain) {
  const UiTheme *t = &app->theme;
  int sw, sh;
  switch_size(app, &sw, &sh);
  int text_w = width - sw - t->unit * 6;
  int h = front_text_height(app, GFX_FONT_BOLD, UI_T_BODY, text_w, label) +
          t->unit / 2 + front_text_height(app, GFX_FONT_REGULAR, UI_T_SMALL, text_w, explain);
  if (h < sh) h = sh;
  return h + t->unit * 3;
}

void front_toggle(GameApp *app, GfxRect r, const char *label, const char *explain, bool on,
                  bool focused, bool hovered) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  ui_panel(&app->ui, r, UI_C_SURFACE);
  if (hovered && !focused) gfx_fill_round_rect(g, r, t->radius, ui_color_a(t, UI_C_ACCENT, 20));
  int sw, sh;
  switch_size(app, &sw, &sh);
  int pad = t->unit * 2;
  int text_w = r.w - sw - t->unit * 6;
  int y = r.y + t->unit + t->unit / 2;
  y += front_text(app, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, r.x + pad, y, text_w, label);
  y += t->unit / 2;
  front_text(app, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, r.x + pad, y, text_w, explain);
  GfxRect s = {r.x + r.w - pad - sw, r.y + (r.h - sh) / 2, sw, sh};
  gfx_fill_round_rect(g, s, sh / 2, ui_color(t, on ? UI_C_ACCENT : UI_C_SURFACE_ALT));
  gfx_outline_round_rect(g, s, sh / 2, 1, ui_color(t, on ? UI_C_ACCENT : UI_C_LINE));
  int knob = sh - 8;
  int kx = on ? s.x + s.w - knob - 4 : s.x + 4;
  gfx_fill_circle(g, kx + knob / 2, s.y + sh / 2, knob / 2, ui_color(t, on ? UI_C_ACCENT_INK : UI_C_INK_SOFT));
  int size = ui_size(t, UI_T_SMALL);
  int lh = gfx_line_height(g, GFX_FONT_BOLD, size);
  int tx = on ? s.x + (s.w - knob - 4) / 2 : s.x + knob + 4 + (s.w - knob - 4) / 2;
  gfx_text(g, GFX_FONT_BOLD, size, ui_color(t, on ? UI_C_ACCENT_INK : UI_C_INK), tx, s.y + (sh - lh) / 2,
           GFX_ALIGN_CENTER, on ? "On" : "Off");
  if (focused) ui_focus_ring(&app->ui, r);
}

int front_chip_width(GameApp *app, const char *label, int max_width) {
  int w, h;
  gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(&app->theme, UI_T_BODY), label, &w, &h);
  w += app->theme.unit * 5;
  return w > max_width ? max_width : w;
}

int front_chip_height(GameApp *app, const char *label, int width, bool selected) {
  const UiTheme *t = &app->theme;
  return front_text_height(app, selected ? GFX_FONT_BOLD : GFX_FONT_REGULAR, UI_T_BODY, width - t->unit * 4,
                           label) + t->unit * 2 + 4;
}

void front_chip(GameApp *app, GfxRect r, const char *label, bool selected, bool focused) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  gfx_fill_round_rect(g, r, t->radius, ui_color(t, selected ? UI_C_ACCENT : UI_C_SURFACE));
  gfx_outline_round_rect(g, r, t->radius, selected ? 2 : 1, ui_color(t, selected ? UI_C_ACCENT : UI_C_LINE));
  int size = ui_size(t, UI_T_BODY);
  gfx_text_wrapped(g, selected ? GFX_FONT_BOLD : GFX_FONT_REGULAR, size,
                   ui_color(t, selected ? UI_C_ACCENT_INK : UI_C_INK),
                   (GfxRect){r.x + t->unit * 2, r.y + t->unit + 2, r.w - t->unit * 4, r.h}, GFX_ALIGN_LEFT,
                   label, true);
  if (focused) ui_focus_ring(&app->ui, r);
}

void front_scroll_follow(FrontScroll *s, int y, int h) {
  int margin = 16;
  if ((float)(y - margin) < s->target) s->target = (float)(y - margin);
  if ((float)(y + h + margin) > s->target + (float)s->view_h) s->target = (float)(y + h + margin - s->view_h);
}

void front_scroll_update(FrontScroll *s, const GfxInput *in, GfxRect view, const UiTheme *theme) {
  if (in->wheel && ui_hit(view, in->mouse_x, in->mouse_y)) s->target -= (float)(in->wheel * 60);
  float max = (float)(s->content_h - s->view_h);
  if (max < 0) max = 0;
  if (s->target > max) s->target = max;
  if (s->target < 0) s->target = 0;
  s->offset = ui_tween(theme, s->offset, s->target, 0.25f);
  if (fabsf(s->offset - s->target) < 0.5f) s->offset = s->target;
}

void front_scroll_bar(GameApp *app, const FrontScroll *s, GfxRect view) {
  if (s->content_h <= s->view_h || s->content_h <= 0) return;
  const UiTheme *t = &app->theme;
  int track_h = view.h;
  int bar_h = track_h * s->view_h / s->content_h;
  if (bar_h < 24) bar_h = 24;
  int range = s->content_h - s->view_h;
  int y = view.y + (int)((float)(track_h - bar_h) * (s->offset / (float)range));
  gfx_fill_round_rect(app->gfx, (GfxRect){view.x + view.w - 6, view.y, 6, track_h}, 3, ui_color(t, UI_C_SURFACE_ALT));
  gfx_fill_round_rect(app->gfx, (GfxRect){view.x + view.w - 6, y, 6, bar_h}, 3, ui_color(t, UI_C_INK_SOFT));
}

bool front_clicked(const GfxInput *in, GfxRect r) { return in->clicked && ui_hit(r, in->click_x, in->click_y); }

void front_fit(GameApp *app, GfxFont font, UiType type, const char *text, int max_w, char *out,
               size_t outlen) {
  if (!outlen) return;
  snprintf(out, outlen, "%s", text ? text : "");
  int size = ui_size(&app->theme, type);
  int w, h;
  gfx_measure(app->gfx, font, size, out, &w, &h);
  size_t n = strlen(out);
  while (w > max_w && n > 0) {
    do n--; while (n > 0 && ((unsigned char)out[n] & 0xC0) == 0x80); /* a character boundary */
    if (n + 4 > outlen) continue;
    memcpy(out + n, "\u2026", 4); /* … is three bytes, plus the NUL */
    gfx_measure(app->gfx, font, size, out, &w, &h);
  }
}
