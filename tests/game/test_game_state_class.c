/* test_game_state_class.c — the classroom side of GameState (state_class.c) and the one
 * workshop-code resolver (scr_workshop_scenario): the dashboard's bots are played once per
 * setup, not on every resume; a student is played by row with stale sessions closed; a
 * code resolves to its scenario, a typo or a missing scenario says why.
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
#include "game/state.h"
#include "script/script.h"
#include "sim/workshop.h"

typedef struct Fixture {
  char dir[256];
  char save[512];
  GameOptions options;
  GameApp app;
  GameState *s;
} Fixture;

static void fixture_init(Fixture *f) {
  memset(f, 0, sizeof *f);
  const char *base = getenv("TMPDIR");
  snprintf(f->dir, sizeof f->dir, "%s/rapport-class-XXXXXX", base && base[0] ? base : "/tmp");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->save, sizeof f->save, "%s/rapport.db", f->dir);
  f->options.headless = true;
  f->options.save_path = f->save;
  f->app.options = &f->options;
  ui_theme_defaults(&f->app.theme);
  char err[256];
  f->s = game_state_create(&f->app, err, sizeof err);
  assert_non_null(f->s);
}

static void fixture_done(Fixture *f) {
  game_state_destroy(f->s);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  assert_int_equal(system(cmd), 0);
}

static void test_bots_played_once_per_setup(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  SimPlayerSettings set = sim_player_settings_default();
  const SimStrategy kinds[3] = {SIM_BOT_CONNECTOR, SIM_BOT_RANDOM, SIM_BOT_COLLECTOR};
  SimScores a[3], b[3];
  char err[320];
  assert_true(game_state_bot_scores(f.s, "career_fair", 4242, &set, kinds, 3, a, err, sizeof err));
  assert_int_equal(f.s->bots.runs, 1);
  /* A resume asks again: the same answer, nothing played. */
  assert_true(game_state_bot_scores(f.s, "career_fair", 4242, &set, kinds, 3, b, err, sizeof err));
  assert_int_equal(f.s->bots.runs, 1);
  assert_memory_equal(a, b, sizeof a);
  assert_true(a[0].depth_gain > a[2].depth_gain); /* connector deeper than collector */
  /* Another evening is another setup. */
  assert_true(game_state_bot_scores(f.s, "career_fair", 7, &set, kinds, 3, b, err, sizeof err));
  assert_int_equal(f.s->bots.runs, 2);
  assert_false(game_state_bot_scores(f.s, "no_such_scenario", 7, &set, kinds, 3, b, err, sizeof err));
  assert_non_null(strstr(err, "no_such_scenario"));
  fixture_done(&f);
}

static void test_play_as_closes_stale_sessions(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  GameState *s = f.s;
  char err[256], msg[256];
  assert_true(game_state_class_create(s, "Year 12", err, sizeof err));
  SaveClass classes[4];
  assert_int_equal(game_state_classes(s, classes, 4), 1);
  SaveProfile ana;
  assert_true(game_state_student_create(s, classes[0].id, "Ana", &ana, err, sizeof err));
  assert_true(ana.id > 0);
  int sessions[4];
  SaveProfile students[4];
  assert_int_equal(game_state_class_students(s, classes[0].id, students, sessions, 4), 1);
  assert_int_equal(sessions[0], 0);
  game_state_play_as(s, &ana);
  assert_true(game_state_load_scenario(s, "career_fair"));
  assert_true(game_state_start_session(s, SIM_INTENT_NONE));
  int64_t id = s->record.row.id;
  s->record.row.id = 0; /* a crash: the row is left in progress */
  game_state_end_session(s);
  game_state_play_as(s, &ana);
  SaveSession row;
  assert_int_equal(save_session_get(s->db, id, &row, msg, sizeof msg), SAVE_OK);
  assert_int_equal(row.state, SAVE_SESSION_ABANDONED);
  assert_int_equal(s->prior_sessions, 1);
  assert_int_equal(game_state_profile_class(s), classes[0].id);
  fixture_done(&f);
}

/* Continue and Progress on a shared machine: the class's Ana is found by row, so she stays
 * in her class; a class-less Ana of the same name is a different person and is untouched. */
static void test_continue_keeps_class_profile(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  GameState *s = f.s;
  char err[256];
  assert_true(game_state_class_create(s, "Year 9", err, sizeof err));
  SaveClass classes[4];
  assert_int_equal(game_state_classes(s, classes, 4), 1);
  SaveProfile ana;
  assert_true(game_state_student_create(s, classes[0].id, "Ana Lima", &ana, err, sizeof err));
  game_state_play_as(s, &ana);
  SaveProfile last;
  int sessions = -1;
  assert_true(game_state_last_profile(s, &last, &sessions));
  assert_int_equal(last.id, ana.id);
  assert_true(game_state_use_profile_id(s, &last, err, sizeof err));
  assert_int_equal(s->profile.id, ana.id);
  assert_int_equal(game_state_profile_class(s), classes[0].id);
  SaveProfile none[4];
  assert_int_equal(game_state_list_profiles(s, none, 4), 0); /* no class-less Ana was made */
  /* A home profile of the same name stays separate, and is chosen by its own row. */
  assert_true(game_state_use_profile(s, "Ana Lima", err, sizeof err));
  SaveProfile home = s->profile;
  assert_true(home.id != ana.id);
  assert_int_equal(home.class_id, 0);
  assert_true(game_state_use_profile_id(s, &ana, err, sizeof err));
  assert_int_equal(s->profile.id, ana.id);
  assert_int_equal(s->profile.class_number, 1);
  /* A row that has gone is said, not silently replaced by a new profile. */
  SaveProfile gone = ana;
  gone.id = ana.id + 100;
  assert_false(game_state_use_profile_id(s, &gone, err, sizeof err));
  assert_non_null(strstr(err, "no longer in the save"));
  assert_int_equal(s->profile.id, ana.id);
  fixture_done(&f);
}

static void test_workshop_code_resolver(void **unused) {
  (void)unused;
  SimWorkshop w = {.scenario_hash = sim_workshop_scenario_hash("career_fair"), .seed = 4242,
                   .clock_on = true};
  char code[SIM_WORKSHOP_CODE_MAX], canon[SIM_WORKSHOP_CODE_MAX], id[64], err[160];
  assert_int_equal(sim_workshop_encode(&w, code, sizeof code), SIM_WORKSHOP_OK);
  SimWorkshop got;
  assert_int_equal(scr_workshop_scenario(code, &got, canon, id, sizeof id, err, sizeof err), SCR_WORKSHOP_OK);
  assert_string_equal(id, "career_fair");
  assert_string_equal(canon, code);
  assert_int_equal(got.seed, 4242);
  assert_int_equal(scr_workshop_scenario("ZZZZ-ZZZZ", NULL, NULL, id, sizeof id, err, sizeof err),
                   SCR_WORKSHOP_BAD_CODE);
  assert_true(err[0] != '\0');
  w.scenario_hash = sim_workshop_scenario_hash("not_shipped_anywhere");
  assert_int_equal(sim_workshop_encode(&w, code, sizeof code), SIM_WORKSHOP_OK);
  assert_int_equal(scr_workshop_scenario(code, NULL, NULL, id, sizeof id, err, sizeof err),
                   SCR_WORKSHOP_NO_SCENARIO);
  assert_string_equal(id, "");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_bots_played_once_per_setup),
    cmocka_unit_test(test_play_as_closes_stale_sessions),
    cmocka_unit_test(test_continue_keeps_class_profile),
    cmocka_unit_test(test_workshop_code_resolver),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
