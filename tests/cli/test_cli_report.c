/* test_cli_report.c — `rapport report`: the aligned table, CSV read back with an RFC 4180
 * parser (names with commas, quotes, accents and line breaks survive), unknown profiles,
 * missing and damaged saves (exit 1, the file neither changed nor moved), wrong flags
 * (exit 2) and --help.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <fcntl.h>

#include "cli/cli.h"
#include "save/save.h"
#include "test_save_util.h"

typedef struct Fx {
  char dir[512];
  char path[600];
  char out[600], err[600];
  char *stdout_text, *stderr_text;
} Fx;

static const char *const TRICKY = "O'Brien, \"Jo\" Zoë";

static int setup(void **state) {
  Fx *fx = calloc(1, sizeof *fx);
  tsu_tmpdir(fx->dir, sizeof fx->dir);
  snprintf(fx->path, sizeof fx->path, "%s/rapport.db", fx->dir);
  snprintf(fx->out, sizeof fx->out, "%s/stdout.txt", fx->dir);
  snprintf(fx->err, sizeof fx->err, "%s/stderr.txt", fx->dir);
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  Fx *fx = *state;
  tsu_rmtree(fx->dir);
  free(fx->stdout_text);
  free(fx->stderr_text);
  free(fx);
  return 0;
}

static char *slurp(const char *path) {
  size_t len = 0;
  unsigned char *b = tsu_read(path, &len);
  if (b == NULL) return NULL;
  b = realloc(b, len + 1);
  b[len] = '\0';
  return (char *)b;
}

/* Runs `rapport report ARGS...` in-process with stdout and stderr captured. */
static int run(Fx *fx, int argc, char **argv) {
  fflush(stdout);
  fflush(stderr);
  int saved_out = dup(1), saved_err = dup(2);
  int o = open(fx->out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int e = open(fx->err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  dup2(o, 1);
  dup2(e, 2);
  int rc = cli_report(argc, argv);
  fflush(stdout);
  fflush(stderr);
  dup2(saved_out, 1);
  dup2(saved_err, 2);
  close(o);
  close(e);
  close(saved_out);
  close(saved_err);
  free(fx->stdout_text);
  free(fx->stderr_text);
  fx->stdout_text = slurp(fx->out);
  fx->stderr_text = slurp(fx->err);
  return rc;
}

/* A save with TRICKY's two sessions (one with skills) and another profile. */
static void make_save(const char *path) {
  SaveDb *db = NULL;
  char msg[256];
  assert_int_equal(save_open(path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg), SAVE_OK);
  SaveProfile p = tsu_profile(TRICKY);
  assert_int_equal(save_profile_create(db, &p, msg, sizeof msg), SAVE_OK);
  SaveProfile other = tsu_profile("Ben");
  assert_int_equal(save_profile_create(db, &other, msg, sizeof msg), SAVE_OK);
  SaveSession a = tsu_session(p.id, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "2026-11-19T18:00:00Z");
  snprintf(a.intention, sizeof a.intention, "meet \"three\" people,\r\nthen rest");
  snprintf(a.workshop, sizeof a.workshop, "FAIR42");
  assert_int_equal(save_session_begin(db, &a, msg, sizeof msg), SAVE_OK);
  a.depth_gain = 7.25;
  a.network_strength = 12.5;
  a.callable = 2;
  a.cards = 1;
  a.online_connections = 4;
  a.conversations = 3;
  a.energy_left = 33;
  a.state = SAVE_SESSION_COMPLETED;
  snprintf(a.ended, sizeof a.ended, "2026-11-19T18:45:00Z");
  SaveSkills k;
  memset(&k, 0, sizeof k);
  const int v[SAVE_SKILL_COUNT] = {81, 62, 43, 54, 35, 96};
  memcpy(k.value, v, sizeof v);
  assert_int_equal(save_session_update(db, &a, &k, NULL, 0, msg, sizeof msg), SAVE_OK);
  SaveSession b = tsu_session(p.id, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "2026-11-26T18:00:00Z");
  snprintf(b.scenario, sizeof b.scenario, "alumni_mixer");
  assert_int_equal(save_session_begin(db, &b, msg, sizeof msg), SAVE_OK);
  save_close(db);
}

/* A minimal RFC 4180 reader: rows of fields, CRLF line ends, quoted fields. */
typedef struct Csv { int rows; int cols[8]; char field[8][24][128]; } Csv;

static void parse_csv(const char *s, Csv *csv) {
  memset(csv, 0, sizeof *csv);
  int r = 0, c = 0;
  size_t n = 0;
  bool quoted = false, any = false;
  for (; *s; s++) {
    char ch = *s;
    if (quoted) {
      if (ch == '"' && s[1] == '"') { csv->field[r][c][n++] = '"'; s++; }
      else if (ch == '"') quoted = false;
      else csv->field[r][c][n++] = ch;
      continue;
    }
    any = true;
    if (ch == '"') { quoted = true; continue; }
    if (ch == ',') { csv->field[r][c][n] = '\0'; c++; n = 0; continue; }
    if (ch == '\r' && s[1] == '\n') {
      csv->field[r][c][n] = '\0';
      csv->cols[r] = c + 1;
      r++; c = 0; n = 0; s++; any = false;
      continue;
    }
    assert_true(ch != '\n' && ch != '\r');  /* a bare line break outside quotes */
    csv->field[r][c][n++] = ch;
    assert_true(n < 127 && r < 8 && c < 24);
  }
  assert_false(quoted);
  assert_false(any);  /* the last row ended with CRLF */
  csv->rows = r;
}

static void test_table(void **state) {
  Fx *fx = *state;
  make_save(fx->path);
  char *argv[] = {"report", "--profile", (char *)TRICKY, "--save", fx->path, NULL};
  assert_int_equal(run(fx, 5, argv), 0);
  const char *t = fx->stdout_text;
  assert_non_null(strstr(t, "Progress of O'Brien, \"Jo\" Zoë: 2 sessions"));
  assert_non_null(strstr(t, "Curious"));
  const char *row1 = strstr(t, "  1  2026-11-19  career_fair ");
  const char *row2 = strstr(t, "  2  2026-11-26  alumni_mixer");
  assert_non_null(row1);
  assert_non_null(row2);
  assert_true(row1 < row2);  /* oldest first */
  assert_true(strstr(row1, "12.5") < row2);  /* the network strength, on its own row */
  /* Aligned: every table line has the same width. */
  const char *head = strstr(t, "  #  Date");
  assert_non_null(head);
  size_t w = strcspn(head, "\n");
  assert_int_equal(strcspn(row1, "\n"), w);
  assert_int_equal(strcspn(row2, "\n"), w);
  assert_non_null(strstr(row1, "      81        62        43        54        35        96"));
  assert_non_null(strstr(row2, "       -"));  /* no skills yet */
  assert_string_equal(fx->stderr_text, "");
}

static void test_csv_round_trip(void **state) {
  Fx *fx = *state;
  make_save(fx->path);
  char csv_path[700];
  snprintf(csv_path, sizeof csv_path, "%s/out.csv", fx->dir);
  char *argv[] = {"report", "--save", fx->path, "--csv", csv_path, "--profile", (char *)TRICKY,
                  NULL};
  assert_int_equal(run(fx, 7, argv), 0);
  assert_non_null(strstr(fx->stdout_text, "Wrote 2 sessions"));
  char *text = slurp(csv_path);
  assert_non_null(text);
  Csv *csv = malloc(sizeof *csv);
  parse_csv(text, csv);
  assert_int_equal(csv->rows, 3);
  assert_int_equal(csv->cols[0], 21);
  assert_int_equal(csv->cols[1], 21);
  assert_int_equal(csv->cols[2], 21);
  assert_string_equal(csv->field[0][0], "profile");
  assert_string_equal(csv->field[0][15], "introductions");
  assert_string_equal(csv->field[0][20], "energy");
  assert_string_equal(csv->field[1][0], TRICKY);
  assert_string_equal(csv->field[1][1], "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  assert_string_equal(csv->field[1][4], "career_fair");
  assert_string_equal(csv->field[1][5], "FAIR42");
  assert_string_equal(csv->field[1][6], "completed");
  assert_true(strtod(csv->field[1][7], NULL) == 7.25);
  assert_string_equal(csv->field[1][9], "2");
  assert_string_equal(csv->field[1][14], "meet \"three\" people,\r\nthen rest");
  assert_string_equal(csv->field[1][15], "81");
  assert_string_equal(csv->field[1][20], "96");
  assert_string_equal(csv->field[2][4], "alumni_mixer");
  assert_string_equal(csv->field[2][6], "in_progress");
  assert_string_equal(csv->field[2][15], "");
  free(csv);
  free(text);
}

static void test_unknown_profile(void **state) {
  Fx *fx = *state;
  make_save(fx->path);
  char *argv[] = {"report", "--profile", "Nobody", "--save", fx->path, NULL};
  assert_int_equal(run(fx, 5, argv), 1);
  assert_non_null(strstr(fx->stderr_text, "no profile called \"Nobody\""));
  assert_non_null(strstr(fx->stderr_text, "\"Ben\""));  /* says which there are */
  assert_string_equal(fx->stdout_text, "");
}

static void test_missing_and_damaged_saves(void **state) {
  Fx *fx = *state;
  char *argv[] = {"report", "--profile", "Ben", "--save", fx->path, NULL};
  assert_int_equal(run(fx, 5, argv), 1);
  assert_non_null(strstr(fx->stderr_text, "There is no save at"));
  assert_false(tsu_exists(fx->path));  /* a report never creates a save */

  make_save(fx->path);
  size_t len = 0;
  unsigned char *bytes = tsu_read(fx->path, &len);
  for (size_t i = 4096; i < len; i++) bytes[i] ^= 0x5a;  /* damage every page after the first */
  tsu_write(fx->path, bytes, len);
  assert_int_equal(run(fx, 5, argv), 1);
  assert_non_null(strstr(fx->stderr_text, "damaged"));
  assert_true(tsu_same(fx->path, bytes, len));  /* neither changed nor moved aside */
  free(bytes);

  const char junk[] = "not a database";
  tsu_write(fx->path, junk, sizeof junk - 1);
  assert_int_equal(run(fx, 5, argv), 1);
  assert_non_null(strstr(fx->stderr_text, "damaged"));
  assert_true(tsu_same(fx->path, (const unsigned char *)junk, sizeof junk - 1));
}

static void test_usage(void **state) {
  Fx *fx = *state;
  char *help[] = {"report", "--help", NULL};
  assert_int_equal(run(fx, 2, help), 0);
  assert_non_null(strstr(fx->stdout_text, "usage: rapport report --profile NAME"));
  char *bogus[] = {"report", "--profile", "Ben", "--bogus", NULL};
  assert_int_equal(run(fx, 4, bogus), 2);
  assert_non_null(strstr(fx->stderr_text, "unknown option '--bogus'"));
  assert_non_null(strstr(fx->stderr_text, "usage:"));
  char *none[] = {"report", NULL};
  assert_int_equal(run(fx, 1, none), 2);
  assert_non_null(strstr(fx->stderr_text, "--profile NAME"));
  char *dangling[] = {"report", "--profile", NULL};
  assert_int_equal(run(fx, 2, dangling), 2);
  assert_non_null(strstr(fx->stderr_text, "needs a value"));
}

static void test_unwritable_csv(void **state) {
  Fx *fx = *state;
  make_save(fx->path);
  char *argv[] = {"report", "--profile", "Ben", "--save", fx->path, "--csv",
                  "/nonexistent-folder/out.csv", NULL};
  assert_int_equal(run(fx, 7, argv), 1);
  assert_non_null(strstr(fx->stderr_text, "cannot write the CSV file"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_table, setup, teardown),
    cmocka_unit_test_setup_teardown(test_csv_round_trip, setup, teardown),
    cmocka_unit_test_setup_teardown(test_unknown_profile, setup, teardown),
    cmocka_unit_test_setup_teardown(test_missing_and_damaged_saves, setup, teardown),
    cmocka_unit_test_setup_teardown(test_usage, setup, teardown),
    cmocka_unit_test_setup_teardown(test_unwritable_csv, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
