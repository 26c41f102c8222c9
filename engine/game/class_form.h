/* class_form.h — the classroom screens' small form kit: a list of buttons and text boxes
 * laid out by the screen each frame, one focus moved by Up/Down/Tab (Left/Right between
 * buttons on one row), Enter or a click activates, typing goes to the focused box. Built
 * on the widget kit (ui/widgets.h); used by the hand-in, teacher and PIN screens.
 */
#ifndef RAPPORT_GAME_CLASS_FORM_H
#define RAPPORT_GAME_CLASS_FORM_H

#include <stdbool.h>

#include "game/app.h"

#define CLASS_FORM_MAX 40
#define CLASS_AREA_MAX 65536 /* a year group's results codes pasted at once (300 lines ~ 20 KB) */

typedef enum ClassFormKind { CF_BUTTON, CF_PRIMARY, CF_FIELD, CF_AREA, CF_CHOICE } ClassFormKind;

/* A multi-line text box (results codes): Enter starts a new line, Ctrl+Enter is not needed —
 * the screen's button reads it. */
typedef struct ClassArea {
  char text[CLASS_AREA_MAX];
  char notice[200];          /* what the last paste did ("Pasted 31 lines."), for the screen */
  bool notice_error;         /* ...it was refused (too long, nothing to paste) */
} ClassArea;

typedef struct ClassFormItem {
  ClassFormKind kind;
  int id;                    /* the screen's own id for the item */
  GfxRect r;
  char label[160];           /* a button's label, a box's placeholder */
  UiTextField *field;        /* CF_FIELD */
  ClassArea *area;           /* CF_AREA */
  bool selected;             /* CF_CHOICE: drawn as chosen */
  bool masked;               /* CF_FIELD: a PIN, drawn as dots */
} ClassFormItem;

typedef struct ClassForm {
  ClassFormItem items[CLASS_FORM_MAX];
  int count;
  int focus;                 /* index into items */
  int focus_id;              /* the focused item's id, kept across layouts */
} ClassForm;

/* Starts a layout (the items are added again each frame; the focus follows its id). */
void game_form_begin(ClassForm *f);
ClassFormItem *game_form_add(ClassForm *f, ClassFormKind kind, int id, GfxRect r, const char *label);
/* Ends a layout: the focus is the item with the kept id, else the first. */
void game_form_end(ClassForm *f);
/* Focuses the item with `id` (no-op when none has it). */
void game_form_focus(ClassForm *f, int id);
int game_form_focused_id(const ClassForm *f);
/* Whether a text box has the focus (for the footer's hint). */
bool game_form_typing(const ClassForm *f);
/* Input: moves the focus, types into the focused box; returns the id activated (Enter on
 * a button or a one-line box, a click on a button), else -1. *changed (opt) is set when a
 * box's text changed. Sets in->text_active while a box has the focus. */
int game_form_update(ClassForm *f, GfxInput *in, bool *changed);
void game_form_draw(UiCtx *ui, const ClassForm *f);
/* Pastes the clipboard at the end of the box (Ctrl+V in it does the same; a screen's Paste
 * button calls this), on a line of its own; refused whole, with a notice saying so, when it
 * does not fit. Returns whether the text changed. */
bool game_area_paste(ClassArea *area);
/* A multi-line box's height for `lines` lines of body text. */
int game_form_area_height(UiCtx *ui, int lines);

#endif
