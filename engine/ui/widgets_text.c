/* widgets_text.c — measured text blocks, text fitted with an ellipsis, and the page's
 * measures (header bottom, button height, footer top) for the widget kit (widgets.h).
 */
#include "ui/widgets.h"

#include <stdio.h>
#include <string.h>

int ui_header_bottom(UiCtx *ui, const char *subtitle) {
  const UiTheme *t = ui->theme;
  int y = t->margin - 8 + gfx_line_height(ui->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_HEADING));
  if (subtitle && *subtitle)
    y += ui_text_height(ui, GFX_FONT_REGULAR, UI_T_BODY, GFX_WIDTH - 2 * t->margin, subtitle);
  return y + t->unit * 2;
}

int ui_button_height(UiCtx *ui) {
  int size = ui_size(ui->theme, UI_T_BODY);
  return gfx_line_height(ui->gfx, GFX_FONT_BOLD, size) + ui->theme->unit * 3;
}

int ui_footer_top(UiCtx *ui) {
  int s = ui_size(ui->theme, UI_T_SMALL);
  return GFX_HEIGHT - gfx_line_height(ui->gfx, GFX_FONT_REGULAR, s) - 20;
}

int ui_ring_room(UiCtx *ui) { return ui->theme->unit * 3 / 2; }

GfxRect ui_back_button_rect(UiCtx *ui) {
  int u = ui->theme->unit, bh = ui_button_height(ui);
  return (GfxRect){ui->theme->margin, ui_footer_top(ui) - u * 2 - bh, u * 55 / 2, bh};
}

int ui_text_height(UiCtx *ui, GfxFont font, UiType type, int width, const char *text) {
  if (!text || !*text) return 0;
  return gfx_text_wrapped(ui->gfx, font, ui_size(ui->theme, type), ui_color(ui->theme, UI_C_INK),
                          (GfxRect){0, 0, width, 100000}, GFX_ALIGN_LEFT, text, false);
}

int ui_text(UiCtx *ui, GfxFont font, UiType type, UiColor color, int x, int y, int width,
               const char *text) {
  if (!text || !*text) return 0;
  return gfx_text_wrapped(ui->gfx, font, ui_size(ui->theme, type), ui_color(ui->theme, color),
                          (GfxRect){x, y, width, 100000}, GFX_ALIGN_LEFT, text, true);
}

bool ui_clicked(const GfxInput *in, GfxRect r) { return in->clicked && ui_hit(r, in->click_x, in->click_y); }

void ui_fit(UiCtx *ui, GfxFont font, UiType type, const char *text, int max_w, char *out,
               size_t outlen) {
  if (!outlen) return;
  snprintf(out, outlen, "%s", text ? text : "");
  int size = ui_size(ui->theme, type);
  int w, h;
  gfx_measure(ui->gfx, font, size, out, &w, &h);
  size_t n = strlen(out);
  while (w > max_w && n > 0) {
    do n--; while (n > 0 && ((unsigned char)out[n] & 0xC0) == 0x80); /* a character boundary */
    if (n + 4 > outlen) continue;
    memcpy(out + n, "\u2026", 4); /* … is three bytes, plus the NUL */
    gfx_measure(ui->gfx, font, size, out, &w, &h);
  }
}
