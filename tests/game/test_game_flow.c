/* test_game_flow.c — the session's flow (engine/game/flow.c): docs/flow.md shows the table
 * as generated from it; each step done sets the stack explicitly (title, then the next
 * screen) and reaches its save point once; screen constructors change neither the session
 * nor the save.
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
#include "game/flow.h"
#include "game/scenes.h"
#include "game/state.h"
#include "save/save_query.h"

/* ---- docs/flow.md holds exactly what the table generates ---- */

static char *read_all(const char *path) {
  FILE *fp = fopen(path, "rb");
  if (!fp) fail_msg("cannot open %s", path);
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  assert_non_null(buf);
  assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
  buf[n] = '\0';
  fclose(fp);
  return buf;
}

/* The text between `begin` and `end` markers of doc (NUL-terminated copy). */
static char *between(const char *doc, const char *begin, const char *end) {
  const char *a = strstr(doc, begin);
  if (!a) fail_msg("docs/flow.md has no '%s' marker", begin);
  a = strchr(a, '\n');
  assert_non_null(a);
  a++;
  const char *b = strstr(a, end);
  if (!b) fail_msg("docs/flow.md has no '%s' marker", end);
  char *out = calloc(1, (size_t)(b - a) + 1);
  assert_non_null(out);
  memcpy(out, a, (size_t)(b - a));
  return out;
}

static void check_section(const char *doc, const char *begin, const char *end, const char *want) {
  char *got = between(doc, begin, end);
  if (strcmp(got, want) != 0)
    fail_msg("docs/flow.md is out of date with engine/game/flow.c. Put this between '%s' and "
             "'%s':\n%s", begin, end, want);
  free(got);
}

static void test_docs_show_the_table(void **unused) {
  (void)unused;
  char *doc = read_all(RAPPORT_SOURCE_DIR "/docs/flow.md");
  int n = game_flow_markdown(NULL, 0);
  assert_true(n > 100);
  char *table = malloc((size_t)n + 1);
  assert_non_null(table);
  assert_int_equal(game_flow_markdown(table, (size_t)n + 1), n);
  check_section(doc, "<!-- flow table -->", "<!-- end flow table -->", table);
  n = game_flow_dot(NULL, 0);
  char *dot = malloc((size_t)n + 16);
  assert_non_null(dot);
  game_flow_dot(dot, (size_t)n + 1);
  strcat(dot, "```\n");
  check_section(doc, "```dot", "<!-- end flow graph -->", dot);
  free(dot);
  free(table);
  free(doc);
}

/* ---- a session driven through the flow ---- */

typedef struct Fixture {
  char dir[256];
  char save[512];
  GameOptions options;
  GameApp app;
} Fixture;

static void fixture_init(Fixture *f) {
  memset(f, 0, sizeof *f);
  const char *base = getenv("TMPDIR");
  snprintf(f->dir, sizeof f->dir, "%s/rapport-flow-XXXXXX", base && base[0] ? base : "/tmp");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->save, sizeof f->save, "%s/rapport.db", f->dir);
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
  ui_stack_init(&app->stack);
  ui_stack_push(&app->stack, game_title_scene(app));
  ui_stack_apply(&app->stack, app);
}

static void fixture_done(Fixture *f) {
  ui_stack_clear(&f->app.stack);
  game_state_destroy(f->app.state);
  gfx_destroy(f->app.gfx);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  assert_int_equal(system(cmd), 0);
}

/* The stack, bottom first, as "title,floor". */
static void stack_names(const UiStack *st, char *out, size_t outlen) {
  out[0] = '\0';
  for (int i = 0; i < st->count; i++) {
    size_t used = strlen(out);
    snprintf(out + used, outlen - used, "%s%s", i ? "," : "", st->items[i]->ops->name);
  }
}

static void step(Fixture *f, GameStep s, const GameStepData *d, const char *want_stack) {
  game_flow_step_done(&f->app, s, d);
  ui_stack_apply(&f->app.stack, &f->app);
  char names[256];
  stack_names(&f->app.stack, names, sizeof names);
  assert_string_equal(names, want_stack);
}

static void ask(GameState *st, const char *sql, const char *want) {
  char got[256], msg[256];
  assert_int_equal(save_query_column(st->db, sql, got, sizeof got, msg, sizeof msg), SAVE_OK);
  assert_string_equal(got, want);
}

static void test_a_session_through_the_flow(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  GameApp *app = &f.app;
  GameState *st = app->state;
  char err[256];
  assert_true(game_state_use_profile(st, "Ana", err, sizeof err));
  assert_true(game_state_load_scenario(st, "career_fair"));
  /* Whatever lay beneath the briefing (profile, select), the event runs over the title. */
  ui_stack_push(&app->stack, game_profile_scene(app));
  ui_stack_push(&app->stack, game_select_scene(app));
  ui_stack_push(&app->stack, game_briefing_scene(app));
  ui_stack_apply(&app->stack, app);
  ask(st, "SELECT count(*) FROM sessions", "0");
  GameStepData d = {.intention = SIM_INTENT_MEET_THREE};
  step(&f, GAME_STEP_BRIEFED, &d, "title,floor");
  ask(st, "SELECT status || ' ' || intention FROM sessions", "in_progress meet_three");

  sim_bot_play_session(st->session, SIM_BOT_CONNECTOR, 1, NULL);
  uint64_t hash = sim_session_hash(st->session);
  step(&f, GAME_STEP_EVENT_LEFT, NULL, "title,followup");
  ask(st, "SELECT status FROM sessions", "completed");
  ask(st, "SELECT count(*) > 0 FROM choices", "1");
  /* Building the screens that follow changes neither the session nor the save. */
  UiScene *extra[] = {game_followup_scene(app), game_debrief_scene(app), game_online_scene(app),
                      game_reflection_scene(app), game_week_scene(app)};
  for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++) extra[i]->ops->destroy(extra[i]);
  assert_true(sim_session_hash(st->session) == hash);

  ui_stack_push(&app->stack, game_online_scene(app)); /* an overlay pushes itself */
  ui_stack_apply(&app->stack, app);
  step(&f, GAME_STEP_FOLLOWED_UP, NULL, "title,debrief");
  step(&f, GAME_STEP_DEBRIEFED, NULL, "title,reflection");
  d = (GameStepData){.text = "Asking why helped."};
  step(&f, GAME_STEP_REFLECTED, &d, "title,week");
  ask(st, "SELECT text FROM reflections", "Asking why helped.");
  d = (GameStepData){0};
  step(&f, GAME_STEP_WEEK_PASSED, &d, "title,week");
  step(&f, GAME_STEP_WEEK_DONE, NULL, "title,progress");
  assert_null(st->session);
  ask(st, "SELECT status FROM sessions", "completed");
  step(&f, GAME_STEP_PROGRESS_DONE, NULL, "title");
  ask(st, "SELECT count(*) FROM sessions", "1");
  fixture_done(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_docs_show_the_table),
    cmocka_unit_test(test_a_session_through_the_flow),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
