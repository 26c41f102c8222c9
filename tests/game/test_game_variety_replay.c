/* test_game_variety_replay.c — the replay commands this issue added: `scenario ID` and
 * `today DAY` parse only in their shape (gfx), and the game refuses `scenario` off the
 * scenario list or for an id it does not list, and moves the save's calendar on `today`.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "game/app.h"
#include "game/replay_state.h"
#include "game/scenes.h"
#include "game/state.h"
#include "gfx/replay.h"

static void parses(const char *text, bool ok, const char *why) {
  char err[300] = "";
  GfxReplay *r = gfx_replay_parse("t.replay", text, err, sizeof err);
  if (ok && !r) fail_msg("'%s' should parse: %s", text, err);
  if (!ok && r) fail_msg("'%s' should not parse", text);
  if (!ok && why && !strstr(err, why)) fail_msg("'%s': expected '%s' in '%s'", text, why, err);
  gfx_replay_destroy(r);
}

static void test_shapes(void **unused) {
  (void)unused;
  parses("scenario career_fair\n", true, NULL);
  parses("scenario\n", false, "a scenario id");
  parses("scenario career_fair alumni_mixer\n", false, "a scenario id");
  parses("today 21\n", true, NULL);
  parses("today\n", false, "a calendar day");
  parses("today soon\n", false, "a calendar day");
  parses("today -1\n", false, "a calendar day");
  parses("today 3 days\n", false, "a calendar day");
}

static void test_game_side(void **unused) {
  (void)unused;
  char dir[256], save[512];
  const char *base = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/rapport-vreplay-XXXXXX", base && base[0] ? base : "/tmp");
  assert_non_null(mkdtemp(dir));
  snprintf(save, sizeof save, "%s/rapport.db", dir);
  GameOptions options = {.headless = true, .save_path = save};
  GameApp *app = calloc(1, sizeof *app);
  assert_non_null(app);
  app->options = &options;
  snprintf(app->root, sizeof app->root, "%s", RAPPORT_SOURCE_DIR);
  ui_theme_defaults(&app->theme);
  char err[256], why[300];
  GfxConfig cfg = {.headless = true, .text_cache_capacity = 64};
  app->gfx = gfx_create(&cfg, err, sizeof err);
  assert_non_null(app->gfx);
  app->ui = (UiCtx){app->gfx, &app->theme, 0.0};
  app->state = game_state_create(app, err, sizeof err);
  assert_non_null(app->state);
  ui_stack_init(&app->stack);
  ui_stack_push(&app->stack, game_title_scene(app));
  ui_stack_apply(&app->stack, app);
  /* Off the list: refused, nothing loaded. */
  assert_false(game_replay_command(app, "scenario career_fair", why, sizeof why));
  assert_non_null(strstr(why, "not on screen"));
  assert_null(app->state->scenario);
  /* On the list: an unknown id is refused, a listed one opens its briefing. */
  assert_true(game_state_use_profile(app->state, "Ana", err, sizeof err));
  ui_stack_push(&app->stack, game_select_scene(app));
  ui_stack_apply(&app->stack, app);
  assert_false(game_replay_command(app, "scenario no_such_mixer", why, sizeof why));
  assert_non_null(strstr(why, "no scenario with that id"));
  assert_true(game_replay_command(app, "scenario industry_meetup", why, sizeof why));
  ui_stack_apply(&app->stack, app);
  assert_string_equal(ui_stack_top_name(&app->stack), "briefing");
  assert_string_equal(app->state->scenario_id, "industry_meetup");
  /* today: the calendar and the sessions started after it. */
  assert_int_equal(game_state_today(app->state, 2), 14);
  int serial = app->state->calendar_serial;
  assert_true(game_replay_command(app, "today 21", why, sizeof why));
  assert_int_equal(game_state_today(app->state, 2), 21);
  assert_true(app->state->calendar_serial != serial);
  assert_true(game_state_start_session(app->state, SIM_INTENT_NONE));
  assert_int_equal(sim_session_day(app->state->session), 21);
  ui_stack_clear(&app->stack);
  game_state_destroy(app->state);
  gfx_destroy(app->gfx);
  free(app);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_shapes),
    cmocka_unit_test(test_game_side),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
