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

/* Human-readable description of each action's keys, for the settings screen. */
const char *gfx_action_keys(GfxAction action);
const char *gfx_action_label(GfxAction action);

/* Clears the per-frame parts of `input`, keeping held keys, mouse position and text mode. */
void gfx_input_begin_frame(GfxInput *input);

#endif
