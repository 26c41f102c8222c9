/* test_ui_keys.c — the key table in the learner's language (engine/ui/keys.c): with no
 * catalogue the names are gfx's English ("Up, W"); with assets/i18n/es.po they are Spanish
 * ("Flecha arriba, W", "Intro", "Esc"), letters unchanged, in the table and in the sentence
 * self-voicing reads for it. A short buffer is cut, never overrun.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "i18n/i18n.h"
#include "ui/keys.h"

static void test_english_without_a_catalogue(void **state) {
  (void)state;
  i18n_use(NULL);
  char keys[128], said[1400];
  assert_string_equal(ui_action_keys(GFX_ACT_UP, keys, sizeof keys), "Up, W");
  assert_string_equal(ui_action_keys(GFX_ACT_CONFIRM, keys, sizeof keys), "Enter, Space");
  assert_string_equal(ui_action_keys(GFX_ACT_PREV, keys, sizeof keys), "Shift+Tab");
  assert_string_equal(ui_action_name(GFX_ACT_CONFIRM), "Confirm / talk");
  ui_keys_said(said, sizeof said);
  assert_int_equal(strncmp(said, "Confirm / talk: Enter, Space. Back: Escape. Up: Up, W.", 54), 0);
  assert_non_null(strstr(said, "Difficulty (at an event): F2."));
}

static void test_spanish_names_from_es_po(void **state) {
  (void)state;
  char msg[512] = "";
  I18nCatalog *cat = NULL;
  assert_int_equal(i18n_catalog_load(RAPPORT_SOURCE_DIR "/assets/i18n/es.po", &cat, msg, sizeof msg), I18N_OK);
  i18n_use(cat);
  char keys[128], said[1400];
  assert_string_equal(ui_action_keys(GFX_ACT_UP, keys, sizeof keys), "Flecha arriba, W");
  assert_string_equal(ui_action_keys(GFX_ACT_CONFIRM, keys, sizeof keys), "Intro, Espacio");
  assert_string_equal(ui_action_keys(GFX_ACT_ERASE, keys, sizeof keys), "Retroceso");
  assert_string_equal(ui_key_name(GFX_KEY_ESCAPE), "Esc");
  assert_string_equal(ui_key_name(GFX_KEY_F5), "F5");
  assert_string_equal(ui_action_name(GFX_ACT_CONFIRM), "Confirmar / hablar");
  /* The action "Up" and the key "Up" are different words in Spanish: ids keep them apart. */
  assert_string_equal(ui_action_name(GFX_ACT_UP), "Arriba");
  assert_string_equal(ui_key_name(GFX_KEY_UP), "Flecha arriba");
  ui_keys_said(said, sizeof said);
  assert_int_equal(strncmp(said, "Confirmar / hablar: Intro, Espacio. Volver: Esc.", 48), 0);
  assert_null(strstr(said, "Enter"));
  assert_null(strstr(said, "Escape"));
  i18n_use(NULL);
  i18n_catalog_free(cat);
}

static void test_short_buffers_are_cut(void **state) {
  (void)state;
  i18n_use(NULL);
  char small[8];
  memset(small, 'x', sizeof small);
  ui_action_keys(GFX_ACT_CONFIRM, small, sizeof small);
  assert_int_equal(strlen(small), sizeof small - 1);
  assert_string_equal(small, "Enter, ");
  char said[20];
  ui_keys_said(said, sizeof said);
  assert_int_equal(strlen(said), sizeof said - 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_english_without_a_catalogue),
    cmocka_unit_test(test_spanish_names_from_es_po),
    cmocka_unit_test(test_short_buffers_are_cut),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
