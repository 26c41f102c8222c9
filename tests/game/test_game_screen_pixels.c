/* test_game_screen_pixels.c — screens read back as pixels: the follow-up names the event as a sentence would
 * ("at the Campus Careers Fair"); the floor's pause menu draws its items alike (only the
 * focus ring marks the selection, no filled "primary" first item); dark hair keeps at
 * least 3:1 against the near-black backdrops of high contrast; the debrief's chart card
 * ends inside its view (its caption whole) at every text size. Draws headless and reads the
 * pixels back from a BMP. Needs SDL's dummy driver and RAPPORT_ROOT.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <SDL.h>

#include "game/after.h"
#include "game/figures.h"
#include "game/floor_internal.h"
#include "game/scenes.h"
#include "game/state.h"
#include "script/script.h"

/* ---- Pixels ---- */

static double channel(uint8_t v) {
  double c = v / 255.0;
  return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(GfxColor c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

static double contrast(GfxColor a, GfxColor b) {
  double la = luminance(a), lb = luminance(b);
  return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

static void shot_path(char *out, size_t n, const char *what) {
  const char *tmp = getenv("TMPDIR");
  snprintf(out, n, "%s/rapport-fix-after-%s-%ld.bmp", tmp && tmp[0] ? tmp : "/tmp", what, (long)getpid());
}

/* Ends the frame into a BMP and loads it back as ARGB8888. */
static SDL_Surface *end_frame_and_read(Gfx *g, const char *path) {
  gfx_request_screenshot(g, path);
  gfx_end_frame(g);
  SDL_Surface *raw = SDL_LoadBMP(path);
  assert_non_null(raw);
  SDL_Surface *s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0);
  SDL_FreeSurface(raw);
  assert_non_null(s);
  remove(path);
  return s;
}

static GfxColor pixel(SDL_Surface *s, int x, int y) {
  const uint8_t *p = (const uint8_t *)s->pixels + (size_t)y * (size_t)s->pitch + (size_t)x * 4;
  Uint8 r, g, b, a;
  SDL_GetRGBA(*(const Uint32 *)p, s->format, &r, &g, &b, &a);
  return (GfxColor){r, g, b, 255};
}

static bool same(GfxColor a, GfxColor b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

static Gfx *make_gfx(void) {
  char err[256];
  GfxConfig cfg = {.headless = true, .text_cache_capacity = 64};
  Gfx *g = gfx_create(&cfg, err, sizeof err);
  if (!g) fail_msg("gfx_create: %s", err);
  return g;
}

/* ---- Item 12: "at the Campus Careers Fair" ---- */

static void event_phrase_reads_after_at(void **state) {
  (void)state;
  char out[160];
  game_after_event_phrase("Campus Careers Fair", out, sizeof out);
  assert_string_equal(out, "the Campus Careers Fair");
  game_after_event_phrase("Alumni Evening: The Old Library Reopens", out, sizeof out);
  assert_string_equal(out, "the Alumni Evening");
  game_after_event_phrase("Second Thursday: Design & Dev Meetup", out, sizeof out);
  assert_string_equal(out, "the Design & Dev Meetup");
  game_after_event_phrase("The Founders' Mixer", out, sizeof out);
  assert_string_equal(out, "The Founders' Mixer");
  game_after_event_phrase("Open Studios", out, sizeof out);
  assert_string_equal(out, "the Open Studios");
  game_after_event_phrase(NULL, out, sizeof out);
  assert_string_equal(out, "the event");
  game_after_event_phrase("", out, sizeof out);
  assert_string_equal(out, "the event");
  char tiny[8];
  game_after_event_phrase("Campus Careers Fair", tiny, sizeof tiny);
  assert_string_equal(tiny, "the Cam");
  /* The shipped scenarios' titles all read as "the ..." after "at". */
  const char *root = getenv("RAPPORT_ROOT");
  assert_non_null(root);
  static const char *const IDS[] = {"career_fair", "alumni_mixer", "industry_meetup",
                                    "school_careers_evening", "conference_break", "reconnect_coffee"};
  for (size_t k = 0; k < sizeof IDS / sizeof IDS[0]; k++) {
    char path[1024], err[512];
    snprintf(path, sizeof path, "%s/scripts/scenarios/%s.lua", root, IDS[k]);
    SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
    if (!sc) fail_msg("%s", err);
    game_after_event_phrase(sc->title, out, sizeof out);
    if (strncmp(out, "the ", 4) != 0 && strncmp(out, "The ", 4) != 0) fail_msg("%s reads '%s'", IDS[k], out);
    assert_null(strstr(out, ":"));
    sim_scenario_destroy(sc);
  }
}

/* ---- Item 14: the pause menu's items look alike ---- */

static void pause_menu_items_share_one_style(void **state) {
  (void)state;
  Gfx *g = make_gfx();
  const char *root = getenv("RAPPORT_ROOT");
  assert_non_null(root);
  char path[1024], err[512];
  snprintf(path, sizeof path, "%s/scripts/scenarios/career_fair.lua", root);
  SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
  if (!sc) fail_msg("%s", err);
  SimSession *ss = sim_session_create(sc, 7, NULL);
  assert_non_null(ss);
  GameApp app;
  memset(&app, 0, sizeof app);
  app.gfx = g;
  ui_theme_defaults(&app.theme);
  app.ui = (UiCtx){g, &app.theme, 0.0};
  for (int hc = 0; hc < 2; hc++) {
    app.theme.high_contrast = hc == 1;
    FloorScene *s = calloc(1, sizeof *s);
    assert_non_null(s);
    s->session = ss;
    s->layout_scale = -1;
    game_floor_layout(s, &app);
    s->mode = FLOOR_MENU;
    const FloorMenuItem items[] = {FLOOR_ITEM_RESUME, FLOOR_ITEM_QUIET, FLOOR_ITEM_REST, FLOOR_ITEM_LEAVE};
    s->menu_count = 4;
    for (int i = 0; i < 4; i++) s->menu_items[i] = items[i];
    s->menu_list = (UiList){.focus = 3, .count = 4, .numbers = true};
    char bmp[512];
    shot_path(bmp, sizeof bmp, "pause");
    gfx_begin_frame(g, ui_color(&app.theme, UI_C_BACKGROUND));
    game_floor_draw_overlay(s, &app);
    SDL_Surface *shot = end_frame_and_read(g, bmp);
    /* Sample each button's fill at its vertical middle, just inside the left edge (clear
     * of the outline and of the centred label). */
    GfxColor fill[4];
    for (int i = 0; i < 4; i++) {
      GfxRect r = s->menu_rects[i];
      fill[i] = pixel(shot, r.x + 6, r.y + r.h / 2);
    }
    GfxColor accent = ui_color(&app.theme, UI_C_ACCENT);
    for (int i = 0; i < 3; i++) {
      if (same(fill[i], accent))
        fail_msg("contrast %d: unfocused item %d is filled like a selected button", hc, i + 1);
      if (!same(fill[i], fill[0]))
        fail_msg("contrast %d: item %d (#%02X%02X%02X) is drawn unlike item 1 (#%02X%02X%02X)", hc, i + 1, fill[i].r,
                 fill[i].g, fill[i].b, fill[0].r, fill[0].g, fill[0].b);
    }
    SDL_FreeSurface(shot);
    free(s);
  }
  sim_session_destroy(ss);
  sim_scenario_destroy(sc);
  gfx_destroy(g);
}

/* ---- Item 15: dark hair against the high-contrast backdrops ---- */

static const uint32_t HAIRS[] = {0x2B1E16, 0x4A3222, 0x8A5A32, 0xD9B36C, 0x1C1C1C, 0x9B9B9B, 0xA8432E};
enum { HAIR_COUNT = sizeof HAIRS / sizeof HAIRS[0] };

static GfxColor hex(uint32_t v) { return (GfxColor){(uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v, 255}; }

static void hair_stands_out_in_high_contrast(void **state) {
  (void)state;
  Gfx *g = make_gfx();
  UiTheme theme;
  ui_theme_defaults(&theme);
  theme.high_contrast = true;
  /* The backdrops portraits sit on in high contrast: background, cards, the talk circle. */
  const UiColor backdrops[] = {UI_C_BACKGROUND, UI_C_SURFACE, UI_C_SURFACE_ALT};
  const int sizes[] = {84, 150};
  for (size_t b = 0; b < sizeof backdrops / sizeof backdrops[0]; b++)
    for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++)
      for (int style = 0; style < 4; style++) {
        GfxColor back = ui_color(&theme, backdrops[b]);
        gfx_begin_frame(g, back);
        for (int i = 0; i < HAIR_COUNT; i++) {
          GameLook l = game_look_from_seed(3);
          l.hair = hex(HAIRS[i]);
          l.hair_style = style;
          game_draw_portrait(g, 90 + i * 170, 40, sizes[z], l, GAME_MOOD_NEUTRAL);
        }
        char bmp[512];
        shot_path(bmp, sizeof bmp, "hair");
        SDL_Surface *shot = end_frame_and_read(g, bmp);
        for (int i = 0; i < HAIR_COUNT; i++) {
          /* Down the centre line from above the head: the first pixel that is not the
           * backdrop is the hair's silhouette (its edge, or a rim drawn around it). */
          int cx = 90 + i * 170, y = 1;
          while (y < 40 + sizes[z] && same(pixel(shot, cx, y), back)) y++;
          GfxColor edge = pixel(shot, cx, y);
          double c = contrast(edge, back);
          if (c < 3.0)
            fail_msg("hair #%06X, style %d, size %d on #%02X%02X%02X: the top of the head is %.2f:1 (want 3:1)",
                     (unsigned)HAIRS[i], style, sizes[z], back.r, back.g, back.b, c);
        }
        SDL_FreeSurface(shot);
      }
  gfx_destroy(g);
}

/* ---- Item 7: the debrief's chart card is never cut off by its view ---- */

static void debrief_chart_card_fits_at_every_size(void **state) {
  (void)state;
  Gfx *g = make_gfx();
  GameApp app;
  memset(&app, 0, sizeof app);
  app.gfx = g;
  ui_theme_defaults(&app.theme);
  app.theme.high_contrast = true;
  app.theme.reduced_motion = true; /* no rise: the cards at rest */
  app.ui = (UiCtx){g, &app.theme, 0.0};
  GameState *st = calloc(1, sizeof *st); /* no event played: the layout is the same */
  assert_non_null(st);
  app.state = st;
  GfxColor fill = ui_color(&app.theme, UI_C_SURFACE_ALT), line = ui_color(&app.theme, UI_C_LINE);
  for (int m = 0; m < app.theme.scale_count; m++) {
    app.theme.scale_step = m;
    UiScene *scene = game_debrief_scene(&app);
    assert_non_null(scene);
    GfxInput in;
    memset(&in, 0, sizeof in);
    scene->ops->update(scene, &app, &in);
    char bmp[512];
    shot_path(bmp, sizeof bmp, "debrief");
    gfx_begin_frame(g, ui_color(&app.theme, UI_C_BACKGROUND));
    scene->ops->draw(scene, &app, g);
    SDL_Surface *shot = end_frame_and_read(g, bmp);
    /* Down a column through the third card (the chart, the only SURFACE_ALT card), above
     * the button row: the card's last fill row must be followed by its outline, not by
     * the view's clip edge. */
    int x = GFX_WIDTH - 180, last = -1;
    for (int y = 150; y < GFX_HEIGHT - 130; y++)
      if (same(pixel(shot, x, y), fill)) last = y;
    if (last < 0) fail_msg("at %d%%: no chart card found", ui_scale_percent(&app.theme));
    bool outlined = false;
    for (int y = last + 1; y <= last + 3 && y < GFX_HEIGHT; y++) outlined = outlined || same(pixel(shot, x, y), line);
    if (!outlined)
      fail_msg("at %d%%: the chart card is cut off at y=%d (its caption clipped)", ui_scale_percent(&app.theme), last);
    SDL_FreeSurface(shot);
    scene->ops->destroy(scene);
  }
  free(st);
  gfx_destroy(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(event_phrase_reads_after_at),
      cmocka_unit_test(pause_menu_items_share_one_style),
      cmocka_unit_test(hair_stands_out_in_high_contrast),
      cmocka_unit_test(debrief_chart_card_fits_at_every_size),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
