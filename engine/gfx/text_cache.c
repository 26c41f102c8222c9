/* text_cache.c — bounded LRU cache of text textures (see text_cache.h).
 * Entries live in one array allocated up front; a hash table of entry indices with
 * chaining finds them; a doubly linked list orders them by last use.
 */
#include "gfx/text_cache.h"

#include <stdlib.h>
#include <string.h>

typedef struct Entry {
  char *text;
  uint64_t hash;
  int font, size;
  uint32_t rgba;
  SDL_Texture *texture;
  int w, h;
  int prev, next;   /* LRU list: head = most recent */
  int chain;        /* next entry in the same bucket */
  int bucket;
  bool used;
} Entry;

struct GfxTextCache {
  SDL_Renderer *renderer;
  Entry *entries;
  int capacity, count;
  int *buckets;
  int bucket_count;
  int head, tail;
  int free_list;    /* unused entries chained through `next` */
  uint64_t hits, misses, evictions;
};

static uint64_t hash_key(int font, int size, uint32_t rgba, const char *text) {
  uint64_t h = 1469598103934665603ull; /* FNV-1a */
  for (const unsigned char *p = (const unsigned char *)text; *p; p++) h = (h ^ *p) * 1099511628211ull;
  h ^= (uint64_t)font * 0x9E3779B97F4A7C15ull;
  h ^= (uint64_t)size * 0xC2B2AE3D27D4EB4Full;
  h ^= (uint64_t)rgba * 0x165667B19E3779F9ull;
  return h ^ (h >> 29);
}

GfxTextCache *gfx_text_cache_create(SDL_Renderer *renderer, int capacity) {
  if (capacity < 4) capacity = 4;
  GfxTextCache *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->renderer = renderer;
  c->capacity = capacity;
  c->bucket_count = 1;
  while (c->bucket_count < capacity * 2) c->bucket_count <<= 1;
  c->entries = calloc((size_t)capacity, sizeof(Entry));
  c->buckets = malloc(sizeof(int) * (size_t)c->bucket_count);
  if (!c->entries || !c->buckets) {
    gfx_text_cache_destroy(c);
    return NULL;
  }
  for (int i = 0; i < c->bucket_count; i++) c->buckets[i] = -1;
  for (int i = 0; i < capacity; i++) c->entries[i].next = i + 1 < capacity ? i + 1 : -1;
  c->free_list = 0;
  c->head = c->tail = -1;
  return c;
}

void gfx_text_cache_destroy(GfxTextCache *c) {
  if (!c) return;
  if (c->entries) {
    for (int i = 0; i < c->capacity; i++) {
      if (!c->entries[i].used) continue;
      SDL_DestroyTexture(c->entries[i].texture);
      free(c->entries[i].text);
    }
  }
  free(c->entries);
  free(c->buckets);
  free(c);
}

static void lru_unlink(GfxTextCache *c, int i) {
  Entry *e = &c->entries[i];
  if (e->prev >= 0) c->entries[e->prev].next = e->next; else c->head = e->next;
  if (e->next >= 0) c->entries[e->next].prev = e->prev; else c->tail = e->prev;
  e->prev = e->next = -1;
}

static void lru_push_front(GfxTextCache *c, int i) {
  Entry *e = &c->entries[i];
  e->prev = -1;
  e->next = c->head;
  if (c->head >= 0) c->entries[c->head].prev = i;
  c->head = i;
  if (c->tail < 0) c->tail = i;
}

static void bucket_remove(GfxTextCache *c, int i) {
  int *link = &c->buckets[c->entries[i].bucket];
  while (*link >= 0 && *link != i) link = &c->entries[*link].chain;
  if (*link == i) *link = c->entries[i].chain;
}

static void evict_lru(GfxTextCache *c) {
  int i = c->tail;
  if (i < 0) return;
  lru_unlink(c, i);
  bucket_remove(c, i);
  Entry *e = &c->entries[i];
  SDL_DestroyTexture(e->texture);
  free(e->text);
  memset(e, 0, sizeof *e);
  e->next = c->free_list;
  c->free_list = i;
  c->count--;
  c->evictions++;
}

bool gfx_text_cache_get(GfxTextCache *c, TTF_Font *ttf, int font, int size, uint32_t rgba,
                        const char *text, GfxTextEntryView *out) {
  uint64_t h = hash_key(font, size, rgba, text);
  int b = (int)(h & (uint64_t)(c->bucket_count - 1));
  for (int i = c->buckets[b]; i >= 0; i = c->entries[i].chain) {
    Entry *e = &c->entries[i];
    if (e->hash == h && e->font == font && e->size == size && e->rgba == rgba &&
        strcmp(e->text, text) == 0) {
      c->hits++;
      if (c->head != i) {
        lru_unlink(c, i);
        lru_push_front(c, i);
      }
      out->texture = e->texture;
      out->w = e->w;
      out->h = e->h;
      return true;
    }
  }
  c->misses++;
  SDL_Color color = {(uint8_t)(rgba >> 24), (uint8_t)(rgba >> 16), (uint8_t)(rgba >> 8), (uint8_t)rgba};
  SDL_Surface *surface = TTF_RenderUTF8_Blended(ttf, text, color);
  if (!surface) return false;
  SDL_Texture *texture = SDL_CreateTextureFromSurface(c->renderer, surface);
  int w = surface->w, hgt = surface->h;
  SDL_FreeSurface(surface);
  char *copy = texture ? malloc(strlen(text) + 1) : NULL;
  if (!texture || !copy) {
    if (texture) SDL_DestroyTexture(texture);
    return false;
  }
  strcpy(copy, text);
  if (c->free_list < 0) evict_lru(c);
  int i = c->free_list;
  c->free_list = c->entries[i].next;
  Entry *e = &c->entries[i];
  *e = (Entry){.text = copy, .hash = h, .font = font, .size = size, .rgba = rgba,
               .texture = texture, .w = w, .h = hgt, .prev = -1, .next = -1,
               .chain = c->buckets[b], .bucket = b, .used = true};
  c->buckets[b] = i;
  lru_push_front(c, i);
  c->count++;
  out->texture = texture;
  out->w = w;
  out->h = hgt;
  return true;
}

void gfx_text_cache_stats(const GfxTextCache *c, uint64_t *hits, uint64_t *misses,
                          uint64_t *evictions, int *entries, int *capacity) {
  *hits = c->hits;
  *misses = c->misses;
  *evictions = c->evictions;
  *entries = c->count;
  *capacity = c->capacity;
}
