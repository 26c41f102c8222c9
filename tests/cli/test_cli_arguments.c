/* test_cli_arguments.c — the command line: cli_echo() sanitising echoed arguments, and
 * `rapport simulate` argument checks (the --runs range named in the message, seeds whose
 * last run would wrap past 2^64-1 refused, invalid UTF-8 never echoed raw).
 * Runs cli_simulate in-process with stderr redirected to a temporary file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "cli/cli.h"
#include "cli/cli_echo.h"

/* Is s entirely valid UTF-8 (no overlongs/surrogates) with no control characters? */
static bool clean_utf8(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    if (*p < 0x20 && *p != '\n') return false;
    if (*p < 0x80) { p++; continue; }
    int len = *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : *p >= 0xC2 ? 2 : 0;
    if (len == 0 || *p > 0xF4) return false;
    for (int i = 1; i < len; i++)
      if ((p[i] & 0xC0) != 0x80) return false;
    p += len;
  }
  return true;
}

typedef int (*CliCommand)(int argc, char **argv);

/* Runs command `name` with ARGS... (NULL-terminated) and returns its status; its stderr
 * goes into err (size n). */
static int run_command(CliCommand command, char *name, char *err, size_t n, va_list ap) {
  char *argv[16] = {name};
  int argc = 1;
  for (char *a; argc < 15 && (a = va_arg(ap, char *)) != NULL;) argv[argc++] = a;
  argv[argc] = NULL;
  fflush(stderr);
  FILE *tmp = tmpfile();
  assert_non_null(tmp);
  int saved = dup(2);
  assert_true(saved >= 0);
  assert_true(dup2(fileno(tmp), 2) >= 0);
  int status = command(argc, argv);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  rewind(tmp);
  size_t got = fread(err, 1, n - 1, tmp);
  err[got] = '\0';
  fclose(tmp);
  return status;
}

static int run_simulate(char *err, size_t n, ...) {
  va_list ap;
  va_start(ap, n);
  int status = run_command(cli_simulate, "simulate", err, n, ap);
  va_end(ap);
  return status;
}

static int run(CliCommand command, char *name, char *err, size_t n, ...) {
  va_list ap;
  va_start(ap, n);
  int status = run_command(command, name, err, n, ap);
  va_end(ap);
  return status;
}

static void echo_passes_clean_text(void **state) {
  (void)state;
  char buf[CLI_ECHO_MAX];
  assert_string_equal(cli_echo("career_fair", buf, sizeof buf), "career_fair");
  assert_string_equal(cli_echo("Inês Ferreira — 名前", buf, sizeof buf), "Inês Ferreira — 名前");
  assert_string_equal(cli_echo(NULL, buf, sizeof buf), "");
}

static void echo_replaces_invalid_bytes(void **state) {
  (void)state;
  char buf[CLI_ECHO_MAX];
  assert_string_equal(cli_echo("\xff", buf, sizeof buf), "\xEF\xBF\xBD");
  assert_string_equal(cli_echo("a\xc3", buf, sizeof buf), "a\xEF\xBF\xBD");          /* truncated */
  assert_string_equal(cli_echo("\xc0\xaf", buf, sizeof buf), "\xEF\xBF\xBD\xEF\xBF\xBD"); /* overlong */
  assert_string_equal(cli_echo("\xed\xa0\x80", buf, sizeof buf),                     /* surrogate */
                      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  assert_string_equal(cli_echo("x\x1b[31my\n", buf, sizeof buf), "x?[31my?");
  assert_true(clean_utf8(cli_echo("\xf4\x90\x80\x80z\x80", buf, sizeof buf)));
}

static void echo_cuts_long_values_on_a_boundary(void **state) {
  (void)state;
  char small[8];
  assert_string_equal(cli_echo("abcdefg", small, sizeof small), "abcdefg"); /* fits exactly */
  assert_string_equal(cli_echo("abcdefgh", small, sizeof small), "abcd...");
  assert_string_equal(cli_echo("ab\xc3\xa9\xc3\xa9\xc3\xa9", small, sizeof small), "ab\xc3\xa9...");
  assert_true(clean_utf8(cli_echo("\xff\xff\xff", small, sizeof small)));
  char huge[5000];
  memset(huge, '\xfe', sizeof huge - 1);
  huge[sizeof huge - 1] = '\0';
  char buf[CLI_ECHO_MAX];
  cli_echo(huge, buf, sizeof buf);
  assert_true(strlen(buf) < sizeof buf);
  assert_true(clean_utf8(buf));
}

static void runs_message_names_the_range(void **state) {
  (void)state;
  char err[8192];
  assert_int_equal(run_simulate(err, sizeof err, "--scenario", "career_fair", "--strategy",
                                "collector", "--runs", "1000000000", NULL), 2);
  assert_non_null(strstr(err, "from 1 to 10000000"));
  assert_null(strstr(err, "from 1 up"));
}

static void seed_that_wraps_is_refused(void **state) {
  (void)state;
  char err[8192];
  assert_int_equal(run_simulate(err, sizeof err, "--scenario", "career_fair", "--strategy",
                                "collector", "--runs", "2", "--seed", "18446744073709551615",
                                NULL), 2);
  assert_non_null(strstr(err, "--seed 18446744073709551615 is too large for --runs 2"));
  assert_non_null(strstr(err, "at most 18446744073709551614"));
}

static void largest_seed_with_one_run_is_accepted(void **state) {
  (void)state;
  char err[8192];
  /* One run from the largest seed does not wrap: it gets past the argument checks and
   * fails only on the scenario name. */
  assert_int_equal(run_simulate(err, sizeof err, "--scenario", "no_such_scenario_zz",
                                "--strategy", "collector", "--runs", "1", "--seed",
                                "18446744073709551615", NULL), 1);
  assert_null(strstr(err, "--seed"));
  assert_non_null(strstr(err, "no scenario 'no_such_scenario_zz'"));
}

static void invalid_utf8_is_not_echoed_raw(void **state) {
  (void)state;
  char err[8192];
  assert_int_equal(run_simulate(err, sizeof err, "--scenario", "\xff", "--strategy", "collector",
                                "--runs", "1", NULL), 1);
  assert_non_null(strstr(err, "no scenario '\xEF\xBF\xBD'"));
  assert_true(clean_utf8(err));
  assert_int_equal(run_simulate(err, sizeof err, "--scenario", "career_fair", "--strategy",
                                "coll\xe9" "ctor", "--runs", "1", NULL), 2);
  assert_non_null(strstr(err, "unknown strategy 'coll\xEF\xBF\xBD" "ctor'"));
  assert_true(clean_utf8(err));
  assert_int_equal(run_simulate(err, sizeof err, "--bogus\x9b", NULL), 2);
  assert_true(clean_utf8(err));
}

static void every_command_echoes_bad_options_safely(void **state) {
  (void)state;
  static const struct { CliCommand run; char *name; } COMMANDS[] = {
    {cli_validate, "validate"}, {cli_report, "report"}, {cli_class, "class"},
    {cli_workshop, "workshop"}, {cli_import, "import"}, {cli_export, "export"},
    {cli_simulate, "simulate"},
  };
  char err[8192];
  for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++) {
    int status = run(COMMANDS[i].run, COMMANDS[i].name, err, sizeof err, "--bad\xff\x1b[2J", NULL);
    if (status != 2 || !clean_utf8(err) || !strstr(err, "--bad\xEF\xBF\xBD?[2J"))
      fail_msg("rapport %s: status %d, echoed: %.200s", COMMANDS[i].name, status, err);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(echo_passes_clean_text),
    cmocka_unit_test(echo_replaces_invalid_bytes),
    cmocka_unit_test(echo_cuts_long_values_on_a_boundary),
    cmocka_unit_test(runs_message_names_the_range),
    cmocka_unit_test(seed_that_wraps_is_refused),
    cmocka_unit_test(largest_seed_with_one_run_is_accepted),
    cmocka_unit_test(invalid_utf8_is_not_echoed_raw),
    cmocka_unit_test(every_command_echoes_bad_options_safely),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
