/* scene.c — the deferred scene stack (see scene.h). */
#include "ui/scene.h"

#include <stddef.h>

void ui_stack_init(UiStack *s) {
  s->count = 0;
  s->pending_count = 0;
}

static void queue(UiStack *s, int kind, UiScene *scene) {
  if (s->pending_count == 8) {
    if (scene) scene->ops->destroy(scene);
    return;
  }
  s->pending_kind[s->pending_count] = kind;
  s->pending_scene[s->pending_count] = scene;
  s->pending_count++;
}

void ui_stack_push(UiStack *s, UiScene *scene) { if (scene) queue(s, UI_PENDING_PUSH, scene); }
void ui_stack_pop(UiStack *s) { queue(s, UI_PENDING_POP, NULL); }
void ui_stack_replace(UiStack *s, UiScene *scene) { if (scene) queue(s, UI_PENDING_REPLACE, scene); }
void ui_stack_reset(UiStack *s, UiScene *scene) { if (scene) queue(s, UI_PENDING_RESET, scene); }

static void pop_one(UiStack *s) {
  if (s->count == 0) return;
  UiScene *top = s->items[--s->count];
  top->ops->destroy(top);
}

static void push_one(UiStack *s, UiScene *scene) {
  if (s->count == UI_STACK_MAX) {
    scene->ops->destroy(scene);
    return;
  }
  s->items[s->count++] = scene;
}

void ui_stack_apply(UiStack *s, void *app) {
  /* Applying may run resume hooks that queue more changes; take the batch first. */
  while (s->pending_count > 0) {
    int n = s->pending_count;
    int kinds[8];
    UiScene *scenes[8];
    for (int i = 0; i < n; i++) {
      kinds[i] = s->pending_kind[i];
      scenes[i] = s->pending_scene[i];
    }
    s->pending_count = 0;
    UiScene *before = ui_stack_top(s);
    for (int i = 0; i < n; i++) {
      switch (kinds[i]) {
        case UI_PENDING_PUSH: push_one(s, scenes[i]); break;
        case UI_PENDING_POP: pop_one(s); break;
        case UI_PENDING_REPLACE: pop_one(s); push_one(s, scenes[i]); break;
        case UI_PENDING_RESET:
          while (s->count) pop_one(s);
          push_one(s, scenes[i]);
          break;
        default: break;
      }
    }
    UiScene *after = ui_stack_top(s);
    /* A scene that becomes the top (pushed, or uncovered by a pop) may refresh itself. */
    if (after && after != before && after->ops->resume) after->ops->resume(after, app);
  }
}

UiScene *ui_stack_top(const UiStack *s) { return s->count ? s->items[s->count - 1] : NULL; }

const char *ui_stack_top_name(const UiStack *s) {
  UiScene *top = ui_stack_top(s);
  return top ? top->ops->name : NULL;
}

void ui_stack_draw(UiStack *s, void *app, Gfx *g) {
  if (s->count == 0) return;
  int first = s->count - 1;
  while (first > 0 && s->items[first]->ops->draws_below) first--;
  for (int i = first; i < s->count; i++) s->items[i]->ops->draw(s->items[i], app, g);
}

void ui_stack_clear(UiStack *s) {
  while (s->count) pop_one(s);
  for (int i = 0; i < s->pending_count; i++)
    if (s->pending_scene[i]) s->pending_scene[i]->ops->destroy(s->pending_scene[i]);
  s->pending_count = 0;
}
