/* input.c — SDL events into per-frame actions (see input.h). Key bindings live here, in
 * one table, so the settings screen can show exactly what the code does.
 */
#include "gfx/gfx_internal.h"

#include <string.h>

static const struct {
  const char *label, *keys;
} ACTION_TEXT[GFX_ACT_COUNT] = {
  [GFX_ACT_CONFIRM] = {"Confirm / talk", "Enter, Space"},
  [GFX_ACT_BACK] = {"Back", "Escape"},
  [GFX_ACT_UP] = {"Up", "Up, W"},
  [GFX_ACT_DOWN] = {"Down", "Down, S"},
  [GFX_ACT_LEFT] = {"Left", "Left, A"},
  [GFX_ACT_RIGHT] = {"Right", "Right, D"},
  [GFX_ACT_NEXT] = {"Next item", "Tab"},
  [GFX_ACT_PREV] = {"Previous item", "Shift+Tab"},
  [GFX_ACT_RELOAD] = {"Reload scenario", "F5"},
  [GFX_ACT_ERASE] = {"Erase a letter", "Backspace"},
  [GFX_ACT_VOICE] = {"Self-voicing on/off", "V"},
  [GFX_ACT_REPEAT] = {"Say it again", "R"},
  [GFX_ACT_DIFFICULTY] = {"Difficulty (at an event)", "F2"},
  [GFX_ACT_PASTE] = {"Paste into a text box", "Ctrl+V, Shift+Insert"},
};

const char *gfx_action_label(GfxAction a) { return a < GFX_ACT_COUNT ? ACTION_TEXT[a].label : ""; }
const char *gfx_action_keys(GfxAction a) { return a < GFX_ACT_COUNT ? ACTION_TEXT[a].keys : ""; }

void gfx_input_begin_frame(GfxInput *in) {
  memset(in->pressed, 0, sizeof in->pressed);
  in->number = 0;
  in->text[0] = '\0';
  in->mouse_moved = false;
  in->clicked = false;
  in->wheel = 0;
}

/* The action for a key, or -1. Letters and digits are text while a field is being typed in. */
static int key_action(SDL_Keycode key, Uint16 mod, bool typing) {
  if ((key == SDLK_v && (mod & KMOD_CTRL)) || (key == SDLK_INSERT && (mod & KMOD_SHIFT))) return GFX_ACT_PASTE;
  switch (key) {
    case SDLK_RETURN: case SDLK_KP_ENTER: return GFX_ACT_CONFIRM;
    case SDLK_SPACE: return typing ? -1 : GFX_ACT_CONFIRM;
    case SDLK_ESCAPE: return GFX_ACT_BACK;
    case SDLK_UP: return GFX_ACT_UP;
    case SDLK_DOWN: return GFX_ACT_DOWN;
    case SDLK_LEFT: return GFX_ACT_LEFT;
    case SDLK_RIGHT: return GFX_ACT_RIGHT;
    case SDLK_TAB: return (mod & KMOD_SHIFT) ? GFX_ACT_PREV : GFX_ACT_NEXT;
    case SDLK_F5: return GFX_ACT_RELOAD;
    case SDLK_F2: return GFX_ACT_DIFFICULTY;
    case SDLK_BACKSPACE: return GFX_ACT_ERASE;
    case SDLK_w: return typing ? -1 : GFX_ACT_UP;
    case SDLK_s: return typing ? -1 : GFX_ACT_DOWN;
    case SDLK_a: return typing ? -1 : GFX_ACT_LEFT;
    case SDLK_d: return typing ? -1 : GFX_ACT_RIGHT;
    case SDLK_v: return typing ? -1 : GFX_ACT_VOICE;
    case SDLK_r: return typing ? -1 : GFX_ACT_REPEAT;
    default: return -1;
  }
}

/* SDL's renderer already maps mouse events to logical (layout) coordinates. */
static void to_layout(Gfx *g, int wx, int wy, int *lx, int *ly) {
  (void)g;
  *lx = wx;
  *ly = wy;
}

bool gfx_poll_input(Gfx *g, GfxInput *in) {
  /* Events accumulate until a tick consumes them (gfx_input_begin_frame), so a fast
   * frame that runs no tick loses no key press. */
  SDL_Event e;
  bool open = true;
  while (SDL_PollEvent(&e)) {
    switch (e.type) {
      case SDL_QUIT:
        in->quit = true;
        open = false;
        break;
      case SDL_KEYDOWN: {
        SDL_Keycode k = e.key.keysym.sym;
        int a = key_action(k, e.key.keysym.mod, in->text_active);
        if (a >= 0) {
          in->pressed[a] = true;
          in->held[a] = true;
        }
        if (!in->text_active) {
          if (k >= SDLK_1 && k <= SDLK_9) in->number = (int)(k - SDLK_0);
          else if (k >= SDLK_KP_1 && k <= SDLK_KP_9) in->number = (int)(k - SDLK_KP_1) + 1;
        }
        break;
      }
      case SDL_KEYUP: {
        int a = key_action(e.key.keysym.sym, e.key.keysym.mod, false);
        if (a >= 0) in->held[a] = false;
        if (e.key.keysym.sym == SDLK_TAB) in->held[GFX_ACT_PREV] = in->held[GFX_ACT_NEXT] = false;
        break;
      }
      case SDL_TEXTINPUT:
        if (in->text_active) {
          size_t have = strlen(in->text), add = strlen(e.text.text);
          if (have + add < GFX_TEXT_MAX) memcpy(in->text + have, e.text.text, add + 1);
        }
        break;
      case SDL_MOUSEMOTION:
        to_layout(g, e.motion.x, e.motion.y, &in->mouse_x, &in->mouse_y);
        in->mouse_moved = true;
        break;
      case SDL_MOUSEBUTTONUP:
        if (e.button.button == SDL_BUTTON_LEFT) {
          to_layout(g, e.button.x, e.button.y, &in->click_x, &in->click_y);
          in->mouse_x = in->click_x;
          in->mouse_y = in->click_y;
          in->clicked = true;
        }
        break;
      case SDL_WINDOWEVENT:
        /* The window's pixels may be gone (exposed) or rescaled: the next frame is drawn. */
        if (e.window.event == SDL_WINDOWEVENT_EXPOSED || e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
            e.window.event == SDL_WINDOWEVENT_RESTORED || e.window.event == SDL_WINDOWEVENT_SHOWN)
          g->redraw = true;
        break;
      case SDL_RENDER_TARGETS_RESET:
      case SDL_RENDER_DEVICE_RESET:
        /* Target textures (cached layers) lost their pixels: repaint them, redraw. */
        g->targets_epoch++;
        g->redraw = true;
        break;
      case SDL_MOUSEWHEEL:
        in->wheel += e.wheel.y;
        break;
      default:
        break;
    }
  }
  return open;
}
