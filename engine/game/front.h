/* front.h — layout helpers shared by the front screens (title, profile, select, briefing,
 * settings, script error): measured text blocks, toggles, option chips, a scroll view that
 * follows keyboard focus, and the bottom button row. Every size comes from the theme, so
 * the screens reflow at every text size. Depends on gfx, ui and game/app.h.
 */
#ifndef RAPPORT_GAME_FRONT_H
#define RAPPORT_GAME_FRONT_H

#include <stdbool.h>
#include <stddef.h>

#include "game/app.h"

/* The y below ui_page_header(title, subtitle) at the current text size (measures only). */
int front_header_bottom(GameApp *app, const char *subtitle);
/* Height of a standard button at the current text size. */
int front_button_height(GameApp *app);
/* Top of the footer hint bar (what sits above it must end here). */
int front_footer_top(GameApp *app);
/* Height of `text` wrapped into `width` in a type role (measures only). */
int front_text_height(GameApp *app, GfxFont font, UiType type, int width, const char *text);
/* Draws `text` wrapped into `width` at (x, y); returns the height used. */
int front_text(GameApp *app, GfxFont font, UiType type, UiColor color, int x, int y, int width,
               const char *text);

/* A toggle row: bold label and a one-line (wrapping) explanation on the left, an on/off
 * switch with the word "On"/"Off" on the right. */
int front_toggle_height(GameApp *app, int width, const char *label, const char *explain);
void front_toggle(GameApp *app, GfxRect r, const char *label, const char *explain, bool on,
                  bool focused, bool hovered);

/* A selectable chip (an option among several): width from its label, wraps if too wide. */
int front_chip_width(GameApp *app, const char *label, int max_width);
int front_chip_height(GameApp *app, const char *label, int width, bool selected);
void front_chip(GameApp *app, GfxRect r, const char *label, bool selected, bool focused);

/* A vertical scroll view: content taller than the view scrolls to keep focus visible,
 * the mouse wheel scrolls it, motion is tweened (reduced motion: jumps). */
typedef struct FrontScroll {
  float offset;      /* drawn offset */
  float target;      /* where it is heading */
  int content_h, view_h;
} FrontScroll;

/* Brings content rows [y, y + h) into view. */
void front_scroll_follow(FrontScroll *s, int y, int h);
/* Applies the wheel (when the mouse is over `view`) and eases toward the target. */
void front_scroll_update(FrontScroll *s, const GfxInput *in, GfxRect view, const UiTheme *theme);
/* A thin scroll bar on the right edge of `view` when the content is taller than it. */
void front_scroll_bar(GameApp *app, const FrontScroll *s, GfxRect view);

/* `text` shortened (at a character boundary, with an ellipsis) to fit `max_w` pixels in a
 * type role, into out. Unchanged when it fits. */
void front_fit(GameApp *app, GfxFont font, UiType type, const char *text, int max_w, char *out,
               size_t outlen);

/* True when the press at (x, y) is inside `r`: for the clickable parts outside a UiList. */
bool front_clicked(const GfxInput *in, GfxRect r);

#endif
