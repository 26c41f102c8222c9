/* test_game_app.h — a headless GameApp for the game tests that drive screens
 * (tests/game/test_game_class_screens.c, test_game_roster_pin.c, test_game_dashboard_scale.c):
 * SDL's dummy driver through gfx, the default theme, the game state on `options`' save.
 * Header-only (static functions); include it after <cmocka.h>, whose fail_msg it uses.
 */
#ifndef RAPPORT_TEST_GAME_APP_H
#define RAPPORT_TEST_GAME_APP_H

#include <stdio.h>
#include <stdlib.h>

#include "game/app.h"
#include "game/state.h"
#include "script/script.h"

/* A new app on `options` (which must outlive it), its window titled `title`; fails the
 * test when the headless window or the state cannot be made. */
static inline GameApp *tga_open(const GameOptions *options, const char *title) {
  GameApp *app = calloc(1, sizeof *app);
  if (!app) fail_msg("out of memory");
  app->options = options;
  snprintf(app->root, sizeof app->root, "%s", scr_root());
  ui_theme_defaults(&app->theme);
  char err[512];
  GfxConfig config = {.headless = true, .title = title};
  app->gfx = gfx_create(&config, err, sizeof err);
  if (!app->gfx) fail_msg("gfx_create: %s", err);
  app->ui = (UiCtx){app->gfx, &app->theme, 0.0};
  app->state = game_state_create(app, err, sizeof err);
  if (!app->state) fail_msg("game_state_create: %s", err);
  ui_stack_init(&app->stack);
  return app;
}

/* Closes what tga_open made: the scenes, the state, the window. */
static inline void tga_close(GameApp *app) {
  ui_stack_clear(&app->stack);
  game_state_destroy(app->state);
  gfx_destroy(app->gfx);
  free(app);
}

#endif
