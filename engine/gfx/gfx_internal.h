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
  /* Renderer choice (renderer.c). */
  bool software;
  char renderer_summary[192];
  /* Probing (see gfx_begin_probe): draw calls hash their arguments instead of drawing. */
  bool probing;
  uint64_t probe_hash;
  int layer_building;        /* >0 while a layer is repainted: its text is logged already */
  bool layer_probe;          /* probing a layer's content: its text is logged as drawn */
  bool redraw;               /* the window needs a full redraw (exposed, resized) */
  bool caching_off;
  unsigned targets_epoch;    /* bumped when the renderer lost its target textures */
  struct GfxShapeCache *shapes; /* 9-slice corners (shapes.c) */
  struct GfxSpriteCache *sprites; /* figures and portraits (sprite.c) */
};

/* FNV-1a over bytes, folded into the probe hash. */
static inline void gfx_probe_bytes(Gfx *g, const void *data, size_t n) {
  const unsigned char *p = data;
  uint64_t h = g->probe_hash;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
  g->probe_hash = h;
}
/* Folds one draw call (an op code, integers and a colour) into the probe hash. */
static inline void gfx_probe_op(Gfx *g, int op, const int *v, int n, GfxColor c) {
  gfx_probe_bytes(g, &op, sizeof op);
  gfx_probe_bytes(g, v, sizeof v[0] * (size_t)n);
  gfx_probe_bytes(g, &c, sizeof c);
}

/* Picks and creates the window's renderer (renderer.c); fills g->renderer_summary. */
bool gfx_open_window_renderer(Gfx *g, const GfxConfig *config, char *err, size_t errlen);
/* Shapes rasterised once per size as white masks, then blitted tinted (shapes.c). */
typedef enum GfxShapeKind { GFX_SHAPE_ELLIPSE, GFX_SHAPE_CORNERS, GFX_SHAPE_RING } GfxShapeKind;
/* Blits the whole mask (a, b) with its top-left at (x, y); false: draw directly instead. */
bool gfx_shape_blit(Gfx *g, GfxShapeKind kind, int a, int b, int x, int y, GfxColor c);
/* The four corners of `r` from a corner mask (rounded fill, or a ring of thickness t). */
bool gfx_shape_corners(Gfx *g, GfxShapeKind kind, int rad, int t, GfxRect r, GfxColor c);
void gfx_shapes_destroy(Gfx *g);
void gfx_sprites_destroy(Gfx *g);
/* The direct rasterisers the masks are made with (draw.c). */
void gfx_fill_arc(SDL_Renderer *ren, float cx, float cy, float rx, float ry, float a0, float a1, GfxColor c);
void gfx_ring_corners(SDL_Renderer *ren, GfxRect r, int rad, int t, GfxColor c);

/* The opened TTF font for (font, size), opening it on first use; NULL on failure. */
TTF_Font *gfx_font(Gfx *g, GfxFont font, int size);
/* Writes the current frame to `path` now. */
bool gfx_capture(Gfx *g, const char *path, char *err, size_t errlen);

#endif
