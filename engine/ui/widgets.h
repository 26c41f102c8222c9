/* widgets.h — immediate-mode widgets drawn from the theme: panels, buttons, focusable
 * lists, a text field, bars and charts.
 *
 * Keyboard and mouse reach the same code: a UiList turns Up/Down/Tab, number keys, hover
 * and clicks into one "activated" index, and draws a visible focus ring.
 */
#ifndef RAPPORT_UI_WIDGETS_H
#define RAPPORT_UI_WIDGETS_H

#include <stdbool.h>

#include "gfx/gfx.h"
#include "ui/theme.h"

typedef struct UiCtx {
  Gfx *gfx;
  const UiTheme *theme;
  double time;        /* seconds since start, for gentle motion */
} UiCtx;

bool ui_hit(GfxRect r, int x, int y);

/* A card: rounded surface with a soft shadow. */
void ui_panel(UiCtx *ui, GfxRect r, UiColor fill);
/* A rounded focus ring drawn around `r`. */
void ui_focus_ring(UiCtx *ui, GfxRect r);

typedef enum UiButtonStyle { UI_BUTTON_PRIMARY, UI_BUTTON_SECONDARY, UI_BUTTON_QUIET } UiButtonStyle;
/* Draws a button; focused draws the ring, hovered lightens it. */
void ui_button(UiCtx *ui, GfxRect r, const char *label, UiButtonStyle style, bool focused, bool hovered);

/* A vertical (or any) list of rects that can be focused and activated. */
typedef struct UiList {
  int focus;          /* focused item */
  int count;
  bool numbers;       /* number keys 1..9 activate item N */
  bool horizontal;    /* Left/Right move focus instead of Up/Down */
} UiList;

/* Handles one frame of input for a list whose items are at `rects`. Returns the index
 * activated by Enter, a number key or a click, else -1. Hover moves focus. */
int ui_list_update(UiList *list, const GfxInput *in, const GfxRect *rects);

/* A single-line text field. */
typedef struct UiTextField {
  char text[64];
  int max_chars;      /* characters, not bytes; 0 = 40 */
} UiTextField;
/* Applies typed text and Backspace. Returns true when the text changed. */
bool ui_text_field_update(UiTextField *field, const GfxInput *in);
void ui_text_field_draw(UiCtx *ui, GfxRect r, const UiTextField *field, const char *placeholder, bool focused);

/* A horizontal bar: label left, value bar, value text right. */
void ui_meter(UiCtx *ui, GfxRect r, float fraction, UiColor fill);

/* A titled row of vertical bars (e.g. cards vs real connections). */
typedef struct UiBar {
  const char *label;
  float value;
  UiColor color;
} UiBar;
void ui_bar_chart(UiCtx *ui, GfxRect r, const UiBar *bars, int count, float max_value);

/* A line chart of up to 64 points per series, 1..3 series, with a legend. */
typedef struct UiSeries {
  const char *label;
  const float *values;
  int count;
  UiColor color;
} UiSeries;
void ui_line_chart(UiCtx *ui, GfxRect r, const UiSeries *series, int series_count, float max_value);

/* Page header: title and an optional one-line subtitle; returns the y below it. */
int ui_page_header(UiCtx *ui, const char *title, const char *subtitle);
/* A footer hint line ("Enter: choose · Esc: back") at the bottom of the page. */
void ui_footer_hint(UiCtx *ui, const char *hint);

/* Eases `current` toward `target` (reduced motion: jumps). */
float ui_tween(const UiTheme *theme, float current, float target, float rate);

#endif
