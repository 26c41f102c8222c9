/* test_game_state.c — GameState (engine/game/state.c, state_save.c): profiles and prefs,
 * scenario load/reload with FILE:LINE errors, session start seeded from the roster, the
 * save points written to a real file, deterministic seeds and days, and a damaged save
 * moved aside with a notice. Needs no window: GameState never draws.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "game/app.h"
#include "game/state.h"
#include "script/script.h"

typedef struct Fixture {
  char dir[256];
  char save[512];
  GameOptions options;
  GameApp app;
} Fixture;

static void fixture_init(Fixture *f) {
  memset(f, 0, sizeof *f);
  const char *base = getenv("TMPDIR");
  snprintf(f->dir, sizeof f->dir, "%s/rapport-front-XXXXXX", base && base[0] ? base : "/tmp");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->save, sizeof f->save, "%s/saves/rapport.db", f->dir); /* saves/ is made on demand */
  f->options.headless = true;
  f->options.save_path = f->save;
  f->app.options = &f->options;
  ui_theme_defaults(&f->app.theme);
}

static void fixture_done(Fixture *f) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  assert_int_equal(system(cmd), 0);
}

static GameState *create(Fixture *f) {
  char err[256];
  GameState *s = game_state_create(&f->app, err, sizeof err);
  assert_non_null(s);
  return s;
}

static void write_file(const char *path, const char *text, size_t len) {
  FILE *fp = fopen(path, "wb");
  assert_non_null(fp);
  assert_int_equal(fwrite(text, 1, len, fp), len);
  fclose(fp);
}

static char *read_all(const char *path, size_t *len) {
  FILE *fp = fopen(path, "rb");
  assert_non_null(fp);
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  assert_non_null(buf);
  assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
  buf[n] = '\0';
  fclose(fp);
  *len = (size_t)n;
  return buf;
}

/* Talks to `person` choosing the first offered choice until the talk ends. Returns the
 * number of choices made. */
static int talk_through(SimSession *ss, int person) {
  assert_int_equal(sim_talk_begin(ss, person, SIM_JOIN_DIRECT, NULL), SIM_OK);
  int made = 0;
  SimTalkView v;
  sim_talk_view(ss, &v);
  while (v.active && made < 40) {
    int idx[SIM_MAX_CHOICES];
    int n = sim_talk_choices(ss, idx, SIM_MAX_CHOICES);
    if (n == 0) {
      assert_int_equal(sim_talk_end(ss, true, NULL), SIM_OK);
      break;
    }
    assert_int_equal(sim_talk_choose(ss, idx[0], NULL), SIM_OK);
    made++;
    sim_talk_view(ss, &v);
  }
  return made;
}

static void test_profiles_and_prefs(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  GameState *s = create(&f);
  assert_non_null(s->db);
  assert_string_equal(s->save_notice, "");
  char err[256];
  assert_false(game_state_use_profile(s, "   ", err, sizeof err));
  assert_true(strlen(err) > 0);
  assert_true(game_state_use_profile(s, "  Ana  ", err, sizeof err));
  assert_string_equal(s->profile.name, "Ana");
  assert_true(s->profile.id > 0);
  assert_true(s->profile.clock_on);
  int64_t ana = s->profile.id;

  s->profile.text_size = 9; /* out of range: clamped to the largest scale */
  s->profile.high_contrast = true;
  s->profile.hints_on = true;
  game_state_apply_prefs(s, &f.app);
  assert_int_equal(f.app.theme.scale_step, f.app.theme.scale_count - 1);
  assert_true(f.app.theme.high_contrast);
  game_state_save_prefs(s);

  assert_true(game_state_use_profile(s, "Bea", err, sizeof err));
  assert_true(s->profile.id != ana);
  SaveProfile list[4];
  assert_int_equal(game_state_list_profiles(s, list, 4), 2);
  assert_string_equal(list[0].name, "Ana");
  game_state_destroy(s);

  /* Reopened: Ana's prefs were kept. */
  s = create(&f);
  assert_true(game_state_use_profile(s, "Ana", err, sizeof err));
  assert_int_equal(s->profile.id, ana);
  assert_true(s->profile.high_contrast);
  assert_true(s->profile.hints_on);

  char out[64];
  game_state_personalise(s, "Hi, I'm {name}. {name}!", out, sizeof out);
  assert_string_equal(out, "Hi, I'm Ana. Ana!");
  game_state_personalise(s, "I'm {name} and more", out, 8);
  assert_string_equal(out, "I'm Ana");
  game_state_destroy(s);
  fixture_done(&f);
}

static void test_scenarios_and_reload(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  GameState *s = create(&f);
  game_state_scan_scenarios(s);
  assert_true(s->scenario_count >= 1);
  bool found = false;
  for (int i = 0; i < s->scenario_count; i++)
    if (strcmp(s->scenarios[i].id, "career_fair") == 0) {
      found = true;
      assert_false(s->scenarios[i].broken);
      assert_true(s->scenarios[i].minutes > 0);
      assert_true(s->scenarios[i].people > 0);
      assert_true(strlen(s->scenarios[i].summary) > 0);
    }
  assert_true(found);

  assert_true(game_state_load_scenario(s, "career_fair"));
  assert_non_null(s->scenario);
  assert_string_equal(s->scenario_id, "career_fair");
  assert_false(game_state_load_scenario(s, "no_such_scenario"));
  assert_null(s->scenario);
  assert_non_null(strstr(s->script_error, "no_such_scenario"));

  /* A broken file names FILE:LINE; once fixed on disk, reload succeeds. */
  char broken[512], good_path[1024];
  snprintf(broken, sizeof broken, "%s/career_fair.lua", f.dir); /* the id must match the name */
  assert_int_equal(scr_find_scenario("career_fair", good_path, sizeof good_path), 0);
  size_t len;
  char *good = read_all(good_path, &len);
  write_file(broken, good, len / 2); /* cut in half: a syntax error */
  assert_false(game_state_load_scenario(s, broken));
  assert_non_null(strstr(s->script_error, "career_fair.lua:"));
  assert_false(game_state_reload_scenario(s));
  write_file(broken, good, len);
  assert_true(game_state_reload_scenario(s));
  assert_non_null(s->scenario);
  free(good);
  game_state_destroy(s);
  fixture_done(&f);
}

static void test_session_save_points(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  GameState *s = create(&f);
  char err[256], msg[256];
  assert_true(game_state_use_profile(s, "Ana", err, sizeof err));
  assert_true(game_state_load_scenario(s, "career_fair"));
  assert_true(game_state_start_session(s, SIM_INTENT_MEET_THREE));
  assert_non_null(s->session);
  assert_true(s->record.row.id > 0);
  assert_int_equal(sim_session_day(s->session), 0);
  uint64_t first_seed = s->seed;

  int made = talk_through(s->session, 0);
  assert_true(made > 0);
  game_state_save_conversation(s);
  assert_int_equal(s->record.talks_saved, 1);
  /* A guess given after the save is written by the next save point. */
  assert_int_equal(sim_talk_set_guess(s->session, 0, 4), SIM_OK);
  sim_end_event(s->session);
  game_state_save_event_end(s);

  SaveChoice choices[64];
  int total = 0;
  assert_int_equal(save_choices(s->db, s->record.row.id, choices, 64, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, made);
  assert_string_equal(choices[0].person, s->scenario->people[0].id);
  assert_int_equal(choices[0].seq, 1);
  assert_int_equal(choices[0].talk, 1);
  SaveGuess guesses[4];
  assert_int_equal(save_guesses(s->db, s->record.row.id, guesses, 4, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 1);
  assert_int_equal(guesses[0].guess, 4);
  assert_int_equal(guesses[0].actual, sim_talk_rating(s->session, 0));
  SaveSession row;
  assert_int_equal(save_session_get(s->db, s->record.row.id, &row, msg, sizeof msg), SAVE_OK);
  assert_int_equal(row.state, SAVE_SESSION_COMPLETED);
  assert_int_equal(row.conversations, 1);
  assert_string_equal(row.intention, "meet_three");
  SaveRelation rel;
  assert_int_equal(save_relation_get(s->db, s->profile.id, s->scenario->people[0].id, &rel, msg, sizeof msg),
                   SAVE_OK);
  const SimRelation *live = sim_session_relation(s->session, 0);
  assert_int_equal(rel.tier, live->tier);
  assert_int_equal(rel.conversations, 1);

  /* The next session starts a week later and remembers the person. */
  game_state_end_session(s);
  assert_true(game_state_start_session(s, SIM_INTENT_RECONNECT));
  assert_int_equal(s->prior_sessions, 1);
  assert_int_equal(sim_session_day(s->session), 7);
  assert_true(s->seed != first_seed);
  const SimRelation *again = sim_session_relation(s->session, 0);
  assert_int_equal(again->tier, rel.tier);
  assert_int_equal(again->conversations, 1);
  game_state_destroy(s);

  /* "Continue": the profile chosen in this run, else the one that played last. */
  s = create(&f);
  assert_true(game_state_use_profile(s, "Zed", err, sizeof err));
  SaveProfile last;
  int count = -1;
  assert_true(game_state_last_profile(s, &last, &count));
  assert_string_equal(last.name, "Zed");
  assert_int_equal(count, 0);
  game_state_destroy(s);
  s = create(&f);
  assert_true(game_state_last_profile(s, &last, &count));
  assert_string_equal(last.name, "Ana");
  assert_int_equal(count, 2);
  game_state_destroy(s);

  /* Replays are reproducible: the same profile, scenario and history give the same seed. */
  Fixture g;
  fixture_init(&g);
  GameState *t = create(&g);
  assert_true(game_state_use_profile(t, "Ana", err, sizeof err));
  assert_true(game_state_load_scenario(t, "career_fair"));
  assert_true(game_state_start_session(t, SIM_INTENT_MEET_THREE));
  assert_int_equal(t->seed, first_seed);
  game_state_destroy(t);
  fixture_done(&g);
  fixture_done(&f);
}

static void test_stale_session_closed(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  GameState *s = create(&f);
  char err[256], msg[256];
  assert_true(game_state_use_profile(s, "Ana", err, sizeof err));
  assert_true(game_state_load_scenario(s, "career_fair"));
  assert_true(game_state_start_session(s, SIM_INTENT_NONE));
  int64_t id = s->record.row.id;
  assert_true(id > 0);
  /* A crash mid-event: the state never closes its row (a clean quit would close it). */
  s->record.row.id = 0;
  game_state_destroy(s);
  s = create(&f);
  assert_true(game_state_use_profile(s, "Ana", err, sizeof err));
  SaveSession row;
  assert_int_equal(save_session_get(s->db, id, &row, msg, sizeof msg), SAVE_OK);
  assert_int_equal(row.state, SAVE_SESSION_ABANDONED);
  assert_int_equal(save_session_find_in_progress(s->db, s->profile.id, &row, msg, sizeof msg), SAVE_NOT_FOUND);
  game_state_destroy(s);
  fixture_done(&f);
}

static void test_left_event_closed(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  GameState *s = create(&f);
  char err[256], msg[256];
  assert_true(game_state_use_profile(s, "Ana", err, sizeof err));
  assert_true(game_state_load_scenario(s, "career_fair"));
  assert_true(game_state_start_session(s, SIM_INTENT_NONE));
  int64_t id = s->record.row.id;
  talk_through(s->session, 1);
  assert_true(game_state_reload_scenario(s)); /* F5 mid-event ends the session */
  assert_null(s->session);
  SaveSession row;
  assert_int_equal(save_session_get(s->db, id, &row, msg, sizeof msg), SAVE_OK);
  assert_int_equal(row.state, SAVE_SESSION_ABANDONED);
  SaveChoice choices[64];
  int total = 0;
  assert_int_equal(save_choices(s->db, id, choices, 64, &total, msg, sizeof msg), SAVE_OK);
  assert_true(total > 0); /* the finished conversation was kept */
  game_state_destroy(s);
  fixture_done(&f);
}

static void test_damaged_save_moved_aside(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  char dir[600];
  snprintf(dir, sizeof dir, "%s/saves", f.dir);
  assert_int_equal(mkdir(dir, 0755), 0);
  static const char junk[] = "this is not a database, it is a shopping list: eggs, flour";
  write_file(f.save, junk, sizeof junk - 1);
  GameState *s = create(&f);
  assert_non_null(s->db);
  assert_non_null(strstr(s->save_notice, "moved to"));
  assert_non_null(strstr(s->save_notice, ".damaged-"));
  game_state_destroy(s);
  fixture_done(&f);
}

static void test_unwritable_save_plays_on(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  snprintf(f.save, sizeof f.save, "/proc/rapport-cannot-write-here/rapport.db");
  GameState *s = create(&f);
  assert_null(s->db);
  assert_true(strlen(s->save_notice) > 0);
  char err[256];
  assert_true(game_state_use_profile(s, "Ana", err, sizeof err));
  assert_true(game_state_load_scenario(s, "career_fair"));
  assert_true(game_state_start_session(s, SIM_INTENT_NONE));
  talk_through(s->session, 0);
  game_state_save_conversation(s); /* no save: a no-op, never a crash */
  game_state_destroy(s);
  fixture_done(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_profiles_and_prefs),
    cmocka_unit_test(test_scenarios_and_reload),
    cmocka_unit_test(test_session_save_points),
    cmocka_unit_test(test_stale_session_closed),
    cmocka_unit_test(test_left_event_closed),
    cmocka_unit_test(test_damaged_save_moved_aside),
    cmocka_unit_test(test_unwritable_save_plays_on),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
