/* widgets_scroll.c — scroll state that follows keyboard focus and the wheel, its bar, and
 * a clipped scroll view, for the widget kit (widgets.h).
 */
#include "ui/widgets.h"

#include <math.h>

void ui_scroll_follow(UiScroll *s, int y, int h) {
  int margin = 16;
  if ((float)(y - margin) < s->target) s->target = (float)(y - margin);
  if ((float)(y + h + margin) > s->target + (float)s->view_h) s->target = (float)(y + h + margin - s->view_h);
}

void ui_scroll_update(UiScroll *s, const GfxInput *in, GfxRect view, const UiTheme *theme) {
  if (in->wheel && ui_hit(view, in->mouse_x, in->mouse_y)) s->target -= (float)(in->wheel * 60);
  float max = (float)(s->content_h - s->view_h);
  if (max < 0) max = 0;
  if (s->target > max) s->target = max;
  if (s->target < 0) s->target = 0;
  s->offset = ui_tween(theme, s->offset, s->target, 0.25f);
  if (fabsf(s->offset - s->target) < 0.5f) s->offset = s->target;
}

void ui_scroll_bar(UiCtx *ui, const UiScroll *s, GfxRect view) {
  if (s->content_h <= s->view_h || s->content_h <= 0) return;
  const UiTheme *t = ui->theme;
  int track_h = view.h;
  int bar_h = track_h * s->view_h / s->content_h;
  if (bar_h < 24) bar_h = 24;
  int range = s->content_h - s->view_h;
  int y = view.y + (int)((float)(track_h - bar_h) * (s->offset / (float)range));
  gfx_fill_round_rect(ui->gfx, (GfxRect){view.x + view.w - 6, view.y, 6, track_h}, 3, ui_color(t, UI_C_SURFACE_ALT));
  gfx_fill_round_rect(ui->gfx, (GfxRect){view.x + view.w - 6, y, 6, bar_h}, 3, ui_color(t, UI_C_INK_SOFT));
}

void ui_view_update(UiCtx *ui, UiView *v, const GfxInput *in, bool keys) {
  v->scroll.view_h = v->rect.h;
  if (keys) {
    int step = gfx_line_height(ui->gfx, GFX_FONT_REGULAR, ui_size(ui->theme, UI_T_BODY)) * 3;
    if (in->pressed[GFX_ACT_DOWN]) v->scroll.target += (float)step;
    if (in->pressed[GFX_ACT_UP]) v->scroll.target -= (float)step;
  }
  ui_scroll_update(&v->scroll, in, v->rect, ui->theme);
}

int ui_view_begin(UiCtx *ui, UiView *v) {
  gfx_set_clip(ui->gfx, &v->rect);
  return v->rect.y - (int)v->scroll.offset;
}

void ui_view_end(UiCtx *ui, UiView *v, int content_h) {
  gfx_set_clip(ui->gfx, NULL);
  v->scroll.content_h = content_h;
  v->scroll.view_h = v->rect.h;
  ui_scroll_bar(ui, &v->scroll, v->rect);
}
