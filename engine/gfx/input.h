/* input.h — input mapped to actions, for keyboard and mouse alike.
 *
 * One GfxInput describes what happened during one frame. Scenes read actions, never raw
 * SDL keys, so that replays, keyboard and mouse reach the same code paths.
 */
#ifndef RAPPORT_GFX_INPUT_H
#define RAPPORT_GFX_INPUT_H

#include <stdbool.h>
#include <stdint.h>

typedef enum GfxAction {
  GFX_ACT_CONFIRM,     /* Return, keypad Enter, Space */
  GFX_ACT_BACK,        /* Escape */
  GFX_ACT_UP,          /* Up, W */
  GFX_ACT_DOWN,        /* Down, S */
  GFX_ACT_LEFT,        /* Left, A */
  GFX_ACT_RIGHT,       /* Right, D */
  GFX_ACT_NEXT,        /* Tab */
  GFX_ACT_PREV,        /* Shift+Tab */
  GFX_ACT_RELOAD,      /* F5 */
  GFX_ACT_ERASE,       /* Backspace */
  GFX_ACT_VOICE,       /* V: self-voicing on/off (not while typing) */
  GFX_ACT_REPEAT,      /* R: say the last thing again (not while typing) */
  GFX_ACT_DIFFICULTY,  /* F2: the difficulty chooser (on the mixer floor) */
  GFX_ACT_PASTE,       /* Ctrl+V, Shift+Insert: paste into the text box (gfx_clipboard_read) */
  GFX_ACT_PAGE_PREV,   /* Page Up: the previous page of a long list (the dashboard's table) */
  GFX_ACT_PAGE_NEXT,   /* Page Down */
  GFX_ACT_PAGE_FIRST,  /* Home: the first page */
  GFX_ACT_PAGE_LAST,   /* End: the last page */
  GFX_ACT_COUNT
} GfxAction;

#define GFX_TEXT_MAX 128

typedef struct GfxInput {
  bool pressed[GFX_ACT_COUNT]; /* went down this frame (with key repeat) */
  bool held[GFX_ACT_COUNT];    /* is down now (movement) */
  int number;                  /* 1..9 when a number key was pressed this frame, else 0 */
  char text[GFX_TEXT_MAX];     /* UTF-8 typed this frame */
  bool text_active;            /* set by the scene: typing letters goes to text, not actions */
  int mouse_x, mouse_y;        /* layout coordinates */
  bool mouse_moved;
  bool clicked;                /* left button released this frame (a click) */
  int click_x, click_y;
  int wheel;                   /* +up / -down */
  bool quit;                   /* window closed */
} GfxInput;

/* A key as the settings screen names it: a key cap, not a character. */
typedef enum GfxKey {
  GFX_KEY_ENTER, GFX_KEY_SPACE, GFX_KEY_ESCAPE, GFX_KEY_UP, GFX_KEY_DOWN, GFX_KEY_LEFT, GFX_KEY_RIGHT,
  GFX_KEY_W, GFX_KEY_S, GFX_KEY_A, GFX_KEY_D, GFX_KEY_TAB, GFX_KEY_SHIFT_TAB, GFX_KEY_F5,
  GFX_KEY_BACKSPACE, GFX_KEY_V, GFX_KEY_R, GFX_KEY_F2, GFX_KEY_CTRL_V, GFX_KEY_SHIFT_INSERT,
  GFX_KEY_PAGE_UP, GFX_KEY_PAGE_DOWN, GFX_KEY_HOME, GFX_KEY_END,
  GFX_KEY_COUNT
} GfxKey;

/* A word a screen shows for gfx: its catalogue id and its English. gfx does not translate
 * (it does not use engine/i18n); the screen that draws the word does, with
 * i18n_text(word.id, word.english). id is NULL for a word that is the same in every
 * language (a letter, F5). `rapport i18n extract` finds them (TR_PAIR in input.c). */
typedef struct GfxWord {
  const char *id;
  const char *english;
} GfxWord;

#define GFX_ACTION_KEYS_MAX 3

/* What the action does, for the settings screen's key table ("Confirm / talk"). An action
 * out of range gives {NULL, ""}. */
GfxWord gfx_action_name(GfxAction action);
/* The keys bound to the action, in the order the key table lists them, into out; returns
 * how many (0 for an action out of range). */
int gfx_action_key_list(GfxAction action, GfxKey out[GFX_ACTION_KEYS_MAX]);
/* A key cap's name ("Enter", "Up"); {NULL, ""} out of range. */
GfxWord gfx_key_name(GfxKey key);
/* The action the key triggers outside a text field, or -1: the same mapping the game reads
 * input with, so a test can hold the key table to what the code does. */
int gfx_key_action(GfxKey key);

/* Clears the per-frame parts of `input`, keeping held keys, mouse position and text mode. */
void gfx_input_begin_frame(GfxInput *input);

#endif
