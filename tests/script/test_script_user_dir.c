/* test_script_user_dir.c — the player's own scenario folder (scr_set_dirs): its scenarios
 * join the shipped ones in the list, sorted and each once; a shipped id wins over the
 * player's file of the same name; a missing folder means none; a broken one is listed
 * and refused on load like a shipped one. Uses tests/scenarios/good/mini_mixer.lua.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "script/script.h"
#include "test_save_util.h"

#define FIXTURE RAPPORT_SOURCE_DIR "/tests/scenarios/good/mini_mixer.lua"

static void copy_file(const char *from, const char *to) {
  FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
  assert_non_null(in);
  assert_non_null(out);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, in)) > 0) assert_int_equal(fwrite(buf, 1, n, out), n);
  fclose(in);
  fclose(out);
}

static int index_of(char ids[][64], int n, const char *id) {
  for (int i = 0; i < n; i++)
    if (strcmp(ids[i], id) == 0) return i;
  return -1;
}

static void test_user_scenarios_join_the_list(void **state) {
  (void)state;
  char dir[512], path[1024], shipped_path[1024];
  tsu_tmpdir(dir, sizeof dir);
  char ids[64][64];
  int shipped = scr_list_scenarios(ids, 64);
  assert_true(shipped >= 1);
  assert_int_equal(index_of(ids, shipped, "mini_mixer"), -1);

  snprintf(path, sizeof path, "%s/mini_mixer.lua", dir);
  copy_file(FIXTURE, path);
  snprintf(path, sizeof path, "%s/career_fair.lua", dir); /* same id as a shipped one */
  copy_file(FIXTURE, path);
  snprintf(path, sizeof path, "%s/zz_broken.lua", dir);
  FILE *f = fopen(path, "w");
  fputs("return { this is not lua\n", f);
  fclose(f);
  snprintf(path, sizeof path, "%s/Not An Id.lua", dir);
  copy_file(FIXTURE, path);

  assert_true(scr_set_dirs(scr_root(), dir));
  assert_string_equal(scr_user_scenario_dir(), dir);
  int n = scr_list_scenarios(ids, 64);
  assert_int_equal(n, shipped + 2); /* mini_mixer and zz_broken; not the clash or the bad name */
  for (int i = 1; i < n; i++) assert_true(strcmp(ids[i - 1], ids[i]) < 0);
  assert_true(index_of(ids, n, "mini_mixer") >= 0);

  assert_int_equal(scr_find_scenario("mini_mixer", path, sizeof path), 0);
  char want[1024];
  snprintf(want, sizeof want, "%s/mini_mixer.lua", dir);
  assert_string_equal(path, want);
  char err[SCR_MESSAGE_MAX];
  SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
  assert_non_null(sc);
  sim_scenario_destroy(sc);

  assert_int_equal(scr_find_scenario("career_fair", path, sizeof path), 0);
  assert_int_equal(scr_scenario_dir(shipped_path, sizeof shipped_path), 0);
  assert_non_null(strstr(path, shipped_path)); /* the shipped file, not the player's */

  ScrReport report;
  assert_int_equal(scr_find_scenario("zz_broken", path, sizeof path), 0);
  assert_true(scr_validate_file(path, &report) > 0);

  /* A folder that does not exist yet: only the shipped ones. */
  tsu_rmtree(dir);
  n = scr_list_scenarios(ids, 64);
  assert_int_equal(n, shipped);
  assert_int_equal(scr_find_scenario("mini_mixer", path, sizeof path), -1);

  assert_true(scr_set_dirs(NULL, NULL));
  assert_string_equal(scr_root(), RAPPORT_SOURCE_DIR);
  assert_string_equal(scr_user_scenario_dir(), "");
}

static void test_too_long_dirs_are_refused(void **state) {
  (void)state;
  char huge[1100];
  memset(huge, 'a', sizeof huge - 1);
  huge[sizeof huge - 1] = '\0';
  assert_false(scr_set_dirs(huge, NULL));
  assert_string_equal(scr_root(), RAPPORT_SOURCE_DIR);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_user_scenarios_join_the_list),
    cmocka_unit_test(test_too_long_dirs_are_refused),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
