/* test_gfx_keys.c — the key table gfx describes for the settings screen (engine/gfx/input.c)
 * is the one the game reads input with: every key listed for an action triggers that
 * action, every key cap is listed, and every name has English and, where a language may
 * name the key differently, a unique catalogue id. No window is needed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gfx/input.h"

static void test_each_listed_key_triggers_its_action(void **state) {
  (void)state;
  for (int a = 0; a < GFX_ACT_COUNT; a++) {
    GfxKey keys[GFX_ACTION_KEYS_MAX];
    int n = gfx_action_key_list((GfxAction)a, keys);
    assert_true(n >= 1 && n <= GFX_ACTION_KEYS_MAX);
    for (int i = 0; i < n; i++) assert_int_equal(gfx_key_action(keys[i]), a);
  }
}

static void test_every_key_cap_is_listed_once(void **state) {
  (void)state;
  int seen[GFX_KEY_COUNT] = {0};
  for (int a = 0; a < GFX_ACT_COUNT; a++) {
    GfxKey keys[GFX_ACTION_KEYS_MAX];
    int n = gfx_action_key_list((GfxAction)a, keys);
    for (int i = 0; i < n; i++) seen[keys[i]]++;
  }
  for (int k = 0; k < GFX_KEY_COUNT; k++) assert_int_equal(seen[k], 1);
}

static void test_names_have_english_and_unique_ids(void **state) {
  (void)state;
  const char *ids[GFX_ACT_COUNT + GFX_KEY_COUNT];
  int count = 0;
  for (int a = 0; a < GFX_ACT_COUNT; a++) {
    GfxWord w = gfx_action_name((GfxAction)a);
    assert_non_null(w.id); /* what an action does is always words */
    assert_true(strlen(w.english) > 0);
    ids[count++] = w.id;
  }
  for (int k = 0; k < GFX_KEY_COUNT; k++) {
    GfxWord w = gfx_key_name((GfxKey)k);
    assert_true(strlen(w.english) > 0);
    if (w.id) ids[count++] = w.id;
    else assert_true(strlen(w.english) <= 2); /* only a letter or F5 goes untranslated */
  }
  for (int i = 0; i < count; i++) {
    assert_int_equal(strncmp(ids[i], "keys.", 5), 0);
    for (int j = i + 1; j < count; j++) assert_string_not_equal(ids[i], ids[j]);
  }
  assert_string_equal(gfx_key_name(GFX_KEY_ENTER).english, "Enter");
  assert_string_equal(gfx_action_name(GFX_ACT_CONFIRM).english, "Confirm / talk");
}

static void test_out_of_range_is_empty(void **state) {
  (void)state;
  GfxKey keys[GFX_ACTION_KEYS_MAX];
  assert_int_equal(gfx_action_key_list(GFX_ACT_COUNT, keys), 0);
  assert_null(gfx_action_name(GFX_ACT_COUNT).id);
  assert_string_equal(gfx_action_name(GFX_ACT_COUNT).english, "");
  assert_string_equal(gfx_key_name(GFX_KEY_COUNT).english, "");
  assert_int_equal(gfx_key_action(GFX_KEY_COUNT), -1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_each_listed_key_triggers_its_action),
    cmocka_unit_test(test_every_key_cap_is_listed_once),
    cmocka_unit_test(test_names_have_english_and_unique_ids),
    cmocka_unit_test(test_out_of_range_is_empty),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
