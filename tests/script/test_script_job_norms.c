/* test_script_job_norms.c — the venue norm `norms.job_questions` as scenario data: the
 * careers fair says asking about vacancies after an introduction is normal, the other
 * shipped scenarios keep the default (after rapport), and a value outside the two is an
 * error that names the file and the field.
 */
#define _DEFAULT_SOURCE /* mkstemps */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "script/script.h"
#include "sim/sim.h"

static SimScenario *load(const char *path, char *err, size_t n) { return scr_load_scenario(path, NULL, err, n); }

static void test_shipped_norms(void **state) {
  (void)state;
  static const struct {
    const char *id;
    SimJobNorm norm;
  } want[] = {{"career_fair", SIM_JOBQ_AFTER_INTRODUCTION},
              {"alumni_mixer", SIM_JOBQ_AFTER_RAPPORT},
              {"industry_meetup", SIM_JOBQ_AFTER_RAPPORT}};
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    char path[1024], err[SCR_MESSAGE_MAX];
    snprintf(path, sizeof path, "%s/scripts/scenarios/%s.lua", RAPPORT_SOURCE_DIR, want[i].id);
    SimScenario *sc = load(path, err, sizeof err);
    if (!sc) fail_msg("%s", err);
    assert_int_equal(sc->norms.job_questions, want[i].norm);
    sim_scenario_destroy(sc);
  }
  assert_string_equal(sim_job_norm_name(SIM_JOBQ_AFTER_INTRODUCTION), "after_introduction");
  assert_int_equal(sim_job_norm_from_name("after_rapport"), SIM_JOBQ_AFTER_RAPPORT);
  assert_int_equal(sim_job_norm_from_name("whenever"), -1);
}

static void test_bad_value_is_an_error(void **state) {
  (void)state;
  char src[1024];
  snprintf(src, sizeof src, "%s/scripts/scenarios/career_fair.lua", RAPPORT_SOURCE_DIR);
  FILE *f = fopen(src, "rb");
  assert_non_null(f);
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = test_malloc((size_t)size + 1);
  assert_int_equal(fread(text, 1, (size_t)size, f), (size_t)size);
  text[size] = '\0';
  fclose(f);
  const char *key = "job_questions = \"after_introduction\"";
  char *at = strstr(text, key);
  assert_non_null(at);
  char tmp[] = "/tmp/rapport_job_norm_XXXXXX.lua";
  int fd = mkstemps(tmp, 4);
  assert_true(fd >= 0);
  FILE *out = fdopen(fd, "wb");
  fwrite(text, 1, (size_t)(at - text), out);
  fputs("job_questions = \"whenever\"", out);
  fputs(at + strlen(key), out);
  fclose(out);
  test_free(text);
  char err[SCR_MESSAGE_MAX];
  SimScenario *sc = load(tmp, err, sizeof err);
  unlink(tmp);
  assert_null(sc);
  print_message("%s\n", err);
  assert_non_null(strstr(err, "job_questions"));
  assert_non_null(strstr(err, "whenever"));
  assert_non_null(strstr(err, ".lua:"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_shipped_norms),
    cmocka_unit_test(test_bad_value_is_an_error),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
