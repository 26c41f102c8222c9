/* gfx.h — the SDL2 platform layer: window or headless surface, drawing primitives,
 * text with a texture cache, per-frame input, screenshots and frame statistics.
 *
 * Owns the SDL window, renderer, fonts and text cache. Knows nothing of the game's rules;
 * layouts are authored at 1280x720 and scaled to the window by SDL's logical size.
 */
#ifndef RAPPORT_GFX_H
#define RAPPORT_GFX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gfx/input.h"

#define GFX_WIDTH 1280
#define GFX_HEIGHT 720
#define GFX_TICK_HZ 60

typedef struct Gfx Gfx;

typedef struct GfxColor {
  uint8_t r, g, b, a;
} GfxColor;

typedef struct GfxRect {
  int x, y, w, h;
} GfxRect;

typedef enum GfxFont { GFX_FONT_REGULAR, GFX_FONT_BOLD, GFX_FONT_COUNT } GfxFont;

typedef enum GfxAlign { GFX_ALIGN_LEFT, GFX_ALIGN_CENTER, GFX_ALIGN_RIGHT } GfxAlign;

/* Which renderer draws a real window. AUTO: the accelerated one when the GPU is real,
 * SDL's software renderer straight to the window when OpenGL would only be a software
 * rasteriser (llvmpipe, softpipe, swrast) or there is no GPU at all. */
typedef enum GfxRendererChoice { GFX_RENDERER_AUTO, GFX_RENDERER_SOFTWARE, GFX_RENDERER_ACCELERATED } GfxRendererChoice;

/* "auto", "software" or "accelerated" -> *out; false for anything else. */
bool gfx_parse_renderer(const char *text, GfxRendererChoice *out);

typedef struct GfxConfig {
  bool headless;          /* SDL dummy video driver + software renderer, no display */
  GfxRendererChoice renderer; /* real window only */
  bool renderer_from_env; /* `renderer` came from $RAPPORT_RENDERER (main reads it) */
  bool renderer_from_setting; /* `renderer` came from the Settings screen (the save) */
  bool gl_forced_software; /* $LIBGL_ALWAYS_SOFTWARE is set (main reads it) */
  bool vsync;             /* real window only */
  const char *title;
  const char *font_dir;   /* NULL: the Debian DejaVu folder (main resolves RAPPORT_FONT_DIR) */
  int text_cache_capacity;/* 0: default */
} GfxConfig;

/* Opens SDL, the window (or headless target), the renderer and the fonts.
 * Returns NULL and fills `err` (naming the package to install when a font is missing). */
Gfx *gfx_create(const GfxConfig *config, char *err, size_t errlen);
/* Closes everything gfx_create opened, in reverse order; safe on NULL. */
void gfx_destroy(Gfx *gfx);

bool gfx_is_headless(const Gfx *gfx);
/* The renderer in use and why it was chosen, e.g. "software (OpenGL is llvmpipe ...)". */
const char *gfx_renderer_summary(const Gfx *gfx);
bool gfx_renderer_is_software(const Gfx *gfx);

/* Frame bracket: begin clears to `clear` and resets the drawn-text log; end presents. */
void gfx_begin_frame(Gfx *gfx, GfxColor clear);
void gfx_end_frame(Gfx *gfx);
uint64_t gfx_frame_count(const Gfx *gfx);

/* ---- Drawing only what changed ----
 * A probe runs a frame's drawing code without touching a pixel and returns a 64-bit hash
 * of everything it would have drawn (shapes, colours, text, textures, clips). The loop
 * draws a real frame only when that hash differs from the last drawn one. */
void gfx_begin_probe(Gfx *gfx);
uint64_t gfx_end_probe(Gfx *gfx);
/* True (once) when the window was exposed, resized or restored: redraw whatever the hash. */
bool gfx_take_redraw_request(Gfx *gfx);
/* Sleeps until an event is queued or `timeout_ms` passed (0: just checks). */
void gfx_wait_events(Gfx *gfx, int timeout_ms);
/* Sleeps `ms` milliseconds whatever is queued (paces a replay in a window). */
void gfx_sleep_ms(int ms);

/* A cached layer: what `draw(ctx)` paints is kept in a texture and blitted each frame.
 * It is repainted only when a probe of `draw` hashes differently from the cached content
 * (a new layout, text size, colours...), so it can never go stale. `area` is where the
 * content lies; the layer starts as `clear` there, so draw opaque content over it. */
typedef struct GfxLayer GfxLayer;
GfxLayer *gfx_layer_create(void);
void gfx_layer_destroy(GfxLayer *layer);
void gfx_layer_draw(Gfx *gfx, GfxLayer *layer, GfxRect area, GfxColor clear, void (*draw)(void *ctx), void *ctx);
/* A small opaque picture (a figure, a portrait) drawn once and stamped: `draw(ctx, ox, oy)`
 * paints it with the top-left of its w x h box at (ox, oy). Cached by what it draws. */
void gfx_sprite_draw(Gfx *gfx, int x, int y, int w, int h, void (*draw)(void *ctx, int ox, int oy), void *ctx);
/* How many times a layer was repainted (for tests and benchmarks). */
uint64_t gfx_layer_builds(const GfxLayer *layer);
/* Off: layers and cached shapes draw directly every time (for the pixel comparison test). */
void gfx_set_caching(Gfx *gfx, bool on);

/* Adds this frame's SDL events to `input` (the consumer clears it with gfx_input_begin_frame). Returns false when the window was closed. */
bool gfx_poll_input(Gfx *gfx, GfxInput *input);

/* ---- Drawing, in 1280x720 layout coordinates ---- */
void gfx_fill_rect(Gfx *gfx, GfxRect r, GfxColor c);
void gfx_outline_rect(Gfx *gfx, GfxRect r, int thickness, GfxColor c);
void gfx_fill_round_rect(Gfx *gfx, GfxRect r, int radius, GfxColor c);
void gfx_outline_round_rect(Gfx *gfx, GfxRect r, int radius, int thickness, GfxColor c);
void gfx_fill_circle(Gfx *gfx, int cx, int cy, int radius, GfxColor c);
void gfx_fill_ellipse(Gfx *gfx, int cx, int cy, int rx, int ry, GfxColor c);
void gfx_line(Gfx *gfx, int x1, int y1, int x2, int y2, int thickness, GfxColor c);
void gfx_fill_triangle(Gfx *gfx, int x1, int y1, int x2, int y2, int x3, int y3, GfxColor c);
void gfx_set_clip(Gfx *gfx, const GfxRect *r); /* NULL removes the clip */

/* ---- Text (UTF-8; invalid bytes are drawn as U+FFFD) ---- */

/* Draws one line at (x, y) = top of the line box, aligned around x. Returns its width. */
int gfx_text(Gfx *gfx, GfxFont font, int size, GfxColor c, int x, int y, GfxAlign align,
             const char *text);
/* Width and height of one line of text in pixels. */
void gfx_measure(Gfx *gfx, GfxFont font, int size, const char *text, int *w, int *h);
/* Line height (ascent + descent + gap) of a font size. */
int gfx_line_height(Gfx *gfx, GfxFont font, int size);
/* Word-wraps `text` into `box` (width; height limits lines drawn). Returns the height used.
 * With draw = false it only measures. */
int gfx_text_wrapped(Gfx *gfx, GfxFont font, int size, GfxColor c, GfxRect box, GfxAlign align,
                     const char *text, bool draw);

/* The strings drawn since the last gfx_begin_frame, '\n'-separated (for replay checks). */
const char *gfx_drawn_text(const Gfx *gfx);

/* Text cache counters (hits, rasterisations, evictions, live entries). */
typedef struct GfxTextStats {
  uint64_t hits, misses, evictions;
  int entries, capacity;
} GfxTextStats;
GfxTextStats gfx_text_stats(const Gfx *gfx);

/* Writes the last drawn frame to a BMP file. Returns false and fills err on failure. */
bool gfx_screenshot(Gfx *gfx, const char *path, char *err, size_t errlen);
/* Asks for the next gfx_end_frame to write its frame to `path` before presenting. */
void gfx_request_screenshot(Gfx *gfx, const char *path);
/* Whether the last requested screenshot was written; *err explains a failure. */
bool gfx_screenshot_result(const Gfx *gfx, const char **err);
/* Fraction (0..1) of pixels differing from the top-left pixel in the last frame;
 * a blank screen gives 0. */
double gfx_frame_variety(Gfx *gfx);

/* ---- The system clipboard (clipboard.c) ---- */

/* `src` made safe for a text box into dst[cap] (always NUL-terminated when cap > 0, cut on
 * a character boundary): invalid UTF-8 becomes U+FFFD, control characters are dropped; a
 * multi-line box keeps line breaks (CR LF and CR become LF) and tabs, a one-line box gets
 * them as spaces (trailing ones removed). Returns the length the whole clean text needs, in
 * bytes without the NUL: more than cap - 1 means it was cut. */
size_t gfx_paste_clean(const char *src, char *dst, size_t cap, bool multiline);
/* The clipboard's text, cleaned as gfx_paste_clean (0 and "" when it holds none). */
size_t gfx_clipboard_read(char *out, size_t outlen, bool multiline);
/* Puts `text` on the clipboard (replays' `clipboard` command, tests); false on failure. */
bool gfx_clipboard_set(const char *text);

/* Milliseconds since gfx_create, monotonic. */
double gfx_now_ms(const Gfx *gfx);

#endif
