/* test_game_variety_plan.c — the practice plan on the title screen, on a save whose calendar
 * is set to fixed days (game_state_set_today, the replay's `today`): a profile whose weakest
 * skill (timing) held up for 0, 1, 2 and 3 sessions in a row is due 1, 3, 7 and 21 days after
 * its last session. The day before, the title shows no "Today:" line; on the day it shows
 * the drill; the Progress screen's plan panel says the same. Also: the plan reads the day and
 * the skills' evidence the recorder stored.
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
#include "game/progress_plan.h"
#include "game/scenes.h"
#include "game/state.h"

typedef struct Fixture {
  char dir[256], save[512];
  GameOptions options;
  GameApp app;
} Fixture;

static void must(SaveStatus st, const char *msg) {
  if (st != SAVE_OK) fail_msg("save: %s (%s)", save_status_name(st), msg);
}

/* A profile "Ana" with one finished career-fair session per (day, timing score); every other
 * skill is strong, so timing is the weakest. */
static void make_save(const char *path, const int *days, const int *timing, int count) {
  SaveDb *db = NULL;
  char msg[256];
  must(save_open(path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg), msg);
  SaveProfile p = {0};
  snprintf(p.name, sizeof p.name, "Ana");
  p.clock_on = true;
  must(save_profile_create(db, &p, msg, sizeof msg), msg);
  for (int i = 0; i < count; i++) {
    SaveSession s = {0};
    snprintf(s.guid, sizeof s.guid, "%032x", i + 1);
    s.profile_id = p.id;
    snprintf(s.scenario, sizeof s.scenario, "career_fair");
    snprintf(s.started, sizeof s.started, "2026-12-0%dT18:00:00Z", i + 1);
    s.day = days[i];
    must(save_session_begin(db, &s, msg, sizeof msg), msg);
    s.state = SAVE_SESSION_COMPLETED;
    snprintf(s.ended, sizeof s.ended, "2026-12-0%dT18:45:00Z", i + 1);
    SaveSkills k = {.session_id = s.id, .value = {90, 90, 90, timing[i], 90, 90}, .evidence = {3, 3, 3, 3, 3, 3}};
    must(save_session_update(db, &s, &k, NULL, 0, msg, sizeof msg), msg);
  }
  save_close(db);
}

static void open_app(Fixture *f) {
  memset(f, 0, sizeof *f);
  const char *base = getenv("TMPDIR");
  snprintf(f->dir, sizeof f->dir, "%s/rapport-plan-XXXXXX", base && base[0] ? base : "/tmp");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->save, sizeof f->save, "%s/rapport.db", f->dir);
}

static void start_app(Fixture *f) {
  f->options.headless = true;
  f->options.save_path = f->save;
  GameApp *app = &f->app;
  app->options = &f->options;
  snprintf(app->root, sizeof app->root, "%s", RAPPORT_SOURCE_DIR);
  ui_theme_defaults(&app->theme);
  char err[256];
  GfxConfig cfg = {.headless = true, .text_cache_capacity = 256};
  app->gfx = gfx_create(&cfg, err, sizeof err);
  if (!app->gfx) fail_msg("gfx_create: %s", err);
  app->ui = (UiCtx){app->gfx, &app->theme, 0.0};
  app->state = game_state_create(app, err, sizeof err);
  assert_non_null(app->state);
  assert_non_null(app->state->db);
  ui_stack_init(&app->stack);
  ui_stack_push(&app->stack, game_title_scene(app));
  ui_stack_apply(&app->stack, app);
}

static void close_app(Fixture *f) {
  ui_stack_clear(&f->app.stack);
  game_state_destroy(f->app.state);
  gfx_destroy(f->app.gfx);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", f->dir);
}

/* One frame of the top scene: update (a new `today` rebuilds the title's menu), then draw. */
static const char *frame(GameApp *app) {
  UiScene *top = ui_stack_top(&app->stack);
  top->ops->update(top, app, &app->input);
  ui_stack_apply(&app->stack, app);
  gfx_input_begin_frame(&app->input);
  gfx_begin_frame(app->gfx, ui_color(&app->theme, UI_C_BACKGROUND));
  ui_stack_draw(&app->stack, app, app->gfx);
  gfx_end_frame(app->gfx);
  return gfx_drawn_text(app->gfx);
}

/* The history, the interval it earns and the drill the title should name on the day. */
typedef struct Case {
  int count;
  int days[4], timing[4];
  int interval;
  const char *line;
  const char *drill; /* the drill's title, shown once choosing the line opens it */
} Case;

static const Case CASES[] = {
  /* Timing fell last time: back to 1 day, leaving well. */
  {2, {0, 10}, {50, 30}, 1, "Today: practise the graceful exit (5 minutes)", "The graceful exit"},
  /* Held once: 3 days, stepping into a circle (timing alternates its drill). */
  {2, {0, 10}, {30, 30}, 3, "Today: practise joining a group (5 minutes)", "Joining a group"},
  /* Held twice: 7 days. */
  {3, {0, 5, 10}, {20, 25, 30}, 7, "Today: practise the graceful exit (5 minutes)", "The graceful exit"},
  /* Held three times: 21 days. */
  {4, {0, 4, 7, 10}, {20, 22, 24, 26}, 21, "Today: practise joining a group (5 minutes)", "Joining a group"},
};

static void test_title_on_the_due_day(void **unused) {
  (void)unused;
  for (size_t c = 0; c < sizeof CASES / sizeof CASES[0]; c++) {
    const Case *k = &CASES[c];
    Fixture f;
    open_app(&f);
    make_save(f.save, k->days, k->timing, k->count);
    start_app(&f);
    GameState *st = f.app.state;
    int last = k->days[k->count - 1];
    /* The day before it is due: nothing on the title, the plan says when. */
    game_state_set_today(st, last + k->interval - 1);
    const char *text = frame(&f.app);
    if (strstr(text, "Today:")) fail_msg("case %zu: a 'Today:' line a day early:\n%s", c, text);
    assert_non_null(strstr(text, "Continue as Ana"));
    SaveProfile ana;
    assert_true(game_state_last_profile(st, &ana, NULL));
    GamePlan plan;
    assert_true(game_plan_build(st, ana.id, &plan));
    assert_false(plan.due);
    assert_int_equal(plan.plan.skill, SIM_SKILL_TIMING);
    assert_int_equal(plan.plan.due_day, last + k->interval);
    assert_non_null(strstr(plan.when, "Next: in 1 day"));
    /* On the day (the interval after the last session): the line, first on the menu. */
    game_state_set_today(st, last + k->interval);
    text = frame(&f.app);
    if (!strstr(text, k->line)) fail_msg("case %zu: expected '%s' on the title:\n%s", c, k->line, text);
    /* A week late it is still due (and still the same drill). */
    game_state_set_today(st, last + k->interval + 7);
    text = frame(&f.app);
    if (!strstr(text, k->line)) fail_msg("case %zu: expected '%s' a week late:\n%s", c, k->line, text);
    /* Choosing it plays as Ana: the drills list, which opens the named drill over itself
     * on its first frame (Back returns to the list). */
    f.app.input.pressed[GFX_ACT_CONFIRM] = true;
    frame(&f.app);
    assert_string_equal(ui_stack_top_name(&f.app.stack), "drills");
    assert_string_equal(st->profile.name, "Ana");
    f.app.input.pressed[GFX_ACT_CONFIRM] = false;
    frame(&f.app);
    text = frame(&f.app);
    assert_string_equal(ui_stack_top_name(&f.app.stack), "rehearse");
    if (!strstr(text, k->drill)) fail_msg("case %zu: expected the drill '%s' open:\n%s", c, k->drill, text);
    close_app(&f);
  }
}

/* One session is not enough evidence: no plan, no line, and the panel says what unlocks it. */
static void test_one_session_has_no_plan(void **unused) {
  (void)unused;
  Fixture f;
  open_app(&f);
  int days[1] = {0}, timing[1] = {10};
  make_save(f.save, days, timing, 1);
  start_app(&f);
  game_state_set_today(f.app.state, 30);
  const char *text = frame(&f.app);
  assert_null(strstr(text, "Today:"));
  SaveProfile ana;
  assert_true(game_state_last_profile(f.app.state, &ana, NULL));
  GamePlan plan;
  assert_false(game_plan_build(f.app.state, ana.id, &plan));
  assert_false(plan.found);
  assert_true(game_plan_panel(&f.app.ui, &plan, 0, 0, 600, false) > 0);
  close_app(&f);
}

/* The Progress screen's panel names the skill and the drill on the due day. */
static void test_progress_panel(void **unused) {
  (void)unused;
  Fixture f;
  open_app(&f);
  make_save(f.save, CASES[0].days, CASES[0].timing, CASES[0].count);
  start_app(&f);
  GameState *st = f.app.state;
  game_state_set_today(st, 11);
  frame(&f.app);
  /* Progress on the title (Today, Continue, New session, Progress, ...). */
  char err[128];
  SaveProfile who;
  assert_true(game_state_last_profile(st, &who, NULL));
  assert_true(game_state_use_profile_id(st, &who, err, sizeof err));
  ui_stack_push(&f.app.stack, game_progress_scene(&f.app));
  ui_stack_apply(&f.app.stack, &f.app);
  const char *text = frame(&f.app);
  if (!strstr(text, "Practise the graceful exit") || !strstr(text, "Timing is the skill") ||
      !strstr(text, "Due today: about 5 minutes."))
    fail_msg("the plan panel is not on the Progress screen:\n%s", text);
  close_app(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_title_on_the_due_day),
    cmocka_unit_test(test_one_session_has_no_plan),
    cmocka_unit_test(test_progress_panel),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
