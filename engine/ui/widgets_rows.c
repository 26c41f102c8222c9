/* widgets_rows.c — toggles, option chips, tabs and the bottom button row of the widget
 * kit (widgets.h). Sizes come from the theme so everything reflows with the text size.
 */
#include "ui/widgets.h"

#include <string.h>
#include "i18n/i18n.h"

/* The switch's size: wide enough for "Off" in bold at the current size. */
static void switch_size(UiCtx *ui, int *w, int *h) {
  int size = ui_size(ui->theme, UI_T_SMALL);
  int tw, th;
  gfx_measure(ui->gfx, GFX_FONT_BOLD, size, TR("rows.off", "Off"), &tw, &th);
  *h = th + 12;
  *w = *h + tw + 24;
}

int ui_toggle_height(UiCtx *ui, int width, const char *label, const char *explain) {
  const UiTheme *t = ui->theme;
  int sw, sh;
  switch_size(ui, &sw, &sh);
  int text_w = width - sw - t->unit * 6;
  int h = ui_text_height(ui, GFX_FONT_BOLD, UI_T_BODY, text_w, label) +
          t->unit / 2 + ui_text_height(ui, GFX_FONT_REGULAR, UI_T_SMALL, text_w, explain);
  if (h < sh) h = sh;
  return h + t->unit * 3;
}

void ui_toggle(UiCtx *ui, GfxRect r, const char *label, const char *explain, bool on,
                  bool focused, bool hovered) {
  const UiTheme *t = ui->theme;
  Gfx *g = ui->gfx;
  ui_panel(ui, r, UI_C_SURFACE);
  if (hovered && !focused) gfx_fill_round_rect(g, r, t->radius, ui_color_a(t, UI_C_ACCENT, 20));
  int sw, sh;
  switch_size(ui, &sw, &sh);
  int pad = t->unit * 2;
  int text_w = r.w - sw - t->unit * 6;
  int y = r.y + t->unit + t->unit / 2;
  y += ui_text(ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, r.x + pad, y, text_w, label);
  y += t->unit / 2;
  ui_text(ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, r.x + pad, y, text_w, explain);
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
           GFX_ALIGN_CENTER, on ? TR("rows.on", "On") : TR("rows.off", "Off"));
  if (focused) {
    ui_focus_ring(ui, r);
    ui_announce_focus(ui, label, UI_KIND_SWITCH, on ? "on" : "off");
  }
}

int ui_chip_width(UiCtx *ui, const char *label, int max_width) {
  int w, h;
  gfx_measure(ui->gfx, GFX_FONT_BOLD, ui_size(ui->theme, UI_T_BODY), label, &w, &h);
  w += ui->theme->unit * 5;
  return w > max_width ? max_width : w;
}

int ui_chip_height(UiCtx *ui, const char *label, int width, bool selected) {
  const UiTheme *t = ui->theme;
  return ui_text_height(ui, selected ? GFX_FONT_BOLD : GFX_FONT_REGULAR, UI_T_BODY, width - t->unit * 4,
                           label) + t->unit * 2 + 4;
}

void ui_chip(UiCtx *ui, GfxRect r, const char *label, bool selected, bool focused) {
  const UiTheme *t = ui->theme;
  Gfx *g = ui->gfx;
  gfx_fill_round_rect(g, r, t->radius, ui_color(t, selected ? UI_C_ACCENT : UI_C_SURFACE));
  gfx_outline_round_rect(g, r, t->radius, selected ? 2 : 1, ui_color(t, selected ? UI_C_ACCENT : UI_C_LINE));
  int size = ui_size(t, UI_T_BODY);
  gfx_text_wrapped(g, selected ? GFX_FONT_BOLD : GFX_FONT_REGULAR, size,
                   ui_color(t, selected ? UI_C_ACCENT_INK : UI_C_INK),
                   (GfxRect){r.x + t->unit * 2, r.y + t->unit + 2, r.w - t->unit * 4, r.h}, GFX_ALIGN_LEFT,
                   label, true);
  if (focused) {
    ui_focus_ring(ui, r);
    ui_announce_focus(ui, label, UI_KIND_OPTION, selected ? "selected" : TR("rows.not_selected", "not selected"));
  }
}

/* ---- Tabs ---- */

int ui_tabs_layout(UiCtx *ui, UiTabs *tabs, int x, int y) {
  const UiTheme *t = ui->theme;
  int size = ui_size(t, UI_T_BODY);
  int lh = gfx_line_height(ui->gfx, GFX_FONT_BOLD, size);
  int h = lh + t->unit * 2;
  int gap = t->unit;
  int avail = GFX_WIDTH - t->margin - x;
  int total = 0, widths[UI_TABS_MAX];
  for (int i = 0; i < tabs->count; i++) {
    int w, th;
    gfx_measure(ui->gfx, GFX_FONT_BOLD, size, tabs->labels[i], &w, &th);
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

bool ui_tabs_update(UiTabs *tabs, const GfxInput *in) {
  int before = tabs->active;
  if (tabs->count <= 0) return false;
  if (in->pressed[GFX_ACT_LEFT]) tabs->active = (tabs->active + tabs->count - 1) % tabs->count;
  if (in->pressed[GFX_ACT_RIGHT]) tabs->active = (tabs->active + 1) % tabs->count;
  for (int i = 0; i < tabs->count; i++)
    if (ui_clicked(in, tabs->rects[i])) tabs->active = i;
  return tabs->active != before;
}

void ui_tabs_draw(UiCtx *ui, const UiTabs *tabs) {
  const UiTheme *t = ui->theme;
  Gfx *g = ui->gfx;
  int size = ui_size(t, UI_T_BODY);
  int lh = gfx_line_height(g, GFX_FONT_BOLD, size);
  for (int i = 0; i < tabs->count; i++) {
    GfxRect r = tabs->rects[i];
    bool on = i == tabs->active;
    gfx_fill_round_rect(g, r, t->radius, ui_color(t, on ? UI_C_ACCENT : UI_C_SURFACE));
    gfx_outline_round_rect(g, r, t->radius, 1, ui_color(t, on ? UI_C_ACCENT : UI_C_LINE));
    char label[96];
    ui_fit(ui, GFX_FONT_BOLD, UI_T_BODY, tabs->labels[i], r.w - t->unit * 2, label, sizeof label);
    gfx_text(g, GFX_FONT_BOLD, size, ui_color(t, on ? UI_C_ACCENT_INK : UI_C_INK), r.x + r.w / 2,
             r.y + (r.h - lh) / 2, GFX_ALIGN_CENTER, label);
  }
}

/* ---- Buttons ---- */

void ui_buttons_init(UiButtonRow *b, int count, const char *const *labels) {
  memset(b, 0, sizeof *b);
  b->count = count > UI_BUTTONS_MAX ? UI_BUTTONS_MAX : count;
  for (int i = 0; i < b->count; i++) b->labels[i] = labels[i];
  b->list = (UiList){.focus = 0, .count = b->count, .numbers = false, .horizontal = false};
}

int ui_buttons_layout(UiCtx *ui, UiButtonRow *b) {
  const UiTheme *t = ui->theme;
  int h = ui_button_height(ui);
  int y = ui_footer_top(ui) - t->unit * 2 - h;
  int x = GFX_WIDTH - t->margin;
  int size = ui_size(t, UI_T_BODY);
  for (int i = 0; i < b->count; i++) {
    int w, th;
    gfx_measure(ui->gfx, GFX_FONT_BOLD, size, b->labels[i], &w, &th);
    w += t->unit * 6;
    if (w < 160) w = 160;
    x -= w;
    b->rects[i] = (GfxRect){x, y, w, h};
    x -= t->unit * 2;
  }
  return y;
}

int ui_buttons_update(UiButtonRow *b, const GfxInput *in, bool enter) {
  if (b->count <= 0) return -1;
  if (in->pressed[GFX_ACT_NEXT]) b->list.focus = (b->list.focus + b->count - 1) % b->count;
  if (in->pressed[GFX_ACT_PREV]) b->list.focus = (b->list.focus + 1) % b->count;
  if (in->mouse_moved)
    for (int i = 0; i < b->count; i++)
      if (ui_hit(b->rects[i], in->mouse_x, in->mouse_y)) b->list.focus = i;
  for (int i = 0; i < b->count; i++)
    if (ui_clicked(in, b->rects[i])) {
      b->list.focus = i;
      return i;
    }
  if (enter && in->pressed[GFX_ACT_CONFIRM]) return b->list.focus;
  return -1;
}

void ui_buttons_draw(UiCtx *ui, const UiButtonRow *b, bool show_focus) {
  for (int i = 0; i < b->count; i++)
    ui_button(ui, b->rects[i], b->labels[i], i == 0 ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY,
              show_focus && i == b->list.focus, false);
}
