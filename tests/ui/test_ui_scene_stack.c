/* test_ui_scene_stack.c — the scene stack (engine/ui/scene.c): pushes, pops, replaces and
 * resets are deferred until applied; a scene below is resumed when it is on top again;
 * every scene is destroyed exactly once, pending ones included. Needs no window.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>

#include "ui/scene.h"

typedef struct TestScene {
  UiScene base;
  int *destroyed;
  int *resumed;
} TestScene;

static void noop_update(UiScene *s, void *app, GfxInput *in) { (void)s; (void)app; (void)in; }
static void noop_draw(UiScene *s, void *app, Gfx *g) { (void)s; (void)app; (void)g; }
static void count_destroy(UiScene *s) {
  TestScene *t = (TestScene *)s;
  (*t->destroyed)++;
  free(t);
}
static void count_resume(UiScene *s, void *app) {
  (void)app;
  (*((TestScene *)s)->resumed)++;
}

static const UiSceneOps OPS_A = {.name = "a", .update = noop_update, .draw = noop_draw, .destroy = count_destroy, .resume = count_resume};
static const UiSceneOps OPS_B = {.name = "b", .update = noop_update, .draw = noop_draw, .destroy = count_destroy, .resume = count_resume};

static UiScene *make(const UiSceneOps *ops, int *destroyed, int *resumed) {
  TestScene *t = calloc(1, sizeof *t);
  t->base.ops = ops;
  t->destroyed = destroyed;
  t->resumed = resumed;
  return &t->base;
}

static void test_scene_stack(void **state) {
  (void)state;
  int destroyed = 0, resumed = 0;
  UiStack st;
  ui_stack_init(&st);
  ui_stack_push(&st, make(&OPS_A, &destroyed, &resumed));
  assert_null(ui_stack_top_name(&st)); /* deferred until applied */
  ui_stack_apply(&st, NULL);
  assert_string_equal(ui_stack_top_name(&st), "a");
  ui_stack_push(&st, make(&OPS_B, &destroyed, &resumed));
  ui_stack_apply(&st, NULL);
  assert_string_equal(ui_stack_top_name(&st), "b");
  assert_int_equal(st.count, 2);
  int resumed_before = resumed;
  ui_stack_pop(&st);
  ui_stack_apply(&st, NULL);
  assert_string_equal(ui_stack_top_name(&st), "a");
  assert_int_equal(destroyed, 1);
  assert_int_equal(resumed, resumed_before + 1); /* a is back on top */
  ui_stack_replace(&st, make(&OPS_B, &destroyed, &resumed));
  ui_stack_apply(&st, NULL);
  assert_int_equal(st.count, 1);
  assert_string_equal(ui_stack_top_name(&st), "b");
  assert_int_equal(destroyed, 2);
  ui_stack_push(&st, make(&OPS_A, &destroyed, &resumed));
  ui_stack_push(&st, make(&OPS_A, &destroyed, &resumed));
  ui_stack_reset(&st, make(&OPS_B, &destroyed, &resumed));
  ui_stack_apply(&st, NULL);
  assert_int_equal(st.count, 1);
  assert_int_equal(destroyed, 5);
  ui_stack_pop(&st);
  ui_stack_pop(&st); /* popping an empty stack is harmless */
  ui_stack_apply(&st, NULL);
  assert_null(ui_stack_top(&st));
  assert_int_equal(destroyed, 6);
  ui_stack_push(&st, make(&OPS_A, &destroyed, &resumed));
  ui_stack_clear(&st); /* pending scenes are destroyed too */
  assert_int_equal(destroyed, 7);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_scene_stack),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
