/* test_game_variety_roster.c — a later meeting with someone from the roster: a scenario that
 * reads `roster_acquaintance` (here a copy of the script tests' mini mixer whose first person
 * is the acquaintance, as reconnect_coffee's is) gets the player's deepest tie from the save,
 * described with the scenario's field names (name, org, role, where met, how long ago, what
 * they said); a player with nobody on the roster gets the scenario's own person; a scenario
 * that does not ask is loaded as written.
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
                "  weeks_ago = \"three weeks ago\", last_time = \"her portfolio workshop\" }\n"
                "return scenario {");
  src = replace(src, "id = \"mini_mixer\"", "id = \"reconnect_fixture\"");
  src = replace(src, "summary = \"A small room with two people, for the tests.\"",
                "summary = \"You met \" .. A.name .. \" at \" .. A.met_at .. \" \" .. A.weeks_ago .. "
                "\". Last time you talked about \" .. A.last_time .. \".\"");
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
  assert_true(game_roster_acquaintance(st, &a));
  assert_string_equal(a.id, "karim_haddad");
  assert_string_equal(a.first_name, "Karim");
  assert_string_equal(a.role, "talent partner");
  assert_string_equal(a.met_at, "the Campus Careers Fair");
  assert_string_equal(a.weeks_ago, "three weeks ago");
  assert_string_equal(a.last_time, "how Karim does the cryptic crossword every day on the train, in pen");
  assert_string_equal(a.tier, "3");
  assert_true(game_state_load_scenario(st, f.scenario));
  const SimPerson *who = &st->scenario->people[0];
  assert_string_equal(who->id, "karim_haddad");
  assert_string_equal(who->name, "Karim Haddad");
  assert_string_equal(who->org, "Greenridge Renewables");
  assert_string_equal(who->role, "talent partner");
  assert_string_equal(st->scenario->summary,
                      "You met Karim Haddad at the Campus Careers Fair three weeks ago. Last time you talked "
                      "about how Karim does the cryptic crossword every day on the train, in pen.");
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
  assert_false(game_roster_acquaintance(f.app.state, &a));
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

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_roster_person_comes_to_coffee),
    cmocka_unit_test(test_nobody_on_the_roster),
    cmocka_unit_test(test_other_scenarios_do_not_ask),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
