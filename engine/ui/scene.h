/* scene.h — the scene stack every screen runs through (push, pop, replace).
 *
 * A scene embeds UiScene as its first member. Changes requested during an update are
 * queued and applied by ui_stack_apply between frames, so a scene is never destroyed
 * while its own code is running.
 */
#ifndef RAPPORT_UI_SCENE_H
#define RAPPORT_UI_SCENE_H

#include <stdbool.h>

#include "gfx/gfx.h"

typedef struct UiScene UiScene;

typedef struct UiSceneOps {
  const char *name;                                            /* for expect-scene */
  void (*update)(UiScene *self, void *app, GfxInput *in);      /* one 1/60 s tick */
  void (*draw)(UiScene *self, void *app, Gfx *gfx);
  void (*destroy)(UiScene *self);                              /* frees the scene */
  void (*resume)(UiScene *self, void *app);                    /* optional: became the top */
  bool draws_below;                                            /* overlay: draw the scene under it first */
} UiSceneOps;

struct UiScene {
  const UiSceneOps *ops;
};

#define UI_STACK_MAX 16

typedef struct UiStack {
  UiScene *items[UI_STACK_MAX];
  int count;
  enum { UI_PENDING_NONE, UI_PENDING_PUSH, UI_PENDING_POP, UI_PENDING_REPLACE, UI_PENDING_RESET } pending_kind[8];
  UiScene *pending_scene[8];
  int pending_count;
} UiStack;

void ui_stack_init(UiStack *stack);
/* Queue a change; the stack takes ownership of `scene` (destroyed if the queue is full). */
void ui_stack_push(UiStack *stack, UiScene *scene);
void ui_stack_pop(UiStack *stack);
void ui_stack_replace(UiStack *stack, UiScene *scene);
/* Pops everything and pushes `scene` (back to the title, for example). */
void ui_stack_reset(UiStack *stack, UiScene *scene);
/* Applies queued changes in order; calls resume on a scene that comes back on top. */
void ui_stack_apply(UiStack *stack, void *app);
UiScene *ui_stack_top(const UiStack *stack);
const char *ui_stack_top_name(const UiStack *stack);
/* Draws the top scene, and the ones below it while they are overlays. */
void ui_stack_draw(UiStack *stack, void *app, Gfx *gfx);
/* Destroys every scene, top first. */
void ui_stack_clear(UiStack *stack);

#endif
