/* shapes.c — ellipses and rounded corners rasterised once per size, then blitted.
 * A mask is the shape in opaque white on transparent, made by the very rasteriser that
 * would draw it directly (SDL's software triangles, on a scratch surface) at the same
 * sub-pixel offsets, so a tinted blit gives the same pixels as drawing the triangle fan
 * again: one small copy instead of dozens of triangles, every frame.
 */
#include "gfx/gfx_internal.h"

#include <stdlib.h>

#define SHAPE_CAP 160
#define SHAPE_MAX_SIDE 1024

typedef struct ShapeEntry {
  int kind, a, b;
  SDL_Texture *tex;
  uint64_t used;
} ShapeEntry;

typedef struct GfxShapeCache {
  ShapeEntry e[SHAPE_CAP];
  int count;
  uint64_t clock;
} GfxShapeCache;

/* The mask's size: an ellipse's box (2a x 2b), or 2r x 2r for corners (a = r, b = ring width). */
static void mask_size(int kind, int a, int b, int *w, int *h) {
  *w = 2 * a;
  *h = kind == GFX_SHAPE_ELLIPSE ? 2 * b : 2 * a;
}

/* Where two triangles of a fan meet, float error can leave a one-pixel crack (seen at the
 * rim of an ellipse); drawn directly it comes and goes with the position, but a mask is
 * blitted everywhere, so close any pixel with shape on both sides. */
static void fill_cracks(SDL_Surface *s) {
  Uint32 *p = s->pixels;
  int stride = s->pitch / 4;
  for (int y = 0; y < s->h; y++)
    for (int x = 0; x < s->w; x++) {
      Uint32 *q = &p[y * stride + x];
      if (*q >> 24) continue;
      bool lr = x > 0 && x + 1 < s->w && (q[-1] >> 24) && (q[1] >> 24);
      bool ud = y > 0 && y + 1 < s->h && (q[-stride] >> 24) && (q[stride] >> 24);
      if (lr || ud) *q = 0xFFFFFFFFu;
    }
}

static SDL_Texture *make_mask(Gfx *g, int kind, int a, int b) {
  int w, h;
  mask_size(kind, a, b, &w, &h);
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
  if (!s) return NULL;
  SDL_Renderer *ren = SDL_CreateSoftwareRenderer(s);
  SDL_Texture *tex = NULL;
  if (ren) {
    SDL_SetRenderDrawColor(ren, 0, 0, 0, 0);
    SDL_RenderClear(ren);
    SDL_SetRenderDrawBlendMode(ren, SDL_BLENDMODE_NONE);
    const GfxColor white = {255, 255, 255, 255};
    const float pi = 3.14159265f, fa = (float)a;
    if (kind == GFX_SHAPE_ELLIPSE) {
      gfx_fill_arc(ren, fa, (float)b, fa, (float)b, 0.0f, 6.2831853f, white);

    } else if (kind == GFX_SHAPE_CORNERS) { /* the four quarter fans of gfx_fill_round_rect */
      gfx_fill_arc(ren, fa, fa, fa, fa, pi, 1.5f * pi, white);
      gfx_fill_arc(ren, fa, fa, fa, fa, 1.5f * pi, 2.0f * pi, white);
      gfx_fill_arc(ren, fa, fa, fa, fa, 0.0f, 0.5f * pi, white);
      gfx_fill_arc(ren, fa, fa, fa, fa, 0.5f * pi, pi, white);
    } else {
      gfx_ring_corners(ren, (GfxRect){0, 0, w, h}, a, b, white);
    }
    SDL_RenderPresent(ren);
    SDL_DestroyRenderer(ren);
    fill_cracks(s);
    tex = SDL_CreateTextureFromSurface(g->renderer, s);
    if (tex) {
      SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
      SDL_SetTextureScaleMode(tex, SDL_ScaleModeNearest);
    }
  }
  SDL_FreeSurface(s);
  return tex;
}

/* The cached mask for (kind, a, b); NULL: draw directly this time. A shape gets a mask the
 * second time it is drawn, so one-off shapes cost nothing extra and the first frame after
 * start (which matters for time-to-first-frame) draws directly. */
static SDL_Texture *mask(Gfx *g, int kind, int a, int b) {
  if (g->caching_off || a <= 0 || b < 0 || a > SHAPE_MAX_SIDE / 2 || b > SHAPE_MAX_SIDE / 2) return NULL;
  if (!g->shapes && !(g->shapes = calloc(1, sizeof *g->shapes))) return NULL;
  GfxShapeCache *c = g->shapes;
  c->clock++;
  int victim = 0;
  for (int i = 0; i < c->count; i++) {
    ShapeEntry *e = &c->e[i];
    if (e->kind == kind && e->a == a && e->b == b) {
      e->used = c->clock;
      if (!e->tex) e->tex = make_mask(g, kind, a, b);
      return e->tex;
    }
    if (e->used < c->e[victim].used) victim = i;
  }
  ShapeEntry *slot;
  if (c->count < SHAPE_CAP) {
    slot = &c->e[c->count++];
  } else { /* least recently used goes */
    slot = &c->e[victim];
    if (slot->tex) SDL_DestroyTexture(slot->tex);
  }
  *slot = (ShapeEntry){kind, a, b, NULL, c->clock}; /* seen once: a mask next time */
  return NULL;
}

static void tint(SDL_Texture *tex, GfxColor c) {
  SDL_SetTextureColorMod(tex, c.r, c.g, c.b);
  SDL_SetTextureAlphaMod(tex, c.a);
}

bool gfx_shape_blit(Gfx *g, GfxShapeKind kind, int a, int b, int x, int y, GfxColor c) {
  SDL_Texture *tex = mask(g, kind, a, b);
  if (!tex) return false;
  int w, h;
  mask_size(kind, a, b, &w, &h);
  tint(tex, c);
  SDL_RenderCopy(g->renderer, tex, NULL, &(SDL_Rect){x, y, w, h});
  return true;
}

bool gfx_shape_corners(Gfx *g, GfxShapeKind kind, int rad, int t, GfxRect r, GfxColor c) {
  SDL_Texture *tex = mask(g, kind, rad, kind == GFX_SHAPE_RING ? t : 0);
  if (!tex) return false;
  tint(tex, c);
  const int sx[4] = {0, rad, rad, 0}, sy[4] = {0, 0, rad, rad};
  const int dx[4] = {r.x, r.x + r.w - rad, r.x + r.w - rad, r.x};
  const int dy[4] = {r.y, r.y, r.y + r.h - rad, r.y + r.h - rad};
  for (int k = 0; k < 4; k++)
    SDL_RenderCopy(g->renderer, tex, &(SDL_Rect){sx[k], sy[k], rad, rad}, &(SDL_Rect){dx[k], dy[k], rad, rad});
  return true;
}

void gfx_shapes_destroy(Gfx *g) {
  if (!g->shapes) return;
  for (int i = 0; i < g->shapes->count; i++)
    if (g->shapes->e[i].tex) SDL_DestroyTexture(g->shapes->e[i].tex);
  free(g->shapes);
  g->shapes = NULL;
}
