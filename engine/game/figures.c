/* figures.c — people drawn by the engine: a front-facing portrait with a face that shows
 * interest, neutrality or discomfort, a small top-down figure for the floor, and the
 * title screen's vignette. Appearance comes from a seed, so a person always looks the same.
 */
#include "game/figures.h"

#include <math.h>
#include <stdlib.h>
#include "i18n/i18n.h"

static const uint32_t SKIN[] = {0xF6D7C3, 0xEBC3A0, 0xD9A47A, 0xB97D52, 0x8D5A3B, 0x5E3A26};
static const uint32_t HAIR[] = {0x2B1E16, 0x4A3222, 0x8A5A32, 0xD9B36C, 0x1C1C1C, 0x9B9B9B, 0xA8432E};
static const uint32_t TOPS[] = {0x3D6E9E, 0x2F7D6D, 0x9C4F6B, 0xD08A3C, 0x5C5A8E, 0x4E7F3A,
                                0x7A4B3A, 0x2E4057, 0xB85C5C, 0x6B8E9E};

#define PICK(table, seed) (table[(seed) % (sizeof(table) / sizeof(table[0]))])

static GfxColor rgb(uint32_t v) { return (GfxColor){(uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v, 255}; }

static uint32_t mix(uint32_t x) {
  x ^= x >> 16;
  x *= 0x7feb352dU;
  x ^= x >> 15;
  x *= 0x846ca68bU;
  x ^= x >> 16;
  return x;
}

GameLook game_look_from_seed(uint32_t seed) {
  uint32_t h = mix(seed + 0x9E3779B9U);
  GameLook l;
  l.skin = rgb(PICK(SKIN, h));
  l.hair = rgb(PICK(HAIR, h >> 4));
  l.top = rgb(PICK(TOPS, h >> 8));
  l.hair_style = (int)((h >> 12) % 4);
  l.glasses = ((h >> 16) % 5) == 0;
  return l;
}

uint32_t game_seed_from_text(const char *s) {
  uint32_t h = 2166136261u;
  for (; s && *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
  return h;
}

static void arc(Gfx *g, int cx, int cy, int r, float a0, float a1, int t, GfxColor c) {
  int px = cx + (int)(cosf(a0) * (float)r), py = cy + (int)(sinf(a0) * (float)r);
  for (int i = 1; i <= 10; i++) {
    float a = a0 + (a1 - a0) * (float)i / 10.0f;
    int x = cx + (int)(cosf(a) * (float)r), y = cy + (int)(sinf(a) * (float)r);
    gfx_line(g, px, py, x, y, t, c);
    px = x;
    py = y;
  }
}

/* WCAG relative luminance of a colour, 0 (black) to 1 (white). */
static double luminance(GfxColor c) {
  double ch[3] = {c.r / 255.0, c.g / 255.0, c.b / 255.0};
  for (int i = 0; i < 3; i++) ch[i] = ch[i] <= 0.03928 ? ch[i] / 12.92 : pow((ch[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
}

static double contrast(GfxColor a, GfxColor b) {
  double la = luminance(a), lb = luminance(b);
  return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/* The hair shapes of a portrait grown by `e` pixels: the part behind the head (long
 * styles) when `back`, else the part on top of it. */
static void hair_shapes(Gfx *g, int cx, int head_y, int head_r, float u, int style, int e, GfxColor c, bool back) {
  if (back) {
    if (style == 2)
      gfx_fill_round_rect(g, (GfxRect){cx - head_r - (int)(4 * u) - e, head_y - head_r - e,
                                       2 * head_r + (int)(8 * u) + 2 * e, (int)(52 * u) + 2 * e}, (int)(14 * u) + e, c);
    return;
  }
  switch (style) {
    case 0: gfx_fill_ellipse(g, cx, head_y - (int)(12 * u), head_r + e, (int)(12 * u) + e, c); break;
    case 1:
      for (int i = -2; i <= 2; i++)
        gfx_fill_circle(g, cx + i * (int)(9 * u), head_y - (int)(16 * u) + abs(i) * (int)(3 * u), (int)(9 * u) + e, c);
      break;
    case 2: gfx_fill_ellipse(g, cx, head_y - (int)(13 * u), head_r + (int)(2 * u) + e, (int)(12 * u) + e, c); break;
    default: gfx_fill_ellipse(g, cx, head_y - (int)(16 * u), (int)(14 * u) + e, (int)(8 * u) + e, c); break;
  }
}

static void portrait_at(Gfx *g, int cx, int top, int size, GameLook look, GameMood mood) {
  const float u = (float)size / 100.0f; /* size = height of head + shoulders */
  const int head_r = (int)(22 * u);
  const int head_y = top + (int)(30 * u);
  /* The face is the feedback in a conversation, so its lines must read on every skin
   * tone: dark lines on lighter skin, light lines (and eye whites) on darker skin. */
  const GfxColor dark_ink = {40, 36, 34, 255}, light_ink = {246, 236, 226, 255};
  const bool light_lines = contrast(light_ink, look.skin) > contrast(dark_ink, look.skin);
  const GfxColor ink = light_lines ? light_ink : dark_ink;
  /* Shoulders and top. */
  gfx_fill_round_rect(g, (GfxRect){cx - (int)(44 * u), top + (int)(62 * u), (int)(88 * u), (int)(44 * u)},
                      (int)(20 * u), look.top);
  gfx_fill_rect(g, (GfxRect){cx - (int)(8 * u), top + (int)(48 * u), (int)(16 * u), (int)(16 * u)}, look.skin);
  /* Dark hair would all but vanish against the near-black backdrops of high contrast
   * (#0A0A0A to #1E1E1E), so it gets a lighter rim of its own shade behind it: at least
   * 3:1 against those backdrops, and on a light backdrop a soft highlight. The head,
   * drawn next, covers the rim's inner part, so the face keeps no outline. */
  const GfxColor hc_backdrop = {0x1E, 0x1E, 0x1E, 255};
  if (contrast(look.hair, hc_backdrop) < 3.0) {
    GfxColor rim = {(uint8_t)((look.hair.r * 3 + 0xA8 * 7) / 10), (uint8_t)((look.hair.g * 3 + 0xA8 * 7) / 10),
                    (uint8_t)((look.hair.b * 3 + 0xA8 * 7) / 10), 255};
    int e = (int)(2 * u) > 2 ? (int)(2 * u) : 2;
    hair_shapes(g, cx, head_y, head_r, u, look.hair_style, e, rim, true);
    hair_shapes(g, cx, head_y, head_r, u, look.hair_style, e, rim, false);
  }
  hair_shapes(g, cx, head_y, head_r, u, look.hair_style, 0, look.hair, true); /* long styles */
  gfx_fill_circle(g, cx, head_y, head_r, look.skin);
  hair_shapes(g, cx, head_y, head_r, u, look.hair_style, 0, look.hair, false);
  /* Eyes: wide when interested, a little narrowed when uncomfortable. */
  int ey = head_y + (int)(2 * u);
  int er = mood == GAME_MOOD_UNCOMFORTABLE ? (int)(2 * u) : (int)(3 * u);
  if (er < 1) er = 1;
  if (light_lines) { /* eye whites, then dark pupils */
    gfx_fill_circle(g, cx - (int)(8 * u), ey, er + 1 + (int)(u / 2), light_ink);
    gfx_fill_circle(g, cx + (int)(8 * u), ey, er + 1 + (int)(u / 2), light_ink);
  }
  gfx_fill_circle(g, cx - (int)(8 * u), ey, er, dark_ink);
  gfx_fill_circle(g, cx + (int)(8 * u), ey, er, dark_ink);
  if (look.glasses) {
    arc(g, cx - (int)(8 * u), ey, (int)(6 * u), 0, 6.283f, 1 + (int)u / 2, ink);
    arc(g, cx + (int)(8 * u), ey, (int)(6 * u), 0, 6.283f, 1 + (int)u / 2, ink);
  }
  /* Brows and mouth carry the mood. */
  int by = ey - (int)(8 * u);
  int bt = size >= 120 ? 3 : 2;
  if (mood == GAME_MOOD_UNCOMFORTABLE) {
    gfx_line(g, cx - (int)(13 * u), by - (int)(2 * u), cx - (int)(4 * u), by + (int)(1 * u), bt, ink);
    gfx_line(g, cx + (int)(4 * u), by + (int)(1 * u), cx + (int)(13 * u), by - (int)(2 * u), bt, ink);
    arc(g, cx, head_y + (int)(20 * u), (int)(7 * u), 3.6f, 5.8f, bt, ink);
  } else if (mood == GAME_MOOD_INTERESTED) {
    gfx_line(g, cx - (int)(13 * u), by, cx - (int)(4 * u), by - (int)(2 * u), bt, ink);
    gfx_line(g, cx + (int)(4 * u), by - (int)(2 * u), cx + (int)(13 * u), by, bt, ink);
    arc(g, cx, head_y + (int)(6 * u), (int)(9 * u), 0.5f, 2.64f, bt, ink);
  } else {
    gfx_line(g, cx - (int)(13 * u), by, cx - (int)(4 * u), by, bt, ink);
    gfx_line(g, cx + (int)(4 * u), by, cx + (int)(13 * u), by, bt, ink);
    gfx_line(g, cx - (int)(6 * u), head_y + (int)(12 * u), cx + (int)(6 * u), head_y + (int)(12 * u), bt, ink);
  }
}

/* The figure's opaque part (everything but the shadow and the ring). */
static void floor_figure_at(Gfx *g, int cx, int cy, int r, GameLook look) {
  const GfxColor ink = {40, 36, 34, 255};
  int head_r = (r * 60) / 100, head_y = cy - (r * 28) / 100;
  if (look.hair_style == 2) /* long hair falls behind the shoulders */
    gfx_fill_ellipse(g, cx, head_y + r / 4, head_r + 1, head_r, look.hair);
  gfx_fill_ellipse(g, cx, cy + (r * 30) / 100, r, (r * 60) / 100, look.top);
  int hand = (r * 22) / 100 > 2 ? (r * 22) / 100 : 2;
  gfx_fill_circle(g, cx - r + hand / 2, cy + (r * 50) / 100, hand, look.skin);
  gfx_fill_circle(g, cx + r - hand / 2, cy + (r * 50) / 100, hand, look.skin);
  gfx_fill_circle(g, cx, head_y, head_r, look.skin);
  switch (look.hair_style) {
    case 1: /* curly */
      for (int i = -1; i <= 1; i++) gfx_fill_circle(g, cx + i * head_r / 2, head_y - head_r / 2, head_r / 2 + 1, look.hair);
      break;
    case 3: /* cropped */ gfx_fill_ellipse(g, cx, head_y - head_r / 2, (head_r * 3) / 4, head_r / 3 + 1, look.hair); break;
    default: gfx_fill_ellipse(g, cx, head_y - head_r / 3, head_r, head_r / 2 + 1, look.hair); break;
  }
  int eye = r >= 20 ? 2 : 1, ex = (head_r * 2) / 5 > 2 ? (head_r * 2) / 5 : 2;
  gfx_fill_circle(g, cx - ex, head_y + head_r / 4, eye, ink);
  gfx_fill_circle(g, cx + ex, head_y + head_r / 4, eye, ink);
}

/* Figures and portraits are stamped from sprites (gfx_sprite_draw): drawn once per look,
 * size and mood, then copied. The sprite callbacks get the box's top-left corner. */
typedef struct FigureCtx {
  Gfx *g;
  int r, size, margin;
  GameLook look;
  GameMood mood;
} FigureCtx;

static void floor_figure_sprite(void *ctx, int ox, int oy) {
  FigureCtx *f = ctx;
  floor_figure_at(f->g, ox + f->margin, oy + f->margin, f->r, f->look);
}

void game_draw_floor_figure(Gfx *g, int cx, int cy, int r, GameLook look, bool highlighted, GfxColor ring) {
  /* Seen from above and a little in front: shoulders, hands, a big friendly head with
   * hair and eyes, so a room of them reads as people rather than dots. The shadow and the
   * highlight ring (translucent, and the ring pulses) are drawn directly under it. */
  gfx_fill_ellipse(g, cx + 2, cy + (r * 55) / 100, r + 1, (r * 45) / 100, (GfxColor){0, 0, 0, 45});
  if (highlighted) gfx_fill_circle(g, cx, cy, r + 6, ring);
  FigureCtx f = {.g = g, .r = r, .margin = r + 6, .look = look};
  gfx_sprite_draw(g, cx - f.margin, cy - f.margin, 2 * f.margin, 2 * f.margin, floor_figure_sprite, &f);
}

static void portrait_sprite(void *ctx, int ox, int oy) {
  FigureCtx *f = ctx;
  portrait_at(f->g, ox + f->margin, oy + 4, f->size, f->look, f->mood);
}

void game_draw_portrait(Gfx *g, int cx, int top, int size, GameLook look, GameMood mood) {
  /* The box: shoulders are 88 units wide, the figure 106 tall, the hair's rim a little more. */
  FigureCtx f = {.g = g, .size = size, .margin = size * 46 / 100 + 6, .look = look, .mood = mood};
  gfx_sprite_draw(g, cx - f.margin, top - 4, 2 * f.margin, size * 110 / 100 + 10, portrait_sprite, &f);
}

void game_draw_title_vignette(UiCtx *ui, GfxRect area) {
  Gfx *g = ui->gfx;
  const UiTheme *t = ui->theme;
  int cx = area.x + area.w / 2;
  int base = area.y + area.h / 2 - 40;
  /* Two people in conversation and one joining: the lesson in a picture. */
  struct { int dx, dy, size; uint32_t seed; GameMood mood; const char *name; } who[3] = {
    {-130, 10, 170, 11, GAME_MOOD_INTERESTED, TR("figures.maya", "Maya")},
    {110, 0, 180, 23, GAME_MOOD_INTERESTED, TR("figures.you", "You")},
    {0, 150, 150, 41, GAME_MOOD_NEUTRAL, TR("figures.sam", "Sam")},
  };
  gfx_fill_circle(g, cx, base + 130, 210, ui_color(t, UI_C_SURFACE));
  for (int i = 0; i < 3; i++) {
    GameLook look = game_look_from_seed(who[i].seed);
    int x = cx + who[i].dx, y = base - 90 + who[i].dy;
    game_draw_portrait(g, x, y, who[i].size, look, who[i].mood);
    /* A name tag on the chest. */
    int tw = who[i].size * 40 / 100, th = who[i].size * 16 / 100;
    int ty = y + who[i].size * 72 / 100;
    gfx_fill_round_rect(g, (GfxRect){x - tw / 2, ty, tw, th}, 4, (GfxColor){255, 255, 255, 255});
    gfx_fill_rect(g, (GfxRect){x - tw / 2, ty, tw, th / 4}, ui_color(t, UI_C_WARM));
    gfx_text(g, GFX_FONT_BOLD, th * 55 / 100, (GfxColor){34, 48, 60, 255}, x, ty + th / 4, GFX_ALIGN_CENTER, who[i].name);
  }
  /* Speech bubbles between the two. */
  GfxColor bubble = ui_color(t, UI_C_SURFACE);
  int bx = cx - 40, by = base - 190;
  gfx_fill_round_rect(g, (GfxRect){bx, by, 120, 56}, 18, bubble);
  gfx_fill_triangle(g, bx + 24, by + 54, bx + 44, by + 54, bx + 18, by + 74, bubble);
  for (int i = 0; i < 3; i++) gfx_fill_circle(g, bx + 34 + i * 26, by + 28, 6, ui_color(t, UI_C_ACCENT));
}
