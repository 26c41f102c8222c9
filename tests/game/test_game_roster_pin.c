/* test_game_roster_pin.c — the teacher's Students screen (scene_roster.c, state_roster.c)
 * is reachable only behind the PIN: without it (no PIN set, a PIN set but not typed, a
 * wrong one, another class, after leaving the teacher's screen) the screen cannot be built
 * and every roster change is refused with the save unchanged; through the PIN screen and
 * the teacher's Students button it opens. Then the changes themselves on GameState: a
 * rename onto another student's name is refused, a merge away from the profile being
 * played moves the game to the student kept, an erasure of it forgets it. Needs SDL's
 * dummy driver and RAPPORT_ROOT.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "test_game_app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "game/app.h"
#include "game/class_roster.h"
#include "game/class_teacher.h"
#include "game/scenes.h"
#include "game/state.h"
#include "script/script.h"

typedef struct Fixture {
  char dir[256], save[512];
  GameOptions options;
  GameApp *app;
  int64_t cls, other_cls;
  SaveProfile ana, ben, ana2;
} Fixture;

static void must(SaveStatus st, const char *msg) {
  if (st != SAVE_OK) fail_msg("%s", msg);
}

static void add_student(SaveDb *db, int64_t cls, const char *name, SaveProfile *out) {
  char msg[256];
  *out = (SaveProfile){.class_id = cls, .clock_on = true};
  snprintf(out->name, sizeof out->name, "%s", name);
  must(save_profile_create(db, out, msg, sizeof msg), msg);
}

static void add_session(SaveDb *db, const SaveProfile *p, int day) {
  char msg[256];
  SaveSession s = {.profile_id = p->id, .seed = 7};
  must(save_guid_new(s.guid, sizeof s.guid, msg, sizeof msg), msg);
  snprintf(s.scenario, sizeof s.scenario, "career_fair");
  snprintf(s.started, sizeof s.started, "2026-11-%02dT09:00:00Z", day);
  must(save_session_begin(db, &s, msg, sizeof msg), msg);
  s.state = SAVE_SESSION_COMPLETED;
  s.depth_gain = 10;
  snprintf(s.ended, sizeof s.ended, "2026-11-%02dT10:00:00Z", day);
  SaveSkills sk = {.session_id = s.id, .value = {50, 50, 50, 50, 50, 50}};
  must(save_session_update(db, &s, &sk, NULL, 0, msg, sizeof msg), msg);
}

static void open_app(Fixture *f) {
  memset(f, 0, sizeof *f);
  const char *base = getenv("TMPDIR");
  snprintf(f->dir, sizeof f->dir, "%s/rapport-roster-pin-XXXXXX", base && base[0] ? base : "/tmp");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->save, sizeof f->save, "%s/rapport.db", f->dir);
  char msg[256];
  SaveDb *db = NULL;
  must(save_open(f->save, 0, &db, NULL, msg, sizeof msg), msg);
  must(save_class_create(db, "Year 9", &f->cls, msg, sizeof msg), msg);
  must(save_class_create(db, "Year 8", &f->other_cls, msg, sizeof msg), msg);
  add_student(db, f->cls, "Ana Lima", &f->ana);
  add_student(db, f->cls, "Ben Okoro", &f->ben);
  add_student(db, f->cls, "Ana Lyma", &f->ana2);
  add_session(db, &f->ana, 3);
  add_session(db, &f->ana2, 4);
  add_session(db, &f->ben, 5);
  save_close(db);
  f->options = (GameOptions){.headless = true, .save_path = f->save};
  f->app = tga_open(&f->options, "test_game_roster_pin");
}

static void close_app(Fixture *f) {
  tga_close(f->app);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  assert_int_equal(system(cmd), 0);
}

/* One frame: the top scene takes app->input, the stack changes, everything is drawn. */
static const char *frame(GameApp *app) {
  UiScene *top = ui_stack_top(&app->stack);
  if (top) top->ops->update(top, app, &app->input);
  ui_stack_apply(&app->stack, app);
  gfx_input_begin_frame(&app->input);
  gfx_begin_frame(app->gfx, ui_color(&app->theme, UI_C_BACKGROUND));
  ui_stack_draw(&app->stack, app, app->gfx);
  gfx_end_frame(app->gfx);
  return gfx_drawn_text(app->gfx);
}

static void type_and_enter(GameApp *app, const char *text) {
  snprintf(app->input.text, sizeof app->input.text, "%s", text);
  frame(app);
  app->input.pressed[GFX_ACT_CONFIRM] = true;
  frame(app);
}

static void press(GameApp *app, GfxAction a) {
  app->input.pressed[a] = true;
  frame(app);
}

/* Every roster change refused, and the save as it was. */
static void expect_refused(Fixture *f) {
  GameState *s = f->app->state;
  char msg[512];
  assert_false(game_roster_rename(s, f->cls, f->ben.id, "Benjamin Okoro", msg, sizeof msg));
  assert_non_null(strstr(msg, "PIN"));
  assert_false(game_roster_merge(s, f->cls, f->ana2.id, f->ana.id, msg, sizeof msg));
  assert_false(game_roster_erase(s, f->cls, f->ben.id, msg, sizeof msg));
  assert_false(game_roster_erase_class(s, f->cls, "Year 9", msg, sizeof msg));
  int n = 0;
  assert_null(game_roster_students(s, f->cls, &n));
  assert_int_equal(n, 0);
  SaveProfile list[8];
  assert_int_equal(game_state_class_students(s, f->cls, list, NULL, 8), 3);
  assert_null(game_roster_scene(f->app, f->cls));
}

static void test_unreachable_without_pin(void **unused) {
  (void)unused;
  Fixture f;
  open_app(&f);
  GameApp *app = f.app;
  GameState *s = app->state;
  expect_refused(&f);                        /* no PIN set at all */
  char msg[256];
  assert_true(game_teacher_pin_create(s, "2468", msg, sizeof msg));
  expect_refused(&f);                        /* set, but not typed */
  assert_false(game_teacher_unlock(s, f.cls, "1357"));
  expect_refused(&f);                        /* a wrong PIN */
  /* The teacher's screen built without the PIN (as a test can): its Students button
   * says the PIN is needed and opens nothing. */
  ui_stack_reset(&app->stack, game_teacher_scene(app, f.cls));
  ui_stack_apply(&app->stack, app);
  frame(app);
  press(app, GFX_ACT_UP);                    /* from the dashboard button: Students, the last */
  const char *text = frame(app);
  assert_non_null(strstr(text, "Students: rename, merge, erase"));
  press(app, GFX_ACT_CONFIRM);
  text = frame(app);
  assert_string_equal(ui_stack_top_name(&app->stack), "teacher");
  assert_non_null(strstr(text, "only after the teacher"));
  /* Through the PIN screen: a wrong PIN stays there, the right one opens the tools. */
  ui_stack_reset(&app->stack, game_pin_scene(app, f.cls));
  ui_stack_apply(&app->stack, app);
  frame(app);
  type_and_enter(app, "1111");
  assert_string_equal(ui_stack_top_name(&app->stack), "pin");
  assert_false(game_teacher_unlocked(s, f.cls));
  type_and_enter(app, "2468");
  assert_string_equal(ui_stack_top_name(&app->stack), "teacher");
  assert_true(game_teacher_unlocked(s, f.cls));
  assert_false(game_teacher_unlocked(s, f.other_cls)); /* one class, not every class */
  assert_null(game_roster_scene(app, f.other_cls));
  press(app, GFX_ACT_UP);
  press(app, GFX_ACT_CONFIRM);
  text = frame(app);
  assert_string_equal(ui_stack_top_name(&app->stack), "roster");
  assert_non_null(strstr(text, "Students: Year 9"));
  assert_non_null(strstr(text, "3 students"));
  /* Back twice: the teacher's screen goes, and the tools are locked again. */
  press(app, GFX_ACT_BACK);
  assert_string_equal(ui_stack_top_name(&app->stack), "teacher");
  press(app, GFX_ACT_BACK);
  assert_null(ui_stack_top(&app->stack));
  assert_false(game_teacher_unlocked(s, f.cls));
  expect_refused(&f);
  close_app(&f);
}

static void test_changes_follow_the_game(void **unused) {
  (void)unused;
  Fixture f;
  open_app(&f);
  GameState *s = f.app->state;
  char msg[512];
  assert_true(game_teacher_pin_create(s, "2468", msg, sizeof msg));
  assert_true(game_teacher_unlock(s, f.cls, "2468"));
  /* Counts: Ana has one session. */
  int n = 0;
  GameRosterStudent *all = game_roster_students(s, f.cls, &n);
  assert_int_equal(n, 3);
  assert_string_equal(all[0].p.name, "Ana Lima");
  assert_int_equal(all[0].sessions, 1);
  free(all);
  /* A rename onto another student's name, case and accents aside, is refused. */
  assert_false(game_roster_rename(s, f.cls, f.ben.id, "  ANA   lima ", msg, sizeof msg));
  assert_non_null(strstr(msg, "Ana Lima (number 1) already has that name"));
  assert_true(game_roster_rename(s, f.cls, f.ben.id, "  Benjamin   Okoro ", msg, sizeof msg));
  assert_string_equal(msg, "Renamed Ben Okoro to Benjamin Okoro.");
  /* Playing as "Ana Lyma", merged into Ana Lima: the game now plays as Ana Lima. */
  game_state_play_as(s, &f.ana2);
  assert_false(game_roster_merge(s, f.cls, f.ana2.id, f.ana2.id, msg, sizeof msg));
  assert_true(game_roster_merge(s, f.cls, f.ana2.id, f.ana.id, msg, sizeof msg));
  assert_non_null(strstr(msg, "Merged: 1 session of Ana Lyma moved to Ana Lima (number 1)"));
  assert_int_equal(s->profile.id, f.ana.id);
  SaveSessionRow rows[4];
  assert_int_equal(game_state_sessions(s, rows, 4), 2);
  /* Erasing the student being played: the game forgets it, Continue offers no ghost. */
  assert_true(game_roster_erase(s, f.cls, f.ana.id, msg, sizeof msg));
  assert_false(s->has_profile);
  assert_int_equal(s->profile.id, 0);
  SaveProfile last; /* the title would offer the erased profile were it kept (only class profiles are left) */
  assert_false(game_state_last_profile(s, &last, NULL));
  /* Another class is locked (the PIN opened Year 9's tools only). */
  assert_false(game_roster_erase(s, f.other_cls, f.ben.id, msg, sizeof msg));
  assert_non_null(strstr(msg, "PIN"));
  /* Year 8's tools reach none of Year 9's students. */
  assert_true(game_teacher_unlock(s, f.other_cls, "2468"));
  assert_false(game_roster_erase(s, f.other_cls, f.ben.id, msg, sizeof msg));
  assert_non_null(strstr(msg, "no longer in the class"));
  assert_true(game_teacher_unlock(s, f.cls, "2468"));
  /* The class: only its exact name erases it. */
  assert_false(game_roster_erase_class(s, f.cls, "Year 8", msg, sizeof msg));
  assert_non_null(strstr(msg, "Type the class's name exactly, Year 9"));
  assert_true(game_roster_erase_class(s, f.cls, " Year 9 ", msg, sizeof msg));
  assert_string_equal(msg, "Erased the class Year 9 and its 1 student, with everything saved about them.");
  assert_false(game_teacher_unlocked(s, f.cls));
  SaveProfile list[8];
  assert_int_equal(game_state_class_students(s, f.cls, list, NULL, 8), 0);
  close_app(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_unreachable_without_pin),
    cmocka_unit_test(test_changes_follow_the_game),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
