/* widgets.h — the one widget kit, immediate mode, drawn from the theme: panels, buttons,
 * focusable lists, a text field, bars and charts (widgets.c); measured text blocks and page
 * measures (widgets_text.c); toggles, chips, tabs and the bottom button row
 * (widgets_rows.c); scroll views (widgets_scroll.c). Every size comes from the theme, so
 * screens built from these reflow at every text size.
 *
 * Keyboard and mouse reach the same code: a UiList turns Up/Down/Tab, number keys, hover
 * and clicks into one "activated" index, and draws a visible focus ring.
 */
#ifndef RAPPORT_UI_WIDGETS_H
#define RAPPORT_UI_WIDGETS_H

#include <stdbool.h>
#include <stddef.h>

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

/* ---- Text blocks and page measures (widgets_text.c) ---- */

/* The y below ui_page_header(title, subtitle) at the current text size (measures only). */
int ui_header_bottom(UiCtx *ui, const char *subtitle);
/* Height of a standard button at the current text size. */
int ui_button_height(UiCtx *ui);
/* Top of the footer hint bar (what sits above it must end here). */
int ui_footer_top(UiCtx *ui);
/* Height of `text` wrapped into `width` in a type role (measures only); 0 for NULL or "". */
int ui_text_height(UiCtx *ui, GfxFont font, UiType type, int width, const char *text);
/* Draws `text` wrapped into `width` at (x, y); returns the height used. */
int ui_text(UiCtx *ui, GfxFont font, UiType type, UiColor color, int x, int y, int width,
            const char *text);
/* `text` shortened (at a character boundary, with an ellipsis) to fit `max_w` pixels in a
 * type role, into out. Unchanged when it fits. */
void ui_fit(UiCtx *ui, GfxFont font, UiType type, const char *text, int max_w, char *out,
            size_t outlen);
/* Room kept around focusable items (inside a scroll view, at its edges) for the focus ring. */
int ui_ring_room(UiCtx *ui);
/* The page's "Back" button at the bottom left, above the footer hint. */
GfxRect ui_back_button_rect(UiCtx *ui);
/* True when the press at (x, y) is inside `r`: for the clickable parts outside a UiList. */
bool ui_clicked(const GfxInput *in, GfxRect r);

/* ---- Toggles, chips, tabs, button rows (widgets_rows.c) ---- */

/* A toggle row: bold label and a one-line (wrapping) explanation on the left, an on/off
 * switch with the word "On"/"Off" on the right. */
int ui_toggle_height(UiCtx *ui, int width, const char *label, const char *explain);
void ui_toggle(UiCtx *ui, GfxRect r, const char *label, const char *explain, bool on,
               bool focused, bool hovered);

/* A selectable chip (an option among several): width from its label, wraps if too wide. */
int ui_chip_width(UiCtx *ui, const char *label, int max_width);
int ui_chip_height(UiCtx *ui, const char *label, int width, bool selected);
void ui_chip(UiCtx *ui, GfxRect r, const char *label, bool selected, bool focused);

#define UI_TABS_MAX 5
#define UI_BUTTONS_MAX 3

/* A row of tabs: Left/Right or a click switches between them. */
typedef struct UiTabs {
  int count, active;
  const char *labels[UI_TABS_MAX];
  GfxRect rects[UI_TABS_MAX];
} UiTabs;

/* Lays the tabs out from (x, y); returns the height they take (with the gap below). */
int ui_tabs_layout(UiCtx *ui, UiTabs *tabs, int x, int y);
/* Left/Right or a click on a tab; true when the active tab changed. */
bool ui_tabs_update(UiTabs *tabs, const GfxInput *in);
void ui_tabs_draw(UiCtx *ui, const UiTabs *tabs);

/* The button row at the bottom right, above the footer hint. Tab/Shift+Tab move focus
 * between buttons, hover focuses, a click or Enter activates. Button 0 is on the right
 * and primary (Continue); the others are secondary (Back, Skip...). */
typedef struct UiButtonRow {
  int count;
  const char *labels[UI_BUTTONS_MAX];
  GfxRect rects[UI_BUTTONS_MAX];
  UiList list;
} UiButtonRow;

void ui_buttons_init(UiButtonRow *b, int count, const char *const *labels);
/* Lays the buttons out; returns the top of the row (content above must end there). */
int ui_buttons_layout(UiCtx *ui, UiButtonRow *b);
/* Returns the button activated this frame (click, Enter on the focused one), else -1.
 * `enter` false leaves Enter to the caller (e.g. while a list has focus). */
int ui_buttons_update(UiButtonRow *b, const GfxInput *in, bool enter);
void ui_buttons_draw(UiCtx *ui, const UiButtonRow *b, bool show_focus);

/* ---- Announcements for self-voicing (widgets_say.c) ---- */

#define UI_SAY_MAX 1400  /* one spoken string, bytes */

/* What kind of element has focus, spoken after its label. */
typedef enum UiKind {
  UI_KIND_BUTTON,     /* "button" */
  UI_KIND_SWITCH,     /* "switch", state "on"/"off" */
  UI_KIND_OPTION,     /* "option", state "selected" or "not selected" */
  UI_KIND_CHOICE,     /* "choice" (a line to say), state "2 of 4" */
  UI_KIND_TEXT_FIELD, /* "text field", state its text or "empty" */
  UI_KIND_SETTING,    /* "setting", state its value ("Larger") */
  UI_KIND_TAB,        /* "tab", state "selected" */
  UI_KIND_LIST,       /* "list", state e.g. "scrolls" */
  UI_KIND_CARD,       /* "card" (a debrief card, a person) */
  UI_KIND_ROW,        /* "row" (a table's row), state its figures and "3 of 30" */
  UI_KIND_COLUMN,     /* "column" (a sortable heading), state "sorted descending" */
} UiKind;

/* "kind" as spoken. */
const char *ui_kind_name(UiKind kind);
/* One spoken string: "Label, kind" or "Label, kind, state" (state NULL or "" omitted). */
void ui_announce_format(char *out, size_t outlen, const char *label, UiKind kind, const char *state);
/* Notes that the element drawn now has focus (widgets drawn focused call it themselves);
 * the last one drawn in a frame wins (an overlay draws after the scene under it). */
void ui_announce_focus(UiCtx *ui, const char *label, UiKind kind, const char *state);
/* Clears the frame's focus announcement (the frame loop, before drawing). */
void ui_announce_begin(UiCtx *ui);
/* The focused element of the frame drawn last, as said ("" when nothing had focus). */
const char *ui_announce_text(const UiCtx *ui);

/* ---- Scroll views (widgets_scroll.c) ---- */

/* Vertical scrolling state: content taller than the view scrolls to keep focus visible,
 * the mouse wheel scrolls it, motion is tweened (reduced motion: jumps). */
typedef struct UiScroll {
  float offset;      /* drawn offset */
  float target;      /* where it is heading */
  int content_h, view_h;
} UiScroll;

/* Brings content rows [y, y + h) into view. */
void ui_scroll_follow(UiScroll *s, int y, int h);
/* Applies the wheel (when the mouse is over `view`) and eases toward the target. */
void ui_scroll_update(UiScroll *s, const GfxInput *in, GfxRect view, const UiTheme *theme);
/* A thin scroll bar on the right edge of `view` when the content is taller than it. */
void ui_scroll_bar(UiCtx *ui, const UiScroll *s, GfxRect view);

/* A scroll view over content drawn with a y offset: Up/Down (when `keys`) and the mouse
 * wheel scroll it; a bar shows when it overflows. */
typedef struct UiView {
  GfxRect rect;
  UiScroll scroll;
} UiView;

void ui_view_update(UiCtx *ui, UiView *v, const GfxInput *in, bool keys);
/* The content's top on screen (rect.y - offset); clip set to the view. */
int ui_view_begin(UiCtx *ui, UiView *v);
/* Removes the clip and draws the scroll bar; `content_h` is the height that was drawn. */
void ui_view_end(UiCtx *ui, UiView *v, int content_h);

#endif
