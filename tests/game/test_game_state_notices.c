/* test_game_state_notices.c — the save notices GameState sets when the save cannot
 * be used are one or two plain sentences (no "(...)." from the save module's technical
 * message), and an unknown --scenario id names the ids that exist. Needs no window.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "game/app.h"
#include "game/state.h"
#include "script/script.h"

typedef struct Fixture {
  char dir[256];
  char save[512];
  GameOptions options;
  GameApp app;
} Fixture;

static void fixture_init(Fixture *f) {
  memset(f, 0, sizeof *f);
  const char *base = getenv("TMPDIR");
  snprintf(f->dir, sizeof f->dir, "%s/rapport-fixfront-XXXXXX", base && base[0] ? base : "/tmp");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->save, sizeof f->save, "%s/rapport.db", f->dir);
  f->options.headless = true;
  f->options.save_path = f->save;
  f->app.options = &f->options;
  ui_theme_defaults(&f->app.theme);
}

static void fixture_done(Fixture *f) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  assert_int_equal(system(cmd), 0);
}

static GameState *create(Fixture *f) {
  char err[256];
  GameState *s = game_state_create(&f->app, err, sizeof err);
  assert_non_null(s);
  return s;
}

/* One or two sentences, plain words: no brackets, no ".)." and it ends with a full stop. */
static void assert_clean_notice(const char *n) {
  size_t len = strlen(n);
  assert_true(len > 20);
  assert_null(strstr(n, ".)."));
  assert_null(strchr(n, '('));
  assert_null(strchr(n, ')'));
  assert_null(strstr(n, "SQL"));
  assert_int_equal(n[len - 1], '.');
  int sentences = 1;
  for (const char *p = strstr(n, ". "); p; p = strstr(p + 2, ". ")) sentences++;
  assert_true(sentences <= 2);
}

/* A real Rapport save whose user_version (header bytes 60..63) says 99. */
static void make_newer_save(Fixture *f) {
  GameState *s = create(f);
  assert_non_null(s->db);
  assert_string_equal(s->save_notice, "");
  game_state_destroy(s);
  FILE *fp = fopen(f->save, "r+b");
  assert_non_null(fp);
  static const unsigned char v99[4] = {0, 0, 0, 99};
  assert_int_equal(fseek(fp, 60, SEEK_SET), 0);
  assert_int_equal(fwrite(v99, 1, 4, fp), 4);
  fclose(fp);
}

static void test_newer_save_notice(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  make_newer_save(&f);
  GameState *s = create(&f);
  assert_null(s->db);
  assert_non_null(strstr(s->save_notice, "was made by a newer version of Rapport"));
  assert_non_null(strstr(s->save_notice, "left untouched"));
  assert_non_null(strstr(s->save_notice, "nothing will be saved"));
  assert_non_null(strstr(s->save_notice, f.save));
  assert_clean_notice(s->save_notice);
  game_state_destroy(s);
  fixture_done(&f);
}

static void test_directory_save_notice(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  f.options.save_path = f.dir; /* --save /tmp: a folder, not a file */
  GameState *s = create(&f);
  assert_null(s->db);
  assert_non_null(strstr(s->save_notice, "is a folder"));
  assert_null(strstr(s->save_notice, "Is a directory"));
  assert_clean_notice(s->save_notice);
  game_state_destroy(s);
  fixture_done(&f);
}

static void test_unwritable_save_notice(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  f.options.save_path = "/proc/rapport-cannot-write-here/rapport.db";
  GameState *s = create(&f);
  assert_null(s->db);
  assert_non_null(strstr(s->save_notice, "can't be saved"));
  assert_clean_notice(s->save_notice);
  game_state_destroy(s);
  fixture_done(&f);
}

static void test_unknown_scenario_lists_ids(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  GameState *s = create(&f);
  assert_false(game_state_load_scenario(s, "nope"));
  assert_null(s->scenario);
  assert_string_equal(s->scenario_path, "");
  assert_non_null(strstr(s->script_error, "There is no scenario called \"nope\"."));
  char ids[RAPPORT_MAX_SCENARIOS][64];
  int n = scr_list_scenarios(ids, RAPPORT_MAX_SCENARIOS);
  assert_true(n >= 1);
  for (int i = 0; i < n; i++) assert_non_null(strstr(s->script_error, ids[i]));
  assert_int_equal(s->script_error[strlen(s->script_error) - 1], '.');
  /* A known id still loads afterwards. */
  assert_true(game_state_load_scenario(s, ids[0]));
  game_state_destroy(s);
  fixture_done(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_newer_save_notice),
    cmocka_unit_test(test_directory_save_notice),
    cmocka_unit_test(test_unwritable_save_notice),
    cmocka_unit_test(test_unknown_scenario_lists_ids),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
