/* test_cli_i18n_pair.c — the extractor's scanner (engine/cli/i18n_scan.c) reads TR_PAIR,
 * the marker a module without the catalogue defines for itself (gfx/input.c), like
 * TR_NOOP: the id and the English, and the macro's own #define is not an error.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "cli/i18n_scan.h"

typedef struct Seen {
  int marked, not_literal;
  char ids[4][128], texts[4][128];
} Seen;

static void visit(void *ctx, const CliI18nString *s) {
  Seen *seen = ctx;
  if (s->kind == CLI_I18N_NOT_LITERAL) seen->not_literal++;
  if (s->kind != CLI_I18N_MARKED || seen->marked >= 4) return;
  snprintf(seen->ids[seen->marked], sizeof seen->ids[0], "%s", s->id);
  snprintf(seen->texts[seen->marked], sizeof seen->texts[0], "%.100s", s->text);
  seen->marked++;
}

static void test_tr_pair_is_read_like_tr_noop(void **state) {
  (void)state;
  const char *src =
    "#define TR_PAIR(id, english) {id, english}\n"
    "static const GfxWord W[] = {\n"
    "  TR_PAIR(\"keys.enter\", \"Enter\"),\n"
    "  {NULL, \"W\"},\n"
    "  TR_PAIR(\"keys.action.confirm\", \"Confirm / \" \"talk\"),\n"
    "};\n";
  Seen seen = {0};
  assert_int_equal(cli_i18n_scan("x.c", src, strlen(src), visit, &seen), 2);
  assert_int_equal(seen.not_literal, 0);
  assert_int_equal(seen.marked, 2);
  assert_string_equal(seen.ids[0], "keys.enter");
  assert_string_equal(seen.texts[0], "Enter");
  assert_string_equal(seen.ids[1], "keys.action.confirm");
  assert_string_equal(seen.texts[1], "Confirm / talk");
}

static void test_other_defines_are_still_scanned(void **state) {
  (void)state;
  /* A #define's body stays code: a marker in it is found, one without literals reported. */
  const char *src = "#define HELP TR(\"a.help\", \"Press Enter\")\n#define BAD(x) TR(x, x)\n";
  Seen seen = {0};
  assert_int_equal(cli_i18n_scan("y.c", src, strlen(src), visit, &seen), 1);
  assert_string_equal(seen.ids[0], "a.help");
  assert_int_equal(seen.not_literal, 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_tr_pair_is_read_like_tr_noop),
    cmocka_unit_test(test_other_defines_are_still_scanned),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
