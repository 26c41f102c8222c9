/* test_gfx_text.c — UTF-8 repair, word wrapping (with a fake measure), and the text
 * texture cache (hits, rasterisations, LRU eviction) on a headless renderer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "gfx/gfx.h"
#include "gfx/text_layout.h"

/* Every byte of a character is 10 px wide: a character counts once. */
static int fake_measure(void *ctx, const char *text, size_t len) {
  (void)ctx;
  int chars = 0;
  for (size_t i = 0; i < len; i++) chars += ((unsigned char)text[i] & 0xC0) != 0x80;
  return chars * 10;
}

static void span_text(const char *src, GfxLineSpan s, char *out) {
  memcpy(out, src + s.start, s.len);
  out[s.len] = '\0';
}

static void test_wrap_at_spaces(void **state) {
  (void)state;
  const char *t = "the quick brown fox jumps";
  GfxLineSpan lines[8];
  int n = gfx_wrap(t, 100, fake_measure, NULL, lines, 8); /* 10 characters a line */
  assert_int_equal(n, 3);
  char buf[64];
  span_text(t, lines[0], buf);
  assert_string_equal(buf, "the quick");
  span_text(t, lines[1], buf);
  assert_string_equal(buf, "brown fox");
  span_text(t, lines[2], buf);
  assert_string_equal(buf, "jumps");
}

static void test_wrap_long_word_is_cut(void **state) {
  (void)state;
  const char *t = "abcdefghijklmnopqrstuvwxy z";
  GfxLineSpan lines[8];
  int n = gfx_wrap(t, 100, fake_measure, NULL, lines, 8);
  char buf[64];
  span_text(t, lines[0], buf);
  assert_string_equal(buf, "abcdefghij");
  span_text(t, lines[1], buf);
  assert_string_equal(buf, "klmnopqrst");
  span_text(t, lines[2], buf);
  assert_string_equal(buf, "uvwxy z");
  assert_int_equal(n, 3);
}

static void test_wrap_utf8_never_splits_a_character(void **state) {
  (void)state;
  /* 12 two-byte characters, 4 per line. */
  const char *t = "éééééééééééé";
  GfxLineSpan lines[8];
  int n = gfx_wrap(t, 40, fake_measure, NULL, lines, 8);
  assert_int_equal(n, 3);
  for (int i = 0; i < n; i++) {
    assert_int_equal(lines[i].len, 8);
    assert_int_equal(lines[i].start % 2, 0);
  }
}

static void test_wrap_newlines_and_narrow_width(void **state) {
  (void)state;
  const char *t = "one\n\ntwo";
  GfxLineSpan lines[8];
  int n = gfx_wrap(t, 1000, fake_measure, NULL, lines, 8);
  assert_int_equal(n, 3);
  assert_int_equal(lines[1].len, 0);
  /* Narrower than one character: still one character a line, never an endless loop. */
  n = gfx_wrap("abc", 1, fake_measure, NULL, lines, 8);
  assert_int_equal(n, 3);
  /* More lines than room: the count is still the whole text's. */
  n = gfx_wrap("a b c d e f g h i j", 10, fake_measure, NULL, lines, 4);
  assert_int_equal(n, 10);
}

static void test_utf8_sanitize(void **state) {
  (void)state;
  char out[64];
  gfx_utf8_sanitize("ok \xC3\xA9", out, sizeof out);
  assert_string_equal(out, "ok \xC3\xA9");
  /* A lone continuation byte, an overlong slash and a truncated sequence. */
  gfx_utf8_sanitize("a\x80" "b\xC0\xAF" "c\xE2\x82", out, sizeof out);
  assert_true(gfx_utf8_valid(out));
  assert_string_equal(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD");
  /* Surrogates are invalid in UTF-8. */
  assert_false(gfx_utf8_valid("\xED\xA0\x80"));
  /* Truncation keeps whole characters. */
  gfx_utf8_sanitize("\xC3\xA9\xC3\xA9\xC3\xA9", out, 6);
  assert_string_equal(out, "\xC3\xA9\xC3\xA9");
}

static Gfx *open_headless(int capacity) {
  char err[512];
  GfxConfig cfg = {.headless = true, .text_cache_capacity = capacity};
  Gfx *g = gfx_create(&cfg, err, sizeof err);
  if (!g) fprintf(stderr, "gfx_create: %s\n", err);
  return g;
}

static void test_cache_hits_do_not_rasterise(void **state) {
  (void)state;
  Gfx *g = open_headless(8);
  assert_non_null(g);
  GfxColor ink = {20, 30, 40, 255};
  for (int frame = 0; frame < 100; frame++) {
    gfx_begin_frame(g, (GfxColor){255, 255, 255, 255});
    gfx_text(g, GFX_FONT_REGULAR, 20, ink, 10, 10, GFX_ALIGN_LEFT, "Same label");
    gfx_text(g, GFX_FONT_BOLD, 20, ink, 10, 40, GFX_ALIGN_LEFT, "Same label");
    gfx_end_frame(g);
  }
  GfxTextStats s = gfx_text_stats(g);
  assert_int_equal(s.misses, 2);      /* font is part of the key */
  assert_int_equal(s.hits, 198);
  assert_int_equal(s.entries, 2);
  /* The drawn-text log holds what the last frame drew. */
  assert_non_null(strstr(gfx_drawn_text(g), "Same label"));
  gfx_destroy(g);
}

static void test_cache_evicts_least_recently_used(void **state) {
  (void)state;
  Gfx *g = open_headless(4);
  assert_non_null(g);
  GfxColor ink = {0, 0, 0, 255};
  char label[32];
  gfx_begin_frame(g, ink);
  for (int i = 0; i < 4; i++) {
    snprintf(label, sizeof label, "label %d", i);
    gfx_text(g, GFX_FONT_REGULAR, 18, ink, 0, 0, GFX_ALIGN_LEFT, label);
  }
  /* Touch label 0 so that label 1 is now the least recently used. */
  gfx_text(g, GFX_FONT_REGULAR, 18, ink, 0, 0, GFX_ALIGN_LEFT, "label 0");
  gfx_text(g, GFX_FONT_REGULAR, 18, ink, 0, 0, GFX_ALIGN_LEFT, "label 4"); /* evicts label 1 */
  GfxTextStats s = gfx_text_stats(g);
  assert_int_equal(s.entries, 4);
  assert_int_equal(s.evictions, 1);
  uint64_t misses = s.misses;
  gfx_text(g, GFX_FONT_REGULAR, 18, ink, 0, 0, GFX_ALIGN_LEFT, "label 0"); /* still cached */
  assert_int_equal(gfx_text_stats(g).misses, misses);
  gfx_text(g, GFX_FONT_REGULAR, 18, ink, 0, 0, GFX_ALIGN_LEFT, "label 1"); /* was evicted */
  assert_int_equal(gfx_text_stats(g).misses, misses + 1);
  /* Colour and size are part of the key. */
  gfx_text(g, GFX_FONT_REGULAR, 18, (GfxColor){255, 0, 0, 255}, 0, 0, GFX_ALIGN_LEFT, "label 1");
  gfx_text(g, GFX_FONT_REGULAR, 19, ink, 0, 0, GFX_ALIGN_LEFT, "label 1");
  assert_int_equal(gfx_text_stats(g).misses, misses + 3);
  gfx_end_frame(g);
  gfx_destroy(g);
}

static void test_invalid_utf8_draws_replacement(void **state) {
  (void)state;
  Gfx *g = open_headless(16);
  assert_non_null(g);
  gfx_begin_frame(g, (GfxColor){255, 255, 255, 255});
  int w = gfx_text(g, GFX_FONT_REGULAR, 20, (GfxColor){0, 0, 0, 255}, 0, 0, GFX_ALIGN_LEFT, "bad \xFF\xFE bytes");
  assert_true(w > 0);
  assert_non_null(strstr(gfx_drawn_text(g), "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes"));
  int h = gfx_text_wrapped(g, GFX_FONT_REGULAR, 20, (GfxColor){0, 0, 0, 255}, (GfxRect){0, 0, 60, 0},
                           GFX_ALIGN_LEFT, "\xC3 wrapped \xE2\x82 text that is long", true);
  assert_true(h >= 3 * gfx_line_height(g, GFX_FONT_REGULAR, 20));
  gfx_end_frame(g);
  gfx_destroy(g);
}

static void test_missing_font_names_the_package(void **state) {
  (void)state;
  char err[512];
  GfxConfig cfg = {.headless = true, .font_dir = "/nonexistent-font-dir"};
  Gfx *g = gfx_create(&cfg, err, sizeof err);
  assert_null(g);
  assert_non_null(strstr(err, "fonts-dejavu-core"));
  assert_non_null(strstr(err, "/nonexistent-font-dir"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_wrap_at_spaces),
    cmocka_unit_test(test_wrap_long_word_is_cut),
    cmocka_unit_test(test_wrap_utf8_never_splits_a_character),
    cmocka_unit_test(test_wrap_newlines_and_narrow_width),
    cmocka_unit_test(test_utf8_sanitize),
    cmocka_unit_test(test_cache_hits_do_not_rasterise),
    cmocka_unit_test(test_cache_evicts_least_recently_used),
    cmocka_unit_test(test_invalid_utf8_draws_replacement),
    cmocka_unit_test(test_missing_font_names_the_package),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
