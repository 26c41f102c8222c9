/* gfx_internal.h — the layout of Gfx, shared by the gfx implementation files only. */
#ifndef RAPPORT_GFX_INTERNAL_H
#define RAPPORT_GFX_INTERNAL_H

#include <SDL.h>
#include <SDL_ttf.h>

#include "gfx/gfx.h"
#include "gfx/text_cache.h"

#define GFX_MAX_FONTS 24
#define GFX_DRAWN_CAP 32768

typedef struct GfxOpenFont {
  GfxFont font;
  int size;
  TTF_Font *ttf;
} GfxOpenFont;

struct Gfx {
  bool headless;
  bool sdl_started, ttf_started;
  SDL_Window *window;
  SDL_Surface *target;      /* headless render target */
  SDL_Renderer *renderer;
  GfxTextCache *cache;
  char font_path[GFX_FONT_COUNT][512];
  GfxOpenFont fonts[GFX_MAX_FONTS];
  int font_count;
  Uint64 start_counter;
  uint64_t frames;
  char drawn[GFX_DRAWN_CAP]; /* text drawn this frame, for expect-text */
  size_t drawn_len;
  char pending_shot[1024];
  bool shot_ok;
  char shot_err[256];
  double last_variety;
};

/* The opened TTF font for (font, size), opening it on first use; NULL on failure. */
TTF_Font *gfx_font(Gfx *g, GfxFont font, int size);
/* Writes the current frame to `path` now. */
bool gfx_capture(Gfx *g, const char *path, char *err, size_t errlen);

#endif
