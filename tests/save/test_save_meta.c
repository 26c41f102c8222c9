/* test_save_meta.c — machine settings in the save's meta table (save_meta.c): unset, set,
 * replaced, kept across a reopen, refused on a read-only handle, and only the known key.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "save/save_internal.h"
#include "test_save_util.h"

static void test_renderer_round_trip(void **state) {
  (void)state;
  char dir[512], path[600], out[32], msg[256];
  tsu_tmpdir(dir, sizeof dir);
  snprintf(path, sizeof path, "%s/rapport.db", dir);
  SaveDb *db = NULL;
  assert_int_equal(save_open(path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_meta_get(db, "renderer", out, sizeof out, msg, sizeof msg), SAVE_NOT_FOUND);
  assert_string_equal(out, "");
  assert_int_equal(save_meta_set(db, "renderer", "software", msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_meta_set(db, "renderer", "accelerated", msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_meta_get(db, "renderer", out, sizeof out, msg, sizeof msg), SAVE_OK);
  assert_string_equal(out, "accelerated");
  /* Only machine settings: the save's own rows are neither read nor written here. */
  assert_int_equal(save_meta_set(db, "application", "other", msg, sizeof msg), SAVE_MISUSE);
  assert_int_equal(save_meta_get(db, "application", out, sizeof out, msg, sizeof msg), SAVE_MISUSE);
  assert_int_equal(save_meta_set(db, NULL, "x", msg, sizeof msg), SAVE_MISUSE);
  save_close(db);

  assert_int_equal(save_open(path, SAVE_OPEN_READ_ONLY, &db, NULL, msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_meta_get(db, "renderer", out, sizeof out, msg, sizeof msg), SAVE_OK);
  assert_string_equal(out, "accelerated");
  assert_int_not_equal(save_meta_set(db, "renderer", "software", msg, sizeof msg), SAVE_OK);
  assert_int_equal(save_meta_get(db, "renderer", out, sizeof out, msg, sizeof msg), SAVE_OK);
  assert_string_equal(out, "accelerated");
  save_close(db);
  tsu_rmtree(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_renderer_round_trip)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
