/* test_game_state_startup.c — what GameState does for the window's start-up: a save that
 * does not exist yet is created only when the frame loop asks (after the first frame), an
 * existing one is opened at once; the renderer chosen in Settings is kept in the save and
 * read back by the next start.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "game/app.h"
#include "game/state.h"

typedef struct Fixture {
  char dir[256];
  char save[512];
  GameOptions options;
  GameApp app;
} Fixture;

static void fixture_init(Fixture *f) {
  memset(f, 0, sizeof *f);
  const char *base = getenv("TMPDIR");
  snprintf(f->dir, sizeof f->dir, "%s/rapport-startup-XXXXXX", base && base[0] ? base : "/tmp");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->save, sizeof f->save, "%s/saves/rapport.db", f->dir);
  f->options.save_path = f->save;
  f->app.options = &f->options;
  ui_theme_defaults(&f->app.theme);
}

static void fixture_done(Fixture *f) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  assert_int_equal(system(cmd), 0);
}

static void test_new_save_waits_for_the_loop(void **state) {
  (void)state;
  Fixture f;
  fixture_init(&f);
  char err[256];
  GameState *s = game_state_create_deferring(&f.app, err, sizeof err);
  assert_non_null(s);
  assert_true(s->save_pending);
  assert_null(s->db);
  assert_int_not_equal(access(f.save, F_OK), 0); /* nothing written before the first frame */
  SaveProfile last;
  assert_false(game_state_last_profile(s, &last, NULL)); /* what the title shows: no one yet */
  assert_int_equal(game_state_pref(s, GAME_PREF_RENDERER), GFX_RENDERER_AUTO);
  game_state_open_pending_save(s);
  assert_false(s->save_pending);
  assert_non_null(s->db);
  assert_int_equal(access(f.save, F_OK), 0);
  game_state_set_pref(s, GAME_PREF_RENDERER, GFX_RENDERER_SOFTWARE);
  assert_int_equal(game_state_pref(s, GAME_PREF_RENDERER), GFX_RENDERER_SOFTWARE);
  game_state_open_pending_save(s); /* nothing pending: the open save stays */
  assert_non_null(s->db);
  game_state_destroy(s);

  /* The next start: the file exists, so it is opened at once and the choice is there. */
  s = game_state_create_deferring(&f.app, err, sizeof err);
  assert_non_null(s);
  assert_false(s->save_pending);
  assert_non_null(s->db);
  assert_int_equal(game_state_pref(s, GAME_PREF_RENDERER), GFX_RENDERER_SOFTWARE);
  game_state_set_pref(s, GAME_PREF_RENDERER, 7); /* out of range: ignored */
  assert_int_equal(game_state_pref(s, GAME_PREF_RENDERER), GFX_RENDERER_SOFTWARE);
  game_state_set_pref(s, GAME_PREF_RENDERER, GFX_RENDERER_AUTO);
  game_state_destroy(s);
  s = game_state_create(&f.app, err, sizeof err);
  assert_non_null(s);
  assert_int_equal(game_state_pref(s, GAME_PREF_RENDERER), GFX_RENDERER_AUTO);
  game_state_destroy(s);
  fixture_done(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_new_save_waits_for_the_loop)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
