/* test_gfx_replay_game.c — the replay commands the game evaluates (expect-state,
 * expect-save, bot): gfx checks their shape at parse time and hands each whole line to the
 * game's handler in order, failing the run with FILE:LINE and the handler's words.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gfx/replay.h"

static void expect_error(const char *text, const char *fragment) {
  char err[256] = "";
  GfxReplay *r = gfx_replay_parse("bad.replay", text, err, sizeof err);
  assert_null(r);
  if (!strstr(err, fragment)) fail_msg("error '%s' lacks '%s'", err, fragment);
}

static void test_shape_checked_at_parse(void **state) {
  (void)state;
  const char *text = "expect-state depth 2.5\n"
                     "expect-save SELECT status FROM sessions => completed\n"
                     "bot connector\n";
  char err[256] = "";
  GfxReplay *r = gfx_replay_parse("t.replay", text, err, sizeof err);
  assert_non_null(r);
  assert_int_equal(gfx_replay_count(r), 3);
  for (int i = 0; i < 3; i++) assert_int_equal(gfx_replay_command(r, i)->kind, GFX_REPLAY_GAME);
  assert_string_equal(gfx_replay_command(r, 1)->text,
                      "expect-save SELECT status FROM sessions => completed");
  gfx_replay_destroy(r);
  expect_error("wait 1\nexpect-state depth\n", "bad.replay:2: expect-state needs KEY VALUE");
  expect_error("expect-save SELECT 1\n", "bad.replay:1: expect-save needs SQL => RESULT");
  expect_error("bot\n", "bad.replay:1: bot needs a strategy");
  expect_error("bot connector twice\n", "bad.replay:1: bot needs");
}

typedef struct Seen {
  char lines[4][256];
  int count;
  int fail_at;   /* the handler fails on this call (1-based), 0 never */
} Seen;

static bool handler(void *ctx, const char *line, char *why, size_t whylen) {
  Seen *s = ctx;
  if (s->count < 4) snprintf(s->lines[s->count], sizeof s->lines[0], "%s", line);
  s->count++;
  if (s->count == s->fail_at) {
    snprintf(why, whylen, "expected state depth to be '2.5' but it is '1.0'");
    return false;
  }
  return true;
}

static void test_lines_handed_to_the_game(void **state) {
  (void)state;
  const char *text = "expect-state depth 2.5\n\nbot connector\nexpect-state talks 3\n";
  char err[256] = "";
  GfxReplay *r = gfx_replay_parse("t.replay", text, err, sizeof err);
  assert_non_null(r);
  /* No handler: the run fails rather than skipping the check. */
  assert_int_equal(gfx_replay_next(r, NULL, "title", NULL, err, sizeof err), GFX_REPLAY_FAILED);
  assert_non_null(strstr(err, "t.replay:1: no game"));
  gfx_replay_destroy(r);

  Seen seen = {.fail_at = 0};
  r = gfx_replay_parse("t.replay", text, err, sizeof err);
  gfx_replay_set_game(r, handler, &seen);
  assert_int_equal(gfx_replay_next(r, NULL, "title", NULL, err, sizeof err), GFX_REPLAY_DONE);
  assert_int_equal(seen.count, 3);
  assert_string_equal(seen.lines[0], "expect-state depth 2.5");
  assert_string_equal(seen.lines[1], "bot connector");
  assert_string_equal(seen.lines[2], "expect-state talks 3");
  gfx_replay_destroy(r);

  seen = (Seen){.fail_at = 2};
  r = gfx_replay_parse("t.replay", text, err, sizeof err);
  gfx_replay_set_game(r, handler, &seen);
  assert_int_equal(gfx_replay_next(r, NULL, "title", NULL, err, sizeof err), GFX_REPLAY_FAILED);
  assert_string_equal(err, "t.replay:3: expected state depth to be '2.5' but it is '1.0'");
  gfx_replay_destroy(r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_shape_checked_at_parse),
    cmocka_unit_test(test_lines_handed_to_the_game),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
