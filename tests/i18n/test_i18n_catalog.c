/* test_i18n_catalog.c — PO files as translators write them: lookups by line id, the
 * fallback to English for fuzzy, stale (changed source) and empty translations, plural
 * forms chosen by the header's expression, and clear errors naming the line for broken or
 * hostile files.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "i18n/i18n.h"
#include "i18n/i18n_internal.h"

static const char SPANISH[] =
  "# Spanish translation of Rapport.\n"
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Language: es\\n\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
  "\n"
  "#. The title screen's first button.\n"
  "#: engine/game/scene_title.c:40\n"
  "msgctxt \"title.play\"\n"
  "msgid \"Play\"\n"
  "msgstr \"Jugar\"\n"
  "\n"
  "#, fuzzy\n"
  "msgctxt \"title.settings\"\n"
  "msgid \"Settings\"\n"
  "msgstr \"Ajustes\"\n"
  "\n"
  "msgctxt \"title.quit\"\n"
  "msgid \"Quit the game\"\n"
  "msgstr \"Salir\"\n"
  "\n"
  "msgctxt \"title.empty\"\n"
  "msgid \"Not yet translated\"\n"
  "msgstr \"\"\n"
  "\n"
  "msgctxt \"floor.people\"\n"
  "msgid \"%d person\"\n"
  "msgid_plural \"%d people\"\n"
  "msgstr[0] \"%d persona\"\n"
  "msgstr[1] \"%d personas\"\n"
  "\n"
  "msgctxt \"talk.long\"\n"
  "msgid \"\"\n"
  "\"Two lines \"\n"
  "\"joined\"\n"
  "msgstr \"Dos líneas\\n\"\n"
  "\"unidas \\\"así\\\"\"\n"
  "\n"
  "#~ msgctxt \"old.gone\"\n"
  "#~ msgid \"Gone\"\n"
  "#~ msgstr \"Ido\"\n";

static I18nCatalog *parse(const char *text, char *msg, size_t msglen) {
  I18nCatalog *cat = NULL;
  I18nStatus st = i18n_catalog_parse(text, strlen(text), "es.po", &cat, msg, msglen);
  if (st != I18N_OK) assert_null(cat);
  return cat;
}

static void test_current_translation_is_used(void **state) {
  (void)state;
  char msg[256] = "";
  I18nCatalog *cat = parse(SPANISH, msg, sizeof msg);
  assert_non_null(cat);
  assert_string_equal(i18n_catalog_language(cat), "es");
  assert_int_equal(i18n_catalog_count(cat), 6);
  assert_string_equal(i18n_lookup(cat, "title.play", "Play"), "Jugar");
  assert_string_equal(i18n_lookup(cat, "talk.long", "Two lines joined"), "Dos líneas\nunidas \"así\"");
  assert_true(i18n_has_current(cat, "title.play", "Play"));
  i18n_catalog_free(cat);
}

static void test_fuzzy_stale_empty_and_unknown_fall_back(void **state) {
  (void)state;
  char msg[256] = "";
  I18nCatalog *cat = parse(SPANISH, msg, sizeof msg);
  assert_non_null(cat);
  /* Marked fuzzy by the translator's tools: not reviewed, so English. */
  assert_string_equal(i18n_lookup(cat, "title.settings", "Settings"), "Settings");
  assert_false(i18n_has_current(cat, "title.settings", "Settings"));
  /* The English changed since it was translated ("Quit the game" -> "Quit"): English. */
  assert_string_equal(i18n_lookup(cat, "title.quit", "Quit"), "Quit");
  assert_string_equal(i18n_lookup(cat, "title.quit", "Quit the game"), "Salir");
  assert_string_equal(i18n_lookup(cat, "title.empty", "Not yet translated"), "Not yet translated");
  assert_string_equal(i18n_lookup(cat, "nowhere", "Nowhere"), "Nowhere");
  assert_string_equal(i18n_lookup(cat, "old.gone", "Gone"), "Gone"); /* obsolete #~ entry */
  assert_string_equal(i18n_lookup(NULL, "title.play", "Play"), "Play");
  i18n_catalog_free(cat);
}

static void test_plural_forms_follow_the_header(void **state) {
  (void)state;
  char msg[256] = "";
  I18nCatalog *cat = parse(SPANISH, msg, sizeof msg);
  assert_non_null(cat);
  assert_string_equal(i18n_lookup_plural(cat, "floor.people", "%d person", "%d people", 1), "%d persona");
  assert_string_equal(i18n_lookup_plural(cat, "floor.people", "%d person", "%d people", 0), "%d personas");
  assert_string_equal(i18n_lookup_plural(cat, "floor.people", "%d person", "%d people", 7), "%d personas");
  /* The English plural changed: both forms fall back. */
  assert_string_equal(i18n_lookup_plural(cat, "floor.people", "%d person", "%d guests", 7), "%d guests");
  assert_string_equal(i18n_lookup_plural(NULL, "x", "one", "other", 1), "one");
  assert_string_equal(i18n_lookup_plural(NULL, "x", "one", "other", 2), "other");
  i18n_catalog_free(cat);
}

static void test_plural_expressions(void **state) {
  (void)state;
  char msg[256] = "";
  /* Polish: three forms. */
  I18nPlural *pl = i18n_plural_parse(
      "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
      msg, sizeof msg);
  assert_non_null(pl);
  assert_int_equal(i18n_plural_count(pl), 3);
  int expect[][2] = {{1, 0}, {2, 1}, {4, 1}, {5, 2}, {12, 2}, {22, 1}, {25, 2}, {0, 2}, {101, 2}};
  for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++)
    assert_int_equal(i18n_plural_index(pl, (unsigned long)expect[i][0]), expect[i][1]);
  i18n_plural_free(pl);
  /* One form (Japanese), and an index the expression puts out of range is refused. */
  pl = i18n_plural_parse("nplurals=1; plural=0;", msg, sizeof msg);
  assert_non_null(pl);
  assert_int_equal(i18n_plural_index(pl, 5), 0);
  i18n_plural_free(pl);
  pl = i18n_plural_parse("nplurals=2; plural=n+5;", msg, sizeof msg);
  assert_non_null(pl);
  assert_int_equal(i18n_plural_index(pl, 1), -1);
  i18n_plural_free(pl);
  /* Division by zero is zero, not a crash. */
  pl = i18n_plural_parse("nplurals=2; plural=10/n > 1;", msg, sizeof msg);
  assert_non_null(pl);
  assert_int_equal(i18n_plural_index(pl, 0), 0);
  assert_int_equal(i18n_plural_index(pl, 3), 1);
  i18n_plural_free(pl);
  const char *bad[] = {"", "nplurals=0; plural=0;", "nplurals=9; plural=0;", "nplurals=2; plural=(n;",
                       "nplurals=2; plural=n ? 1;", "nplurals=2; plural=x;", "nplurals=2; plural=n n;",
                       "nplurals=2; plural=((((((((((((((((((((((((((((((((((n))))))))))))))))))))))))))))))))));"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    msg[0] = '\0';
    assert_null(i18n_plural_parse(bad[i], msg, sizeof msg));
    assert_non_null(strstr(msg, "Plural-Forms"));
  }
}

static void expect_error(const char *text, const char *line_and_words) {
  char msg[256] = "";
  assert_null(parse(text, msg, sizeof msg));
  if (!strstr(msg, line_and_words)) fail_msg("expected \"%s\" in \"%s\"", line_and_words, msg);
}

static void test_broken_files_name_the_line(void **state) {
  (void)state;
  expect_error("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"unterminated\n", "es.po:3: unterminated string");
  expect_error("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"x\"\n\nmsgctxt \"a\"\nmsgid \"B\"\nmsgstr \"y\"\n",
               "es.po:5: the id \"a\" is already used at line 1");
  expect_error("msgid \"Play\"\nmsgstr \"Jugar\"\n", "has no msgctxt");
  expect_error("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"\\q\"\n", "es.po:3: unknown escape \\q");
  expect_error("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"\xff\xfe\"\n", "es.po:1: the entry is not valid UTF-8");
  expect_error("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"\xed\xa0\x80\"\n", "not valid UTF-8");
  expect_error("msgctxt \"a\"\nmsgstr \"x\"\n", "es.po:2: msgstr before msgid");
  expect_error("msgctxt \"a\"\nmsgid \"A\"\nmsgstr[1] \"x\"\n", "msgstr[1] out of order");
  expect_error("msgctxt \"a\"\nmsgid \"A\"\nmsgstr[9] \"x\"\n", "msgstr[N] needs N from 0 to 5");
  expect_error("hello\n", "es.po:1: unknown keyword");
  expect_error("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n",
               "must be UTF-8");
  expect_error("msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=n ?;\\n\"\n", "the header: Plural-Forms");
  expect_error("\"stray\"\n", "a string that continues nothing");
  expect_error("msgctxt \"a\"\nmsgid \"A\"\n", "msgid without msgstr");
  char with_nul[] = "msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"x\"\n";
  with_nul[5] = '\0';
  char msg[256] = "";
  I18nCatalog *cat = NULL;
  assert_int_equal(i18n_catalog_parse(with_nul, sizeof with_nul - 1, "es.po", &cat, msg, sizeof msg),
                   I18N_ERR_SYNTAX);
  assert_null(cat);
  assert_non_null(strstr(msg, "es.po:1: a NUL byte"));
}

static void test_load_reads_files_and_reports_missing_ones(void **state) {
  (void)state;
  char path[] = "/tmp/rapport-i18n-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *f = fdopen(fd, "w");
  assert_non_null(f);
  fputs("\xEF\xBB\xBFmsgctxt \"a\"\r\nmsgid \"A\"\r\nmsgstr \"Á\"\r\n", f);
  fclose(f);
  char msg[256] = "";
  I18nCatalog *cat = NULL;
  assert_int_equal(i18n_catalog_load(path, &cat, msg, sizeof msg), I18N_OK);
  assert_string_equal(i18n_lookup(cat, "a", "A"), "Á");
  i18n_catalog_free(cat);
  remove(path);
  assert_int_equal(i18n_catalog_load(path, &cat, msg, sizeof msg), I18N_ERR_IO);
  assert_null(cat);
  assert_non_null(strstr(msg, path));
}

static void test_the_active_catalogue_drives_tr(void **state) {
  (void)state;
  char msg[256] = "";
  I18nCatalog *cat = parse(SPANISH, msg, sizeof msg);
  assert_non_null(cat);
  assert_string_equal(TR("title.play", "Play"), "Play");
  i18n_use(cat);
  assert_ptr_equal(i18n_current(), cat);
  assert_string_equal(TR("title.play", "Play"), "Jugar");
  assert_string_equal(TRN("floor.people", "%d person", "%d people", 3), "%d personas");
  char line[64];
  snprintf(line, sizeof line, TRN("floor.people", "%d person", "%d people", 1), 1);
  assert_string_equal(line, "1 persona");
  i18n_use(NULL); /* switching back to English */
  assert_string_equal(TR("title.play", "Play"), "Play");
  i18n_catalog_free(cat);
}

static void test_static_tables_translate_by_their_english(void **state) {
  (void)state;
  char msg[256] = "";
  I18nCatalog *cat = parse(SPANISH, msg, sizeof msg);
  assert_non_null(cat);
  static const char *const LABELS[] = {TR_NOOP("title.play", "Play"), TR_NOOP("title.settings", "Settings"),
                                       TR_NOOP("nowhere.at_all", "Nowhere")};
  assert_string_equal(i18n_lookup_static(cat, LABELS[0]), "Jugar");
  assert_string_equal(i18n_lookup_static(cat, LABELS[1]), "Settings"); /* fuzzy */
  assert_string_equal(i18n_lookup_static(cat, LABELS[2]), "Nowhere");
  assert_string_equal(i18n_lookup_static(NULL, LABELS[0]), "Play");
  i18n_use(cat);
  assert_string_equal(i18n_text_static(LABELS[0]), "Jugar");
  i18n_use(NULL);
  assert_string_equal(i18n_text_static(LABELS[0]), "Play");
  i18n_catalog_free(cat);
}

static void test_a_translation_that_reads_other_arguments_is_not_used(void **state) {
  (void)state;
  /* Formats: the same kinds in the same order, or fewer; never other kinds, more, or %n. */
  assert_true(i18n_format_fits("%d of %d", "%d de %d"));
  assert_true(i18n_format_fits("%d session%s", "Sesiones: %d%.0s"));
  assert_true(i18n_format_fits("%d person", "una persona"));
  assert_true(i18n_format_fits("%.*s %s", "%.*s %s"));
  assert_true(i18n_format_fits("evening %llu", "noche %llu"));
  assert_false(i18n_format_fits("%d of %s", "%s de %d"));
  assert_false(i18n_format_fits("%s", "%s %s"));
  assert_false(i18n_format_fits("%d", "%n"));
  assert_false(i18n_format_fits("evening %llu", "noche %d"));
  assert_false(i18n_format_fits("%.*s", "%s"));
  const char *po =
    "msgctxt \"a.ok\"\nmsgid \"%d of %d\"\nmsgstr \"%d de %d\"\n\n"
    "msgctxt \"a.swapped\"\nmsgid \"%d of %s\"\nmsgstr \"%s de %d\"\n\n"
    "msgctxt \"a.plural\"\nmsgid \"%d person\"\nmsgid_plural \"%d people\"\n"
    "msgstr[0] \"una persona\"\nmsgstr[1] \"%s personas\"\n";
  char msg[256] = "";
  I18nCatalog *cat = parse(po, msg, sizeof msg);
  assert_non_null(cat);
  assert_string_equal(i18n_lookup(cat, "a.ok", "%d of %d"), "%d de %d");
  assert_string_equal(i18n_lookup(cat, "a.swapped", "%d of %s"), "%d of %s"); /* English instead */
  assert_string_equal(i18n_lookup_plural(cat, "a.plural", "%d person", "%d people", 3), "%d people");
  i18n_catalog_free(cat);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_current_translation_is_used),
    cmocka_unit_test(test_fuzzy_stale_empty_and_unknown_fall_back),
    cmocka_unit_test(test_plural_forms_follow_the_header),
    cmocka_unit_test(test_plural_expressions),
    cmocka_unit_test(test_broken_files_name_the_line),
    cmocka_unit_test(test_load_reads_files_and_reports_missing_ones),
    cmocka_unit_test(test_the_active_catalogue_drives_tr),
    cmocka_unit_test(test_static_tables_translate_by_their_english),
    cmocka_unit_test(test_a_translation_that_reads_other_arguments_is_not_used),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
