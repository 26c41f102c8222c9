/* test_sim_fact_you.c — sim_fact_to_you (sim/you.h), the one English rewrite of a fact
 * said back to its person (the follow-up and the later meeting's fact_you): a table of
 * known cases, then every fact of every shipped scenario (read from scripts/scenarios/
 * *.lua, their `facts = {...}` tables, variants included) must come out with no "you" in
 * front of a third-person verb and none of the person's pronouns left.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sim/you.h"

static void expect_you(const char *fact, const char *want) {
  char out[512];
  sim_fact_to_you(fact, out, sizeof out);
  if (strcmp(out, want) != 0) fail_msg("\"%s\"\n  gave \"%s\"\n  want \"%s\"", fact, out, want);
}

static void known_cases(void **state) {
  (void)state;
  expect_you("runs a ceramics class", "you run a ceramics class");
  expect_you("teaches physics at Hollins Park Academy", "you teach physics at Hollins Park Academy");
  expect_you("goes bouldering three times a week", "you go bouldering three times a week");
  expect_you("has an interview next Thursday", "you have an interview next Thursday");
  expect_you("is training for her first half-marathon in May", "you're training for your first half-marathon in May");
  expect_you("does the cryptic crossword every day", "you do the cryptic crossword every day");
  expect_you("studies who rides night buses", "you study who rides night buses");
  expect_you("was the first in his family to go to university", "you were the first in your family to go to university");
  expect_you("still grows courgettes", "you still grow courgettes");
  expect_you("says it's the only hour she doesn't check her phone", "you said it's the only hour you don't check your phone");
  expect_you("nearly turned round at the door — she's new here", "you nearly turned round at the door — you're new here");
  expect_you("runs mountain trails and is training for a race", "you run mountain trails and are training for a race");
  expect_you("is running a user study on a heart-rate app and needs volunteers",
             "you're running a user study on a heart-rate app and need volunteers");
  expect_you("went into housing law when she was fourteen", "you went into housing law when you were fourteen");
  expect_you("plays five-a-side and calls herself the worst goalkeeper", "you play five-a-side and call yourself the worst goalkeeper");
  expect_you("needs students to try the rooms and tell her honestly what works",
             "you need students to try the rooms and tell you honestly what works");
  expect_you("needs a chair because hers has lost their voice", "you need a chair because yours has lost their voice");
  expect_you("took two buses to school and still remembers every stop", "you took two buses to school and still remember every stop");
  expect_you("sat next to you in tutorials", "you sat next to me in tutorials");
  expect_you("needs people your age", "you need people my age");
  /* A plural noun after "and" is not a verb; a reported clause keeps its own verbs. */
  expect_you("wants students from history, geography and languages to apply",
             "you want students from history, geography and languages to apply");
  expect_you("works through floods and freezes", "you work through floods and freezes");
  expect_you("says the week has thirty places and takes any degree", "you said the week has thirty places and takes any degree");
  expect_you("says the main thing he looks for is curiosity", "you said the main thing you look for is curiosity");
  expect_you("runs the show on Tuesday nights and needs volunteers", "you run the show on Tuesday nights and need volunteers");
  expect_you("has kept it for nine years and calls it Gerald", "you have kept it for nine years and call it Gerald");
  expect_you("draws comics about her cat, Biscuit, and posts one every Sunday",
             "you draw comics about your cat, Biscuit, and post one every Sunday");
  expect_you("thinks he might like animals but doesn't know anyone who does",
             "you think you might like animals but don't know anyone who does");
  expect_you("is partially sighted, travels with a guide dog called Pip, and works on access",
             "you're partially sighted, travel with a guide dog called Pip, and work on access");
  /* Someone else is the subject: no "you" in front, their verbs kept. */
  expect_you("her son Thabo has a place here, and is quietly terrified", "your son Thabo has a place here, and is quietly terrified");
  char out[64];
  assert_false(sim_fact_to_you("her son Thabo has a place", out, sizeof out));
  assert_true(sim_fact_to_you("runs a club", out, sizeof out));
  assert_false(sim_fact_to_you(NULL, out, sizeof out));
  assert_string_equal(out, "");
  /* Cut to the buffer, always terminated. */
  char tiny[8];
  sim_fact_to_you("is training for her first half-marathon", tiny, sizeof tiny);
  assert_string_equal(tiny, "you're ");
}

static void verb_bases(void **state) {
  (void)state;
  static const char *const pairs[][2] = {
    {"runs", "run"},  {"teaches", "teach"}, {"goes", "go"},       {"has", "have"},         {"is", "are"},
    {"does", "do"},   {"studies", "study"}, {"carries", "carry"}, {"fixes", "fix"},        {"misses", "miss"},
    {"was", "were"},  {"doesn't", "don't"}, {"cycles", "cycle"},  {"grew", "grew"},        {"loses", "lose"},
    {"uses", "use"},  {"freezes", "freeze"},
  };
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    char out[32];
    sim_verb_base(pairs[i][0], strlen(pairs[i][0]), out, sizeof out);
    if (strcmp(out, pairs[i][1]) != 0) fail_msg("%s gave %s, want %s", pairs[i][0], out, pairs[i][1]);
  }
}

/* ---- every shipped fact ---- */

typedef struct Facts {
  char *text[512];
  int count, files;
} Facts;

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *s = malloc((size_t)n + 1);
  if (s && fread(s, 1, (size_t)n, f) != (size_t)n) n = 0;
  if (s) s[n] = '\0';
  fclose(f);
  return s;
}

/* The string values of every `facts = { key = "text", ... }` table in a scenario file. */
static void collect(const char *src, Facts *fx) {
  for (const char *p = strstr(src, "facts"); p; p = strstr(p + 5, "facts")) {
    const char *q = p + 5;
    while (*q == ' ') q++;
    if (*q++ != '=') continue;
    while (*q == ' ') q++;
    if (*q++ != '{') continue;
    while (*q && *q != '}') {
      if (*q == '-' && q[1] == '-') { /* a Lua comment */
        q += strcspn(q, "\n");
        continue;
      }
      if (*q != '"') {
        q++;
        continue;
      }
      const char *start = ++q;
      while (*q && *q != '"') q += (*q == '\\' && q[1]) ? 2 : 1;
      assert_true(fx->count < 512);
      size_t len = (size_t)(q - start);
      char *text = malloc(len + 1);
      assert_non_null(text);
      memcpy(text, start, len);
      text[len] = '\0';
      fx->text[fx->count++] = text;
      if (*q) q++;
    }
  }
}

static bool is_adverb(const char *w, size_t n) {
  static const char *const a[] = {"still", "just", "also", "always", "never", "once", "nearly", "often", "now", "quietly"};
  for (size_t i = 0; i < sizeof a / sizeof a[0]; i++)
    if (strlen(a[i]) == n && strncmp(w, a[i], n) == 0) return true;
  return false;
}

/* The first problem in a fact said back, or NULL: "you" then a third-person verb, or one
 * of the person's own pronouns left over. */
static const char *problem(const char *said, char *why, size_t len) {
  static const char *const left[] = {" he ", " she ", " his ", " her ", " him ", " herself", " himself", " he's", " she's"};
  char padded[600];
  snprintf(padded, sizeof padded, " %s ", said);
  for (size_t i = 0; i < sizeof left / sizeof left[0]; i++)
    if (strstr(padded, left[i])) {
      snprintf(why, len, "pronoun \"%s\" left", left[i]);
      return why;
    }
  for (const char *p = strstr(padded, " you "); p; p = strstr(p + 1, " you ")) {
    const char *w = p + 5;
    size_t n = strcspn(w, " ,;.—");
    while (is_adverb(w, n) && w[n] == ' ') {
      w += n + 1;
      n = strcspn(w, " ,;.—");
    }
    char base[64];
    sim_verb_base(w, n < 63 ? n : 63, base, sizeof base);
    if (strlen(base) != n || strncmp(base, w, n) != 0 || (n == 3 && strncmp(w, "his", 3) == 0) ||
        (n == 3 && strncmp(w, "her", 3) == 0)) {
      snprintf(why, len, "\"you %.*s\"", (int)n, w);
      return why;
    }
  }
  return NULL;
}

static void every_shipped_fact(void **state) {
  (void)state;
  static Facts fx;
  memset(&fx, 0, sizeof fx);
  char dir[1024];
  snprintf(dir, sizeof dir, "%s/scripts/scenarios", RAPPORT_SOURCE_DIR);
  DIR *d = opendir(dir);
  assert_non_null(d);
  for (struct dirent *e; (e = readdir(d));) {
    size_t n = strlen(e->d_name);
    if (n < 5 || strcmp(e->d_name + n - 4, ".lua") != 0) continue;
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    char *src = slurp(path);
    assert_non_null(src);
    collect(src, &fx);
    free(src);
    fx.files++;
  }
  closedir(d);
  assert_true(fx.files >= 6);
  assert_true(fx.count >= 150); /* six scenarios, about thirty people, four facts each */
  int bad = 0;
  for (int i = 0; i < fx.count; i++) {
    char said[512], why[128];
    sim_fact_to_you(fx.text[i], said, sizeof said);
    if (problem(said, why, sizeof why)) {
      print_error("%s\n  -> %s\n  (%s)\n", fx.text[i], said, why);
      bad++;
    }
    free(fx.text[i]);
  }
  assert_int_equal(bad, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(known_cases),
    cmocka_unit_test(verb_bases),
    cmocka_unit_test(every_shipped_fact),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
