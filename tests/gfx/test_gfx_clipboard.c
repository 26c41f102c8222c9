/* test_gfx_clipboard.c — pasting (engine/gfx/clipboard.c, replay.c): the clipboard's text
 * made safe for a box (broken UTF-8 shown as U+FFFD, control characters dropped, line
 * breaks kept only in a multi-line box, cut on a character boundary with the whole length
 * reported), the dummy driver's clipboard read back cleaned, and the replay commands that
 * set it (`clipboard`, `clipboard+`, `key Ctrl+v`). Needs SDL's dummy video driver.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "gfx/gfx.h"
#include "gfx/replay.h"

static void test_clean_multiline(void **unused) {
  (void)unused;
  char out[128];
  /* \x01 dropped, \xff shown, CR LF and a lone CR one break each, a tab kept, DEL dropped. */
  size_t n = gfx_paste_clean("Ana\x01 Lima\xff,ABC\r\nBen\tOkoro\rX\x7f\n", out, sizeof out, true);
  assert_string_equal(out, "Ana Lima\xEF\xBF\xBD,ABC\nBen\tOkoro\nX\n");
  assert_int_equal(n, strlen(out));
  assert_int_equal(gfx_paste_clean("", out, sizeof out, true), 0);
  assert_string_equal(out, "");
  assert_int_equal(gfx_paste_clean(NULL, out, sizeof out, true), 0);
}

static void test_clean_one_line(void **unused) {
  (void)unused;
  char out[128];
  /* Breaks and tabs become spaces; the trailing ones a copied cell brings are removed. */
  size_t n = gfx_paste_clean("  Ana\nLima\tB\r\n\r\n", out, sizeof out, false);
  assert_string_equal(out, "  Ana Lima B");
  assert_int_equal(n, strlen(out));
}

static void test_clean_cut_on_a_character(void **unused) {
  (void)unused;
  char out[8];
  /* Five two-byte letters need 10 bytes: three fit in 8 (with the NUL), never half of one. */
  size_t n = gfx_paste_clean("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", out, sizeof out, true);
  assert_int_equal(n, 10);
  assert_string_equal(out, "\xC3\xA9\xC3\xA9\xC3\xA9");
  /* Nothing after a gap: "ab" then a 4-byte emoji that does not fit, then "c" that would. */
  char small[5];
  n = gfx_paste_clean("ab\xF0\x9F\x98\x80" "c", small, sizeof small, true);
  assert_int_equal(n, 7);
  assert_string_equal(small, "ab");
}

static void test_system_clipboard(void **unused) {
  (void)unused;
  char err[256];
  GfxConfig config = {.headless = true, .title = "test_gfx_clipboard"};
  Gfx *g = gfx_create(&config, err, sizeof err);
  if (!g) fail_msg("gfx_create: %s", err);
  assert_true(gfx_clipboard_set("Zo\xC3\xAB Ng,AB12\r\nLiam\x02 Murphy,CD34\r\n"));
  char out[256];
  size_t n = gfx_clipboard_read(out, sizeof out, true);
  assert_string_equal(out, "Zo\xC3\xAB Ng,AB12\nLiam Murphy,CD34\n");
  assert_int_equal(n, strlen(out));
  n = gfx_clipboard_read(out, sizeof out, false);
  assert_string_equal(out, "Zo\xC3\xAB Ng,AB12 Liam Murphy,CD34");
  assert_true(gfx_clipboard_set(""));
  assert_int_equal(gfx_clipboard_read(out, sizeof out, true), 0);
  assert_string_equal(out, "");
  gfx_destroy(g);
}

static void test_replay_commands(void **unused) {
  (void)unused;
  char err[256] = "";
  GfxReplay *r = gfx_replay_parse("t.replay",
                                  "clipboard Ana,AB12\\nBen\\tOkoro # not a comment\n"
                                  "clipboard+ \\xff\\r\\n\\\\\n"
                                  "key Ctrl+v\n"
                                  "key Ctrl+Shift+Tab\n"
                                  "clipboard\n",
                                  err, sizeof err);
  if (!r) fail_msg("%s", err);
  assert_int_equal(gfx_replay_count(r), 5);
  const GfxReplayCommand *c = gfx_replay_command(r, 0);
  assert_int_equal(c->kind, GFX_REPLAY_CLIPBOARD);
  assert_int_equal(c->a, 0);
  assert_string_equal(c->text, "Ana,AB12\nBen\tOkoro # not a comment");
  c = gfx_replay_command(r, 1);
  assert_int_equal(c->a, 1);
  assert_string_equal(c->text, "\xff\r\n\\");
  c = gfx_replay_command(r, 2);
  assert_int_equal(c->kind, GFX_REPLAY_KEY);
  assert_true(c->ctrl);
  assert_false(c->shift);
  assert_string_equal(c->text, "v");
  c = gfx_replay_command(r, 3);
  assert_true(c->ctrl);
  assert_true(c->shift);
  assert_string_equal(c->text, "Tab");
  assert_string_equal(gfx_replay_command(r, 4)->text, ""); /* empties the clipboard */
  gfx_replay_destroy(r);
  r = gfx_replay_parse("bad.replay", "wait 1\nclipboard a\\x00b\n", err, sizeof err);
  assert_null(r);
  assert_non_null(strstr(err, "bad.replay:2: clipboard text cannot hold"));
  r = gfx_replay_parse("bad.replay", "clipboard a\\qb\n", err, sizeof err);
  assert_null(r);
  assert_non_null(strstr(err, "bad.replay:1: clipboard: unknown escape"));
  r = gfx_replay_parse("bad.replay", "key Ctrl+\n", err, sizeof err);
  assert_null(r);
  assert_non_null(strstr(err, "unknown key"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_clean_multiline),         cmocka_unit_test(test_clean_one_line),
    cmocka_unit_test(test_clean_cut_on_a_character), cmocka_unit_test(test_system_clipboard),
    cmocka_unit_test(test_replay_commands),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
