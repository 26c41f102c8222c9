/* test_game_variety_roster.c — a later meeting with someone from the roster: a scenario that
 * reads `roster_acquaintance` (here a copy of the script tests' mini mixer whose first person
 * is the acquaintance, as reconnect_coffee's is) gets the player's deepest tie from the save,
 * described in the contract's fields (name, org, role, where met, how long ago, what they
 * said, said back to them); a player with nobody on the roster gets the scenario's own
 * person; a scenario that does not ask is loaded as written. Then the shipped coffee itself:
 * the roster person comes with what the player learned (the best opening line asks about
 * it), someone the player learned nothing about gets an honest line instead, and someone
 * met at the coffee itself is not asked to meet there again.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "game/app.h"
#include "game/roster_acquaintance.h"
#include "game/state.h"

typedef struct Fixture {
  char dir[256], save[512], scenario[512];
  GameOptions options;
  GameApp app;
} Fixture;

static void must(SaveStatus st, const char *msg) {
  if (st != SAVE_OK) fail_msg("save: %s (%s)", save_status_name(st), msg);
}

static char *read_all(const char *path) {
  FILE *fp = fopen(path, "rb");
  if (!fp) fail_msg("cannot open %s", path);
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  char *buf = calloc(1, (size_t)n + 1);
  assert_non_null(buf);
  assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
  fclose(fp);
  return buf;
}

/* Replaces the first `from` in `text` (which must hold it) by `to`, in a new string. */
static char *replace(char *text, const char *from, const char *to) {
  char *at = strstr(text, from);
  if (!at) fail_msg("fixture: '%s' not found in mini_mixer.lua", from);
  size_t head = (size_t)(at - text), n = strlen(text) - strlen(from) + strlen(to);
  char *out = calloc(1, n + 1);
  assert_non_null(out);
  memcpy(out, text, head);
  strcpy(out + head, to);
  strcat(out, at + strlen(from));
  free(text);
  return out;
}

/* reconnect_fixture.lua: the mini mixer with Maya's place taken by the acquaintance. */
static void write_scenario(const char *path) {
  char *src = read_all(RAPPORT_SOURCE_DIR "/tests/scenarios/good/mini_mixer.lua");
  src = replace(src, "return scenario {",
                "local A = roster_acquaintance or { id = \"sofia_marchetti\", name = \"Sofia Marchetti\",\n"
                "  org = \"Fieldnote Studio\", role = \"product designer\", met_at = \"the Design Night\",\n"
                "  weeks_ago = \"three weeks ago\", fact_you = \"you were nervous about your portfolio workshop\" }\n"
                "return scenario {");
  src = replace(src, "id = \"mini_mixer\"", "id = \"reconnect_fixture\"");
  src = replace(src, "summary = \"A small room with two people, for the tests.\"",
                "summary = \"You met \" .. A.name .. \" at \" .. A.met_at .. \" \" .. A.weeks_ago .. "
                "\". Remember: \" .. A.fact_you .. \".\"");
  src = replace(src, "id = \"maya_okafor\",\n      name = \"Maya Okafor\", org = \"Pulse Health\", role = \"UX research lead\",",
                "id = A.id,\n      name = A.name, org = A.org, role = A.role,");
  FILE *fp = fopen(path, "wb");
  assert_non_null(fp);
  fputs(src, fp);
  fclose(fp);
  free(src);
}

static void start(Fixture *f) {
  memset(f, 0, sizeof *f);
  const char *base = getenv("TMPDIR");
  snprintf(f->dir, sizeof f->dir, "%s/rapport-roster-XXXXXX", base && base[0] ? base : "/tmp");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->save, sizeof f->save, "%s/rapport.db", f->dir);
  snprintf(f->scenario, sizeof f->scenario, "%s/reconnect_fixture.lua", f->dir);
  write_scenario(f->scenario);
}

static void open_app(Fixture *f) {
  f->options.headless = true;
  f->options.save_path = f->save;
  GameApp *app = &f->app;
  app->options = &f->options;
  snprintf(app->root, sizeof app->root, "%s", RAPPORT_SOURCE_DIR);
  ui_theme_defaults(&app->theme);
  char err[256];
  GfxConfig cfg = {.headless = true, .text_cache_capacity = 64};
  app->gfx = gfx_create(&cfg, err, sizeof err);
  if (!app->gfx) fail_msg("gfx_create: %s", err);
  app->ui = (UiCtx){app->gfx, &app->theme, 0.0};
  app->state = game_state_create(app, err, sizeof err);
  assert_non_null(app->state);
  assert_true(game_state_use_profile(app->state, "Ana", err, sizeof err));
}

static void finish(Fixture *f) {
  game_state_destroy(f->app.state);
  gfx_destroy(f->app.gfx);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", f->dir);
}

/* Ana's roster: Karim from the careers fair (rapport, met on day 0, two facts known) and
 * Maya (met, tier 1, more recent): the deeper tie is the one to meet again. */
static void make_roster(const char *path) {
  SaveDb *db = NULL;
  char msg[256];
  must(save_open(path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg), msg);
  SaveProfile p = {0};
  snprintf(p.name, sizeof p.name, "Ana");
  p.clock_on = true;
  must(save_profile_create(db, &p, msg, sizeof msg), msg);
  SaveRelation rels[2];
  memset(rels, 0, sizeof rels);
  rels[0].profile_id = p.id;
  snprintf(rels[0].person, sizeof rels[0].person, "karim_haddad");
  snprintf(rels[0].name, sizeof rels[0].name, "Karim Haddad");
  snprintf(rels[0].org, sizeof rels[0].org, "Greenridge Renewables");
  rels[0].tier = 3;
  rels[0].names_exchanged = true;
  snprintf(rels[0].facts, sizeof rels[0].facts, "nope_not_a_fact,crossword");
  rels[0].last_day = 0;
  rels[1] = rels[0];
  snprintf(rels[1].person, sizeof rels[1].person, "maya_okafor");
  snprintf(rels[1].name, sizeof rels[1].name, "Maya Okafor");
  rels[1].tier = 1;
  rels[1].last_day = 5;
  must(save_week(db, p.id, 0, NULL, 0, rels, 2, msg, sizeof msg), msg);
  save_close(db);
}

static void test_roster_person_comes_to_coffee(void **unused) {
  (void)unused;
  Fixture f;
  start(&f);
  make_roster(f.save);
  open_app(&f);
  GameState *st = f.app.state;
  game_state_set_today(st, 21);
  GameAcquaintance a;
  assert_true(game_roster_acquaintance(st, "reconnect_fixture", &a));
  assert_string_equal(a.id, "karim_haddad");
  assert_string_equal(a.first_name, "Karim");
  assert_string_equal(a.role, "talent partner");
  assert_string_equal(a.met_at, "the Campus Careers Fair");
  assert_string_equal(a.weeks_ago, "three weeks ago");
  assert_string_equal(a.fact_id, "crossword");
  assert_string_equal(a.fact, "does the cryptic crossword every day on the train, in pen");
  assert_string_equal(a.fact_you, "you do the cryptic crossword every day on the train, in pen");
  assert_string_equal(a.known_ids, "crossword"); /* the id the scenario no longer has is dropped */
  assert_string_equal(a.known_texts, "does the cryptic crossword every day on the train, in pen");
  assert_string_equal(a.followed_up, "no");
  assert_string_equal(a.tier, "3");
  assert_true(game_state_load_scenario(st, f.scenario));
  const SimPerson *who = &st->scenario->people[0];
  assert_string_equal(who->id, "karim_haddad");
  assert_string_equal(who->name, "Karim Haddad");
  assert_string_equal(who->org, "Greenridge Renewables");
  assert_string_equal(who->role, "talent partner");
  assert_string_equal(st->scenario->summary,
                      "You met Karim Haddad at the Campus Careers Fair three weeks ago. Remember: you do the "
                      "cryptic crossword every day on the train, in pen.");
  /* The session seeds the relation from the roster by that id: they know each other. */
  assert_true(game_state_start_session(st, SIM_INTENT_NONE));
  assert_int_equal(sim_session_relation(st->session, 0)->tier, 3);
  finish(&f);
}

static void test_nobody_on_the_roster(void **unused) {
  (void)unused;
  Fixture f;
  start(&f);
  open_app(&f);
  GameAcquaintance a;
  assert_false(game_roster_acquaintance(f.app.state, "reconnect_fixture", &a));
  assert_true(game_state_load_scenario(f.app.state, f.scenario));
  assert_string_equal(f.app.state->scenario->people[0].name, "Sofia Marchetti");
  assert_non_null(strstr(f.app.state->scenario->summary, "the Design Night three weeks ago"));
  finish(&f);
}

static void test_other_scenarios_do_not_ask(void **unused) {
  (void)unused;
  assert_false(game_scenario_asks_roster(RAPPORT_SOURCE_DIR "/scripts/scenarios/career_fair.lua"));
  assert_false(game_scenario_asks_roster(RAPPORT_SOURCE_DIR "/tests/scenarios/good/mini_mixer.lua"));
  Fixture f;
  start(&f);
  assert_true(game_scenario_asks_roster(f.scenario));
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f.dir);
  assert_int_equal(system(cmd), 0);
}

/* A roster of one: `person` (of `scenario`'s people) at `tier`, knowing `facts`. */
static void make_one(const char *path, const char *person, const char *name, int tier, const char *facts,
                     bool followed_up) {
  SaveDb *db = NULL;
  char msg[256];
  must(save_open(path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg), msg);
  SaveProfile p = {0};
  snprintf(p.name, sizeof p.name, "Ana");
  p.clock_on = true;
  must(save_profile_create(db, &p, msg, sizeof msg), msg);
  SaveRelation r;
  memset(&r, 0, sizeof r);
  r.profile_id = p.id;
  snprintf(r.person, sizeof r.person, "%s", person);
  snprintf(r.name, sizeof r.name, "%s", name);
  snprintf(r.org, sizeof r.org, "Somewhere");
  r.tier = tier;
  r.names_exchanged = true;
  r.followed_up = followed_up;
  snprintf(r.facts, sizeof r.facts, "%s", facts);
  must(save_week(db, p.id, 0, NULL, 0, &r, 1, msg, sizeof msg), msg);
  save_close(db);
}

/* The choice texts of node `node` of person 0 joined by " | ". */
static void choices_of(const SimScenario *sc, const char *node, char *out, size_t outlen) {
  const SimPerson *p = &sc->people[0];
  out[0] = '\0';
  for (int n = 0; n < p->node_count; n++) {
    if (strcmp(p->nodes[n].id, node) != 0) continue;
    for (int k = 0; k < p->nodes[n].choice_count; k++) {
      size_t used = strlen(out);
      snprintf(out + used, outlen - used, "%s%s", k ? " | " : "", p->nodes[n].choices[k].text);
    }
  }
}

/* The shipped coffee with Karim from the careers fair: he is the one at the window table,
 * the summary says what the player heard, the best opening asks about it in his words and
 * the session starts knowing it (from the roster). */
static void test_shipped_coffee_with_karim(void **unused) {
  (void)unused;
  Fixture f;
  start(&f);
  make_one(f.save, "karim_haddad", "Karim Haddad", 3, "crossword,liaison_role", true);
  open_app(&f);
  GameState *st = f.app.state;
  game_state_set_today(st, 21);
  assert_true(game_state_load_scenario(st, "reconnect_coffee"));
  const SimScenario *sc = st->scenario;
  assert_string_equal(sc->people[0].id, "karim_haddad");
  assert_string_equal(sc->people[0].name, "Karim Haddad");
  assert_string_equal(sc->people[0].role, "talent partner");
  /* The follow-up's reference (the liaison role) is what to ask about. */
  assert_non_null(strstr(sc->summary, "You met Karim Haddad (talent partner, Somewhere) at the Campus Careers Fair "
                                      "three weeks ago. You wrote to Karim afterwards"));
  if (!strstr(sc->summary, "Last time you heard that Karim is hiring a community liaison officer")) fail_msg("%s", sc->summary);
  char text[2000];
  choices_of(sc, "again", text, sizeof text);
  assert_non_null(strstr(text, "I remember: you're hiring a community liaison officer and get almost no applicants "
                               "from outside engineering. How's that going?"));
  assert_null(strstr(text, "forgotten"));
  assert_null(strstr(text, "Sofia"));
  /* Dev, the flatmate, is Karim's; nobody calls Karim "she". */
  for (int p = 0; p < sc->person_count; p++)
    for (int n = 0; n < sc->people[p].node_count; n++) {
      assert_null(strstr(sc->people[p].nodes[n].line, "Sofia"));
      assert_null(strstr(sc->people[p].nodes[n].line, "{"  "first}"));
    }
  assert_true(game_state_start_session(st, SIM_INTENT_NONE));
  const SimRelation *r = sim_session_relation(st->session, 0);
  assert_int_equal(r->tier, 3);
  int crossword = sim_person_find_fact(&sc->people[0], "crossword");
  int liaison = sim_person_find_fact(&sc->people[0], "liaison_role");
  assert_true(crossword >= 0 && liaison >= 0);
  assert_true(r->facts_known & (1u << crossword));
  assert_true(r->facts_known & (1u << liaison));
  finish(&f);
}

/* Someone the player learned nothing about: no line pretends to remember; the honest one
 * asks again. */
static void test_shipped_coffee_nothing_learned(void **unused) {
  (void)unused;
  Fixture f;
  start(&f);
  make_one(f.save, "karim_haddad", "Karim Haddad", 1, "", false);
  open_app(&f);
  GameState *st = f.app.state;
  assert_true(game_state_load_scenario(st, "reconnect_coffee"));
  const SimScenario *sc = st->scenario;
  assert_string_equal(sc->people[0].id, "karim_haddad");
  assert_non_null(strstr(sc->summary, "You never wrote afterwards"));
  assert_non_null(strstr(sc->summary, "You didn't learn much about Karim last time"));
  char text[2000];
  choices_of(sc, "again", text, sizeof text);
  assert_non_null(strstr(text, "I've forgotten what you told me at the Campus Careers Fair. Remind me?"));
  assert_null(strstr(text, "I remember"));
  /* Before the talk turns to today's news, nothing is followed up: there is nothing to use. */
  for (int n = 0; n < sc->people[0].node_count; n++) {
    const SimNode *node = &sc->people[0].nodes[n];
    if (strcmp(node->id, "again") && strcmp(node->id, "order") && strcmp(node->id, "cool_job")) continue;
    for (int k = 0; k < node->choice_count; k++) assert_int_not_equal(node->choices[k].style, SIM_STYLE_FOLLOW_UP);
  }
  finish(&f);
}

/* Seun (met at the coffee itself) is one of the café's people: the acquaintance is Sofia. */
static void test_coffee_people_stay_at_the_coffee(void **unused) {
  (void)unused;
  Fixture f;
  start(&f);
  make_one(f.save, "seun_adeyemi", "Seun Adeyemi", 4, "chalkboard", true);
  open_app(&f);
  GameAcquaintance a;
  assert_false(game_roster_acquaintance(f.app.state, "reconnect_coffee", &a));
  assert_true(game_roster_acquaintance(f.app.state, "career_fair", &a));
  assert_string_equal(a.id, "seun_adeyemi");
  assert_true(game_state_load_scenario(f.app.state, "reconnect_coffee"));
  assert_string_equal(f.app.state->scenario->people[0].id, "sofia_marchetti");
  finish(&f);
}

/* What someone told the player, said back to them. */
static void test_fact_said_to_them(void **unused) {
  (void)unused;
  char out[GAME_ACQ_FACT_MAX];
  assert_true(game_acquaintance_fact_you("is training for her first half-marathon in May", out, sizeof out));
  assert_string_equal(out, "you're training for your first half-marathon in May");
  assert_true(game_acquaintance_fact_you("runs a bakery with his sister", out, sizeof out));
  assert_string_equal(out, "you run a bakery with your sister");
  assert_true(game_acquaintance_fact_you("teaches netball on Tuesdays", out, sizeof out));
  assert_string_equal(out, "you teach netball on Tuesdays");
  assert_true(game_acquaintance_fact_you("carries a sketchbook everywhere", out, sizeof out));
  assert_string_equal(out, "you carry a sketchbook everywhere");
  assert_true(game_acquaintance_fact_you("still grows tomatoes on her balcony", out, sizeof out));
  assert_string_equal(out, "you still grow tomatoes on your balcony");
  assert_true(game_acquaintance_fact_you("worked as a cardiac nurse for six years", out, sizeof out));
  assert_string_equal(out, "you worked as a cardiac nurse for six years");
  assert_true(game_acquaintance_fact_you("goes climbing on Sundays", out, sizeof out));
  assert_string_equal(out, "you go climbing on Sundays");
  assert_false(game_acquaintance_fact_you("her brother builds boats", out, sizeof out));
  assert_false(game_acquaintance_fact_you("has a free survey toolkit for bus stops and needs a second town to trial it "
                                          "this spring, and a third after that", out, sizeof out));
  assert_false(game_acquaintance_fact_you("", out, sizeof out));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_roster_person_comes_to_coffee),
    cmocka_unit_test(test_nobody_on_the_roster),
    cmocka_unit_test(test_other_scenarios_do_not_ask),
    cmocka_unit_test(test_shipped_coffee_with_karim),
    cmocka_unit_test(test_shipped_coffee_nothing_learned),
    cmocka_unit_test(test_coffee_people_stay_at_the_coffee),
    cmocka_unit_test(test_fact_said_to_them),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
