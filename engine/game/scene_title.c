/* scene_title.c — the title screen: the name, one line of what Rapport is, and a menu.
 * Only entries whose screens exist are listed; Quit is always there.
 */
#include <stdlib.h>

#include "game/app.h"
#include "game/figures.h"
#include "game/scenes.h"

typedef struct TitleEntry {
  const char *label;
  UiScene *(*make)(GameApp *app); /* NULL: quit */
} TitleEntry;

/* The menu, top to bottom. Add a screen here once it exists. */
static const TitleEntry ENTRIES[] = {
  {"Quit", NULL},
};
enum { ENTRY_COUNT = sizeof ENTRIES / sizeof ENTRIES[0] };

typedef struct TitleScene {
  UiScene base;
  UiList list;
  GfxRect rects[ENTRY_COUNT];
} TitleScene;

static void layout(TitleScene *s, const UiTheme *t) {
  int h = ui_size(t, UI_T_BODY) + 30;
  int gap = t->unit * 2;
  int y = 380;
  for (int i = 0; i < ENTRY_COUNT; i++) {
    s->rects[i] = (GfxRect){t->margin + 40, y, 340, h};
    y += h + gap;
  }
}

static void title_update(UiScene *self, void *app_ptr, GfxInput *in) {
  TitleScene *s = (TitleScene *)self;
  GameApp *app = app_ptr;
  layout(s, &app->theme);
  int chosen = ui_list_update(&s->list, in, s->rects);
  if (in->pressed[GFX_ACT_BACK]) chosen = ENTRY_COUNT - 1; /* Escape on the title: quit */
  if (chosen < 0) return;
  if (!ENTRIES[chosen].make) {
    app->quit = true;
    return;
  }
  ui_stack_push(&app->stack, ENTRIES[chosen].make(app));
}

static void title_draw(UiScene *self, void *app_ptr, Gfx *g) {
  TitleScene *s = (TitleScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  UiCtx *ui = &app->ui;
  layout(s, t);
  /* A calm band of colour behind the illustration. */
  gfx_fill_rect(g, (GfxRect){700, 0, 580, GFX_HEIGHT}, ui_color(t, UI_C_SURFACE_ALT));
  game_draw_title_vignette(ui, (GfxRect){700, 0, 580, GFX_HEIGHT});

  int x = t->margin + 40;
  int ts = ui_size(t, UI_T_TITLE);
  gfx_text(g, GFX_FONT_BOLD, ts, ui_color(t, UI_C_INK), x, 120, GFX_ALIGN_LEFT, "Rapport");
  int y = 120 + gfx_line_height(g, GFX_FONT_BOLD, ts);
  gfx_fill_round_rect(g, (GfxRect){x + 4, y, 72, 6}, 3, ui_color(t, UI_C_WARM));
  y += 24;
  gfx_text_wrapped(g, GFX_FONT_REGULAR, ui_size(t, UI_T_SUBHEADING), ui_color(t, UI_C_INK_SOFT),
                   (GfxRect){x, y, 580, 160}, GFX_ALIGN_LEFT,
                   "Practise real introductions at a mixer, and leave with people you could call.", true);
  for (int i = 0; i < ENTRY_COUNT; i++)
    ui_button(ui, s->rects[i], ENTRIES[i].label, i == 0 ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY,
              i == s->list.focus, false);
  ui_footer_hint(ui, "Up/Down or Tab: move   Enter: choose   Esc: quit   Mouse: click");
}

static void title_destroy(UiScene *self) { free(self); }

static const UiSceneOps TITLE_OPS = {
  .name = "title", .update = title_update, .draw = title_draw, .destroy = title_destroy,
};

UiScene *game_title_scene(GameApp *app) {
  (void)app;
  TitleScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &TITLE_OPS;
  s->list = (UiList){.focus = 0, .count = ENTRY_COUNT, .numbers = true};
  return &s->base;
}
