/* text_cache.h — rasterised text textures keyed by (font, size, colour, string),
 * bounded, with least-recently-used eviction. Internal to gfx.
 *
 * A hit costs a hash and a string compare: drawing the same label every frame never
 * rasterises it again and never allocates.
 */
#ifndef RAPPORT_GFX_TEXT_CACHE_H
#define RAPPORT_GFX_TEXT_CACHE_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>
#include <SDL_ttf.h>

typedef struct GfxTextCache GfxTextCache;

typedef struct GfxTextEntryView {
  SDL_Texture *texture;
  int w, h;
} GfxTextEntryView;

/* A cache holding at most `capacity` textures for `renderer`, or NULL. */
GfxTextCache *gfx_text_cache_create(SDL_Renderer *renderer, int capacity);
void gfx_text_cache_destroy(GfxTextCache *cache);

/* The texture for `text` (valid UTF-8, non-empty) in `font` at `size` and colour `rgba`,
 * rasterised on a miss. `ttf` is the opened font for (font, size). Returns false when
 * SDL_ttf fails. The view stays valid until the next lookup that evicts it. */
bool gfx_text_cache_get(GfxTextCache *cache, TTF_Font *ttf, int font, int size, uint32_t rgba,
                        const char *text, GfxTextEntryView *out);

void gfx_text_cache_stats(const GfxTextCache *cache, uint64_t *hits, uint64_t *misses,
                          uint64_t *evictions, int *entries, int *capacity);

#endif
