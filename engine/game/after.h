/* after.h — pieces shared by the after-event screens (follow-up, online network, debrief,
 * reflection, a week passes, progress): clickable tabs, the bottom button row, a scrolled
 * content area, and small text helpers (people's looks, "you" phrasing, day spans).
 * Private to engine/game. Depends on gfx, ui, game/front.h and the sim's data types.
 */
#ifndef RAPPORT_GAME_AFTER_H
#define RAPPORT_GAME_AFTER_H

#include <stdbool.h>
#include <stddef.h>

#include "game/app.h"
#include "game/figures.h"
#include "game/front.h"
#include "sim/sim.h"

#define AFTER_TABS_MAX 5
#define AFTER_BUTTONS_MAX 3

/* A row of tabs: Left/Right or a click switches between them. */
typedef struct AfterTabs {
  int count, active;
  const char *labels[AFTER_TABS_MAX];
  GfxRect rects[AFTER_TABS_MAX];
} AfterTabs;

/* Lays the tabs out from (x, y); returns the height they take (with the gap below). */
int after_tabs_layout(GameApp *app, AfterTabs *tabs, int x, int y);
/* Left/Right or a click on a tab; true when the active tab changed. */
bool after_tabs_update(AfterTabs *tabs, const GfxInput *in);
void after_tabs_draw(GameApp *app, const AfterTabs *tabs);

/* The button row at the bottom right, above the footer hint. Tab/Shift+Tab move focus
 * between buttons, hover focuses, a click or Enter activates. Button 0 is on the right
 * and primary (Continue); the others are secondary (Back, Skip...). */
typedef struct AfterButtons {
  int count;
  const char *labels[AFTER_BUTTONS_MAX];
  GfxRect rects[AFTER_BUTTONS_MAX];
  UiList list;
} AfterButtons;

void after_buttons_init(AfterButtons *b, int count, const char *const *labels);
/* Lays the buttons out; returns the top of the row (content above must end there). */
int after_buttons_layout(GameApp *app, AfterButtons *b);
/* Returns the button activated this frame (click, Enter on the focused one), else -1.
 * `enter` false leaves Enter to the caller (e.g. while a list has focus). */
int after_buttons_update(AfterButtons *b, const GfxInput *in, bool enter);
void after_buttons_draw(GameApp *app, const AfterButtons *b, bool show_focus);

/* A vertical scroll view over content drawn with a y offset: Up/Down (when `keys`) and
 * the mouse wheel scroll it; a bar shows when it overflows. */
typedef struct AfterView {
  GfxRect rect;
  FrontScroll scroll;
} AfterView;

void after_view_update(GameApp *app, AfterView *v, const GfxInput *in, bool keys);
/* The content's top on screen (rect.y - offset); clip set to the view. */
int after_view_begin(GameApp *app, AfterView *v);
/* Removes the clip and draws the scroll bar; `content_h` is the height that was drawn. */
void after_view_end(GameApp *app, AfterView *v, int content_h);

/* A stable look for a scenario person. */
GameLook after_look(const SimPerson *p);
/* A person's name, never NULL. */
const char *after_name(const SimPerson *p);
/* A fact written about someone ("is running a study and needs volunteers") turned toward
 * them ("you're running a study and need volunteers"), for a message to them. */
void after_fact_to_you(const char *fact, char *out, size_t outlen);
/* "today", "yesterday", "4 days", "a week", "three weeks", "2 months"... for a day span. */
void after_days_words(int days, char *out, size_t outlen);
/* An event's title as it reads after "at" in a sentence: "the Campus Careers Fair". With
 * a subtitle ("Second Thursday: Design & Dev Meetup") the part naming the kind of event
 * is used ("the Design & Dev Meetup"); "the" is not doubled ("The Hub" stays "The Hub").
 * NULL or empty gives "the event". */
void after_event_phrase(const char *title, char *out, size_t outlen);
/* A title-case tier name ("Rapport"). */
const char *after_tier_label(int tier);

/* A wrapped text block's height in a type role at the current size (measures only). */
int after_text_h(GameApp *app, GfxFont font, UiType type, int width, const char *text);

#endif
