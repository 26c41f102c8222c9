/* layer.c — cached layers: content painted once into a texture, blitted every frame.
 * Whether the cache is still right is decided by probing the content's drawing code
 * (the hash of every call it makes), never by the caller remembering to invalidate, so a
 * changed layout, text size, colour or highlighted zone repaints it and nothing else does.
 */
#include "gfx/gfx_internal.h"

#include <stdlib.h>

struct GfxLayer {
  SDL_Texture *tex;
  int tex_w, tex_h;
  uint64_t key;
  GfxRect area;
  float sx, sy;
  unsigned epoch;            /* g->targets_epoch the texture was painted in */
  uint64_t builds;
};

GfxLayer *gfx_layer_create(void) { return calloc(1, sizeof(GfxLayer)); }

void gfx_layer_destroy(GfxLayer *l) {
  if (!l) return;
  if (l->tex) SDL_DestroyTexture(l->tex);
  free(l);
}

uint64_t gfx_layer_builds(const GfxLayer *l) { return l ? l->builds : 0; }

/* Repaints the layer's texture: same scale as the window, cleared, then the content. */
static bool rebuild(Gfx *g, GfxLayer *l, GfxColor clear, float sx, float sy, void (*draw)(void *), void *ctx) {
  int w = (int)((float)GFX_WIDTH * sx + 0.999f), h = (int)((float)GFX_HEIGHT * sy + 0.999f);
  if (!l->tex || l->tex_w != w || l->tex_h != h) {
    if (l->tex) SDL_DestroyTexture(l->tex);
    l->tex = SDL_CreateTexture(g->renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, w, h);
    if (!l->tex) return false;
    l->tex_w = w;
    l->tex_h = h;
    SDL_SetTextureBlendMode(l->tex, SDL_BLENDMODE_NONE); /* opaque: a plain copy */
  }
  SDL_Texture *prev = SDL_GetRenderTarget(g->renderer);
  if (SDL_SetRenderTarget(g->renderer, l->tex) != 0) return false;
  SDL_RenderSetScale(g->renderer, sx, sy);
  SDL_RenderSetClipRect(g->renderer, NULL);
  SDL_SetRenderDrawColor(g->renderer, clear.r, clear.g, clear.b, 255);
  SDL_RenderClear(g->renderer);
  g->layer_building++;
  draw(ctx);
  g->layer_building--;
  SDL_RenderSetClipRect(g->renderer, NULL);
  /* Back to the window: SDL restores its viewport, scale and clip. */
  SDL_SetRenderTarget(g->renderer, prev);
  l->builds++;
  return true;
}

void gfx_layer_draw(Gfx *g, GfxLayer *l, GfxRect area, GfxColor clear, void (*draw)(void *ctx), void *ctx) {
  if (g->probing || g->caching_off || !l || g->layer_building) {
    draw(ctx);
    return;
  }
  /* What would the content draw now? */
  uint64_t saved = g->probe_hash;
  g->probing = true;
  g->layer_probe = true;
  g->probe_hash = 0xcbf29ce484222325ULL;
  gfx_probe_op(g, 0, (const int[]){area.x, area.y, area.w, area.h}, 4, clear);
  draw(ctx);
  uint64_t key = g->probe_hash;
  g->probing = false;
  g->layer_probe = false;
  g->probe_hash = saved;
  float sx, sy;
  SDL_RenderGetScale(g->renderer, &sx, &sy);
  if (sx <= 0 || sy <= 0) sx = sy = 1;
  if (!l->tex || key != l->key || sx != l->sx || sy != l->sy || l->epoch != g->targets_epoch) {
    if (!rebuild(g, l, clear, sx, sy, draw, ctx)) {
      l->key = 0;
      draw(ctx);
      return;
    }
    l->key = key;
    l->epoch = g->targets_epoch;
    l->sx = sx;
    l->sy = sy;
    l->area = area;
  }
  SDL_Rect src = {(int)((float)area.x * sx), (int)((float)area.y * sy), (int)((float)area.w * sx + 0.5f),
                  (int)((float)area.h * sy + 0.5f)};
  SDL_RenderCopy(g->renderer, l->tex, &src, &(SDL_Rect){area.x, area.y, area.w, area.h});
}
