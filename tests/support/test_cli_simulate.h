/* test_cli_simulate.h — runs `rapport simulate ARGS...` in-process for cli tests (stdout sent
 * to /dev/null; results come back through --csv files) and reads such a file whole.
 * Header-only, for tests/cli; include after <cmocka.h> and cli/cli.h.
 */
#ifndef RAPPORT_TEST_CLI_SIMULATE_H
#define RAPPORT_TEST_CLI_SIMULATE_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* `args` is NULL-terminated and does not include "simulate". Returns the command's status. */
static inline int test_simulate(const char *const *args) {
  char *argv[32];
  int argc = 0;
  argv[argc++] = "simulate";
  for (; args[argc - 1] && argc < 31; argc++) argv[argc] = (char *)args[argc - 1];
  argv[argc] = NULL;
  fflush(stdout);
  int saved = dup(1);
  FILE *null = fopen("/dev/null", "w");
  assert_non_null(null);
  dup2(fileno(null), 1);
  int rc = cli_simulate(argc, argv);
  fflush(stdout);
  dup2(saved, 1);
  close(saved);
  fclose(null);
  return rc;
}

/* The whole file at `path`, NUL-terminated; the caller frees it. */
static inline char *test_read_all(const char *path) {
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  assert_non_null(buf);
  assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
  buf[n] = '\0';
  fclose(f);
  return buf;
}

#endif
