/* test_game_draw_cache.c — cached drawing gives the same picture as drawing directly.
 * The mixer floor (room in a cached layer, shapes from cached masks, figures as sprites), a
 * conversation (a large portrait sprite) and the title screen (portraits, 9-slice panels)
 * are drawn headless with caching on and off and compared pixel by pixel; the room layer is repainted when what it shows
 * changes (the highlighted zone) and not otherwise; the frame probe's hash is stable for
 * an unchanged frame and changes with the picture.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "game/app.h"
#include "game/floor_internal.h"
#include "game/scenes.h"
#include "game/state.h"
#include "script/script.h"

/* Per channel, a pixel may differ by this much (blend rounding of translucent shapes). A
 * pixel that differs more is still accepted when it is an edge moved by one pixel: each
 * picture's colour there is found in the other picture right next to it (a triangle edge
 * that lands on the other side of a pixel centre once translated, in float). Anything
 * else (a stale layer, a missing corner, a wrong colour) counts, and none may be left. */
#define CHANNEL_TOLERANCE 3
#define MAX_REAL_DIFFERENCES 0

typedef struct Fixture {
  GameApp *app;
  GameState *st;
  GameOptions opt;
} Fixture;

static int setup_app(Fixture *f) {
  char err[512];
  f->opt = (GameOptions){.headless = true, .shot_dir = "."};
  f->app = calloc(1, sizeof *f->app);
  f->st = calloc(1, sizeof *f->st);
  if (!f->app || !f->st) return -1;
  f->app->options = &f->opt;
  snprintf(f->app->root, sizeof f->app->root, "%s", scr_root());
  ui_theme_defaults(&f->app->theme);
  GfxConfig config = {.headless = true, .title = "test_gfx_cache"};
  f->app->gfx = gfx_create(&config, err, sizeof err);
  if (!f->app->gfx) {
    print_error("gfx_create: %s\n", err);
    return -1;
  }
  f->app->ui = (UiCtx){f->app->gfx, &f->app->theme, 0.0};
  f->app->state = f->st;
  ui_stack_init(&f->app->stack);
  return 0;
}

static void teardown_app(Fixture *f) {
  ui_stack_clear(&f->app->stack);
  game_state_destroy(f->st);
  gfx_destroy(f->app->gfx);
  free(f->app);
}

static void draw_frame(Fixture *f) {
  gfx_begin_frame(f->app->gfx, ui_color(&f->app->theme, UI_C_BACKGROUND));
  ui_stack_draw(&f->app->stack, f->app, f->app->gfx);
  gfx_end_frame(f->app->gfx);
}

/* Draws one frame and returns it as a surface (caller frees). */
static SDL_Surface *capture(Fixture *f, const char *tag) {
  char path[256];
  snprintf(path, sizeof path, "/tmp/test_gfx_cache_%ld_%s.bmp", (long)getpid(), tag);
  gfx_request_screenshot(f->app->gfx, path);
  draw_frame(f);
  const char *why;
  if (!gfx_screenshot_result(f->app->gfx, &why)) fail_msg("screenshot: %s", why);
  SDL_Surface *raw = SDL_LoadBMP(path);
  if (!getenv("TEST_GFX_CACHE_KEEP")) remove(path); /* keep them to look at a failure */
  assert_non_null(raw);
  SDL_Surface *s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0);
  SDL_FreeSurface(raw);
  assert_non_null(s);
  return s;
}

static const Uint8 *px(SDL_Surface *s, int x, int y) {
  return (const Uint8 *)s->pixels + (size_t)y * (size_t)s->pitch + (size_t)x * 4;
}

static bool close_colour(const Uint8 *p, const Uint8 *q) {
  for (int ch = 0; ch < 3; ch++)
    if (abs((int)p[ch] - (int)q[ch]) > CHANNEL_TOLERANCE) return false;
  return true;
}

/* Whether (x, y)'s colour in `a` appears in `b` at (x, y) or one pixel away. */
static bool found_nearby(SDL_Surface *a, SDL_Surface *b, int x, int y) {
  for (int dy = -1; dy <= 1; dy++)
    for (int dx = -1; dx <= 1; dx++) {
      int nx = x + dx, ny = y + dy;
      if (nx >= 0 && ny >= 0 && nx < b->w && ny < b->h && close_colour(px(a, x, y), px(b, nx, ny))) return true;
    }
  return false;
}

static void assert_same_picture(SDL_Surface *cached, SDL_Surface *direct, const char *what) {
  assert_int_equal(cached->w, direct->w);
  assert_int_equal(cached->h, direct->h);
  long edge_moves = 0, real = 0;
  int first_x = -1, first_y = -1;
  for (int y = 0; y < cached->h; y++)
    for (int x = 0; x < cached->w; x++) {
      if (close_colour(px(cached, x, y), px(direct, x, y))) continue;
      if (found_nearby(cached, direct, x, y) && found_nearby(direct, cached, x, y)) {
        edge_moves++;
      } else if (real++ == 0) {
        first_x = x;
        first_y = y;
      }
    }
  print_message("%s: %ld edge pixels moved by one pixel, %ld other differences\n", what, edge_moves, real);
  if (real > MAX_REAL_DIFFERENCES)
    fail_msg("%s: %ld pixels differ beyond the tolerance, the first at (%d, %d)", what, real, first_x, first_y);
  /* Moved edges stay rare: a shifted or scaled layer would move every edge. */
  assert_true(edge_moves * 1000L < (long)cached->w * cached->h);
}

static void floor_cached_matches_direct(void **state) {
  (void)state;
  Fixture f;
  assert_int_equal(setup_app(&f), 0);
  char err[512], path[1024];
  assert_int_equal(scr_find_scenario("career_fair", path, sizeof path), 0);
  SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
  if (!sc) fail_msg("%s", err);
  SimPlayerSettings settings = sim_player_settings_default();
  f.st->scenario = sc;
  f.st->settings = settings;
  f.st->session = sim_session_create(sc, 42, &settings);
  assert_non_null(f.st->session);
  ui_stack_push(&f.app->stack, game_floor_scene(f.app));
  ui_stack_apply(&f.app->stack, f.app);
  FloorScene *fs = (FloorScene *)ui_stack_top(&f.app->stack);
  Gfx *g = f.app->gfx;

  draw_frame(&f); /* paints the room layer */
  assert_non_null(fs->room_layer);
  assert_int_equal(gfx_layer_builds(fs->room_layer), 1);
  SDL_Surface *cached = capture(&f, "floor_cached"); /* the room comes from the layer */
  assert_int_equal(gfx_layer_builds(fs->room_layer), 1);
  gfx_set_caching(g, false);
  SDL_Surface *direct = capture(&f, "floor_direct");
  assert_same_picture(cached, direct, "floor");
  SDL_FreeSurface(cached);
  SDL_FreeSurface(direct);

  /* Another zone highlighted: the layer must be repainted, and still match. */
  fs->zone = fs->zone == 0 ? 1 : 0;
  gfx_set_caching(g, true);
  cached = capture(&f, "floor_zone_cached");
  assert_int_equal(gfx_layer_builds(fs->room_layer), 2);
  gfx_set_caching(g, false);
  direct = capture(&f, "floor_zone_direct");
  assert_same_picture(cached, direct, "floor, other zone");
  SDL_FreeSurface(cached);
  SDL_FreeSurface(direct);

  /* A conversation over the floor: the large portrait is a sprite drawn near the origin of
   * its texture, where float rounding differs most from drawing it in place. */
  game_talk_open(f.app, 0, SIM_JOIN_POLITE);
  ui_stack_apply(&f.app->stack, f.app);
  assert_string_equal(ui_stack_top_name(&f.app->stack), "talk");
  gfx_set_caching(g, true);
  draw_frame(&f);
  cached = capture(&f, "talk_cached");
  gfx_set_caching(g, false);
  direct = capture(&f, "talk_direct");
  assert_same_picture(cached, direct, "conversation");
  SDL_FreeSurface(cached);
  SDL_FreeSurface(direct);
  teardown_app(&f);
}

static void title_cached_matches_direct(void **state) {
  (void)state;
  Fixture f;
  assert_int_equal(setup_app(&f), 0);
  char err[512];
  f.opt.save_path = "/tmp/test_gfx_cache_title.db";
  remove(f.opt.save_path);
  GameState *st = game_state_create(f.app, err, sizeof err);
  if (!st) fail_msg("%s", err);
  free(f.st);
  f.st = st;
  f.app->state = st;
  ui_stack_push(&f.app->stack, game_title_scene(f.app));
  ui_stack_apply(&f.app->stack, f.app);
  draw_frame(&f); /* a shape gets its mask the second time it is drawn */
  SDL_Surface *cached = capture(&f, "title_cached");
  gfx_set_caching(f.app->gfx, false);
  SDL_Surface *direct = capture(&f, "title_direct");
  assert_same_picture(cached, direct, "title");
  SDL_FreeSurface(cached);
  SDL_FreeSurface(direct);
  teardown_app(&f);
  remove("/tmp/test_gfx_cache_title.db");
}

static uint64_t probe(Fixture *f) {
  gfx_begin_probe(f->app->gfx);
  ui_stack_draw(&f->app->stack, f->app, f->app->gfx);
  return gfx_end_probe(f->app->gfx);
}

static void probe_hash_follows_the_picture(void **state) {
  (void)state;
  Fixture f;
  assert_int_equal(setup_app(&f), 0);
  char err[512], path[1024];
  assert_int_equal(scr_find_scenario("career_fair", path, sizeof path), 0);
  SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
  if (!sc) fail_msg("%s", err);
  SimPlayerSettings settings = sim_player_settings_default();
  f.st->scenario = sc;
  f.st->settings = settings;
  f.st->session = sim_session_create(sc, 42, &settings);
  ui_stack_push(&f.app->stack, game_floor_scene(f.app));
  ui_stack_apply(&f.app->stack, f.app);
  FloorScene *fs = (FloorScene *)ui_stack_top(&f.app->stack);
  draw_frame(&f);
  uint64_t a = probe(&f), b = probe(&f);
  assert_true(a == b);
  uint64_t frames = gfx_frame_count(f.app->gfx);
  fs->px += 1.0f; /* the player one metre to the right */
  uint64_t c = probe(&f);
  assert_true(c != a);
  assert_true(gfx_frame_count(f.app->gfx) == frames); /* probing presents nothing */
  teardown_app(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(floor_cached_matches_direct),
      cmocka_unit_test(title_cached_matches_direct),
      cmocka_unit_test(probe_hash_follows_the_picture),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
