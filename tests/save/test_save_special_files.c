/* test_save_special_files.c — special files as saves (engine/save): a save path that is not a
 * plain file (a device such as /dev/null, a named pipe) is refused with a message that says
 * so, not "Is a directory"; a real folder still says it is a folder; nothing is created.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sys/stat.h>
#include <sys/types.h>

#include "save/save.h"
#include "test_save_util.h"

static void expect_refused(const char *path, unsigned flags, const char *want, const char *not_want) {
  SaveDb *db = NULL;
  char msg[512] = "";
  SaveStatus st = save_open(path, flags, &db, NULL, msg, sizeof msg);
  assert_int_not_equal(st, SAVE_OK);
  assert_null(db);
  if (strstr(msg, want) == NULL) fail_msg("%s: message '%s' lacks '%s'", path, msg, want);
  if (not_want && strstr(msg, not_want) != NULL)
    fail_msg("%s: message '%s' wrongly says '%s'", path, msg, not_want);
}

static void device_is_not_called_a_folder(void **state) {
  (void)state;
  expect_refused("/dev/null", SAVE_OPEN_DEFAULT, "not a regular file", "directory");
  expect_refused("/dev/null", SAVE_OPEN_READ_ONLY, "not a regular file", "directory");
}

static void pipe_is_not_called_a_folder(void **state) {
  (void)state;
  char dir[512], fifo[600];
  tsu_tmpdir(dir, sizeof dir);
  snprintf(fifo, sizeof fifo, "%s/save.db", dir);
  assert_int_equal(mkfifo(fifo, 0600), 0);
  expect_refused(fifo, SAVE_OPEN_DEFAULT, "not a regular file", "directory");
  expect_refused(fifo, SAVE_OPEN_READ_ONLY, "not a regular file", "directory");
  struct stat sb;
  assert_int_equal(stat(fifo, &sb), 0);
  assert_true(S_ISFIFO(sb.st_mode)); /* left as it was */
  tsu_rmtree(dir);
}

static void folder_is_still_called_a_folder(void **state) {
  (void)state;
  char dir[512];
  tsu_tmpdir(dir, sizeof dir);
  expect_refused(dir, SAVE_OPEN_DEFAULT, "directory", NULL);
  expect_refused(dir, SAVE_OPEN_READ_ONLY, "directory", NULL);
  tsu_rmtree(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(device_is_not_called_a_folder),
      cmocka_unit_test(pipe_is_not_called_a_folder),
      cmocka_unit_test(folder_is_still_called_a_folder),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
