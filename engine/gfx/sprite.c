/* sprite.c — small pictures drawn once and stamped: a floor figure or a portrait is a few
 * dozen shapes, the same every frame for a given look and expression. The picture is
 * drawn at a fixed origin into a transparent texture, keyed by the probe hash of that
 * drawing (so a different look, size, mood or theme is simply another sprite), and copied
 * to wherever it is needed. Content must be opaque: it is stamped with plain blending.
 */
#include "gfx/gfx_internal.h"

#include <stdlib.h>

#define SPRITE_CAP 96
#define SPRITE_MAX_SIDE 512

typedef struct Sprite {
  uint64_t key;
  int w, h;
  SDL_Texture *tex;
  unsigned epoch;
  uint64_t used;
} Sprite;

typedef struct GfxSpriteCache {
  Sprite s[SPRITE_CAP];
  int count;
  uint64_t clock;
} GfxSpriteCache;

static SDL_Texture *paint(Gfx *g, int w, int h, void (*draw)(void *, int, int), void *ctx) {
  SDL_Texture *tex = SDL_CreateTexture(g->renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, w, h);
  if (!tex) return NULL;
  SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
  SDL_Texture *prev = SDL_GetRenderTarget(g->renderer);
  if (SDL_SetRenderTarget(g->renderer, tex) != 0) {
    SDL_DestroyTexture(tex);
    return NULL;
  }
  SDL_RenderSetClipRect(g->renderer, NULL);
  SDL_SetRenderDrawColor(g->renderer, 0, 0, 0, 0);
  SDL_RenderClear(g->renderer);
  g->layer_building++;
  draw(ctx, 0, 0);
  g->layer_building--;
  SDL_SetRenderTarget(g->renderer, prev); /* SDL restores the window's viewport, scale, clip */
  return tex;
}

void gfx_sprite_draw(Gfx *g, int x, int y, int w, int h, void (*draw)(void *ctx, int ox, int oy), void *ctx) {
  if (g->probing || g->caching_off || g->layer_building || w <= 0 || h <= 0 || w > SPRITE_MAX_SIDE ||
      h > SPRITE_MAX_SIDE) {
    draw(ctx, x, y);
    return;
  }
  /* Which picture is it? Probe it at the origin. */
  g->probing = true;
  uint64_t saved = g->probe_hash;
  g->probe_hash = 0xcbf29ce484222325ULL;
  gfx_probe_op(g, 0, (const int[]){w, h}, 2, (GfxColor){0, 0, 0, 0});
  draw(ctx, 0, 0);
  uint64_t key = g->probe_hash;
  g->probe_hash = saved;
  g->probing = false;
  if (!g->sprites && !(g->sprites = calloc(1, sizeof *g->sprites))) {
    draw(ctx, x, y);
    return;
  }
  GfxSpriteCache *c = g->sprites;
  c->clock++;
  Sprite *hit = NULL;
  int victim = 0;
  for (int i = 0; i < c->count && !hit; i++) {
    Sprite *s = &c->s[i];
    if (s->key == key && s->w == w && s->h == h && s->epoch == g->targets_epoch) hit = s;
    else if (s->used < c->s[victim].used) victim = i;
  }
  if (!hit) {
    SDL_Texture *tex = paint(g, w, h, draw, ctx);
    if (!tex) {
      draw(ctx, x, y);
      return;
    }
    if (c->count < SPRITE_CAP) {
      hit = &c->s[c->count++];
    } else { /* least recently used goes */
      hit = &c->s[victim];
      SDL_DestroyTexture(hit->tex);
    }
    *hit = (Sprite){key, w, h, tex, g->targets_epoch, 0};
  }
  hit->used = c->clock;
  SDL_RenderCopy(g->renderer, hit->tex, NULL, &(SDL_Rect){x, y, w, h});
}

void gfx_sprites_destroy(Gfx *g) {
  if (!g->sprites) return;
  for (int i = 0; i < g->sprites->count; i++) SDL_DestroyTexture(g->sprites->s[i].tex);
  free(g->sprites);
  g->sprites = NULL;
}
