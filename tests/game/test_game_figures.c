/* test_game_figures.c — the portraits (engine/game/figures.c): the face is
 * the only feedback in a conversation, so its brows and mouth must stand out from the skin
 * on every skin tone the game draws (contrast ratio at least 3:1). They used to be drawn in
 * one dark ink, which all but vanished on the two darkest tones (about 1.5:1).
 * Draws portraits headless, writes the frame to a BMP and reads the pixels back.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <SDL.h>

#include "game/figures.h"

static const uint32_t SKINS[] = {0xF6D7C3, 0xEBC3A0, 0xD9A47A, 0xB97D52, 0x8D5A3B, 0x5E3A26};
enum { SKIN_COUNT = sizeof SKINS / sizeof SKINS[0], SIZE = 200 };

static double channel(uint8_t v) {
  double c = v / 255.0;
  return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(uint8_t r, uint8_t g, uint8_t b) {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

static double contrast(double a, double b) { return a > b ? (a + 0.05) / (b + 0.05) : (b + 0.05) / (a + 0.05); }

/* The best contrast against `skin` among the pixels of a w x h box at (x, y): a line drawn
 * there shows up as at least one pixel of its own colour. */
static double best_contrast(SDL_Surface *s, int x, int y, int w, int h, double skin) {
  double best = 1.0;
  for (int yy = y; yy < y + h; yy++)
    for (int xx = x; xx < x + w; xx++) {
      const uint8_t *p = (const uint8_t *)s->pixels + (size_t)yy * (size_t)s->pitch + (size_t)xx * 4;
      Uint8 r, g, b, a;
      SDL_GetRGBA(*(const Uint32 *)p, s->format, &r, &g, &b, &a);
      double c = contrast(luminance(r, g, b), skin);
      if (c > best) best = c;
    }
  return best;
}

static void face_lines_read_on_every_skin(void **state) {
  (void)state;
  char err[256];
  GfxConfig cfg = {.headless = true, .text_cache_capacity = 16};
  Gfx *g = gfx_create(&cfg, err, sizeof err);
  if (!g) fail_msg("gfx_create: %s", err);
  char path[256];
  const char *tmp = getenv("TMPDIR");
  snprintf(path, sizeof path, "%s/rapport-qa-figures-%ld.bmp", tmp && tmp[0] ? tmp : "/tmp", (long)getpid());
  const GameMood moods[] = {GAME_MOOD_UNCOMFORTABLE, GAME_MOOD_NEUTRAL, GAME_MOOD_INTERESTED};
  for (int m = 0; m < 3; m++) {
    gfx_begin_frame(g, (GfxColor){240, 236, 228, 255});
    for (int i = 0; i < SKIN_COUNT; i++) {
      GameLook l = game_look_from_seed(1);
      l.skin = (GfxColor){(uint8_t)(SKINS[i] >> 16), (uint8_t)(SKINS[i] >> 8), (uint8_t)SKINS[i], 255};
      l.hair_style = 3; /* cropped: clear of the brows */
      l.glasses = false;
      game_draw_portrait(g, 100 + i * SIZE, 20, SIZE, l, moods[m]);
    }
    gfx_request_screenshot(g, path);
    gfx_end_frame(g);
    SDL_Surface *raw = SDL_LoadBMP(path);
    assert_non_null(raw);
    SDL_Surface *s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0);
    SDL_FreeSurface(raw);
    assert_non_null(s);
    for (int i = 0; i < SKIN_COUNT; i++) {
      double skin = luminance((uint8_t)(SKINS[i] >> 16), (uint8_t)(SKINS[i] >> 8), (uint8_t)SKINS[i]);
      const float u = SIZE / 100.0f;
      int cx = 100 + i * SIZE, head_y = 20 + (int)(30 * u), ey = head_y + (int)(2 * u);
      /* The mouth: the middle of the face below the eyes (clear of eyes and eye whites). */
      double mouth = best_contrast(s, cx - (int)(3 * u), head_y + (int)(9 * u), (int)(6 * u), (int)(8 * u), skin);
      /* The left brow: above the left eye, below the hair. */
      double brow = best_contrast(s, cx - (int)(12 * u), ey - (int)(9 * u) + 1, (int)(7 * u), (int)(3 * u), skin);
      if (mouth < 3.0 || brow < 3.0)
        fail_msg("skin #%06X, mood %d: mouth %.2f:1, brow %.2f:1 against the skin (want 3:1)",
                 (unsigned)SKINS[i], (int)moods[m], mouth, brow);
    }
    SDL_FreeSurface(s);
  }
  remove(path);
  gfx_destroy(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(face_lines_read_on_every_skin),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
