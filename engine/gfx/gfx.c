/* gfx.c — window or headless target, renderer, fonts, frame bracket, screenshots.
 * Owns every SDL object it creates and releases them in reverse order in gfx_destroy.
 * Headless mode renders with SDL's software renderer into a surface: no display needed.
 */
#include "gfx/gfx_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const FONT_FILES[GFX_FONT_COUNT] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"};

static bool file_exists(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return false;
  fclose(f);
  return true;
}

static bool find_fonts(Gfx *g, const char *dir_hint, char *err, size_t errlen) {
  const char *dir = dir_hint && *dir_hint ? dir_hint : RAPPORT_DEFAULT_FONT_DIR;
  for (int f = 0; f < GFX_FONT_COUNT; f++) {
    int n = snprintf(g->font_path[f], sizeof g->font_path[f], "%s/%s", dir, FONT_FILES[f]);
    if (n < 0 || (size_t)n >= sizeof g->font_path[f] || !file_exists(g->font_path[f])) {
      snprintf(err, errlen,
               "font %s not found in %s. Install it with: sudo apt-get install fonts-dejavu-core "
               "(or point RAPPORT_FONT_DIR at a folder that has it)",
               FONT_FILES[f], dir);
      return false;
    }
  }
  return true;
}

Gfx *gfx_create(const GfxConfig *config, char *err, size_t errlen) {
  Gfx *g = calloc(1, sizeof *g);
  if (!g) {
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  g->headless = config->headless;
  if (!find_fonts(g, config->font_dir, err, errlen)) {
    free(g);
    return NULL;
  }
  if (g->headless) SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
  SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    snprintf(err, errlen, "cannot start SDL video: %s", SDL_GetError());
    free(g);
    return NULL;
  }
  g->sdl_started = true;
  g->start_counter = SDL_GetPerformanceCounter();
  if (TTF_Init() != 0) {
    snprintf(err, errlen, "cannot start SDL_ttf: %s", TTF_GetError());
    gfx_destroy(g);
    return NULL;
  }
  g->ttf_started = true;

  if (g->headless) {
    g->target = SDL_CreateRGBSurfaceWithFormat(0, GFX_WIDTH, GFX_HEIGHT, 32, SDL_PIXELFORMAT_ARGB8888);
    g->renderer = g->target ? SDL_CreateSoftwareRenderer(g->target) : NULL;
    g->software = true;
    snprintf(g->renderer_summary, sizeof g->renderer_summary, "software (headless)");
  } else {
    g->window = SDL_CreateWindow(config->title ? config->title : "Rapport", SDL_WINDOWPOS_CENTERED,
                                 SDL_WINDOWPOS_CENTERED, GFX_WIDTH, GFX_HEIGHT,
                                 SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (g->window && !gfx_open_window_renderer(g, config, err, errlen)) {
      gfx_destroy(g);
      return NULL;
    }
  }
  if (!g->renderer) {
    snprintf(err, errlen, "cannot open a %s: %s", g->headless ? "headless renderer" : "window",
             SDL_GetError());
    gfx_destroy(g);
    return NULL;
  }
  SDL_RenderSetLogicalSize(g->renderer, GFX_WIDTH, GFX_HEIGHT);
  SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_BLEND);
  g->cache = gfx_text_cache_create(g->renderer, config->text_cache_capacity > 0
                                                    ? config->text_cache_capacity : 768);
  if (!g->cache) {
    snprintf(err, errlen, "out of memory for the text cache");
    gfx_destroy(g);
    return NULL;
  }
  /* Open one size up front so a broken font file is reported now, not mid-game. */
  if (!gfx_font(g, GFX_FONT_REGULAR, 20) || !gfx_font(g, GFX_FONT_BOLD, 20)) {
    snprintf(err, errlen, "cannot open the DejaVu fonts (%s): %s. Reinstall fonts-dejavu-core",
             g->font_path[0], TTF_GetError());
    gfx_destroy(g);
    return NULL;
  }
  return g;
}

void gfx_destroy(Gfx *g) {
  if (!g) return;
  gfx_sprites_destroy(g);
  gfx_shapes_destroy(g);
  gfx_text_cache_destroy(g->cache);
  for (int i = 0; i < g->font_count; i++) TTF_CloseFont(g->fonts[i].ttf);
  if (g->renderer) SDL_DestroyRenderer(g->renderer);
  if (g->window) SDL_DestroyWindow(g->window);
  if (g->target) SDL_FreeSurface(g->target);
  if (g->ttf_started) TTF_Quit();
  if (g->sdl_started) SDL_Quit();
  free(g);
}

bool gfx_is_headless(const Gfx *g) { return g->headless; }

TTF_Font *gfx_font(Gfx *g, GfxFont font, int size) {
  if (size < 6) size = 6;
  if (size > 200) size = 200;
  for (int i = 0; i < g->font_count; i++)
    if (g->fonts[i].font == font && g->fonts[i].size == size) return g->fonts[i].ttf;
  if (g->font_count == GFX_MAX_FONTS) {
    /* Sizes come from the theme times a text scale, so this stays small; recycle slot 0. */
    TTF_CloseFont(g->fonts[0].ttf);
    memmove(&g->fonts[0], &g->fonts[1], sizeof(g->fonts[0]) * (GFX_MAX_FONTS - 1));
    g->font_count--;
  }
  TTF_Font *ttf = TTF_OpenFont(g->font_path[font], size);
  if (!ttf) return NULL;
  g->fonts[g->font_count++] = (GfxOpenFont){font, size, ttf};
  return ttf;
}

void gfx_begin_frame(Gfx *g, GfxColor clear) {
  g->probing = false;
  SDL_SetRenderDrawColor(g->renderer, clear.r, clear.g, clear.b, 255);
  SDL_RenderClear(g->renderer);
  g->drawn_len = 0;
  g->drawn[0] = '\0';
}

void gfx_end_frame(Gfx *g) {
  if (g->pending_shot[0]) {
    char err[256];
    g->shot_ok = gfx_capture(g, g->pending_shot, err, sizeof err);
    if (!g->shot_ok) snprintf(g->shot_err, sizeof g->shot_err, "%s", err);
    g->pending_shot[0] = '\0';
  }
  SDL_RenderPresent(g->renderer);
  g->frames++;
}

uint64_t gfx_frame_count(const Gfx *g) { return g->frames; }

void gfx_begin_probe(Gfx *g) {
  g->probing = true;
  g->probe_hash = 0xcbf29ce484222325ULL;
}

uint64_t gfx_end_probe(Gfx *g) {
  g->probing = false;
  return g->probe_hash;
}

bool gfx_take_redraw_request(Gfx *g) {
  bool r = g->redraw || g->pending_shot[0];
  g->redraw = false;
  return r;
}

void gfx_wait_events(Gfx *g, int timeout_ms) {
  (void)g;
  if (timeout_ms > 0) SDL_WaitEventTimeout(NULL, timeout_ms);
}

void gfx_sleep_ms(int ms) {
  if (ms > 0) SDL_Delay((Uint32)ms);
}

void gfx_set_caching(Gfx *g, bool on) { g->caching_off = !on; }

double gfx_now_ms(const Gfx *g) {
  return (double)(SDL_GetPerformanceCounter() - g->start_counter) * 1000.0 /
         (double)SDL_GetPerformanceFrequency();
}

/* Reads the renderer's current target into a new ARGB surface (caller frees). */
static SDL_Surface *read_frame(Gfx *g) {
  if (g->headless) {
    SDL_RenderFlush(g->renderer);
    return SDL_ConvertSurfaceFormat(g->target, SDL_PIXELFORMAT_ARGB8888, 0);
  }
  int w, h;
  if (SDL_GetRendererOutputSize(g->renderer, &w, &h) != 0) return NULL;
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
  if (!s) return NULL;
  /* Read the whole output, not just the logical viewport. */
  SDL_Rect vp;
  SDL_RenderGetViewport(g->renderer, &vp);
  SDL_RenderSetViewport(g->renderer, NULL);
  float sx, sy;
  SDL_RenderGetScale(g->renderer, &sx, &sy);
  SDL_RenderSetScale(g->renderer, 1.0f, 1.0f);
  int rc = SDL_RenderReadPixels(g->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch);
  SDL_RenderSetScale(g->renderer, sx, sy);
  SDL_RenderSetViewport(g->renderer, &vp);
  if (rc != 0) {
    SDL_FreeSurface(s);
    return NULL;
  }
  return s;
}

bool gfx_capture(Gfx *g, const char *path, char *err, size_t errlen) {
  SDL_Surface *s = read_frame(g);
  if (!s) {
    snprintf(err, errlen, "cannot read the frame: %s", SDL_GetError());
    return false;
  }
  /* Remember how varied the frame is, for blank-screen checks. */
  const Uint32 *px = s->pixels;
  Uint32 first = px[0];
  size_t differing = 0, total = (size_t)s->w * (size_t)s->h;
  for (int y = 0; y < s->h; y++) {
    const Uint32 *row = (const Uint32 *)((const Uint8 *)s->pixels + (size_t)y * (size_t)s->pitch);
    for (int x = 0; x < s->w; x++) differing += (row[x] & 0xFFFFFF) != (first & 0xFFFFFF);
  }
  g->last_variety = total ? (double)differing / (double)total : 0.0;
  bool ok = SDL_SaveBMP(s, path) == 0;
  if (!ok) snprintf(err, errlen, "cannot write %s: %s", path, SDL_GetError());
  SDL_FreeSurface(s);
  return ok;
}

bool gfx_screenshot(Gfx *g, const char *path, char *err, size_t errlen) {
  return gfx_capture(g, path, err, errlen);
}

void gfx_request_screenshot(Gfx *g, const char *path) {
  snprintf(g->pending_shot, sizeof g->pending_shot, "%s", path);
  g->shot_ok = false;
  g->shot_err[0] = '\0';
}

bool gfx_screenshot_result(const Gfx *g, const char **err) {
  *err = g->shot_err;
  return g->shot_ok;
}

double gfx_frame_variety(Gfx *g) { return g->last_variety; }
