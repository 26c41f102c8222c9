/* test_gfx_replay.c — the replay parser (engine/gfx/replay.c) on good and broken input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "gfx/replay.h"

static void test_parse_every_command(void **state) {
  (void)state;
  const char *text =
      "# a comment line\n"
      "wait 10\n"
      "key Return   # trailing comment\n"
      "key Shift+Tab\n"
      "type Ana María #1\n"
      "click 640 360\n"
      "move 0 719\r\n"
      "\n"
      "shot title\n"
      "expect-scene title\n"
      "expect-text Rapport\n"
      "quit\n";
  char err[256] = "";
  GfxReplay *r = gfx_replay_parse("t.replay", text, err, sizeof err);
  assert_non_null(r);
  assert_int_equal(gfx_replay_count(r), 10);
  const GfxReplayCommand *c = gfx_replay_command(r, 0);
  assert_int_equal(c->kind, GFX_REPLAY_WAIT);
  assert_int_equal(c->a, 10);
  assert_int_equal(c->line, 2);
  assert_int_equal(gfx_replay_command(r, 1)->kind, GFX_REPLAY_KEY);
  assert_true(gfx_replay_command(r, 2)->shift);
  assert_string_equal(gfx_replay_command(r, 3)->text, "Ana María #1"); /* typed text is verbatim */
  assert_int_equal(gfx_replay_command(r, 4)->a, 640);
  assert_int_equal(gfx_replay_command(r, 5)->b, 719);
  assert_string_equal(gfx_replay_command(r, 6)->text, "title");
  assert_int_equal(gfx_replay_command(r, 9)->kind, GFX_REPLAY_QUIT);
  assert_null(gfx_replay_command(r, 10));
  gfx_replay_destroy(r);
}

static void expect_error(const char *text, const char *fragment) {
  char err[256] = "";
  GfxReplay *r = gfx_replay_parse("bad.replay", text, err, sizeof err);
  assert_null(r);
  if (!strstr(err, fragment)) fail_msg("error '%s' lacks '%s'", err, fragment);
}

static void test_broken_lines_name_file_and_line(void **state) {
  (void)state;
  expect_error("wait 1\njump 3\n", "bad.replay:2: unknown command 'jump'");
  expect_error("wait x\n", "bad.replay:1: wait needs");
  expect_error("wait -5\n", "bad.replay:1:");
  expect_error("\n\nclick 10\n", "bad.replay:3: click needs X Y");
  expect_error("click 2000 10\n", "bad.replay:1: click");
  expect_error("key NoSuchKey\n", "bad.replay:1: unknown key 'NoSuchKey'");
  expect_error("shot ../escape\n", "bad.replay:1: shot takes a plain name");
  expect_error("expect-scene\n", "bad.replay:1: expect-scene needs an argument");
  expect_error("quit now\n", "bad.replay:1: quit takes no argument");
}

static void test_load_missing_file(void **state) {
  (void)state;
  char err[256] = "";
  assert_null(gfx_replay_load("/nonexistent/x.replay", err, sizeof err));
  assert_non_null(strstr(err, "/nonexistent/x.replay"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_parse_every_command),
    cmocka_unit_test(test_broken_lines_name_file_and_line),
    cmocka_unit_test(test_load_missing_file),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
