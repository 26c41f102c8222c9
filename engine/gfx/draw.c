/* draw.c — shapes and text in layout coordinates (see gfx.h).
 * Ellipses and rounded corners are rasterised once per size as white masks (shapes.c) and
 * blitted tinted, like the text, which goes through the texture cache. While probing
 * (gfx_begin_probe) every call only folds its arguments into the frame's hash.
 */
#include "gfx/gfx_internal.h"
#include "gfx/text_layout.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define MAX_FAN 96

static SDL_Color sdl_color(GfxColor c) { return (SDL_Color){c.r, c.g, c.b, c.a}; }

/* An opaque colour is written, not blended: the same pixels, but SDL's software renderer
 * then uses its plain fill instead of a per-pixel blend loop (half a floor frame's cost). */
static void set_color(Gfx *g, GfxColor c) {
  SDL_SetRenderDrawColor(g->renderer, c.r, c.g, c.b, c.a);
  SDL_SetRenderDrawBlendMode(g->renderer, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
}

enum { OP_RECT = 1, OP_ELLIPSE, OP_ROUND, OP_ROUND_OUTLINE, OP_TRIANGLE, OP_LINE, OP_CLIP, OP_TEXT };

void gfx_fill_rect(Gfx *g, GfxRect r, GfxColor c) {
  if (r.w <= 0 || r.h <= 0) return;
  if (g->probing) {
    gfx_probe_op(g, OP_RECT, (const int[]){r.x, r.y, r.w, r.h}, 4, c);
    return;
  }
  set_color(g, c);
  SDL_RenderFillRect(g->renderer, &(SDL_Rect){r.x, r.y, r.w, r.h});
}

void gfx_outline_rect(Gfx *g, GfxRect r, int t, GfxColor c) {
  gfx_fill_rect(g, (GfxRect){r.x, r.y, r.w, t}, c);
  gfx_fill_rect(g, (GfxRect){r.x, r.y + r.h - t, r.w, t}, c);
  gfx_fill_rect(g, (GfxRect){r.x, r.y + t, t, r.h - 2 * t}, c);
  gfx_fill_rect(g, (GfxRect){r.x + r.w - t, r.y + t, t, r.h - 2 * t}, c);
}

/* cos and sin that are exactly 0 at multiples of a right angle: cosf(pi/2) is -4e-8, which
 * put a quadrant's last vertex a hair left of its centre line; where a coordinate's float
 * step is finer than that (small x), the rasteriser then dropped a whole column of pixels
 * between a rounded corner and the rectangle beside it. */
static float unit_cos(float a) {
  float c = cosf(a);
  return fabsf(c) < 1e-5f ? 0.0f : c;
}
static float unit_sin(float a) {
  float s = sinf(a);
  return fabsf(s) < 1e-5f ? 0.0f : s;
}

/* A filled fan around (cx, cy) over the angles [a0, a1], radii rx/ry. */
void gfx_fill_arc(SDL_Renderer *ren, float cx, float cy, float rx, float ry, float a0, float a1, GfxColor c) {
  SDL_Vertex v[MAX_FAN + 2];
  int segments = (int)(fmaxf(rx, ry) * fabsf(a1 - a0) / 6.0f) + 4;
  if (segments > MAX_FAN) segments = MAX_FAN;
  SDL_Color col = sdl_color(c);
  v[0] = (SDL_Vertex){{cx, cy}, col, {0, 0}};
  for (int i = 0; i <= segments; i++) {
    float a = a0 + (a1 - a0) * (float)i / (float)segments;
    v[i + 1] = (SDL_Vertex){{cx + unit_cos(a) * rx, cy + unit_sin(a) * ry}, col, {0, 0}};
  }
  int idx[MAX_FAN * 3];
  for (int i = 0; i < segments; i++) {
    idx[i * 3] = 0;
    idx[i * 3 + 1] = i + 1;
    idx[i * 3 + 2] = i + 2;
  }
  SDL_SetRenderDrawBlendMode(ren, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_RenderGeometry(ren, NULL, v, segments + 2, idx, segments * 3);
}

void gfx_fill_ellipse(Gfx *g, int cx, int cy, int rx, int ry, GfxColor c) {
  if (rx <= 0 || ry <= 0) return;
  if (g->probing) {
    gfx_probe_op(g, OP_ELLIPSE, (const int[]){cx, cy, rx, ry}, 4, c);
    return;
  }
  if (gfx_shape_blit(g, GFX_SHAPE_ELLIPSE, rx, ry, cx - rx, cy - ry, c)) return;
  gfx_fill_arc(g->renderer, (float)cx, (float)cy, (float)rx, (float)ry, 0.0f, 6.2831853f, c);
}

void gfx_fill_circle(Gfx *g, int cx, int cy, int radius, GfxColor c) {
  gfx_fill_ellipse(g, cx, cy, radius, radius, c);
}

void gfx_fill_round_rect(Gfx *g, GfxRect r, int rad, GfxColor c) {
  if (r.w <= 0 || r.h <= 0) return;
  if (rad * 2 > r.w) rad = r.w / 2;
  if (rad * 2 > r.h) rad = r.h / 2;
  if (rad <= 0) {
    gfx_fill_rect(g, r, c);
    return;
  }
  if (g->probing) {
    gfx_probe_op(g, OP_ROUND, (const int[]){r.x, r.y, r.w, r.h, rad}, 5, c);
    return;
  }
  /* Nine slices: the middle band, the two sides, and four corners from one cached mask. */
  gfx_fill_rect(g, (GfxRect){r.x + rad, r.y, r.w - 2 * rad, r.h}, c);
  gfx_fill_rect(g, (GfxRect){r.x, r.y + rad, rad, r.h - 2 * rad}, c);
  gfx_fill_rect(g, (GfxRect){r.x + r.w - rad, r.y + rad, rad, r.h - 2 * rad}, c);
  if (gfx_shape_corners(g, GFX_SHAPE_CORNERS, rad, 0, r, c)) return;
  const float pi = 3.14159265f, fr = (float)rad;
  gfx_fill_arc(g->renderer, (float)(r.x + rad), (float)(r.y + rad), fr, fr, pi, 1.5f * pi, c);
  gfx_fill_arc(g->renderer, (float)(r.x + r.w - rad), (float)(r.y + rad), fr, fr, 1.5f * pi, 2.0f * pi, c);
  gfx_fill_arc(g->renderer, (float)(r.x + r.w - rad), (float)(r.y + r.h - rad), fr, fr, 0.0f, 0.5f * pi, c);
  gfx_fill_arc(g->renderer, (float)(r.x + rad), (float)(r.y + r.h - rad), fr, fr, 0.5f * pi, pi, c);
}

void gfx_outline_round_rect(Gfx *g, GfxRect r, int rad, int t, GfxColor c) {
  /* Draw the outline as a filled ring: clip-free and exact enough at these sizes. */
  if (r.w <= 2 * t || r.h <= 2 * t) {
    gfx_fill_round_rect(g, r, rad, c);
    return;
  }
  if (rad * 2 > r.w) rad = r.w / 2;
  if (rad * 2 > r.h) rad = r.h / 2;
  if (g->probing) {
    gfx_probe_op(g, OP_ROUND_OUTLINE, (const int[]){r.x, r.y, r.w, r.h, rad, t}, 6, c);
    return;
  }
  gfx_fill_rect(g, (GfxRect){r.x + rad, r.y, r.w - 2 * rad, t}, c);
  gfx_fill_rect(g, (GfxRect){r.x + rad, r.y + r.h - t, r.w - 2 * rad, t}, c);
  gfx_fill_rect(g, (GfxRect){r.x, r.y + rad, t, r.h - 2 * rad}, c);
  gfx_fill_rect(g, (GfxRect){r.x + r.w - t, r.y + rad, t, r.h - 2 * rad}, c);
  if (rad <= 0) return;
  if (gfx_shape_corners(g, GFX_SHAPE_RING, rad, t, r, c)) return;
  gfx_ring_corners(g->renderer, r, rad, t, c);
}

void gfx_ring_corners(SDL_Renderer *ren, GfxRect r, int rad, int t, GfxColor c) {
  const float pi = 3.14159265f;
  float cxs[4] = {(float)(r.x + rad), (float)(r.x + r.w - rad), (float)(r.x + r.w - rad), (float)(r.x + rad)};
  float cys[4] = {(float)(r.y + rad), (float)(r.y + rad), (float)(r.y + r.h - rad), (float)(r.y + r.h - rad)};
  float starts[4] = {pi, 1.5f * pi, 0.0f, 0.5f * pi};
  SDL_Color col = sdl_color(c);
  for (int k = 0; k < 4; k++) {
    enum { SEG = 12 };
    SDL_Vertex v[(SEG + 1) * 2];
    int idx[SEG * 6];
    for (int i = 0; i <= SEG; i++) {
      float a = starts[k] + 0.5f * pi * (float)i / SEG;
      float ca = unit_cos(a), sa = unit_sin(a);
      v[i * 2] = (SDL_Vertex){{cxs[k] + ca * (float)rad, cys[k] + sa * (float)rad}, col, {0, 0}};
      v[i * 2 + 1] = (SDL_Vertex){{cxs[k] + ca * (float)(rad - t), cys[k] + sa * (float)(rad - t)}, col, {0, 0}};
    }
    for (int i = 0; i < SEG; i++) {
      int b = i * 2;
      int *q = &idx[i * 6];
      q[0] = b; q[1] = b + 1; q[2] = b + 2;
      q[3] = b + 1; q[4] = b + 3; q[5] = b + 2;
    }
    SDL_SetRenderDrawBlendMode(ren, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(ren, NULL, v, (SEG + 1) * 2, idx, SEG * 6);
  }
}

void gfx_fill_triangle(Gfx *g, int x1, int y1, int x2, int y2, int x3, int y3, GfxColor c) {
  if (g->probing) {
    gfx_probe_op(g, OP_TRIANGLE, (const int[]){x1, y1, x2, y2, x3, y3}, 6, c);
    return;
  }
  SDL_Color col = sdl_color(c);
  SDL_Vertex v[3] = {{{(float)x1, (float)y1}, col, {0, 0}},
                     {{(float)x2, (float)y2}, col, {0, 0}},
                     {{(float)x3, (float)y3}, col, {0, 0}}};
  SDL_SetRenderDrawBlendMode(g->renderer, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_RenderGeometry(g->renderer, NULL, v, 3, NULL, 0);
}

void gfx_line(Gfx *g, int x1, int y1, int x2, int y2, int t, GfxColor c) {
  if (g->probing) {
    gfx_probe_op(g, OP_LINE, (const int[]){x1, y1, x2, y2, t}, 5, c);
    return;
  }
  if (t <= 1) {
    set_color(g, c);
    SDL_RenderDrawLine(g->renderer, x1, y1, x2, y2);
    return;
  }
  float dx = (float)(x2 - x1), dy = (float)(y2 - y1);
  float len = sqrtf(dx * dx + dy * dy);
  if (len < 0.001f) return;
  float nx = -dy / len * (float)t * 0.5f, ny = dx / len * (float)t * 0.5f;
  SDL_Color col = sdl_color(c);
  SDL_Vertex v[4] = {{{(float)x1 + nx, (float)y1 + ny}, col, {0, 0}},
                     {{(float)x1 - nx, (float)y1 - ny}, col, {0, 0}},
                     {{(float)x2 + nx, (float)y2 + ny}, col, {0, 0}},
                     {{(float)x2 - nx, (float)y2 - ny}, col, {0, 0}}};
  int idx[6] = {0, 1, 2, 1, 3, 2};
  SDL_SetRenderDrawBlendMode(g->renderer, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_RenderGeometry(g->renderer, NULL, v, 4, idx, 6);
}

void gfx_set_clip(Gfx *g, const GfxRect *r) {
  if (g->probing) {
    gfx_probe_op(g, OP_CLIP, r ? (const int[]){r->x, r->y, r->w, r->h} : (const int[]){-1, -1, -1, -1}, 4,
                 (GfxColor){0, 0, 0, 0});
    return;
  }
  if (!r) {
    SDL_RenderSetClipRect(g->renderer, NULL);
    return;
  }
  SDL_RenderSetClipRect(g->renderer, &(SDL_Rect){r->x, r->y, r->w, r->h});
}

/* ---- Text ---- */

static void log_drawn(Gfx *g, const char *text) {
  /* Logged once per frame: by the real draw, or by a layer's probe when the layer's
   * cached texture stands in for drawing its text. */
  if (g->probing ? !g->layer_probe : g->layer_building > 0) return;
  size_t n = strlen(text);
  if (g->drawn_len + n + 2 > GFX_DRAWN_CAP) return;
  memcpy(g->drawn + g->drawn_len, text, n);
  g->drawn_len += n;
  g->drawn[g->drawn_len++] = '\n';
  g->drawn[g->drawn_len] = '\0';
}

const char *gfx_drawn_text(const Gfx *g) { return g->drawn; }

int gfx_line_height(Gfx *g, GfxFont font, int size) {
  TTF_Font *ttf = gfx_font(g, font, size);
  return ttf ? TTF_FontLineSkip(ttf) : size;
}

void gfx_measure(Gfx *g, GfxFont font, int size, const char *text, int *w, int *h) {
  char clean[1024];
  gfx_utf8_sanitize(text, clean, sizeof clean);
  TTF_Font *ttf = gfx_font(g, font, size);
  int tw = 0, th = size;
  if (ttf && clean[0]) TTF_SizeUTF8(ttf, clean, &tw, &th);
  else if (ttf) th = TTF_FontHeight(ttf);
  if (w) *w = tw;
  if (h) *h = th;
}

static int draw_clean(Gfx *g, GfxFont font, int size, GfxColor c, int x, int y, GfxAlign align,
                      const char *clean) {
  if (!clean[0]) return 0;
  TTF_Font *ttf = gfx_font(g, font, size);
  if (!ttf) return 0;
  uint32_t rgba = ((uint32_t)c.r << 24) | ((uint32_t)c.g << 16) | ((uint32_t)c.b << 8) | c.a;
  GfxTextEntryView view;
  if (!gfx_text_cache_get(g->cache, ttf, font, size, rgba, clean, &view)) return 0;
  int dx = x;
  if (align == GFX_ALIGN_CENTER) dx = x - view.w / 2;
  else if (align == GFX_ALIGN_RIGHT) dx = x - view.w;
  if (g->probing) {
    gfx_probe_op(g, OP_TEXT, (const int[]){(int)font, size, dx, y}, 4, c);
    gfx_probe_bytes(g, clean, strlen(clean) + 1);
    log_drawn(g, clean);
    return view.w;
  }
  SDL_RenderCopy(g->renderer, view.texture, NULL, &(SDL_Rect){dx, y, view.w, view.h});
  log_drawn(g, clean);
  return view.w;
}

int gfx_text(Gfx *g, GfxFont font, int size, GfxColor c, int x, int y, GfxAlign align,
             const char *text) {
  char clean[1024];
  gfx_utf8_sanitize(text, clean, sizeof clean);
  return draw_clean(g, font, size, c, x, y, align, clean);
}

typedef struct MeasureCtx {
  Gfx *g;
  TTF_Font *ttf;
} MeasureCtx;

static int measure_span(void *ctx, const char *text, size_t len) {
  MeasureCtx *m = ctx;
  char buf[1024];
  if (len >= sizeof buf) len = sizeof buf - 1;
  memcpy(buf, text, len);
  buf[len] = '\0';
  int w = 0, h = 0;
  if (len && m->ttf) TTF_SizeUTF8(m->ttf, buf, &w, &h);
  return w;
}

int gfx_text_wrapped(Gfx *g, GfxFont font, int size, GfxColor c, GfxRect box, GfxAlign align,
                     const char *text, bool draw) {
  enum { MAX_LINES = 48 };
  char clean[4096];
  gfx_utf8_sanitize(text, clean, sizeof clean);
  MeasureCtx m = {g, gfx_font(g, font, size)};
  if (!m.ttf) return 0;
  GfxLineSpan lines[MAX_LINES];
  int n = gfx_wrap(clean, box.w, measure_span, &m, lines, MAX_LINES);
  if (n > MAX_LINES) n = MAX_LINES;
  int lh = TTF_FontLineSkip(m.ttf);
  if (!draw) return n * lh;
  int x = box.x;
  if (align == GFX_ALIGN_CENTER) x = box.x + box.w / 2;
  else if (align == GFX_ALIGN_RIGHT) x = box.x + box.w;
  for (int i = 0; i < n; i++) {
    char line[1024];
    size_t len = lines[i].len < sizeof line - 1 ? lines[i].len : sizeof line - 1;
    memcpy(line, clean + lines[i].start, len);
    line[len] = '\0';
    draw_clean(g, font, size, c, x, box.y + i * lh, align, line);
  }
  return n * lh;
}

GfxTextStats gfx_text_stats(const Gfx *g) {
  GfxTextStats s;
  gfx_text_cache_stats(g->cache, &s.hits, &s.misses, &s.evictions, &s.entries, &s.capacity);
  return s;
}
