/* test_cli_paths.c — the search order of cli_paths_resolve (docs/install.md): command
 * line, environment, next to the binary, install prefix, source tree; where the player's
 * folder and save go for an install and for a source checkout; fonts. Builds fake trees
 * (an install prefix, a source checkout) under a temporary folder.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cli/paths.h"
#include "test_save_util.h"

typedef struct Trees {
  char root[512];
  char prefix[600];   /* <root>/usr: bin/rapport, share/rapport/{assets,scripts} */
  char moved[600];    /* <root>/moved: the same tree elsewhere */
  char source[600];   /* <root>/src: a checkout with CMakeLists.txt and build/rapport */
  char bare[600];     /* <root>/bare: data without CMakeLists.txt (RAPPORT_ROOT elsewhere) */
} Trees;

static void touch(const char *dir, const char *rel) {
  char path[1400];
  snprintf(path, sizeof path, "%s/%s", dir, rel);
  for (char *p = path + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    mkdir(path, 0755);
    *p = '/';
  }
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs("x\n", f);
  fclose(f);
}

static void make_data(const char *dir) {
  touch(dir, "assets/theme.ini");
  touch(dir, "scripts/lib/rapport.lua");
}

static int setup(void **state) {
  Trees *t = calloc(1, sizeof *t);
  tsu_tmpdir(t->root, sizeof t->root);
  snprintf(t->prefix, sizeof t->prefix, "%s/usr", t->root);
  snprintf(t->moved, sizeof t->moved, "%s/moved", t->root);
  snprintf(t->source, sizeof t->source, "%s/src", t->root);
  snprintf(t->bare, sizeof t->bare, "%s/bare", t->root);
  char share[700];
  snprintf(share, sizeof share, "%s/share/rapport", t->prefix);
  make_data(share);
  touch(t->prefix, "bin/rapport");
  snprintf(share, sizeof share, "%s/share/rapport", t->moved);
  make_data(share);
  touch(t->moved, "bin/rapport");
  make_data(t->source);
  touch(t->source, "CMakeLists.txt");
  touch(t->source, "build/rapport");
  make_data(t->bare);
  *state = t;
  return 0;
}

static int teardown(void **state) {
  Trees *t = *state;
  tsu_rmtree(t->root);
  free(t);
  return 0;
}

/* An installed binary under `prefix`, nothing set in the environment. */
static CliPathInputs installed(const char *prefix, char *exe, size_t n) {
  snprintf(exe, n, "%s/bin/rapport", prefix);
  CliPathInputs in = {.exe = exe, .bin_to_data = "../share/rapport", .home = "/home/ana",
                      .prefix_data_dir = "/nonexistent/share/rapport",
                      .source_dir = "/nonexistent/src", .default_font_dir = "/usr/share/fonts/x"};
  return in;
}

static void test_installed_binary_finds_its_share_and_keeps_saves_in_xdg(void **state) {
  Trees *t = *state;
  char exe[800], want[900], err[256];
  CliPaths p;
  CliPathInputs in = installed(t->prefix, exe, sizeof exe);
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  snprintf(want, sizeof want, "%s/share/rapport", t->prefix);
  assert_string_equal(p.data_dir, want);
  assert_int_equal(p.data_from, CLI_PATH_BINARY);
  assert_true(p.data_found);
  assert_false(p.source_tree);
  assert_string_equal(p.user_dir, "/home/ana/.local/share/rapport");
  assert_string_equal(p.save_path, "/home/ana/.local/share/rapport/rapport.db");
  assert_string_equal(p.user_scenario_dir, "/home/ana/.local/share/rapport/scenarios");
  assert_int_equal(p.save_from, CLI_PATH_DEFAULT);
  assert_string_equal(p.font_dir, "/usr/share/fonts/x");

  in.xdg_data_home = "/tmp/xdg";
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_string_equal(p.save_path, "/tmp/xdg/rapport/rapport.db");
  assert_string_equal(p.user_scenario_dir, "/tmp/xdg/rapport/scenarios");
  /* The XDG spec: a relative XDG_DATA_HOME is invalid and ignored. */
  in.xdg_data_home = "relative/xdg";
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_string_equal(p.save_path, "/home/ana/.local/share/rapport/rapport.db");
}

static void test_a_moved_prefix_still_finds_its_data(void **state) {
  Trees *t = *state;
  char exe[800], want[900], err[256];
  CliPaths p;
  CliPathInputs in = installed(t->moved, exe, sizeof exe);
  in.prefix_data_dir = t->prefix; /* the configured prefix exists too, but comes later */
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  snprintf(want, sizeof want, "%s/share/rapport", t->moved);
  assert_string_equal(p.data_dir, want);
  assert_int_equal(p.data_from, CLI_PATH_BINARY);
}

static void test_command_line_beats_environment_beats_binary(void **state) {
  Trees *t = *state;
  char exe[800], err[256];
  CliPaths p;
  CliPathInputs in = installed(t->prefix, exe, sizeof exe);
  in.env_root = t->bare;
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_string_equal(p.data_dir, t->bare);
  assert_int_equal(p.data_from, CLI_PATH_ENVIRONMENT);
  assert_false(p.source_tree); /* data that is not a checkout: saves stay in the home */
  assert_string_equal(p.save_path, "/home/ana/.local/share/rapport/rapport.db");

  in.env_data_dir = t->source; /* the new name wins over RAPPORT_ROOT */
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_string_equal(p.data_dir, t->source);
  assert_true(p.source_tree);

  in.arg_data_dir = t->bare;
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_string_equal(p.data_dir, t->bare);
  assert_int_equal(p.data_from, CLI_PATH_COMMAND_LINE);

  /* Named explicitly but empty: used anyway, and said to be missing. */
  in.arg_data_dir = "/nonexistent/data";
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_string_equal(p.data_dir, "/nonexistent/data");
  assert_false(p.data_found);
}

static void test_a_build_tree_uses_its_source_and_saves_folder(void **state) {
  Trees *t = *state;
  char exe[800], want[900], err[256];
  CliPaths p;
  snprintf(exe, sizeof exe, "%s/build/rapport", t->source);
  CliPathInputs in = {.exe = exe, .bin_to_data = "../share/rapport", .home = "/home/ana",
                      .xdg_data_home = "/tmp/xdg", .source_dir = "/nonexistent/src"};
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_string_equal(p.data_dir, t->source);
  assert_int_equal(p.data_from, CLI_PATH_BINARY);
  assert_true(p.source_tree);
  snprintf(want, sizeof want, "%s/saves/rapport.db", t->source);
  assert_string_equal(p.save_path, want);
  snprintf(want, sizeof want, "%s/saves/scenarios", t->source);
  assert_string_equal(p.user_scenario_dir, want);
}

static void test_prefix_then_source_tree_when_the_binary_says_nothing(void **state) {
  Trees *t = *state;
  char share[800], err[256];
  CliPaths p;
  snprintf(share, sizeof share, "%s/share/rapport", t->prefix);
  CliPathInputs in = {.exe = "/elsewhere/bin/rapport", .bin_to_data = "../share/rapport",
                      .home = "/home/ana", .prefix_data_dir = share, .source_dir = t->source};
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_string_equal(p.data_dir, share);
  assert_int_equal(p.data_from, CLI_PATH_PREFIX);

  in.prefix_data_dir = "/nonexistent/share/rapport";
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_string_equal(p.data_dir, t->source);
  assert_int_equal(p.data_from, CLI_PATH_SOURCE);

  in.exe = NULL; /* no /proc: the source tree still works */
  in.source_dir = "/nonexistent/src";
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_false(p.data_found);
  assert_int_equal(p.data_from, CLI_PATH_NOWHERE);
  assert_string_equal(cli_path_origin_name(p.data_from), "not found");
}

static void test_save_and_fonts_follow_the_same_order(void **state) {
  Trees *t = *state;
  char exe[800], err[256];
  CliPaths p;
  CliPathInputs in = installed(t->prefix, exe, sizeof exe);
  in.env_save = "/tmp/env.db";
  in.env_font_dir = "/env/fonts";
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_string_equal(p.save_path, "/tmp/env.db");
  assert_int_equal(p.save_from, CLI_PATH_ENVIRONMENT);
  assert_string_equal(p.font_dir, "/env/fonts");
  assert_int_equal(p.font_from, CLI_PATH_ENVIRONMENT);
  in.arg_save = "/tmp/arg.db";
  in.arg_font_dir = "/arg/fonts";
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_string_equal(p.save_path, "/tmp/arg.db");
  assert_int_equal(p.save_from, CLI_PATH_COMMAND_LINE);
  assert_string_equal(p.font_dir, "/arg/fonts");
}

static void test_no_home_and_too_long_are_errors_that_say_what_to_do(void **state) {
  Trees *t = *state;
  char exe[800], err[256];
  CliPaths p;
  CliPathInputs in = installed(t->prefix, exe, sizeof exe);
  in.home = NULL;
  assert_false(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_non_null(strstr(err, "RAPPORT_SAVE"));
  in.env_save = "/tmp/x.db"; /* a save named outright needs no home */
  assert_true(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_string_equal(p.save_path, "/tmp/x.db");

  char huge[CLI_PATH_MAX + 16];
  memset(huge, 'a', sizeof huge - 1);
  huge[0] = '/';
  huge[sizeof huge - 1] = '\0';
  in.arg_data_dir = huge;
  assert_false(cli_paths_resolve(&in, &p, err, sizeof err));
  assert_non_null(strstr(err, "too long"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_installed_binary_finds_its_share_and_keeps_saves_in_xdg, setup, teardown),
    cmocka_unit_test_setup_teardown(test_a_moved_prefix_still_finds_its_data, setup, teardown),
    cmocka_unit_test_setup_teardown(test_command_line_beats_environment_beats_binary, setup, teardown),
    cmocka_unit_test_setup_teardown(test_a_build_tree_uses_its_source_and_saves_folder, setup, teardown),
    cmocka_unit_test_setup_teardown(test_prefix_then_source_tree_when_the_binary_says_nothing, setup, teardown),
    cmocka_unit_test_setup_teardown(test_save_and_fonts_follow_the_same_order, setup, teardown),
    cmocka_unit_test_setup_teardown(test_no_home_and_too_long_are_errors_that_say_what_to_do, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
