/* test_game_class_screens.c — issue 14's classroom screens over GameState: on a shared
 * machine a class student's Progress shows that student only (the other student's name and
 * sessions never appear); the debrief's hand-in writes one file for a class student into a
 * chosen folder and says so, and a session without a workshop code has no results code;
 * the teacher's PIN is refused until set, then only the right one passes; a typed folder
 * that does not exist is refused in plain words. Needs SDL's dummy driver and RAPPORT_ROOT.
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
#include <sys/stat.h>
#include <unistd.h>

#include "game/app.h"
#include "game/class_folders.h"
#include "game/class_teacher.h"
#include "game/scenes.h"
#include "game/state.h"
#include "script/script.h"

typedef struct Fixture {
  char dir[256], save[512];
  GameOptions options;
  GameApp *app;
  SaveProfile ana, ben;
} Fixture;

static void must(SaveStatus st, const char *msg) {
  if (st != SAVE_OK) fail_msg("%s", msg);
}

/* One finished session for `p` with depth `depth`, played without a workshop code. */
static void add_session(SaveDb *db, const SaveProfile *p, double depth, int day) {
  char msg[256];
  SaveSession s = {.profile_id = p->id, .seed = 7};
  must(save_guid_new(s.guid, sizeof s.guid, msg, sizeof msg), msg);
  snprintf(s.scenario, sizeof s.scenario, "career_fair");
  snprintf(s.started, sizeof s.started, "2026-11-%02dT09:00:00Z", day);
  must(save_session_begin(db, &s, msg, sizeof msg), msg);
  s.state = SAVE_SESSION_COMPLETED;
  s.depth_gain = depth;
  s.network_strength = depth;
  snprintf(s.ended, sizeof s.ended, "2026-11-%02dT10:00:00Z", day);
  SaveSkills sk = {.session_id = s.id, .value = {50, 50, 50, 50, 50, 50}};
  must(save_session_update(db, &s, &sk, NULL, 0, msg, sizeof msg), msg);
}

static void open_app(Fixture *f) {
  memset(f, 0, sizeof *f);
  const char *base = getenv("TMPDIR");
  snprintf(f->dir, sizeof f->dir, "%s/rapport-class-screens-XXXXXX", base && base[0] ? base : "/tmp");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->save, sizeof f->save, "%s/rapport.db", f->dir);
  char msg[256];
  SaveDb *db = NULL;
  must(save_open(f->save, 0, &db, NULL, msg, sizeof msg), msg);
  int64_t cls = 0;
  must(save_class_create(db, "Year 9", &cls, msg, sizeof msg), msg);
  f->ana = (SaveProfile){.class_id = cls, .clock_on = true};
  snprintf(f->ana.name, sizeof f->ana.name, "Ana Lima");
  must(save_profile_create(db, &f->ana, msg, sizeof msg), msg);
  f->ben = (SaveProfile){.class_id = cls, .clock_on = true};
  snprintf(f->ben.name, sizeof f->ben.name, "Ben Okoro");
  must(save_profile_create(db, &f->ben, msg, sizeof msg), msg);
  add_session(db, &f->ana, 77, 3);
  add_session(db, &f->ana, 64, 10);
  add_session(db, &f->ben, 12, 4); /* Ana played last: the title would offer her */
  save_close(db);
  f->options = (GameOptions){.headless = true, .save_path = f->save};
  f->app = tga_open(&f->options, "test_game_class_screens");
}

static void close_app(Fixture *f) {
  tga_close(f->app);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  assert_int_equal(system(cmd), 0);
}

static const char *draw_shot(GameApp *app, const char *shot) {
  UiScene *top = ui_stack_top(&app->stack);
  if (top) top->ops->update(top, app, &app->input);
  ui_stack_apply(&app->stack, app);
  gfx_input_begin_frame(&app->input);
  gfx_begin_frame(app->gfx, ui_color(&app->theme, UI_C_BACKGROUND));
  ui_stack_draw(&app->stack, app, app->gfx);
  if (shot) gfx_request_screenshot(app->gfx, shot);
  gfx_end_frame(app->gfx);
  return gfx_drawn_text(app->gfx);
}

static const char *draw(GameApp *app) { return draw_shot(app, NULL); }

static void test_progress_only_own(void **unused) {
  (void)unused;
  Fixture f;
  open_app(&f);
  GameState *s = f.app->state;
  /* Ben picks his name on the shared machine; Ana played last. */
  game_state_play_as(s, &f.ben);
  SaveSessionRow rows[8];
  int n = game_state_sessions(s, rows, 8);
  assert_int_equal(n, 1);
  assert_int_equal(rows[0].session.profile_id, f.ben.id);
  SaveProfile last;
  assert_true(game_state_last_profile(s, &last, NULL));
  assert_int_equal(last.id, f.ben.id); /* the title offers Ben, who is here, not Ana */
  ui_stack_push(&f.app->stack, game_progress_scene(f.app));
  ui_stack_apply(&f.app->stack, f.app);
  const char *text = draw(f.app);
  assert_non_null(strstr(text, "Ben Okoro"));
  assert_null(strstr(text, "Ana Lima"));
  assert_null(strstr(text, "77")); /* Ana's depth */
  assert_null(strstr(text, "64"));
  close_app(&f);
}

static void test_handin_for_class_student(void **unused) {
  (void)unused;
  Fixture f;
  open_app(&f);
  GameState *s = f.app->state;
  game_state_play_as(s, &f.ana);
  assert_true(game_handin_available(s));
  char code[64], msg[512], path[1024];
  /* Played without a workshop code: no results code, and it says to hand in the file. */
  assert_false(game_handin_code(s, code, sizeof code, msg, sizeof msg));
  assert_string_equal(code, "");
  assert_non_null(strstr(msg, "Hand in the file instead"));
  char folder[300];
  snprintf(folder, sizeof folder, "%s/stick", f.dir);
  assert_int_equal(mkdir(folder, 0777), 0);
  assert_true(game_handin_write(s, folder, path, sizeof path, msg, sizeof msg));
  assert_non_null(strstr(path, folder));
  assert_non_null(strstr(path, "Ana_Lima"));
  assert_non_null(strstr(path, ".rapport"));
  assert_int_equal(access(path, R_OK), 0);
  assert_non_null(strstr(msg, "2 sessions"));
  /* Again: the same file, replaced, never a second one. */
  char again[1024];
  assert_true(game_handin_write(s, folder, again, sizeof again, msg, sizeof msg));
  assert_string_equal(again, path);
  assert_non_null(strstr(msg, "replacing"));
  /* What is handed in is said, and it excludes reflections. */
  assert_non_null(strstr(game_handin_contents(), "reflections"));
  close_app(&f);
}

static void test_teacher_pin(void **unused) {
  (void)unused;
  Fixture f;
  open_app(&f);
  GameState *s = f.app->state;
  char msg[256];
  assert_false(game_teacher_pin_set(s));
  assert_false(game_teacher_pin_ok(s, "2468"));
  assert_false(game_teacher_pin_create(s, "12a4", msg, sizeof msg));
  assert_non_null(strstr(msg, "digits"));
  assert_true(game_teacher_pin_create(s, "2468", msg, sizeof msg));
  assert_true(game_teacher_pin_set(s));
  assert_true(game_teacher_pin_ok(s, "2468"));
  assert_false(game_teacher_pin_ok(s, "2469"));
  assert_false(game_teacher_pin_ok(s, ""));
  close_app(&f);
}

static void test_folder_check(void **unused) {
  (void)unused;
  char out[512], why[600];
  assert_false(game_folder_check("   ", out, sizeof out, why, sizeof why));
  assert_non_null(strstr(why, "Choose a folder"));
  assert_false(game_folder_check("/no/such/folder", out, sizeof out, why, sizeof why));
  assert_non_null(strstr(why, "There is no folder /no/such/folder"));
  assert_true(game_folder_check("/tmp/", out, sizeof out, why, sizeof why));
  assert_string_equal(out, "/tmp");
  ClassFolder list[CLASS_FOLDERS_MAX];
  int n = game_folders_find("/tmp/x/rapport.db", list, CLASS_FOLDERS_MAX);
  (void)n; /* /tmp/x does not exist: never offered */
  for (int i = 0; i < n; i++) assert_string_not_equal(list[i].path, "/tmp/x");
  n = game_folders_find("/tmp/rapport.db", list, CLASS_FOLDERS_MAX);
  assert_true(n >= 1);
  assert_string_equal(list[0].path, "/tmp"); /* the save's folder first */
}

/* The hand-in and teacher's screens at the default and the largest text, high contrast:
 * screenshots class_screen_*.bmp (left in the working folder) are looked at; the text that
 * must be there is. Down walks the teacher's tools (the dashboard button first). */
static void test_screens_every_size(void **unused) {
  (void)unused;
  Fixture f;
  open_app(&f);
  GameApp *app = f.app;
  game_state_play_as(app->state, &f.ana);
  for (int big = 0; big < 2; big++) {
    app->theme.scale_step = big ? app->theme.scale_count - 1 : 0;
    app->theme.high_contrast = big;
    char shot[96];
    ui_stack_reset(&app->stack, game_handin_scene(app));
    ui_stack_apply(&app->stack, app);
    snprintf(shot, sizeof shot, "class_screen_handin%s.bmp", big ? "_largest" : "");
    const char *text = draw_shot(app, shot);
    assert_non_null(strstr(text, "Hand in my results"));
    assert_non_null(strstr(text, "What you hand in"));
    ui_stack_reset(&app->stack, game_teacher_scene(app, f.ana.class_id));
    ui_stack_apply(&app->stack, app);
    static const char *const tools[5] = {"code", "import", "paste", "export", "print"};
    for (int k = 0; k < 5; k++) {
      app->input.pressed[GFX_ACT_DOWN] = true;
      draw(app);
      app->input.pressed[GFX_ACT_CONFIRM] = true;
      draw(app);
      snprintf(shot, sizeof shot, "class_screen_teacher_%s%s.bmp", tools[k], big ? "_largest" : "");
      text = draw_shot(app, shot);
      assert_non_null(strstr(text, "Teacher: Year 9"));
    }
    ui_stack_reset(&app->stack, game_pin_scene(app, f.ana.class_id));
    ui_stack_apply(&app->stack, app);
    snprintf(shot, sizeof shot, "class_screen_pin%s.bmp", big ? "_largest" : "");
    text = draw_shot(app, shot);
    assert_non_null(strstr(text, "Set a teacher PIN"));
  }
  close_app(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_progress_only_own),
    cmocka_unit_test(test_handin_for_class_student),
    cmocka_unit_test(test_teacher_pin),
    cmocka_unit_test(test_folder_check),
    cmocka_unit_test(test_screens_every_size),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
