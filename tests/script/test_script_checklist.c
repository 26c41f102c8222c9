/* test_script_checklist.c — the own-words checklist: the shipped rules file
 * (scripts/lib/checklist.lua) loaded through the script host and applied by engine/sim to
 * real-sounding openers and follow-ups — good, weak, keyword-stuffed, empty, 2,000
 * characters, non-Latin scripts, emoji, broken bytes — each with the items it must find.
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

#include "script/practice.h"
#include "script/script.h"

static SimCheckRules rules;

static int load_rules(void **state) {
  (void)state;
  char path[1200], err[400] = "";
  assert_int_equal(scr_checklist_path(path, sizeof path), 0);
  if (!scr_load_checklist(path, &rules, err, sizeof err)) fail_msg("%s", err);
  return 0;
}

static const char *const MAYA[] = {
  "is running a user study on a heart-rate app and needs volunteers",
  "is training for her first half-marathon in May",
  "worked as a cardiac nurse for six years before moving into research",
};

typedef struct Case {
  SimCheckContext context;
  const char *name;      /* the player's name */
  const char *text;
  const char *expect;    /* per applying item, in item order: 1 found, 0 not; "list", "empty" */
} Case;

/* Items in their order: opener name, why, question, no_request_first; follow-up name,
 * question, detail, no_request_first. */
static const Case CASES[] = {
  /* Good openers. */
  {SIM_CHECK_OPENER, "Ana", "Hi, I'm Ana — I'm in my final year and curious how people get into UX research. "
                            "What does a first year on your team look like?", "1111"},
  {SIM_CHECK_OPENER, "Ana Lopez", "Hello! My name is Ana. I'm looking for a summer placement and wanted to learn what "
                                  "your team values. What are you working on at the moment?", "1111"},
  {SIM_CHECK_OPENER, "Zoë", "Hi, I'm Zoe — I'm switching from chemistry and trying to see where I'd fit. "
                            "How did you get into this?", "1111"},
  {SIM_CHECK_OPENER, "Ana", "Hi 👋 I'm Ana — I'm curious how you got into research 🙂 What's a normal day like for you?", "1111"},
  /* Weak openers. */
  {SIM_CHECK_OPENER, "Ana", "Hi, can I grab one of your cards?", "0000"},
  {SIM_CHECK_OPENER, "Ana", "Hi, I'm Ana. Are you hiring graduates this year?", "1000"},
  {SIM_CHECK_OPENER, "Ana", "Hey there! Nice booth.", "0001"},
  {SIM_CHECK_OPENER, "Ana", "Hi, I'm Ana, in my final year. What do you look for in a graduate? Also, could I get your card?", "1110"},
  {SIM_CHECK_OPENER, "Ana", "Hiring?", "0001"},
  {SIM_CHECK_OPENER, "Ana", "I'm Ana? why? what? how?", "1001"},
  {SIM_CHECK_OPENER, "Ana", "I'm curious, honestly.", "0101"},
  /* Keyword-stuffed and empty. */
  {SIM_CHECK_OPENER, "Ana", "name, why, question, UX research, hiring, marathon", "list"},
  {SIM_CHECK_OPENER, "Ana", "Ana UX research final year curious internship portfolio", "list"},
  {SIM_CHECK_OPENER, "Ana", "#networking #UX #research #hiring #Ana", "list"},
  {SIM_CHECK_OPENER, "Ana", "", "empty"},
  {SIM_CHECK_OPENER, "Ana", "   \n\t  ", "empty"},
  /* Other scripts and languages, judged by the same items. */
  {SIM_CHECK_OPENER, "アナ", "はじめまして、アナと申します。UXリサーチに興味があって来ました。今どんなプロジェクトに取り組んでいますか？", "1111"},
  {SIM_CHECK_OPENER, "安娜", "你好，我叫安娜，我是设计专业的学生，想了解用户研究。你们现在在做什么项目？", "1111"},
  {SIM_CHECK_OPENER, "Анна", "Здравствуйте! Меня зовут Анна. Я изучаю дизайн и хочу понять, как люди приходят в исследования. "
                             "Над чем вы сейчас работаете?", "1111"},
  {SIM_CHECK_OPENER, "Ana", "Bonjour, je m'appelle Ana. Je voudrais comprendre votre métier. Qu'est-ce que vous faites en ce moment ?", "1111"},
  {SIM_CHECK_OPENER, "Ana", "👋😀🎉🙌", "0001"},
  {SIM_CHECK_OPENER, "Ana", "\xff\xfe Hi I'm Ana \xc3 and I'm curious how you started?", "1111"},
  /* Follow-ups to Maya, who told the player about her study, her race and her nursing. */
  {SIM_CHECK_FOLLOW_UP, "Ana", "Hi Maya, it's Ana from the careers fair — thanks for the sticker and the chat. I posted your "
                               "heart-rate study call in my course group chat; I hope you reach thirty volunteers! How is the "
                               "half-marathon training going?", "1111"},
  {SIM_CHECK_FOLLOW_UP, "Ana", "Dear Maya, nice to meet you. Here's my CV — are there any internships?", "0000"},
  {SIM_CHECK_FOLLOW_UP, "Ana", "Hi Maya, Ana here. I shared the study call with my cohort. Could you take a look at my CV?", "1011"},
  {SIM_CHECK_FOLLOW_UP, "Ana", "Hi Maya! Good luck in May with the MARATHON!", "0011"},
  {SIM_CHECK_FOLLOW_UP, "Ana", "Hi Maya, thanks for your time yesterday. Let me know how it goes.", "0001"},
  {SIM_CHECK_FOLLOW_UP, "Ana", "Maya, study, marathon, nurse, volunteers", "list"},
  {SIM_CHECK_FOLLOW_UP, "Ana", "Hi Maya, I'm Ana — your years as a cardiac nurse explain a lot about how you run interviews. "
                               "Which question surprised you most so far?", "1111"},
};

static void check_case(const Case *c, int index) {
  SimCheckResult r;
  sim_check_text(&rules, c->context, c->text, c->name, MAYA, 3, &r);
  char got[16] = "";
  if (r.empty) snprintf(got, sizeof got, "empty");
  else if (r.keyword_list) snprintf(got, sizeof got, "list");
  else
    for (int k = 0; k < r.count && k < 8; k++) got[k] = r.items[k].found ? '1' : '0';
  if (strcmp(got, c->expect) != 0) {
    char ev[600] = "";
    for (int k = 0; k < r.count; k++)
      snprintf(ev + strlen(ev), sizeof ev - strlen(ev), " [%s:%s]", sim_check_item_name(r.items[k].item),
               r.items[k].evidence);
    fail_msg("case %d (%s): expected %s, got %s;%s", index, c->text, c->expect, got, ev);
  }
  /* The count of found items always agrees with the marks. */
  int found = 0;
  for (int k = 0; k < r.count; k++) found += r.items[k].found;
  assert_int_equal(found, r.found);
}

static void test_cases(void **state) {
  (void)state;
  assert_true(sizeof CASES / sizeof CASES[0] >= 20);
  for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) check_case(&CASES[i], (int)i);
}

/* 2,000 characters are judged; what lies beyond is ignored and said to be. */
static void test_long_text(void **state) {
  (void)state;
  size_t cap = 12000;
  char *text = malloc(cap);
  assert_non_null(text);
  snprintf(text, cap, "Hi, I'm Ana. ");
  while (strlen(text) < 1990) strcat(text, "I like this. ");
  strcat(text, "What are you working on at the moment?");
  SimCheckResult r;
  sim_check_text(&rules, SIM_CHECK_OPENER, text, "Ana", NULL, 0, &r);
  assert_true(r.truncated);
  assert_true(r.items[0].found);  /* the name, early on */
  assert_false(r.items[2].found); /* the question came after 2,000 characters */
  /* 2,000 emoji and 2,000 CJK characters: four and three bytes each, all judged. */
  text[0] = '\0';
  for (int i = 0; i < 2000; i++) strcat(text, "🙂");
  sim_check_text(&rules, SIM_CHECK_OPENER, text, "Ana", NULL, 0, &r);
  assert_false(r.truncated);
  assert_int_equal(r.found, 1); /* only "no request" */
  text[0] = '\0';
  for (int i = 0; i < 1999; i++) strcat(text, "研");
  strcat(text, "？");
  sim_check_text(&rules, SIM_CHECK_OPENER, text, "Ana", NULL, 0, &r);
  assert_false(r.truncated);
  assert_true(r.items[2].found);
  free(text);
}

/* Evidence names what matched, folded: case and accents gone. */
static void test_evidence_and_folding(void **state) {
  (void)state;
  SimCheckResult r;
  sim_check_text(&rules, SIM_CHECK_FOLLOW_UP, "Hi Maya, it's ANA — how's the HALF-MARATHON going?", "Ana", MAYA, 3, &r);
  assert_string_equal(r.items[0].evidence, "it's ana");
  assert_string_equal(r.items[2].evidence, "marathon");
  char out[64];
  sim_check_fold("ÉCOLE Straße Œuvre ЖУК “x”？", out, sizeof out, NULL);
  assert_string_equal(out, "ecole strasse oeuvre жук \"x\"?");
  /* A fact read with accents matches the plain spelling, and the other way round. */
  const char *fact[] = {"loves the café near the Montréal office"};
  sim_check_text(&rules, SIM_CHECK_FOLLOW_UP, "How is the cafe in Montreal?", "Ana", fact, 1, &r);
  assert_int_equal(r.items[2].item, SIM_CHECK_DETAIL);
  assert_true(r.items[2].found);
  /* No facts known: no detail can be found. */
  sim_check_text(&rules, SIM_CHECK_FOLLOW_UP, "How is the marathon going?", "Ana", NULL, 0, &r);
  assert_false(r.items[2].found);
}

/* A rules file of the wrong shape is refused with its path and where. */
static void test_bad_rules(void **state) {
  (void)state;
  char path[] = "/tmp/rapport_checklist_bad_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  const char *src = "return { items = { name = { label = 'Your name', missing = 'x', phrases = { 42 } } } }";
  assert_int_equal(write(fd, src, strlen(src)), (int)strlen(src));
  close(fd);
  SimCheckRules r;
  char err[400] = "";
  assert_false(scr_load_checklist(path, &r, err, sizeof err));
  assert_non_null(strstr(err, path));
  assert_non_null(strstr(err, "items.name"));
  unlink(path);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_cases),
    cmocka_unit_test(test_long_text),
    cmocka_unit_test(test_evidence_and_folding),
    cmocka_unit_test(test_bad_rules),
  };
  return cmocka_run_group_tests(tests, load_rules, NULL);
}
