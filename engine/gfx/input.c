/* input.c — SDL events into per-frame actions (see input.h). Key bindings live here, in
 * one table, so the settings screen can show exactly what the code does; the key and
 * action names are English with catalogue ids, translated by the screen that shows them.
 */
#include "gfx/gfx_internal.h"

#include <string.h>

/* A word with its catalogue id, in the form `rapport i18n extract` reads (gfx keeps the
 * English; the settings screen translates it by id). */
#define TR_PAIR(id, english) {id, english}

static const struct {
  GfxWord name;
  int key_count;
  GfxKey keys[GFX_ACTION_KEYS_MAX];
} ACTIONS[GFX_ACT_COUNT] = {
  [GFX_ACT_CONFIRM] = {TR_PAIR("keys.action.confirm", "Confirm / talk"), 2, {GFX_KEY_ENTER, GFX_KEY_SPACE}},
  [GFX_ACT_BACK] = {TR_PAIR("keys.action.back", "Back"), 1, {GFX_KEY_ESCAPE}},
  [GFX_ACT_UP] = {TR_PAIR("keys.action.up", "Up"), 2, {GFX_KEY_UP, GFX_KEY_W}},
  [GFX_ACT_DOWN] = {TR_PAIR("keys.action.down", "Down"), 2, {GFX_KEY_DOWN, GFX_KEY_S}},
  [GFX_ACT_LEFT] = {TR_PAIR("keys.action.left", "Left"), 2, {GFX_KEY_LEFT, GFX_KEY_A}},
  [GFX_ACT_RIGHT] = {TR_PAIR("keys.action.right", "Right"), 2, {GFX_KEY_RIGHT, GFX_KEY_D}},
  [GFX_ACT_NEXT] = {TR_PAIR("keys.action.next", "Next item"), 1, {GFX_KEY_TAB}},
  [GFX_ACT_PREV] = {TR_PAIR("keys.action.previous", "Previous item"), 1, {GFX_KEY_SHIFT_TAB}},
  [GFX_ACT_RELOAD] = {TR_PAIR("keys.action.reload", "Reload scenario"), 1, {GFX_KEY_F5}},
  [GFX_ACT_ERASE] = {TR_PAIR("keys.action.erase", "Erase a letter"), 1, {GFX_KEY_BACKSPACE}},
  [GFX_ACT_VOICE] = {TR_PAIR("keys.action.voice", "Self-voicing on/off"), 1, {GFX_KEY_V}},
  [GFX_ACT_REPEAT] = {TR_PAIR("keys.action.repeat", "Say it again"), 1, {GFX_KEY_R}},
  [GFX_ACT_DIFFICULTY] = {TR_PAIR("keys.action.difficulty", "Difficulty (at an event)"), 1, {GFX_KEY_F2}},
  [GFX_ACT_PASTE] = {TR_PAIR("keys.action.paste", "Paste into a text box"), 2, {GFX_KEY_CTRL_V, GFX_KEY_SHIFT_INSERT}},
  [GFX_ACT_PAGE_PREV] = {TR_PAIR("keys.action.page_previous", "Previous page (of a table)"), 1, {GFX_KEY_PAGE_UP}},
  [GFX_ACT_PAGE_NEXT] = {TR_PAIR("keys.action.page_next", "Next page (of a table)"), 1, {GFX_KEY_PAGE_DOWN}},
  [GFX_ACT_PAGE_FIRST] = {TR_PAIR("keys.action.page_first", "First page (of a table)"), 1, {GFX_KEY_HOME}},
  [GFX_ACT_PAGE_LAST] = {TR_PAIR("keys.action.page_last", "Last page (of a table)"), 1, {GFX_KEY_END}},
};

/* Key caps, with the SDL key (and Shift) that gfx_key_action reads. */
static const struct {
  GfxWord name;
  SDL_Keycode sym;
  Uint16 mod;
} KEYS[GFX_KEY_COUNT] = {
  [GFX_KEY_ENTER] = {TR_PAIR("keys.enter", "Enter"), SDLK_RETURN, 0},
  [GFX_KEY_SPACE] = {TR_PAIR("keys.space", "Space"), SDLK_SPACE, 0},
  [GFX_KEY_ESCAPE] = {TR_PAIR("keys.escape", "Escape"), SDLK_ESCAPE, 0},
  [GFX_KEY_UP] = {TR_PAIR("keys.up", "Up"), SDLK_UP, 0},
  [GFX_KEY_DOWN] = {TR_PAIR("keys.down", "Down"), SDLK_DOWN, 0},
  [GFX_KEY_LEFT] = {TR_PAIR("keys.left", "Left"), SDLK_LEFT, 0},
  [GFX_KEY_RIGHT] = {TR_PAIR("keys.right", "Right"), SDLK_RIGHT, 0},
  [GFX_KEY_W] = {{NULL, "W"}, SDLK_w, 0},
  [GFX_KEY_S] = {{NULL, "S"}, SDLK_s, 0},
  [GFX_KEY_A] = {{NULL, "A"}, SDLK_a, 0},
  [GFX_KEY_D] = {{NULL, "D"}, SDLK_d, 0},
  [GFX_KEY_TAB] = {TR_PAIR("keys.tab", "Tab"), SDLK_TAB, 0},
  [GFX_KEY_SHIFT_TAB] = {TR_PAIR("keys.shift_tab", "Shift+Tab"), SDLK_TAB, KMOD_LSHIFT},
  [GFX_KEY_F5] = {{NULL, "F5"}, SDLK_F5, 0},
  [GFX_KEY_BACKSPACE] = {TR_PAIR("keys.backspace", "Backspace"), SDLK_BACKSPACE, 0},
  [GFX_KEY_V] = {{NULL, "V"}, SDLK_v, 0},
  [GFX_KEY_R] = {{NULL, "R"}, SDLK_r, 0},
  [GFX_KEY_F2] = {{NULL, "F2"}, SDLK_F2, 0},
  [GFX_KEY_CTRL_V] = {TR_PAIR("keys.ctrl_v", "Ctrl+V"), SDLK_v, KMOD_LCTRL},
  [GFX_KEY_SHIFT_INSERT] = {TR_PAIR("keys.shift_insert", "Shift+Insert"), SDLK_INSERT, KMOD_LSHIFT},
  [GFX_KEY_PAGE_UP] = {TR_PAIR("keys.page_up", "Page Up"), SDLK_PAGEUP, 0},
  [GFX_KEY_PAGE_DOWN] = {TR_PAIR("keys.page_down", "Page Down"), SDLK_PAGEDOWN, 0},
  [GFX_KEY_HOME] = {TR_PAIR("keys.home", "Home"), SDLK_HOME, 0},
  [GFX_KEY_END] = {TR_PAIR("keys.end", "End"), SDLK_END, 0},
};

GfxWord gfx_action_name(GfxAction a) {
  return (unsigned)a < GFX_ACT_COUNT ? ACTIONS[a].name : (GfxWord){NULL, ""};
}

int gfx_action_key_list(GfxAction a, GfxKey out[GFX_ACTION_KEYS_MAX]) {
  if ((unsigned)a >= GFX_ACT_COUNT) return 0;
  for (int i = 0; i < ACTIONS[a].key_count; i++) out[i] = ACTIONS[a].keys[i];
  return ACTIONS[a].key_count;
}

GfxWord gfx_key_name(GfxKey k) { return (unsigned)k < GFX_KEY_COUNT ? KEYS[k].name : (GfxWord){NULL, ""}; }

static int key_action(SDL_Keycode key, Uint16 mod, bool typing);

int gfx_key_action(GfxKey k) {
  return (unsigned)k < GFX_KEY_COUNT ? key_action(KEYS[k].sym, KEYS[k].mod, false) : -1;
}

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
    case SDLK_PAGEUP: return GFX_ACT_PAGE_PREV;
    case SDLK_PAGEDOWN: return GFX_ACT_PAGE_NEXT;
    case SDLK_HOME: return GFX_ACT_PAGE_FIRST;
    case SDLK_END: return GFX_ACT_PAGE_LAST;
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
