/* test_save_handin.c — issue 14's store side: a save copied while the game still has it
 * open is complete on its own (each save point is checkpointed out of the -wal), CSV cells
 * are spreadsheet-safe, and
 * students' names are normalised and matched as a teacher means them (trim, inner spaces,
 * decomposed letters composed, case and accents on Latin letters folded).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "save/save_class.h"
#include "save/save_internal.h"
#include "test_save_util.h"

/* What save_csv_field / save_csv_number write for `text`. */
static void field_is(bool number, const char *text, const char *want) {
  char buf[256] = "";
  FILE *f = fmemopen(buf, sizeof buf - 1, "w");
  assert_non_null(f);
  assert_true(number ? save_csv_number(f, text) : save_csv_field(f, text));
  fclose(f);
  assert_string_equal(buf, want);
}

/* OWASP's CSV injection advice: a text cell starting with = + - @, tab or CR is quoted with
 * a single quote in front; numbers are left as they are. */
static void test_csv_cells(void **state) {
  (void)state;
  field_is(false, "=cmd|'/C calc'!A0", "\"'=cmd|'/C calc'!A0\"");
  field_is(false, "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"");
  field_is(false, "@SUM(1+1)", "\"'@SUM(1+1)\"");
  field_is(false, "+1", "\"'+1\"");
  field_is(false, "-2", "\"'-2\"");
  field_is(false, "\tTab", "\"'\tTab\"");
  field_is(false, "\rCR", "\"'\rCR\"");
  field_is(false, "Zo\xC3\xAB", "Zo\xC3\xAB");
  field_is(false, "a=b", "a=b");
  field_is(false, "Okoro, Jr.", "\"Okoro, Jr.\"");
  field_is(true, "-54", "-54");
  field_is(true, "-0.50", "-0.50");
  field_is(true, "12", "12");
}

/* The teacher copies rapport.db alone (no -wal) while the game is running. */
static void test_copy_while_open_is_complete(void **state) {
  (void)state;
  char dir[512], path[600], copy[600];
  tsu_tmpdir(dir, sizeof dir);
  snprintf(path, sizeof path, "%s/rapport.db", dir);
  snprintf(copy, sizeof copy, "%s/usb.db", dir);
  SaveDb *db = NULL;
  SaveOpenInfo info;
  assert_int_equal(save_open(path, 0, &db, &info, NULL, 0), SAVE_OK);
  SaveProfile p = tsu_profile("Ana Lima");
  assert_int_equal(save_profile_create(db, &p, NULL, 0), SAVE_OK);
  SaveSession s = tsu_session(p.id, "a0000000000000000000000000000001", "2026-11-01T09:00:00Z");
  assert_int_equal(save_session_begin(db, &s, NULL, 0), SAVE_OK);
  SaveChoice c = tsu_choice(s.id, 1, 1, "maya");
  assert_int_equal(save_conversation(db, s.id, &c, 1, NULL, 0, NULL, NULL, 0), SAVE_OK);
  s.state = SAVE_SESSION_COMPLETED;
  snprintf(s.ended, sizeof s.ended, "2026-11-01T10:00:00Z");
  assert_int_equal(save_session_update(db, &s, NULL, NULL, 0, NULL, 0), SAVE_OK);
  /* The game is still running: copy the file alone, as a teacher with a USB stick does. */
  size_t len = 0;
  unsigned char *bytes = tsu_read(path, &len);
  assert_non_null(bytes);
  FILE *out = fopen(copy, "wb");
  assert_non_null(out);
  assert_int_equal(fwrite(bytes, 1, len, out), len);
  fclose(out);
  free(bytes);
  sqlite3 *h = NULL;
  assert_int_equal(sqlite3_open_v2(copy, &h, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(h, "SELECT (SELECT count(*) FROM profiles), "
                   "(SELECT count(*) FROM sessions WHERE status = 'completed'), "
                   "(SELECT count(*) FROM choices)", -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int(st, 0), 1);
  assert_int_equal(sqlite3_column_int(st, 1), 1);
  assert_int_equal(sqlite3_column_int(st, 2), 1);
  sqlite3_finalize(st);
  sqlite3_close(h);
  save_close(db);
  tsu_rmtree(dir);
}

static void key_is(const char *name, const char *want) {
  char key[256];
  assert_true(save_name_key(name, key, sizeof key));
  assert_string_equal(key, want);
}

static void test_names(void **state) {
  (void)state;
  char out[128];
  assert_true(save_name_normalise("  Liam \t  Murphy  ", out, sizeof out));
  assert_string_equal(out, "Liam Murphy");
  assert_true(save_name_normalise("Zoe\xCC\x88 Ng", out, sizeof out));   /* e + U+0308 */
  assert_string_equal(out, "Zo\xC3\xAB Ng");                              /* ë */
  assert_true(save_name_normalise("", out, sizeof out));
  assert_string_equal(out, "");
  assert_false(save_name_normalise("a very long name indeed", out, 8));
  assert_true(save_name_normalise("A\x85\xFF", out, sizeof out));        /* stray bytes */
  assert_string_equal(out, "A\xEF\xBF\xBD\xEF\xBF\xBD");
  key_is("liam murphy", "liam murphy");
  key_is("Liam Murphy ", "liam murphy");
  key_is("Zo\xC3\xAB", "zoe");
  key_is("Zoe\xCC\x88", "zoe");
  key_is("ZO\xC3\x8B", "zoe");                                           /* Ë */
  key_is("S\xC3\xB8ren \xC3\x85" "berg", "soren aberg");                  /* Søren Åberg */
  key_is("J\xC3\xBCrgen Stra\xC3\x9F" "e", "jurgen strasse");            /* Jürgen Straße */
  key_is("\xD0\x90\xD0\xBD\xD0\xB0", "\xD0\x90\xD0\xBD\xD0\xB0");        /* Cyrillic: kept */
}

/* A member is found whatever the case, accents or spaces, the exact name first. */
static void test_find_similar(void **state) {
  (void)state;
  char dir[512], path[600];
  tsu_tmpdir(dir, sizeof dir);
  snprintf(path, sizeof path, "%s/t.db", dir);
  SaveDb *db = NULL;
  assert_int_equal(save_open(path, 0, &db, NULL, NULL, 0), SAVE_OK);
  int64_t cls = 0;
  assert_int_equal(save_class_create(db, "10B", &cls, NULL, 0), SAVE_OK);
  SaveProfile z = tsu_profile("Zo\xC3\xAB Ng");
  z.class_id = cls;
  assert_int_equal(save_profile_create(db, &z, NULL, 0), SAVE_OK);
  assert_true(z.anon_number >= 1 && z.anon_number <= 99);
  SaveProfile found;
  assert_int_equal(save_profile_find_similar(db, "zoe\xCC\x88  ng", cls, &found, NULL, 0), SAVE_OK);
  assert_int_equal(found.id, z.id);
  assert_int_equal(found.anon_number, z.anon_number);
  assert_int_equal(save_profile_find_similar(db, "Zoey Ng", cls, &found, NULL, 0), SAVE_NOT_FOUND);
  assert_int_equal(save_profile_find_similar(db, "Zoe Ng", 0, &found, NULL, 0), SAVE_NOT_FOUND);
  /* A rename keeps the key in step with the name. */
  snprintf(z.name, sizeof z.name, "Zoe Nguyen");
  assert_int_equal(save_profile_update(db, &z, NULL, 0), SAVE_OK);
  assert_int_equal(save_profile_find_similar(db, "ZOE NGUYEN", cls, &found, NULL, 0), SAVE_OK);
  assert_int_equal(found.id, z.id);
  save_close(db);
  tsu_rmtree(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_csv_cells),
    cmocka_unit_test(test_copy_while_open_is_complete),
    cmocka_unit_test(test_names),
    cmocka_unit_test(test_find_similar),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
